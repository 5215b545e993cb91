// The store's side of a sync of the partner's Z-API account (InstanceRepository::
// applyAccountPage, markMissingFromAccount, removeMarkedMissing), with the REAL keychain
// (scripts/test-session.sh): instances found by their ID, never twice; tokens, payment status
// and due dates taken from the account; names given, told apart and followed as the agent
// would expect; instances missing from the account marked, found again, pruned; one page one
// transaction. Then 10,000 instances, applied and timed (reported, not asserted).

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "StoreTestSupport.h"

#include "Workspace.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 30000;

const QString idA = QStringLiteral("5A7C0000000000000000000000A0AB12");
const QString tokenA = QStringLiteral("SYNCTOKENA00000000000001");
const QString idB = QStringLiteral("5A7C0000000000000000000000B0CD34");
const QString tokenB = QStringLiteral("SYNCTOKENB00000000000002");
const QString idC = QStringLiteral("5A7C0000000000000000000000C0EF56");
const QString tokenC = QStringLiteral("SYNCTOKENC00000000000003");
const QString idD = QStringLiteral("5A7C0000000000000000000000D01234");
const QString tokenD = QStringLiteral("SYNCTOKEND00000000000004");

const QDateTime dueA = QDateTime::fromMSecsSinceEpoch(1798761600000, Qt::UTC); // 2027-01-01
const QDateTime dueLater = QDateTime::fromMSecsSinceEpoch(1801440000000, Qt::UTC);

AccountInstance entry(const QString &id, const QString &token, const QString &name,
                      const QString &paymentStatus = QStringLiteral("PAID"), const QDateTime &due = dueA)
{
    AccountInstance instance;
    instance.instanceId = id;
    instance.instanceToken = token;
    instance.name = name;
    instance.paymentStatus = paymentStatus;
    instance.due = due;
    return instance;
}

QStringList namesOf(const QList<InstanceRecord> &records)
{
    QStringList names;
    for (const InstanceRecord &record : records)
        names.append(record.name);
    return names;
}

QList<InstanceChange> changesOf(const QSignalSpy &spy)
{
    QList<InstanceChange> changes;
    for (const QList<QVariant> &arguments : spy)
        changes.append(arguments.at(0).value<InstanceChange>());
    return changes;
}

QList<QUuid> keysOf(const QList<InstanceRecord> &records)
{
    QList<QUuid> keys;
    for (const InstanceRecord &record : records)
        keys.append(record.key);
    return keys;
}

} // namespace

class TestAccountPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newInstancesTakeTheAccountsData();
    void sameAccountAgainChangesNothing();
    void rotatedTokenIsSealedAgain();
    void paymentStatusAndDueFollowTheAccount();
    void instanceAddedByHandIsFoundByItsId();
    void sameNameTwiceIsToldApart();
    void emptyOrLongNamesGetAReadableOne();
    void renameByTheAgentIsKept();
    void renameInTheAccountIsFollowed();
    void missingIsMarkedAndClearedWhenSeenAgain();
    void pruneRemovesOnlyWhatIsStillMarked();
    void entryThatCannotBeStoredIsReported();
    void failureInTheMiddleOfAPageUndoesThatPage();
    void credentialsDroppedByStartingOverAreFoundAgain();
    void tenThousandInstances();

private:
    std::unique_ptr<Workspace> start();
    Error apply(Workspace *workspace, const QList<AccountInstance> &page, SyncSummary *summary = nullptr);
    Error add(Workspace *workspace, const QString &name, const QString &id, const QString &token, QUuid *key = nullptr);

    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
};

void TestAccountPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = Test::secretServiceProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestAccountPages::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    m_context = std::make_unique<QObject>();
}

void TestAccountPages::cleanup()
{
    m_context.reset();
    Test::wipeProfile(m_profile);
}

std::unique_ptr<Workspace> TestAccountPages::start()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    if (const Error error = workspace->open())
        qWarning("Workspace::open() failed: %s", qPrintable(error.message()));
    return workspace;
}

Error TestAccountPages::apply(Workspace *workspace, const QList<AccountInstance> &page, SyncSummary *summary)
{
    Catcher<Error, SyncSummary> applied;
    workspace->repository()->applyAccountPage(page, m_context.get(), applied.callback());
    if (!QTest::qWaitFor([&] { return applied.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    if (summary)
        *summary = applied.get<1>();
    return applied.error();
}

Error TestAccountPages::add(Workspace *workspace, const QString &name, const QString &id, const QString &token, QUuid *key)
{
    Catcher<Error, QUuid> added;
    workspace->repository()->addInstance(Test::named(name), {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    if (key)
        *key = added.get<1>();
    return added.error();
}

void TestAccountPages::newInstancesTakeTheAccountsData()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QSignalSpy changed(repository, &InstanceRepository::changed);
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("  Padaria   Pão de Mel ")),
                                     entry(idB, tokenB, QStringLiteral("Oficina do Zé"), QStringLiteral("OVERDUE"), QDateTime())},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.unchanged, 0);
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(summary.seen.size(), 2);
    // One announcement for the page, naming its rows.
    QCOMPARE(changed.size(), 1);
    QVERIFY(changesOf(changed).first().fields & InstanceChange::Membership);
    QCOMPARE(changesOf(changed).first().rowIds.size(), 2);
    workspace.reset();

    auto restarted = start();
    repository = restarted->repository();
    const InstanceRecord padaria = *repository->record(summary.seen.at(0));
    QCOMPARE(padaria.name, QStringLiteral("Padaria Pão de Mel")); // one line, single spaces
    QCOMPARE(padaria.idSuffix, QStringLiteral("…AB12"));
    QCOMPARE(padaria.paymentStatus, QStringLiteral("PAID"));
    QCOMPARE(padaria.due, dueA);
    QVERIFY(!padaria.goneSince.isValid());
    QCOMPARE(padaria.status, ConnectionStatus::Unknown);
    QCOMPARE(padaria.phone, QString());
    const InstanceRecord oficina = *repository->record(summary.seen.at(1));
    QCOMPARE(oficina.name, QStringLiteral("Oficina do Zé"));
    QCOMPARE(oficina.paymentStatus, QStringLiteral("OVERDUE"));
    QVERIFY(!oficina.due.isValid());
    QCOMPARE(Test::secretsOf(repository, padaria.key), (InstanceSecrets{idA, tokenA}));
    QCOMPARE(Test::secretsOf(repository, oficina.key), (InstanceSecrets{idB, tokenB}));
}

// A second sync of an account that did not change writes nothing: no seal is made again
// (the stored token is unsealed to compare), nothing is announced.
void TestAccountPages::sameAccountAgainChangesNothing()
{
    const QList<AccountInstance> page{entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QString())};
    SyncSummary first;
    {
        auto workspace = start();
        QCOMPARE(apply(workspace.get(), page, &first).code, ErrorCode::None);
    }
    auto workspace = start();
    const QList<InstanceRecord> before = workspace->repository()->allRecords();
    const QStringList sealedBefore = Test::sealedRows(workspace->database());
    QSignalSpy changed(workspace->repository(), &InstanceRepository::changed);
    SyncSummary second;
    QCOMPARE(apply(workspace.get(), page, &second).code, ErrorCode::None);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 2);
    QCOMPARE(second.seen, first.seen);
    QCOMPARE(workspace->repository()->allRecords(), before);
    QCOMPARE(Test::sealedRows(workspace->database()), sealedBefore);
    QCOMPARE(changed.size(), 0);
}

void TestAccountPages::rotatedTokenIsSealedAgain()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    const QList<InstanceRecord> before = repository->allRecords();
    QSignalSpy changed(repository, &InstanceRepository::changed);

    QCOMPARE(apply(workspace.get(), {entry(idA, tokenC, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(repository->allRecords(), before); // the list shows no token
    QCOMPARE(changed.size(), 0);
    QCOMPARE(Test::countOf(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
    workspace.reset();

    auto restarted = start();
    QCOMPARE(Test::secretsOf(restarted->repository(), summary.seen.at(0)), (InstanceSecrets{idA, tokenC}));
    QCOMPARE(Test::secretsOf(restarted->repository(), summary.seen.at(1)), (InstanceSecrets{idB, tokenB}));
}

void TestAccountPages::paymentStatusAndDueFollowTheAccount()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    const QUuid keyA = summary.seen.at(0);
    const QUuid keyB = summary.seen.at(1);
    QSignalSpy changed(repository, &InstanceRepository::changed);

    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria"), QStringLiteral("OVERDUE")),
                                     entry(idB, tokenB, QStringLiteral("Oficina"), QStringLiteral("PAID"), dueLater)},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.updated, 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changesOf(changed).first().fields, int(InstanceChange::Account));
    QCOMPARE(changesOf(changed).first().rowIds,
             (QList<qint64>{repository->record(keyA)->rowId, repository->record(keyB)->rowId}));
    QCOMPARE(repository->record(keyA)->paymentStatus, QStringLiteral("OVERDUE"));
    QCOMPARE(repository->record(keyA)->due, dueA);
    QCOMPARE(repository->record(keyB)->paymentStatus, QStringLiteral("PAID"));
    QCOMPARE(repository->record(keyB)->due, dueLater);

    // Not given any more: not known any more.
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria"), QString(), QDateTime())}, &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(repository->record(keyA)->paymentStatus, QString());
    QVERIFY(!repository->record(keyA)->due.isValid());
}

// An instance the agent added by hand (or imported) is the account's instance with the same
// ID: never a second one. The name the agent gave it stays; the account's data is added.
void TestAccountPages::instanceAddedByHandIsFoundByItsId()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QUuid keyA;
    QUuid keyB;
    QCOMPARE(add(workspace.get(), QStringLiteral("Minha Padaria"), idA, tokenA, &keyA).code, ErrorCode::None);
    QCOMPARE(add(workspace.get(), QStringLiteral("Oficina"), idB, tokenB, &keyB).code, ErrorCode::None);
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.updated, 2); // the account's data, added
    QCOMPARE(summary.seen, (QList<QUuid>{keyA, keyB}));
    QCOMPARE(repository->count(), 2);
    QCOMPARE(repository->record(keyA)->name, QStringLiteral("Minha Padaria"));
    QCOMPARE(repository->record(keyA)->paymentStatus, QStringLiteral("PAID"));

    // Named by hand as the account names it, it follows the account's renames from now on;
    // the one with a name of the agent's own keeps it.
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria Nova")),
                                     entry(idB, tokenB, QStringLiteral("Oficina Mecânica"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(repository->record(keyA)->name, QStringLiteral("Minha Padaria"));
    QCOMPARE(repository->record(keyB)->name, QStringLiteral("Oficina Mecânica"));
}

// Names are unique ignoring case: a second instance the account names the same, in any
// case, or one named as an instance already here, is kept under that name and its ID's ending.
void TestAccountPages::sameNameTwiceIsToldApart()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QCOMPARE(add(workspace.get(), QStringLiteral("Mercado"), idD, tokenD).code, ErrorCode::None);
    const QList<AccountInstance> page{entry(idA, tokenA, QStringLiteral("Loja")), entry(idB, tokenB, QStringLiteral("LOJA")),
                                      entry(idC, tokenC, QStringLiteral("mercado"))};
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), page, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 3);
    QCOMPARE(namesOf(repository->allRecords()), (QStringList{QStringLiteral("Loja"), QStringLiteral("LOJA (…CD34)"),
                                                            QStringLiteral("Mercado"), QStringLiteral("mercado (…EF56)")}));
    // Each still the account's: a sync of the same account leaves every name as it is.
    const QList<InstanceRecord> before = repository->allRecords();
    QCOMPARE(apply(workspace.get(), page, &summary).code, ErrorCode::None);
    QCOMPARE(summary.unchanged, 3);
    QCOMPARE(repository->allRecords(), before);
    // Renamed in the account, it follows, and needs the ending no more.
    QCOMPARE(apply(workspace.get(), {entry(idB, tokenB, QStringLiteral("Loja Centro"))}, &summary).code, ErrorCode::None);
    QCOMPARE(repository->record(summary.seen.first())->name, QStringLiteral("Loja Centro"));
}

void TestAccountPages::emptyOrLongNamesGetAReadableOne()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    const QString longName = QStringLiteral("Padaria ") + QString(300, u'x');
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QString()), entry(idB, tokenB, QStringLiteral(" \t ")),
                                     entry(idC, tokenC, longName), entry(idD, tokenD, longName)},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.added, 4);
    const QString longest = longName.left(200);
    const QString longestToldApart = longName.left(200 - 8) + QStringLiteral(" (…1234)");
    QCOMPARE(namesOf(repository->allRecords()),
             (QStringList{QStringLiteral("Instance …AB12"), QStringLiteral("Instance …CD34"), longestToldApart, longest}));
    QCOMPARE(longestToldApart.size(), 200);
    // Found by its ID's ending, as any other.
    QCOMPARE(repository->recordsMatching(QStringLiteral("instance …ab12")).size(), 1);
}

void TestAccountPages::renameByTheAgentIsKept()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja")), entry(idB, tokenB, QString())}, &summary).code,
             ErrorCode::None);
    const QUuid keyA = summary.seen.at(0);
    const QUuid keyB = summary.seen.at(1);
    for (const auto &[key, name] : {std::pair{keyA, QStringLiteral("Loja da Dona Márcia")}, std::pair{keyB, QStringLiteral("Oficina")}}) {
        InstanceRecord renamed = *repository->record(key);
        renamed.name = name;
        Catcher<Error> updated;
        repository->updateInstance(renamed, std::nullopt, m_context.get(), updated.callback());
        QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
        QCOMPARE(updated.error().code, ErrorCode::None);
    }

    // The account unchanged, then renamed: the agent's names stay, the rest is applied.
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja")), entry(idB, tokenB, QString())}, &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.unchanged, 2);
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja Nova"), QStringLiteral("OVERDUE")),
                                     entry(idB, tokenB, QStringLiteral("Mecânica"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.updated, 2);
    QCOMPARE(repository->record(keyA)->name, QStringLiteral("Loja da Dona Márcia"));
    QCOMPARE(repository->record(keyA)->paymentStatus, QStringLiteral("OVERDUE"));
    QCOMPARE(repository->record(keyB)->name, QStringLiteral("Oficina"));
}

void TestAccountPages::renameInTheAccountIsFollowed()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja")), entry(idB, tokenB, QString()),
                                     entry(idC, tokenC, QStringLiteral("Loja"))},
                   &summary).code,
             ErrorCode::None);
    const QList<QUuid> keys = summary.seen;
    QCOMPARE(repository->record(keys.at(2))->name, QStringLiteral("Loja (…EF56)"));
    QSignalSpy changed(repository, &InstanceRepository::changed);

    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja Nova")), entry(idB, tokenB, QStringLiteral("Oficina")),
                                     entry(idC, tokenC, QStringLiteral("Loja Velha"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.updated, 3);
    QCOMPARE(namesOf(repository->records({repository->record(keys.at(0))->rowId, repository->record(keys.at(1))->rowId,
                                          repository->record(keys.at(2))->rowId})),
             (QStringList{QStringLiteral("Loja Nova"), QStringLiteral("Oficina"), QStringLiteral("Loja Velha")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changesOf(changed).first().fields, int(InstanceChange::Text));
    // Found under the new name, not the old.
    QCOMPARE(repository->recordsMatching(QStringLiteral("oficina")).size(), 1);
    ListQuery search;
    search.terms = {QStringLiteral("velha")};
    QCOMPARE(repository->rowIds(search).size(), 1);

    // The account names it back: it follows again.
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Loja"))}, &summary).code, ErrorCode::None);
    QCOMPARE(repository->record(keys.at(0))->name, QStringLiteral("Loja"));
}

void TestAccountPages::missingIsMarkedAndClearedWhenSeenAgain()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    QUuid byHand;
    QCOMPARE(add(workspace.get(), QStringLiteral("Outra conta"), idD, tokenD, &byHand).code, ErrorCode::None);
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina")),
                                     entry(idC, tokenC, QStringLiteral("Mercado"))},
                   &summary).code,
             ErrorCode::None);
    const QUuid keyA = summary.seen.at(0);
    const QUuid keyB = summary.seen.at(1);
    const QUuid keyC = summary.seen.at(2);

    // The next sync reads two pages, and B is on neither.
    m_clock->setMSecsSinceEpoch(1795299301000);
    QList<QUuid> seen;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria"))}, &summary).code, ErrorCode::None);
    seen += summary.seen;
    QCOMPARE(apply(workspace.get(), {entry(idC, tokenC, QStringLiteral("Mercado"))}, &summary).code, ErrorCode::None);
    seen += summary.seen;
    QSignalSpy changed(repository, &InstanceRepository::changed);
    QList<InstanceRecord> missing;
    QCOMPARE(repository->markMissingFromAccount(seen, &missing).code, ErrorCode::None);
    QCOMPARE(namesOf(missing), (QStringList{QStringLiteral("Oficina"), QStringLiteral("Outra conta")}));
    QCOMPARE(keysOf(missing), (QList<QUuid>{keyB, byHand}));
    QCOMPARE(missing.first().goneSince.toMSecsSinceEpoch(), 1795299301000);
    QCOMPARE(repository->record(keyB)->goneSince.toMSecsSinceEpoch(), 1795299301000);
    QVERIFY(!repository->record(keyA)->goneSince.isValid());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changesOf(changed).first().fields, int(InstanceChange::Account));
    QCOMPARE(changesOf(changed).first().rowIds.size(), 2);

    // Missing again later: still since the first time, and still reported.
    m_clock->setMSecsSinceEpoch(1795399301000);
    QCOMPARE(repository->markMissingFromAccount(seen, &missing).code, ErrorCode::None);
    QCOMPARE(keysOf(missing), (QList<QUuid>{keyB, byHand}));
    QCOMPARE(repository->record(keyB)->goneSince.toMSecsSinceEpoch(), 1795299301000);
    QCOMPARE(changed.size(), 1); // nothing newly marked

    // Back in the account: no longer missing.
    QCOMPARE(apply(workspace.get(), {entry(idB, tokenB, QStringLiteral("Oficina"))}, &summary).code, ErrorCode::None);
    QCOMPARE(summary.updated, 1);
    QVERIFY(!repository->record(keyB)->goneSince.isValid());
    QCOMPARE(repository->markMissingFromAccount({keyA, keyB, keyC, byHand}, &missing).code, ErrorCode::None);
    QVERIFY(missing.isEmpty());
}

// --prune: the agent is shown what is missing and confirms; exactly those still marked go.
void TestAccountPages::pruneRemovesOnlyWhatIsStillMarked()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina")),
                                     entry(idC, tokenC, QStringLiteral("Mercado"))},
                   &summary).code,
             ErrorCode::None);
    const QUuid keyA = summary.seen.at(0);
    const QUuid keyB = summary.seen.at(1);
    const QUuid keyC = summary.seen.at(2);
    QList<InstanceRecord> missing;
    QCOMPARE(repository->markMissingFromAccount({keyA}, &missing).code, ErrorCode::None);
    QCOMPARE(keysOf(missing), (QList<QUuid>{keyC, keyB})); // by name: Mercado, Oficina
    // C came back meanwhile (another sync); A was never marked.
    QCOMPARE(apply(workspace.get(), {entry(idC, tokenC, QStringLiteral("Mercado"))}).code, ErrorCode::None);

    QSignalSpy changed(repository, &InstanceRepository::changed);
    int removed = -1;
    QCOMPARE(repository->removeMarkedMissing({keyA, keyB, keyC, QUuid::createUuid()}, &removed).code, ErrorCode::None);
    QCOMPARE(removed, 1);
    QCOMPARE(namesOf(repository->allRecords()), (QStringList{QStringLiteral("Mercado"), QStringLiteral("Padaria")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changesOf(changed).first().fields, int(InstanceChange::Membership));
    // Its sealed credentials went with it.
    QCOMPARE(Test::countOf(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
    QCOMPARE(repository->removeMarkedMissing({keyB}, &removed).code, ErrorCode::None);
    QCOMPARE(removed, 0);
    QCOMPARE(changed.size(), 1);
    // Should it appear in the account again, it is a new instance.
    QCOMPARE(apply(workspace.get(), {entry(idB, tokenB, QStringLiteral("Oficina"))}, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 1);
    QVERIFY(summary.seen.first() != keyB);
}

// An entry Z-API should never have sent (an ID or token that could not go into a URL) is
// reported with the reason and the ID's ending; the rest of the page is applied.
void TestAccountPages::entryThatCannotBeStoredIsReported()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria"))}, &summary).code, ErrorCode::None);
    const QUuid keyA = summary.seen.first();

    QCOMPARE(apply(workspace.get(), {entry(QStringLiteral("../../x9Z1"), tokenB, QStringLiteral("Estranha")),
                                     entry(idA, QStringLiteral("token with spaces"), QStringLiteral("Padaria")),
                                     entry(idC, tokenC, QStringLiteral("Mercado"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.failed.size(), 2);
    QCOMPARE(summary.failed.at(0).idSuffix, QStringLiteral("…x9Z1"));
    QCOMPARE(summary.failed.at(0).name, QStringLiteral("Estranha"));
    QCOMPARE(summary.failed.at(0).reason, Error(ErrorCode::InvalidInstanceId).message());
    QCOMPARE(summary.failed.at(1).idSuffix, QStringLiteral("…AB12"));
    QCOMPARE(summary.failed.at(1).reason, Error(ErrorCode::InvalidInstanceToken).message());
    // A is still the account's (it was found), with the token it had.
    QVERIFY(summary.seen.contains(keyA));
    QCOMPARE(Test::secretsOf(repository, keyA), (InstanceSecrets{idA, tokenA}));
    QCOMPARE(namesOf(repository->allRecords()), (QStringList{QStringLiteral("Mercado"), QStringLiteral("Padaria")}));
}

// One page, one transaction: a write that fails half-way through a page (here a trigger of
// this connection refuses the page's third entry) leaves none of that page, and keeps every
// page applied before it.
void TestAccountPages::failureInTheMiddleOfAPageUndoesThatPage()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    Database *database = workspace->database();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    const QList<InstanceRecord> afterFirstPage = repository->allRecords();
    const QStringList sealedAfterFirstPage = Test::sealedRows(database);
    QCOMPARE(database->write([&]() -> Error {
                 QSqlQuery trigger = database->query(QStringLiteral(
                     "CREATE TEMP TRIGGER refuse_explosion BEFORE INSERT ON instances WHEN NEW.name = 'Explosão'"
                     " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
                 return trigger.exec() ? Error() : Database::failure(trigger);
             }).code,
             ErrorCode::None);
    QSignalSpy changed(repository, &InstanceRepository::changed);

    // An update (a rotated token and a new payment status), an add, then the refused add.
    const QList<AccountInstance> secondPage{entry(idA, tokenC, QStringLiteral("Padaria"), QStringLiteral("OVERDUE")),
                                            entry(idC, tokenC, QStringLiteral("Mercado")),
                                            entry(idD, tokenD, QStringLiteral("Explosão"))};
    const Error error = apply(workspace.get(), secondPage, &summary);
    QCOMPARE(error.code, ErrorCode::StoreWriteFailed);
    QVERIFY2(error.detail.contains(QLatin1String("disk trouble")), qPrintable(error.detail));
    QCOMPARE(summary.added + summary.updated + summary.unchanged, 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(repository->allRecords(), afterFirstPage);
    QCOMPARE(Test::sealedRows(database), sealedAfterFirstPage);
    QCOMPARE(Test::secretsOf(repository, afterFirstPage.at(1).key), (InstanceSecrets{idA, tokenA})); // Padaria

    // Once the trouble is gone, the same page goes through.
    QCOMPARE(database->write([&]() -> Error {
                 QSqlQuery drop = database->query(QStringLiteral("DROP TRIGGER temp.refuse_explosion"));
                 return drop.exec() ? Error() : Database::failure(drop);
             }).code,
             ErrorCode::None);
    QCOMPARE(apply(workspace.get(), secondPage, &summary).code, ErrorCode::None);
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(repository->count(), 4);
}

// "Start over" (a lost keychain key) drops every instance's credentials and keeps the list: a
// sync finds each instance again by its name and ID ending and seals its credentials, rather
// than adding it a second time.
void TestAccountPages::credentialsDroppedByStartingOverAreFoundAgain()
{
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    SyncSummary summary;
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenA, QStringLiteral("Padaria")), entry(idB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    const QList<QUuid> keys = summary.seen;
    QCOMPARE(Test::countOf(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 2);
    Catcher<Error, CredentialVault::KeptAside> startedOver;
    workspace->vault()->startOver(m_context.get(), startedOver.callback());
    QTRY_COMPARE_WITH_TIMEOUT(startedOver.calls(), 1, timeoutMs);
    QCOMPARE(startedOver.error().code, ErrorCode::None);
    QCOMPARE(Test::countOf(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 0);
    const QList<InstanceRecord> listed = repository->allRecords();

    // Padaria as before; Oficina's ID now ends otherwise: another instance, named apart.
    const QString otherIdB = QStringLiteral("5A7C0000000000000000000000B09999");
    QCOMPARE(apply(workspace.get(), {entry(idA, tokenC, QStringLiteral("Padaria")), entry(otherIdB, tokenB, QStringLiteral("Oficina"))},
                   &summary).code,
             ErrorCode::None);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.seen.first(), keys.at(0));
    QCOMPARE(*repository->record(keys.at(0)), listed.at(1)); // Padaria, as it was
    QCOMPARE(Test::secretsOf(repository, keys.at(0)), (InstanceSecrets{idA, tokenC}));
    QCOMPARE(namesOf(repository->allRecords()),
             (QStringList{QStringLiteral("Oficina"), QStringLiteral("Oficina (…9999)"), QStringLiteral("Padaria")}));
    Error error;
    Test::secretsOf(repository, keys.at(1), &error);
    QCOMPARE(error.code, ErrorCode::InstanceSecretsMissing);
}

// 10,000 instances, in pages of 500 as a sync would read them: added, then found unchanged,
// then every token rotated, then all seen. The times are printed for the record, not asserted.
void TestAccountPages::tenThousandInstances()
{
    constexpr int total = 10000;
    constexpr int pageSize = 500;
    QList<AccountInstance> account;
    for (int i = 0; i < total; ++i) {
        account.append(entry(QStringLiteral("BULK%1").arg(i, 28, 10, QLatin1Char('0')), QStringLiteral("T%1").arg(i, 23, 10, QLatin1Char('0')),
                             QStringLiteral("Cliente %1").arg(i, 5, 10, QLatin1Char('0'))));
    }
    auto workspace = start();
    InstanceRepository *repository = workspace->repository();
    // The keychain's first answer is not part of applying.
    Catcher<Error> opened;
    workspace->vault()->open(m_context.get(), opened.callback());
    QTRY_COMPARE_WITH_TIMEOUT(opened.calls(), 1, timeoutMs);
    QCOMPARE(opened.error().code, ErrorCode::None);

    const auto sync = [&](const QList<AccountInstance> &instances, SyncSummary *sum, QList<QUuid> *seen) {
        *sum = {};
        for (qsizetype from = 0; from < instances.size(); from += pageSize) {
            SyncSummary page;
            QCOMPARE(apply(workspace.get(), instances.mid(from, pageSize), &page).code, ErrorCode::None);
            sum->added += page.added;
            sum->updated += page.updated;
            sum->unchanged += page.unchanged;
            *seen += page.seen;
        }
    };
    QElapsedTimer timer;
    SyncSummary summary;
    QList<QUuid> seen;

    timer.start();
    sync(account, &summary, &seen);
    const qint64 addMs = timer.elapsed();
    QCOMPARE(summary.added, total);
    QCOMPARE(repository->count(), total);

    seen.clear();
    timer.start();
    sync(account, &summary, &seen);
    const qint64 unchangedMs = timer.elapsed();
    QCOMPARE(summary.unchanged, total);

    for (AccountInstance &instance : account)
        instance.instanceToken[0] = u'R';
    seen.clear();
    timer.start();
    sync(account, &summary, &seen);
    const qint64 rotatedMs = timer.elapsed();
    QCOMPARE(summary.updated, total);

    timer.start();
    QList<InstanceRecord> missing;
    QCOMPARE(repository->markMissingFromAccount(seen, &missing).code, ErrorCode::None);
    const qint64 markMs = timer.elapsed();
    QVERIFY(missing.isEmpty());
    QCOMPARE(Test::countOf(workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), total);
    QCOMPARE(Test::secretsOf(repository, seen.at(1234)).instanceToken, account.at(1234).instanceToken);

    qInfo("10,000 instances in pages of %d: added in %lld ms, unchanged in %lld ms, every token rotated in %lld ms;"
          " the missing marked in %lld ms",
          pageSize, addMs, unchangedMs, rotatedMs, markMs);
}

QTEST_GUILESS_MAIN(TestAccountPages)
#include "tst_accountpages.moc"
