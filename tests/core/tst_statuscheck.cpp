// StatusCheck against the real sandbox process, with the REAL keychain: hundreds of
// instances with never more than 4 requests at the server at once (the server counts them),
// every answer in its row, saved in batches; a failure that belongs to one instance stays
// there; one that would hit them all (the Client-Token, Z-API asking to slow down) stops the
// check once; Cancel stops at once and keeps what was found.

#include "AccountFixture.h"

#include "account/StatusCheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace PartnerDesk;
using Test::AccountFixture;
using Test::accountTimeoutMs;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)

namespace {

struct CheckRun
{
    QList<StatusCheckResult> results;
    QList<QPair<int, int>> progress;
    int finishedCalls = 0;
    int connected = -1;
    int disconnected = -1;
    int failed = -1;
    Error error;
};

// Follows `check` until it finishes; start it after this.
class CheckWatcher : public QObject
{
public:
    explicit CheckWatcher(StatusCheck *check)
    {
        connect(check, &StatusCheck::checked, this, [this](const StatusCheckResult &result) { run.results.append(result); });
        connect(check, &StatusCheck::progress, this, [this](int done, int total) { run.progress.append({done, total}); });
        connect(check, &StatusCheck::finished, this, [this](int connected, int disconnected, int failed, const Error &error) {
            ++run.finishedCalls;
            run.connected = connected;
            run.disconnected = disconnected;
            run.failed = failed;
            run.error = error;
        });
    }
    bool waitForFinished() { return QTest::qWaitFor([this] { return run.finishedCalls > 0; }, accountTimeoutMs); }

    CheckRun run;
};

QString idOf(const QJsonValue &generated)
{
    return generated.toObject().value(QLatin1String("id")).toString();
}

int inFlightAtServer(Testing::SandboxProcess &sandbox)
{
    return sandbox.stats().value(QLatin1String("inFlight")).toInt();
}

} // namespace

class TstStatusCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hundredsOfInstancesFourAtATime();
    void wrongTokenFailsOnlyItsRow();
    void timeoutStaysWithItsInstance();
    void commonFailureStopsOnce_data();
    void commonFailureStopsOnce();
    void cancelStopsAtOnceAndKeepsWhatWasFound();
    void removedInstancesAreSkipped();
    void emptyCheckFinishesLater();

private:
    AccountFixture m_fixture;
};

void TstStatusCheck::initTestCase()
{
    AccountFixture::requireKeychain();
}

void TstStatusCheck::init()
{
    m_fixture.open();
}

void TstStatusCheck::cleanup()
{
    m_fixture.close();
}

void TstStatusCheck::hundredsOfInstancesFourAtATime()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(300, QStringLiteral("Status"), &generated));
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    QCOMPARE(keys.size(), 300);
    QVERIFY(!keys.contains(QUuid()));
    // Every third one is connected.
    for (int i = 0; i < 300; i += 3)
        sandbox.setConnected(idOf(generated.at(i)), true);
    // Held a moment each, so that requests overlap and a fifth would be seen.
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                      {QStringLiteral("endpoint"), QStringLiteral("status")},
                      {QStringLiteral("delayMs"), 40}});
    QVERIFY(sandbox.resetStats());
    QSignalSpy changes(m_fixture.repository(), &InstanceRepository::changed);

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start(keys);
    QVERIFY(check.isRunning());
    QVERIFY(watcher.waitForFinished());
    const CheckRun &run = watcher.run;
    QCOMPARE(run.finishedCalls, 1);
    QCOMPARE(run.error.code, ErrorCode::None);
    QCOMPARE(run.connected, 100);
    QCOMPARE(run.disconnected, 200);
    QCOMPARE(run.failed, 0);
    QCOMPARE(run.results.size(), 300);
    QCOMPARE(run.progress.size(), 300);
    QCOMPARE(run.progress.last(), qMakePair(300, 300));
    QVERIFY(!check.isRunning());

    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 300);
    QCOMPARE(stats.value(QLatin1String("maxInFlight")).toInt(), StatusCheck::maximumInFlight);

    // Every row has its status, all checked at the clock's time...
    InstanceRepository *repository = m_fixture.repository();
    for (int i = 0; i < 300; ++i) {
        const std::optional<InstanceRecord> record = repository->record(keys.at(i));
        QVERIFY(record);
        QCOMPARE(record->status, i % 3 == 0 ? ConnectionStatus::Connected : ConnectionStatus::Disconnected);
        QCOMPARE(record->statusCheckedAt, m_fixture.clock().now());
    }
    for (const StatusCheckResult &result : run.results) {
        QCOMPARE(result.error.code, ErrorCode::None);
        QVERIFY(!result.serverMessage.isEmpty());
    }
    // ... saved 50 at a time: one change of the list per batch, not one per row.
    QCOMPARE(changes.size(), 300 / StatusCheck::resultsPerSave);
    for (const QList<QVariant> &arguments : std::as_const(changes)) {
        const auto change = arguments.at(0).value<InstanceChange>();
        QCOMPARE(change.fields, int(InstanceChange::Status));
        QCOMPARE(change.rowIds.size(), StatusCheck::resultsPerSave);
    }
}

void TstStatusCheck::wrongTokenFailsOnlyItsRow()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(5, QStringLiteral("Mixed"), &generated));
    // The list's copy of the third one has a token Z-API does not know.
    QJsonObject wrong = generated.at(2).toObject();
    wrong.insert(QStringLiteral("token"), QStringLiteral("WRONGTOKEN00000000000000"));
    generated.replace(2, wrong);
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    QCOMPARE(keys.size(), 5);
    sandbox.setConnected(idOf(generated.at(0)), true);

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start(keys);
    QVERIFY(watcher.waitForFinished());
    const CheckRun &run = watcher.run;
    QCOMPARE(run.error.code, ErrorCode::None);
    QCOMPARE(run.connected, 1);
    QCOMPARE(run.disconnected, 3);
    QCOMPARE(run.failed, 1);
    QCOMPARE(run.results.size(), 5);
    for (const StatusCheckResult &result : run.results) {
        if (result.key == keys.at(2)) {
            QCOMPARE(result.error.code, ErrorCode::InstanceCredentialsRejected);
            QCOMPARE(result.status, ConnectionStatus::Unknown);
        } else {
            QCOMPARE(result.error.code, ErrorCode::None);
        }
    }
    // Its row keeps what it had; the others have theirs.
    InstanceRepository *repository = m_fixture.repository();
    QCOMPARE(repository->record(keys.at(2))->status, ConnectionStatus::Unknown);
    QVERIFY(!repository->record(keys.at(2))->statusCheckedAt.isValid());
    QCOMPARE(repository->record(keys.at(0))->status, ConnectionStatus::Connected);
    QCOMPARE(repository->record(keys.at(4))->status, ConnectionStatus::Disconnected);
}

void TstStatusCheck::timeoutStaysWithItsInstance()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    m_fixture.workspace()->settings().setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(8, QStringLiteral("Hanging"), &generated));
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")},
                      {QStringLiteral("endpoint"), QStringLiteral("status")},
                      {QStringLiteral("instance"), idOf(generated.at(1))}});

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start(keys);
    QVERIFY(watcher.waitForFinished());
    const CheckRun &run = watcher.run;
    QCOMPARE(run.error.code, ErrorCode::None);
    QCOMPARE(run.disconnected, 7);
    QCOMPARE(run.failed, 1);
    // The other seven did not wait for it: they were in before it timed out.
    QCOMPARE(run.results.last().key, keys.at(1));
    QCOMPARE(run.results.last().error.code, ErrorCode::Timeout);
    QCOMPARE(m_fixture.repository()->record(keys.at(1))->status, ConnectionStatus::Unknown);
}

void TstStatusCheck::commonFailureStopsOnce_data()
{
    QTest::addColumn<QString>("clientToken"); // in the list's vault
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("no Client-Token") << QString() << QJsonObject() << ErrorCode::ClientTokenMissing;
    QTest::newRow("wrong Client-Token") << QStringLiteral("not-the-accounts-token") << QJsonObject()
                                        << ErrorCode::ClientTokenRejected;
    QTest::newRow("Z-API asks to slow down")
        << Testing::SandboxProcess::defaultClientToken()
        << QJsonObject{{QStringLiteral("mode"), QStringLiteral("rate-limit")}, {QStringLiteral("endpoint"), QStringLiteral("status")},
                       {QStringLiteral("retryAfter"), 42}}
        << ErrorCode::RateLimited;
}

void TstStatusCheck::commonFailureStopsOnce()
{
    QFETCH(QString, clientToken);
    QFETCH(QJsonObject, fault);
    QFETCH(ErrorCode, expected);

    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(40, QStringLiteral("Common"), &generated));
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    QCOMPARE(m_fixture.setClientToken(clientToken).code, ErrorCode::None);
    if (!fault.isEmpty())
        sandbox.setFault(fault);
    QSignalSpy changes(m_fixture.repository(), &InstanceRepository::changed);

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start(keys);
    QVERIFY(watcher.waitForFinished());
    // Once, with that error, and no row is told about it: it is nobody's in particular.
    QCOMPARE(watcher.run.error.code, expected);
    if (expected == ErrorCode::RateLimited)
        QCOMPARE(watcher.run.error.retryAfterSeconds, 42);
    QVERIFY(watcher.run.results.isEmpty());
    QCOMPARE(watcher.run.failed, 0);
    QVERIFY(!check.isRunning());
    // What was in flight when the first answer came was all that was sent, and no more comes.
    QTRY_COMPARE_WITH_TIMEOUT(inFlightAtServer(sandbox), 0, accountTimeoutMs);
    const int sent = static_cast<int>(m_fixture.statusRequests().size());
    QVERIFY2(sent >= 1 && sent <= StatusCheck::maximumInFlight, qPrintable(QString::number(sent)));
    QCOMPARE(watcher.run.finishedCalls, 1);
    QVERIFY(changes.isEmpty());
    for (const QUuid &key : keys)
        QCOMPARE(m_fixture.repository()->record(key)->status, ConnectionStatus::Unknown);
}

void TstStatusCheck::cancelStopsAtOnceAndKeepsWhatWasFound()
{
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(12, QStringLiteral("Cancel"), &generated));
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    sandbox.setConnected(idOf(generated.at(0)), true);
    // The last four never answer; the others do.
    for (int i = 8; i < 12; ++i) {
        sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")},
                          {QStringLiteral("endpoint"), QStringLiteral("status")},
                          {QStringLiteral("instance"), idOf(generated.at(i))}});
    }
    QSignalSpy changes(m_fixture.repository(), &InstanceRepository::changed);

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start(keys);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.run.results.size(), 8, accountTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(inFlightAtServer(sandbox), 4, accountTimeoutMs);
    QVERIFY(changes.isEmpty()); // fewer than a batch so far

    check.cancel();
    QCOMPARE(watcher.run.finishedCalls, 1); // before cancel() returned
    QVERIFY(!check.isRunning());
    QCOMPARE(watcher.run.error.code, ErrorCode::Cancelled);
    QCOMPARE(watcher.run.connected, 1);
    QCOMPARE(watcher.run.disconnected, 7);
    // What was found is saved, in one go; the requests are gone from the server too.
    QCOMPARE(changes.size(), 1);
    QCOMPARE(m_fixture.repository()->record(keys.at(0))->status, ConnectionStatus::Connected);
    QCOMPARE(m_fixture.repository()->record(keys.at(7))->status, ConnectionStatus::Disconnected);
    QCOMPARE(m_fixture.repository()->record(keys.at(8))->status, ConnectionStatus::Unknown);
    QTRY_COMPARE_WITH_TIMEOUT(inFlightAtServer(sandbox), 0, accountTimeoutMs);
    QCOMPARE(watcher.run.results.size(), 8);
    QCOMPARE(watcher.run.finishedCalls, 1);
    QCOMPARE(m_fixture.statusRequests().size(), 12);
    check.cancel(); // nothing runs: nothing said
    QCOMPARE(watcher.run.finishedCalls, 1);
}

void TstStatusCheck::removedInstancesAreSkipped()
{
    QJsonArray generated;
    QVERIFY(m_fixture.sandbox().generateInstances(3, QStringLiteral("Skipped"), &generated));
    const QList<QUuid> keys = m_fixture.importInstances(generated);
    QCOMPARE(m_fixture.repository()->removeInstance(keys.at(1)).code, ErrorCode::None);

    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start({keys.at(0), keys.at(1), QUuid::createUuid(), keys.at(2), keys.at(0)});
    QVERIFY(watcher.waitForFinished());
    QCOMPARE(watcher.run.error.code, ErrorCode::None);
    QCOMPARE(watcher.run.results.size(), 2);
    QCOMPARE(watcher.run.disconnected, 2);
    QCOMPARE(watcher.run.failed, 0);
    QCOMPARE(watcher.run.progress.last(), qMakePair(4, 4)); // the key given twice counts once
    QCOMPARE(m_fixture.statusRequests().size(), 2);
}

void TstStatusCheck::emptyCheckFinishesLater()
{
    StatusCheck check(m_fixture.workspace());
    CheckWatcher watcher(&check);
    check.start({});
    QCOMPARE(watcher.run.finishedCalls, 0);
    QVERIFY(check.isRunning());
    QVERIFY(watcher.waitForFinished());
    QCOMPARE(watcher.run.finishedCalls, 1);
    QCOMPARE(watcher.run.connected, 0);
    QCOMPARE(watcher.run.disconnected, 0);
    QCOMPARE(watcher.run.failed, 0);
    QCOMPARE(watcher.run.error.code, ErrorCode::None);
    QVERIFY(!check.isRunning());
}

QTEST_GUILESS_MAIN(TstStatusCheck)
#include "tst_statuscheck.moc"
