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
#include "ManualClock.h"

#include "store/CredentialVault.h"
#include "store/IndexFile.h"
#include "store/InstanceRepository.h"
#include "store/VaultKeyStore.h"
#include "store/Workspace.h"

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

InstanceRecord named(const QString &name)
{
    InstanceRecord record;
    record.name = name;
    return record;
}

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
    void startOverWithLockedKeyringKeepsTheOldVault();
    void hungKeyringGivesUpWithAClearMessage();

private:
    // The first test functions run before any keyring is on the bus; the others share one.
    bool needsKeyring() const;
    std::unique_ptr<CredentialVault> makeVault(std::chrono::milliseconds answerTimeout
                                               = KeychainVaultKeyStore::defaultAnswerTimeout);
    Error openAndWait(CredentialVault *vault);
    Error addAndWait(Workspace *workspace, const QString &name, const QString &id, const QString &token);
    // A profile with one instance (index and vault) and a Client-Token, its key in the keyring.
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

std::unique_ptr<CredentialVault> TestKeychainFaults::makeVault(std::chrono::milliseconds answerTimeout)
{
    return std::make_unique<CredentialVault>(
        m_profile.vaultPath(),
        std::make_unique<KeychainVaultKeyStore>(Profile::keychainService(), m_profile.keychainKey(), answerTimeout),
        *m_clock);
}

Error TestKeychainFaults::openAndWait(CredentialVault *vault)
{
    Catcher<Error> opened;
    vault->open(m_context.get(), opened.callback());
    if (!QTest::qWaitFor([&] { return opened.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("open() never called back"));
    return opened.error();
}

Error TestKeychainFaults::addAndWait(Workspace *workspace, const QString &name, const QString &id, const QString &token)
{
    Catcher<Error, QUuid> added;
    workspace->repository()->addInstance(named(name), {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("addInstance() never called back"));
    return added.error();
}

void TestKeychainFaults::createProfile()
{
    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
    QCOMPARE(addAndWait(&workspace, QStringLiteral("Padaria Pão de Mel"), idA, tokenA).code, ErrorCode::None);
    QCOMPARE(workspace.vault()->update([](VaultContents &c) { c.clientToken = clientToken; }).code, ErrorCode::None);
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
    Workspace workspace(m_profile, *m_clock);
    Catcher<Error> opened;
    workspace.vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY2(opened.error().message().contains(QLatin1String("install and start GNOME Keyring or KWallet")),
             qPrintable(opened.error().message()));
    QCOMPARE(opened.error().exitCode(), 3);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed); // a retry may work

    Catcher<Error> retried;
    workspace.vault()->open(m_context.get(), retried.callback());
    QTRY_COMPARE_WITH_TIMEOUT(retried.calls(), 1, timeoutMs);
    QCOMPARE(retried.error().code, ErrorCode::KeychainUnavailable);
}

void TestKeychainFaults::noSecretServiceChangesNothingAndStoresNothingInTheClear()
{
    InstanceRecord saved = named(QStringLiteral("Oficina do Zé"));
    saved.key = QUuid::createUuid();
    QCOMPARE(IndexFile::save(m_profile.indexPath(), {saved}).code, ErrorCode::None);
    const QByteArray indexBytes = Test::readBytes(m_profile.indexPath());
    const QStringList before = filesWhereAnythingCouldBeWritten();
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
        QSignalSpy inserted(workspace.repository(), &InstanceRepository::inserted);
        QCOMPARE(addAndWait(&workspace, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::KeychainUnavailable);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(workspace.repository()->records().size(), 1);
        Catcher<Error> tokenSet;
        workspace.repository()->setClientToken(clientToken, m_context.get(), tokenSet.callback());
        QTRY_COMPARE_WITH_TIMEOUT(tokenSet.calls(), 1, timeoutMs);
        QCOMPARE(tokenSet.error().code, ErrorCode::KeychainUnavailable);
    }
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBytes);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
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
    const QByteArray vaultBytes = Test::readBytes(m_profile.vaultPath());
    const QByteArray indexBytes = Test::readBytes(m_profile.indexPath());
    QVERIFY(m_keyring->lock());

    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
    QSignalSpy states(workspace.vault(), &CredentialVault::stateChanged);
    Catcher<Error> opened;
    workspace.vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(opened.error().message(),
             QStringLiteral("The system keychain is locked or did not allow access. Unlock your keyring (or allow "
                            "Partner Desk when asked) and try again; nothing was changed."));
    // Not Failed: nothing offers to start over, and the next action asks the keychain again.
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(states.size(), 2);

    QSignalSpy inserted(workspace.repository(), &InstanceRepository::inserted);
    QCOMPARE(addAndWait(&workspace, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::KeychainAccessDenied);
    Catcher<Error, ApiCredentials> credentials;
    workspace.repository()->apiCredentials(workspace.repository()->records().at(0).key, m_context.get(),
                                           credentials.callback());
    QTRY_COMPARE_WITH_TIMEOUT(credentials.calls(), 1, timeoutMs);
    QCOMPARE(credentials.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(Test::readBytes(m_profile.vaultPath()), vaultBytes);
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBytes);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()),
             (QStringList{QStringLiteral("credentials.vault"), QStringLiteral("instances.json")}));
    QVERIFY(m_keyring->isLocked());
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);

    // Unlocked, the same window's same actions work, on the data as it was.
    QVERIFY(m_keyring->unlock());
    QCOMPARE(addAndWait(&workspace, QStringLiteral("Mercadinho"), idB, tokenB).code, ErrorCode::None);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Open);
    QCOMPARE(workspace.vault()->contents().clientToken, clientToken);
    QCOMPARE(workspace.vault()->contents().instances.size(), 2);
    QCOMPARE(workspace.repository()->records().size(), 2);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

// First use: no key yet, and the keyring to put it in is locked.
void TestKeychainFaults::firstUseWithLockedKeyringCreatesNothing()
{
    QVERIFY(m_keyring->lock());
    auto vault = makeVault();
    const Error error = openAndWait(vault.get());
    QCOMPARE(error.code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(vault->state(), CredentialVault::State::Closed);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 0);
    QVERIFY(!QFileInfo::exists(m_profile.dataDirectory()) || Test::filesUnder(m_profile.dataDirectory()).isEmpty());

    QVERIFY(m_keyring->unlock());
    QCOMPARE(openAndWait(vault.get()).code, ErrorCode::None);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
    QCOMPARE(vault->update([](VaultContents &c) { c.clientToken = clientToken; }).code, ErrorCode::None);
    auto restarted = makeVault();
    QCOMPARE(openAndWait(restarted.get()).code, ErrorCode::None);
    QCOMPARE(restarted->contents().clientToken, clientToken);
}

// Start over writes a new key, then moves the old vault aside. A locked keyring refuses the
// key: the old vault must stay where it is, and the vault as Failed as it was.
void TestKeychainFaults::startOverWithLockedKeyringKeepsTheOldVault()
{
    createProfile();
    if (QTest::currentTestFailed())
        return;
    QByteArray damaged = Test::readBytes(m_profile.vaultPath());
    damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x10);
    QVERIFY(Test::writeBytes(m_profile.vaultPath(), damaged));
    auto vault = makeVault();
    QCOMPARE(openAndWait(vault.get()).code, ErrorCode::VaultUnreadable);
    QCOMPARE(vault->state(), CredentialVault::State::Failed);

    QVERIFY(m_keyring->lock());
    QSignalSpy states(vault.get(), &CredentialVault::stateChanged);
    Catcher<Error, QString> startedOver;
    vault->startOver(m_context.get(), startedOver.callback());
    QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 1, timeoutMs);
    QCOMPARE(startedOver.error().code, ErrorCode::KeychainAccessDenied);
    QCOMPARE(startedOver.get<1>(), QString());
    QCOMPARE(vault->state(), CredentialVault::State::Failed);
    QCOMPARE(vault->failure().code, ErrorCode::VaultUnreadable);
    QCOMPARE(states.size(), 0);
    QCOMPARE(Test::readBytes(m_profile.vaultPath()), damaged);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()),
             (QStringList{QStringLiteral("credentials.vault"), QStringLiteral("instances.json")}));

    QVERIFY(m_keyring->unlock());
    vault->startOver(m_context.get(), startedOver.callback());
    QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 2, timeoutMs);
    QCOMPARE(startedOver.error().code, ErrorCode::None);
    const QString aside = m_profile.vaultPath() + QStringLiteral(".unreadable-20261121-221500");
    QCOMPARE(startedOver.get<1>(), QDir::toNativeSeparators(aside));
    QCOMPARE(Test::readBytes(aside), damaged);
    QCOMPARE(vault->state(), CredentialVault::State::Open);
    QCOMPARE(m_keyring->itemCount(m_profile.keychainKey()), 1);
}

// A keyring that stops answering (here: stopped with SIGSTOP; on a desktop, also an unlock
// prompt nobody answers, which libsecret waits for without end).
void TestKeychainFaults::hungKeyringGivesUpWithAClearMessage()
{
    createProfile();
    if (QTest::currentTestFailed())
        return;
    const QByteArray vaultBytes = Test::readBytes(m_profile.vaultPath());
    m_keyring->suspend();
    auto vault = makeVault(std::chrono::milliseconds(500));
    const Error error = openAndWait(vault.get());
    m_keyring->resume();
    QCOMPARE(error.code, ErrorCode::KeychainTimeout);
    QVERIFY2(error.message().startsWith(QLatin1String("The system keychain did not answer.")), qPrintable(error.message()));
    QCOMPARE(vault->state(), CredentialVault::State::Closed);
    QCOMPARE(Test::readBytes(m_profile.vaultPath()), vaultBytes);

    // The late answer to the first read is not taken for the second's.
    const Error retried = openAndWait(vault.get());
    QCOMPARE(retried.code, ErrorCode::None);
    QCOMPARE(vault->contents().clientToken, clientToken);
    QCOMPARE(vault->contents().instances.size(), 1);
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
