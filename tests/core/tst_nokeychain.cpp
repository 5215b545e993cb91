// No Secret Service at all: D-Bus points at a socket that does not exist (set in main(),
// before anything can connect). The list must open and show; every action that needs a
// secret must say KeychainUnavailable, say how to fix it, and write nothing (least of all a
// secret in plain text); everything that needs no secret must keep working.

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
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 30000;

// Used by no other test, so a scan for them cannot be confused by another test's files.
const QString idA = QStringLiteral("B0B0B0B0B0B0B0B0B0B0B0B0B0B07E8F");
const QString tokenA = QStringLiteral("NOKEYCHAINTOKENA00000001");
const QString idB = QStringLiteral("B0B0B0B0B0B0B0B0B0B0B0B0B0B01122");
const QString tokenB = QStringLiteral("NOKEYCHAINTOKENB00000002");
const QString idC = QStringLiteral("B0B0B0B0B0B0B0B0B0B0B0B0B0B0CCCC");
const QString tokenC = QStringLiteral("NOKEYCHAINTOKENC00000003");
const QString clientToken = QStringLiteral("NoKeychainClientToken0123");

// Every file where something could be written: the XDG data, config and cache homes
// (QtKeychain's plain-text fallback is a QSettings file in the config home) and QStandardPaths'
// test-mode directories.
QStringList filesWhereAnythingCouldBeWritten()
{
    QStringList roots{QDir::homePath() + QStringLiteral("/.config"), QDir::homePath() + QStringLiteral("/.local/share"),
                      QDir::homePath() + QStringLiteral("/.cache"), QDir::homePath() + QStringLiteral("/.qttest"),
                      QDir::homePath() + QStringLiteral("/.local/share/keyrings")};
    for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation})
        roots.append(QStandardPaths::writableLocation(location));
    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        for (const QString &file : Test::filesUnder(root))
            files.append(QFileInfo(root + u'/' + file).absoluteFilePath());
    }
    files.removeDuplicates();
    return files;
}

bool containsAnySecret(const QByteArray &bytes)
{
    for (const QString &secret : {idA, tokenA, idB, tokenB, idC, tokenC, clientToken}) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        if (bytes.contains(utf8) || bytes.contains(utf8.toBase64()) || bytes.contains(utf16))
            return true;
    }
    return false;
}

qint64 scalar(const Database *database, const QString &sql)
{
    QSqlQuery statement = database->query(sql);
    if (!statement.exec() || !statement.next())
        return -1;
    return statement.value(0).toLongLong();
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void qtKeychainAloneSaysOnlyOtherError();
    void openingTheVaultFailsAndSaysHowToFixIt();
    void theListOpensAndShows();
    void everySecretActionSaysKeychainUnavailable_data();
    void everySecretActionSaysKeychainUnavailable();
    void nothingIsWrittenAnywhere();
    void removeInstanceStillWorks();
    void editWithoutNewSecretsStillWorks();

private:
    // What this machine's profile held before its keychain went: two instances with sealed
    // credentials and a sealed Client-Token. Made with a key held in memory only (demo
    // mode's), which no keychain here could give back.
    void createProfile();
    Error open(Workspace *workspace);

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
    QList<InstanceRecord> m_records; // as saved, by name
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArrayLiteral("unix:path=/nonexistent/bus"));
}

void TestNoKeychain::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    m_context = std::make_unique<QObject>();
    createProfile();
}

void TestNoKeychain::cleanup()
{
    m_context.reset();
    Test::removeProfileFiles(m_profile); // no keychain item can exist
}

void TestNoKeychain::createProfile()
{
    Database database;
    QCOMPARE(database.open(m_profile.databasePath(), *m_clock).code, ErrorCode::None);
    CredentialVault vault(&database, std::make_unique<EphemeralVaultKeyStore>(), QString(), *m_clock);
    const Settings settings(m_profile.settingsPath());
    InstanceRepository repository(&database, &vault, settings, QString(), *m_clock);
    QCOMPARE(repository.load().code, ErrorCode::None);
    Catcher<Error, QUuid> padaria;
    repository.addInstance(Test::named(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("+55 (11) 98765-4321")), {idA, tokenA},
                           m_context.get(), padaria.callback());
    QTRY_COMPARE_WITH_TIMEOUT(padaria.calls(), 1, timeoutMs);
    QCOMPARE(padaria.error().code, ErrorCode::None);
    Catcher<Error, QUuid> oficina;
    repository.addInstance(Test::named(QStringLiteral("Oficina do Zé"), {}, QStringLiteral("fecha às 18h")), {idB, tokenB},
                           m_context.get(), oficina.callback());
    QTRY_COMPARE_WITH_TIMEOUT(oficina.calls(), 1, timeoutMs);
    QCOMPARE(oficina.error().code, ErrorCode::None);
    Catcher<Error> tokenSet;
    repository.setClientToken(clientToken, m_context.get(), tokenSet.callback());
    QTRY_COMPARE_WITH_TIMEOUT(tokenSet.calls(), 1, timeoutMs);
    QCOMPARE(tokenSet.error().code, ErrorCode::None);
    m_clock->setMSecsSinceEpoch(1795299301123);
    QCOMPARE(repository.setStatus(padaria.get<1>(), ConnectionStatus::Connected).code, ErrorCode::None);
    m_records = repository.allRecords();
    QCOMPARE(m_records.size(), 2);
}

Error TestNoKeychain::open(Workspace *workspace)
{
    const Error error = workspace->open();
    if (error)
        qWarning("Workspace::open() failed: %s", qPrintable(error.message()));
    return error;
}

void TestNoKeychain::qtKeychainAloneSaysOnlyOtherError()
{
    // What QtKeychain 0.13 itself reports here (libsecret backend): a generic OtherError
    // with GDBus's text. The vault must turn that into something the user can act on.
    const Test::KeychainItem item = Test::readKeychainItem(m_profile.keychainKey());
    QVERIFY(item.finished);
    QCOMPARE(item.error, QKeychain::OtherError);
    QVERIFY2(item.errorString.contains(QLatin1String("Could not connect")), qPrintable(item.errorString));
}

void TestNoKeychain::openingTheVaultFailsAndSaysHowToFixIt()
{
    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(open(&workspace).code, ErrorCode::None);
    Catcher<Error> opened;
    workspace.vault()->open(m_context.get(), opened.callback());
    QCOMPARE(opened.calls(), 0); // asynchronous even when it fails at once
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(opened.error().message(),
             QStringLiteral("No system keychain is available, so credentials cannot be stored safely. On Linux, "
                            "install and start GNOME Keyring or KWallet (a Secret Service provider); nothing is ever "
                            "stored in plain text."));
    QCOMPARE(opened.error().exitCode(), 3);
    // Keychain trouble may pass: the vault stays Closed (not Failed: nothing offers to start
    // over) so the next action retries.
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);

    Catcher<Error> retried;
    workspace.vault()->open(m_context.get(), retried.callback());
    QTRY_COMPARE_WITH_TIMEOUT(retried.calls(), 1, timeoutMs);
    QCOMPARE(retried.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(opened.calls(), 1);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
}

void TestNoKeychain::theListOpensAndShows()
{
    Workspace workspace(m_profile, *m_clock);
    QSignalSpy states(workspace.vault(), &CredentialVault::stateChanged);
    QCOMPARE(open(&workspace).code, ErrorCode::None);
    const InstanceRepository *repository = workspace.repository();
    QCOMPARE(repository->count(), 2);
    QCOMPARE(repository->allRecords(), m_records);
    const QList<qint64> ids = repository->rowIds({});
    QCOMPARE(repository->records(ids), m_records);
    ListQuery search;
    search.terms = QStringList{QStringLiteral("98765")};
    QCOMPARE(repository->records(repository->rowIds(search)), QList<InstanceRecord>{m_records.at(1)});
    const std::optional<InstanceRecord> oficina = repository->recordNamed(QStringLiteral("oficina do zé"));
    QVERIFY(oficina);
    QCOMPARE(*oficina, m_records.at(0));
    QCOMPARE(oficina->notes, QStringLiteral("fecha às 18h"));
    QCOMPARE(oficina->idSuffix, QStringLiteral("…1122"));
    const std::optional<InstanceRecord> padaria = repository->record(m_records.at(1).key);
    QVERIFY(padaria);
    QCOMPARE(padaria->status, ConnectionStatus::Connected);
    QCOMPARE(padaria->statusCheckedAt.toMSecsSinceEpoch(), 1795299301123);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(states.size(), 0); // the list never asked for the keychain
}

void TestNoKeychain::everySecretActionSaysKeychainUnavailable_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"open", "addInstance", "updateInstance with secrets", "importInstances", "instanceSecrets",
                               "apiCredentials", "clientToken", "setClientToken", "clear the Client-Token", "startOver"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TestNoKeychain::everySecretActionSaysKeychainUnavailable()
{
    QFETCH(QString, action);
    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(open(&workspace).code, ErrorCode::None);
    InstanceRepository *repository = workspace.repository();
    const QStringList sealedBefore = Test::sealedRows(workspace.database());
    QSignalSpy changed(repository, &InstanceRepository::changed);
    const QUuid padaria = m_records.at(1).key;

    // Each callback gets the error and nothing else: no key, no half of a secret.
    Catcher<Error> done;
    Catcher<Error, QUuid> added;
    Catcher<Error, ImportSummary> imported;
    Catcher<Error, InstanceSecrets> secrets;
    Catcher<Error, ApiCredentials> credentials;
    Catcher<Error, QString> text;
    Catcher<Error, CredentialVault::KeptAside> startedOver;
    const auto result = [&]() -> std::pair<int, Error> {
        if (added.calls())
            return {added.calls(), added.error()};
        if (imported.calls())
            return {imported.calls(), imported.error()};
        if (secrets.calls())
            return {secrets.calls(), secrets.error()};
        if (credentials.calls())
            return {credentials.calls(), credentials.error()};
        if (text.calls())
            return {text.calls(), text.error()};
        if (startedOver.calls())
            return {startedOver.calls(), startedOver.error()};
        return {done.calls(), done.error()};
    };
    if (action == QLatin1String("open")) {
        workspace.vault()->open(m_context.get(), done.callback());
    } else if (action == QLatin1String("addInstance")) {
        repository->addInstance(Test::named(QStringLiteral("Mercadinho Bom Preço")), {idC, tokenC}, m_context.get(), added.callback());
    } else if (action == QLatin1String("updateInstance with secrets")) {
        InstanceRecord edited = m_records.at(1);
        edited.notes = QStringLiteral("não deve ser salvo");
        repository->updateInstance(edited, InstanceSecrets{idC, tokenC}, m_context.get(), done.callback());
    } else if (action == QLatin1String("importInstances")) {
        ImportRow row;
        row.line = 2;
        row.name = QStringLiteral("Mercadinho Bom Preço");
        row.secrets = {idC, tokenC};
        repository->importInstances({row}, m_context.get(), imported.callback());
    } else if (action == QLatin1String("instanceSecrets")) {
        repository->instanceSecrets(padaria, m_context.get(), secrets.callback());
    } else if (action == QLatin1String("apiCredentials")) {
        repository->apiCredentials(padaria, m_context.get(), credentials.callback());
    } else if (action == QLatin1String("clientToken")) {
        repository->clientToken(m_context.get(), text.callback());
    } else if (action == QLatin1String("setClientToken")) {
        repository->setClientToken(QStringLiteral("AnotherClientToken0123"), m_context.get(), done.callback());
    } else if (action == QLatin1String("clear the Client-Token")) {
        repository->setClientToken(QString(), m_context.get(), done.callback());
    } else {
        workspace.vault()->startOver(m_context.get(), startedOver.callback());
    }
    QTRY_COMPARE_WITH_TIMEOUT(result().first, 1, timeoutMs);
    QCOMPARE(result().second.code, ErrorCode::KeychainUnavailable);
    QVERIFY(added.get<1>().isNull());
    QCOMPARE(imported.get<1>().added + imported.get<1>().updated, 0);
    QCOMPARE(secrets.get<1>(), InstanceSecrets());
    QCOMPARE(credentials.get<1>().instance, InstanceSecrets());
    QCOMPARE(credentials.get<1>().clientToken, QString());
    QCOMPARE(text.get<1>(), QString()); // no Client-Token
    QCOMPARE(startedOver.get<1>().store, QString()); // no copy kept aside
    QVERIFY(!startedOver.get<1>().key);

    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(repository->allRecords(), m_records);
    QCOMPARE(Test::sealedRows(workspace.database()), sealedBefore);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()),
             (QStringList{QStringLiteral("partnerdesk.db"), QStringLiteral("partnerdesk.db-shm"),
                          QStringLiteral("partnerdesk.db-wal")}));
}

void TestNoKeychain::nothingIsWrittenAnywhere()
{
    const QStringList before = filesWhereAnythingCouldBeWritten();
    const QByteArray databaseBytes = Test::readBytes(m_profile.databasePath());
    QVERIFY(!databaseBytes.isEmpty());
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(open(&workspace).code, ErrorCode::None);
        InstanceRepository *repository = workspace.repository();
        Catcher<Error> opened;
        workspace.vault()->open(m_context.get(), opened.callback());
        QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
        QVERIFY(opened.error().isError());
        Catcher<Error> tokenSet;
        repository->setClientToken(QStringLiteral("AnotherClientToken0123"), m_context.get(), tokenSet.callback());
        QTRY_COMPARE_WITH_TIMEOUT(tokenSet.calls(), 1, timeoutMs);
        QVERIFY(tokenSet.error().isError());
        Catcher<Error, QUuid> added;
        repository->addInstance(Test::named(QStringLiteral("Mercadinho")), {idC, tokenC}, m_context.get(), added.callback());
        QTRY_COMPARE_WITH_TIMEOUT(added.calls(), 1, timeoutMs);
        QVERIFY(added.error().isError());
        Catcher<Error, CredentialVault::KeptAside> startedOver;
        workspace.vault()->startOver(m_context.get(), startedOver.callback());
        QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 1, timeoutMs);
        QVERIFY(startedOver.error().isError());
    }
    // The database as it was, to the byte; no first-use lock, no copy kept aside, no key file.
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("partnerdesk.db")});
    QVERIFY(Test::readBytes(m_profile.databasePath()) == databaseBytes);
    // No plain-text fallback ("Partner Desk.conf"), no vault, anywhere. Other test executables
    // may run at the same time, so only files that could be ours count as new ones.
    for (const QString &file : filesWhereAnythingCouldBeWritten()) {
        QVERIFY2(!containsAnySecret(Test::readBytes(file)), qPrintable(QStringLiteral("a secret in ") + file));
        if (before.contains(file))
            continue;
        QVERIFY2(!file.contains(QLatin1String("Partner Desk"), Qt::CaseInsensitive)
                     && !file.contains(QLatin1String("keychain"), Qt::CaseInsensitive)
                     && !file.contains(QLatin1String("vault"), Qt::CaseInsensitive)
                     && !file.contains(m_profile.name())
                     && !file.contains(QCoreApplication::applicationName()),
                 qPrintable(QStringLiteral("written without a keychain: ") + file));
    }
}

// Removing needs no secret: the instance and its sealed credentials go in one transaction,
// without the keychain.
void TestNoKeychain::removeInstanceStillWorks()
{
    const InstanceRecord padaria = m_records.at(1);
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(open(&workspace).code, ErrorCode::None);
        const Database *database = workspace.database();
        QSignalSpy changed(workspace.repository(), &InstanceRepository::changed);
        QSignalSpy states(workspace.vault(), &CredentialVault::stateChanged);
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);

        QCOMPARE(workspace.repository()->removeInstance(padaria.key).code, ErrorCode::None);
        QCOMPARE(changed.size(), 1);
        const InstanceChange change = changed.at(0).at(0).value<InstanceChange>();
        QCOMPARE(change.fields, int(InstanceChange::Membership));
        QCOMPARE(change.rowIds, QList<qint64>{padaria.rowId});
        QCOMPARE(workspace.repository()->allRecords(), QList<InstanceRecord>{m_records.at(0)});
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials WHERE instance = %1").arg(padaria.rowId)),
                 0);
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials")), 1);
        QCOMPARE(scalar(database, QStringLiteral(
                     "SELECT count(*) FROM instance_credentials WHERE instance NOT IN (SELECT id FROM instances)")),
                 0);
        // The keychain was not even asked.
        QCOMPARE(states.size(), 0);
        QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    }
    Workspace restarted(m_profile, *m_clock);
    QCOMPARE(open(&restarted).code, ErrorCode::None);
    QCOMPARE(restarted.repository()->allRecords(), QList<InstanceRecord>{m_records.at(0)});
    QCOMPARE(scalar(restarted.database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 1);
}

void TestNoKeychain::editWithoutNewSecretsStillWorks()
{
    InstanceRecord edited = m_records.at(0);
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(open(&workspace).code, ErrorCode::None);
        const QStringList sealedBefore = Test::sealedRows(workspace.database());
        edited.name = QStringLiteral("Oficina do Zé e Filhos");
        edited.phone = QStringLiteral("(21) 3333-4444");
        Catcher<Error> updated;
        workspace.repository()->updateInstance(edited, std::nullopt, m_context.get(), updated.callback());
        QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
        QCOMPARE(updated.error().code, ErrorCode::None);
        m_clock->setMSecsSinceEpoch(1795299999000);
        QCOMPARE(workspace.repository()->setStatus(edited.key, ConnectionStatus::Disconnected).code, ErrorCode::None);
        QCOMPARE(workspace.repository()->setLastCodeAt(edited.key, m_clock->now()).code, ErrorCode::None);
        QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(Test::sealedRows(workspace.database()), sealedBefore);
    }
    Workspace restarted(m_profile, *m_clock);
    QCOMPARE(open(&restarted).code, ErrorCode::None);
    const InstanceRecord oficina = *restarted.repository()->record(edited.key);
    QCOMPARE(oficina.name, QStringLiteral("Oficina do Zé e Filhos"));
    QCOMPARE(oficina.phone, QStringLiteral("+552133334444"));
    QCOMPARE(oficina.notes, QStringLiteral("fecha às 18h"));
    QCOMPARE(oficina.idSuffix, QStringLiteral("…1122"));
    QCOMPARE(oficina.status, ConnectionStatus::Disconnected);
    QCOMPARE(oficina.lastCodeAt.toMSecsSinceEpoch(), 1795299999000);
}

int main(int argc, char **argv)
{
    // Before QCoreApplication, QtDBus or libsecret can look at it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArrayLiteral("unix:path=/nonexistent/bus"));
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
