// Database: one profile's SQLite file. Owner-only files, WAL, our application_id and schema
// version; write() as one transaction; damaged files (bad header, truncated, not a database,
// another program's database) kept aside under a dated name, never deleted, and an empty
// database in their place; a newer version's database left untouched; data_version moving for
// other connections' commits only; a consistent owner-only copy. The "other process" is a
// second Database on the same file: SQLite treats two connections of one process as it treats
// two processes (separate locks, separate snapshots).

#include "CoreTestSupport.h"
#include "ManualClock.h"
#include "helpers/SchemaVersions.h"

#include "store/Database.h"
#include "util/Folding.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace PartnerDesk;

namespace {

const QString stamp = QStringLiteral("20261121-221500");

// 2026-11-21 22:15:00 local time: the kept-aside names are built from local time.
QDateTime damageTime()
{
    return QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0));
}

// The permission bits exactly (QFile::permissions() folds owner and user together).
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery statement = database.query(sql);
    if (!statement.exec() || !statement.next())
        return QVariant();
    return statement.value(0);
}

int instanceCount(const Database &database)
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM instances")).toInt();
}

Error insertInstance(const Database &database, const QString &name, const QString &notes = {})
{
    QSqlQuery insert = database.query(QStringLiteral(
        "INSERT INTO instances (key, name, name_fold, name_key, notes) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(name);
    insert.addBindValue(name.toCaseFolded());
    insert.addBindValue(name.toCaseFolded());
    insert.addBindValue(notes.isNull() ? QStringLiteral("") : notes);
    return insert.exec() ? Error() : Database::failure(insert);
}

Error insertMeta(const Database &database, const QString &name, const QByteArray &value)
{
    QSqlQuery insert = database.query(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(value);
    return insert.exec() ? Error() : Database::failure(insert);
}

// A row as version 1 wrote it: the phone as typed, its digits as the sort key, and the search
// text of version 1 (name, phone, digits, notes, instance-ID ending, folded).
Error insertVersion1Instance(const Database &database, const QString &name, const QString &phone)
{
    QString digits = QStringLiteral(""); // a null QString would be bound as NULL
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    const QString idSuffix = QStringLiteral("…7E8F");
    QSqlQuery insert = database.query(QStringLiteral(
        "INSERT INTO instances (key, name, name_fold, name_key, phone, phone_key, notes, id_suffix, search_key)"
        " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(name);
    insert.addBindValue(name.toCaseFolded());
    insert.addBindValue(foldForSearch(name));
    insert.addBindValue(phone);
    insert.addBindValue(digits);
    insert.addBindValue(idSuffix);
    insert.addBindValue(foldForSearch(name + u'\n' + phone + u'\n' + digits + u'\n' + u'\n' + idSuffix));
    return insert.exec() ? Error() : Database::failure(insert);
}

// name -> phone, phone_key, search_key
QHash<QString, QStringList> phoneColumns(const Database &database)
{
    QHash<QString, QStringList> columns;
    QSqlQuery statement = database.query(QStringLiteral("SELECT name, phone, phone_key, search_key FROM instances"));
    if (statement.exec()) {
        while (statement.next())
            columns.insert(statement.value(0).toString(),
                           {statement.value(1).toString(), statement.value(2).toString(), statement.value(3).toString()});
    }
    return columns;
}

QStringList namesIn(const Database &database)
{
    QStringList names;
    QSqlQuery statement = database.query(QStringLiteral("SELECT name FROM instances ORDER BY name"));
    if (statement.exec()) {
        while (statement.next())
            names.append(statement.value(0).toString());
    }
    return names;
}

// A connection of the plain Qt SQLite driver, for files that are not ours (another program's
// database) and for edits our code would never make (a newer schema version).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery statement(QSqlDatabase::database(m_name, false));
        if (statement.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(statement.lastError().text()));
        return false;
    }
    bool isOpen() const { return m_ok; }

private:
    QString m_name;
    bool m_ok = false;
};

// The bytes of a closed, valid database of ours holding `rows` instances with some text each.
QByteArray validDatabaseBytes(int rows)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("valid.db"));
    const ManualClock clock(damageTime());
    {
        Database database;
        if (database.open(path, clock))
            return {};
        const Error error = database.write([&]() -> Error {
            for (int i = 0; i < rows; ++i) {
                if (Error insertError = insertInstance(database, QStringLiteral("Cliente %1").arg(i, 6, 10, QLatin1Char('0')),
                                                       QStringLiteral("Observações do cliente %1. ").arg(i).repeated(8)))
                    return insertError;
            }
            return {};
        });
        if (error)
            return {};
    }
    return Test::readBytes(path);
}

QByteArray foreignDatabaseBytes(const QStringList &statements)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("foreign.db"));
    {
        RawConnection raw(path);
        if (!raw.isOpen())
            return {};
        for (const QString &sql : statements) {
            if (!raw.exec(sql))
                return {};
        }
    }
    return Test::readBytes(path);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesAPrivateDatabase();
    void reopenKeepsTheData();
    void inMemoryWritesNoFile();
    void writeCommits();
    void writeRollsBackOnAnError();
    void failingStatementRollsBack_data();
    void failingStatementRollsBack();
    void writeWhenNotOpenFails();
    void writeWhileAnotherWritesFailsAfterWaiting();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void damagedFileTakesItsLogAlong();
    void damagedTwiceInOneSecondKeepsBoth();
    void keptAsidePathFormat();
    void zeroLengthFileIsNew();
    void newerVersionIsLeftUntouched();
    void version1PhonesBecomeInternationalNumbers();
    void version2GainsTheAccountColumns();
    void dataVersionMovesForOtherConnectionsOnly();
    void copyIsConsistentAndPrivate();
    void copyOntoAnExistingFileFails();
    void accessFailureIsNotDamage_data();
    void accessFailureIsNotDamage();
    void linkOrSpecialFileInTheStoresPlaceIsRefused_data();
    void linkOrSpecialFileInTheStoresPlaceIsRefused();
    void profileFolderThatIsALinkIsRefused();
    void existingProfileFolderBecomesOwnerOnly_data();
    void existingProfileFolderBecomesOwnerOnly();
    void keptAsideNameTakenByALinkIsNotUsed();
    void copyNeverWritesThroughALink();

private:
    QString keptAside() const { return m_path + QStringLiteral(".damaged-") + stamp; }
    // The profile directory's files, without the log files SQLite keeps while a connection is open.
    QStringList filesBesidesTheLog() const;

    Profile m_profile;
    QString m_path;
    std::unique_ptr<ManualClock> m_clock;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "Qt's SQLite driver (libqt6sql6-sqlite) is missing");
}

void TestDatabase::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_path = m_profile.databasePath();
    m_clock = std::make_unique<ManualClock>(damageTime());
}

void TestDatabase::cleanup()
{
    Test::removeProfileFiles(m_profile);
    QVERIFY(!QFileInfo::exists(m_profile.dataDirectory()));
}

QStringList TestDatabase::filesBesidesTheLog() const
{
    QStringList files = Test::filesUnder(m_profile.dataDirectory());
    files.removeAll(QStringLiteral("partnerdesk.db-wal"));
    files.removeAll(QStringLiteral("partnerdesk.db-shm"));
    return files;
}

void TestDatabase::openCreatesAPrivateDatabase()
{
    const QString directory = m_profile.dataDirectory();
    QVERIFY(!QFileInfo::exists(directory));
    {
        Database database;
        const Error error = database.open(m_path, *m_clock);
        QCOMPARE(error.code, ErrorCode::None);
        QVERIFY(database.isOpen());
        QVERIFY(database.isNew());
        QCOMPARE(database.path(), m_path);

        QCOMPARE(modeOf(directory), 0700);
        QCOMPARE(modeOf(m_path), 0600);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
        // Deleting an instance deletes its credentials (foreign keys), and overwrites them.
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        // Two processes wait for each other instead of failing at once.
        QVERIFY(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        QSqlQuery tables = database.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        QVERIFY(tables.exec());
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("account_secrets"), QStringLiteral("instance_credentials"),
                                     QStringLiteral("instances"), QStringLiteral("meta")}));
        QCOMPARE(instanceCount(database), 0);

        // SQLite gives its log files the database's permissions: owner-only too.
        QCOMPARE(database.write([&] { return insertMeta(database, QStringLiteral("test"), "value"); }).code, ErrorCode::None);
        QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(modeOf(m_path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(m_path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(directory), 0700);
    }
    // Closed: the log is written back and removed; the header tells our file from any other
    // SQLite file without opening it.
    QCOMPARE(Test::filesUnder(directory), QStringList{QStringLiteral("partnerdesk.db")});
    QCOMPARE(modeOf(m_path), 0600);
    const QByteArray header = Test::readBytes(m_path).left(100);
    QVERIFY(header.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(header.mid(68, 4), QByteArrayLiteral("PDSK"));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), Database::currentSchemaVersion);
    QCOMPARE(int(header.at(18)), 2); // WAL, kept in the file
}

void TestDatabase::reopenKeepsTheData()
{
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(database.write([&]() -> Error {
                     if (Error error = insertInstance(database, QStringLiteral("Padaria Pão de Mel")))
                         return error;
                     return insertMeta(database, QStringLiteral("test"), QByteArray("\0\1\2", 3));
                 }).code,
                 ErrorCode::None);
    }
    for (int start = 0; start < 3; ++start) {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QVERIFY(!database.isNew());
        QCOMPARE(namesIn(database), QStringList{QStringLiteral("Padaria Pão de Mel")});
        QCOMPARE(scalar(database, QStringLiteral("SELECT value FROM meta WHERE name = 'test'")).toByteArray(), QByteArray("\0\1\2", 3));
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    }
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("partnerdesk.db")});
}

// Demo mode: an empty path is a database in memory, and nothing is written anywhere.
void TestDatabase::inMemoryWritesNoFile()
{
    Database database;
    QCOMPARE(database.open(QString(), *m_clock).code, ErrorCode::None);
    QVERIFY(database.isOpen());
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Demo")); }).code, ErrorCode::None);
    QCOMPARE(namesIn(database), QStringList{QStringLiteral("Demo")});
    QVERIFY(!QFileInfo::exists(m_profile.dataDirectory()));
}

void TestDatabase::writeCommits()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);
    QVERIFY(!other.isNew());

    bool ran = false;
    QCOMPARE(database.write([&]() -> Error {
                 ran = true;
                 if (Error error = insertInstance(database, QStringLiteral("Primeira")))
                     return error;
                 return insertInstance(database, QStringLiteral("Segunda"));
             }).code,
             ErrorCode::None);
    QVERIFY(ran);
    const QStringList both{QStringLiteral("Primeira"), QStringLiteral("Segunda")};
    QCOMPARE(namesIn(database), both);
    QCOMPARE(namesIn(other), both); // committed: another connection sees it at once
}

void TestDatabase::writeRollsBackOnAnError()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);

    const Error error = database.write([&]() -> Error {
        if (Error insertError = insertInstance(database, QStringLiteral("Primeira")))
            return insertError;
        if (Error insertError = insertInstance(database, QStringLiteral("Segunda")))
            return insertError;
        // Both rows are there inside the transaction ...
        if (instanceCount(database) != 2)
            return Error(ErrorCode::StoreWriteFailed, QStringLiteral("rows not inserted"));
        return Error(ErrorCode::InstanceNameTaken, QStringLiteral("Terceira"));
    });
    // ... and the work's own error comes back as it was, with nothing kept.
    QCOMPARE(error.code, ErrorCode::InstanceNameTaken);
    QCOMPARE(error.detail, QStringLiteral("Terceira"));
    QCOMPARE(instanceCount(database), 0);
    QCOMPARE(instanceCount(other), 0);

    // No transaction was left open: the next write works and is seen by the other connection.
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Depois")); }).code, ErrorCode::None);
    QCOMPARE(namesIn(other), QStringList{QStringLiteral("Depois")});
}

void TestDatabase::failingStatementRollsBack_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("syntax error") << QStringLiteral("INSERT INTO nowhere VALUES (1)");
    QTest::newRow("duplicate key") << QStringLiteral("INSERT INTO meta (name, value) VALUES ('first', x'00')");
    QTest::newRow("not null") << QStringLiteral("INSERT INTO meta (name, value) VALUES ('second', NULL)");
    QTest::newRow("unique name") << QStringLiteral(
        "INSERT INTO instances (key, name, name_fold, name_key) VALUES ('k2', 'PRIMEIRA', 'primeira', 'primeira')");
    QTest::newRow("foreign key") << QStringLiteral(
        "INSERT INTO instance_credentials (instance, id_tag, sealed_id, sealed_token) VALUES (999999, x'01', x'02', x'03')");
    // Checked only at COMMIT: the commit itself fails, and must roll back.
    QTest::newRow("deferred foreign key, at commit") << QStringLiteral("DEFERRED");
}

void TestDatabase::failingStatementRollsBack()
{
    QFETCH(QString, sql);
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);

    const bool atCommit = sql == QLatin1String("DEFERRED");
    if (sql.startsWith(QLatin1String("INSERT INTO nowhere")))
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not prepare a statement")));
    const Error error = database.write([&]() -> Error {
        if (Error insertError = insertMeta(database, QStringLiteral("first"), "kept only if committed"))
            return insertError;
        if (Error insertError = insertInstance(database, QStringLiteral("Primeira")))
            return insertError;
        if (atCommit) {
            QSqlQuery defer = database.query(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            if (!defer.exec())
                return Database::failure(defer);
            QSqlQuery orphan = database.query(QStringLiteral(
                "INSERT INTO instance_credentials (instance, id_tag, sealed_id, sealed_token) VALUES (999999, x'01', x'02', x'03')"));
            return orphan.exec() ? Error() : Error(ErrorCode::Cancelled, QStringLiteral("the deferred check ran early"));
        }
        QSqlQuery failing = database.query(sql);
        if (failing.exec())
            return Error(ErrorCode::Cancelled, QStringLiteral("the statement did not fail"));
        return Database::failure(failing);
    });
    QCOMPARE(error.code, ErrorCode::StoreWriteFailed);
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(instanceCount(database), 0);
    QCOMPARE(instanceCount(other), 0);
    QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM meta")).toInt(), 0);
    QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM instance_credentials")).toInt(), 0);

    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Depois")); }).code, ErrorCode::None);
    QCOMPARE(namesIn(other), QStringList{QStringLiteral("Depois")});
}

void TestDatabase::writeWhenNotOpenFails()
{
    Database database;
    bool ran = false;
    QCOMPARE(database.write([&] { ran = true; return Error(); }).code, ErrorCode::StoreWriteFailed);
    QVERIFY(!ran);
}

// Another process in the middle of a write: ours waits for the busy timeout, then fails with
// a sentence that says why, having changed nothing. (Takes the busy timeout, 5 s.)
void TestDatabase::writeWhileAnotherWritesFailsAfterWaiting()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);

    Error inner;
    bool innerRan = false;
    const Error outer = other.write([&]() -> Error {
        if (Error insertError = insertInstance(other, QStringLiteral("Do outro")))
            return insertError;
        inner = database.write([&] { innerRan = true; return insertInstance(database, QStringLiteral("Nosso")); });
        return {};
    });
    QCOMPARE(outer.code, ErrorCode::None);
    QCOMPARE(inner.code, ErrorCode::StoreWriteFailed);
    QVERIFY(!innerRan);
    QVERIFY2(inner.message().contains(QLatin1String("another Partner Desk is saving")), qPrintable(inner.message()));
    QCOMPARE(namesIn(database), QStringList{QStringLiteral("Do outro")});
    // Once the other is done, ours goes through.
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Nosso")); }).code, ErrorCode::None);
}

void TestDatabase::damagedFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray valid = validDatabaseBytes(3000);
    QVERIFY(valid.size() > 1024 * 1024);
    QVERIFY(valid.startsWith("SQLite format 3"));
    const int pageSize = qFromBigEndian<quint16>(valid.constData() + 16);

    QByteArray garbageHeader = valid;
    garbageHeader.replace(0, 16, QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
    QTest::newRow("garbage header") << garbageHeader;
    QByteArray badPageSize = valid;
    badPageSize[16] = char(0x03); // 1000: not a power of two
    badPageSize[17] = char(0xE8);
    QTest::newRow("page size not a power of two") << badPageSize;
    QTest::newRow("header cut short") << valid.left(50);
    QTest::newRow("truncated to half") << valid.left(valid.size() / 2);
    QTest::newRow("last page missing") << valid.left(valid.size() - pageSize);
    QByteArray pagesOverwritten = valid;
    pagesOverwritten.replace(valid.size() / 4, valid.size() / 2, QByteArray(valid.size() / 2, '\xA5'));
    QTest::newRow("pages past the header overwritten") << pagesOverwritten;

    QTest::newRow("text file") << QByteArrayLiteral(
        "{\"version\":1,\"instances\":[{\"key\":\"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b\",\"name\":\"Padaria\"}]}\n").repeated(40);
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261121);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("one byte") << QByteArrayLiteral("x");

    const QByteArray otherApplication = foreignDatabaseBytes(
        {QStringLiteral("PRAGMA application_id = 305419896"), QStringLiteral("CREATE TABLE things (a, b)"),
         QStringLiteral("INSERT INTO things VALUES (1, 'their data')")});
    QVERIFY(!otherApplication.isEmpty());
    QTest::newRow("another application's database") << otherApplication;
    const QByteArray noApplication = foreignDatabaseBytes(
        {QStringLiteral("CREATE TABLE instances (id INTEGER PRIMARY KEY, name TEXT)"),
         QStringLiteral("INSERT INTO instances (name) VALUES ('not ours')")});
    QVERIFY(!noApplication.isEmpty());
    QTest::newRow("tables, application id 0") << noApplication;
    const QByteArray versionOnly = foreignDatabaseBytes({QStringLiteral("PRAGMA user_version = 7")});
    QVERIFY(!versionOnly.isEmpty());
    QTest::newRow("no tables, application id 0, a user_version") << versionOnly;
}

void TestDatabase::damagedFileIsKeptAside()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(Test::writeBytes(m_path, bytes));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));

    {
        Database database;
        const Error error = database.open(m_path, *m_clock);
        QCOMPARE(error.code, ErrorCode::StoreUnreadable);
        QCOMPARE(error.detail, QDir::toNativeSeparators(keptAside()));
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(keptAside())), qPrintable(error.message()));
        QCOMPARE(Test::readBytes(keptAside()), bytes);

        // The database is usable, empty and of the current version, in a new owner-only file.
        QVERIFY(database.isOpen());
        QVERIFY(database.isNew());
        QCOMPARE(instanceCount(database), 0);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
        QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Nova")); }).code, ErrorCode::None);
        QCOMPARE(modeOf(m_path), 0600);
        QCOMPARE(filesBesidesTheLog(), (QStringList{QStringLiteral("partnerdesk.db"),
                                                   QStringLiteral("partnerdesk.db.damaged-") + stamp}));
    }

    // The next start finds a good database: no error, nothing more kept aside, the copy untouched.
    m_clock->advance(60 * 1000);
    Database again;
    QCOMPARE(again.open(m_path, *m_clock).code, ErrorCode::None);
    QVERIFY(!again.isNew());
    QCOMPARE(namesIn(again), QStringList{QStringLiteral("Nova")});
    QCOMPARE(Test::readBytes(keptAside()), bytes);
    QCOMPARE(filesBesidesTheLog(), (QStringList{QStringLiteral("partnerdesk.db"),
                                               QStringLiteral("partnerdesk.db.damaged-") + stamp}));
}

// The write-ahead log beside a damaged file belongs to it: it goes aside with it, so that
// what SQLite had not written back yet is kept too, and is not applied to the new database.
void TestDatabase::damagedFileTakesItsLogAlong()
{
    const QByteArray garbage = QByteArrayLiteral("not a database at all, but long enough to have a header of 100 bytes: ").repeated(4);
    const QByteArray log = QByteArrayLiteral("\x37\x7f\x06\x82 what a log would hold").repeated(20);
    QVERIFY(Test::writeBytes(m_path, garbage));
    QVERIFY(Test::writeBytes(m_path + QStringLiteral("-wal"), log));

    Database database;
    const Error error = database.open(m_path, *m_clock);
    QCOMPARE(error.code, ErrorCode::StoreUnreadable);
    QCOMPARE(error.detail, QDir::toNativeSeparators(keptAside()));
    QCOMPARE(Test::readBytes(keptAside()), garbage);
    QCOMPARE(Test::readBytes(keptAside() + QStringLiteral("-wal")), log);
    QVERIFY(database.isOpen());
    QCOMPARE(instanceCount(database), 0);
    QVERIFY(!Test::readBytes(m_path + QStringLiteral("-wal")).contains("what a log would hold"));
}

void TestDatabase::damagedTwiceInOneSecondKeepsBoth()
{
    QVERIFY(Test::writeBytes(m_path, QByteArrayLiteral("first damage")));
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::StoreUnreadable);
    }
    m_clock->advance(999); // the same second
    QVERIFY(QFile::remove(m_path));
    QVERIFY(Test::writeBytes(m_path, QByteArrayLiteral("second damage")));
    Database database;
    const Error second = database.open(m_path, *m_clock);
    QCOMPARE(second.code, ErrorCode::StoreUnreadable);
    QCOMPARE(second.detail, QDir::toNativeSeparators(keptAside() + QStringLiteral("-2")));
    QCOMPARE(Test::readBytes(keptAside()), QByteArrayLiteral("first damage"));
    QCOMPARE(Test::readBytes(keptAside() + QStringLiteral("-2")), QByteArrayLiteral("second damage"));
    QVERIFY(database.isOpen());
}

void TestDatabase::keptAsidePathFormat()
{
    const ManualClock clock(QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5)));
    QCOMPARE(Database::keptAsidePath(QStringLiteral("/nowhere/partnerdesk.db"), QStringLiteral("unreadable"), clock),
             QStringLiteral("/nowhere/partnerdesk.db.unreadable-20270102-030405"));
    QVERIFY(Test::writeBytes(m_path + QStringLiteral(".damaged-20270102-030405"), "x"));
    QVERIFY(Test::writeBytes(m_path + QStringLiteral(".damaged-20270102-030405-2"), "x"));
    QCOMPARE(Database::keptAsidePath(m_path, QStringLiteral("damaged"), clock),
             m_path + QStringLiteral(".damaged-20270102-030405-3"));
}

// An empty file is what a process that created the file and has not written yet leaves (or a
// first start killed at that point): a new database, nothing kept aside.
void TestDatabase::zeroLengthFileIsNew()
{
    QVERIFY(Test::writeBytes(m_path, QByteArray()));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    QVERIFY(database.isOpen());
    QCOMPARE(instanceCount(database), 0);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Nova")); }).code, ErrorCode::None);
    QCOMPARE(filesBesidesTheLog(), QStringList{QStringLiteral("partnerdesk.db")});
}

// A database a newer Partner Desk wrote: this version must neither read it, nor "repair" it,
// nor keep it aside.
void TestDatabase::newerVersionIsLeftUntouched()
{
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Da versão nova")); }).code, ErrorCode::None);
    }
    {
        RawConnection raw(m_path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion + 1)));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE from_the_future (x)")));
    }
    const QByteArray before = Test::readBytes(m_path);
    const QStringList filesBefore = Test::filesUnder(m_profile.dataDirectory());
    QCOMPARE(filesBefore, QStringList{QStringLiteral("partnerdesk.db")});

    for (int attempt = 0; attempt < 2; ++attempt) {
        Database database;
        const Error error = database.open(m_path, *m_clock);
        QCOMPARE(error.code, ErrorCode::StoreTooNew);
        QCOMPARE(error.detail, QString::number(Database::currentSchemaVersion + 1));
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!database.isOpen());
        QCOMPARE(database.write([] { return Error(); }).code, ErrorCode::StoreWriteFailed);
    }
    QCOMPARE(Test::readBytes(m_path), before);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), filesBefore);
}

// Version 2 stores phones as one international number: a version 1 database's phones, typed
// any way, are rewritten with their sort and search keys when it is first opened; one that
// cannot be understood is kept as typed.
void TestDatabase::version1PhonesBecomeInternationalNumbers()
{
    const QList<QPair<QString, QString>> typed{
        {QStringLiteral("Belo Horizonte"), QStringLiteral("(31) 98877-6655")},
        {QStringLiteral("São Paulo"), QStringLiteral("+55 11 98765-4321")},
        {QStringLiteral("Digitos"), QStringLiteral("5521987654321")},
        {QStringLiteral("Fixo"), QStringLiteral("11 3456-7890")},
        {QStringLiteral("Operadora"), QStringLiteral("0 21 31 3222-1100")},
        {QStringLiteral("Portugal"), QStringLiteral("+351 912 345 678")},
        {QStringLiteral("Curto"), QStringLiteral("12345")},
        {QStringLiteral("Sem DDD"), QStringLiteral("98765-4321")},
        {QStringLiteral("Sem telefone"), QStringLiteral("")},
    };
    QHash<QString, QStringList> before;
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(database.write([&]() -> Error {
            for (const auto &[name, phone] : typed) {
                if (Error error = insertVersion1Instance(database, name, phone))
                    return error;
            }
            return {};
        }).code, ErrorCode::None);
        before = phoneColumns(database);
    }
    QVERIFY(Test::takeBackToSchemaVersion(m_path, 1));

    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    const QHash<QString, QStringList> after = phoneColumns(database);
    const QHash<QString, QString> international{
        {QStringLiteral("Belo Horizonte"), QStringLiteral("+5531988776655")},
        {QStringLiteral("São Paulo"), QStringLiteral("+5511987654321")},
        {QStringLiteral("Digitos"), QStringLiteral("+5521987654321")},
        {QStringLiteral("Fixo"), QStringLiteral("+551134567890")},
        {QStringLiteral("Operadora"), QStringLiteral("+553132221100")},
        {QStringLiteral("Portugal"), QStringLiteral("+351912345678")},
    };
    QCOMPARE(after.size(), typed.size());
    for (const QString &name : after.keys()) {
        const QStringList columns = after.value(name);
        if (!international.contains(name)) {
            QCOMPARE(columns, before.value(name)); // kept as typed, keys and all
            continue;
        }
        const QString e164 = international.value(name);
        QCOMPARE(columns.at(0), e164);
        QCOMPARE(columns.at(1), e164.mid(1));
        // Searched by its international digits; the name, the rest, still there.
        QVERIFY2(columns.at(2).contains(e164.mid(1)), qPrintable(columns.at(2)));
        QVERIFY2(columns.at(2).contains(foldForSearch(name)), qPrintable(columns.at(2)));
        QVERIFY2(columns.at(2).contains(QStringLiteral("…7e8f")), qPrintable(columns.at(2)));
        QVERIFY2(columns.at(2) != before.value(name).at(2), qPrintable(columns.at(2)));
    }

    // Once: a phone written as typed into a version 2 database stays as it is.
    QCOMPARE(database.write([&] { return insertVersion1Instance(database, QStringLiteral("Depois"), QStringLiteral("(31) 3222-1100")); }).code,
             ErrorCode::None);
    Database again;
    QCOMPARE(again.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(phoneColumns(again).value(QStringLiteral("Depois")).first(), QStringLiteral("(31) 3222-1100"));
}

namespace {

// Each table's and index's columns (name, type, NOT NULL, default, key), and each index's
// definition: what a migrated database must have exactly as a new one has it.
QStringList schemaOf(const Database &database)
{
    QStringList schema;
    QSqlQuery objects = database.query(QStringLiteral(
        "SELECT type, name, CASE type WHEN 'index' THEN sql END FROM sqlite_schema ORDER BY type, name"));
    if (!objects.exec())
        return {QStringLiteral("(unreadable)")};
    while (objects.next()) {
        const QString name = objects.value(1).toString();
        schema.append(QStringLiteral("%1 %2 %3").arg(objects.value(0).toString(), name, objects.value(2).toString()));
        QSqlQuery columns = database.query(QStringLiteral(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!columns.exec())
            return {QStringLiteral("(unreadable columns of %1)").arg(name)};
        while (columns.next()) {
            QStringList column;
            for (int i = 0; i < 5; ++i)
                column.append(columns.value(i).isNull() ? QStringLiteral("NULL") : columns.value(i).toString());
            schema.append(QStringLiteral("  ") + column.join(u' '));
        }
    }
    return schema;
}

} // namespace

// Version 3 keeps what the partner's Z-API account says about each instance: a version 2
// database gains the columns, empty for every row (none has been synced), and nothing else
// changes.
void TestDatabase::version2GainsTheAccountColumns()
{
    QStringList newSchema;
    {
        QTemporaryDir directory;
        Database fresh;
        QCOMPARE(fresh.open(directory.filePath(QStringLiteral("new.db")), *m_clock).code, ErrorCode::None);
        newSchema = schemaOf(fresh);
    }
    for (const QString &column : Test::schemaVersion3Columns())
        QVERIFY2(newSchema.join(u'\n').contains(QStringLiteral("  %1 ").arg(column)), qPrintable(column));

    QHash<QString, QStringList> phonesBefore;
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(database.write([&]() -> Error {
            if (Error error = insertInstance(database, QStringLiteral("Padaria"), QStringLiteral("Dona Márcia")))
                return error;
            if (Error error = insertVersion1Instance(database, QStringLiteral("Oficina"), QStringLiteral("+5531988776655")))
                return error;
            return insertMeta(database, QStringLiteral("key_check"), QByteArray(57, '\x42'));
        }).code, ErrorCode::None);
        phonesBefore = phoneColumns(database);
    }
    QVERIFY(Test::takeBackToSchemaVersion(m_path, 2));

    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    QVERIFY(!database.isNew());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(schemaOf(database), newSchema);
    QCOMPARE(namesIn(database), (QStringList{QStringLiteral("Oficina"), QStringLiteral("Padaria")}));
    QCOMPARE(phoneColumns(database), phonesBefore);
    QCOMPARE(scalar(database, QStringLiteral("SELECT notes FROM instances WHERE name = 'Padaria'")).toString(),
             QStringLiteral("Dona Márcia"));
    QCOMPARE(scalar(database, QStringLiteral("SELECT value FROM meta WHERE name = 'key_check'")).toByteArray(),
             QByteArray(57, '\x42'));
    // Nothing synced yet: no payment status, no due date, no account name, not missing.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instances WHERE payment_status = ''"
                                             " AND due_at IS NULL AND account_name IS NULL AND synced_name IS NULL"
                                             " AND gone_since IS NULL")).toInt(),
             2);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    // Once: opened again, it is left as it is.
    QCOMPARE(database.write([&]() -> Error {
        QSqlQuery statement = database.query(QStringLiteral("UPDATE instances SET payment_status = 'PAID'"));
        return statement.exec() ? Error() : Database::failure(statement);
    }).code, ErrorCode::None);
    Database again;
    QCOMPARE(again.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(scalar(again, QStringLiteral("SELECT count(*) FROM instances WHERE payment_status = 'PAID'")).toInt(), 2);
}

void TestDatabase::dataVersionMovesForOtherConnectionsOnly()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);

    const qint64 start = database.dataVersion();
    const qint64 otherStart = other.dataVersion();
    QVERIFY(start >= 0);
    QCOMPARE(database.dataVersion(), start); // reading it changes nothing

    // Our own commits leave it alone.
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Nosso 1")); }).code, ErrorCode::None);
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Nosso 2")); }).code, ErrorCode::None);
    QCOMPARE(database.dataVersion(), start);

    // The other connection saw ours move its own.
    const qint64 otherSawUs = other.dataVersion();
    QVERIFY(otherSawUs != otherStart);

    // Another connection's commit moves it, and each further one again.
    QCOMPARE(other.write([&] { return insertInstance(other, QStringLiteral("Do outro 1")); }).code, ErrorCode::None);
    const qint64 afterOne = database.dataVersion();
    QVERIFY(afterOne != start);
    QCOMPARE(database.dataVersion(), afterOne);
    QCOMPARE(other.write([&] { return insertInstance(other, QStringLiteral("Do outro 2")); }).code, ErrorCode::None);
    const qint64 afterTwo = database.dataVersion();
    QVERIFY(afterTwo != afterOne);

    // A write the other connection rolls back commits nothing: no change to announce.
    QCOMPARE(other.write([&]() -> Error {
                 insertInstance(other, QStringLiteral("Desfeito"));
                 return ErrorCode::Cancelled;
             }).code,
             ErrorCode::Cancelled);
    QCOMPARE(database.dataVersion(), afterTwo);
    // Nor did the other's own commits move the other's.
    QCOMPARE(other.dataVersion(), otherSawUs);
}

// VACUUM INTO reads one snapshot: a write another connection has under way is not in the copy,
// and the copy is a complete database of ours, owner-only.
void TestDatabase::copyIsConsistentAndPrivate()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    Database other;
    QCOMPARE(other.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(database.write([&]() -> Error {
                 for (int i = 0; i < 200; ++i) {
                     if (Error error = insertInstance(database, QStringLiteral("Cliente %1").arg(i, 3, 10, QLatin1Char('0'))))
                         return error;
                 }
                 return insertMeta(database, QStringLiteral("key_check"), QByteArray(57, '\x42'));
             }).code,
             ErrorCode::None);

    const QString target = m_profile.dataDirectory() + QStringLiteral("/copy.db");
    Error copyError(ErrorCode::Cancelled);
    QCOMPARE(other.write([&]() -> Error {
                 if (Error error = insertInstance(other, QStringLiteral("Não confirmado")))
                     return error;
                 copyError = database.copyTo(target);
                 return ErrorCode::Cancelled; // never committed
             }).code,
             ErrorCode::Cancelled);
    QCOMPARE(copyError.code, ErrorCode::None);
    QCOMPARE(modeOf(target), 0600);

    Database copy;
    QCOMPARE(copy.open(target, *m_clock).code, ErrorCode::None);
    QVERIFY(!copy.isNew());
    QCOMPARE(instanceCount(copy), 200);
    QCOMPARE(namesIn(copy), namesIn(database));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT value FROM meta WHERE name = 'key_check'")).toByteArray(), QByteArray(57, '\x42'));
    QCOMPARE(scalar(copy, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(scalar(copy, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion);
    QCOMPARE(scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

// A name already taken is never overwritten: a kept-aside copy stays what it was.
void TestDatabase::copyOntoAnExistingFileFails()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Cliente")); }).code, ErrorCode::None);
    const QString target = m_profile.dataDirectory() + QStringLiteral("/copy.db");
    QVERIFY(Test::writeBytes(target, QByteArrayLiteral("an earlier copy")));
    const Error error = database.copyTo(target);
    QCOMPARE(error.code, ErrorCode::StoreWriteFailed);
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(Test::readBytes(target), QByteArrayLiteral("an earlier copy"));

    // An earlier copy that is a database itself.
    const QString earlier = m_profile.dataDirectory() + QStringLiteral("/earlier.db");
    QCOMPARE(database.copyTo(earlier).code, ErrorCode::None);
    const QByteArray earlierBytes = Test::readBytes(earlier);
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Depois da cópia")); }).code, ErrorCode::None);
    QCOMPARE(database.copyTo(earlier).code, ErrorCode::StoreWriteFailed);
    QCOMPARE(Test::readBytes(earlier), earlierBytes);
}

void TestDatabase::accessFailureIsNotDamage_data()
{
    QTest::addColumn<QString>("setup");
    // This one stops root as well; the permission rows are skipped as root (chmod stops root
    // from nothing). A folder where the database should be: see
    // linkOrSpecialFileInTheStoresPlaceIsRefused.
    QTest::newRow("profile directory is a file") << QStringLiteral("parent file");
    QTest::newRow("database file unreadable") << QStringLiteral("unreadable file");
    QTest::newRow("profile directory not writable, no database yet") << QStringLiteral("read-only directory");
    QTest::newRow("profile directory not writable, a good database") << QStringLiteral("read-only directory, good");
    QTest::newRow("profile directory not writable, a damaged database") << QStringLiteral("read-only directory, damaged");
}

// The file may be fine but out of reach: nothing is kept aside (a later start with the
// permissions fixed must find the data where it was), and nothing is created or changed.
void TestDatabase::accessFailureIsNotDamage()
{
    QFETCH(QString, setup);
    const QString directory = m_profile.dataDirectory();
    QString checkedPath = m_path;
    QString openPath = m_path;
    QByteArray bytes;

    if (setup == QLatin1String("parent file")) {
        QVERIFY(Test::writeBytes(directory + QStringLiteral("/blocker"), "a file, not a directory"));
        openPath = directory + QStringLiteral("/blocker/partnerdesk.db");
        checkedPath = directory + QStringLiteral("/blocker");
    } else {
        if (setup == QLatin1String("unreadable file") || setup.endsWith(QLatin1String(", good"))) {
            Database database;
            QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
            QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Cliente")); }).code, ErrorCode::None);
        } else if (setup.endsWith(QLatin1String(", damaged"))) {
            QVERIFY(Test::writeBytes(m_path, QByteArrayLiteral("damaged, and in a directory we may not change").repeated(4)));
        } else {
            QVERIFY(QDir().mkpath(directory));
        }
        if (setup == QLatin1String("unreadable file")) {
            QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions()));
            if (QFile(m_path).open(QIODevice::ReadOnly)) {
                QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
                QSKIP("an unreadable file is still readable for this user (root)");
            }
        } else if (!Test::makeReadOnly(directory)) {
            Test::makeTreeWritable(directory);
            QSKIP("a read-only directory is still writable for this user (root)");
        }
    }
    bytes = QFileInfo(checkedPath).isFile() ? Test::readBytes(checkedPath) : QByteArray();
    const QStringList filesBefore = Test::filesUnder(directory);

    Database database;
    const Error error = database.open(openPath, *m_clock);
    const QStringList filesAfter = Test::filesUnder(directory);
    Test::makeTreeWritable(directory);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    QVERIFY2(error.code == ErrorCode::StoreAccessFailed,
             qPrintable(QStringLiteral("error %1: %2").arg(int(error.code)).arg(error.message())));
    QVERIFY(!database.isOpen());
    QCOMPARE(filesAfter, filesBefore);
    if (!bytes.isEmpty())
        QCOMPARE(Test::readBytes(checkedPath), bytes);
    for (const QString &file : filesAfter)
        QVERIFY2(!file.contains(QLatin1String(".damaged-")), qPrintable(file));
}

// What a folder holds, to show that nothing was written through a link: each file's name,
// permissions and bytes (those of a regular file only: opening a pipe would wait for a writer).
QStringList stateOf(const QString &directory)
{
    QStringList state;
    for (const QString &name : Test::filesUnder(directory)) {
        const QString path = directory + u'/' + name;
        const QByteArray bytes = QFileInfo(path).isFile() ? Test::readBytes(path) : QByteArray("(not a file)");
        state.append(QStringLiteral("%1 %2 %3").arg(name).arg(modeOf(path), 0, 8).arg(QString::fromLatin1(bytes.toHex())));
    }
    return state;
}

void TestDatabase::linkOrSpecialFileInTheStoresPlaceIsRefused_data()
{
    QTest::addColumn<QString>("name");  // of the file SQLite would open, beside the database
    QTest::addColumn<QString>("what");  // what is there instead of a regular file
    QTest::addColumn<bool>("database"); // a good database of ours is there too
    // The review's case: saves went to another file, whose mode changed too.
    QTest::newRow("database: a link to another file") << QStringLiteral("partnerdesk.db") << QStringLiteral("link to a file") << false;
    // SQLite would create the database wherever it points.
    QTest::newRow("database: a link to nowhere") << QStringLiteral("partnerdesk.db") << QStringLiteral("link to nowhere") << false;
    QTest::newRow("database: a pipe") << QStringLiteral("partnerdesk.db") << QStringLiteral("pipe") << false;
    QTest::newRow("database: a folder") << QStringLiteral("partnerdesk.db") << QStringLiteral("folder") << false;
    // SQLite opens these without following a link, but then says only "unable to open
    // database file"; the user must learn which file is in the way.
    for (const char *log : {"partnerdesk.db-wal", "partnerdesk.db-shm", "partnerdesk.db-journal"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1: a link to nowhere").arg(QLatin1String(log))))
            << QString::fromLatin1(log) << QStringLiteral("link to nowhere") << true;
        QTest::newRow(qPrintable(QStringLiteral("%1: a link to a file").arg(QLatin1String(log))))
            << QString::fromLatin1(log) << QStringLiteral("link to a file") << false;
    }
}

// Refused with the name of what is in the way, before SQLite opens anything: nothing is
// written through a link, the file it points to keeps its bytes and permissions, nothing new
// appears anywhere, and nothing of the profile is kept aside.
void TestDatabase::linkOrSpecialFileInTheStoresPlaceIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, what);
    QFETCH(bool, database);
    const QString directory = m_profile.dataDirectory();
    if (database) {
        Database first;
        QCOMPARE(first.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(first.write([&] { return insertInstance(first, QStringLiteral("Cliente")); }).code, ErrorCode::None);
    }
    QVERIFY(QDir().mkpath(directory));
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString inTheWay = directory + u'/' + name;
    const QString target = outside.filePath(QStringLiteral("another-index.db"));
    if (what == QLatin1String("link to a file")) {
        QVERIFY(Test::writeBytes(target, QByteArrayLiteral("another program's file")));
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::link(target, inTheWay));
    } else if (what == QLatin1String("link to nowhere")) {
        QVERIFY(QFile::link(target, inTheWay));
    } else if (what == QLatin1String("pipe")) {
        QVERIFY(::mkfifo(QFile::encodeName(inTheWay).constData(), 0600) == 0);
    } else {
        QVERIFY(QDir().mkdir(inTheWay));
    }
    const QStringList outsideBefore = stateOf(outside.path());
    const QStringList profileBefore = stateOf(directory);

    Database refused;
    const Error error = refused.open(m_path, *m_clock);
    QCOMPARE(error.code, ErrorCode::StoreNotARegularFile);
    QCOMPARE(error.detail, QDir::toNativeSeparators(inTheWay));
    QVERIFY(!refused.isOpen());
    QCOMPARE(error.message(),
             QStringLiteral("Partner Desk did not open %1: it is a symbolic link or another special file where "
                            "Partner Desk keeps its own files, and nothing was written through it. Move it away "
                            "and start Partner Desk again.").arg(QDir::toNativeSeparators(inTheWay)));
    QCOMPARE(stateOf(outside.path()), outsideBefore);
    QCOMPARE(stateOf(directory), profileBefore);

    // Moved away, the profile opens as before.
    QVERIFY(QFileInfo(inTheWay).isDir() ? QDir(inTheWay).removeRecursively() : QFile::remove(inTheWay));
    Database reopened;
    QCOMPARE(reopened.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(instanceCount(reopened), database ? 1 : 0);
}

// A link in the profile folder's own place: the database would be created wherever it
// points, and making it owner-only would change someone else's folder.
void TestDatabase::profileFolderThatIsALinkIsRefused()
{
    const QString directory = m_profile.dataDirectory();
    QVERIFY(QDir().mkpath(QFileInfo(directory).path()));
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    QVERIFY(QFile::setPermissions(outside.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::link(outside.path(), directory));

    Database database;
    const Error error = database.open(m_path, *m_clock);
    QVERIFY(QFile::remove(directory));
    QCOMPARE(error.code, ErrorCode::StoreNotARegularFile);
    QCOMPARE(error.detail, QDir::toNativeSeparators(directory));
    QVERIFY(!database.isOpen());
    QCOMPARE(Test::filesUnder(outside.path()), QStringList());
    QCOMPARE(modeOf(outside.path()), 0755);
}

void TestDatabase::existingProfileFolderBecomesOwnerOnly_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("open to everyone") << 0777 << 0700;
    QTest::newRow("readable by everyone (the usual umask)") << 0755 << 0700;
    QTest::newRow("readable by the group") << 0750 << 0700;
    QTest::newRow("already owner-only") << 0700 << 0700;
}

// A folder made by an older version, a copy or a restore keeps no access for others; what its
// owner may do is left as it was.
void TestDatabase::existingProfileFolderBecomesOwnerOnly()
{
    QFETCH(int, before);
    QFETCH(int, after);
    const QString directory = m_profile.dataDirectory();
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(::chmod(QFile::encodeName(directory).constData(), mode_t(before)) == 0);
    QCOMPARE(modeOf(directory), before);
    {
        Database database;
        QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
        QCOMPARE(modeOf(directory), after);
    }
    // And again when it already holds the database.
    QVERIFY(::chmod(QFile::encodeName(directory).constData(), mode_t(before)) == 0);
    Database again;
    QCOMPARE(again.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(modeOf(directory), after);
}

// A link pointing nowhere takes a name as a file does: a copy kept aside under it would be
// written wherever it points.
void TestDatabase::keptAsideNameTakenByALinkIsNotUsed()
{
    QVERIFY(QDir().mkpath(m_profile.dataDirectory()));
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("elsewhere.db")), keptAside()));
    QCOMPARE(Database::keptAsidePath(m_path, QStringLiteral("damaged"), *m_clock), keptAside() + QStringLiteral("-2"));
}

void TestDatabase::copyNeverWritesThroughALink()
{
    Database database;
    QCOMPARE(database.open(m_path, *m_clock).code, ErrorCode::None);
    QCOMPARE(database.write([&] { return insertInstance(database, QStringLiteral("Cliente")); }).code, ErrorCode::None);
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    // An empty file is one SQLite would copy into; a missing one it would create.
    const QString empty = outside.filePath(QStringLiteral("empty.db"));
    QVERIFY(Test::writeBytes(empty, QByteArray()));
    QVERIFY(QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString toAFile = m_profile.dataDirectory() + QStringLiteral("/copy-to-a-file.db");
    const QString toNowhere = m_profile.dataDirectory() + QStringLiteral("/copy-to-nowhere.db");
    QVERIFY(QFile::link(empty, toAFile));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("created.db")), toNowhere));
    const QStringList outsideBefore = stateOf(outside.path());

    for (const QString &target : {toAFile, toNowhere}) {
        const Error error = database.copyTo(target);
        QCOMPARE(error.code, ErrorCode::StoreWriteFailed);
        QVERIFY(QFileInfo(target).isSymLink());
    }
    QCOMPARE(stateOf(outside.path()), outsideBefore);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
