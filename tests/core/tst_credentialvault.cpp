// CredentialVault over the profile's database, against the REAL Secret Service of
// scripts/test-session.sh (gnome-keyring through QtKeychain and libsecret). Each test
// function has its own profile, wiped in cleanup(). A "restart" is a new Workspace (a new
// database connection) on the same profile.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "StoreTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "store/Sealing.h"
#include "store/VaultKeyStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 30000;

const QString clientTokenA = QStringLiteral("ClientTokenAlpha0123456789");
const QString clientTokenB = QStringLiteral("ClientTokenBravo0123456789");
const QString instanceIdA = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString instanceTokenA = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString instanceIdB = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString instanceTokenB = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");

QDateTime startOverTime()
{
    return QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)); // local time, as in the file name
}

// Counts what the vault asks of the keychain, passing everything to the real one.
class CountingKeyStore final : public VaultKeyStore
{
public:
    CountingKeyStore(const QString &key, int *reads, int *writes)
        : m_inner(Profile::keychainService(), key), m_reads(reads), m_writes(writes)
    {
    }
    void readKey(QObject *context, ReadCallback done) override
    {
        ++*m_reads;
        m_inner.readKey(context, std::move(done));
    }
    void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) override
    {
        ++*m_writes;
        m_inner.writeKey(key, context, std::move(done));
    }
    std::unique_ptr<VaultKeyStore> keptEntry(const QString &suffix) const override { return m_inner.keptEntry(suffix); }

private:
    KeychainVaultKeyStore m_inner;
    int *m_reads;
    int *m_writes;
};

// A profile's store wired by hand, for a key store of the test's choosing (Workspace always
// uses the plain keychain one). Members go in reverse order: repository, vault, database.
struct Store
{
    explicit Store(const Profile &profile) : settings(profile.settingsPath()) {}
    Settings settings;
    Database database;
    std::unique_ptr<CredentialVault> vault;
    std::unique_ptr<InstanceRepository> repository;
};

bool containsInAnyForm(const QByteArray &haystack, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return haystack.contains(utf8) || haystack.contains(utf8.toBase64()) || haystack.contains(utf8.toHex())
        || haystack.contains(utf8.toHex().toUpper()) || haystack.contains(utf16);
}

qint64 scalar(const Database &database, const QString &sql)
{
    QSqlQuery statement = database.query(sql);
    if (!statement.exec() || !statement.next())
        return -1;
    return statement.value(0).toLongLong();
}

QByteArray storedKeyCheck(const Database &database)
{
    QSqlQuery statement = database.query(QStringLiteral("SELECT value FROM meta WHERE name = 'key_check'"));
    if (!statement.exec() || !statement.next())
        return {};
    return statement.value(0).toByteArray();
}

} // namespace

class TestCredentialVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstUseCreatesOneKeyAndItsKeyCheck();
    void secretsRoundTripAcrossRestart();
    void noSecretInTheClearAnywhere();
    void secondConnectionSharesTheKeyAndSeesEveryChange();
    void wipedKeyGivesVaultKeyMissingThenStartOver();
    void keyThatDoesNotMatchGivesVaultUnreadableThenStartOver_data();
    void keyThatDoesNotMatchGivesVaultUnreadableThenStartOver();
    void keychainItemOfWrongSizeIsRefused_data();
    void keychainItemOfWrongSizeIsRefused();
    void keyCheckOfANewerVersionIsNeverStartedOver();
    void recoverBringsBackWhatStartOverKeptAside();
    void recoverRefusesAKeptKeyThatDoesNotOpenTheCopy_data();
    void recoverRefusesAKeptKeyThatDoesNotOpenTheCopy();
    void concurrentOpensShareOneKeychainRead_data();
    void concurrentOpensShareOneKeychainRead();
    void openCallbackSkippedWhenContextIsGone();
    void failedWriteOnFullDiskChangesNothing();
    void firstUseOnFullDiskLeavesAKeyThatStillWorks();
    void startOverOnFullDiskChangesNothing();

private:
    std::unique_ptr<Workspace> start();
    std::unique_ptr<Store> startByHand(std::unique_ptr<VaultKeyStore> keyStore);
    std::unique_ptr<Store> startCounting(int *reads, int *writes);
    // Opens and waits; the Error of the callback (Cancelled if it never came).
    Error openAndWait(CredentialVault *vault);
    Error startOverAndWait(CredentialVault *vault, QString *keptAside, bool *keptKey = nullptr);
    Error recoverAndWait(InstanceRepository *repository, const QString &keptStore, RecoveredSecrets *recovered);
    Error add(InstanceRepository *repository, const QString &name, const QString &id, const QString &token,
              QUuid *key = nullptr);
    Error setClientToken(InstanceRepository *repository, const QString &token);
    Error clientToken(InstanceRepository *repository, QString *token);
    Error secretsOf(InstanceRepository *repository, const QUuid &key, InstanceSecrets *secrets);
    // A profile holding one instance (Padaria, A's credentials) and Client-Token A, its key in
    // the keychain; every connection to it closed again.
    void createProfile(QUuid *key);
    // Rewrites the database's key check as `change` makes it; the database is closed again.
    void changeKeyCheck(const std::function<void(QByteArray &)> &change);
    // Where start over keeps the key it replaces, at startOverTime().
    QString keptKeyName() const { return m_profile.keychainKey() + QStringLiteral(".unreadable-20261121-221500"); }

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
};

void TestCredentialVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Fail early and clearly when not run inside scripts/test-session.sh.
    const QString problem = Test::secretServiceProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCredentialVault::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(startOverTime());
    m_context = std::make_unique<QObject>();
}

void TestCredentialVault::cleanup()
{
    m_context.reset();
    Test::wipeProfile(m_profile);
    QVERIFY(!QFileInfo::exists(m_profile.dataDirectory()));
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).error, QKeychain::EntryNotFound);
}

std::unique_ptr<Workspace> TestCredentialVault::start()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    if (const Error error = workspace->open())
        qWarning("Workspace::open() failed: %s", qPrintable(error.message()));
    return workspace;
}

std::unique_ptr<Store> TestCredentialVault::startByHand(std::unique_ptr<VaultKeyStore> keyStore)
{
    auto store = std::make_unique<Store>(m_profile);
    if (const Error error = store->database.open(m_profile.databasePath(), *m_clock))
        qWarning("Database::open() failed: %s", qPrintable(error.message()));
    store->vault = std::make_unique<CredentialVault>(&store->database, std::move(keyStore), m_profile.keyLockPath(),
                                                     *m_clock);
    store->repository = std::make_unique<InstanceRepository>(&store->database, store->vault.get(), store->settings,
                                                             QString(), *m_clock);
    if (const Error error = store->repository->load())
        qWarning("InstanceRepository::load() failed: %s", qPrintable(error.message()));
    return store;
}

std::unique_ptr<Store> TestCredentialVault::startCounting(int *reads, int *writes)
{
    return startByHand(std::make_unique<CountingKeyStore>(m_profile.keychainKey(), reads, writes));
}

Error TestCredentialVault::openAndWait(CredentialVault *vault)
{
    Catcher<Error> opened;
    vault->open(m_context.get(), opened.callback());
    if (!QTest::qWaitFor([&] { return opened.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("open() never called back"));
    return opened.error();
}

Error TestCredentialVault::startOverAndWait(CredentialVault *vault, QString *keptAside, bool *keptKey)
{
    Catcher<Error, CredentialVault::KeptAside> startedOver;
    vault->startOver(m_context.get(), startedOver.callback());
    if (!QTest::qWaitFor([&] { return startedOver.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("startOver() never called back"));
    *keptAside = startedOver.get<1>().store;
    if (keptKey)
        *keptKey = startedOver.get<1>().key;
    return startedOver.error();
}

void TestCredentialVault::changeKeyCheck(const std::function<void(QByteArray &)> &change)
{
    Database database;
    QCOMPARE(database.open(m_profile.databasePath(), *m_clock).code, ErrorCode::None);
    QByteArray check = storedKeyCheck(database);
    QVERIFY(check.size() > 32);
    change(check);
    QCOMPARE(database.write([&]() -> Error {
                 QSqlQuery alter = database.query(QStringLiteral("UPDATE meta SET value = ? WHERE name = 'key_check'"));
                 alter.addBindValue(check);
                 return alter.exec() ? Error() : Database::failure(alter);
             }).code,
             ErrorCode::None);
    QCOMPARE(storedKeyCheck(database), check);
}

Error TestCredentialVault::recoverAndWait(InstanceRepository *repository, const QString &keptStore,
                                          RecoveredSecrets *recovered)
{
    Catcher<Error, RecoveredSecrets> recovery;
    repository->recoverKeptSecrets(keptStore, m_context.get(), recovery.callback());
    if (!QTest::qWaitFor([&] { return recovery.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("recoverKeptSecrets() never called back"));
    *recovered = recovery.get<1>();
    return recovery.error();
}

Error TestCredentialVault::add(InstanceRepository *repository, const QString &name, const QString &id,
                               const QString &token, QUuid *key)
{
    Catcher<Error, QUuid> added;
    repository->addInstance(Test::named(name), {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    if (key)
        *key = added.get<1>();
    return added.error();
}

Error TestCredentialVault::setClientToken(InstanceRepository *repository, const QString &token)
{
    Catcher<Error> set;
    repository->setClientToken(token, m_context.get(), set.callback());
    if (!QTest::qWaitFor([&] { return set.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    return set.error();
}

Error TestCredentialVault::clientToken(InstanceRepository *repository, QString *token)
{
    Catcher<Error, QString> read;
    repository->clientToken(m_context.get(), read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    *token = read.get<1>();
    return read.error();
}

Error TestCredentialVault::secretsOf(InstanceRepository *repository, const QUuid &key, InstanceSecrets *secrets)
{
    Catcher<Error, InstanceSecrets> read;
    repository->instanceSecrets(key, m_context.get(), read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    *secrets = read.get<1>();
    return read.error();
}

void TestCredentialVault::createProfile(QUuid *key)
{
    auto workspace = start();
    QCOMPARE(add(workspace->repository(), QStringLiteral("Padaria"), instanceIdA, instanceTokenA, key).code,
             ErrorCode::None);
    QCOMPARE(setClientToken(workspace->repository(), clientTokenA).code, ErrorCode::None);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data.size(), 32);
}

void TestCredentialVault::firstUseCreatesOneKeyAndItsKeyCheck()
{
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).error, QKeychain::EntryNotFound);
    QByteArray check;
    QByteArray key;
    {
        auto workspace = start();
        CredentialVault *vault = workspace->vault();
        QCOMPARE(vault->state(), CredentialVault::State::Closed); // opening the list needs no key
        QVERIFY(storedKeyCheck(*workspace->database()).isEmpty());
        QSignalSpy states(vault, &CredentialVault::stateChanged);

        QCOMPARE(openAndWait(vault).code, ErrorCode::None);
        QCOMPARE(vault->state(), CredentialVault::State::Open);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<CredentialVault::State>(), CredentialVault::State::Opening);
        QCOMPARE(states.at(1).at(0).value<CredentialVault::State>(), CredentialVault::State::Open);

        // One key, 256 random bits, in the keychain; the database knows it by its key check.
        const Test::KeychainItem item = Test::readKeychainItem(m_profile.keychainKey());
        QCOMPARE(item.error, QKeychain::NoError);
        key = item.data;
        QCOMPARE(key.size(), 32);
        QVERIFY(key != QByteArray(32, '\0'));
        check = storedKeyCheck(*workspace->database());
        QVERIFY(!check.isEmpty());
        QVERIFY(Sealing::matchesKeyCheck(check, SecureBytes::fromByteArray(key)));
        QVERIFY(!Sealing::matchesKeyCheck(check, SecureBytes::random(Sealing::keySize)));
        QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 0);
    }
    // The first-use lock is gone; only the database stays (its log goes with the last connection).
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("partnerdesk.db")});

    // A restart finds that key and makes no other.
    int reads = 0;
    int writes = 0;
    auto restarted = startCounting(&reads, &writes);
    QCOMPARE(openAndWait(restarted->vault.get()).code, ErrorCode::None);
    QCOMPARE(reads, 1);
    QCOMPARE(writes, 0);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, key);
    QCOMPARE(storedKeyCheck(restarted->database), check);

    QString listing;
    const int items = Test::secretToolItemCount(m_profile.keychainKey(), &listing);
    if (items == -1)
        QSKIP("secret-tool is not installed (Debian: libsecret-tools); the item count was not checked");
    QVERIFY2(items == 1, qPrintable(QStringLiteral("%1 items for this profile:\n%2").arg(items).arg(listing)));
}

void TestCredentialVault::secretsRoundTripAcrossRestart()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace->repository(), QStringLiteral("A"), instanceIdA, instanceTokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace->repository(), QStringLiteral("B"), instanceIdB, instanceTokenB, &keyB).code, ErrorCode::None);
        QCOMPARE(setClientToken(workspace->repository(), clientTokenA).code, ErrorCode::None);
    }
    {
        auto restarted = start();
        QCOMPARE(restarted->vault()->state(), CredentialVault::State::Closed);
        InstanceSecrets secrets;
        QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::None);
        QCOMPARE(secrets, (InstanceSecrets{instanceIdA, instanceTokenA}));
        QCOMPARE(secretsOf(restarted->repository(), keyB, &secrets).code, ErrorCode::None);
        QCOMPARE(secrets, (InstanceSecrets{instanceIdB, instanceTokenB}));
        QString token;
        QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
        QCOMPARE(token, clientTokenA);

        // Removing and clearing survive a restart too.
        QCOMPARE(restarted->repository()->removeInstance(keyA).code, ErrorCode::None);
        QCOMPARE(setClientToken(restarted->repository(), QString()).code, ErrorCode::None);
    }
    auto restarted = start();
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::UnknownInstance);
    QCOMPARE(secretsOf(restarted->repository(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, instanceTokenB);
    QString token = QStringLiteral("unchanged");
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, QString());
    QCOMPARE(scalar(*restarted->database(), QStringLiteral("SELECT count(*) FROM account_secrets")), 0);
}

void TestCredentialVault::noSecretInTheClearAnywhere()
{
    const QStringList secrets{clientTokenA, instanceIdA, instanceTokenA};
    auto workspace = start();
    workspace->settings().setRequestTimeoutSeconds(42);
    workspace->settings().sync();
    QCOMPARE(setClientToken(workspace->repository(), clientTokenA).code, ErrorCode::None);
    InstanceRecord record;
    record.name = QStringLiteral("Padaria Pão de Mel");
    record.phone = QStringLiteral("+55 (11) 98765-4321");
    record.notes = QStringLiteral("liga de manhã");
    Catcher<Error, QUuid> added;
    workspace->repository()->addInstance(record, {instanceIdA, instanceTokenA}, m_context.get(), added.callback());
    QTRY_COMPARE_WITH_TIMEOUT(added.calls(), 1, timeoutMs);
    QCOMPARE(added.error().code, ErrorCode::None);

    // While the connection is open, the newest pages are in the write-ahead log.
    const auto check = [&](const QString &when) {
        const QStringList files = Test::filesUnder(m_profile.dataDirectory());
        QVERIFY2(!files.isEmpty(), qPrintable(when));
        QByteArray everything;
        for (const QString &file : files) {
            const QByteArray bytes = Test::readBytes(m_profile.dataDirectory() + u'/' + file);
            everything += bytes;
            for (const QString &secret : secrets)
                QVERIFY2(!containsInAnyForm(bytes, secret), qPrintable(QStringLiteral("%1 %2 holds %3").arg(when, file, secret)));
        }
        // The list itself is plain, with only the ID's ending: the scan read the real pages.
        QVERIFY2(everything.contains("Padaria P\xc3\xa3o de Mel"), qPrintable(when));
        QVERIFY2(everything.contains("\xe2\x80\xa6" "7E8F"), qPrintable(when));
    };
    check(QStringLiteral("open:"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Test::filesUnder(m_profile.dataDirectory()).contains(QStringLiteral("partnerdesk.db-wal")));
    const QByteArray settingsBytes = Test::readBytes(workspace->settings().fileName());
    QVERIFY(settingsBytes.contains("42"));
    for (const QString &secret : secrets)
        QVERIFY2(!containsInAnyForm(settingsBytes, secret), qPrintable(QStringLiteral("settings hold ") + secret));
    workspace.reset();
    check(QStringLiteral("closed:"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("partnerdesk.db")});

    // The keychain holds the key only.
    const QByteArray key = Test::readKeychainItem(m_profile.keychainKey()).data;
    QCOMPARE(key.size(), 32);
    for (const QString &secret : secrets)
        QVERIFY(!containsInAnyForm(key, secret));
}

// The desktop app and partnerdesk-cli on one profile: two connections to one database, one
// key. Every read goes to the database, so neither works from a stale copy.
void TestCredentialVault::secondConnectionSharesTheKeyAndSeesEveryChange()
{
    auto first = start();  // the desktop app
    QCOMPARE(openAndWait(first->vault()).code, ErrorCode::None); // first use: makes the key
    auto second = start(); // the CLI, started while the app is open
    QCOMPARE(openAndWait(second->vault()).code, ErrorCode::None); // finds that key
    QCOMPARE(storedKeyCheck(*second->database()), storedKeyCheck(*first->database()));

    QUuid keyB;
    QCOMPARE(add(second->repository(), QStringLiteral("B"), instanceIdB, instanceTokenB, &keyB).code, ErrorCode::None);
    QCOMPARE(setClientToken(second->repository(), clientTokenA).code, ErrorCode::None);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(first->repository(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdB, instanceTokenB}));
    QString token;
    QCOMPARE(clientToken(first->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenA);

    // A change of the same length (tokens have fixed lengths) is seen as well.
    QCOMPARE(clientTokenB.size(), clientTokenA.size());
    QCOMPARE(setClientToken(first->repository(), clientTokenB).code, ErrorCode::None);
    QUuid keyA;
    QCOMPARE(add(first->repository(), QStringLiteral("A"), instanceIdA, instanceTokenA, &keyA).code, ErrorCode::None);
    QCOMPARE(clientToken(second->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);
    QCOMPARE(secretsOf(second->repository(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdA, instanceTokenA}));
    first.reset();
    second.reset();

    auto restarted = start();
    QCOMPARE(restarted->repository()->count(), 2);
    QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, instanceTokenA);
    QCOMPARE(secretsOf(restarted->repository(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, instanceTokenB);
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);
}

void TestCredentialVault::wipedKeyGivesVaultKeyMissingThenStartOver()
{
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    const QByteArray oldKey = Test::readKeychainItem(m_profile.keychainKey()).data;
    QCOMPARE(Test::deleteKeychainItem(m_profile.keychainKey()), QKeychain::NoError);

    int reads = 0;
    int writes = 0;
    auto store = startCounting(&reads, &writes);
    const QList<InstanceRecord> list = store->repository->allRecords();
    const QStringList sealed = Test::sealedRows(&store->database);
    QCOMPARE(list.size(), 1);
    QCOMPARE(sealed.size(), 3); // A's credentials, the Client-Token, the key check

    const Error error = openAndWait(store->vault.get());
    QCOMPARE(error.code, ErrorCode::VaultKeyMissing);
    QVERIFY(error.message().contains(QLatin1String("Starting over keeps")));
    QCOMPARE(store->vault->state(), CredentialVault::State::Failed);
    QCOMPARE(store->vault->failure().code, ErrorCode::VaultKeyMissing);
    // No key was made behind the user's back, and nothing was dropped.
    QCOMPARE(writes, 0);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).error, QKeychain::EntryNotFound);
    QCOMPARE(Test::sealedRows(&store->database), sealed);
    // A missing key is confirmed under the first-use lock, which is released again.
    QVERIFY(!Test::filesUnder(m_profile.dataDirectory()).contains(QStringLiteral("vault-key.lock")));

    // Asking again (any secret action) gives the same answer without bothering the keychain.
    const int readsToFindItMissing = reads;
    QCOMPARE(openAndWait(store->vault.get()).code, ErrorCode::VaultKeyMissing);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(store->repository.get(), keyA, &secrets).code, ErrorCode::VaultKeyMissing);
    QCOMPARE(reads, readsToFindItMissing);
    QCOMPARE(Test::sealedRows(&store->database), sealed);

    QSignalSpy states(store->vault.get(), &CredentialVault::stateChanged);
    QString aside;
    bool keptKey = true;
    QCOMPARE(startOverAndWait(store->vault.get(), &aside, &keptKey).code, ErrorCode::None);
    const QString expectedAside = m_profile.databasePath() + QStringLiteral(".unreadable-20261121-221500");
    QCOMPARE(aside, QDir::toNativeSeparators(expectedAside));
    // The keychain held no key: none is kept, and none is made up under the copy's date.
    QVERIFY(!keptKey);
    QCOMPARE(Test::readKeychainItem(keptKeyName()).error, QKeychain::EntryNotFound);
    QCOMPARE(store->vault->state(), CredentialVault::State::Open);
    QCOMPARE(states.size(), 1);
    QCOMPARE(writes, 1);
    const QByteArray newKey = Test::readKeychainItem(m_profile.keychainKey()).data;
    QCOMPARE(newKey.size(), 32);
    QVERIFY(newKey != oldKey);

    // Every sealed value is gone, the list stays, and the new key is the database's now.
    QCOMPARE(store->repository->allRecords(), list);
    QCOMPARE(scalar(store->database, QStringLiteral("SELECT count(*) FROM instance_credentials")), 0);
    QCOMPARE(scalar(store->database, QStringLiteral("SELECT count(*) FROM account_secrets")), 0);
    QVERIFY(Sealing::matchesKeyCheck(storedKeyCheck(store->database), SecureBytes::fromByteArray(newKey)));
    QCOMPARE(secretsOf(store->repository.get(), keyA, &secrets).code, ErrorCode::InstanceSecretsMissing);

    // The copy kept aside is a whole database, as it was, still holding the old sealed rows.
    {
        Database copy;
        QCOMPARE(copy.open(expectedAside, *m_clock).code, ErrorCode::None);
        QVERIFY(!copy.isNew());
        QCOMPARE(Test::sealedRows(&copy), sealed);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM instances")), 1);
    }

    // The new key works, and a restart reads with it.
    InstanceRecord padaria = list.at(0);
    Catcher<Error> updated;
    store->repository->updateInstance(padaria, InstanceSecrets{instanceIdA, instanceTokenB}, m_context.get(),
                                      updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
    QCOMPARE(updated.error().code, ErrorCode::None);
    QCOMPARE(setClientToken(store->repository.get(), clientTokenB).code, ErrorCode::None);
    store.reset();
    auto restarted = start();
    QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdA, instanceTokenB}));
    QString token;
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);
    restarted.reset();
    QVERIFY(Test::filesUnder(m_profile.dataDirectory()).contains(QStringLiteral("partnerdesk.db.unreadable-20261121-221500")));
}

void TestCredentialVault::keyThatDoesNotMatchGivesVaultUnreadableThenStartOver_data()
{
    QTest::addColumn<QString>("mismatch");
    QTest::newRow("another key in the keychain") << QStringLiteral("other-key");
    QTest::newRow("the database's key check altered") << QStringLiteral("altered-check");
}

void TestCredentialVault::keyThatDoesNotMatchGivesVaultUnreadableThenStartOver()
{
    QFETCH(QString, mismatch);
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    if (mismatch == QLatin1String("other-key")) {
        const SecureBytes other = SecureBytes::random(Sealing::keySize);
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), other.toByteArray()), QKeychain::NoError);
    } else {
        changeKeyCheck([](QByteArray &check) { check[check.size() / 2] = char(check.at(check.size() / 2) ^ 0x01); });
    }
    const QByteArray key = Test::readKeychainItem(m_profile.keychainKey()).data;
    QCOMPARE(key.size(), 32);

    auto workspace = start();
    const QList<InstanceRecord> list = workspace->repository()->allRecords();
    const QStringList sealed = Test::sealedRows(workspace->database());
    const Error error = openAndWait(workspace->vault());
    QCOMPARE(error.code, ErrorCode::VaultUnreadable);
    QVERIFY(error.message().contains(QLatin1String("Starting over keeps")));
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, key); // the key is left alone
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);                // and so is the database
    QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::VaultUnreadable);
    // Nothing is sealed with a key that is not the database's.
    QCOMPARE(add(workspace->repository(), QStringLiteral("B"), instanceIdB, instanceTokenB).code, ErrorCode::VaultUnreadable);
    QCOMPARE(setClientToken(workspace->repository(), clientTokenB).code, ErrorCode::VaultUnreadable);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(workspace->repository()->allRecords(), list);

    QString aside;
    bool keptKey = false;
    QCOMPARE(startOverAndWait(workspace->vault(), &aside, &keptKey).code, ErrorCode::None);
    const QString expectedAside = m_profile.databasePath() + QStringLiteral(".unreadable-20261121-221500");
    QCOMPARE(aside, QDir::toNativeSeparators(expectedAside));
    QVERIFY(workspace->vault()->isOpen());
    QVERIFY(Test::readKeychainItem(m_profile.keychainKey()).data != key);
    // The key it replaced is kept beside it, under the copy's date.
    QVERIFY(keptKey);
    QCOMPARE(Test::readKeychainItem(keptKeyName()).data, key);
    QCOMPARE(workspace->repository()->allRecords(), list);
    QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 0);
    QCOMPARE(scalar(*workspace->database(), QStringLiteral("SELECT count(*) FROM account_secrets")), 0);
    {
        Database copy;
        QCOMPARE(copy.open(expectedAside, *m_clock).code, ErrorCode::None);
        QCOMPARE(Test::sealedRows(&copy), sealed);
    }

    QCOMPARE(setClientToken(workspace->repository(), clientTokenB).code, ErrorCode::None);
    workspace.reset();
    auto restarted = start();
    QString token;
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::InstanceSecretsMissing);
}

void TestCredentialVault::keychainItemOfWrongSizeIsRefused_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("sealedData");
    QTest::newRow("16 bytes, first use") << 16 << false;
    QTest::newRow("31 bytes, first use") << 31 << false;
    QTest::newRow("33 bytes, first use") << 33 << false;
    QTest::newRow("64 bytes, with sealed data") << 64 << true;
}

// A keychain item that is not a 32-byte key (damaged, or written by something else) must
// never seal anything: Sealing asserts the size, and a release build would read past it.
void TestCredentialVault::keychainItemOfWrongSizeIsRefused()
{
    QFETCH(int, size);
    QFETCH(bool, sealedData);
    if (sealedData) {
        QUuid key;
        createProfile(&key);
        if (QTest::currentTestFailed())
            return;
    }
    const QByteArray wrong(size, 'k');
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), wrong), QKeychain::NoError);
    auto workspace = start();
    const QStringList sealed = Test::sealedRows(workspace->database());
    const Error error = openAndWait(workspace->vault());
    QCOMPARE(error.code, ErrorCode::VaultKeyWrongSize);
    QVERIFY2(error.message().contains(QStringLiteral("holds %1 bytes, not the 32-byte key").arg(size)), qPrintable(error.message()));
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QVERIFY(workspace->vault()->canStartOver());
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    if (!sealedData)
        QVERIFY(storedKeyCheck(*workspace->database()).isEmpty());
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, wrong);
    QCOMPARE(add(workspace->repository(), QStringLiteral("B"), instanceIdB, instanceTokenB).code, ErrorCode::VaultKeyWrongSize);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);

    // Starting over keeps what the entry held, byte for byte, beside the copy.
    QString aside;
    bool keptKey = false;
    QCOMPARE(startOverAndWait(workspace->vault(), &aside, &keptKey).code, ErrorCode::None);
    QVERIFY(keptKey);
    QCOMPARE(Test::readKeychainItem(keptKeyName()).data, wrong);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data.size(), 32);
    QVERIFY(workspace->vault()->isOpen());
}

// A key check sealed in a format newer than this version's: the key may be right, only this
// version cannot tell. Said as such, and never started over: nothing is copied, dropped or
// replaced, in the database or the keychain.
void TestCredentialVault::keyCheckOfANewerVersionIsNeverStartedOver()
{
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    changeKeyCheck([](QByteArray &check) {
        QCOMPARE(check.at(0), Sealing::formatVersion);
        check[0] = char(Sealing::formatVersion + 1);
    });
    const QByteArray key = Test::readKeychainItem(m_profile.keychainKey()).data;
    auto workspace = start();
    const QStringList sealed = Test::sealedRows(workspace->database());
    const QStringList files = Test::filesUnder(m_profile.dataDirectory());

    const Error error = openAndWait(workspace->vault());
    QCOMPARE(error.code, ErrorCode::StoreTooNew);
    QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QVERIFY(!workspace->vault()->canStartOver());
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace->repository(), keyA, &secrets).code, ErrorCode::StoreTooNew);

    QString aside = QStringLiteral("unchanged");
    bool keptKey = true;
    QCOMPARE(startOverAndWait(workspace->vault(), &aside, &keptKey).code, ErrorCode::StoreTooNew);
    QCOMPARE(aside, QString());
    QVERIFY(!keptKey);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), files);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, key);
    QCOMPARE(Test::readKeychainItem(keptKeyName()).error, QKeychain::EntryNotFound);
}

// The way back. A damaged key check made the user start over; the key kept beside the copy
// still opens every value sealed in it, and recovery seals them again with the new key,
// leaving alone what was entered since, the copy and the kept key.
void TestCredentialVault::recoverBringsBackWhatStartOverKeptAside()
{
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    changeKeyCheck([](QByteArray &check) { check[check.size() / 2] = char(check.at(check.size() / 2) ^ 0x01); });
    const QByteArray oldKey = Test::readKeychainItem(m_profile.keychainKey()).data;
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::VaultUnreadable);
    QString aside;
    bool keptKey = false;
    QCOMPARE(startOverAndWait(workspace->vault(), &aside, &keptKey).code, ErrorCode::None);
    QVERIFY(keptKey);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(repository, keyA, &secrets).code, ErrorCode::InstanceSecretsMissing);
    // Entered after the start over: another instance.
    QUuid keyB;
    QCOMPARE(add(repository, QStringLiteral("B"), instanceIdB, instanceTokenB, &keyB).code, ErrorCode::None);
    const QString asidePath = QDir::fromNativeSeparators(aside);
    const QByteArray copyBefore = Test::readBytes(asidePath);

    QSignalSpy changed(repository, &InstanceRepository::changed);
    RecoveredSecrets recovered;
    QCOMPARE(recoverAndWait(repository, aside, &recovered).code, ErrorCode::None);
    QCOMPARE(recovered.instances, 1);
    QCOMPARE(recovered.notUsed, 0);
    QCOMPARE(recovered.unreadable, 0);
    QVERIFY(recovered.clientToken);
    QVERIFY(!recovered.partnerToken);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(secretsOf(repository, keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdA, instanceTokenA}));
    QCOMPARE(secretsOf(repository, keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdB, instanceTokenB}));
    QString token;
    QCOMPARE(clientToken(repository, &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenA);

    // Once more: what is here now wins, and nothing is brought back twice.
    QCOMPARE(setClientToken(repository, clientTokenB).code, ErrorCode::None);
    QCOMPARE(recoverAndWait(repository, aside, &recovered).code, ErrorCode::None);
    QCOMPARE(recovered.instances, 0);
    QCOMPARE(recovered.notUsed, 1);
    QVERIFY(!recovered.clientToken);
    QCOMPARE(clientToken(repository, &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);

    // The copy and the kept key are as they were, and a restart reads everything with the new key.
    QCOMPARE(Test::readBytes(asidePath), copyBefore);
    QCOMPARE(Test::readKeychainItem(keptKeyName()).data, oldKey);
    workspace.reset();
    auto restarted = start();
    QCOMPARE(secretsOf(restarted->repository(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{instanceIdA, instanceTokenA}));
}

void TestCredentialVault::recoverRefusesAKeptKeyThatDoesNotOpenTheCopy_data()
{
    QTest::addColumn<QString>("keychainHeld");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing") << QStringLiteral("nothing") << int(ErrorCode::VaultKeyMissing);
    QTest::newRow("another key") << QStringLiteral("another key") << int(ErrorCode::VaultUnreadable);
    QTest::newRow("16 bytes") << QStringLiteral("16 bytes") << int(ErrorCode::VaultKeyWrongSize);
}

// Whatever the keychain held when the user started over, a recovery that cannot open the copy
// says why and writes nothing.
void TestCredentialVault::recoverRefusesAKeptKeyThatDoesNotOpenTheCopy()
{
    QFETCH(QString, keychainHeld);
    QFETCH(int, expected);
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    if (keychainHeld == QLatin1String("nothing"))
        QCOMPARE(Test::deleteKeychainItem(m_profile.keychainKey()), QKeychain::NoError);
    else if (keychainHeld == QLatin1String("another key"))
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), SecureBytes::random(Sealing::keySize).toByteArray()), QKeychain::NoError);
    else
        QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), QByteArray(16, 'k')), QKeychain::NoError);
    auto workspace = start();
    QVERIFY(openAndWait(workspace->vault()).isError());
    QString aside;
    QCOMPARE(startOverAndWait(workspace->vault(), &aside).code, ErrorCode::None);
    const QStringList sealed = Test::sealedRows(workspace->database());

    RecoveredSecrets recovered;
    const Error error = recoverAndWait(workspace->repository(), aside, &recovered);
    QCOMPARE(int(error.code), expected);
    QCOMPARE(recovered.instances, 0);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QVERIFY(workspace->vault()->isOpen());

    // A copy that is not there is never made up by opening it.
    const QString nowhere = m_profile.databasePath() + QStringLiteral(".unreadable-20991231-000000");
    QVERIFY(recoverAndWait(workspace->repository(), nowhere, &recovered).isError());
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCredentialVault::concurrentOpensShareOneKeychainRead_data()
{
    QTest::addColumn<bool>("keyExists");
    QTest::newRow("key and sealed data exist") << true;
    QTest::newRow("first use, no key yet") << false;
}

void TestCredentialVault::concurrentOpensShareOneKeychainRead()
{
    QFETCH(bool, keyExists);
    if (keyExists) {
        QUuid key;
        createProfile(&key);
        if (QTest::currentTestFailed())
            return;
    }

    int reads = 0;
    int writes = 0;
    auto store = startCounting(&reads, &writes);
    Catcher<Error> one;
    Catcher<Error> two;
    QObject otherContext;
    store->vault->open(m_context.get(), one.callback());
    QCOMPARE(store->vault->state(), CredentialVault::State::Opening);
    store->vault->open(&otherContext, two.callback());
    QCOMPARE(one.calls(), 0); // never called back synchronously
    QCOMPARE(two.calls(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(one.calls() == 1 && two.calls() == 1, timeoutMs);
    QCOMPARE(one.error().code, ErrorCode::None);
    QCOMPARE(two.error().code, ErrorCode::None);
    // First use asks once more under the first-use lock (another process may have made the
    // key meanwhile); still one round for both callers, never one each.
    QCOMPARE(reads, keyExists ? 1 : 2);
    QCOMPARE(writes, keyExists ? 0 : 1);
    QString token;
    QCOMPARE(clientToken(store->repository.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, keyExists ? clientTokenA : QString());

    // Once open, open() answers (on the next turn of the event loop) without the keychain.
    Catcher<Error> three;
    store->vault->open(m_context.get(), three.callback());
    QCOMPARE(three.calls(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(three.calls(), 1, timeoutMs);
    QCOMPARE(three.error().code, ErrorCode::None);
    QCOMPARE(reads, keyExists ? 1 : 2);
    // By now any duplicate delivery of the first two would have happened.
    QCOMPARE(one.calls(), 1);
    QCOMPARE(two.calls(), 1);

    if (!keyExists) {
        const int items = Test::secretToolItemCount(m_profile.keychainKey());
        if (items == -1)
            QSKIP("secret-tool is not installed; the item count was not checked");
        QCOMPARE(items, 1);
    }
}

void TestCredentialVault::openCallbackSkippedWhenContextIsGone()
{
    int reads = 0;
    int writes = 0;
    auto store = startCounting(&reads, &writes);
    Catcher<Error> survivor;
    Catcher<Error> orphan;
    auto shortLived = std::make_unique<QObject>();
    store->vault->open(shortLived.get(), orphan.callback());
    store->vault->open(m_context.get(), survivor.callback());
    shortLived.reset();
    QTRY_COMPARE_WITH_TIMEOUT(survivor.calls(), 1, timeoutMs);
    QCOMPARE(survivor.error().code, ErrorCode::None);
    QCOMPARE(orphan.calls(), 0);
    QCOMPARE(reads, 2); // first use: once, then once more under the lock
    QCOMPARE(writes, 1);
}

// RLIMIT_FSIZE makes writes past the limit fail (EFBIG), as a full disk does, and it binds
// root too. The profile is reopened first so that the database's write-ahead log starts
// empty: every write of a change then extends a file, and fails.
void TestCredentialVault::failedWriteOnFullDiskChangesNothing()
{
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::None);
    const QStringList sealed = Test::sealedRows(workspace->database());
    const QList<InstanceRecord> list = workspace->repository()->allRecords();

    Error error;
    {
        Test::FileSizeLimit limit(1024); // less than one page of the write-ahead log
        QVERIFY(limit.isActive());
        error = setClientToken(workspace->repository(), clientTokenB);
    }
    QVERIFY2(error.code == ErrorCode::StoreWriteFailed, qPrintable(error.message()));
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(workspace->repository()->allRecords(), list);
    QString token;
    QCOMPARE(clientToken(workspace->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenA);
    workspace.reset();

    auto restarted = start();
    QCOMPARE(Test::sealedRows(restarted->database()), sealed);
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenA);
    // With room on the disk again, the same change works.
    QCOMPARE(setClientToken(restarted->repository(), clientTokenB).code, ErrorCode::None);
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenB);
}

// First use writes the key to the keychain, then its key check to the database. When the
// database cannot be written, the key must not become an orphan that breaks the next start.
void TestCredentialVault::firstUseOnFullDiskLeavesAKeyThatStillWorks()
{
    {
        auto created = start(); // the empty database, then every connection closed
        QVERIFY(created->database()->isNew());
    }
    int reads = 0;
    int writes = 0;
    auto store = startCounting(&reads, &writes);
    Error error;
    {
        Test::FileSizeLimit limit(1024); // room for the first-use lock file, not for a page
        QVERIFY(limit.isActive());
        error = openAndWait(store->vault.get());
    }
    QVERIFY2(error.code == ErrorCode::StoreWriteFailed, qPrintable(error.message()));
    QCOMPARE(store->vault->state(), CredentialVault::State::Closed); // may work once there is room: retried
    QCOMPARE(writes, 1);
    const QByteArray key = Test::readKeychainItem(m_profile.keychainKey()).data;
    QCOMPARE(key.size(), 32);
    QVERIFY(storedKeyCheck(store->database).isEmpty());
    QVERIFY(!Test::filesUnder(m_profile.dataDirectory()).contains(QStringLiteral("vault-key.lock")));

    // The retry finds the key, makes no other, and the database takes it.
    QCOMPARE(openAndWait(store->vault.get()).code, ErrorCode::None);
    QCOMPARE(writes, 1);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, key);
    QVERIFY(Sealing::matchesKeyCheck(storedKeyCheck(store->database), SecureBytes::fromByteArray(key)));
    QCOMPARE(setClientToken(store->repository.get(), clientTokenA).code, ErrorCode::None);
    store.reset();
    auto restarted = start();
    QString token;
    QCOMPARE(clientToken(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientTokenA);
}

// Start over keeps a copy of the database before it drops anything. When that copy cannot
// be written, nothing may be dropped: the copy is what the user was promised.
void TestCredentialVault::startOverOnFullDiskChangesNothing()
{
    QUuid keyA;
    createProfile(&keyA);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Test::deleteKeychainItem(m_profile.keychainKey()), QKeychain::NoError);
    auto workspace = start();
    QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::VaultKeyMissing);
    const QStringList sealed = Test::sealedRows(workspace->database());
    const QList<InstanceRecord> list = workspace->repository()->allRecords();
    const QStringList files = Test::filesUnder(m_profile.dataDirectory());

    Error error;
    QString aside = QStringLiteral("unchanged");
    {
        Test::FileSizeLimit limit(4096); // less than the database's size
        QVERIFY(limit.isActive());
        QVERIFY(QFileInfo(m_profile.databasePath()).size() > 4096);
        error = startOverAndWait(workspace->vault(), &aside);
    }
    QVERIFY2(error.code == ErrorCode::StoreWriteFailed, qPrintable(error.message()));
    QCOMPARE(aside, QString());
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(workspace->repository()->allRecords(), list);
    // No half-written copy that could pass for the user's data.
    const QStringList after = Test::filesUnder(m_profile.dataDirectory());
    QVERIFY2(after == files, qPrintable(QStringLiteral("files now: %1").arg(after.join(QStringLiteral(", ")))));

    // With room again, starting over works, and its copy is whole.
    QCOMPARE(startOverAndWait(workspace->vault(), &aside).code, ErrorCode::None);
    QCOMPARE(aside, QDir::toNativeSeparators(m_profile.databasePath() + QStringLiteral(".unreadable-20261121-221500")));
    QVERIFY(workspace->vault()->isOpen());
    Database copy;
    QCOMPARE(copy.open(QDir::fromNativeSeparators(aside), *m_clock).code, ErrorCode::None);
    QCOMPARE(Test::sealedRows(&copy), sealed);
}

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
