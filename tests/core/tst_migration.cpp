// The move of a Partner Desk 0.1 profile (instances.json + credentials.vault, the key in the
// keychain) into the database: the committed fixture that 0.1's own code wrote
// (fixtures/legacy-profile-v1, see its README), every value of it kept; the list moved at
// Workspace::open() without the keychain, the secrets sealed per row at the first secret read;
// the old files kept aside under a dated name, never deleted. Then the real partnerdesk-cli
// killed with SIGKILL over and over while it moves a 20,000-instance 0.1 profile in, and run to
// completion: nothing lost, nothing twice. The keychain is the real one of
// scripts/test-session.sh; the CLI is a separate process, so this test does not use
// QStandardPaths' test mode but points both at the same XDG directories.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "helpers/SchemaVersions.h"

#include "Workspace.h"
#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "store/LegacyProfile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sodium.h>

using namespace PartnerDesk;
using Test::Catcher;

Q_DECLARE_METATYPE(PartnerDesk::CredentialVault::State)

namespace {

constexpr int keychainTimeoutMs = 30000;
constexpr int processTimeoutMs = 180000;

// The large profile, and how often the CLI moving it in is killed.
constexpr int largeProfileSize = 20000;
constexpr int plannedKills = 30;

const QString stamp = QStringLiteral("20261121-221500");
const QString indexName = QStringLiteral("instances.json");
const QString vaultName = QStringLiteral("credentials.vault");

QString fixturePath(const QString &name)
{
    return QStringLiteral(PARTNERDESK_FIXTURES) + QStringLiteral("/legacy-profile-v1/") + name;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QStringLiteral("null");
}

// Empty when equal; else each field that differs.
QString differences(const InstanceRecord &actual, const InstanceRecord &expected)
{
    QStringList found;
    auto field = [&found](const char *name, const QString &a, const QString &e) {
        if (a != e)
            found.append(QStringLiteral("%1: \"%2\", expected \"%3\"").arg(QLatin1String(name), a, e));
    };
    field("key", actual.key.toString(), expected.key.toString());
    field("name", actual.name, expected.name);
    field("phone", actual.phone, expected.phone);
    field("notes", actual.notes, expected.notes);
    field("idSuffix", actual.idSuffix, expected.idSuffix);
    field("status", statusKey(actual.status), statusKey(expected.status));
    field("statusCheckedAt", timeText(actual.statusCheckedAt), timeText(expected.statusCheckedAt));
    field("lastCodeAt", timeText(actual.lastCodeAt), timeText(expected.lastCodeAt));
    field("paymentStatus", actual.paymentStatus, expected.paymentStatus);
    field("due", timeText(actual.due), timeText(expected.due));
    field("goneSince", timeText(actual.goneSince), timeText(expected.goneSince));
    if (found.isEmpty() && !(actual == expected))
        found.append(QStringLiteral("operator== disagrees"));
    return found.join(QStringLiteral("; "));
}

// Empty when `actual` holds exactly the records of `expected` (in any order), each once.
QString listDifferences(const QList<InstanceRecord> &actual, const QList<InstanceRecord> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 records, expected %2").arg(actual.size()).arg(expected.size());
    QHash<QUuid, InstanceRecord> byKey;
    for (const InstanceRecord &record : expected)
        byKey.insert(record.key, record);
    QSet<QUuid> seen;
    for (const InstanceRecord &record : actual) {
        if (seen.contains(record.key))
            return QStringLiteral("%1 (%2) is listed twice").arg(record.key.toString(), record.name);
        seen.insert(record.key);
        const auto wanted = byKey.constFind(record.key);
        if (wanted == byKey.cend())
            return QStringLiteral("%1 (%2) was not in the old list").arg(record.key.toString(), record.name);
        const QString difference = differences(record, *wanted);
        if (!difference.isEmpty())
            return record.name + QStringLiteral(": ") + difference;
    }
    return {};
}

// How the move stores a phone of 0.1: one international number (Brazilian when it has no
// country code), or as it was typed when it cannot be a WhatsApp number. Written out here,
// not asked of PhoneNumbers.
QString movedPhone(const QString &phone)
{
    static const QHash<QString, QString> fixture{
        {QStringLiteral("(31) 98877-6655"), QStringLiteral("+5531988776655")},
        {QStringLiteral("+351 912 345 678"), QStringLiteral("+351912345678")},
        {QStringLiteral("+55 (21) 3456-7890"), QStringLiteral("+552134567890")},
        {QStringLiteral("+55 11 98765-4321"), QStringLiteral("+5511987654321")},
        {QStringLiteral("5511987654321"), QStringLiteral("+5511987654321")},
        {QStringLiteral("553132221100"), QStringLiteral("+553132221100")},
    };
    if (const auto found = fixture.constFind(phone); found != fixture.cend())
        return *found;
    // generateProfile()'s "+55 (AA) 9XXXX-XXXX": a mobile wherever AA is an area code of Brazil.
    static const QRegularExpression generated(QStringLiteral("^\\+55 \\((\\d\\d)\\) (9\\d{4})-(\\d{4})$"));
    static const QSet<int> areaCodes{11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
                                     41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68,
                                     69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95,
                                     96, 97, 98, 99};
    const QRegularExpressionMatch match = generated.match(phone);
    if (!match.hasMatch() || !areaCodes.contains(match.captured(1).toInt()))
        return phone;
    return QStringLiteral("+55") + match.captured(1) + match.captured(2) + match.captured(3);
}

QList<InstanceRecord> movedIn(QList<InstanceRecord> records)
{
    for (InstanceRecord &record : records)
        record.phone = movedPhone(record.phone);
    return records;
}

// What expected.json (written by the same run of 0.1's code as the fixture) says.
struct LegacyProfileData
{
    QList<InstanceRecord> records; // in the old file's order
    QHash<QUuid, InstanceSecrets> secrets;
    QString clientToken;
    QByteArray key;
};

LegacyProfileData readExpected()
{
    LegacyProfileData expected;
    const QJsonObject root = QJsonDocument::fromJson(Test::readBytes(fixturePath(QStringLiteral("expected.json")))).object();
    expected.clientToken = root.value(QStringLiteral("clientToken")).toString();
    const auto time = [](const QJsonValue &value) {
        return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()));
    };
    for (const QJsonValue &value : root.value(QStringLiteral("instances")).toArray()) {
        const QJsonObject object = value.toObject();
        InstanceRecord record;
        record.key = QUuid::fromString(object.value(QStringLiteral("key")).toString());
        record.name = object.value(QStringLiteral("name")).toString();
        record.phone = object.value(QStringLiteral("phone")).toString();
        record.notes = object.value(QStringLiteral("notes")).toString();
        record.idSuffix = object.value(QStringLiteral("idSuffix")).toString();
        const QString status = object.value(QStringLiteral("status")).toString();
        record.status = status == QLatin1String("connected") ? ConnectionStatus::Connected
            : status == QLatin1String("disconnected")        ? ConnectionStatus::Disconnected
                                                             : ConnectionStatus::Unknown;
        record.statusCheckedAt = time(object.value(QStringLiteral("statusCheckedAt")));
        record.lastCodeAt = time(object.value(QStringLiteral("lastCodeAt")));
        expected.records.append(record);
        expected.secrets.insert(record.key, {object.value(QStringLiteral("instanceId")).toString(),
                                             object.value(QStringLiteral("instanceToken")).toString()});
    }
    expected.key = QByteArray::fromHex(Test::readBytes(fixturePath(QStringLiteral("vault-key.hex"))).trimmed());
    return expected;
}

// ---- a 0.1 profile written by the test, in 0.1's formats (LegacyProfile.cpp reads them) ----

QJsonValue timeValue(const QDateTime &time)
{
    return QJsonValue(double(time.toMSecsSinceEpoch()));
}

// instances.json as 0.1's IndexFile::serialize wrote it: optional fields left out when empty.
QByteArray legacyIndex(const QList<InstanceRecord> &records)
{
    QJsonArray instances;
    for (const InstanceRecord &record : records) {
        QJsonObject object{
            {QStringLiteral("key"), record.key.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("idSuffix"), record.idSuffix},
            {QStringLiteral("status"), statusKey(record.status)},
        };
        if (!record.phone.isEmpty())
            object.insert(QStringLiteral("phone"), record.phone);
        if (!record.notes.isEmpty())
            object.insert(QStringLiteral("notes"), record.notes);
        if (record.statusCheckedAt.isValid())
            object.insert(QStringLiteral("statusCheckedAt"), timeValue(record.statusCheckedAt));
        if (record.lastCodeAt.isValid())
            object.insert(QStringLiteral("lastCodeAt"), timeValue(record.lastCodeAt));
        instances.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("instances"), instances}})
        .toJson(QJsonDocument::Indented);
}

// credentials.vault as 0.1's VaultFile::seal wrote it: "PDVAULT\0", format 1, algorithm 1 (the
// associated data), a 24-byte nonce, then XChaCha20-Poly1305 of the payload.
QByteArray sealLegacyPayload(const QByteArray &plain, const QByteArray &key)
{
    const QByteArray header("PDVAULT\0\x01\x01", 10);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength,
        reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()),
        nullptr, reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    cipher.resize(static_cast<qsizetype>(cipherLength));
    return header + nonce + cipher;
}

// The payload is 0.1's compact JSON: {clientToken, partnerToken, instances: {uuid: {id, token}}}.
QByteArray legacyVault(const LegacyProfileData &data)
{
    QJsonObject instances;
    for (auto it = data.secrets.cbegin(); it != data.secrets.cend(); ++it)
        instances.insert(it.key().toString(QUuid::WithoutBraces),
                         QJsonObject{{QStringLiteral("id"), it->instanceId}, {QStringLiteral("token"), it->instanceToken}});
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("clientToken"), data.clientToken},
                                                       {QStringLiteral("partnerToken"), QString()},
                                                       {QStringLiteral("instances"), instances}})
                                 .toJson(QJsonDocument::Compact);
    return sealLegacyPayload(plain, data.key);
}

QString randomText(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
    return text;
}

// `count` instances as a partner's roster looks: names unique ignoring case, with accents,
// phones and notes or none, every status, times or never.
LegacyProfileData generateProfile(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    LegacyProfileData data;
    data.key.resize(32);
    random.fillRange(reinterpret_cast<quint32 *>(data.key.data()), 8);
    data.clientToken = QStringLiteral("MigrationClientToken") + randomText(random, QStringLiteral("ABCDEF0123456789"), 12);
    const QStringList kinds{QStringLiteral("Ótica"), QStringLiteral("Padaria"), QStringLiteral("Açougue"), QStringLiteral("Café"),
                            QStringLiteral("Clínica"), QStringLiteral("mercado"), QStringLiteral("OFICINA"), QStringLiteral("Loja & Cia")};
    const QString hex = QStringLiteral("0123456789ABCDEF");
    const QString tokenAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    data.records.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray uuid(16, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(uuid.data()), 4);
        uuid[6] = char((uuid.at(6) & 0x0f) | 0x40); // version 4
        uuid[8] = char((uuid.at(8) & 0x3f) | 0x80); // RFC 4122 variant
        InstanceRecord record;
        record.key = QUuid::fromRfc4122(uuid);
        record.name = QStringLiteral("%1 %2").arg(kinds.at(i % kinds.size())).arg(i, 5, 10, QLatin1Char('0'));
        if (i % 11 == 0)
            record.name += QStringLiteral(" – filial São João");
        if (i % 4 != 0)
            record.phone = QStringLiteral("+55 (%1) 9%2-%3")
                               .arg(11 + int(random.bounded(80)))
                               .arg(int(random.bounded(10000)), 4, 10, QLatin1Char('0'))
                               .arg(int(random.bounded(10000)), 4, 10, QLatin1Char('0'));
        if (i % 5 == 0)
            record.notes = QStringLiteral("Observação %1: falar com a Sônia.\nSó depois das 14h 📱").arg(i);
        record.status = static_cast<ConnectionStatus>(random.bounded(3));
        if (record.status != ConnectionStatus::Unknown)
            record.statusCheckedAt = QDateTime::fromMSecsSinceEpoch(base + qint64(random.bounded(1u << 30)));
        if (i % 3 != 0)
            record.lastCodeAt = QDateTime::fromMSecsSinceEpoch(base + qint64(random.bounded(1u << 30)));
        const InstanceSecrets secrets{randomText(random, hex, 32), randomText(random, tokenAlphabet, 24)};
        record.idSuffix = QStringLiteral("…") + secrets.instanceId.right(4);
        data.records.append(record);
        data.secrets.insert(record.key, secrets);
    }
    return data;
}

// ---- the database, read beside the product ----

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery statement = database.query(sql);
    if (!statement.exec() || !statement.next())
        return QVariant();
    return statement.value(0);
}

// Whether another process holds the database's write lock right now: a connection that may not
// wait tries to take it. Only for a file that exists (opening would create it).
bool writeLockHeld(const QString &path)
{
    if (QFileInfo(path).size() == 0)
        return false;
    const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery begin(db);
            if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            else
                held = (begin.lastError().nativeErrorCode().toInt() & 0xff) == 5; // SQLITE_BUSY
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return held;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The reader of 0.1's files on its own (the cases of 0.1's own file tests that still apply).
    void legacyListIsReadStrictly_data();
    void legacyListIsReadStrictly();
    void legacyListOptionalFields();
    void legacyVaultOpensOnlyIfAuthentic();
    void legacyVaultWithMalformedPayloadFails_data();
    void legacyVaultWithMalformedPayloadFails();

    void fixtureMovesInWithEveryValue();
    void secretsWaitForTheRightKey();
    void missingKeyIsNotReplaced();
    void damagedLegacyListIsKeptAside_data();
    void damagedLegacyListIsKeptAside();
    void markedAsMovedButFilesStillThere();
    void killedMigrationIsRetried();
    void version2ProfileKeepsEveryValue();

private:
    // A fresh profile holding the fixture's two files; the keychain item removed.
    void installFixture();
    std::unique_ptr<Workspace> openWorkspace(Error *error = nullptr);
    Error secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets);
    Error clientTokenOf(Workspace *workspace, QString *token);
    // Every secret of `expected` read back through the repository; empty when all match.
    QString secretDifferences(Workspace *workspace, const LegacyProfileData &expected, const QList<QUuid> &keys);
    QStringList filesStartingWith(const Profile &profile, const QString &prefix) const;
    int runCli(const Profile &profile, const QStringList &arguments, QByteArray *output = nullptr,
               qint64 *elapsedMs = nullptr);

    QTemporaryDir m_home; // this process's and the CLI's XDG data and config directories
    Profile m_profile;
    QList<Profile> m_profiles; // wiped in cleanup()
    std::unique_ptr<ManualClock> m_clock;
    LegacyProfileData m_expected;
};

void TestMigration::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The CLI's data directories are redirected through XDG variables, which only Linux honours.");
#endif
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_CLI)).isExecutable(), PARTNERDESK_CLI);
    // The CLI's names, and the same XDG directories as the CLI children: both find the same profiles.
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));

    const QString problem = Test::secretServiceProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_expected = readExpected();
    QCOMPARE(m_expected.records.size(), 7);
    QCOMPARE(m_expected.key.size(), 32);
    QVERIFY(!m_expected.clientToken.isEmpty());
    for (const QString &name : {indexName, vaultName})
        QVERIFY2(QFileInfo(fixturePath(name)).isFile(), qPrintable(fixturePath(name)));
}

void TestMigration::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_profiles = {m_profile};
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
}

void TestMigration::cleanup()
{
    for (const Profile &profile : std::as_const(m_profiles))
        Test::wipeProfile(profile);
}

void TestMigration::installFixture()
{
    const QDir directory(m_profile.dataDirectory());
    QVERIFY(directory.mkpath(QStringLiteral(".")));
    for (const QString &name : {indexName, vaultName})
        QVERIFY(QFile::copy(fixturePath(name), directory.filePath(name)));
    const QKeychain::Error removed = Test::deleteKeychainItem(m_profile.keychainKey());
    QVERIFY(removed == QKeychain::NoError || removed == QKeychain::EntryNotFound);
}

std::unique_ptr<Workspace> TestMigration::openWorkspace(Error *error)
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    const Error openError = workspace->open();
    if (error)
        *error = openError;
    else if (openError)
        qWarning("Workspace::open: %s", qPrintable(openError.message()));
    return workspace;
}

Error TestMigration::secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets)
{
    Catcher<Error, InstanceSecrets> read;
    workspace->repository()->instanceSecrets(key, workspace, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() == 1; }, keychainTimeoutMs))
        return Error(ErrorCode::KeychainTimeout);
    *secrets = read.get<1>();
    return read.error();
}

Error TestMigration::clientTokenOf(Workspace *workspace, QString *token)
{
    Catcher<Error, QString> read;
    workspace->repository()->clientToken(workspace, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() == 1; }, keychainTimeoutMs))
        return Error(ErrorCode::KeychainTimeout);
    *token = read.get<1>();
    return read.error();
}

QString TestMigration::secretDifferences(Workspace *workspace, const LegacyProfileData &expected, const QList<QUuid> &keys)
{
    for (const QUuid &key : keys) {
        InstanceSecrets secrets;
        const Error error = secretsOf(workspace, key, &secrets);
        if (error)
            return QStringLiteral("%1: %2").arg(key.toString(), error.message());
        if (!(secrets == expected.secrets.value(key)))
            return QStringLiteral("%1: other secrets than the old vault's").arg(key.toString());
    }
    QString token;
    const Error error = clientTokenOf(workspace, &token);
    if (error)
        return QStringLiteral("Client-Token: ") + error.message();
    if (token != expected.clientToken)
        return QStringLiteral("Client-Token: another value than the old vault's");
    return {};
}

QStringList TestMigration::filesStartingWith(const Profile &profile, const QString &prefix) const
{
    QStringList files;
    for (const QString &file : Test::filesUnder(profile.dataDirectory())) {
        if (file.startsWith(prefix))
            files.append(file);
    }
    return files;
}

int TestMigration::runCli(const Profile &profile, const QStringList &arguments, QByteArray *output, qint64 *elapsedMs)
{
    QProcess cli;
    if (!output)
        cli.setStandardOutputFile(QProcess::nullDevice());
    cli.setProcessChannelMode(output ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
    QElapsedTimer elapsed;
    elapsed.start();
    cli.start(QStringLiteral(PARTNERDESK_CLI), QStringList{QStringLiteral("--profile"), profile.name()} + arguments);
    if (!cli.waitForStarted(processTimeoutMs)) {
        qWarning("partnerdesk-cli did not start: %s", qPrintable(cli.errorString()));
        return -1;
    }
    if (!cli.waitForFinished(processTimeoutMs)) {
        qWarning("partnerdesk-cli did not finish: %s", qPrintable(cli.errorString()));
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    if (elapsedMs)
        *elapsedMs = elapsed.elapsed();
    if (output)
        *output = cli.readAllStandardOutput();
    const QByteArray errors = output ? cli.readAllStandardError() : QByteArray();
    if (!errors.isEmpty())
        qWarning("partnerdesk-cli: %s", errors.constData());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
}

void TestMigration::legacyListIsReadStrictly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QJsonObject instance{{QStringLiteral("key"), QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")},
                               {QStringLiteral("name"), QStringLiteral("Padaria")},
                               {QStringLiteral("idSuffix"), QStringLiteral("…3A4B")},
                               {QStringLiteral("status"), QStringLiteral("connected")}};
    const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
    const auto root = [&json](const QJsonValue &version, const QJsonValue &instances) {
        return json({{QStringLiteral("version"), version}, {QStringLiteral("instances"), instances}});
    };
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };
    const QByteArray good = Test::readBytes(fixturePath(indexName));
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("garbage") << QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00 not an index");
    QTest::newRow("truncated JSON") << good.left(good.size() / 2);
    QTest::newRow("last bytes missing") << good.left(good.size() - 3);
    QTest::newRow("top level array") << QByteArrayLiteral("[{\"version\":1}]");
    QTest::newRow("version 2") << root(2, QJsonArray{instance});
    QTest::newRow("version 0") << root(0, QJsonArray{instance});
    QTest::newRow("version as string") << root(QStringLiteral("1"), QJsonArray{instance});
    QTest::newRow("version 1.5") << root(1.5, QJsonArray{instance});
    QTest::newRow("version missing") << json({{QStringLiteral("instances"), QJsonArray{instance}}});
    QTest::newRow("instances missing") << json({{QStringLiteral("version"), 1}});
    QTest::newRow("instances an object") << root(1, instance);
    QTest::newRow("instance a string") << root(1, QJsonArray{QStringLiteral("Padaria")});
    QTest::newRow("key missing") << root(1, QJsonArray{without(instance, QStringLiteral("key"))});
    QTest::newRow("key not a uuid") << root(1, QJsonArray{with(instance, QStringLiteral("key"), QStringLiteral("1234"))});
    QTest::newRow("name missing") << root(1, QJsonArray{without(instance, QStringLiteral("name"))});
    QTest::newRow("name blank") << root(1, QJsonArray{with(instance, QStringLiteral("name"), QStringLiteral("  "))});
    QTest::newRow("name a number") << root(1, QJsonArray{with(instance, QStringLiteral("name"), 42)});
    QTest::newRow("phone a number") << root(1, QJsonArray{with(instance, QStringLiteral("phone"), 11987654321.0)});
    QTest::newRow("notes an array") << root(1, QJsonArray{with(instance, QStringLiteral("notes"), QJsonArray{1})});
    QTest::newRow("idSuffix a bool") << root(1, QJsonArray{with(instance, QStringLiteral("idSuffix"), true)});
    QTest::newRow("status unheard of") << root(1, QJsonArray{with(instance, QStringLiteral("status"), QStringLiteral("online"))});
    QTest::newRow("status a number") << root(1, QJsonArray{with(instance, QStringLiteral("status"), 1)});
    QTest::newRow("time a string") << root(1, QJsonArray{with(instance, QStringLiteral("lastCodeAt"), QStringLiteral("2026-11-21"))});
    QTest::newRow("time negative") << root(1, QJsonArray{with(instance, QStringLiteral("statusCheckedAt"), -1)});
    QTest::newRow("time past 9999") << root(1, QJsonArray{with(instance, QStringLiteral("lastCodeAt"), 253402300800000.0)});
    QTest::newRow("second instance bad") << root(1, QJsonArray{instance, with(instance, QStringLiteral("name"), QJsonValue::Null)});
}

// Any structural problem rejects the whole file: a list read in part would lose instances
// without a word, while a rejected one is kept aside whole.
void TestMigration::legacyListIsReadStrictly()
{
    QFETCH(QByteArray, bytes);
    InstanceRecord untouched;
    untouched.name = QStringLiteral("untouched");
    QList<InstanceRecord> records{untouched};
    QVERIFY(!LegacyProfile::parseIndex(bytes, &records));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().name, QStringLiteral("untouched"));
}

void TestMigration::legacyListOptionalFields()
{
    const QByteArray bytes = QJsonDocument(QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("instances"), QJsonArray{QJsonObject{
             {QStringLiteral("key"), QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")},
             {QStringLiteral("name"), QStringLiteral("Só o nome")},
             {QStringLiteral("phone"), QJsonValue::Null},
         }}}}).toJson();
    QList<InstanceRecord> records;
    QVERIFY(LegacyProfile::parseIndex(bytes, &records));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().key, QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")));
    QCOMPARE(records.first().name, QStringLiteral("Só o nome"));
    QVERIFY(records.first().phone.isEmpty() && records.first().notes.isEmpty() && records.first().idSuffix.isEmpty());
    QCOMPARE(records.first().status, ConnectionStatus::Unknown);
    QVERIFY(!records.first().statusCheckedAt.isValid() && !records.first().lastCodeAt.isValid());

    // And the fixture as 0.1 wrote it, every field.
    QVERIFY(LegacyProfile::parseIndex(Test::readBytes(fixturePath(indexName)), &records));
    const QString difference = listDifferences(records, m_expected.records);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestMigration::legacyVaultOpensOnlyIfAuthentic()
{
    const SecureBytes key = SecureBytes::fromByteArray(m_expected.key);
    LegacyProfile::VaultContents contents;
    QVERIFY(LegacyProfile::openVault(Test::readBytes(fixturePath(vaultName)), key, &contents));
    QCOMPARE(contents.clientToken, m_expected.clientToken);
    QCOMPARE(contents.instances.size(), m_expected.secrets.size());
    for (auto it = m_expected.secrets.cbegin(); it != m_expected.secrets.cend(); ++it)
        QVERIFY(contents.instances.value(it.key()) == *it);

    // A small vault sealed here the way 0.1 did: it opens, and no damage to it does.
    LegacyProfileData small;
    small.key = m_expected.key;
    small.clientToken = QStringLiteral("SmallVaultClientToken");
    small.secrets.insert(QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")),
                         {QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F"), QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2")});
    const QByteArray sealed = legacyVault(small);
    QVERIFY(LegacyProfile::openVault(sealed, key, &contents));
    QCOMPARE(contents.clientToken, small.clientToken);
    QCOMPARE(contents.instances, small.secrets);

    for (qsizetype position = 0; position < sealed.size(); ++position) {
        for (const char mask : {char(0x01), char(0x80), char(0xFF)}) {
            QByteArray damaged = sealed;
            damaged[position] = char(damaged.at(position) ^ mask);
            QVERIFY2(!LegacyProfile::openVault(damaged, key, &contents),
                     qPrintable(QStringLiteral("byte %1 changed with %2 went unnoticed").arg(position).arg(int(quint8(mask)))));
        }
    }
    for (qsizetype length = 0; length < sealed.size(); ++length)
        QVERIFY2(!LegacyProfile::openVault(sealed.left(length), key, &contents), qPrintable(QString::number(length)));
    QVERIFY(!LegacyProfile::openVault(sealed + '\0', key, &contents));
    QVERIFY(!LegacyProfile::openVault(sealed, SecureBytes::random(32), &contents));
    QVERIFY(!LegacyProfile::openVault(sealed, SecureBytes::fromByteArray(m_expected.key.left(16)), &contents));
}

void TestMigration::legacyVaultWithMalformedPayloadFails_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("clientToken=CT");
    QTest::newRow("truncated JSON") << QByteArrayLiteral(R"({"clientToken":"CT","instan)");
    QTest::newRow("JSON array") << QByteArrayLiteral(R"([{"clientToken":"CT"}])");
    QTest::newRow("instance key not a uuid")
        << QByteArrayLiteral(R"({"clientToken":"CT","instances":{"not-a-uuid":{"id":"ID1","token":"TK1"}}})");
}

// Authentic (sealed with the right key) but not what 0.1 wrote: refused, not read in part.
void TestMigration::legacyVaultWithMalformedPayloadFails()
{
    QFETCH(QByteArray, plain);
    LegacyProfile::VaultContents contents;
    contents.clientToken = QStringLiteral("untouched");
    QVERIFY(!LegacyProfile::openVault(sealLegacyPayload(plain, m_expected.key), SecureBytes::fromByteArray(m_expected.key), &contents));
    QCOMPARE(contents.clientToken, QStringLiteral("untouched"));
}

// The whole fixture: the list at open() with no keychain at all, every field as 0.1 kept it,
// sorted with accents folded; the old files kept aside byte for byte; the secrets at the first
// read that needs one, every one of them; and a restart changes nothing.
void TestMigration::fixtureMovesInWithEveryValue()
{
    installFixture();
    const QString directory = m_profile.dataDirectory();
    {
        auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
        QSignalSpy vaultStates(workspace->vault(), &CredentialVault::stateChanged);
        QCOMPARE(workspace->open().code, ErrorCode::None);

        // The keychain was not asked, let alone written: the item is still not there.
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(vaultStates.count(), 0);
        const Test::KeychainItem item = Test::readKeychainItem(m_profile.keychainKey());
        QVERIFY(item.finished);
        QCOMPARE(item.error, QKeychain::EntryNotFound);

        const QList<InstanceRecord> records = workspace->repository()->allRecords();
        const QList<InstanceRecord> moved = movedIn(m_expected.records);
        const QString difference = listDifferences(records, moved);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(workspace->repository()->count(), 7);
        for (const InstanceRecord &expected : moved) {
            const std::optional<InstanceRecord> byKey = workspace->repository()->record(expected.key);
            QVERIFY(byKey);
            QVERIFY2(differences(*byKey, expected).isEmpty(), qPrintable(differences(*byKey, expected)));
            QVERIFY(workspace->repository()->recordNamed(expected.name.toUpper()));
        }

        // The list's order: names with case and accents folded, so "Ótica Visão" sorts with
        // "otica barata", not after "Padaria".
        const QList<qint64> rows = workspace->repository()->rowIds(ListQuery());
        QStringList names;
        for (const InstanceRecord &record : workspace->repository()->records(rows))
            names.append(record.name);
        QCOMPARE(names, (QStringList{QStringLiteral("<b>Loja</b> & Cia"), QStringLiteral("Açougue São João"),
                                     QStringLiteral("Café do Zé's – Unidade 2"), QStringLiteral("Clínica Bem-Estar"),
                                     QStringLiteral("otica barata"), QStringLiteral("Ótica Visão"),
                                     QStringLiteral("Padaria Pão de Mel")}));
        ListQuery search;
        search.terms = {QStringLiteral("otica")};
        QCOMPARE(workspace->repository()->rowIds(search).size(), 2);
        // Found by the phone as the list now shows it, though 0.1 kept "(31) 98877-6655".
        search.terms = {QStringLiteral("+55"), QStringLiteral("31"), QStringLiteral("98877-6655")};
        QCOMPARE(workspace->repository()->rowIds(search).size(), 1);

        // The old files: gone from their names, kept aside whole.
        QCOMPARE(Test::filesUnder(directory),
                 (QStringList{QStringLiteral("credentials.vault.migrated-") + stamp,
                              QStringLiteral("instances.json.migrated-") + stamp, QStringLiteral("partnerdesk.db"),
                              QStringLiteral("partnerdesk.db-shm"), QStringLiteral("partnerdesk.db-wal")}));
        QCOMPARE(Test::readBytes(directory + QStringLiteral("/instances.json.migrated-") + stamp), Test::readBytes(fixturePath(indexName)));
        QCOMPARE(Test::readBytes(directory + QStringLiteral("/credentials.vault.migrated-") + stamp), Test::readBytes(fixturePath(vaultName)));

        // The key as 0.1 left it in the keychain; the first secret read moves the secrets in.
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
        const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
        QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Open);
        // The list is as it was.
        QVERIFY(listDifferences(workspace->repository()->allRecords(), movedIn(m_expected.records)).isEmpty());
        // Sealed per row now: the old vault's copy in the database is gone, the key stays the
        // same one keychain item.
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM meta WHERE name = 'legacy_vault'")).toInt(), 0);
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")).toInt(), 7);
        QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, m_expected.key);
    }

    // A restart: nothing moved again, every value still there.
    auto workspace = openWorkspace();
    QCOMPARE(workspace->repository()->count(), 7);
    QVERIFY(listDifferences(workspace->repository()->allRecords(), movedIn(m_expected.records)).isEmpty());
    const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
    QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
    QCOMPARE(filesStartingWith(m_profile, indexName),
             QStringList{QStringLiteral("instances.json.migrated-") + stamp});
    QCOMPARE(filesStartingWith(m_profile, vaultName),
             QStringList{QStringLiteral("credentials.vault.migrated-") + stamp});
}

// Another key in the keychain than the one that sealed the old vault: the secrets are not
// read, and not lost either; with the right key back, all of them are there.
void TestMigration::secretsWaitForTheRightKey()
{
    installFixture();
    QByteArray wrongKey(32, Qt::Uninitialized);
    randombytes_buf(wrongKey.data(), 32);
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), wrongKey), QKeychain::NoError);
    {
        auto workspace = openWorkspace();
        QCOMPARE(workspace->repository()->count(), 7);
        InstanceSecrets secrets;
        QCOMPARE(secretsOf(workspace.get(), m_expected.records.first().key, &secrets).code, ErrorCode::VaultUnreadable);
        QVERIFY(!secrets.isComplete());
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM meta WHERE name = 'legacy_vault'")).toInt(), 1);
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")).toInt(), 0);
    }
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, wrongKey); // not replaced

    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
    auto workspace = openWorkspace();
    const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
    QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
}

// No key in the keychain while the old vault waits in the database: the key is missing (the
// secrets are sealed with it), and no new key is made over them.
void TestMigration::missingKeyIsNotReplaced()
{
    installFixture();
    {
        auto workspace = openWorkspace();
        QCOMPARE(workspace->repository()->count(), 7);
        QString token = QStringLiteral("stale");
        QCOMPARE(clientTokenOf(workspace.get(), &token).code, ErrorCode::VaultKeyMissing);
        QVERIFY(token.isEmpty());
    }
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).error, QKeychain::EntryNotFound);

    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
    auto workspace = openWorkspace();
    const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
    QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
}

void TestMigration::damagedLegacyListIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = Test::readBytes(fixturePath(indexName));
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("garbage") << QByteArrayLiteral("\x00\x01\x02garbage\xff\xfe");
    QTest::newRow("another version") << QByteArray(good).replace("\"version\": 1", "\"version\": 7");
    QTest::newRow("an instance without a name") << QByteArray(good).replace("\"name\": \"otica barata\"", "\"name\": \"  \"");
    QTest::newRow("empty") << QByteArray();
}

// A damaged 0.1 list is kept aside, never read in part; the app starts on an empty list and
// works; what the old vault held (the Client-Token) is not lost with it.
void TestMigration::damagedLegacyListIsKeptAside()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(bytes != Test::readBytes(fixturePath(indexName)));
    installFixture();
    const QString indexPath = m_profile.dataDirectory() + u'/' + indexName;
    QVERIFY(Test::writeBytes(indexPath, bytes));
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
    const QString aside = indexPath + QStringLiteral(".damaged-") + stamp;
    {
        Error error;
        auto workspace = openWorkspace(&error);
        QCOMPARE(error.code, ErrorCode::StoreUnreadable);
        QCOMPARE(error.detail, QDir::toNativeSeparators(aside));
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(aside)), qPrintable(error.message()));
        QVERIFY(QFileInfo::exists(aside));
        QCOMPARE(Test::readBytes(aside), bytes);
        QVERIFY(!QFileInfo::exists(indexPath));
        QCOMPARE(filesStartingWith(m_profile, vaultName), QStringList{QStringLiteral("credentials.vault.migrated-") + stamp});

        QCOMPARE(workspace->repository()->count(), 0);
        QVERIFY(workspace->repository()->allRecords().isEmpty());
        InstanceRecord record;
        record.name = QStringLiteral("Nova depois do dano");
        Catcher<Error, QUuid> added;
        workspace->repository()->addInstance(record, {QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90"), QStringLiteral("NEWTOKEN0000000000000001")},
                                             workspace.get(), added.callback());
        QTRY_COMPARE_WITH_TIMEOUT(added.calls(), 1, keychainTimeoutMs);
        QCOMPARE(added.error().code, ErrorCode::None);
        QString token;
        QCOMPARE(clientTokenOf(workspace.get(), &token).code, ErrorCode::None);
        QCOMPARE(token, m_expected.clientToken);
    }
    // The next start: no error, the kept copy untouched, nothing kept aside again.
    Error error;
    auto workspace = openWorkspace(&error);
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(workspace->repository()->count(), 1);
    QCOMPARE(Test::readBytes(aside), bytes);
    QCOMPARE(filesStartingWith(m_profile, indexName), QStringList{QStringLiteral("instances.json.damaged-") + stamp});
}

// A start killed after the database took the old list in (committed) but before the old
// files were renamed: the next start only keeps the files aside; it does not read them again.
void TestMigration::markedAsMovedButFilesStillThere()
{
    installFixture();
    const QDir directory(m_profile.dataDirectory());
    {
        auto workspace = openWorkspace();
        QCOMPARE(workspace->repository()->count(), 7);
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM meta WHERE name = 'migrated_from_files'")).toInt(), 1);
    }
    // The files back under their names, as the kill left them; the list one with an instance
    // more, which would show up if the list were read again.
    QVERIFY(QFile::rename(directory.filePath(indexName + QStringLiteral(".migrated-") + stamp), directory.filePath(indexName)));
    QVERIFY(QFile::rename(directory.filePath(vaultName + QStringLiteral(".migrated-") + stamp), directory.filePath(vaultName)));
    QList<InstanceRecord> longer = m_expected.records;
    InstanceRecord extra;
    extra.key = QUuid::createUuid();
    extra.name = QStringLiteral("Não deveria aparecer");
    longer.append(extra);
    const QByteArray longerIndex = legacyIndex(longer);
    QVERIFY(Test::writeBytes(directory.filePath(indexName), longerIndex));

    m_clock->advance(60 * 60 * 1000);
    const QString later = QStringLiteral("20261121-231500");
    {
        Error error;
        auto workspace = openWorkspace(&error);
        QCOMPARE(error.code, ErrorCode::None);
        QCOMPARE(workspace->repository()->count(), 7);
        QVERIFY(listDifferences(workspace->repository()->allRecords(), movedIn(m_expected.records)).isEmpty());
        QVERIFY(!workspace->repository()->recordNamed(extra.name));
        QCOMPARE(filesStartingWith(m_profile, indexName), QStringList{QStringLiteral("instances.json.migrated-") + later});
        QCOMPARE(filesStartingWith(m_profile, vaultName), QStringList{QStringLiteral("credentials.vault.migrated-") + later});
        QCOMPARE(Test::readBytes(directory.filePath(indexName + QStringLiteral(".migrated-") + later)), longerIndex);
        QCOMPARE(Test::readBytes(directory.filePath(vaultName + QStringLiteral(".migrated-") + later)), Test::readBytes(fixturePath(vaultName)));

        // The secrets were not sealed yet: they still come from the vault the database took in.
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
        const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
        QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
    }
    // And once more: nothing left to do.
    Error error;
    auto workspace = openWorkspace(&error);
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(workspace->repository()->count(), 7);
    QCOMPARE(filesStartingWith(m_profile, indexName).size(), 1);
    QCOMPARE(filesStartingWith(m_profile, vaultName).size(), 1);
}

// The real CLI, killed with SIGKILL again and again while it moves a 20,000-instance 0.1
// profile in (its first "list" does), at times spread over one whole migration measured first;
// then left to finish. After every other kill the profile is checked as the next start would
// find it (the others leave the kill's state as it was for the CLI's next start to recover):
// either nothing moved yet and the old files in place, or everything moved. At the end: the
// list exactly the old one, nobody twice, the old files kept aside once each, the secrets right.
void TestMigration::killedMigrationIsRetried()
{
    QElapsedTimer total;
    total.start();
    const LegacyProfileData data = generateProfile(largeProfileSize, 20261121);
    const QByteArray index = legacyIndex(data.records);
    const QByteArray vault = legacyVault(data);
    const auto install = [&](const Profile &profile) {
        QVERIFY(Test::writeBytes(profile.dataDirectory() + u'/' + indexName, index));
        QVERIFY(Test::writeBytes(profile.dataDirectory() + u'/' + vaultName, vault));
    };
    qInfo("Generated a 0.1 profile of %d instances (list %lld KiB, vault %lld KiB) in %lld ms", largeProfileSize,
          qint64(index.size() / 1024), qint64(vault.size() / 1024), total.elapsed());

    // One whole migration first, on a profile of its own: how long a kill has to land in.
    const Profile timing = Test::makeProfile(Test::uniqueProfileName());
    m_profiles.append(timing);
    install(timing);
    qint64 migrationMs = 0;
    QCOMPARE(runCli(timing, {QStringLiteral("list")}, nullptr, &migrationMs), 0);
    qint64 listMs = 0;
    QCOMPARE(runCli(timing, {QStringLiteral("list")}, nullptr, &listMs), 0);
    QCOMPARE(filesStartingWith(timing, indexName).size(), 1);
    qInfo("partnerdesk-cli list, wall time: %lld ms moving %d instances in, %lld ms once they are in",
          migrationMs, largeProfileSize, listMs);

    install(m_profile);
    const QString databasePath = m_profile.databasePath();
    QRandomGenerator random(20261121);
    int kills = 0;
    int insideTheWrite = 0;
    int afterTheCommit = 0;
    bool finished = false;
    for (int planned = 0; planned < plannedKills && !finished; ++planned) {
        // The n-th kill somewhere in the n-th thirtieth of a migration: early ones land in the
        // start-up and the reading of the files, later ones in the transaction and after it.
        const int delayMs = int((planned + random.generateDouble()) * double(migrationMs) / plannedKills);
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy done(&cli, &QProcess::finished);
        bool killed = false;
        bool heldTheLock = false;
        QTimer::singleShot(delayMs, Qt::PreciseTimer, &cli, [&] {
            if (cli.state() != QProcess::Running)
                return;
            heldTheLock = writeLockHeld(databasePath);
            cli.kill(); // SIGKILL
            killed = true;
        });
        cli.start(QStringLiteral(PARTNERDESK_CLI), {QStringLiteral("--profile"), m_profile.name(), QStringLiteral("list")});
        QVERIFY2(cli.waitForStarted(processTimeoutMs), qPrintable(cli.errorString()));
        QVERIFY2(done.count() > 0 || done.wait(processTimeoutMs), qPrintable(cli.errorString()));
        if (!killed || cli.exitStatus() == QProcess::NormalExit) {
            QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
            QCOMPARE(cli.exitCode(), 0);
            finished = true;
            break;
        }
        ++kills;
        insideTheWrite += heldTheLock ? 1 : 0;

        const bool indexInPlace = QFileInfo::exists(m_profile.dataDirectory() + u'/' + indexName);
        const bool vaultInPlace = QFileInfo::exists(m_profile.dataDirectory() + u'/' + vaultName);
        const QStringList indexAside = filesStartingWith(m_profile, indexName + QStringLiteral(".migrated-"));
        const QStringList vaultAside = filesStartingWith(m_profile, vaultName + QStringLiteral(".migrated-"));
        QVERIFY2(filesStartingWith(m_profile, QStringLiteral("partnerdesk.db.damaged")).isEmpty(),
                 qPrintable(QStringLiteral("kill %1 at %2 ms left a database taken for damaged").arg(kills).arg(delayMs)));
        QVERIFY2(int(indexInPlace) + indexAside.size() == 1 && int(vaultInPlace) + vaultAside.size() == 1,
                 qPrintable(QStringLiteral("kill %1 at %2 ms: %3").arg(kills).arg(delayMs)
                                .arg(Test::filesUnder(m_profile.dataDirectory()).join(u' '))));
        // A rename happens only after the commit.
        bool committed = !indexInPlace || !vaultInPlace;
        if (kills % 2 == 1) {
            Database database;
            QCOMPARE(database.open(databasePath, *m_clock).code, ErrorCode::None);
            const bool moved = scalar(database, QStringLiteral("SELECT count(*) FROM meta WHERE name = 'migrated_from_files'")).toInt() == 1;
            const int count = scalar(database, QStringLiteral("SELECT count(*) FROM instances")).toInt();
            const QString where = QStringLiteral("kill %1 at %2 ms").arg(kills).arg(delayMs);
            if (!moved) {
                QVERIFY2(count == 0, qPrintable(QStringLiteral("%1: %2 instances before the commit").arg(where).arg(count)));
                QVERIFY2(indexInPlace && vaultInPlace, qPrintable(where));
                QCOMPARE(Test::readBytes(m_profile.dataDirectory() + u'/' + indexName), index);
                QCOMPARE(Test::readBytes(m_profile.dataDirectory() + u'/' + vaultName), vault);
            } else {
                committed = true;
                QVERIFY2(count == largeProfileSize, qPrintable(QStringLiteral("%1: %2 instances").arg(where).arg(count)));
                QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT key) FROM instances")).toInt(), largeProfileSize);
                QCOMPARE(scalar(database, QStringLiteral("SELECT value FROM meta WHERE name = 'legacy_vault'")).toByteArray(), vault);
            }
        }
        afterTheCommit += committed ? 1 : 0;
    }

    // Left to finish: the list, complete, as the CLI prints it.
    QByteArray json;
    qint64 finishMs = 0;
    QCOMPARE(runCli(m_profile, {QStringLiteral("list"), QStringLiteral("--json")}, &json, &finishMs), 0);
    const QJsonArray listed = QJsonDocument::fromJson(json).array();
    QCOMPARE(listed.size(), largeProfileSize);
    QHash<QString, InstanceRecord> byName;
    for (const InstanceRecord &record : data.records)
        byName.insert(record.name, record);
    QSet<QString> names;
    for (const QJsonValue &value : listed) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        QVERIFY2(!names.contains(name), qPrintable(name + QStringLiteral(" listed twice")));
        names.insert(name);
        QVERIFY2(byName.contains(name), qPrintable(name));
        const InstanceRecord &expected = byName[name];
        QCOMPARE(object.value(QStringLiteral("phone")).toString(), movedPhone(expected.phone));
        QCOMPARE(object.value(QStringLiteral("notes")).toString(), expected.notes);
        QCOMPARE(object.value(QStringLiteral("idSuffix")).toString(), expected.idSuffix);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), statusKey(expected.status));
        const QJsonValue lastCode = object.value(QStringLiteral("lastCodeAt"));
        QCOMPARE(lastCode.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(lastCode.toDouble())), expected.lastCodeAt);
    }

    // Every field of every record, by the product's own reading.
    auto workspace = openWorkspace();
    const QString difference = listDifferences(workspace->repository()->allRecords(), movedIn(data.records));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(filesStartingWith(m_profile, indexName).size(), 1);
    QCOMPARE(filesStartingWith(m_profile, vaultName).size(), 1);
    QVERIFY(filesStartingWith(m_profile, indexName).first().startsWith(indexName + QStringLiteral(".migrated-")));
    QVERIFY(filesStartingWith(m_profile, vaultName).first().startsWith(vaultName + QStringLiteral(".migrated-")));
    QCOMPARE(Test::readBytes(m_profile.dataDirectory() + u'/' + filesStartingWith(m_profile, indexName).first()), index);
    QCOMPARE(Test::readBytes(m_profile.dataDirectory() + u'/' + filesStartingWith(m_profile, vaultName).first()), vault);
    QVERIFY(filesStartingWith(m_profile, QStringLiteral("partnerdesk.db.damaged")).isEmpty());

    // The secrets of a sample, the first read sealing all 20,000 rows.
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), data.key), QKeychain::NoError);
    QList<QUuid> sample{data.records.first().key, data.records.last().key};
    for (int i = 0; i < 48; ++i)
        sample.append(data.records.at(int(random.bounded(largeProfileSize))).key);
    QElapsedTimer sealing;
    sealing.start();
    const QString secrets = secretDifferences(workspace.get(), data, {sample.first()});
    const qint64 firstSecretMs = sealing.elapsed();
    QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
    const QString more = secretDifferences(workspace.get(), data, sample);
    QVERIFY2(more.isEmpty(), qPrintable(more));
    QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")).toInt(), largeProfileSize);

    qInfo("%d kills (%d planned): %d while the CLI held the database's write lock, %d after the commit; "
          "the run to completion took %lld ms; the first secret read (sealing %d rows) %lld ms; whole test %lld ms",
          kills, plannedKills, insideTheWrite, afterTheCommit, finishMs, largeProfileSize, firstSecretMs, total.elapsed());
    // Some kills must have landed inside the migration's transaction, or this proved nothing.
    QVERIFY2(insideTheWrite > 0, "no kill landed while the CLI was writing; the migration may have become too fast for the kill plan");
}

// A profile as Partner Desk left it before the account sync (schema version 2), holding the
// fixture's instances with their secrets sealed per row: the first start of this version adds
// the account's columns and every value stays, secrets included.
void TestMigration::version2ProfileKeepsEveryValue()
{
    installFixture();
    QList<InstanceRecord> before;
    {
        auto workspace = openWorkspace();
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), m_expected.key), QKeychain::NoError);
        const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
        QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
        QCOMPARE(workspace->repository()->setStatus(m_expected.records.first().key, ConnectionStatus::Connected).code,
                 ErrorCode::None);
        before = workspace->repository()->allRecords();
    }
    QCOMPARE(before.size(), 7);
    QVERIFY(Test::takeBackToSchemaVersion(m_profile.databasePath(), 2));

    auto workspace = openWorkspace();
    QCOMPARE(scalar(*workspace->database(), QStringLiteral("PRAGMA user_version")).toInt(), 3);
    const QString difference = listDifferences(workspace->repository()->allRecords(), before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    for (const InstanceRecord &record : workspace->repository()->allRecords()) {
        QCOMPARE(record.paymentStatus, QString());
        QVERIFY(!record.due.isValid());
        QVERIFY(!record.goneSince.isValid());
    }
    const QString secrets = secretDifferences(workspace.get(), m_expected, m_expected.secrets.keys());
    QVERIFY2(secrets.isEmpty(), qPrintable(secrets));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
