// AccountSync against the real sandbox process, with the REAL keychain (see
// scripts/test-session.sh): the partner's whole account read page by page with the partner
// token, whatever page size the server keeps to; shared and empty names; a rotated token
// that then works; an instance gone from the account, reported and pruned; an error page and
// a timeout half-way (what was applied stays, nothing is taken for gone); Cancel; an account
// that changes while it is read; and which token went where (the partner token only to the
// list, the Client-Token only to the instances). The store's side of each page is
// core.accountpages'.

#include "AccountFixture.h"

#include "account/AccountSync.h"
#include "account/StatusCheck.h"
#include "util/Logging.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace PartnerDesk;
using Test::AccountFixture;
using Test::accountTimeoutMs;

namespace {

QStringList loggedMessages;
QMutex loggedMessagesMutex; // Qt's network thread may log too
QtMessageHandler previousMessageHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&loggedMessagesMutex);
        loggedMessages.append(message);
    }
    previousMessageHandler(type, context, message);
}

struct SyncRun
{
    // pagesRead, totalPages, instancesRead, totalInstances
    QList<std::array<qint64, 4>> progress;
    int finishedCalls = 0;
    AccountSyncReport report;
};

// Runs `sync` to its end; `onProgress`, when given, is called after each progress() is noted.
SyncRun runSync(AccountSync &sync, const std::function<void(const SyncRun &)> &onProgress = {})
{
    SyncRun run;
    QObject context;
    QObject::connect(&sync, &AccountSync::progress, &context,
                     [&](int pagesRead, int totalPages, int instancesRead, qint64 totalInstances) {
                         run.progress.append({pagesRead, totalPages, instancesRead, totalInstances});
                         if (onProgress)
                             onProgress(run);
                     });
    QObject::connect(&sync, &AccountSync::finished, &context, [&](const AccountSyncReport &report) {
        ++run.finishedCalls;
        run.report = report;
    });
    sync.start();
    if (!QTest::qWaitFor([&] { return run.finishedCalls > 0; }, accountTimeoutMs))
        qWarning("the sync did not finish");
    return run;
}

QJsonObject instance(const QString &id, const QString &token, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("token"), token}, {QStringLiteral("name"), name}};
}

QString idOf(const QJsonValue &generated)
{
    return generated.toObject().value(QLatin1String("id")).toString();
}

QString tokenOf(const QJsonValue &generated)
{
    return generated.toObject().value(QLatin1String("token")).toString();
}

} // namespace

class TstAccountSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void wholeAccountInPagesTheServerChose();
    void rotatedTokenIsTakenAndWorks();
    void vanishedInstanceIsReportedThenPruned();
    void errorPageHalfWayKeepsThePagesBefore();
    void timeoutHalfWayKeepsThePagesBefore();
    void cancelStopsTheRequestInFlight();
    void accountChangingWhileReadIsReadAgain();
    void withoutPartnerTokenNothingIsSent();
    void rejectedPartnerTokenChangesNothing();
    void eachTokenGoesOnlyWhereItBelongs();

private:
    AccountFixture m_fixture;
    QStringList m_secrets; // every instance token and ID the sandbox handed out, for the log check
};

void TstAccountSync::initTestCase()
{
    previousMessageHandler = qInstallMessageHandler(recordMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("partnerdesk.*.debug=true"));
    AccountFixture::requireKeychain();
}

void TstAccountSync::init()
{
    m_fixture.open();
}

void TstAccountSync::cleanup()
{
    m_fixture.close();
}

void TstAccountSync::cleanupTestCase()
{
    qInstallMessageHandler(previousMessageHandler);
    if (m_secrets.isEmpty())
        return; // only some test functions were run
    const QMutexLocker locker(&loggedMessagesMutex);
    QVERIFY2(!loggedMessages.filter(QStringLiteral("GET instances")).isEmpty(),
             "the request log was not seen, so the check below proves nothing");
    for (const QString &message : std::as_const(loggedMessages)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
}

void TstAccountSync::wholeAccountInPagesTheServerChose()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QVERIFY(sandbox.setMaxPageSize(40));
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(250, QStringLiteral("Cliente"), &generated));
    const QString sharedA = QStringLiteral("5A7E0000000000000000000000005A01");
    const QString sharedB = QStringLiteral("5A7E0000000000000000000000005B02");
    const QString unnamed = QStringLiteral("5A7E000000000000000000000000E003");
    QVERIFY(sandbox.upsertInstance(instance(sharedA, QStringLiteral("SHAREDTOKENA0000000000001"), QStringLiteral("Loja Centro"))));
    QVERIFY(sandbox.upsertInstance(instance(sharedB, QStringLiteral("SHAREDTOKENB0000000000002"), QStringLiteral("Loja Centro"))));
    QVERIFY(sandbox.upsertInstance(instance(unnamed, QStringLiteral("UNNAMEDTOKEN000000000003"), QString())));
    for (const QJsonValue &value : std::as_const(generated))
        m_secrets << idOf(value) << tokenOf(value);
    m_secrets << sharedA << sharedB << unnamed << QStringLiteral("SHAREDTOKENA0000000000001")
              << QStringLiteral("SHAREDTOKENB0000000000002") << QStringLiteral("UNNAMEDTOKEN000000000003");

    AccountSync sync(m_fixture.workspace());
    const SyncRun run = runSync(sync);
    QCOMPARE(run.finishedCalls, 1);
    const AccountSyncReport &report = run.report;
    QCOMPARE(report.error.code, ErrorCode::None);
    QVERIFY(report.complete);
    QCOMPARE(report.added, 253);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QVERIFY(report.failed.isEmpty());
    QVERIFY(report.gone.isEmpty());
    // 253 at the 40 the server serves, not the 100 asked for.
    QCOMPARE(report.pagesRead, 7);
    QCOMPARE(report.totalPages, 7);
    QCOMPARE(run.progress.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(run.progress.at(i)[0], qint64(i + 1));
        QCOMPARE(run.progress.at(i)[1], qint64(7));
        QCOMPARE(run.progress.at(i)[2], qint64(qMin(40 * (i + 1), 253)));
        QCOMPARE(run.progress.at(i)[3], qint64(253));
    }
    const QList<QJsonObject> pages = m_fixture.listRequests();
    QCOMPARE(pages.size(), 7);
    for (int i = 0; i < pages.size(); ++i) {
        const QUrlQuery query = AccountFixture::queryOf(pages.at(i));
        QCOMPARE(query.queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(query.queryItemValue(QStringLiteral("pageSize")), QString::number(AccountSync::pageSize));
    }

    InstanceRepository *repository = m_fixture.repository();
    QCOMPARE(repository->count(), 253);
    // Both instances named alike are kept, told apart; the unnamed one gets a readable name.
    QList<InstanceRecord> loja;
    std::optional<InstanceRecord> noName;
    for (const InstanceRecord &record : repository->allRecords()) {
        if (record.name.startsWith(QLatin1String("Loja Centro")))
            loja.append(record);
        if (record.idSuffix == maskedSuffix(unnamed))
            noName = record;
    }
    QCOMPARE(loja.size(), 2);
    QVERIFY(loja.at(0).name != loja.at(1).name);
    QVERIFY(noName);
    QVERIFY(!noName->name.trimmed().isEmpty());
    QVERIFY2(noName->name.contains(noName->idSuffix), qPrintable(noName->name));
    // The credentials are the account's, sealed.
    const std::optional<InstanceRecord> last = repository->recordNamed(QStringLiteral("Cliente 0250"));
    QVERIFY(last);
    const InstanceSecrets secrets = Test::secretsOf(repository, last->key);
    QCOMPARE(secrets.instanceId, idOf(generated.last()));
    QCOMPARE(secrets.instanceToken, tokenOf(generated.last()));
    QCOMPARE(last->paymentStatus.isEmpty(), false);

    // Again: nothing new, nothing gone.
    const SyncRun again = runSync(sync);
    QCOMPARE(again.report.error.code, ErrorCode::None);
    QVERIFY(again.report.complete);
    QCOMPARE(again.report.added, 0);
    QCOMPARE(again.report.updated, 0);
    QCOMPARE(again.report.unchanged, 253);
    QVERIFY(again.report.gone.isEmpty());
    QCOMPARE(repository->count(), 253);
}

void TstAccountSync::rotatedTokenIsTakenAndWorks()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(5, QStringLiteral("Rotated"), &generated));
    AccountSync sync(m_fixture.workspace());
    QCOMPARE(runSync(sync).report.added, 5);

    const QString id = idOf(generated.at(2));
    const QString newToken = QStringLiteral("ROTATEDTOKEN00000000000X");
    QVERIFY(newToken != tokenOf(generated.at(2)));
    QVERIFY(sandbox.upsertInstance(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("token"), newToken}}));
    QVERIFY(sandbox.upsertInstance(QJsonObject{{QStringLiteral("id"), idOf(generated.at(4))},
                                               {QStringLiteral("paymentStatus"), QStringLiteral("OVERDUE")},
                                               {QStringLiteral("due"), qint64(1798761600000)}}));
    m_secrets << newToken;

    const SyncRun run = runSync(sync);
    QCOMPARE(run.report.error.code, ErrorCode::None);
    QCOMPARE(run.report.added, 0);
    QCOMPARE(run.report.updated, 2);
    QCOMPARE(run.report.unchanged, 3);

    InstanceRepository *repository = m_fixture.repository();
    const std::optional<InstanceRecord> rotated = repository->recordNamed(QStringLiteral("Rotated 0003"));
    QVERIFY(rotated);
    QCOMPARE(Test::secretsOf(repository, rotated->key).instanceToken, newToken);
    const std::optional<InstanceRecord> overdue = repository->recordNamed(QStringLiteral("Rotated 0005"));
    QVERIFY(overdue);
    QCOMPARE(overdue->paymentStatus, QStringLiteral("OVERDUE"));
    QCOMPARE(overdue->due.toMSecsSinceEpoch(), qint64(1798761600000));

    // The new token is the one that works now (the old one would be refused).
    m_fixture.sandbox().setConnected(id, true);
    StatusCheck check(m_fixture.workspace());
    QList<StatusCheckResult> results;
    QSignalSpy finished(&check, &StatusCheck::finished);
    connect(&check, &StatusCheck::checked, this, [&](const StatusCheckResult &result) { results.append(result); });
    check.start({rotated->key});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, accountTimeoutMs);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error.code, ErrorCode::None);
    QCOMPARE(results.first().status, ConnectionStatus::Connected);
    QCOMPARE(repository->record(rotated->key)->status, ConnectionStatus::Connected);
}

void TstAccountSync::vanishedInstanceIsReportedThenPruned()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(5, QStringLiteral("Vanishing"), &generated));
    AccountSync sync(m_fixture.workspace());
    QCOMPARE(runSync(sync).report.added, 5);
    InstanceRepository *repository = m_fixture.repository();
    const QUuid goneKey = repository->recordNamed(QStringLiteral("Vanishing 0002"))->key;

    QVERIFY(sandbox.removeInstance(idOf(generated.at(1))));
    const SyncRun run = runSync(sync);
    QCOMPARE(run.report.error.code, ErrorCode::None);
    QVERIFY(run.report.complete);
    QCOMPARE(run.report.unchanged, 4);
    QCOMPARE(run.report.gone.size(), 1);
    QCOMPARE(run.report.gone.first().key, goneKey);
    QCOMPARE(run.report.gone.first().name, QStringLiteral("Vanishing 0002"));
    // Marked, not removed: that waits for the agent.
    QCOMPARE(repository->count(), 5);
    QVERIFY(repository->record(goneKey)->goneSince.isValid());

    int removed = -1;
    QCOMPARE(sync.removeMissing(run.report.gone, &removed).code, ErrorCode::None);
    QCOMPARE(removed, 1);
    QCOMPARE(repository->count(), 4);
    QVERIFY(!repository->record(goneKey));

    // Nothing else is gone now.
    const SyncRun after = runSync(sync);
    QVERIFY(after.report.complete);
    QVERIFY(after.report.gone.isEmpty());
    QCOMPARE(after.report.unchanged, 4);
}

void TstAccountSync::errorPageHalfWayKeepsThePagesBefore()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QVERIFY(sandbox.setMaxPageSize(40));
    QVERIFY(sandbox.generateInstances(100, QStringLiteral("Paged")));
    // One the account does not have: a sync cut short must not take it for gone.
    Test::Catcher<Error, QUuid> added;
    QObject context;
    m_fixture.repository()->addInstance(Test::named(QStringLiteral("Added by hand")),
                                        {QStringLiteral("0000000000000000000000000000F00D"), QStringLiteral("HANDTOKEN000000000000001")},
                                        &context, added.callback());
    QTRY_COMPARE_WITH_TIMEOUT(added.calls(), 1, accountTimeoutMs);
    QCOMPARE(added.error().code, ErrorCode::None);
    const QUuid byHand = added.get<1>();
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("server-error")},
                      {QStringLiteral("endpoint"), QStringLiteral("list")},
                      {QStringLiteral("page"), 2}});

    AccountSync sync(m_fixture.workspace());
    const SyncRun run = runSync(sync);
    QCOMPARE(run.finishedCalls, 1);
    QCOMPARE(run.report.error.code, ErrorCode::ServerError);
    QVERIFY(!run.report.complete);
    QCOMPARE(run.report.pagesRead, 1);
    QCOMPARE(run.report.totalPages, 3);
    QCOMPARE(run.report.added, 40);
    QVERIFY(run.report.gone.isEmpty());
    QCOMPARE(run.progress.size(), 1);
    QCOMPARE(m_fixture.listRequests().size(), 2); // it stopped there
    InstanceRepository *repository = m_fixture.repository();
    QCOMPARE(repository->count(), 41);
    QVERIFY(!repository->record(byHand)->goneSince.isValid());

    // Once the server answers, the rest comes in and only then is anything gone.
    sandbox.clearFaults();
    const SyncRun again = runSync(sync);
    QCOMPARE(again.report.error.code, ErrorCode::None);
    QVERIFY(again.report.complete);
    QCOMPARE(again.report.added, 60);
    QCOMPARE(again.report.unchanged, 40);
    QCOMPARE(again.report.gone.size(), 1);
    QCOMPARE(again.report.gone.first().key, byHand);
    QCOMPARE(repository->count(), 101);
}

void TstAccountSync::timeoutHalfWayKeepsThePagesBefore()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    m_fixture.workspace()->settings().setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
    QVERIFY(sandbox.setMaxPageSize(40));
    QVERIFY(sandbox.generateInstances(60, QStringLiteral("Slow")));
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("page"), 2}});

    AccountSync sync(m_fixture.workspace());
    const SyncRun run = runSync(sync);
    QCOMPARE(run.finishedCalls, 1);
    QCOMPARE(run.report.error.code, ErrorCode::Timeout);
    QVERIFY(!run.report.complete);
    QCOMPARE(run.report.pagesRead, 1);
    QCOMPARE(run.report.totalPages, 2);
    QCOMPARE(run.report.added, 40);
    QVERIFY(run.report.gone.isEmpty());
    QCOMPARE(m_fixture.repository()->count(), 40);
    QVERIFY(!sync.isRunning());
}

void TstAccountSync::cancelStopsTheRequestInFlight()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QVERIFY(sandbox.setMaxPageSize(10));
    QVERIFY(sandbox.generateInstances(30, QStringLiteral("Cancelled")));
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("page"), 2}});

    AccountSync sync(m_fixture.workspace());
    QList<AccountSyncReport> reports;
    int pages = 0;
    connect(&sync, &AccountSync::progress, this, [&pages] { ++pages; });
    connect(&sync, &AccountSync::finished, this, [&reports](const AccountSyncReport &report) { reports.append(report); });
    sync.start();
    QVERIFY(sync.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(pages, 1, accountTimeoutMs);
    // Page 2 is held by the server.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.stats().value(QLatin1String("inFlight")).toInt(), 1, accountTimeoutMs);

    sync.cancel();
    QCOMPARE(reports.size(), 1); // before cancel() returned
    QVERIFY(!sync.isRunning());
    QCOMPARE(reports.first().error.code, ErrorCode::Cancelled);
    QVERIFY(!reports.first().complete);
    QCOMPARE(reports.first().pagesRead, 1);
    QCOMPARE(reports.first().added, 10);
    // The request is gone from the server too, and nothing more comes.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.stats().value(QLatin1String("inFlight")).toInt(), 0, accountTimeoutMs);
    QCOMPARE(m_fixture.listRequests().size(), 2);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(m_fixture.repository()->count(), 10);
    sync.cancel(); // nothing to cancel: nothing said
    QCOMPARE(reports.size(), 1);
}

void TstAccountSync::accountChangingWhileReadIsReadAgain()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QVERIFY(sandbox.setMaxPageSize(40));
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(100, QStringLiteral("Moving"), &generated));
    AccountSync sync(m_fixture.workspace());
    QCOMPARE(runSync(sync).report.added, 100);

    // Between page 1 and page 2, the first instance leaves the account: everything after it
    // moves up one place, so the first of page 2 ("Moving 0041") is now the last of page 1,
    // which has been read. Read once, it would look gone.
    bool removed = false;
    const SyncRun run = runSync(sync, [&](const SyncRun &sofar) {
        if (sofar.progress.size() == 1 && !removed)
            removed = sandbox.removeInstance(idOf(generated.first()));
    });
    QVERIFY(removed);
    QCOMPARE(run.report.error.code, ErrorCode::None);
    QVERIFY(run.report.complete);
    QVERIFY2(run.report.gone.isEmpty(), qPrintable(run.report.gone.value(0).name));
    QCOMPARE(run.progress.size(), 3 + 3); // read twice
    QCOMPARE(run.report.added, 0);
    QCOMPARE(run.report.updated, 0);
    QCOMPARE(run.report.unchanged, 99);
    InstanceRepository *repository = m_fixture.repository();
    QVERIFY(!repository->recordNamed(QStringLiteral("Moving 0041"))->goneSince.isValid());

    // The next sync, on an account that holds still, finds the one that left.
    const SyncRun next = runSync(sync);
    QVERIFY(next.report.complete);
    QCOMPARE(next.progress.size(), 3);
    QCOMPARE(next.report.gone.size(), 1);
    QCOMPARE(next.report.gone.first().name, QStringLiteral("Moving 0001"));
}

void TstAccountSync::withoutPartnerTokenNothingIsSent()
{
    QVERIFY(m_fixture.sandbox().generateInstances(3, QStringLiteral("Nobody")));
    QCOMPARE(m_fixture.setPartnerToken(QString()).code, ErrorCode::None);
    m_fixture.sandbox().clearRequests();

    AccountSync sync(m_fixture.workspace());
    int finished = 0;
    AccountSyncReport report;
    connect(&sync, &AccountSync::finished, this, [&](const AccountSyncReport &r) {
        ++finished;
        report = r;
    });
    sync.start();
    QCOMPARE(finished, 0); // never inside start()
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, accountTimeoutMs);
    QCOMPARE(report.error.code, ErrorCode::PartnerTokenMissing);
    QCOMPARE(report.error.exitCode(), 3);
    QVERIFY(!report.complete);
    QCOMPARE(report.pagesRead, 0);
    QVERIFY(m_fixture.sandbox().requests().isEmpty());
    QCOMPARE(m_fixture.repository()->count(), 0);
}

void TstAccountSync::rejectedPartnerTokenChangesNothing()
{
    QVERIFY(m_fixture.sandbox().generateInstances(3, QStringLiteral("Refused")));
    QVERIFY(m_fixture.sandbox().changePartnerToken(QStringLiteral("another-partner-token-0001")));

    AccountSync sync(m_fixture.workspace());
    const SyncRun run = runSync(sync);
    QCOMPARE(run.finishedCalls, 1);
    QCOMPARE(run.report.error.code, ErrorCode::PartnerTokenRejected);
    QVERIFY(!run.report.complete);
    QCOMPARE(run.report.pagesRead, 0);
    QCOMPARE(m_fixture.repository()->count(), 0);
}

void TstAccountSync::eachTokenGoesOnlyWhereItBelongs()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QVERIFY(sandbox.setMaxPageSize(2));
    QVERIFY(sandbox.generateInstances(3, QStringLiteral("Separate")));
    // Both tokens are in the vault while both kinds of request are made.
    QVERIFY(!Test::clientTokenOf(m_fixture.repository()).isEmpty());

    AccountSync sync(m_fixture.workspace());
    QCOMPARE(runSync(sync).report.added, 3);
    StatusCheck check(m_fixture.workspace());
    QSignalSpy finished(&check, &StatusCheck::finished);
    QList<QUuid> keys;
    for (const InstanceRecord &record : m_fixture.repository()->allRecords())
        keys.append(record.key);
    check.start(keys);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, accountTimeoutMs);
    QCOMPARE(finished.first().at(3).value<Error>().code, ErrorCode::None);

    const QList<QJsonObject> list = m_fixture.listRequests();
    QCOMPARE(list.size(), 2);
    for (const QJsonObject &request : list) {
        QCOMPARE(request.value(QLatin1String("bearerSent")).toBool(), true);
        QCOMPARE(request.value(QLatin1String("bearerIsPartnerToken")).toBool(), true);
        QCOMPARE(request.value(QLatin1String("bearerIsClientToken")).toBool(), false);
        QCOMPARE(request.value(QLatin1String("clientTokenSent")).toBool(), false);
    }
    const QList<QJsonObject> status = m_fixture.statusRequests();
    QCOMPARE(status.size(), 3);
    for (const QJsonObject &request : status) {
        QCOMPARE(request.value(QLatin1String("clientTokenSent")).toBool(), true);
        QCOMPARE(request.value(QLatin1String("clientTokenIsPartnerToken")).toBool(), false);
        QCOMPARE(request.value(QLatin1String("bearerSent")).toBool(), false);
    }
    QCOMPARE(m_fixture.sandbox().requests().size(), list.size() + status.size());
}

QTEST_GUILESS_MAIN(TstAccountSync)
#include "tst_accountsync.moc"
