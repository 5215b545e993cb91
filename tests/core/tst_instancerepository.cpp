// InstanceRepository with the REAL keychain (scripts/test-session.sh). A "restart" is a new
// Workspace on the same profile.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"

#include "store/IndexFile.h"
#include "store/InstanceRepository.h"
#include "store/VaultKeyStore.h"
#include "store/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;
using Test::Catcher;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)

namespace {

constexpr int timeoutMs = 30000;

const QString idA = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString tokenA = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString idB = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString tokenB = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");
const QString idC = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
const QString tokenC = QStringLiteral("CCCCCCCCCCCCCCCCCCCCCCC1");
const QString idD = QStringLiteral("FEDCBA9876543210FEDCBA9876543210");
const QString tokenD = QStringLiteral("DDDDDDDDDDDDDDDDDDDDDDD1");

InstanceRecord named(const QString &name, const QString &phone = {}, const QString &notes = {})
{
    InstanceRecord record;
    record.name = name;
    record.phone = phone;
    record.notes = notes;
    return record;
}

ImportRow importRow(int line, const QString &name, const QString &id, const QString &token,
                    const QString &phone = {}, const QString &notes = {})
{
    ImportRow row;
    row.line = line;
    row.name = name;
    row.secrets = {id, token};
    row.phone = phone;
    row.notes = notes;
    return row;
}

QList<int> rowsOf(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &arguments : spy)
        rows.append(arguments.at(0).toInt());
    return rows;
}

QStringList namesOf(const InstanceRepository *repository)
{
    QStringList names;
    for (const InstanceRecord &record : repository->records())
        names.append(record.name);
    return names;
}

} // namespace

class TestInstanceRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addRoundTripAcrossRestart();
    void addEmitsInsertSignalsWithRows();
    void updateWithoutSecretsNeedsNoVault();
    void updateWithSecretsRoundTrip();
    void removeRoundTripAndSignals();
    void removedSecretsGoAtTheNextVaultUpdate_data();
    void removedSecretsGoAtTheNextVaultUpdate();
    void duplicateNameIsRefused_data();
    void duplicateNameIsRefused();
    void renamingToAnotherCaseOfItsOwnNameIsAllowed();
    void invalidIdOrTokenIsRefused_data();
    void invalidIdOrTokenIsRefused();
    void idOrTokenWithTrailingNewlineIsRefused();
    void blankNameIsRefused();
    void apiCredentialsAndClientToken();
    void setClientTokenValidation_data();
    void setClientTokenValidation();
    void importAddsUpdatesAndSkips();
    void importTwiceAddsNothingNew();
    void statusAndLastCodeRoundTrip();
    void loadNeverOpensTheVault();
    void loadOfDamagedIndexResets();
    void twoProcessesAddingKeepBothInstances();
    void secondProcessEditOfSameSizeInSameTimestampIsKept();
    void addWithAnIdAlreadyListedIsRefused();
    void indexFailingAfterTheVaultPutsTheVaultBack_data();
    void indexFailingAfterTheVaultPutsTheVaultBack();

private:
    std::unique_ptr<Workspace> start();
    Error add(Workspace *workspace, const InstanceRecord &record, const QString &id, const QString &token,
              QUuid *key = nullptr);
    Error update(Workspace *workspace, const InstanceRecord &record, const std::optional<InstanceSecrets> &secrets);
    Error secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets);
    Error setClientToken(Workspace *workspace, const QString &token);
    Error import(Workspace *workspace, const QList<ImportRow> &rows, ImportSummary *summary);
    VaultContents vaultOnDisk();

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
};

void TestInstanceRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Test::KeychainItem probe = Test::readKeychainItem(QStringLiteral("partnerdesk/probe/vault-key"));
    QVERIFY2(probe.finished && probe.error == QKeychain::EntryNotFound,
             "no working Secret Service; run the tests with dbus-run-session -- scripts/test-session.sh ctest");
}

void TestInstanceRepository::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    m_context = std::make_unique<QObject>();
}

void TestInstanceRepository::cleanup()
{
    m_context.reset();
    Test::wipeProfile(m_profile);
}

std::unique_ptr<Workspace> TestInstanceRepository::start()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    const Error error = workspace->repository()->load();
    if (error)
        qWarning("load() failed: %s", qPrintable(error.message()));
    return workspace;
}

Error TestInstanceRepository::add(Workspace *workspace, const InstanceRecord &record, const QString &id,
                                  const QString &token, QUuid *key)
{
    Catcher<Error, QUuid> added;
    workspace->repository()->addInstance(record, {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    if (key)
        *key = added.get<1>();
    return added.error();
}

Error TestInstanceRepository::update(Workspace *workspace, const InstanceRecord &record,
                                     const std::optional<InstanceSecrets> &secrets)
{
    Catcher<Error> updated;
    workspace->repository()->updateInstance(record, secrets, m_context.get(), updated.callback());
    if (!QTest::qWaitFor([&] { return updated.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    return updated.error();
}

Error TestInstanceRepository::secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets)
{
    Catcher<Error, InstanceSecrets> read;
    workspace->repository()->instanceSecrets(key, m_context.get(), read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    *secrets = read.get<1>();
    return read.error();
}

Error TestInstanceRepository::setClientToken(Workspace *workspace, const QString &token)
{
    Catcher<Error> set;
    workspace->repository()->setClientToken(token, m_context.get(), set.callback());
    if (!QTest::qWaitFor([&] { return set.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    return set.error();
}

Error TestInstanceRepository::import(Workspace *workspace, const QList<ImportRow> &rows, ImportSummary *summary)
{
    Catcher<Error, ImportSummary> imported;
    workspace->repository()->importInstances(rows, m_context.get(), imported.callback());
    if (!QTest::qWaitFor([&] { return imported.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    *summary = imported.get<1>();
    return imported.error();
}

// What the vault file holds, read by a separate vault as another process would.
VaultContents TestInstanceRepository::vaultOnDisk()
{
    CredentialVault vault(m_profile.vaultPath(),
                          std::make_unique<KeychainVaultKeyStore>(Profile::keychainService(), m_profile.keychainKey()),
                          *m_clock);
    Catcher<Error> opened;
    vault.open(m_context.get(), opened.callback());
    if (!QTest::qWaitFor([&] { return opened.calls() > 0; }, timeoutMs) || opened.error())
        qWarning("could not open the vault to check it");
    return vault.isOpen() ? vault.contents() : VaultContents();
}

void TestInstanceRepository::addRoundTripAcrossRestart()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("  Padaria Pão de Mel  "), QStringLiteral("+55 (11) 98765-4321"),
                                            QStringLiteral("Dona Márcia\nliga depois das 14h")),
                     idA, tokenA, &keyA).code,
                 ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina do Zé")), idB, tokenB, &keyB).code, ErrorCode::None);
        QVERIFY(!keyA.isNull());
        QVERIFY(keyA != keyB);
        QCOMPARE(namesOf(workspace->repository()),
                 (QStringList{QStringLiteral("Padaria Pão de Mel"), QStringLiteral("Oficina do Zé")}));
    }
    auto restarted = start();
    const InstanceRepository *repository = restarted->repository();
    QCOMPARE(repository->records().size(), 2);
    const InstanceRecord &a = repository->records().at(0);
    QCOMPARE(a.key, keyA);
    QCOMPARE(a.name, QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(a.phone, QStringLiteral("+55 (11) 98765-4321"));
    QCOMPARE(a.notes, QStringLiteral("Dona Márcia\nliga depois das 14h"));
    QCOMPARE(a.idSuffix, QStringLiteral("…7E8F"));
    QCOMPARE(a.status, ConnectionStatus::Unknown);
    QVERIFY(!a.lastCodeAt.isValid());
    QCOMPARE(repository->records().at(1).key, keyB);
    QCOMPARE(repository->records().at(1).idSuffix, QStringLiteral("…1122"));
    QCOMPARE(restarted->vault()->state(), CredentialVault::State::Closed);

    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceId, idA);
    QCOMPARE(secrets.instanceToken, tokenA);
    QCOMPARE(secretsOf(restarted.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceId, idB);
    QCOMPARE(secrets.instanceToken, tokenB);
    QCOMPARE(secretsOf(restarted.get(), QUuid::createUuid(), &secrets).code, ErrorCode::InstanceSecretsMissing);
    QCOMPARE(secrets.instanceId, QString());
}

void TestInstanceRepository::addEmitsInsertSignalsWithRows()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QSignalSpy aboutToInsert(repository, &InstanceRepository::aboutToInsert);
    QSignalSpy inserted(repository, &InstanceRepository::inserted);
    QSignalSpy changed(repository, &InstanceRepository::changed);
    QSignalSpy reset(repository, &InstanceRepository::reset);
    // The list must still be the old one when aboutToInsert arrives, the new one at inserted.
    QList<int> sizesAtAboutToInsert;
    QList<int> sizesAtInserted;
    connect(repository, &InstanceRepository::aboutToInsert, this,
            [&] { sizesAtAboutToInsert.append(int(repository->records().size())); });
    connect(repository, &InstanceRepository::inserted, this,
            [&] { sizesAtInserted.append(int(repository->records().size())); });

    QCOMPARE(add(workspace.get(), named(QStringLiteral("Primeira")), idA, tokenA).code, ErrorCode::None);
    QCOMPARE(add(workspace.get(), named(QStringLiteral("Segunda")), idB, tokenB).code, ErrorCode::None);
    QCOMPARE(add(workspace.get(), named(QStringLiteral("Terceira")), idC, tokenC).code, ErrorCode::None);
    QCOMPARE(rowsOf(aboutToInsert), (QList<int>{0, 1, 2}));
    QCOMPARE(rowsOf(inserted), (QList<int>{0, 1, 2}));
    QCOMPARE(sizesAtAboutToInsert, (QList<int>{0, 1, 2}));
    QCOMPARE(sizesAtInserted, (QList<int>{1, 2, 3}));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestInstanceRepository::updateWithoutSecretsNeedsNoVault()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    {
        auto workspace = start();
        QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);
        InstanceRecord edited = workspace->repository()->records().at(1);
        edited.name = QStringLiteral("  Oficina do Zé  ");
        edited.phone = QStringLiteral("  (21) 3333-4444 ");
        edited.notes = QStringLiteral("nova nota\ncom duas linhas");
        edited.idSuffix = QStringLiteral("ignored");
        QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
        QCOMPARE(rowsOf(changed), QList<int>{1});
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(workspace->repository()->records().at(1).name, QStringLiteral("Oficina do Zé"));
    }
    auto restarted = start();
    const InstanceRecord &b = restarted->repository()->records().at(1);
    QCOMPARE(b.key, keyB);
    QCOMPARE(b.name, QStringLiteral("Oficina do Zé"));
    QCOMPARE(b.phone, QStringLiteral("(21) 3333-4444"));
    QCOMPARE(b.notes, QStringLiteral("nova nota\ncom duas linhas"));
    QCOMPARE(b.idSuffix, QStringLiteral("…1122")); // not taken from the edited record
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, tokenB);

    InstanceRecord unknown = named(QStringLiteral("Ninguém"));
    unknown.key = QUuid::createUuid();
    QCOMPARE(update(restarted.get(), unknown, std::nullopt).code, ErrorCode::UnknownInstance);
    QCOMPARE(update(restarted.get(), unknown, InstanceSecrets{idC, tokenC}).code, ErrorCode::UnknownInstance);
    QCOMPARE(restarted->repository()->records().size(), 2);
}

void TestInstanceRepository::updateWithSecretsRoundTrip()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina")), idB, tokenB).code, ErrorCode::None);
    }
    {
        auto workspace = start();
        QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);
        InstanceRecord edited = workspace->repository()->records().at(0);
        edited.notes = QStringLiteral("credenciais trocadas");
        QCOMPARE(update(workspace.get(), edited, InstanceSecrets{idC, tokenC}).code, ErrorCode::None);
        QCOMPARE(rowsOf(changed), QList<int>{0});
        QCOMPARE(workspace->repository()->records().at(0).idSuffix, QStringLiteral("…CDEF"));
    }
    auto restarted = start();
    QCOMPARE(restarted->repository()->records().at(0).idSuffix, QStringLiteral("…CDEF"));
    QCOMPARE(restarted->repository()->records().at(0).notes, QStringLiteral("credenciais trocadas"));
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceId, idC);
    QCOMPARE(secrets.instanceToken, tokenC);
    QCOMPARE(vaultOnDisk().instances.size(), 2);
}

void TestInstanceRepository::removeRoundTripAndSignals()
{
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("A")), idA, tokenA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("B")), idB, tokenB, &keyB).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("C")), idC, tokenC).code, ErrorCode::None);
    }
    {
        auto workspace = start();
        InstanceRepository *repository = workspace->repository();
        QSignalSpy aboutToRemove(repository, &InstanceRepository::aboutToRemove);
        QSignalSpy removed(repository, &InstanceRepository::removed);
        QList<int> sizesAtAboutToRemove;
        connect(repository, &InstanceRepository::aboutToRemove, this,
                [&] { sizesAtAboutToRemove.append(int(repository->records().size())); });
        QCOMPARE(repository->removeInstance(keyB).code, ErrorCode::None);
        QCOMPARE(rowsOf(aboutToRemove), QList<int>{1});
        QCOMPARE(rowsOf(removed), QList<int>{1});
        QCOMPARE(sizesAtAboutToRemove, QList<int>{3});
        QCOMPARE(namesOf(repository), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(repository->removeInstance(keyB).code, ErrorCode::UnknownInstance);
        QCOMPARE(removed.size(), 1);
    }
    auto restarted = start();
    QCOMPARE(namesOf(restarted->repository()), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(restarted->repository()->indexOf(keyB), -1);
}

void TestInstanceRepository::removedSecretsGoAtTheNextVaultUpdate_data()
{
    QTest::addColumn<QString>("nextUpdate");
    QTest::newRow("vault open when removing") << QStringLiteral("none");
    QTest::newRow("setClientToken") << QStringLiteral("clientToken");
    QTest::newRow("updateInstance with secrets") << QStringLiteral("update");
    QTest::newRow("addInstance") << QStringLiteral("add");
    QTest::newRow("importInstances") << QStringLiteral("import");
}

void TestInstanceRepository::removedSecretsGoAtTheNextVaultUpdate()
{
    QFETCH(QString, nextUpdate);
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("A")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("B")), idB, tokenB, &keyB).code, ErrorCode::None);
        if (nextUpdate == QLatin1String("none")) {
            // The vault is open: the secrets go with the removal.
            QCOMPARE(workspace->repository()->removeInstance(keyB).code, ErrorCode::None);
            QCOMPARE(vaultOnDisk().instances.keys(), QList<QUuid>{keyA});
            return;
        }
    }
    auto workspace = start(); // the vault is closed after a restart
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(workspace->repository()->removeInstance(keyB).code, ErrorCode::None);
    // Removing needs no secret; the vault may be opened in the background to drop them.
    QTRY_VERIFY_WITH_TIMEOUT(workspace->vault()->state() != CredentialVault::State::Opening, timeoutMs);

    QUuid keyC;
    if (nextUpdate == QLatin1String("clientToken")) {
        QCOMPARE(setClientToken(workspace.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    } else if (nextUpdate == QLatin1String("update")) {
        InstanceRecord a = workspace->repository()->records().at(0);
        QCOMPARE(update(workspace.get(), a, InstanceSecrets{idA, tokenC}).code, ErrorCode::None);
    } else if (nextUpdate == QLatin1String("add")) {
        QCOMPARE(add(workspace.get(), named(QStringLiteral("C")), idC, tokenC, &keyC).code, ErrorCode::None);
    } else {
        ImportSummary summary;
        QCOMPARE(import(workspace.get(), {importRow(2, QStringLiteral("C"), idC, tokenC)}, &summary).code, ErrorCode::None);
        QCOMPARE(summary.added, 1);
        keyC = workspace->repository()->records().at(1).key;
    }
    const VaultContents onDisk = vaultOnDisk();
    QVERIFY2(!onDisk.instances.contains(keyB),
             qPrintable(QStringLiteral("the removed instance's ID and token are still in the vault after %1 "
                                       "(only InstanceRepository::updateVault prunes)").arg(nextUpdate)));
    QVERIFY(onDisk.instances.contains(keyA));
    if (!keyC.isNull())
        QVERIFY(onDisk.instances.contains(keyC));
}

void TestInstanceRepository::duplicateNameIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("same") << QStringLiteral("Padaria Pão de Mel");
    QTest::newRow("lower case") << QStringLiteral("padaria pão de mel");
    QTest::newRow("upper case with accents") << QStringLiteral("PADARIA PÃO DE MEL");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Padaria Pão de Mel\t");
}

void TestInstanceRepository::duplicateNameIsRefused()
{
    QFETCH(QString, name);
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria Pão de Mel")), idA, tokenA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const QList<InstanceRecord> before = repository->records();
    const QByteArray indexBefore = Test::readBytes(m_profile.indexPath());
    const QByteArray vaultBefore = Test::readBytes(m_profile.vaultPath());
    QSignalSpy inserted(repository, &InstanceRepository::inserted);
    QSignalSpy changed(repository, &InstanceRepository::changed);

    const Error addError = add(workspace.get(), named(name), idC, tokenC);
    QCOMPARE(addError.code, ErrorCode::InstanceNameTaken);
    QCOMPARE(addError.detail, name.trimmed());
    QVERIFY(addError.message().contains(name.trimmed()));

    InstanceRecord renamed = before.at(1);
    renamed.name = name;
    const Error updateError = update(workspace.get(), renamed, InstanceSecrets{idD, tokenD});
    QCOMPARE(updateError.code, ErrorCode::InstanceNameTaken);
    QCOMPARE(update(workspace.get(), renamed, std::nullopt).code, ErrorCode::InstanceNameTaken);

    QCOMPARE(repository->records().size(), 2);
    QVERIFY(repository->records().at(0) == before.at(0));
    QVERIFY(repository->records().at(1) == before.at(1));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBefore);
    QCOMPARE(Test::readBytes(m_profile.vaultPath()), vaultBefore);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed); // refused before the keychain
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceId, idB);
}

void TestInstanceRepository::renamingToAnotherCaseOfItsOwnNameIsAllowed()
{
    auto workspace = start();
    QCOMPARE(add(workspace.get(), named(QStringLiteral("padaria")), idA, tokenA).code, ErrorCode::None);
    InstanceRecord record = workspace->repository()->records().at(0);
    record.name = QStringLiteral("Padaria");
    QCOMPARE(update(workspace.get(), record, std::nullopt).code, ErrorCode::None);
    QCOMPARE(workspace->repository()->records().at(0).name, QStringLiteral("Padaria"));
}

void TestInstanceRepository::invalidIdOrTokenIsRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<ErrorCode>("expected");
    const QStringList bad{QStringLiteral("../x"), QStringLiteral("a?b"), QStringLiteral("a#b"), QStringLiteral("%2F"),
                          QString(), QStringLiteral("a/b"), QStringLiteral("a b"), QStringLiteral("ação"),
                          QString(129, u'a')};
    for (const QString &value : bad) {
        QTest::addRow("id \"%s\"", qPrintable(value.left(12))) << value << tokenC << ErrorCode::InvalidInstanceId;
        QTest::addRow("token \"%s\"", qPrintable(value.left(12))) << idC << value << ErrorCode::InvalidInstanceToken;
    }
    QTest::newRow("both bad: the ID is reported") << QStringLiteral("../x") << QStringLiteral("a?b")
                                                  << ErrorCode::InvalidInstanceId;
}

void TestInstanceRepository::invalidIdOrTokenIsRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, token);
    QFETCH(ErrorCode, expected);
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Existing")), idA, tokenA).code, ErrorCode::None);
    }
    auto workspace = start();
    const QByteArray indexBefore = Test::readBytes(m_profile.indexPath());
    QUuid key = QUuid::createUuid();
    QCOMPARE(add(workspace.get(), named(QStringLiteral("New")), id, token, &key).code, expected);
    QVERIFY(key.isNull());
    InstanceRecord existing = workspace->repository()->records().at(0);
    existing.notes = QStringLiteral("should not be saved");
    QCOMPARE(update(workspace.get(), existing, InstanceSecrets{id, token}).code, expected);

    QCOMPARE(namesOf(workspace->repository()), QStringList{QStringLiteral("Existing")});
    QCOMPARE(workspace->repository()->records().at(0).notes, QString());
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBefore);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
}

// Validation's ^...$ lets one trailing "\n" through (PCRE's $ matches before a final
// newline), so an ID or token could carry a newline into the URL path.
void TestInstanceRepository::idOrTokenWithTrailingNewlineIsRefused()
{
    auto workspace = start();
    QCOMPARE(add(workspace.get(), named(QStringLiteral("Newline ID")), idA + u'\n', tokenA).code,
             ErrorCode::InvalidInstanceId);
    QCOMPARE(add(workspace.get(), named(QStringLiteral("Newline token")), idB, tokenB + u'\n').code,
             ErrorCode::InvalidInstanceToken);
    QCOMPARE(workspace->repository()->records().size(), 0);
}

// IndexFile::parse rejects blank names, so a blank name that got saved would make the next
// start find the whole index "damaged", move it aside and show an empty list.
void TestInstanceRepository::blankNameIsRefused()
{
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("   ")), idB, tokenB).code, ErrorCode::InvalidInstanceName);
        QCOMPARE(add(workspace.get(), named(QString()), idB, tokenB).code, ErrorCode::InvalidInstanceName);
        InstanceRecord blank = workspace->repository()->records().at(0);
        blank.name = QStringLiteral(" \t ");
        QCOMPARE(update(workspace.get(), blank, std::nullopt).code, ErrorCode::InvalidInstanceName);
        QCOMPARE(workspace->repository()->records().size(), 1);
    }
    Workspace restarted(m_profile, *m_clock);
    QCOMPARE(restarted.repository()->load().code, ErrorCode::None);
    QCOMPARE(namesOf(restarted.repository()), QStringList{QStringLiteral("Padaria")});
}

void TestInstanceRepository::apiCredentialsAndClientToken()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        Catcher<Error, ApiCredentials> before;
        workspace->repository()->apiCredentials(keyA, m_context.get(), before.callback());
        QTRY_COMPARE_WITH_TIMEOUT(before.calls(), 1, timeoutMs);
        QCOMPARE(before.error().code, ErrorCode::None);
        QCOMPARE(before.get<1>().clientToken, QString()); // not set yet
        QCOMPARE(setClientToken(workspace.get(), QStringLiteral("  Fa1b2C3d4E5f6-Client_Token  ")).code, ErrorCode::None);
    }
    auto restarted = start();
    Catcher<Error, ApiCredentials> credentials;
    restarted->repository()->apiCredentials(keyA, m_context.get(), credentials.callback());
    QTRY_COMPARE_WITH_TIMEOUT(credentials.calls(), 1, timeoutMs);
    QCOMPARE(credentials.error().code, ErrorCode::None);
    QCOMPARE(credentials.get<1>().instance.instanceId, idA);
    QCOMPARE(credentials.get<1>().instance.instanceToken, tokenA);
    QCOMPARE(credentials.get<1>().clientToken, QStringLiteral("Fa1b2C3d4E5f6-Client_Token"));

    Catcher<Error, QString> token;
    restarted->repository()->clientToken(m_context.get(), token.callback());
    QTRY_COMPARE_WITH_TIMEOUT(token.calls(), 1, timeoutMs);
    QCOMPARE(token.get<1>(), QStringLiteral("Fa1b2C3d4E5f6-Client_Token"));

    Catcher<Error, ApiCredentials> unknown;
    restarted->repository()->apiCredentials(QUuid::createUuid(), m_context.get(), unknown.callback());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.calls(), 1, timeoutMs);
    QCOMPARE(unknown.error().code, ErrorCode::InstanceSecretsMissing);
    QCOMPARE(unknown.get<1>().clientToken, QString());
}

void TestInstanceRepository::setClientTokenValidation_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("stored"); // what clientToken() gives afterwards
    QTest::newRow("plain") << QStringLiteral("F0a1b2c3d4e5f6") << ErrorCode::None << QStringLiteral("F0a1b2c3d4e5f6");
    QTest::newRow("printable punctuation") << QStringLiteral("a!#$%&'*+-.^_`|~:/=?@[]{}\"\\")
                                           << ErrorCode::None << QStringLiteral("a!#$%&'*+-.^_`|~:/=?@[]{}\"\\");
    QTest::newRow("trimmed") << QStringLiteral(" \tF0a1\n") << ErrorCode::None << QStringLiteral("F0a1");
    QTest::newRow("256 characters") << QString(256, u'x') << ErrorCode::None << QString(256, u'x');
    QTest::newRow("empty clears it") << QString() << ErrorCode::None << QString();
    QTest::newRow("blank clears it") << QStringLiteral("   ") << ErrorCode::None << QString();
    QTest::newRow("inner space") << QStringLiteral("F0a1 b2c3") << ErrorCode::InvalidClientToken << QStringLiteral("Previous-Token");
    QTest::newRow("inner newline") << QStringLiteral("F0a1\r\nX-Evil: 1") << ErrorCode::InvalidClientToken << QStringLiteral("Previous-Token");
    QTest::newRow("control character") << QStringLiteral("F0a1\u0001") << ErrorCode::InvalidClientToken << QStringLiteral("Previous-Token");
    QTest::newRow("non-ASCII") << QStringLiteral("tökén") << ErrorCode::InvalidClientToken << QStringLiteral("Previous-Token");
    QTest::newRow("257 characters") << QString(257, u'x') << ErrorCode::InvalidClientToken << QStringLiteral("Previous-Token");
}

void TestInstanceRepository::setClientTokenValidation()
{
    QFETCH(QString, token);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, stored);
    auto workspace = start();
    QCOMPARE(setClientToken(workspace.get(), QStringLiteral("Previous-Token")).code, ErrorCode::None);
    const Error error = setClientToken(workspace.get(), token);
    QCOMPARE(error.code, expected);
    if (error)
        QVERIFY(error.message().contains(QLatin1String("Client-Token")));
    workspace.reset();
    auto restarted = start();
    Catcher<Error, QString> read;
    restarted->repository()->clientToken(m_context.get(), read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls(), 1, timeoutMs);
    QCOMPARE(read.error().code, ErrorCode::None);
    QCOMPARE(read.get<1>(), stored);
}

void TestInstanceRepository::importAddsUpdatesAndSkips()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QSignalSpy aboutToReset(repository, &InstanceRepository::aboutToReset);
    QSignalSpy reset(repository, &InstanceRepository::reset);
    QSignalSpy inserted(repository, &InstanceRepository::inserted);

    const QList<ImportRow> rows{
        importRow(2, QStringLiteral(" Padaria Pão de Mel "), idA, tokenC, QStringLiteral("+55 11 91234-5678"),
                  QStringLiteral("renomeada")),                                        // updates A by ID
        importRow(3, QStringLiteral("Mercadinho"), idC, tokenC, QStringLiteral("11 5555-0000")), // adds
        importRow(5, QStringLiteral("oficina"), idD, tokenD),                            // B's name, other ID
        importRow(6, QStringLiteral("Oficina"), idB, tokenB, QStringLiteral("21 4444-0000")), // updates B
        importRow(7, QStringLiteral("MERCADINHO"), idA, tokenA),                         // A takes C's name
    };
    ImportSummary summary;
    QCOMPARE(import(workspace.get(), rows, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.updated, 2);
    QCOMPARE(summary.skipped.size(), 2);
    QCOMPARE(summary.skipped.at(0).line, 5);
    QCOMPARE(summary.skipped.at(0).reason, QStringLiteral("the name \"oficina\" belongs to another instance"));
    QCOMPARE(summary.skipped.at(1).line, 7);
    QCOMPARE(summary.skipped.at(1).reason, QStringLiteral("the name \"MERCADINHO\" belongs to another instance"));
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);

    const auto check = [&](const InstanceRepository *repo) {
        QCOMPARE(namesOf(repo), (QStringList{QStringLiteral("Padaria Pão de Mel"), QStringLiteral("Oficina"),
                                             QStringLiteral("Mercadinho")}));
        QCOMPARE(repo->records().at(0).key, keyA); // updated in place, not duplicated
        QCOMPARE(repo->records().at(0).phone, QStringLiteral("+55 11 91234-5678"));
        QCOMPARE(repo->records().at(0).notes, QStringLiteral("renomeada"));
        QCOMPARE(repo->records().at(1).key, keyB);
        QCOMPARE(repo->records().at(1).phone, QStringLiteral("21 4444-0000"));
        QCOMPARE(repo->records().at(2).phone, QStringLiteral("11 5555-0000"));
        QCOMPARE(repo->records().at(2).idSuffix, QStringLiteral("…CDEF"));
    };
    check(repository);
    if (QTest::currentTestFailed())
        return;
    const QUuid keyC = repository->records().at(2).key;
    workspace.reset();

    auto restarted = start();
    check(restarted->repository());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(restarted->vault()->state(), CredentialVault::State::Closed);
    const VaultContents onDisk = vaultOnDisk();
    QCOMPARE(onDisk.instances.size(), 3);
    QCOMPARE(onDisk.instances.value(keyA).instanceToken, tokenC);
    QCOMPARE(onDisk.instances.value(keyB).instanceToken, tokenB);
    QCOMPARE(onDisk.instances.value(keyC).instanceId, idC);
    for (const InstanceSecrets &secrets : onDisk.instances)
        QVERIFY(secrets.instanceId != idD);
}

void TestInstanceRepository::importTwiceAddsNothingNew()
{
    const QList<ImportRow> rows{importRow(2, QStringLiteral("Padaria"), idA, tokenA),
                                importRow(3, QStringLiteral("Oficina"), idB, tokenB),
                                importRow(4, QStringLiteral("Mercadinho"), idC, tokenC)};
    {
        auto workspace = start();
        ImportSummary first;
        QCOMPARE(import(workspace.get(), rows, &first).code, ErrorCode::None);
        QCOMPARE(first.added, 3);
        QCOMPARE(first.updated, 0);
        QCOMPARE(first.skipped.size(), 0);
    }
    auto workspace = start();
    const QList<InstanceRecord> before = workspace->repository()->records();
    ImportSummary second;
    QCOMPARE(import(workspace.get(), rows, &second).code, ErrorCode::None);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 3);
    QCOMPARE(second.skipped.size(), 0);
    QCOMPARE(workspace->repository()->records().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(workspace->repository()->records().at(i).key, before.at(i).key);
}

void TestInstanceRepository::statusAndLastCodeRoundTrip()
{
    QUuid keyA;
    const QDateTime codeAt = QDateTime::fromMSecsSinceEpoch(1795299000999, Qt::UTC);
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);
        m_clock->setMSecsSinceEpoch(1795299301123);
        QCOMPARE(workspace->repository()->setStatus(keyA, ConnectionStatus::Connected).code, ErrorCode::None);
        QCOMPARE(workspace->repository()->setLastCodeAt(keyA, codeAt).code, ErrorCode::None);
        QCOMPARE(rowsOf(changed), (QList<int>{0, 0}));
        QCOMPARE(workspace->repository()->setStatus(QUuid::createUuid(), ConnectionStatus::Connected).code,
                 ErrorCode::UnknownInstance);
        QCOMPARE(workspace->repository()->setLastCodeAt(QUuid::createUuid(), codeAt).code, ErrorCode::UnknownInstance);
    }
    auto restarted = start();
    const InstanceRecord &a = restarted->repository()->records().at(0);
    QCOMPARE(a.status, ConnectionStatus::Connected);
    QCOMPARE(a.statusCheckedAt.toMSecsSinceEpoch(), 1795299301123);
    QCOMPARE(a.lastCodeAt.toMSecsSinceEpoch(), 1795299000999);
}

void TestInstanceRepository::loadNeverOpensTheVault()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    Workspace workspace(m_profile, *m_clock);
    QSignalSpy states(workspace.vault(), &CredentialVault::stateChanged);
    InstanceRepository *repository = workspace.repository();
    QCOMPARE(repository->load().code, ErrorCode::None);
    QCOMPARE(repository->records().size(), 2);
    QCOMPARE(repository->indexOf(keyB), 1);
    QCOMPARE(repository->indexOfName(QStringLiteral("OFICINA")), 1);
    QCOMPARE(repository->indexOfName(QStringLiteral("nobody")), -1);
    QCOMPARE(repository->setStatus(keyA, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(keyA, m_clock->now()).code, ErrorCode::None);
    InstanceRecord edited = repository->records().at(0);
    edited.notes = QStringLiteral("editada sem segredos");
    QCOMPARE(update(&workspace, edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->load().code, ErrorCode::None);
    QCOMPARE(repository->records().at(0).notes, QStringLiteral("editada sem segredos"));
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(states.size(), 0);
}

void TestInstanceRepository::loadOfDamagedIndexResets()
{
    QVERIFY(Test::writeBytes(m_profile.indexPath(), QByteArrayLiteral("{\"version\":1,\"instances\":[")));
    Workspace workspace(m_profile, *m_clock);
    QSignalSpy aboutToReset(workspace.repository(), &InstanceRepository::aboutToReset);
    QSignalSpy reset(workspace.repository(), &InstanceRepository::reset);
    const Error error = workspace.repository()->load();
    QCOMPARE(error.code, ErrorCode::IndexUnreadable);
    QCOMPARE(error.detail, QDir::toNativeSeparators(m_profile.indexPath() + QStringLiteral(".damaged-20261121-221500")));
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(workspace.repository()->records().isEmpty());
}

// The desktop app and partnerdesk-cli on one profile: the vault merges their changes, the
// index does not, and the next vault update of the first then prunes the other's secrets.
void TestInstanceRepository::twoProcessesAddingKeepBothInstances()
{
    auto desktop = start();
    auto cli = start();
    QUuid keyFromCli;
    QUuid keyFromDesktop;
    QCOMPARE(add(cli.get(), named(QStringLiteral("Adicionada pela CLI")), idB, tokenB, &keyFromCli).code, ErrorCode::None);
    QCOMPARE(add(desktop.get(), named(QStringLiteral("Adicionada no app")), idA, tokenA, &keyFromDesktop).code,
             ErrorCode::None);
    QCOMPARE(setClientToken(desktop.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    cli.reset();
    desktop.reset();

    auto restarted = start();
    QStringList names = namesOf(restarted->repository());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Adicionada no app"), QStringLiteral("Adicionada pela CLI")}));
    QVERIFY(vaultOnDisk().instances.contains(keyFromCli));
}

// Like the vault, the index notices another process by (size, modification time): an edit
// of the same length within one timestamp tick goes unnoticed (simulated by putting the
// time back) and is then overwritten.
void TestInstanceRepository::secondProcessEditOfSameSizeInSameTimestampIsKept()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria"), {}, QStringLiteral("nota AAAA")), idA, tokenA, &keyA).code,
                 ErrorCode::None);
    }
    const QDateTime writtenAt = QFileInfo(m_profile.indexPath()).lastModified();
    const qint64 size = QFileInfo(m_profile.indexPath()).size();
    auto desktop = start();
    auto cli = start();
    InstanceRecord edited = cli->repository()->records().at(0);
    edited.notes = QStringLiteral("nota BBBB");
    QCOMPARE(update(cli.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(QFileInfo(m_profile.indexPath()).size(), size);
    {
        QFile file(m_profile.indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(writtenAt, QFileDevice::FileModificationTime));
    }
    QCOMPARE(desktop->repository()->setLastCodeAt(keyA, m_clock->now()).code, ErrorCode::None);
    desktop.reset();
    cli.reset();
    auto restarted = start();
    QVERIFY(restarted->repository()->records().at(0).lastCodeAt.isValid());
    QVERIFY2(restarted->repository()->records().at(0).notes == QStringLiteral("nota BBBB"),
             "the other process's edit was overwritten: InstanceRepository::indexChangedOnDisk() compares only "
             "size and modification time");
}

void TestInstanceRepository::addWithAnIdAlreadyListedIsRefused()
{
    auto workspace = start();
    QCOMPARE(add(workspace.get(), named(QStringLiteral("Padaria")), idA, tokenA).code, ErrorCode::None);
    const QByteArray indexBefore = Test::readBytes(m_profile.indexPath());
    const Error error = add(workspace.get(), named(QStringLiteral("Outra")), idA, tokenB);
    QCOMPARE(error.code, ErrorCode::InstanceIdTaken);
    QCOMPARE(error.detail, QStringLiteral("Padaria"));
    QCOMPARE(namesOf(workspace->repository()), QStringList{QStringLiteral("Padaria")});
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBefore);
    QCOMPARE(vaultOnDisk().instances.size(), 1);
}

void TestInstanceRepository::indexFailingAfterTheVaultPutsTheVaultBack_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("addInstance") << QStringLiteral("add");
    QTest::newRow("updateInstance with new secrets") << QStringLiteral("update");
    QTest::newRow("importInstances, one update and one new") << QStringLiteral("import");
}

// Changes that carry secrets write the vault, then the index. When the index cannot be
// written (a full disk: RLIMIT_FSIZE lets the small vault through and stops the large index),
// the vault must be as before: no secret of an instance nobody sees, no credentials changed
// for an instance whose edit did not happen.
void TestInstanceRepository::indexFailingAfterTheVaultPutsTheVaultBack()
{
    QFETCH(QString, change);
    auto workspace = start();
    // Notes live in the index only: they make it larger than the limit, the vault stays under.
    QCOMPARE(add(workspace.get(), named(QStringLiteral("A"), {}, QString(6000, u'n')), idA, tokenA).code, ErrorCode::None);
    QCOMPARE(setClientToken(workspace.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    const QByteArray indexBefore = Test::readBytes(m_profile.indexPath());
    const VaultContents vaultBefore = vaultOnDisk();
    const QList<InstanceRecord> recordsBefore = workspace->repository()->records();
    QVERIFY(indexBefore.size() > 6000);
    QVERIFY(Test::readBytes(m_profile.vaultPath()).size() < 1024);
    QSignalSpy resets(workspace->repository(), &InstanceRepository::reset);
    QSignalSpy inserted(workspace->repository(), &InstanceRepository::inserted);
    QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);

    auto attempt = [&] {
        if (change == QLatin1String("add"))
            return add(workspace.get(), named(QStringLiteral("B")), idB, tokenB);
        if (change == QLatin1String("update")) {
            InstanceRecord a = workspace->repository()->records().at(0);
            a.name = QStringLiteral("A renamed");
            return update(workspace.get(), a, InstanceSecrets{idA, tokenC});
        }
        ImportSummary summary;
        return import(workspace.get(),
                      {importRow(2, QStringLiteral("A renamed"), idA, tokenC, {}, QString(6000, u'n')),
                       importRow(3, QStringLiteral("C"), idC, tokenC)},
                      &summary);
    };
    Error error;
    {
        Test::FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        error = attempt();
    }
    QCOMPARE(error.code, ErrorCode::IndexWriteFailed);
    QCOMPARE(Test::readBytes(m_profile.indexPath()), indexBefore);
    const VaultContents vaultAfter = vaultOnDisk();
    QVERIFY2(vaultAfter == vaultBefore,
             qPrintable(QStringLiteral("the vault holds %1 instances (%2 before); A's token %3")
                            .arg(vaultAfter.instances.size())
                            .arg(vaultBefore.instances.size())
                            .arg(vaultAfter.instances.value(recordsBefore.at(0).key).instanceToken == tokenA
                                     ? QStringLiteral("kept") : QStringLiteral("changed"))));
    QVERIFY(workspace->repository()->records() == recordsBefore);
    QCOMPARE(resets.size() + inserted.size() + changed.size(), 0);
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()),
             (QStringList{QStringLiteral("credentials.vault"), QStringLiteral("instances.json")}));

    // With room on the disk again, the same change works.
    QCOMPARE(attempt().code, ErrorCode::None);
    QCOMPARE(vaultOnDisk().instances.size(), change == QLatin1String("update") ? 1 : 2);
}

QTEST_GUILESS_MAIN(TestInstanceRepository)
#include "tst_instancerepository.moc"
