// InstanceRepository over the profile's database, with the REAL keychain
// (scripts/test-session.sh). A "restart" is a new Workspace (a new database connection) on
// the same profile; "another process" is the real partnerdesk-cli.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "StoreTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "util/Folding.h"
#include "util/PhoneNumbers.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace PartnerDesk;
using Test::Catcher;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)
Q_DECLARE_METATYPE(PartnerDesk::ListQuery::Order)

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
const QString idE = QStringLiteral("ABCDEF0123456789ABCDEF0123456789");
const QString tokenE = QStringLiteral("EEEEEEEEEEEEEEEEEEEEEEE1");

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

QStringList namesOf(const QList<InstanceRecord> &records)
{
    QStringList names;
    for (const InstanceRecord &record : records)
        names.append(record.name);
    return names;
}

QStringList namesOf(const InstanceRepository *repository)
{
    return namesOf(repository->allRecords());
}

QList<InstanceChange> changesOf(const QSignalSpy &spy)
{
    QList<InstanceChange> changes;
    for (const QList<QVariant> &arguments : spy)
        changes.append(arguments.at(0).value<InstanceChange>());
    return changes;
}

QString describe(const InstanceChange &change)
{
    QStringList rows;
    for (qint64 id : change.rowIds)
        rows.append(QString::number(id));
    return QStringLiteral("fields 0x%1 rows [%2]").arg(change.fields, 0, 16).arg(rows.join(u','));
}

qint64 scalar(const Database *database, const QString &sql)
{
    QSqlQuery statement = database->query(sql);
    if (!statement.exec() || !statement.next())
        return -1;
    return statement.value(0).toLongLong();
}

// Sealed credentials whose instance is gone: a removal must never leave any.
qint64 orphanedCredentials(const Database *database)
{
    return scalar(database, QStringLiteral(
        "SELECT count(*) FROM instance_credentials WHERE instance NOT IN (SELECT id FROM instances)"));
}

QList<qint64> rowIdsOf(const QList<InstanceRecord> &records)
{
    QList<qint64> ids;
    for (const InstanceRecord &record : records)
        ids.append(record.rowId);
    return ids;
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
    void changedSaysWhatChangedAndWhere();
    void updateWithoutSecretsNeedsNoVault();
    void updateWithSecretsRoundTrip();
    void removeNeedsNoVaultAndTakesTheCredentialsAlong();
    void duplicateNameIsRefused_data();
    void duplicateNameIsRefused();
    void renamingToAnotherCaseOfItsOwnNameIsAllowed();
    void nameLimits();
    void phoneIsStoredAsOneInternationalNumber();
    void phoneKeptAsTypedStaysUntilChanged();
    void invalidIdOrTokenIsRefused_data();
    void invalidIdOrTokenIsRefused();
    void idOrTokenWithTrailingNewlineIsRefused();
    void instanceIdAlreadySavedIsRefused();
    void instanceIdTakenIsSeenAcrossProcesses();
    void apiCredentialsAndClientToken();
    void apiCredentialsAreWipedAfterTheirRequest();
    void setClientTokenValidation_data();
    void setClientTokenValidation();
    void setPartnerTokenValidation_data();
    void setPartnerTokenValidation();
    void partnerTokenAndClientTokenAreKeptApart();
    void importAddsUpdatesAndSkips();
    void importTwiceAddsNothingNew();
    void cancelledImportLeavesTheStoreAsItWas();
    void oneImportAtATime();
    void statusAndLastCodeRoundTrip();
    void readingNeverOpensTheVault();
    void recordsKeepTheOrderAskedAndSkipMissingRows();
    void recordNamedIgnoresCase();
    void recordsMatchingIgnoresCaseAndAccents();
    void setStatusesIsOneTransaction();
    void rowIdsFilteredBySearchTerms_data();
    void rowIdsFilteredBySearchTerms();
    void rowIdsInEachOrder_data();
    void rowIdsInEachOrder();
    void twoConnectionsAddingKeepBothInstances();
    void otherConnectionsEditIsNeverOverwritten();
    void failedWriteChangesNothing_data();
    void failedWriteChangesNothing();

private:
    std::unique_ptr<Workspace> start();
    Error add(Workspace *workspace, const InstanceRecord &record, const QString &id, const QString &token,
              QUuid *key = nullptr);
    Error update(Workspace *workspace, const InstanceRecord &record, const std::optional<InstanceSecrets> &secrets);
    Error secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets);
    Error setClientToken(Workspace *workspace, const QString &token);
    Error setPartnerToken(Workspace *workspace, const QString &token);
    // What partnerToken() gives: the token, or the error's.
    Error partnerTokenOf(Workspace *workspace, QString *token);
    Error import(Workspace *workspace, const QList<ImportRow> &rows, ImportSummary *summary);
    // The four instances the list tests search and sort (see the function).
    void createListFixture();
    QStringList namesOfRows(const InstanceRepository *repository, const ListQuery &query);
    // partnerdesk-cli on this test's profile: its exit code, standard error in `err`.
    int runCli(const QStringList &arguments, const QByteArray &input, QString *err);

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
};

void TestInstanceRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The CLI's names, so that partnerdesk-cli finds this test's profiles (see runCli()).
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    const QString problem = Test::secretServiceProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
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
    if (const Error error = workspace->open())
        qWarning("Workspace::open() failed: %s", qPrintable(error.message()));
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

Error TestInstanceRepository::setPartnerToken(Workspace *workspace, const QString &token)
{
    Catcher<Error> set;
    workspace->repository()->setPartnerToken(token, m_context.get(), set.callback());
    if (!QTest::qWaitFor([&] { return set.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    return set.error();
}

Error TestInstanceRepository::partnerTokenOf(Workspace *workspace, QString *token)
{
    Catcher<Error, QString> read;
    workspace->repository()->partnerToken(m_context.get(), read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    *token = read.get<1>();
    return read.error();
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

int TestInstanceRepository::runCli(const QStringList &arguments, const QByteArray &input, QString *err)
{
    // QStandardPaths' test mode puts this process's files under its own "XDG" homes; the
    // CLI, with the same application names, finds them there through the XDG variables.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // the messages of this process
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PARTNERDESK_CLI), QStringList{QStringLiteral("--profile"), m_profile.name()} + arguments);
    if (!process.waitForStarted(timeoutMs)) {
        *err = process.errorString();
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *err = QStringLiteral("(timed out)");
        return -1;
    }
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestInstanceRepository::addRoundTripAcrossRestart()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("  Padaria   Pão de Mel  "), QStringLiteral(" +55 (11) 98765-4321 "),
                                            QStringLiteral("Dona Márcia\nliga depois das 14h")),
                     idA, tokenA, &keyA).code,
                 ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina do Zé")), idB, tokenB, &keyB).code, ErrorCode::None);
        QVERIFY(!keyA.isNull());
        QVERIFY(keyA != keyB);
        QCOMPARE(workspace->repository()->count(), 2);
    }
    auto restarted = start();
    const InstanceRepository *repository = restarted->repository();
    QCOMPARE(repository->count(), 2);
    // Sorted by name, case and accents folded.
    QCOMPARE(namesOf(repository), (QStringList{QStringLiteral("Oficina do Zé"), QStringLiteral("Padaria Pão de Mel")}));
    const std::optional<InstanceRecord> a = repository->record(keyA);
    QVERIFY(a);
    QCOMPARE(a->key, keyA);
    QVERIFY(a->rowId > 0);
    QCOMPARE(a->name, QStringLiteral("Padaria Pão de Mel")); // one line, single spaces
    QCOMPARE(a->phone, QStringLiteral("+5511987654321")); // one international number
    QCOMPARE(a->notes, QStringLiteral("Dona Márcia\nliga depois das 14h")); // notes keep their lines
    QCOMPARE(a->idSuffix, QStringLiteral("…7E8F"));
    QCOMPARE(a->status, ConnectionStatus::Unknown);
    QVERIFY(!a->statusCheckedAt.isValid());
    QVERIFY(!a->lastCodeAt.isValid());
    QCOMPARE(repository->record(keyB)->idSuffix, QStringLiteral("…1122"));
    QVERIFY(!repository->record(QUuid::createUuid()));
    QCOMPARE(restarted->vault()->state(), CredentialVault::State::Closed);

    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenA}));
    QCOMPARE(secretsOf(restarted.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idB, tokenB}));
    QCOMPARE(secretsOf(restarted.get(), QUuid::createUuid(), &secrets).code, ErrorCode::UnknownInstance);
    QCOMPARE(secrets, InstanceSecrets());
}

// What the list model relies on: which fields of which rows changed, after the change is
// readable, and nothing for a change that did not happen.
void TestInstanceRepository::changedSaysWhatChangedAndWhere()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QSignalSpy spy(repository, &InstanceRepository::changed);
    // What the rows named in each change look like at the moment it is announced.
    QList<QStringList> seen;
    connect(repository, &InstanceRepository::changed, this,
            [&](const InstanceChange &change) { seen.append(namesOf(repository->records(change.rowIds))); });

    QUuid keyA;
    QUuid keyB;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("A")), idA, tokenA, &keyA).code, ErrorCode::None);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("B")), idB, tokenB, &keyB).code, ErrorCode::None);
    const qint64 rowA = repository->record(keyA)->rowId;
    const qint64 rowB = repository->record(keyB)->rowId;
    QVERIFY(rowA != rowB);

    InstanceRecord a = *repository->record(keyA);
    a.notes = QStringLiteral("nova nota");
    QCOMPARE(update(workspace.get(), a, std::nullopt).code, ErrorCode::None);
    InstanceRecord b = *repository->record(keyB);
    b.name = QStringLiteral("B2");
    QCOMPARE(update(workspace.get(), b, InstanceSecrets{idB, tokenC}).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(keyA, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(keyB, m_clock->now()).code, ErrorCode::None);
    ImportSummary summary;
    QCOMPARE(import(workspace.get(), {importRow(2, QStringLiteral("A"), idA, tokenD), importRow(3, QStringLiteral("C"), idC, tokenC)},
                    &summary).code,
             ErrorCode::None);
    QCOMPARE(repository->removeInstance(keyA).code, ErrorCode::None);
    // The account's tokens are not in the list.
    QCOMPARE(setClientToken(workspace.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    QCOMPARE(setPartnerToken(workspace.get(), QStringLiteral("PartnerToken123")).code, ErrorCode::None);

    const QList<InstanceChange> changes = changesOf(spy);
    const QList<InstanceChange> expected{
        {InstanceChange::Membership, {rowA}},
        {InstanceChange::Membership, {rowB}},
        {InstanceChange::Text, {rowA}},
        {InstanceChange::Text, {rowB}},
        {InstanceChange::Status, {rowA}},
        {InstanceChange::LastCode, {rowB}},
        {InstanceChange::Everything, {}},
        {InstanceChange::Membership, {rowA}},
    };
    QCOMPARE(changes.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(changes.at(i).fields == expected.at(i).fields && changes.at(i).rowIds == expected.at(i).rowIds,
                 qPrintable(QStringLiteral("change %1: %2, expected %3")
                                .arg(i).arg(describe(changes.at(i)), describe(expected.at(i)))));
    }
    // Announced once written: the added, edited rows are readable; the removed one is gone.
    QCOMPARE(seen, (QList<QStringList>{{QStringLiteral("A")}, {QStringLiteral("B")}, {QStringLiteral("A")},
                                       {QStringLiteral("B2")}, {QStringLiteral("A")}, {QStringLiteral("B2")}, {}, {}}));

    // Refused changes announce nothing.
    spy.clear();
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("b2")), idD, tokenD).code, ErrorCode::InstanceNameTaken);
    QCOMPARE(repository->removeInstance(keyA).code, ErrorCode::UnknownInstance);
    QCOMPARE(repository->setStatus(keyA, ConnectionStatus::Connected).code, ErrorCode::UnknownInstance);
    QCOMPARE(repository->setLastCodeAt(keyA, m_clock->now()).code, ErrorCode::UnknownInstance);
    InstanceRecord gone = a;
    QCOMPARE(update(workspace.get(), gone, std::nullopt).code, ErrorCode::UnknownInstance);
    QCOMPARE(spy.size(), 0);
}

void TestInstanceRepository::updateWithoutSecretsNeedsNoVault()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    qint64 rowB = 0;
    {
        auto workspace = start();
        QSignalSpy states(workspace->vault(), &CredentialVault::stateChanged);
        InstanceRecord edited = *workspace->repository()->record(keyB);
        rowB = edited.rowId;
        edited.name = QStringLiteral("  Oficina   do Zé  ");
        edited.phone = QStringLiteral("  (21) 3333-4444 ");
        edited.notes = QStringLiteral("nova nota\ncom duas linhas");
        edited.idSuffix = QStringLiteral("ignored");
        edited.status = ConnectionStatus::Connected; // not taken either: setStatus() sets it
        QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(states.size(), 0);
        QCOMPARE(workspace->repository()->record(keyB)->name, QStringLiteral("Oficina do Zé"));
    }
    auto restarted = start();
    const InstanceRecord b = *restarted->repository()->record(keyB);
    QCOMPARE(b.rowId, rowB);
    QCOMPARE(b.name, QStringLiteral("Oficina do Zé"));
    QCOMPARE(b.phone, QStringLiteral("+552133334444"));
    QCOMPARE(b.notes, QStringLiteral("nova nota\ncom duas linhas"));
    QCOMPARE(b.idSuffix, QStringLiteral("…1122")); // not taken from the edited record
    QCOMPARE(b.status, ConnectionStatus::Unknown);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idB, tokenB}));

    InstanceRecord unknown = Test::named(QStringLiteral("Ninguém"));
    unknown.key = QUuid::createUuid();
    QCOMPARE(update(restarted.get(), unknown, std::nullopt).code, ErrorCode::UnknownInstance);
    QCOMPARE(update(restarted.get(), unknown, InstanceSecrets{idC, tokenC}).code, ErrorCode::UnknownInstance);
    QCOMPARE(restarted->repository()->count(), 2);
}

void TestInstanceRepository::updateWithSecretsRoundTrip()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB).code, ErrorCode::None);
    }
    {
        auto workspace = start();
        InstanceRecord edited = *workspace->repository()->record(keyA);
        edited.notes = QStringLiteral("credenciais trocadas");
        QCOMPARE(update(workspace.get(), edited, InstanceSecrets{idC, tokenC}).code, ErrorCode::None);
        QCOMPARE(workspace->repository()->record(keyA)->idSuffix, QStringLiteral("…CDEF"));
    }
    auto restarted = start();
    QCOMPARE(restarted->repository()->record(keyA)->idSuffix, QStringLiteral("…CDEF"));
    QCOMPARE(restarted->repository()->record(keyA)->notes, QStringLiteral("credenciais trocadas"));
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idC, tokenC}));
    QCOMPARE(scalar(restarted->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
    // A's old ID is free again.
    QCOMPARE(add(restarted.get(), Test::named(QStringLiteral("Nova")), idA, tokenA).code, ErrorCode::None);
}

// Removing needs no secret, so it works with the keychain closed (or absent: tst_nokeychain),
// and the sealed credentials go in the same transaction: nothing is left for a later update
// to prune.
void TestInstanceRepository::removeNeedsNoVaultAndTakesTheCredentialsAlong()
{
    QUuid keyA;
    QUuid keyB;
    QUuid keyC;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("A")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("B")), idB, tokenB, &keyB).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("C")), idC, tokenC, &keyC).code, ErrorCode::None);
    }
    qint64 rowB = 0;
    {
        auto workspace = start();
        InstanceRepository *repository = workspace->repository();
        const Database *database = workspace->database();
        QSignalSpy states(workspace->vault(), &CredentialVault::stateChanged);
        rowB = repository->record(keyB)->rowId;
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials WHERE instance = %1").arg(rowB)), 1);

        QCOMPARE(repository->removeInstance(keyB).code, ErrorCode::None);
        QCOMPARE(namesOf(repository), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(!repository->record(keyB));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials WHERE instance = %1").arg(rowB)), 0);
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
        QCOMPARE(orphanedCredentials(database), 0);
        QCOMPARE(repository->removeInstance(keyB).code, ErrorCode::UnknownInstance);
        QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
        QCOMPARE(states.size(), 0);
    }
    auto restarted = start();
    QCOMPARE(namesOf(restarted->repository()), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(orphanedCredentials(restarted->database()), 0);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, tokenA);
    QCOMPARE(secretsOf(restarted.get(), keyC, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceToken, tokenC);
    // B's ID went with it: it can be added again, as a new instance.
    QUuid keyB2;
    QCOMPARE(add(restarted.get(), Test::named(QStringLiteral("B de novo")), idB, tokenD, &keyB2).code, ErrorCode::None);
    QVERIFY(keyB2 != keyB);
    QCOMPARE(secretsOf(restarted.get(), keyB2, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idB, tokenD}));
}

void TestInstanceRepository::duplicateNameIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("same") << QStringLiteral("Padaria Pão de Mel");
    QTest::newRow("lower case") << QStringLiteral("padaria pão de mel");
    QTest::newRow("upper case with accents") << QStringLiteral("PADARIA PÃO DE MEL");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Padaria Pão de Mel\t");
    QTest::newRow("inner spaces") << QStringLiteral("Padaria  Pão   de Mel");
}

void TestInstanceRepository::duplicateNameIsRefused()
{
    QFETCH(QString, name);
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria Pão de Mel")), idA, tokenA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const QList<InstanceRecord> before = repository->allRecords();
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QSignalSpy changed(repository, &InstanceRepository::changed);

    const Error addError = add(workspace.get(), Test::named(name), idC, tokenC);
    QCOMPARE(addError.code, ErrorCode::InstanceNameTaken);
    QCOMPARE(addError.detail, name.simplified());
    QVERIFY(addError.message().contains(name.simplified()));

    InstanceRecord renamed = *repository->record(keyB);
    renamed.name = name;
    QCOMPARE(update(workspace.get(), renamed, InstanceSecrets{idD, tokenD}).code, ErrorCode::InstanceNameTaken);
    QCOMPARE(update(workspace.get(), renamed, std::nullopt).code, ErrorCode::InstanceNameTaken);

    QCOMPARE(repository->allRecords(), before);
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed); // refused before the keychain
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets.instanceId, idB);
}

void TestInstanceRepository::renamingToAnotherCaseOfItsOwnNameIsAllowed()
{
    auto workspace = start();
    QUuid key;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("padaria")), idA, tokenA, &key).code, ErrorCode::None);
    InstanceRecord record = *workspace->repository()->record(key);
    record.name = QStringLiteral("Padaria");
    QCOMPARE(update(workspace.get(), record, std::nullopt).code, ErrorCode::None);
    QCOMPARE(workspace->repository()->record(key)->name, QStringLiteral("Padaria"));
    QCOMPARE(workspace->repository()->recordNamed(QStringLiteral("PADARIA"))->key, key);
}

// Names are one line, single-spaced, 1 to 200 characters: in add, update and import alike.
void TestInstanceRepository::nameLimits()
{
    const QString longest(200, u'x');
    const QString tooLong(201, u'y');
    QUuid key;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &key).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("   ")), idB, tokenB).code, ErrorCode::InvalidInstanceName);
        QCOMPARE(add(workspace.get(), Test::named(QString()), idB, tokenB).code, ErrorCode::InvalidInstanceName);
        QCOMPARE(add(workspace.get(), Test::named(tooLong), idB, tokenB).code, ErrorCode::InvalidInstanceName);
        // Counted once normalised: the spaces around do not count.
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("  ") + longest + QStringLiteral("\n")), idB, tokenB).code,
                 ErrorCode::None);
        InstanceRecord edited = *workspace->repository()->record(key);
        edited.name = QStringLiteral(" \t ");
        QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::InvalidInstanceName);
        edited.name = tooLong;
        QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::InvalidInstanceName);
        edited.name = QStringLiteral("Padaria\nda Esquina");
        QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);

        ImportSummary summary;
        QCOMPARE(import(workspace.get(),
                        {importRow(2, QStringLiteral("  "), idC, tokenC), importRow(3, tooLong, idD, tokenD),
                         importRow(4, QStringLiteral(" Mercadinho\tBom  Preço "), idE, tokenE)},
                        &summary).code,
                 ErrorCode::None);
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.skipped.size(), 2);
        QCOMPARE(summary.skipped.at(0).line, 2);
        QCOMPARE(summary.skipped.at(0).reason, QStringLiteral("the name is empty or too long"));
        QCOMPARE(summary.skipped.at(1).line, 3);
        QCOMPARE(summary.skipped.at(1).reason, QStringLiteral("the name is empty or too long"));
    }
    auto restarted = start();
    QCOMPARE(namesOf(restarted->repository()),
             (QStringList{QStringLiteral("Mercadinho Bom Preço"), QStringLiteral("Padaria da Esquina"), longest}));
    QCOMPARE(scalar(restarted->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 3);
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
    QUuid existingKey;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Existing")), idA, tokenA, &existingKey).code, ErrorCode::None);
    }
    auto workspace = start();
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QUuid key = QUuid::createUuid();
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("New")), id, token, &key).code, expected);
    QVERIFY(key.isNull());
    InstanceRecord existing = *workspace->repository()->record(existingKey);
    existing.notes = QStringLiteral("should not be saved");
    QCOMPARE(update(workspace.get(), existing, InstanceSecrets{id, token}).code, expected);

    QCOMPARE(namesOf(workspace->repository()), QStringList{QStringLiteral("Existing")});
    QCOMPARE(workspace->repository()->record(existingKey)->notes, QString());
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
}

// Validation's ^...$ lets one trailing "\n" through (PCRE's $ matches before a final
// newline), so an ID or token could carry a newline into the URL path.
void TestInstanceRepository::idOrTokenWithTrailingNewlineIsRefused()
{
    auto workspace = start();
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Newline ID")), idA + u'\n', tokenA).code,
             ErrorCode::InvalidInstanceId);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Newline token")), idB, tokenB + u'\n').code,
             ErrorCode::InvalidInstanceToken);
    QCOMPARE(workspace->repository()->count(), 0);
}

void TestInstanceRepository::instanceIdAlreadySavedIsRefused()
{
    auto workspace = start();
    QUuid keyB;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA).code, ErrorCode::None);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    const QList<InstanceRecord> before = workspace->repository()->allRecords();
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);

    const Error error = add(workspace.get(), Test::named(QStringLiteral("Outra")), idA, tokenC);
    QCOMPARE(error.code, ErrorCode::InstanceIdTaken);
    QCOMPARE(error.detail, QStringLiteral("Padaria")); // names the instance that has it
    QVERIFY(error.message().contains(QLatin1String("\"Padaria\"")));
    // Giving another instance that ID is refused the same way, and changes nothing of it.
    InstanceRecord oficina = *workspace->repository()->record(keyB);
    oficina.notes = QStringLiteral("should not be saved");
    const Error updateError = update(workspace.get(), oficina, InstanceSecrets{idA, tokenC});
    QCOMPARE(updateError.code, ErrorCode::InstanceIdTaken);
    QCOMPARE(updateError.detail, QStringLiteral("Padaria"));

    QCOMPARE(workspace->repository()->allRecords(), before);
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    QCOMPARE(changed.size(), 0);
    // Its own ID again is no conflict.
    oficina.notes = QStringLiteral("mesmo ID");
    QCOMPARE(update(workspace.get(), oficina, InstanceSecrets{idB, tokenD}).code, ErrorCode::None);

    // A restart knows it too (it is in the database, not in memory).
    workspace.reset();
    auto restarted = start();
    const Error again = add(restarted.get(), Test::named(QStringLiteral("Outra")), idA, tokenC);
    QCOMPARE(again.code, ErrorCode::InstanceIdTaken);
    QCOMPARE(again.detail, QStringLiteral("Padaria"));
    QCOMPARE(restarted->repository()->count(), 2);
}

// The desktop app and partnerdesk-cli on one profile, each refusing the ID the other saved.
void TestInstanceRepository::instanceIdTakenIsSeenAcrossProcesses()
{
    auto workspace = start();
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA).code, ErrorCode::None);

    QString err;
    QCOMPARE(runCli({QStringLiteral("add"), QStringLiteral("Da CLI")}, (idB + u'\n' + tokenB + u'\n').toUtf8(), &err), 0);
    QCOMPARE(runCli({QStringLiteral("add"), QStringLiteral("Outra")}, (idA + u'\n' + tokenC + u'\n').toUtf8(), &err), 3);
    QVERIFY2(err.contains(Error(ErrorCode::InstanceIdTaken, QStringLiteral("Padaria")).message()), qPrintable(err));

    // This process, open all along, refuses the ID the CLI saved meanwhile.
    const Error error = add(workspace.get(), Test::named(QStringLiteral("Outra")), idB, tokenC);
    QCOMPARE(error.code, ErrorCode::InstanceIdTaken);
    QCOMPARE(error.detail, QStringLiteral("Da CLI"));
    QCOMPARE(namesOf(workspace->repository()), (QStringList{QStringLiteral("Da CLI"), QStringLiteral("Padaria")}));
    QCOMPARE(scalar(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
}

void TestInstanceRepository::apiCredentialsAndClientToken()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
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
    QCOMPARE(credentials.get<1>().instance, (InstanceSecrets{idA, tokenA}));
    QCOMPARE(credentials.get<1>().clientToken, QStringLiteral("Fa1b2C3d4E5f6-Client_Token"));

    Catcher<Error, QString> token;
    restarted->repository()->clientToken(m_context.get(), token.callback());
    QTRY_COMPARE_WITH_TIMEOUT(token.calls(), 1, timeoutMs);
    QCOMPARE(token.get<1>(), QStringLiteral("Fa1b2C3d4E5f6-Client_Token"));

    Catcher<Error, ApiCredentials> unknown;
    restarted->repository()->apiCredentials(QUuid::createUuid(), m_context.get(), unknown.callback());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.calls(), 1, timeoutMs);
    QCOMPARE(unknown.error().code, ErrorCode::UnknownInstance);
    QCOMPARE(unknown.get<1>().clientToken, QString());
}

// The credentials are the request's alone: once their callback has returned, they are wiped
// in the buffers they were decrypted into, and a shallow copy kept past it reads zeros.
void TestInstanceRepository::apiCredentialsAreWipedAfterTheirRequest()
{
    auto workspace = start();
    QUuid key;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &key).code, ErrorCode::None);
    const QString clientToken = QStringLiteral("Fa1b2C3d4E5f6-Client_Token");
    QCOMPARE(setClientToken(workspace.get(), clientToken).code, ErrorCode::None);

    int calls = 0;
    bool completeDuringTheCallback = false;
    ApiCredentials keptPastTheCallback;
    workspace->repository()->apiCredentials(key, m_context.get(), [&](const Error &error, const ApiCredentials &credentials) {
        ++calls;
        completeDuringTheCallback = !error && credentials.instance == InstanceSecrets{idA, tokenA}
            && credentials.clientToken == clientToken;
        keptPastTheCallback = credentials;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, timeoutMs);
    QVERIFY(completeDuringTheCallback);
    QCOMPARE(keptPastTheCallback.instance.instanceId, QString(idA.size(), QChar(u'\0')));
    QCOMPARE(keptPastTheCallback.instance.instanceToken, QString(tokenA.size(), QChar(u'\0')));
    QCOMPARE(keptPastTheCallback.clientToken, QString(clientToken.size(), QChar(u'\0')));
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

void TestInstanceRepository::setPartnerTokenValidation_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("stored"); // what partnerToken() gives afterwards
    // Bearer tokens are often JWTs: three base64url parts, hundreds of characters.
    const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + QString(600, u'A') + QStringLiteral(".sig-_nature");
    QTest::newRow("plain") << QStringLiteral("P4rtner-Token_01") << ErrorCode::None << QStringLiteral("P4rtner-Token_01");
    QTest::newRow("a JWT") << jwt << ErrorCode::None << jwt;
    QTest::newRow("trimmed") << QStringLiteral(" \tP4rtner\n") << ErrorCode::None << QStringLiteral("P4rtner");
    QTest::newRow("empty clears it") << QString() << ErrorCode::None << QString();
    QTest::newRow("blank clears it") << QStringLiteral("   ") << ErrorCode::None << QString();
    QTest::newRow("inner space") << QStringLiteral("Bearer abc") << ErrorCode::InvalidPartnerToken << QStringLiteral("Previous-Partner");
    QTest::newRow("inner newline") << QStringLiteral("abc\r\nX-Evil: 1") << ErrorCode::InvalidPartnerToken << QStringLiteral("Previous-Partner");
    QTest::newRow("control character") << QStringLiteral("abc\u0001") << ErrorCode::InvalidPartnerToken << QStringLiteral("Previous-Partner");
    QTest::newRow("non-ASCII") << QStringLiteral("tökén") << ErrorCode::InvalidPartnerToken << QStringLiteral("Previous-Partner");
}

void TestInstanceRepository::setPartnerTokenValidation()
{
    QFETCH(QString, token);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, stored);
    auto workspace = start();
    QCOMPARE(setPartnerToken(workspace.get(), QStringLiteral("Previous-Partner")).code, ErrorCode::None);
    const Error error = setPartnerToken(workspace.get(), token);
    QCOMPARE(error.code, expected);
    if (error)
        QVERIFY(error.message().contains(QLatin1String("partner token")));
    workspace.reset();
    auto restarted = start();
    QString read = QStringLiteral("stale");
    QCOMPARE(partnerTokenOf(restarted.get(), &read).code, ErrorCode::None);
    QCOMPARE(read, stored);
}

// Two secrets of the account, each in its own row: setting, reading or removing one leaves
// the other as it was, and neither shows in the list.
void TestInstanceRepository::partnerTokenAndClientTokenAreKeptApart()
{
    auto workspace = start();
    QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);
    QString token;
    QCOMPARE(partnerTokenOf(workspace.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, QString()); // not set yet
    QCOMPARE(setClientToken(workspace.get(), QStringLiteral("Client-Token-1")).code, ErrorCode::None);
    QCOMPARE(partnerTokenOf(workspace.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, QString());
    QCOMPARE(setPartnerToken(workspace.get(), QStringLiteral("Partner-Token-1")).code, ErrorCode::None);
    QCOMPARE(Test::clientTokenOf(workspace->repository()), QStringLiteral("Client-Token-1"));
    QCOMPARE(scalar(workspace->database(), QStringLiteral("SELECT count(*) FROM account_secrets")), 2);
    workspace.reset();

    auto restarted = start();
    QCOMPARE(partnerTokenOf(restarted.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, QStringLiteral("Partner-Token-1"));
    QCOMPARE(setClientToken(restarted.get(), QString()).code, ErrorCode::None); // removed
    QCOMPARE(partnerTokenOf(restarted.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, QStringLiteral("Partner-Token-1"));
    QCOMPARE(setClientToken(restarted.get(), QStringLiteral("Client-Token-2")).code, ErrorCode::None);
    QCOMPARE(setPartnerToken(restarted.get(), QString()).code, ErrorCode::None);
    QCOMPARE(partnerTokenOf(restarted.get(), &token).code, ErrorCode::None);
    QCOMPARE(token, QString());
    QCOMPARE(Test::clientTokenOf(restarted->repository()), QStringLiteral("Client-Token-2"));
    QCOMPARE(scalar(restarted->database(), QStringLiteral("SELECT count(*) FROM account_secrets")), 1);
    QCOMPARE(changed.size(), 0);
}

void TestInstanceRepository::importAddsUpdatesAndSkips()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const qint64 rowA = repository->record(keyA)->rowId;
    QSignalSpy changed(repository, &InstanceRepository::changed);

    const QList<ImportRow> rows{
        importRow(2, QStringLiteral(" Padaria   Pão de Mel "), idA, tokenC, QStringLiteral("+5511912345678"),
                  QStringLiteral("renomeada")),                                        // updates A by ID
        // Not from CsvImport, so not international yet: understood on import.
        importRow(3, QStringLiteral("Mercadinho"), idC, tokenC, QStringLiteral("11 5555-0000")), // adds
        importRow(5, QStringLiteral("oficina"), idD, tokenD),                            // B's name, other ID
        importRow(6, QStringLiteral("Oficina"), idB, tokenB, QStringLiteral("+552144440000")), // updates B
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
    // One announcement for the whole import: any row may have changed.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changesOf(changed).at(0).fields, int(InstanceChange::Everything));
    QVERIFY(changesOf(changed).at(0).rowIds.isEmpty());

    const auto check = [&](const InstanceRepository *repo) {
        QCOMPARE(namesOf(repo), (QStringList{QStringLiteral("Mercadinho"), QStringLiteral("Oficina"),
                                             QStringLiteral("Padaria Pão de Mel")}));
        const InstanceRecord a = *repo->record(keyA); // updated in place, not duplicated
        QCOMPARE(a.rowId, rowA);
        QCOMPARE(a.phone, QStringLiteral("+5511912345678"));
        QCOMPARE(a.notes, QStringLiteral("renomeada"));
        QCOMPARE(repo->record(keyB)->phone, QStringLiteral("+552144440000"));
        const InstanceRecord c = *repo->recordNamed(QStringLiteral("mercadinho"));
        QCOMPARE(c.phone, QStringLiteral("+551155550000"));
        QCOMPARE(c.idSuffix, QStringLiteral("…CDEF"));
    };
    check(repository);
    if (QTest::currentTestFailed())
        return;
    const QUuid keyC = repository->recordNamed(QStringLiteral("Mercadinho"))->key;
    workspace.reset();

    auto restarted = start();
    check(restarted->repository());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(restarted->vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(scalar(restarted->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 3);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenC}));
    QCOMPARE(secretsOf(restarted.get(), keyB, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idB, tokenB}));
    QCOMPARE(secretsOf(restarted.get(), keyC, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idC, tokenC}));
    // The skipped row's ID was saved nowhere: it can be added.
    QCOMPARE(add(restarted.get(), Test::named(QStringLiteral("Quarta")), idD, tokenD).code, ErrorCode::None);
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
    const QList<InstanceRecord> before = workspace->repository()->allRecords();
    ImportSummary second;
    QCOMPARE(import(workspace.get(), rows, &second).code, ErrorCode::None);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 3);
    QCOMPARE(second.skipped.size(), 0);
    const QList<InstanceRecord> after = workspace->repository()->allRecords();
    QCOMPARE(after, before); // same keys, names, everything
    QCOMPARE(rowIdsOf(after), rowIdsOf(before));
    QCOMPARE(scalar(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 3);
}

namespace {

// Rows enough for an import to report progress more than once (every 500 rows).
QList<ImportRow> manyImportRows(int count)
{
    QList<ImportRow> rows;
    for (int i = 0; i < count; ++i) {
        rows.append(importRow(i + 2, QStringLiteral("Cliente %1").arg(i), QStringLiteral("C%1").arg(i, 31, 10, QLatin1Char('0')),
                              QStringLiteral("T%1").arg(i, 23, 10, QLatin1Char('0'))));
    }
    return rows;
}

} // namespace

// An import runs on a thread of its own, in one transaction: Cancel undoes all of it.
void TestInstanceRepository::cancelledImportLeavesTheStoreAsItWas()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const QList<InstanceRecord> before = repository->allRecords();
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QList<ImportRow> rows = manyImportRows(2000);
    rows.prepend(importRow(1, QStringLiteral("Padaria renomeada"), idA, tokenB)); // an update, first
    QSignalSpy changed(repository, &InstanceRepository::changed);
    QSignalSpy progress(repository, &InstanceRepository::progress);
    // Cancel at the first report past the start, from the import's own thread, so the
    // import is surely under way (rows written, not yet committed).
    const QMetaObject::Connection canceller = connect(
        repository, &InstanceRepository::progress, repository,
        [repository](int rowsDone, int) {
            if (rowsDone > 0)
                repository->cancelBackgroundWork();
        },
        Qt::DirectConnection);

    ImportSummary summary;
    QCOMPARE(import(workspace.get(), rows, &summary).code, ErrorCode::Cancelled);
    disconnect(canceller);
    QVERIFY(!repository->isWorkingInBackground());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(summary.added + summary.updated, 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(repository->allRecords(), before);
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenA}));

    // Not cancelled, the same import goes through, and reports up to its last row.
    progress.clear();
    QCOMPARE(import(workspace.get(), rows, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 2000);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository->count(), 2001);
    QCOMPARE(repository->record(keyA)->name, QStringLiteral("Padaria renomeada"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), int(rows.size()));
    QCOMPARE(progress.last().at(1).toInt(), int(rows.size()));
}

// A second import asked for while one runs is refused, not run beside it.
void TestInstanceRepository::oneImportAtATime()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    Catcher<Error, ImportSummary> first;
    Catcher<Error, ImportSummary> second;
    repository->importInstances(manyImportRows(1000), m_context.get(), first.callback());
    repository->importInstances({importRow(2, QStringLiteral("Outra"), idA, tokenA)}, m_context.get(), second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.calls() == 1 && second.calls() == 1, timeoutMs);
    QCOMPARE(first.error().code, ErrorCode::None);
    QCOMPARE(first.get<1>().added, 1000);
    QCOMPARE(second.error().code, ErrorCode::StoreWriteFailed);
    QCOMPARE(second.get<1>().added, 0);
    QVERIFY(!repository->isWorkingInBackground());
    QCOMPARE(repository->count(), 1000);
    QVERIFY(!repository->recordNamed(QStringLiteral("Outra")));

    // Once it is done, the next one runs.
    ImportSummary summary;
    QCOMPARE(import(workspace.get(), {importRow(2, QStringLiteral("Outra"), idA, tokenA)}, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 1);
}

void TestInstanceRepository::statusAndLastCodeRoundTrip()
{
    QUuid keyA;
    const QDateTime codeAt = QDateTime::fromMSecsSinceEpoch(1795299000999, Qt::UTC);
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        m_clock->setMSecsSinceEpoch(1795299301123);
        QCOMPARE(workspace->repository()->setStatus(keyA, ConnectionStatus::Connected).code, ErrorCode::None);
        QCOMPARE(workspace->repository()->setLastCodeAt(keyA, codeAt).code, ErrorCode::None);
        QCOMPARE(workspace->repository()->setStatus(QUuid::createUuid(), ConnectionStatus::Connected).code,
                 ErrorCode::UnknownInstance);
        QCOMPARE(workspace->repository()->setLastCodeAt(QUuid::createUuid(), codeAt).code, ErrorCode::UnknownInstance);
    }
    {
        auto restarted = start();
        const InstanceRecord a = *restarted->repository()->record(keyA);
        QCOMPARE(a.status, ConnectionStatus::Connected);
        QCOMPARE(a.statusCheckedAt.toMSecsSinceEpoch(), 1795299301123);
        QCOMPARE(a.lastCodeAt.toMSecsSinceEpoch(), 1795299000999);
        m_clock->setMSecsSinceEpoch(1795299999000);
        QCOMPARE(restarted->repository()->setStatus(keyA, ConnectionStatus::Disconnected).code, ErrorCode::None);
        QCOMPARE(restarted->repository()->setLastCodeAt(keyA, QDateTime()).code, ErrorCode::None); // cleared
    }
    auto restarted = start();
    const InstanceRecord a = *restarted->repository()->record(keyA);
    QCOMPARE(a.status, ConnectionStatus::Disconnected);
    QCOMPARE(a.statusCheckedAt.toMSecsSinceEpoch(), 1795299999000);
    QVERIFY(!a.lastCodeAt.isValid());
    QCOMPARE(a.name, QStringLiteral("Padaria")); // the rest untouched
    QCOMPARE(a.idSuffix, QStringLiteral("…7E8F"));
}

// The whole list, and every change that needs no secret, without ever asking the keychain.
void TestInstanceRepository::readingNeverOpensTheVault()
{
    QUuid keyA;
    QUuid keyB;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Oficina")), idB, tokenB, &keyB).code, ErrorCode::None);
    }
    Workspace workspace(m_profile, *m_clock);
    QSignalSpy states(workspace.vault(), &CredentialVault::stateChanged);
    QCOMPARE(workspace.open().code, ErrorCode::None);
    InstanceRepository *repository = workspace.repository();
    QCOMPARE(repository->count(), 2);
    QCOMPARE(namesOf(repository), (QStringList{QStringLiteral("Oficina"), QStringLiteral("Padaria")}));
    const QList<qint64> ids = repository->rowIds({});
    QCOMPARE(ids.size(), 2);
    QCOMPARE(namesOf(repository->records(ids)), (QStringList{QStringLiteral("Oficina"), QStringLiteral("Padaria")}));
    QCOMPARE(repository->record(keyB)->name, QStringLiteral("Oficina"));
    QCOMPARE(repository->recordNamed(QStringLiteral("OFICINA"))->key, keyB);
    QVERIFY(!repository->recordNamed(QStringLiteral("nobody")));
    QCOMPARE(repository->setStatus(keyA, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(keyA, m_clock->now()).code, ErrorCode::None);
    InstanceRecord edited = *repository->record(keyA);
    edited.notes = QStringLiteral("editada sem segredos");
    QCOMPARE(update(&workspace, edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->record(keyA)->notes, QStringLiteral("editada sem segredos"));
    QCOMPARE(repository->removeInstance(keyB).code, ErrorCode::None);
    QCOMPARE(repository->count(), 1);
    QCOMPARE(workspace.vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(states.size(), 0);
}

// Padaria, Otica Central, Ótica Visão, Mercadinho: names that fold together, phones, notes,
// ID endings, statuses and last codes that sort differently.
void TestInstanceRepository::createListFixture()
{
    auto workspace = start();
    QUuid mercadinho;
    QUuid central;
    QUuid visao;
    QUuid padaria;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Ótica Visão"), QStringLiteral("+55 (11) 98765-4321")), idE, tokenE,
                 &visao).code,
             ErrorCode::None);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Otica Central"), QStringLiteral("(21) 3333-4444"),
                                        QStringLiteral("liga de manhã")),
                 idA, tokenA, &central).code,
             ErrorCode::None);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria Pão de Mel"), {}, QStringLiteral("Dona Márcia")), idB, tokenB,
                 &padaria).code,
             ErrorCode::None);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Mercadinho"), QStringLiteral("11 5555-0000"),
                                        QStringLiteral("fecha às 18h")),
                 idC, tokenC, &mercadinho).code,
             ErrorCode::None);
    InstanceRepository *repository = workspace->repository();
    QCOMPARE(repository->setStatus(mercadinho, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(visao, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(visao, QDateTime::fromMSecsSinceEpoch(1000)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(padaria, QDateTime::fromMSecsSinceEpoch(2000)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(mercadinho, QDateTime::fromMSecsSinceEpoch(3000)).code, ErrorCode::None);
}

QStringList TestInstanceRepository::namesOfRows(const InstanceRepository *repository, const ListQuery &query)
{
    return namesOf(repository->records(repository->rowIds(query)));
}

void TestInstanceRepository::recordsKeepTheOrderAskedAndSkipMissingRows()
{
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const qint64 mercadinho = repository->recordNamed(QStringLiteral("Mercadinho"))->rowId;
    const qint64 padaria = repository->recordNamed(QStringLiteral("Padaria Pão de Mel"))->rowId;
    const qint64 central = repository->recordNamed(QStringLiteral("Otica Central"))->rowId;
    const qint64 missing = std::max({mercadinho, padaria, central}) + 1000;

    QCOMPARE(namesOf(repository->records({padaria, missing, mercadinho, central})),
             (QStringList{QStringLiteral("Padaria Pão de Mel"), QStringLiteral("Mercadinho"), QStringLiteral("Otica Central")}));
    QCOMPARE(rowIdsOf(repository->records({central, padaria})), (QList<qint64>{central, padaria}));
    QVERIFY(repository->records({}).isEmpty());
    QVERIFY(repository->records({missing}).isEmpty());

    // A row removed after the list took its ids is left out, not an empty record.
    const QList<qint64> ids = repository->rowIds({});
    QCOMPARE(repository->removeInstance(repository->recordNamed(QStringLiteral("Mercadinho"))->key).code, ErrorCode::None);
    QCOMPARE(namesOf(repository->records(ids)),
             (QStringList{QStringLiteral("Otica Central"), QStringLiteral("Ótica Visão"), QStringLiteral("Padaria Pão de Mel")}));
}

void TestInstanceRepository::phoneIsStoredAsOneInternationalNumber()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QUuid key;
    // Typed the Brazilian way, without +55: the number, once sent to the Netherlands.
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria"), QStringLiteral("(31) 98877-6655")), idA, tokenA, &key).code,
             ErrorCode::None);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("+5531988776655"));

    // What cannot be a WhatsApp number is refused, saying what was understood; nothing is saved.
    const Error refused = add(workspace.get(), Test::named(QStringLiteral("Oficina"), QStringLiteral("(10) 98765-4321")), idB, tokenB);
    QCOMPARE(refused.code, ErrorCode::PhoneNotValid);
    QCOMPARE(refused.detail, QStringLiteral("+55 10987654321"));
    QCOMPARE(repository->count(), 1);

    // With another default country, a number without a country code is that country's.
    workspace->settings().setDefaultPhoneRegion(QStringLiteral("US"));
    InstanceRecord edited = *repository->record(key);
    edited.phone = QStringLiteral("(212) 555-0100");
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("+12125550100"));

    // Saved again as the list shows it: the same number.
    edited = *repository->record(key);
    edited.name = QStringLiteral("Padaria Nova York");
    edited.phone = PhoneNumbers::display(edited.phone);
    QCOMPARE(edited.phone, QStringLiteral("+1 212-555-0100"));
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("+12125550100"));

    // Without the area code: refused, and the number saved before stays.
    edited.phone = QStringLiteral("555-0100");
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::PhoneTooShort);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("+12125550100"));
    QCOMPARE(repository->record(key)->name, QStringLiteral("Padaria Nova York"));
}

void TestInstanceRepository::phoneKeptAsTypedStaysUntilChanged()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QUuid key;
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria")), idA, tokenA, &key).code, ErrorCode::None);
    // As the migration to international numbers leaves a phone it could not understand.
    QSqlQuery typed = workspace->database()->query(QStringLiteral("UPDATE instances SET phone = '12345' WHERE key = ?"));
    typed.addBindValue(key.toString(QUuid::WithoutBraces));
    QVERIFY(typed.exec());

    // Renaming does not require fixing it first; the window shows it as it is.
    InstanceRecord edited = *repository->record(key);
    QCOMPARE(PhoneNumbers::display(edited.phone), QStringLiteral("12345"));
    edited.name = QStringLiteral("Padaria Pão de Mel");
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("12345"));
    QCOMPARE(repository->record(key)->name, QStringLiteral("Padaria Pão de Mel"));

    // Changed, it must be a number.
    edited.phone = QStringLiteral("123456");
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::PhoneTooShort);
    edited.phone = QStringLiteral("(11) 98765-4321");
    QCOMPARE(update(workspace.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(repository->record(key)->phone, QStringLiteral("+5511987654321"));
}

void TestInstanceRepository::recordNamedIgnoresCase()
{
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    const InstanceRepository *repository = workspace->repository();
    for (const QString &name : {QStringLiteral("Padaria Pão de Mel"), QStringLiteral("padaria pão de mel"),
                                QStringLiteral("PADARIA PÃO DE MEL"), QStringLiteral("  Padaria   Pão de Mel ")}) {
        const std::optional<InstanceRecord> found = repository->recordNamed(name);
        QVERIFY2(found, qPrintable(name));
        QCOMPARE(found->name, QStringLiteral("Padaria Pão de Mel"));
        QCOMPARE(found->notes, QStringLiteral("Dona Márcia"));
    }
    QCOMPARE(repository->recordNamed(QStringLiteral("ótica visão"))->name, QStringLiteral("Ótica Visão"));
    QVERIFY(!repository->recordNamed(QStringLiteral("Padaria")));
    QVERIFY(!repository->recordNamed(QString()));
}

// What the CLI looks a typed name up with: one match, several, or none.
void TestInstanceRepository::recordsMatchingIgnoresCaseAndAccents()
{
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    const InstanceRepository *repository = workspace->repository();
    const auto matching = [repository](const QString &typed) { return namesOf(repository->recordsMatching(typed)); };
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    QCOMPARE(matching(QStringLiteral("padaria pao de mel")), QStringList{padaria});
    QCOMPARE(matching(QStringLiteral("  PADARIA   PÃO DE MEL ")), QStringList{padaria});
    QCOMPARE(matching(QStringLiteral("otica visao")), QStringList{QStringLiteral("Ótica Visão")});
    // No name is it: the names that contain every word.
    QCOMPARE(matching(QStringLiteral("otica")), (QStringList{QStringLiteral("Otica Central"), QStringLiteral("Ótica Visão")}));
    QCOMPARE(matching(QStringLiteral("mel padaria")), QStringList{padaria});
    QCOMPARE(matching(QStringLiteral("nobody")), QStringList());
    QCOMPARE(matching(QStringLiteral("  ")), QStringList());
    QCOMPARE(matching(QString()), QStringList());

    // Names are unique ignoring case, not accents: "Padaria Pao de Mel" is another name.
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("PADARIA PÃO DE MEL")), idD, tokenD).code, ErrorCode::InstanceNameTaken);
    QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria Pao de Mel")), idD, tokenD).code, ErrorCode::None);
    // A name typed as it is (in any case) is that one; with other accents, it may be either.
    QCOMPARE(matching(QStringLiteral("padaria pão de mel")), QStringList{padaria});
    QCOMPARE(matching(QStringLiteral("PADARIA PAO DE MEL")), QStringList{QStringLiteral("Padaria Pao de Mel")});
    QCOMPARE(matching(QStringLiteral("padaria pâo de mel")), (QStringList{padaria, QStringLiteral("Padaria Pao de Mel")}));
    QCOMPARE(matching(QStringLiteral("pão")), (QStringList{padaria, QStringLiteral("Padaria Pao de Mel")}));
}

// A status check of many instances: one transaction, one announcement naming every row it
// changed; an instance removed meanwhile is left out.
void TestInstanceRepository::setStatusesIsOneTransaction()
{
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const InstanceRecord padaria = *repository->recordNamed(QStringLiteral("Padaria Pão de Mel"));
    const InstanceRecord visao = *repository->recordNamed(QStringLiteral("Ótica Visão"));
    const InstanceRecord central = *repository->recordNamed(QStringLiteral("Otica Central"));
    const InstanceRecord mercadinho = *repository->recordNamed(QStringLiteral("Mercadinho"));
    QSignalSpy changed(repository, &InstanceRepository::changed);
    m_clock->setMSecsSinceEpoch(1795299301123);

    QCOMPARE(repository->setStatuses({{padaria.key, ConnectionStatus::Disconnected},
                                      {QUuid::createUuid(), ConnectionStatus::Connected}, // removed meanwhile
                                      {visao.key, ConnectionStatus::Connected},
                                      {central.key, ConnectionStatus::Unknown}}).code,
             ErrorCode::None);
    QCOMPARE(changed.size(), 1);
    const InstanceChange change = changesOf(changed).first();
    QCOMPARE(change.fields, int(InstanceChange::Status));
    QCOMPARE(change.rowIds, (QList<qint64>{padaria.rowId, visao.rowId, central.rowId}));
    const auto check = [&](const InstanceRepository *repo) {
        QCOMPARE(repo->record(padaria.key)->status, ConnectionStatus::Disconnected);
        QCOMPARE(repo->record(visao.key)->status, ConnectionStatus::Connected);
        QCOMPARE(repo->record(central.key)->status, ConnectionStatus::Unknown);
        for (const QUuid &key : {padaria.key, visao.key, central.key})
            QCOMPARE(repo->record(key)->statusCheckedAt.toMSecsSinceEpoch(), 1795299301123);
        QCOMPARE(*repo->record(mercadinho.key), mercadinho); // not in the check: untouched
        // What the next check of every instance starts from: each key once, with its status as
        // the whole record says.
        const QList<InstanceRecord> records = repo->allRecords();
        const QList<InstanceRepository::KeyAndStatus> keys = repo->keysAndStatuses();
        QCOMPARE(keys.size(), records.size());
        QHash<QUuid, ConnectionStatus> statuses;
        for (const InstanceRepository::KeyAndStatus &instance : keys)
            statuses.insert(instance.key, instance.status);
        QCOMPARE(statuses.size(), records.size());
        for (const InstanceRecord &record : records)
            QCOMPARE(statuses.value(record.key, ConnectionStatus(-1)), record.status);
    };
    check(repository);
    if (QTest::currentTestFailed())
        return;
    workspace.reset();
    check(start()->repository());

    // Nothing that exists: nothing announced.
    auto again = start();
    QSignalSpy none(again->repository(), &InstanceRepository::changed);
    QCOMPARE(again->repository()->setStatuses({{QUuid::createUuid(), ConnectionStatus::Connected}}).code, ErrorCode::None);
    QCOMPARE(again->repository()->setStatuses({}).code, ErrorCode::None);
    QCOMPARE(none.size(), 0);
}

void TestInstanceRepository::rowIdsFilteredBySearchTerms_data()
{
    // What the user types; the list folds it (foldForSearch) and splits it into words.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // in name order
    const QString mercadinho = QStringLiteral("Mercadinho");
    const QString central = QStringLiteral("Otica Central");
    const QString visao = QStringLiteral("Ótica Visão");
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    QTest::newRow("nothing: all") << QString() << QStringList{mercadinho, central, visao, padaria};
    QTest::newRow("name without accent") << QStringLiteral("otica") << QStringList{central, visao};
    QTest::newRow("name with accent") << QStringLiteral("ótica") << QStringList{central, visao};
    QTest::newRow("name in capitals") << QStringLiteral("ÓTICA VISÃO") << QStringList{visao};
    QTest::newRow("parts of words") << QStringLiteral("ão de") << QStringList{padaria};
    QTest::newRow("every word must match") << QStringLiteral("padaria mel") << QStringList{padaria};
    QTest::newRow("one word matching nothing") << QStringLiteral("padaria visao") << QStringList{};
    // A phone in any of the forms people write it, whatever form it was saved in.
    QTest::newRow("phone as the list shows it") << QStringLiteral("+55 11 98765-4321") << QStringList{visao};
    QTest::newRow("phone with parentheses") << QStringLiteral("(11) 98765-4321") << QStringList{visao};
    QTest::newRow("phone with +55 and parentheses") << QStringLiteral("+55 (11) 98765-4321") << QStringList{visao};
    QTest::newRow("phone with area code") << QStringLiteral("11 98765-4321") << QStringList{visao};
    QTest::newRow("phone digits") << QStringLiteral("11987654321") << QStringList{visao};
    QTest::newRow("phone digits, country code") << QStringLiteral("5511987654321") << QStringList{visao};
    QTest::newRow("phone without area code") << QStringLiteral("98765-4321") << QStringList{visao};
    QTest::newRow("phone digits across the punctuation") << QStringLiteral("987654321") << QStringList{visao};
    QTest::newRow("phone with trunk prefix") << QStringLiteral("0 11 98765-4321") << QStringList{visao};
    QTest::newRow("phone with carrier prefix") << QStringLiteral("021 11 98765-4321") << QStringList{visao};
    QTest::newRow("phone begun") << QStringLiteral("(11) 98765") << QStringList{visao};
    QTest::newRow("landline as shown") << QStringLiteral("+55 21 3333-4444") << QStringList{central};
    QTest::newRow("landline as typed") << QStringLiteral("(21) 3333-4444") << QStringList{central};
    QTest::newRow("phone digits of another") << QStringLiteral("1155550000") << QStringList{mercadinho};
    QTest::newRow("phone and name") << QStringLiteral("otica 98765-4321") << QStringList{visao};
    QTest::newRow("name and phone") << QStringLiteral("(21) 3333-4444 central") << QStringList{central};
    QTest::newRow("phone of nobody") << QStringLiteral("(11) 91111-2222") << QStringList{};
    QTest::newRow("digits in notes") << QStringLiteral("18") << QStringList{mercadinho};
    QTest::newRow("digits and letters in notes") << QStringLiteral("18h") << QStringList{mercadinho};
    QTest::newRow("notes") << QStringLiteral("manha") << QStringList{central};
    QTest::newRow("notes with accents") << QStringLiteral("MÁRCIA") << QStringList{padaria};
    QTest::newRow("instance-ID ending") << QStringLiteral("6789") << QStringList{visao};
    QTest::newRow("instance-ID ending as shown") << QStringLiteral("…6789") << QStringList{visao};
    QTest::newRow("instance-ID ending, other case") << QStringLiteral("7e8f") << QStringList{central};
    // The rest of the ID is sealed: searching for it must find nothing.
    QTest::newRow("instance ID's beginning") << idA.left(8) << QStringList{};
    QTest::newRow("whole instance ID") << idE << QStringList{};
}

void TestInstanceRepository::rowIdsFilteredBySearchTerms()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    ListQuery query;
    query.terms = foldForSearch(typed).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(namesOfRows(workspace->repository(), query), expected);
    query.descending = true;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(namesOfRows(workspace->repository(), query), expected);
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Closed);
}

void TestInstanceRepository::rowIdsInEachOrder_data()
{
    QTest::addColumn<ListQuery::Order>("order");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("ascending");
    const QString mercadinho = QStringLiteral("Mercadinho");
    const QString central = QStringLiteral("Otica Central");
    const QString visao = QStringLiteral("Ótica Visão");
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    // Accents and case folded: "Ótica" sorts with "Otica".
    QTest::newRow("name") << ListQuery::Order::Name << QString() << QStringList{mercadinho, central, visao, padaria};
    // By international digits: "" < "551155550000" < "5511987654321" < "552133334444".
    QTest::newRow("phone") << ListQuery::Order::Phone << QString() << QStringList{padaria, mercadinho, visao, central};
    // Unknown, connected, disconnected; by name within each.
    QTest::newRow("status") << ListQuery::Order::Status << QString() << QStringList{central, mercadinho, padaria, visao};
    // Never first.
    QTest::newRow("last code") << ListQuery::Order::LastCode << QString() << QStringList{central, visao, padaria, mercadinho};
    QTest::newRow("phone, searched") << ListQuery::Order::Phone << QStringLiteral("otica") << QStringList{visao, central};
    QTest::newRow("status, searched") << ListQuery::Order::Status << QStringLiteral("a") << QStringList{central, mercadinho, padaria, visao};
}

void TestInstanceRepository::rowIdsInEachOrder()
{
    QFETCH(ListQuery::Order, order);
    QFETCH(QString, typed);
    QFETCH(QStringList, ascending);
    createListFixture();
    if (QTest::currentTestFailed())
        return;
    auto workspace = start();
    ListQuery query;
    query.order = order;
    query.terms = foldForSearch(typed).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(namesOfRows(workspace->repository(), query), ascending);
    query.descending = true;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(namesOfRows(workspace->repository(), query), descending);
}

// The desktop app and partnerdesk-cli on one profile, both open at once: every change goes
// to the database in its own transaction, so neither loses the other's.
void TestInstanceRepository::twoConnectionsAddingKeepBothInstances()
{
    auto desktop = start();
    auto cli = start();
    QUuid keyFromCli;
    QUuid keyFromDesktop;
    QCOMPARE(add(cli.get(), Test::named(QStringLiteral("Adicionada pela CLI")), idB, tokenB, &keyFromCli).code, ErrorCode::None);
    QCOMPARE(add(desktop.get(), Test::named(QStringLiteral("Adicionada no app")), idA, tokenA, &keyFromDesktop).code,
             ErrorCode::None);
    QCOMPARE(setClientToken(desktop.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    // Each sees the other's at once: nothing is read from a copy in memory.
    QCOMPARE(cli->repository()->count(), 2);
    QCOMPARE(desktop->repository()->record(keyFromCli)->name, QStringLiteral("Adicionada pela CLI"));
    // And the names are unique across them too.
    QCOMPARE(add(desktop.get(), Test::named(QStringLiteral("ADICIONADA PELA CLI")), idC, tokenC).code, ErrorCode::InstanceNameTaken);
    cli.reset();
    desktop.reset();

    auto restarted = start();
    QCOMPARE(namesOf(restarted->repository()),
             (QStringList{QStringLiteral("Adicionada no app"), QStringLiteral("Adicionada pela CLI")}));
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(restarted.get(), keyFromCli, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idB, tokenB}));
    QCOMPARE(secretsOf(restarted.get(), keyFromDesktop, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenA}));
}

// Each change writes only what it changes: another connection's edit of other fields of the
// same row (here of the same length, which once went unnoticed) survives it.
void TestInstanceRepository::otherConnectionsEditIsNeverOverwritten()
{
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("Padaria"), {}, QStringLiteral("nota AAAA")), idA, tokenA, &keyA).code,
                 ErrorCode::None);
    }
    auto desktop = start();
    auto cli = start();
    const InstanceRecord shown = *desktop->repository()->record(keyA); // what the window holds
    InstanceRecord edited = *cli->repository()->record(keyA);
    edited.notes = QStringLiteral("nota BBBB");
    QCOMPARE(update(cli.get(), edited, std::nullopt).code, ErrorCode::None);
    QCOMPARE(desktop->repository()->setLastCodeAt(keyA, m_clock->now()).code, ErrorCode::None);
    QCOMPARE(desktop->repository()->setStatus(keyA, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(shown.notes, QStringLiteral("nota AAAA"));
    desktop.reset();
    cli.reset();
    auto restarted = start();
    const InstanceRecord a = *restarted->repository()->record(keyA);
    QVERIFY(a.lastCodeAt.isValid());
    QCOMPARE(a.status, ConnectionStatus::Connected);
    QCOMPARE(a.notes, QStringLiteral("nota BBBB"));
}

void TestInstanceRepository::failedWriteChangesNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("addInstance") << QStringLiteral("add");
    QTest::newRow("updateInstance with new secrets") << QStringLiteral("update-secrets");
    QTest::newRow("updateInstance without secrets") << QStringLiteral("update");
    QTest::newRow("importInstances, one update and one new") << QStringLiteral("import");
    QTest::newRow("removeInstance") << QStringLiteral("remove");
    QTest::newRow("setStatus") << QStringLiteral("status");
    QTest::newRow("setStatuses") << QStringLiteral("statuses");
    QTest::newRow("setLastCodeAt") << QStringLiteral("last-code");
}

// A change that cannot be written (a full disk: RLIMIT_FSIZE makes every write that extends
// a file fail, as SQLite then reports SQLITE_FULL or an I/O error) leaves the list and every
// sealed value exactly as they were, announces nothing, and works once there is room.
void TestInstanceRepository::failedWriteChangesNothing()
{
    QFETCH(QString, change);
    QUuid keyA;
    {
        auto workspace = start();
        QCOMPARE(add(workspace.get(), Test::named(QStringLiteral("A"), QStringLiteral("11 5555-0000"), QStringLiteral("notas")), idA,
                     tokenA, &keyA).code,
                 ErrorCode::None);
        QCOMPARE(setClientToken(workspace.get(), QStringLiteral("ClientToken123")).code, ErrorCode::None);
    }
    // Reopened, so the write-ahead log starts empty and any change must extend it.
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    Catcher<Error> opened;
    workspace->vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::None);
    const QList<InstanceRecord> recordsBefore = repository->allRecords();
    const QList<qint64> rowIdsBefore = rowIdsOf(recordsBefore);
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QSignalSpy changed(repository, &InstanceRepository::changed);

    auto attempt = [&] {
        if (change == QLatin1String("add"))
            return add(workspace.get(), Test::named(QStringLiteral("B")), idB, tokenB);
        if (change == QLatin1String("update-secrets") || change == QLatin1String("update")) {
            InstanceRecord a = *repository->record(keyA);
            a.name = QStringLiteral("A renamed");
            return update(workspace.get(), a,
                          change == QLatin1String("update") ? std::nullopt : std::optional(InstanceSecrets{idA, tokenC}));
        }
        if (change == QLatin1String("import")) {
            ImportSummary summary;
            return import(workspace.get(),
                          {importRow(2, QStringLiteral("A renamed"), idA, tokenC), importRow(3, QStringLiteral("C"), idC, tokenC)},
                          &summary);
        }
        if (change == QLatin1String("remove"))
            return repository->removeInstance(keyA);
        if (change == QLatin1String("status"))
            return repository->setStatus(keyA, ConnectionStatus::Connected);
        if (change == QLatin1String("statuses"))
            return repository->setStatuses({{keyA, ConnectionStatus::Connected}, {QUuid::createUuid(), ConnectionStatus::Connected}});
        return repository->setLastCodeAt(keyA, m_clock->now());
    };
    Error error;
    {
        Test::FileSizeLimit limit(1024); // less than one page of the write-ahead log
        QVERIFY(limit.isActive());
        error = attempt();
    }
    QVERIFY2(error.code == ErrorCode::StoreWriteFailed,
             qPrintable(QStringLiteral("%1 (%2)").arg(int(error.code)).arg(error.message())));
    QCOMPARE(repository->allRecords(), recordsBefore);
    QCOMPARE(rowIdsOf(repository->allRecords()), rowIdsBefore);
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    QCOMPARE(changed.size(), 0);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenA}));
    // The same, read by a new connection: nothing of the failed change reached the file.
    {
        auto other = start();
        QCOMPARE(other->repository()->allRecords(), recordsBefore);
        QCOMPARE(Test::sealedRows(other->database()), sealedBefore);
    }

    // With room on the disk again, the same change works.
    QCOMPARE(attempt().code, ErrorCode::None);
    QCOMPARE(changed.size(), 1);
    const int expectedCount = change == QLatin1String("remove") ? 0
        : change == QLatin1String("add") || change == QLatin1String("import") ? 2 : 1;
    QCOMPARE(repository->count(), expectedCount);
    QCOMPARE(orphanedCredentials(workspace->database()), 0);
}

QTEST_GUILESS_MAIN(TestInstanceRepository)
#include "tst_instancerepository.moc"
