// No Secret Service at all: D-Bus points at a socket that does not exist (set in main(),
// before anything can connect). The vault must refuse, say how to fix it and write nothing;
// everything that needs no secret must keep working.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"

#include "store/IndexFile.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 30000;

QList<InstanceRecord> savedRecords()
{
    InstanceRecord padaria;
    padaria.key = QUuid::createUuid();
    padaria.name = QStringLiteral("Padaria Pão de Mel");
    padaria.phone = QStringLiteral("+55 (11) 98765-4321");
    padaria.idSuffix = QStringLiteral("…7E8F");
    padaria.status = ConnectionStatus::Connected;
    InstanceRecord oficina;
    oficina.key = QUuid::createUuid();
    oficina.name = QStringLiteral("Oficina do Zé");
    oficina.notes = QStringLiteral("fecha às 18h");
    oficina.idSuffix = QStringLiteral("…1122");
    return {padaria, oficina};
}

// Every file where something could be written: the XDG data, config and cache homes
// (QtKeychain's plain-text fallback is a QSettings file in the config home), QStandardPaths'
// test-mode directories and the temporary directory.
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
            files.append(root + u'/' + file);
    }
    files.removeDuplicates();
    return files;
}

QStringList newFilesSince(const QStringList &before)
{
    QStringList added;
    for (const QString &file : filesWhereAnythingCouldBeWritten()) {
        if (!before.contains(file))
            added.append(file);
    }
    return added;
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
    void nothingIsWrittenAnywhere();
    void repositoryLoadsAndListsTheIndex();
    void removeInstanceStillWorks();
    void editWithoutNewSecretsStillWorks();
    void addInstanceFailsAndChangesNothing();
    void secretsAreUnavailable();

private:
    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
    QList<InstanceRecord> m_records;
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
    m_records = savedRecords();
    QCOMPARE(IndexFile::save(m_profile.indexPath(), m_records).code, ErrorCode::None);
}

void TestNoKeychain::cleanup()
{
    m_context.reset();
    Test::removeProfileFiles(m_profile); // no keychain item can exist
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
    // Keychain trouble may pass: the vault stays Closed so the next action retries.
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);

    Catcher<Error> retried;
    workspace.vault()->open(m_context.get(), retried.callback());
    QTRY_COMPARE_WITH_TIMEOUT(retried.calls(), 1, timeoutMs);
    QCOMPARE(retried.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(opened.calls(), 1);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
}

void TestNoKeychain::nothingIsWrittenAnywhere()
{
    const QStringList before = filesWhereAnythingCouldBeWritten();
    const QByteArray indexBytes = Test::readBytes(m_profile.indexPath());
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
        Catcher<Error> opened;
        workspace.vault()->open(m_context.get(), opened.callback());
        QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
        QVERIFY(opened.error().isError());
        Catcher<Error> tokenSet;
        workspace.repository()->setClientToken(QStringLiteral("ClientToken123"), m_context.get(), tokenSet.callback());
        QTRY_COMPARE_WITH_TIMEOUT(tokenSet.calls(), 1, timeoutMs);
        QVERIFY(tokenSet.error().isError());
    }
    QVERIFY(!QFileInfo::exists(m_profile.vaultPath()));
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBytes);
    // No key file, no plain-text fallback ("Partner Desk.conf"), no vault, anywhere. Other
    // test executables may run at the same time, so only files that could be ours count.
    const QStringList added = newFilesSince(before);
    for (const QString &file : added) {
        QVERIFY2(!file.contains(QLatin1String("Partner Desk"), Qt::CaseInsensitive)
                     && !file.contains(QLatin1String("keychain"), Qt::CaseInsensitive)
                     && !file.contains(QLatin1String("vault"), Qt::CaseInsensitive)
                     && !file.contains(m_profile.name())
                     && !file.contains(QCoreApplication::applicationName()),
                 qPrintable(QStringLiteral("written without a keychain: ") + file));
    }
}

void TestNoKeychain::repositoryLoadsAndListsTheIndex()
{
    Workspace workspace(m_profile, *m_clock);
    InstanceRepository *repository = workspace.repository();
    QSignalSpy resets(repository, &InstanceRepository::reset);
    QCOMPARE(repository->load().code, ErrorCode::None);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(repository->records().size(), 2);
    QVERIFY(repository->records().at(0) == m_records.at(0));
    QVERIFY(repository->records().at(1) == m_records.at(1));
    QCOMPARE(repository->indexOfName(QStringLiteral("oficina do zé")), 1);
    QCOMPARE(repository->indexOf(m_records.at(0).key), 0);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
}

void TestNoKeychain::removeInstanceStillWorks()
{
    {
        Workspace workspace(m_profile, *m_clock);
        QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
        QSignalSpy removed(workspace.repository(), &InstanceRepository::removed);
        QCOMPARE(workspace.repository()->removeInstance(m_records.at(0).key).code, ErrorCode::None);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 0);
        QCOMPARE(workspace.repository()->records().size(), 1);
        // Removing may try to drop the secrets from the vault too; without a keychain that
        // attempt fails quietly and the vault stays closed.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.vault()->state(), CredentialVault::State::Closed, timeoutMs);
    }
    Workspace restarted(m_profile, *m_clock);
    QCOMPARE(restarted.repository()->load().code, ErrorCode::None);
    QCOMPARE(restarted.repository()->records().size(), 1);
    QVERIFY(restarted.repository()->records().at(0) == m_records.at(1));
    QVERIFY(!QFileInfo::exists(m_profile.vaultPath()));
}

void TestNoKeychain::editWithoutNewSecretsStillWorks()
{
    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
    InstanceRecord edited = m_records.at(1);
    edited.name = QStringLiteral("Oficina do Zé e Filhos");
    edited.phone = QStringLiteral("(21) 3333-4444");
    Catcher<Error> updated;
    workspace.repository()->updateInstance(edited, std::nullopt, m_context.get(), updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
    QCOMPARE(updated.error().code, ErrorCode::None);
    QCOMPARE(workspace.repository()->records().at(1).name, QStringLiteral("Oficina do Zé e Filhos"));
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(workspace.repository()->setStatus(edited.key, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QVERIFY(!QFileInfo::exists(m_profile.vaultPath()));
}

void TestNoKeychain::addInstanceFailsAndChangesNothing()
{
    Workspace workspace(m_profile, *m_clock);
    InstanceRepository *repository = workspace.repository();
    QCOMPARE(repository->load().code, ErrorCode::None);
    const QByteArray indexBytes = Test::readBytes(m_profile.indexPath());
    QSignalSpy aboutToInsert(repository, &InstanceRepository::aboutToInsert);
    QSignalSpy inserted(repository, &InstanceRepository::inserted);

    InstanceRecord record;
    record.name = QStringLiteral("Mercadinho Bom Preço");
    Catcher<Error, QUuid> added;
    repository->addInstance(record, {QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F"), QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2")},
                            m_context.get(), added.callback());
    QTRY_COMPARE_WITH_TIMEOUT(added.calls(), 1, timeoutMs);
    QCOMPARE(added.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(added.get<1>().isNull());
    QCOMPARE(repository->records().size(), 2);
    QCOMPARE(repository->indexOfName(QStringLiteral("Mercadinho Bom Preço")), -1);
    QCOMPARE(aboutToInsert.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBytes);
    QVERIFY(!QFileInfo::exists(m_profile.vaultPath()));
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), QStringList{QStringLiteral("instances.json")});
}

void TestNoKeychain::secretsAreUnavailable()
{
    Workspace workspace(m_profile, *m_clock);
    QCOMPARE(workspace.repository()->load().code, ErrorCode::None);
    Catcher<Error, ApiCredentials> credentials;
    workspace.repository()->apiCredentials(m_records.at(0).key, m_context.get(), credentials.callback());
    QTRY_COMPARE_WITH_TIMEOUT(credentials.calls(), 1, timeoutMs);
    QCOMPARE(credentials.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(credentials.get<1>().instance.instanceId, QString());
    Catcher<Error, QString> token;
    workspace.repository()->clientToken(m_context.get(), token.callback());
    QTRY_COMPARE_WITH_TIMEOUT(token.calls(), 1, timeoutMs);
    QCOMPARE(token.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(token.get<1>(), QString());
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
