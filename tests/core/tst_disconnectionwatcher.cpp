// DisconnectionWatcher against the real sandbox process, with the REAL keychain: off, it has
// no timer at all (nothing that could wake the process); on, a round every so many minutes
// (run here with checkNow() or the timer's own timeout, never by waiting) checks every
// instance and names exactly the customers that went from connected to not connected; a
// round that fails as a whole says so once; turning it off stops a round at once.

#include "AccountFixture.h"

#include "account/DisconnectionWatcher.h"

#include <QAbstractEventDispatcher>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace PartnerDesk;
using Test::AccountFixture;
using Test::accountTimeoutMs;

namespace {

// Timers of `root` and everything under it: QTimers running, or any timer the event
// dispatcher holds for one of them (startTimer() included).
QStringList activeTimers(QObject *root)
{
    QStringList active;
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (QObject *object : std::as_const(objects)) {
        const auto *timer = qobject_cast<QTimer *>(object);
        if ((timer && timer->isActive()) || !dispatcher->registeredTimers(object).isEmpty())
            active.append(QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') + object->objectName());
    }
    return active;
}

QString idOf(const QJsonValue &generated)
{
    return generated.toObject().value(QLatin1String("id")).toString();
}

} // namespace

class TstDisconnectionWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offHasNoTimerAndChecksNothing();
    void onWaitsTheIntervalBetweenRounds();
    void noticesExactlyTheCustomerWhoDisconnected();
    void failedRoundIsSaidOnce();
    void roundThatCouldCheckNobodyFailed();
    void turningOffStopsTheRoundRunning();

private:
    // Three customers the sandbox knows: the first two connected there, the third not.
    QList<QUuid> addCustomers(QJsonArray *generated = nullptr);
    void runRound(DisconnectionWatcher &watcher);
    void watch(bool on, int minutes = Settings::defaultWatchIntervalMinutes);

    AccountFixture m_fixture;
};

void TstDisconnectionWatcher::initTestCase()
{
    AccountFixture::requireKeychain();
}

void TstDisconnectionWatcher::init()
{
    m_fixture.open();
}

void TstDisconnectionWatcher::cleanup()
{
    m_fixture.close();
}

QList<QUuid> TstDisconnectionWatcher::addCustomers(QJsonArray *generated)
{
    QJsonArray instances;
    if (!m_fixture.sandbox().generateInstances(3, QStringLiteral("Customer"), &instances))
        return {};
    m_fixture.sandbox().setConnected(idOf(instances.at(0)), true);
    m_fixture.sandbox().setConnected(idOf(instances.at(1)), true);
    if (generated)
        *generated = instances;
    return m_fixture.importInstances(instances);
}

void TstDisconnectionWatcher::runRound(DisconnectionWatcher &watcher)
{
    watcher.checkNow();
    QVERIFY(watcher.isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isChecking(), accountTimeoutMs);
}

void TstDisconnectionWatcher::watch(bool on, int minutes)
{
    m_fixture.workspace()->settings().setWatchForDisconnections(on);
    m_fixture.workspace()->settings().setWatchIntervalMinutes(minutes);
}

void TstDisconnectionWatcher::offHasNoTimerAndChecksNothing()
{
    const QList<QUuid> keys = addCustomers();
    QCOMPARE(keys.size(), 3);
    // The list says the third is connected; Z-API would say it is not.
    QCOMPARE(m_fixture.repository()->setStatus(keys.at(2), ConnectionStatus::Connected).code, ErrorCode::None);
    m_fixture.sandbox().clearRequests();

    DisconnectionWatcher watcher(m_fixture.workspace()); // off: the default
    QSignalSpy disconnected(&watcher, &DisconnectionWatcher::disconnected);
    QVERIFY(!watcher.isWatching());
    QVERIFY2(activeTimers(&watcher).isEmpty(), qPrintable(activeTimers(&watcher).join(QLatin1String(", "))));
    QVERIFY(!watcher.findChildren<QTimer *>().isEmpty()); // there is one, and it is stopped

    // On, then off again: the timer goes with it.
    watch(true);
    watcher.applySettings();
    QVERIFY(watcher.isWatching());
    QVERIFY(!activeTimers(&watcher).isEmpty());
    watch(false);
    watcher.applySettings();
    QVERIFY(!watcher.isWatching());
    QVERIFY2(activeTimers(&watcher).isEmpty(), qPrintable(activeTimers(&watcher).join(QLatin1String(", "))));

    // Events go round (a few round trips to the server), and nothing was asked or said.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_fixture.sandbox().requests().isEmpty());
    QVERIFY(disconnected.isEmpty());
    QCOMPARE(m_fixture.repository()->record(keys.at(2))->status, ConnectionStatus::Connected);
}

void TstDisconnectionWatcher::onWaitsTheIntervalBetweenRounds()
{
    const QList<QUuid> keys = addCustomers();
    watch(true, 7);
    DisconnectionWatcher watcher(m_fixture.workspace());
    QVERIFY(watcher.isWatching());
    auto *timer = watcher.findChild<QTimer *>(QStringLiteral("watchTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY(timer->isSingleShot());
    QCOMPARE(timer->interval(), 7 * 60 * 1000);

    // When it fires, a round checks every instance; meanwhile the timer waits.
    m_fixture.sandbox().clearRequests();
    QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
    QVERIFY(watcher.isChecking());
    QVERIFY(!timer->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isChecking(), accountTimeoutMs);
    QCOMPARE(m_fixture.statusRequests().size(), 3);
    QCOMPARE(m_fixture.repository()->record(keys.at(0))->status, ConnectionStatus::Connected);
    QVERIFY(timer->isActive()); // the next round, an interval after this one ended
    QCOMPARE(timer->interval(), 7 * 60 * 1000);

    // A new interval applies at once.
    watch(true, 2);
    watcher.applySettings();
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 2 * 60 * 1000);
}

void TstDisconnectionWatcher::noticesExactlyTheCustomerWhoDisconnected()
{
    QJsonArray generated;
    const QList<QUuid> keys = addCustomers(&generated);
    QCOMPARE(keys.size(), 3);
    watch(true, 1);
    DisconnectionWatcher watcher(m_fixture.workspace());
    QList<QList<InstanceRecord>> reports;
    connect(&watcher, &DisconnectionWatcher::disconnected, this,
            [&reports](const QList<InstanceRecord> &customers) { reports.append(customers); });
    QSignalSpy failed(&watcher, &DisconnectionWatcher::checkFailed);

    // The first round learns who is connected: nobody was known to be, so nobody went.
    runRound(watcher);
    QVERIFY(reports.isEmpty());
    InstanceRepository *repository = m_fixture.repository();
    QCOMPARE(repository->record(keys.at(0))->status, ConnectionStatus::Connected);
    QCOMPARE(repository->record(keys.at(1))->status, ConnectionStatus::Connected);
    QCOMPARE(repository->record(keys.at(2))->status, ConnectionStatus::Disconnected);

    // The second customer's phone drops off between two rounds.
    m_fixture.sandbox().setConnected(idOf(generated.at(1)), false);
    runRound(watcher);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().size(), 1);
    const InstanceRecord customer = reports.first().first();
    QCOMPARE(customer.key, keys.at(1));
    QCOMPARE(customer.name, QStringLiteral("Customer 0002"));
    QCOMPARE(customer.status, ConnectionStatus::Disconnected);
    QCOMPARE(repository->record(keys.at(1))->status, ConnectionStatus::Disconnected);

    // Still disconnected is not news; neither is one who was never connected.
    runRound(watcher);
    QCOMPARE(reports.size(), 1);

    // "Before" is whatever the list holds: a Connect window recorded the third as connected.
    QCOMPARE(repository->setStatus(keys.at(2), ConnectionStatus::Connected).code, ErrorCode::None);
    m_fixture.sandbox().setConnected(idOf(generated.at(0)), false);
    runRound(watcher);
    QCOMPARE(reports.size(), 2);
    QList<QUuid> went;
    for (const InstanceRecord &record : reports.last())
        went.append(record.key);
    std::sort(went.begin(), went.end());
    QList<QUuid> expected{keys.at(0), keys.at(2)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(went, expected);
    QVERIFY(failed.isEmpty());
}

void TstDisconnectionWatcher::failedRoundIsSaidOnce()
{
    const QList<QUuid> keys = addCustomers();
    QCOMPARE(m_fixture.setClientToken(QString()).code, ErrorCode::None);
    watch(true);
    DisconnectionWatcher watcher(m_fixture.workspace());
    QSignalSpy failed(&watcher, &DisconnectionWatcher::checkFailed);

    runRound(watcher);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::ClientTokenMissing);
    QVERIFY(watcher.findChild<QTimer *>(QStringLiteral("watchTimer"))->isActive()); // it goes on watching
    runRound(watcher);
    runRound(watcher);
    QCOMPARE(failed.size(), 1);

    // Once a round works, the next failure is news again.
    QCOMPARE(m_fixture.setClientToken(m_fixture.sandbox().clientToken()).code, ErrorCode::None);
    runRound(watcher);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_fixture.repository()->record(keys.at(0))->status, ConnectionStatus::Connected);
    QCOMPARE(m_fixture.setClientToken(QStringLiteral("a-token-z-api-does-not-know")).code, ErrorCode::None);
    runRound(watcher);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<Error>().code, ErrorCode::ClientTokenRejected);
}

void TstDisconnectionWatcher::roundThatCouldCheckNobodyFailed()
{
    QJsonArray generated;
    QVERIFY(m_fixture.sandbox().generateInstances(2, QStringLiteral("Unknown"), &generated));
    for (int i = 0; i < generated.size(); ++i) {
        QJsonObject instance = generated.at(i).toObject();
        instance.insert(QStringLiteral("token"), QStringLiteral("NOTTHETOKEN000000000000%1").arg(i));
        generated.replace(i, instance);
    }
    QCOMPARE(m_fixture.importInstances(generated).size(), 2);
    watch(true);
    DisconnectionWatcher watcher(m_fixture.workspace());
    QSignalSpy failed(&watcher, &DisconnectionWatcher::checkFailed);
    runRound(watcher);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::InstanceCredentialsRejected);
}

void TstDisconnectionWatcher::turningOffStopsTheRoundRunning()
{
    const QList<QUuid> keys = addCustomers();
    Testing::SandboxProcess &sandbox = m_fixture.sandbox();
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("endpoint"), QStringLiteral("status")}});
    watch(true);
    DisconnectionWatcher watcher(m_fixture.workspace());
    QSignalSpy failed(&watcher, &DisconnectionWatcher::checkFailed);
    QSignalSpy disconnected(&watcher, &DisconnectionWatcher::disconnected);
    watcher.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.stats().value(QLatin1String("inFlight")).toInt(), 3, accountTimeoutMs);

    watch(false);
    watcher.applySettings();
    QVERIFY(!watcher.isWatching());
    QVERIFY(!watcher.isChecking());
    QVERIFY2(activeTimers(&watcher).isEmpty(), qPrintable(activeTimers(&watcher).join(QLatin1String(", "))));
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.stats().value(QLatin1String("inFlight")).toInt(), 0, accountTimeoutMs);
    QVERIFY(failed.isEmpty());
    QVERIFY(disconnected.isEmpty());
    QCOMPARE(m_fixture.repository()->record(keys.at(0))->status, ConnectionStatus::Unknown);
}

QTEST_GUILESS_MAIN(TstDisconnectionWatcher)
#include "tst_disconnectionwatcher.moc"
