// The keychain failing in the ways a desktop's does, for real, on a private D-Bus session bus
// this test starts itself (own main(): the bus must be chosen before anything connects):
//  - a bus with no Secret Service on it (nothing installed or started);
//  - then a real gnome-keyring on that bus, whose "login" collection the test locks and
//    unlocks through the Secret Service API, or that stops answering (SIGSTOP). One for the
//    whole run: libsecret keeps its session with the first one it met for the life of the
//    process (a restarted keyring answers "The session wrapping the secret does not exist").
// The bus has no service files, so nothing is started behind the test's back: an unlock
// prompt cannot be shown and is dismissed at once, as when the user cancels it.
// Every failure must say what to do, change no file and no keychain item, and never fall
// back to storing a secret in plain text; the same action must work once the keyring does.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "StoreTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "store/VaultKeyStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <csignal>

#include <sys/prctl.h>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 30000;

const QString secretService = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString loginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");
const QByteArray keyringPassword = QByteArrayLiteral("partnerdesk-keychain-faults");

// Used by no other test, so a scan for them cannot be confused by another test's files.
const QString clientToken = QStringLiteral("KeychainFaultsClientToken0123");
const QString idA = QStringLiteral("FA17FA17FA17FA17FA17FA17FA17A001");
const QString tokenA = QStringLiteral("FA17TOKENA000000000000A1");
const QString idB = QStringLiteral("FA17FA17FA17FA17FA17FA17FA17B002");
const QString tokenB = QStringLiteral("FA17TOKENB000000000000B2");

// The Secret Service's (oayays) secret, for gnome-keyring's UnlockWithMasterPassword.
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(Secret)

namespace {

// The daemons the test starts die with it, even when it crashes.
void dieWithTheTest(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

// A D-Bus session bus of our own with no service files: what a session without any keychain
// installed looks like. Started before QtDBus or libsecret can connect anywhere else.
class PrivateBus
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        const QByteArray text = QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                                    .arg(m_dir.path()).toUtf8();
        if (!Test::writeBytes(config, text))
            return false;
        dieWithTheTest(&m_daemon);
        m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                                                       QStringLiteral("--config-file=") + config});
        if (!m_daemon.waitForStarted(timeoutMs))
            return false;
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(timeoutMs))
                return false;
        }
        m_address = m_daemon.readLine().trimmed();
        return !m_address.isEmpty();
    }
    ~PrivateBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(timeoutMs);
    }
    QByteArray address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QByteArray m_address;
};

// A real gnome-keyring on the private bus, with its own home: its "login" collection is
// created and unlocked at start, as a desktop login does. Each test uses its own profile, so
// its own item.
class PrivateKeyring
{
public:
    bool start()
    {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        if (!m_home.isValid() || !bus || bus->isServiceRegistered(secretService))
            return false;
        QDBusServiceWatcher watcher(secretService, QDBusConnection::sessionBus(),
                                    QDBusServiceWatcher::WatchForRegistration);
        QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString runtime = m_home.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_daemon.setProcessEnvironment(environment);
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        dieWithTheTest(&m_daemon);
        m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
                       {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_daemon.waitForStarted(timeoutMs))
            return false;
        m_daemon.write(keyringPassword);
        m_daemon.closeWriteChannel();
        return !registered.isEmpty() || registered.wait(timeoutMs);
    }

    void stop()
    {
        resume();
        QDBusServiceWatcher watcher(secretService, QDBusConnection::sessionBus(),
                                    QDBusServiceWatcher::WatchForUnregistration);
        QSignalSpy unregistered(&watcher, &QDBusServiceWatcher::serviceUnregistered);
        m_daemon.kill();
        m_daemon.waitForFinished(timeoutMs);
        // The next test's keyring must not meet this one's name on the bus.
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(secretService) && unregistered.isEmpty())
            unregistered.wait(timeoutMs);
    }

    // What a screen locker or "Lock keyring" does.
    bool lock()
    {
        QDBusInterface service(secretService, secretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage reply = service.call(QStringLiteral("Lock"),
                                                QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(loginCollection)}));
        return reply.type() == QDBusMessage::ReplyMessage && isLocked();
    }

    // What typing the password into the unlock prompt does, without a prompt: gnome-keyring's
    // own interface for that (Seahorse uses it).
    bool unlock()
    {
        QDBusInterface service(secretService, secretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage opened = service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                                                 QVariant::fromValue(QDBusVariant(QString())));
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return false;
        const Secret secret{opened.arguments().at(1).value<QDBusObjectPath>(), {}, keyringPassword,
                            QStringLiteral("text/plain")};
        QDBusInterface internal(secretService, secretsPath,
                                QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
        const QDBusMessage reply = internal.call(QStringLiteral("UnlockWithMasterPassword"),
                                                 QVariant::fromValue(QDBusObjectPath(loginCollection)),
                                                 QVariant::fromValue(secret));
        return reply.type() == QDBusMessage::ReplyMessage && !isLocked();
    }

    bool isLocked() const
    {
        QDBusInterface collection(secretService, loginCollection, QStringLiteral("org.freedesktop.Secret.Collection"));
        return collection.property("Locked").toBool();
    }

    // A keyring that hangs: every call waits.
    void suspend() { ::kill(pid_t(m_daemon.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_daemon.processId()), SIGCONT); }

    // How many items, locked or not, QtKeychain holds for `key`.
    int itemCount(const QString &key) const
    {
        QDBusInterface service(secretService, secretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage reply = service.call(
            QStringLiteral("SearchItems"),
            QVariant::fromValue(QMap<QString, QString>{{QStringLiteral("server"), Profile::keychainService()},
                                                       {QStringLiteral("user"), key}}));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return -1;
        return int(qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)).size()
                   + qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).size());
    }

    ~PrivateKeyring() { stop(); }

private:
    QTemporaryDir m_home;
    QProcess m_daemon;
};

// Every file anything could have written: the home with its XDG directories (QtKeychain's
// plain-text fallback is a QSettings file in the config home) and QStandardPaths' test mode's.
QStringList filesWhereAnythingCouldBeWritten()
{
    QStringList roots{QDir::homePath()};
    for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation})
        roots.append(QStandardPaths::writableLocation(location));
    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        for (const QString &file : Test::filesUnder(root))
            files.append(QFileInfo(root + u'/' + file).canonicalFilePath());
    }
    files.removeDuplicates();
    return files;
}

bool containsAnySecret(const QByteArray &bytes)
{
    for (const QString &secret : {clientToken, idA, tokenA, idB, tokenB}) {
        if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toUtf8().toBase64()))
            return true;
    }
    return false;
}

// A profile's store wired by hand, for a key store of the test's choosing (Workspace always
// uses the keychain with its default answer timeout). Members go in reverse order.
struct Store
{
    explicit Store(const Profile &profile) : settings(profile.settingsPath()) {}
    Settings settings;
    Database database;
    std::unique_ptr<CredentialVault> vault;
    std::unique_ptr<InstanceRepository> repository;
};

} // namespace
class TestKeychainFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // No Secret Service on the bus.
    void qtKeychainAloneSaysOnlyOtherError();
    void noSecretServiceSaysHowToGetOne();
    void noSecretServiceChangesNothingAndStoresNothingInTheClear();

    // A real gnome-keyring.
    void lockedKeyringIsNotALostKey();
    void firstUseWithLockedKeyringCreatesNothing();
    void startOverWithLockedKeyringChangesNothing();
    void hungKeyringGivesUpWithAClearMessage();
    void restartedKeyringIsFoundAgain();

private:
    // The first test functions run before any keyring is on the bus; the others share one.
    bool needsKeyring() const;
    std::unique_ptr<Workspace> start();
    Error openAndWait(CredentialVault *vault);
    Error addAndWait(InstanceRepository *repository, const QString &name, const QString &id, const QString &token);
    Error setClientTokenAndWait(InstanceRepository *repository, const QString &token);
    Error clientTokenAndWait(InstanceRepository *repository, QString *token);
    // A profile with one instance (Padaria Pão de Mel, A's credentials) and a Client-Token,
    // its key in the keyring; every connection to it closed again.
    void createProfile();

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
    std::unique_ptr<PrivateKeyring> m_keyring;
};

void TestKeychainFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qDBusRegisterMetaType<Secret>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY2(!QDBusConnection::sessionBus().interface()->isServiceRegistered(secretService),
             "the private bus already has a Secret Service");
}

bool TestKeychainFaults::needsKeyring() const
{
    const QByteArray name = QTest::currentTestFunction();
    return !name.startsWith("noSecretService") && !name.startsWith("qtKeychainAlone");
}

void TestKeychainFaults::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    m_context = std::make_unique<QObject>();
    if (!needsKeyring()) {
        if (m_keyring)
            QSKIP("the keyring was started by an earlier test function; run this one first");
        return;
    }
    if (!m_keyring) {
        m_keyring = std::make_unique<PrivateKeyring>();
        QVERIFY2(m_keyring->start(), "could not start a private gnome-keyring-daemon");
    }
    QVERIFY(!m_keyring->isLocked());
}

void TestKeychainFaults::cleanup()
{
    m_context.reset();
    if (m_keyring) {
        m_keyring->resume();
        if (m_keyring->isLocked())
            QVERIFY(m_keyring->unlock());
    }
    Test::removeProfileFiles(m_profile);
}

void TestKeychainFaults::cleanupTestCase()
{
    m_keyring.reset(); // its items go with its home
}

std::unique_ptr<Workspace> TestKeychainFaults::start()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    if (const Error error = workspace->open())
        qWarning("Workspace::open() failed: %s", qPrintable(error.message()));
    return workspace;
}

Error TestKeychainFaults::openAndWait(CredentialVault *vault)
{
    Catcher<Error> opened;
    vault->open(m_context.get(), opened.callback());
    if (!QTest::qWaitFor([&] { return opened.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("open() never called back"));
    return opened.error();
}

Error TestKeychainFaults::addAndWait(InstanceRepository *repository, const QString &name, const QString &id,
                                     const QString &token)
{
    Catcher<Error, QUuid> added;
    repository->addInstance(Test::named(name), {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("addInstance() never called back"));
    return added.error();
}

Error TestKeychainFaults::setClientTokenAndWait(InstanceRepository *repository, const QString &token)
{
    Catcher<Error> set;
    repository->setClientToken(token, m_context.get(), set.callback());
    if (!QTest::qWaitFor([&] { return set.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("setClientToken() never called back"));
    return set.error();
}

Error TestKeychainFaults::clientTokenAndWait(InstanceRepository *repository, QString *token)
{
    Catcher<Error, QString> read;
    repository->clientToken(m_context.get(), read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("clientToken() never called back"));
    *token = read.get<1>();
    return read.error();
}

void TestKeychainFaults::createProfile()
{
    auto workspace = start();
    QCOMPARE(addAndWait(workspace->repository(), QStringLiteral("Padaria Pão de Mel"), idA, tokenA).code, ErrorCode::None);
    QCOMPARE(setClientTokenAndWait(workspace->repository(), clientToken).code, ErrorCode::None);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

void TestKeychainFaults::qtKeychainAloneSaysOnlyOtherError()
{
    // What QtKeychain 0.13 (libsecret) reports here: a generic error naming a D-Bus name.
    const Test::KeychainItem item = Test::readKeychainItem(m_profile.keychainKey());
    QVERIFY(item.finished);
    QCOMPARE(item.error, QKeychain::OtherError);
    QVERIFY2(item.errorString.contains(secretService), qPrintable(item.errorString));
}

void TestKeychainFaults::noSecretServiceSaysHowToGetOne()
{
    auto workspace = start();
    Catcher<Error> opened;
    workspace->vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY2(opened.error().message().contains(QLatin1String("install and start GNOME Keyring or KWallet")),
             qPrintable(opened.error().message()));
    QCOMPARE(opened.error().exitCode(), 3);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed); // a retry may work

    Catcher<Error> retried;
    workspace->vault()->open(m_context.get(), retried.callback());
    QTRY_COMPARE_WITH_TIMEOUT(retried.calls(), 1, timeoutMs);
    QCOMPARE(retried.error().code, ErrorCode::KeychainUnavailable);
}

void TestKeychainFaults::noSecretServiceChangesNothingAndStoresNothingInTheClear()
{
    // A listed instance with sealed credentials, made with a key held in memory only (demo
    // mode's): what a profile looks like once its keychain is gone.
    {
        Store store(m_profile);
        QCOMPARE(store.database.open(m_profile.databasePath(), *m_clock).code, ErrorCode::None);
        store.vault = std::make_unique<CredentialVault>(&store.database, std::make_unique<EphemeralVaultKeyStore>(),
                                                        QString(), *m_clock);
        store.repository = std::make_unique<InstanceRepository>(&store.database, store.vault.get(), store.settings, QString(),
                                                               *m_clock);
        QCOMPARE(addAndWait(store.repository.get(), QStringLiteral("Oficina do Zé"), idA, tokenA).code, ErrorCode::None);
    }
    const QByteArray databaseBytes = Test::readBytes(m_profile.databasePath());
    QVERIFY(!databaseBytes.isEmpty());
    const QStringList before = filesWhereAnythingCouldBeWritten();
    {
        auto workspace = start();
        InstanceRepository *repository = workspace->repository();
        const QList<InstanceRecord> list = repository->allRecords();
        QCOMPARE(list.size(), 1); // the list shows
        QSignalSpy changed(repository, &InstanceRepository::changed);
        QCOMPARE(addAndWait(repository, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::KeychainUnavailable);
        QCOMPARE(setClientTokenAndWait(repository, clientToken).code, ErrorCode::KeychainUnavailable);
        Catcher<Error, CredentialVault::KeptAside> startedOver;
        workspace->vault()->startOver(m_context.get(), startedOver.callback());
        QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 1, timeoutMs);
        QCOMPARE(startedOver.error().code, ErrorCode::KeychainUnavailable);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(repository->allRecords(), list);
    }
    QVERIFY(Test::readBytes(m_profile.databasePath()) == databaseBytes);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("partnerdesk.db")});
    // Nothing new anywhere, let alone a secret.
    for (const QString &file : filesWhereAnythingCouldBeWritten()) {
        QVERIFY2(!containsAnySecret(Test::readBytes(file)), qPrintable(file));
        QVERIFY2(before.contains(file) || !file.contains(m_profile.name()), qPrintable(QStringLiteral("new file ") + file));
    }
}

// libsecret reads an item it cannot unlock as absent. Taken at its word, the vault would say
// its key was lost and offer to start over, putting the user's credentials aside.
void TestKeychainFaults::lockedKeyringIsNotALostKey()
{
    createProfile();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_keyring->lock());

    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const QList<InstanceRecord> list = repository->allRecords();
    const QStringList sealed = Test::sealedRows(workspace->database());
    const QStringList files = Test::filesUnder(m_profile.dataDirectory());
    QCOMPARE(list.size(), 1); // the list shows, locked keyring or not
    QSignalSpy states(workspace->vault(), &CredentialVault::stateChanged);
    QSignalSpy changed(repository, &InstanceRepository::changed);
    Catcher<Error> opened;
    workspace->vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(opened.error().message(),
             QStringLiteral("The system keychain is locked or did not allow access. Unlock your keyring (or allow "
                            "Partner Desk when asked) and try again; nothing was changed."));
    // Not Failed: nothing offers to start over, and the next action asks the keychain again.
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(states.size(), 2);

    QCOMPARE(addAndWait(repository, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::KeychainAccessDenied);
    Catcher<Error, ApiCredentials> credentials;
    repository->apiCredentials(list.at(0).key, m_context.get(), credentials.callback());
    QTRY_COMPARE_WITH_TIMEOUT(credentials.calls(), 1, timeoutMs);
    QCOMPARE(credentials.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(credentials.get<1>().instance, InstanceSecrets());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(repository->allRecords(), list);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), files);
    QVERIFY(m_keyring->isLocked());
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);

    // Unlocked, the same window's same actions work, on the data as it was.
    QVERIFY(m_keyring->unlock());
    QCOMPARE(addAndWait(repository, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::None);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Open);
    QString token;
    QCOMPARE(clientTokenAndWait(repository, &token).code, ErrorCode::None);
    QCOMPARE(token, clientToken);
    Catcher<Error, ApiCredentials> unlocked;
    repository->apiCredentials(list.at(0).key, m_context.get(), unlocked.callback());
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.calls(), 1, timeoutMs);
    QCOMPARE(unlocked.error().code, ErrorCode::None);
    QCOMPARE(unlocked.get<1>().instance, (InstanceSecrets{idA, tokenA}));
    QCOMPARE(repository->count(), 2);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

// First use: no key yet, and the keyring to put it in is locked.
void TestKeychainFaults::firstUseWithLockedKeyringCreatesNothing()
{
    QVERIFY(m_keyring->lock());
    {
        auto workspace = start();
        QCOMPARE(workspace->repository()->count(), 0); // the (empty) list opens
        const Error error = openAndWait(workspace->vault());
        QCOMPARE(error.code, ErrorCode::KeychainAccessDenied);
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 0);
        QCOMPARE(Test::sealedRows(workspace->database()), QStringList()); // no key check for a key nobody has
        QVERIFY(!Test::filesUnder(m_profile.dataDirectory()).contains(QStringLiteral("vault-key.lock")));

        QVERIFY(m_keyring->unlock());
        QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::None);
        QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
        QCOMPARE(setClientTokenAndWait(workspace->repository(), clientToken).code, ErrorCode::None);
    }
    auto restarted = start();
    QString token;
    QCOMPARE(clientTokenAndWait(restarted->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientToken);
}

// Start over writes a new key, then keeps a copy of the database aside and drops what the
// old key sealed. A locked keyring refuses the key: nothing may be copied or dropped, and
// the vault stays as Failed as it was.
void TestKeychainFaults::startOverWithLockedKeyringChangesNothing()
{
    createProfile();
    if (QTest::currentTestFailed())
        return;
    // Another key in the keychain than the one the database was sealed with.
    const QByteArray otherKey(32, 'o');
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), otherKey), QKeychain::NoError);
    auto workspace = start();
    QCOMPARE(openAndWait(workspace->vault()).code, ErrorCode::VaultUnreadable);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    const QList<InstanceRecord> list = workspace->repository()->allRecords();
    const QStringList sealed = Test::sealedRows(workspace->database());
    const QStringList files = Test::filesUnder(m_profile.dataDirectory());

    QVERIFY(m_keyring->lock());
    QSignalSpy states(workspace->vault(), &CredentialVault::stateChanged);
    Catcher<Error, CredentialVault::KeptAside> startedOver;
    workspace->vault()->startOver(m_context.get(), startedOver.callback());
    QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 1, timeoutMs);
    QCOMPARE(startedOver.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(startedOver.get<1>().store, QString());
    QVERIFY(!startedOver.get<1>().key);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Failed);
    QCOMPARE(workspace->vault()->failure().code, ErrorCode::VaultUnreadable);
    QCOMPARE(states.size(), 0);
    QCOMPARE(workspace->repository()->allRecords(), list);
    QCOMPARE(Test::sealedRows(workspace->database()), sealed);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), files); // no copy kept aside
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);

    QVERIFY(m_keyring->unlock());
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey()).data, otherKey); // the key as it was
    workspace->vault()->startOver(m_context.get(), startedOver.callback());
    QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 2, timeoutMs);
    QCOMPARE(startedOver.error().code, ErrorCode::None);
    const QString aside = m_profile.databasePath() + QStringLiteral(".unreadable-20261121-221500");
    QCOMPARE(startedOver.get<1>().store, QDir::toNativeSeparators(aside));
    QVERIFY(QFileInfo::exists(aside));
    QVERIFY(startedOver.get<1>().key);
    QCOMPARE(Test::readKeychainItem(m_profile.keychainKey() + QStringLiteral(".unreadable-20261121-221500")).data, otherKey);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Open);
    QCOMPARE(workspace->repository()->allRecords(), list);
    QVERIFY(Test::readKeychainItem(m_profile.keychainKey()).data != otherKey);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

// A keyring that stops answering (here: stopped with SIGSTOP; on a desktop, also an unlock
// prompt nobody answers, which libsecret waits for without end).
void TestKeychainFaults::hungKeyringGivesUpWithAClearMessage()
{
    createProfile();
    if (QTest::currentTestFailed())
        return;
    Store store(m_profile);
    QCOMPARE(store.database.open(m_profile.databasePath(), *m_clock).code, ErrorCode::None);
    store.vault = std::make_unique<CredentialVault>(
        &store.database,
        std::make_unique<KeychainVaultKeyStore>(Profile::keychainService(), m_profile.keychainKey(),
                                                std::chrono::milliseconds(500)),
        m_profile.keyLockPath(), *m_clock);
    store.repository = std::make_unique<InstanceRepository>(&store.database, store.vault.get(), store.settings, QString(),
                                                               *m_clock);
    QCOMPARE(store.repository->load().code, ErrorCode::None);
    const QStringList sealed = Test::sealedRows(&store.database);

    m_keyring->suspend();
    const Error error = openAndWait(store.vault.get());
    m_keyring->resume();
    QCOMPARE(error.code, ErrorCode::KeychainTimeout);
    QVERIFY2(error.message().startsWith(QLatin1String("The system keychain did not answer.")), qPrintable(error.message()));
    QCOMPARE(store.vault->state(), CredentialVault::State::Closed);
    QCOMPARE(Test::sealedRows(&store.database), sealed);

    // The late answer to the first read is not taken for the second's.
    QCOMPARE(openAndWait(store.vault.get()).code, ErrorCode::None);
    QString token;
    QCOMPARE(clientTokenAndWait(store.repository.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientToken);
    Catcher<Error, InstanceSecrets> secrets;
    store.repository->instanceSecrets(store.repository->allRecords().at(0).key, m_context.get(), secrets.callback());
    QTRY_COMPARE_WITH_TIMEOUT(secrets.calls(), 1, timeoutMs);
    QCOMPARE(secrets.error().code, ErrorCode::None);
    QCOMPARE(secrets.get<1>(), (InstanceSecrets{idA, tokenA}));
    QCOMPARE(Test::sealedRows(&store.database), sealed);
}

// The keyring daemon restarted under a running Partner Desk (it crashed, or an update
// restarted it): libsecret's session was with the old one ("The session wrapping the secret
// does not exist"). The vault key is found again, without restarting Partner Desk.
void TestKeychainFaults::restartedKeyringIsFoundAgain()
{
    createProfile(); // this process's libsecret now has a session with this daemon
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    m_keyring->stop();
    QVERIFY2(m_keyring->start(), "could not start the keyring again");
    QVERIFY(!m_keyring->isLocked());
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1); // kept in the keyring's file

    QString token;
    QCOMPARE(clientTokenAndWait(workspace->repository(), &token).code, ErrorCode::None);
    QCOMPARE(token, clientToken);
    QCOMPARE(addAndWait(workspace->repository(), QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::None);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PrivateBus bus;
    if (!bus.start()) {
        qCritical("could not start a private dbus-daemon");
        return 1;
    }
    // Before QtDBus or libsecret look at it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address());
    TestKeychainFaults test;
QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainfaults.moc"
