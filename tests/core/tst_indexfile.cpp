// IndexFile: the versioned JSON instance index, readable without the keychain.

#include "CoreTestSupport.h"
#include "ManualClock.h"

#include "store/IndexFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;

namespace {

// 2026-11-21 22:15:00 local time: the kept-aside name is built from local time.
QDateTime damageTime()
{
    return QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0));
}

InstanceRecord record(const QString &name)
{
    InstanceRecord r;
    r.key = QUuid::createUuid();
    r.name = name;
    return r;
}

QList<InstanceRecord> everyKindOfRecord()
{
    InstanceRecord full;
    full.key = QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}"));
    full.name = QStringLiteral("Padaria Pão de Mel");
    full.phone = QStringLiteral("+55 (11) 98765-4321");
    full.notes = QStringLiteral("Dona Márcia — liga depois das 14h.\nSegunda linha \"com aspas\"\n\tTab e emoji 🍞");
    full.idSuffix = QStringLiteral("…3A4B");
    full.status = ConnectionStatus::Connected;
    full.statusCheckedAt = QDateTime::fromMSecsSinceEpoch(1795299301123, Qt::UTC);
    full.lastCodeAt = QDateTime::fromMSecsSinceEpoch(1795299000999, Qt::UTC);

    InstanceRecord disconnected = record(QStringLiteral("Açaí do Zé & Cia <b>"));
    disconnected.status = ConnectionStatus::Disconnected;
    disconnected.statusCheckedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC); // the epoch itself
    disconnected.idSuffix = QStringLiteral("…0001");

    InstanceRecord unknown = record(QStringLiteral("日本語の店"));
    unknown.phone = QStringLiteral("11987654321");
    unknown.lastCodeAt = QDateTime::fromMSecsSinceEpoch(253402300799000, Qt::UTC); // 9999-12-31

    InstanceRecord minimal = record(QStringLiteral("x"));
    return {full, disconnected, unknown, minimal};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject validInstance()
{
    return {{QStringLiteral("key"), QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")},
            {QStringLiteral("name"), QStringLiteral("Padaria")},
            {QStringLiteral("idSuffix"), QStringLiteral("…3A4B")},
            {QStringLiteral("status"), QStringLiteral("connected")}};
}

QByteArray indexWith(const QJsonObject &instance)
{
    return json({{QStringLiteral("version"), 1},
                 {QStringLiteral("instances"), QJsonArray{instance}}});
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

} // namespace

class TestIndexFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serializeParseRoundTrip();
    void serializedLayout();
    void parseAcceptsMissingOptionalFields();
    void parseRejects_data();
    void parseRejects();
    void parseRejectsStatusOfWrongType();
    void saveLoadRoundTrip();
    void loadMissingFileIsEmptyWithoutError();
    void loadDamagedFileKeepsItAside_data();
    void loadDamagedFileKeepsItAside();
    void loadDamagedTwiceInOneSecondKeepsBoth();
    void keptAsidePathFormat();
    void saveCreatesTheDirectory();
    void saveIntoReadOnlyDirectoryKeepsOldFile();
    void saveOnFullDiskKeepsOldFile();
    void saveWhereTheDirectoryIsAFile();

private:
    Profile m_profile;
    QString m_path;
};

void TestIndexFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIndexFile::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_path = m_profile.indexPath();
    QVERIFY(QDir().mkpath(m_profile.dataDirectory()));
}

void TestIndexFile::cleanup()
{
    Test::removeProfileFiles(m_profile);
    QVERIFY(!QFileInfo::exists(m_profile.dataDirectory()));
}

void TestIndexFile::serializeParseRoundTrip()
{
    const QList<InstanceRecord> records = everyKindOfRecord();
    QList<InstanceRecord> parsed;
    QVERIFY(IndexFile::parse(IndexFile::serialize(records), &parsed));
    QCOMPARE(parsed.size(), records.size());
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(parsed.at(i).key, records.at(i).key);
        QCOMPARE(parsed.at(i).name, records.at(i).name);
        QCOMPARE(parsed.at(i).phone, records.at(i).phone);
        QCOMPARE(parsed.at(i).notes, records.at(i).notes);
        QCOMPARE(parsed.at(i).idSuffix, records.at(i).idSuffix);
        QCOMPARE(parsed.at(i).status, records.at(i).status);
        QCOMPARE(parsed.at(i).statusCheckedAt.isValid(), records.at(i).statusCheckedAt.isValid());
        QCOMPARE(parsed.at(i).statusCheckedAt.toMSecsSinceEpoch(), records.at(i).statusCheckedAt.toMSecsSinceEpoch());
        QCOMPARE(parsed.at(i).lastCodeAt.isValid(), records.at(i).lastCodeAt.isValid());
        QCOMPARE(parsed.at(i).lastCodeAt.toMSecsSinceEpoch(), records.at(i).lastCodeAt.toMSecsSinceEpoch());
        QVERIFY(parsed.at(i) == records.at(i));
    }

    QList<InstanceRecord> empty{record(QStringLiteral("to be replaced"))};
    QVERIFY(IndexFile::parse(IndexFile::serialize({}), &empty));
    QVERIFY(empty.isEmpty());
}

void TestIndexFile::serializedLayout()
{
    const QList<InstanceRecord> records = everyKindOfRecord();
    const QJsonDocument document = QJsonDocument::fromJson(IndexFile::serialize(records));
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("instances"), QStringLiteral("version")}));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(IndexFile::currentVersion, 1);
    const QJsonArray instances = root.value(QStringLiteral("instances")).toArray();
    QCOMPARE(instances.size(), 4);

    const QJsonObject full = instances.at(0).toObject();
    QCOMPARE(full.value(QStringLiteral("key")).toString(), QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"));
    QCOMPARE(full.value(QStringLiteral("name")).toString(), QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(full.value(QStringLiteral("phone")).toString(), QStringLiteral("+55 (11) 98765-4321"));
    QCOMPARE(full.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(full.value(QStringLiteral("idSuffix")).toString(), QStringLiteral("…3A4B"));
    QCOMPARE(full.value(QStringLiteral("statusCheckedAt")).toDouble(), 1795299301123.0);
    QCOMPARE(full.value(QStringLiteral("lastCodeAt")).toDouble(), 1795299000999.0);

    QCOMPARE(instances.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("disconnected"));
    QCOMPARE(instances.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

    // Empty optional fields are left out rather than written empty.
    const QJsonObject minimal = instances.at(3).toObject();
    QVERIFY(!minimal.contains(QStringLiteral("phone")));
    QVERIFY(!minimal.contains(QStringLiteral("notes")));
    QVERIFY(!minimal.contains(QStringLiteral("statusCheckedAt")));
    QVERIFY(!minimal.contains(QStringLiteral("lastCodeAt")));
}

void TestIndexFile::parseAcceptsMissingOptionalFields()
{
    const QByteArray bytes = json({{QStringLiteral("version"), 1},
                                   {QStringLiteral("instances"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("key"), QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")},
                                        {QStringLiteral("name"), QStringLiteral("Só o nome")},
                                        {QStringLiteral("phone"), QJsonValue::Null},
                                    }}}});
    QList<InstanceRecord> parsed;
    QVERIFY(IndexFile::parse(bytes, &parsed));
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.at(0).key, QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")));
    QCOMPARE(parsed.at(0).name, QStringLiteral("Só o nome"));
    QCOMPARE(parsed.at(0).phone, QString());
    QCOMPARE(parsed.at(0).notes, QString());
    QCOMPARE(parsed.at(0).idSuffix, QString());
    QCOMPARE(parsed.at(0).status, ConnectionStatus::Unknown);
    QVERIFY(!parsed.at(0).statusCheckedAt.isValid());
    QVERIFY(!parsed.at(0).lastCodeAt.isValid());
}

void TestIndexFile::parseRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = IndexFile::serialize(everyKindOfRecord());
    const QJsonObject instance = validInstance();
    const auto root = [](const QJsonValue &version, const QJsonValue &instances) {
        return json({{QStringLiteral("version"), version}, {QStringLiteral("instances"), instances}});
    };

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("garbage") << QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00 not an index");
    QTest::newRow("truncated JSON") << good.left(good.size() / 2);
    QTest::newRow("last byte missing") << good.left(good.size() - 2);
    QTest::newRow("top level array") << QByteArrayLiteral("[{\"version\":1}]");
    QTest::newRow("version 2") << root(2, QJsonArray{instance});
    QTest::newRow("version 0") << root(0, QJsonArray{instance});
    QTest::newRow("version as string") << root(QStringLiteral("1"), QJsonArray{instance});
    QTest::newRow("version 1.5") << root(1.5, QJsonArray{instance});
    QTest::newRow("version missing") << json({{QStringLiteral("instances"), QJsonArray{instance}}});
    QTest::newRow("instances missing") << json({{QStringLiteral("version"), 1}});
    QTest::newRow("instances an object") << root(1, instance);
    QTest::newRow("instance a string") << root(1, QJsonArray{QStringLiteral("Padaria")});
    QTest::newRow("key missing") << indexWith(without(instance, QStringLiteral("key")));
    QTest::newRow("key not a uuid") << indexWith(with(instance, QStringLiteral("key"), QStringLiteral("1234")));
    QTest::newRow("key a number") << indexWith(with(instance, QStringLiteral("key"), 12));
    QTest::newRow("name missing") << indexWith(without(instance, QStringLiteral("name")));
    QTest::newRow("name blank") << indexWith(with(instance, QStringLiteral("name"), QStringLiteral("  ")));
    QTest::newRow("name a number") << indexWith(with(instance, QStringLiteral("name"), 42));
    QTest::newRow("phone a number") << indexWith(with(instance, QStringLiteral("phone"), 11987654321.0));
    QTest::newRow("notes an array") << indexWith(with(instance, QStringLiteral("notes"), QJsonArray{1}));
    QTest::newRow("idSuffix a bool") << indexWith(with(instance, QStringLiteral("idSuffix"), true));
    QTest::newRow("status unheard of") << indexWith(with(instance, QStringLiteral("status"), QStringLiteral("online")));
    QTest::newRow("time a string") << indexWith(with(instance, QStringLiteral("lastCodeAt"), QStringLiteral("2026-11-21")));
    QTest::newRow("time negative") << indexWith(with(instance, QStringLiteral("statusCheckedAt"), -1));
    QTest::newRow("time past 9999") << indexWith(with(instance, QStringLiteral("lastCodeAt"), 253402300800000.0));
    QTest::newRow("second instance bad") << root(1, QJsonArray{instance, with(instance, QStringLiteral("name"), QJsonValue::Null)});
}

void TestIndexFile::parseRejects()
{
    QFETCH(QByteArray, bytes);
    const QList<InstanceRecord> before{record(QStringLiteral("untouched"))};
    QList<InstanceRecord> records = before;
    QVERIFY(!IndexFile::parse(bytes, &records));
    QCOMPARE(records.size(), 1); // a failed parse leaves the output alone
    QVERIFY(records.first() == before.first());
}

// IndexFile.h promises "Strict: any structural problem rejects the whole file", but a
// status of the wrong type is read as "unknown" (toString(default) on a non-string).
void TestIndexFile::parseRejectsStatusOfWrongType()
{
    QList<InstanceRecord> records;
    QVERIFY2(!IndexFile::parse(indexWith(with(validInstance(), QStringLiteral("status"), 1)), &records),
             "a numeric status was accepted (IndexFile.cpp: status read with toString(\"unknown\"))");
}

void TestIndexFile::saveLoadRoundTrip()
{
    const ManualClock clock(damageTime());
    const QList<InstanceRecord> records = everyKindOfRecord();
    const Error error = IndexFile::save(m_path, records);
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(Test::readBytes(m_path), IndexFile::serialize(records));

    const IndexFile::LoadResult loaded = IndexFile::load(m_path, clock);
    QCOMPARE(loaded.error.code, ErrorCode::None);
    QCOMPARE(loaded.records.size(), records.size());
    for (int i = 0; i < records.size(); ++i)
        QVERIFY(loaded.records.at(i) == records.at(i));
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
}

void TestIndexFile::loadMissingFileIsEmptyWithoutError()
{
    const ManualClock clock(damageTime());
    const IndexFile::LoadResult loaded = IndexFile::load(m_path, clock);
    QCOMPARE(loaded.error.code, ErrorCode::None);
    QCOMPARE(loaded.error.detail, QString());
    QVERIFY(loaded.records.isEmpty());
    QVERIFY(!QFileInfo::exists(m_path)); // loading creates nothing
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList());
}

void TestIndexFile::loadDamagedFileKeepsItAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = IndexFile::serialize(everyKindOfRecord());
    QTest::newRow("garbage") << QByteArrayLiteral("\x00\x01\x02garbage\xff\xfe");
    QTest::newRow("truncated JSON") << good.left(good.size() * 2 / 3);
    QTest::newRow("wrong version") << indexWith(validInstance()).replace("\"version\":1", "\"version\":7");
    QTest::newRow("wrong types") << indexWith(with(validInstance(), QStringLiteral("name"), QJsonArray{1, 2}));
    QTest::newRow("empty file") << QByteArray();
}

void TestIndexFile::loadDamagedFileKeepsItAside()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(Test::writeBytes(m_path, bytes));
    const ManualClock clock(damageTime());

    const IndexFile::LoadResult loaded = IndexFile::load(m_path, clock);

    const QString aside = m_path + QStringLiteral(".damaged-20261121-221500");
    QCOMPARE(loaded.error.code, ErrorCode::IndexUnreadable);
    QCOMPARE(loaded.error.detail, QDir::toNativeSeparators(aside));
    QVERIFY(loaded.error.message().contains(QDir::toNativeSeparators(aside)));
    QVERIFY(loaded.records.isEmpty());
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(QFileInfo::exists(aside));
    QCOMPARE(Test::readBytes(aside), bytes);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()),
             QStringList{QStringLiteral("instances.json.damaged-20261121-221500")});

    // The next start finds no index: an empty list, no error, the kept copy untouched.
    const IndexFile::LoadResult again = IndexFile::load(m_path, clock);
    QCOMPARE(again.error.code, ErrorCode::None);
    QVERIFY(again.records.isEmpty());
    QCOMPARE(Test::readBytes(aside), bytes);
}

void TestIndexFile::loadDamagedTwiceInOneSecondKeepsBoth()
{
    ManualClock clock(damageTime());
    QVERIFY(Test::writeBytes(m_path, QByteArrayLiteral("first damage")));
    QCOMPARE(IndexFile::load(m_path, clock).error.code, ErrorCode::IndexUnreadable);
    clock.advance(999); // same second
    QVERIFY(Test::writeBytes(m_path, QByteArrayLiteral("second damage")));
    const IndexFile::LoadResult second = IndexFile::load(m_path, clock);
    QCOMPARE(second.error.code, ErrorCode::IndexUnreadable);
    QCOMPARE(second.error.detail, QDir::toNativeSeparators(m_path + QStringLiteral(".damaged-20261121-221500-2")));
    QCOMPARE(Test::readBytes(m_path + QStringLiteral(".damaged-20261121-221500")), QByteArrayLiteral("first damage"));
    QCOMPARE(Test::readBytes(m_path + QStringLiteral(".damaged-20261121-221500-2")), QByteArrayLiteral("second damage"));
}

void TestIndexFile::keptAsidePathFormat()
{
    ManualClock clock(QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5)));
    QCOMPARE(IndexFile::keptAsidePath(QStringLiteral("/nowhere/credentials.vault"), QStringLiteral("unreadable"), clock),
             QStringLiteral("/nowhere/credentials.vault.unreadable-20270102-030405"));
    QVERIFY(Test::writeBytes(m_path + QStringLiteral(".damaged-20270102-030405"), "x"));
    QVERIFY(Test::writeBytes(m_path + QStringLiteral(".damaged-20270102-030405-2"), "x"));
    QCOMPARE(IndexFile::keptAsidePath(m_path, QStringLiteral("damaged"), clock),
             m_path + QStringLiteral(".damaged-20270102-030405-3"));
}

void TestIndexFile::saveCreatesTheDirectory()
{
    const QString nested = m_profile.dataDirectory() + QStringLiteral("/a/b/instances.json");
    const QList<InstanceRecord> records{record(QStringLiteral("Padaria Pão de Mel"))};
    QCOMPARE(IndexFile::save(nested, records).code, ErrorCode::None);
    QCOMPARE(Test::readBytes(nested), IndexFile::serialize(records));
}

void TestIndexFile::saveIntoReadOnlyDirectoryKeepsOldFile()
{
    const QList<InstanceRecord> old{record(QStringLiteral("Old"))};
    QCOMPARE(IndexFile::save(m_path, old).code, ErrorCode::None);
    const QByteArray oldBytes = Test::readBytes(m_path);

    if (!Test::makeReadOnly(m_profile.dataDirectory())) {
        Test::makeTreeWritable(m_profile.dataDirectory());
        QSKIP("a read-only directory is still writable for this user (root); see saveOnFullDiskKeepsOldFile");
    }
    const Error error = IndexFile::save(m_path, everyKindOfRecord());
    Test::makeTreeWritable(m_profile.dataDirectory());
    QCOMPARE(error.code, ErrorCode::IndexWriteFailed);
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(Test::readBytes(m_path), oldBytes);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
}

// A full disk, made with RLIMIT_FSIZE so that it works as root too: write(2) accepts the
// first 4 KiB and then fails, exactly like ENOSPC on a nearly full disk.
void TestIndexFile::saveOnFullDiskKeepsOldFile()
{
    const QList<InstanceRecord> old{record(QStringLiteral("Old"))};
    QCOMPARE(IndexFile::save(m_path, old).code, ErrorCode::None);
    const QByteArray oldBytes = Test::readBytes(m_path);

    QList<InstanceRecord> bigger;
    for (int i = 0; i < 100; ++i)
        bigger.append(record(QStringLiteral("Cliente %1").arg(i)));
    QVERIFY(IndexFile::serialize(bigger).size() > 4096);

    Error error;
    {
        Test::FileSizeLimit limit(4096); // the disk is "full" past 4 KiB
        QVERIFY(limit.isActive());
        error = IndexFile::save(m_path, bigger);
    }
    const QByteArray onDisk = Test::readBytes(m_path);
    QVERIFY2(error.code == ErrorCode::IndexWriteFailed,
             qPrintable(QStringLiteral("save() reported error %1 and left %2 of %3 bytes on disk: QSaveFile (Qt 6.4) "
                                       "commits a short write, so write()/flush() must be checked before commit()")
                            .arg(int(error.code)).arg(onDisk.size()).arg(IndexFile::serialize(bigger).size())));
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(onDisk, oldBytes);
    // No temporary file left behind either.
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
}

void TestIndexFile::saveWhereTheDirectoryIsAFile()
{
    const QString blocker = m_profile.dataDirectory() + QStringLiteral("/blocker");
    QVERIFY(Test::writeBytes(blocker, "not a directory"));
    const Error error = IndexFile::save(blocker + QStringLiteral("/instances.json"), {record(QStringLiteral("x"))});
    QCOMPARE(error.code, ErrorCode::IndexWriteFailed);
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(Test::readBytes(blocker), QByteArrayLiteral("not a directory"));
}

QTEST_GUILESS_MAIN(TestIndexFile)
#include "tst_indexfile.moc"
