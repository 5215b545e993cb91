// The disconnection watcher as the main window runs it: turned on in Settings (at once, on
// Save), it tells the agent who went from connected to not connected, in a desktop
// notification naming them when the agent is elsewhere and in the window itself; clicking the
// notification brings the window forward with those customers shown and selected. A watch
// that cannot work (a rejected Client-Token) says so once, in the window.
//
// This test owns the desktop notification service's bus name on the test session's D-Bus
// (tests/ui/NotificationServer.h), so every Notify and ActionInvoked goes through the bus
// daemon as it would to GNOME's or KDE's. Real widgets, the real sandbox process and the
// real keychain (scripts/test-session.sh).
#include "DesktopAttention.h"
#include "MainWindow.h"
#include "NotificationServer.h"
#include "SettingsDialog.h"

#include "CustomerWorkspace.h"
#include "ScreenshotSupport.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "account/DisconnectionWatcher.h"
#include "model/InstanceListModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {


} // namespace

class TestDisconnectionAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void settingsTurnTheWatcherOnAtOnce();
    void disconnectedCustomersAreNotifiedAndShown();
    void inTheWindowTheBannerSaysIt();
    void aWatchThatCannotWorkSaysSoOnce();

private:
    DisconnectionWatcher *watcher() const { return m_window->findChild<DisconnectionWatcher *>(); }
    // As if Z-API had found them connected at the check before.
    void recordConnected(const QList<int> &customers);
    void turnWatchOn(int minutes);

    Test::NotificationServer m_server;
    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_elsewhere; // the window the agent is in
};

void TestDisconnectionAlerts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Desk"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_server.start(), "another notification service is in this D-Bus session");
    m_customers.startSandbox();
}

void TestDisconnectionAlerts::init()
{
    m_customers.open();
    m_window = m_customers.openWindow();
    m_window->resize(1040, 640);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_elsewhere = std::make_unique<QWidget>();
    m_elsewhere->setWindowTitle(QStringLiteral("Where the agent is"));
}

void TestDisconnectionAlerts::cleanup()
{
    m_elsewhere.reset();
    m_window.reset();
    m_customers.close();
    Test::NotificationServer::roundTrip();
    m_server.received.clear();
}

void TestDisconnectionAlerts::cleanupTestCase()
{
    m_server.stop();
}


void TestDisconnectionAlerts::recordConnected(const QList<int> &customers)
{
    for (int customer : customers) {
        const QUuid key = m_customers.keyOf(Test::CustomerWorkspace::customers().at(customer).name);
        QVERIFY(!m_customers.workspace()->repository()->setStatus(key, ConnectionStatus::Connected));
    }
}

void TestDisconnectionAlerts::turnWatchOn(int minutes)
{
    withDialog<SettingsDialog>([this] { child<QAction>(m_window.get(), "actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *check = child<QCheckBox>(dialog, "watchCheck");
        auto *interval = child<QSpinBox>(dialog, "watchIntervalSpin");
        QTRY_VERIFY(child<QLineEdit>(dialog, "clientTokenEdit")->isEnabled()); // the vault has answered
        QCOMPARE(check->isChecked(), m_customers.workspace()->settings().watchForDisconnections());
        if (!check->isChecked())
            QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(interval->isEnabled());
        interval->setValue(minutes);
        Test::saveAndWaitUntilClosed(dialog);
    });
}

void TestDisconnectionAlerts::settingsTurnTheWatcherOnAtOnce()
{
    // Off by default: no timer at all.
    QVERIFY(!m_customers.workspace()->settings().watchForDisconnections());
    QCOMPARE(m_customers.workspace()->settings().watchIntervalMinutes(), 10);
    QVERIFY(!watcher()->isWatching());
    auto *timer = watcher()->findChild<QTimer *>(QStringLiteral("watchTimer"));
    QVERIFY(timer && !timer->isActive());

    withDialog<SettingsDialog>([this] { child<QAction>(m_window.get(), "actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *check = child<QCheckBox>(dialog, "watchCheck");
        auto *interval = child<QSpinBox>(dialog, "watchIntervalSpin");
        QVERIFY(!check->isChecked());
        QVERIFY(!interval->isEnabled()); // nothing to set while it is off
        QCOMPARE(interval->value(), 10);
        QCOMPARE(interval->minimum(), 1);
        QCOMPARE(interval->maximum(), 120);
        Test::saveScreenshot(dialog, QStringLiteral("settings"));
        dialog->reject();
    });
    turnWatchOn(15);
    QCOMPARE(m_customers.workspace()->settings().watchForDisconnections(), true);
    QCOMPARE(m_customers.workspace()->settings().watchIntervalMinutes(), 15);
    QVERIFY(watcher()->isWatching());
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 15 * 60 * 1000);

    // And off again: the timer stops.
    withDialog<SettingsDialog>([this] { child<QAction>(m_window.get(), "actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *check = child<QCheckBox>(dialog, "watchCheck");
        QTRY_VERIFY(child<QLineEdit>(dialog, "clientTokenEdit")->isEnabled());
        QVERIFY(check->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "watchIntervalSpin")->value(), 15);
        QTest::mouseClick(check, Qt::LeftButton);
        Test::saveAndWaitUntilClosed(dialog);
    });
    QVERIFY(!watcher()->isWatching());
    QVERIFY(!timer->isActive());
}

void TestDisconnectionAlerts::disconnectedCustomersAreNotifiedAndShown()
{
    turnWatchOn(10);
    const QList<Test::Customer> customers = Test::CustomerWorkspace::customers();
    // The bakery and the optician were connected; now neither is (the sandbox says so); the
    // garage stays connected.
    recordConnected({0, 1, 2});
    m_customers.sandbox().setConnected(customers.at(1).id, true);

    // The agent is in another window.
    m_elsewhere->show();
    m_elsewhere->activateWindow();
    QTRY_VERIFY(m_elsewhere->isActiveWindow());
    auto *attention = m_window->findChild<DesktopAttention *>();
    QSignalSpy alerted(attention, &DesktopAttention::alerted);
    QSignalSpy reported(watcher(), &DisconnectionWatcher::disconnected);
    watcher()->checkNow(); // the timer's minutes, without waiting for them
    QTRY_COMPARE(reported.count(), 1);

    // The taskbar entry asks for attention; the notification names them.
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(alerted.at(0).at(0).value<QWidget *>(), m_window.get());
    QTRY_COMPARE(m_server.received.size(), 1);
    QCOMPARE(m_server.received.at(0).summary,
             QCoreApplication::translate("PartnerDesk::MainWindow", "%n customer(s) disconnected", nullptr, 2));
    QCOMPARE(m_server.received.at(0).body, QStringLiteral("Ótica Visão Clara, Padaria Pão de Mel"));
    // The window says it too, for when the agent comes back by another way.
    QVERIFY(child<QWidget>(m_window.get(), "attentionNotice")->isVisible());

    // Clicking it: the window comes forward showing them, not connected, both selected.
    Test::NotificationServer::roundTrip(); // the notification's id is in
    auto *filter = child<QComboBox>(m_window.get(), "statusFilter");
    auto *table = child<QTableView>(m_window.get(), "instanceTable");
    child<QLineEdit>(m_window.get(), "searchField")->setText(QStringLiteral("oficina")); // the agent was elsewhere in the list
    emit m_server.ActionInvoked(m_server.received.at(0).id, QStringLiteral("default"));
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(filter->currentData().toInt(), static_cast<int>(ConnectionStatus::Disconnected));
    QCOMPARE(child<QLineEdit>(m_window.get(), "searchField")->text(), QString());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_window->selectedInstances(),
             (QList<QUuid>{m_customers.keyOf(customers.at(2).name), m_customers.keyOf(customers.at(0).name)}));
    QCOMPARE(m_window->selectedInstance(), m_customers.keyOf(customers.at(2).name)); // the first, in the details
    QCOMPARE(child<QLabel>(m_window.get(), "detailName")->text(), customers.at(2).name);
    QVERIFY(table->hasFocus());
    QVERIFY(!child<QWidget>(m_window.get(), "attentionNotice")->isVisible());
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-disconnected-shown"));
}

void TestDisconnectionAlerts::inTheWindowTheBannerSaysIt()
{
    turnWatchOn(10);
    recordConnected({1});
    // The agent is looking at the window: no notification, the window says it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy reported(watcher(), &DisconnectionWatcher::disconnected);
    watcher()->checkNow();
    QTRY_COMPARE(reported.count(), 1);
    Test::NotificationServer::roundTrip();
    QCOMPARE(m_server.received.size(), 0);
    auto *notice = child<QWidget>(m_window.get(), "attentionNotice");
    QVERIFY(notice->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), "attentionLabel")->text(),
             QCoreApplication::translate("PartnerDesk::MainWindow", "%n customer(s) lost the WhatsApp connection since the previous check: %1.",
                                         nullptr, 1)
                 .arg(QStringLiteral("Oficina do Zé")));
    auto *show = child<QPushButton>(m_window.get(), "attentionButton");
    QCOMPARE(show->text(), QStringLiteral("&Show in the list"));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-disconnection-banner"));
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QCOMPARE(m_window->selectedInstances(), QList<QUuid>{m_customers.keyOf(QStringLiteral("Oficina do Zé"))});

    // Dismissed, it goes.
    recordConnected({0});
    watcher()->checkNow();
    QTRY_COMPARE(reported.count(), 2);
    QVERIFY(notice->isVisible());
    QTest::mouseClick(child<QWidget>(m_window.get(), "attentionDismissButton"), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

void TestDisconnectionAlerts::aWatchThatCannotWorkSaysSoOnce()
{
    turnWatchOn(10);
    Test::Catcher<Error> stored;
    m_customers.workspace()->repository()->setClientToken(QStringLiteral("a-token-Z-API-does-not-know"), m_customers.workspace(),
                                                          stored.callback());
    QTRY_COMPARE(stored.calls(), 1);
    QSignalSpy failed(watcher(), &DisconnectionWatcher::checkFailed);
    watcher()->checkNow();
    QTRY_COMPARE(failed.count(), 1);
    auto *notice = child<QWidget>(m_window.get(), "attentionNotice");
    QVERIFY(notice->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), "attentionLabel")->text(),
             QStringLiteral("Partner Desk could not check for disconnections: ") + Error(ErrorCode::ClientTokenRejected).message());
    QVERIFY(Test::openWindows<QMessageBox>().isEmpty()); // nothing pops up from the background
    auto *open = child<QPushButton>(m_window.get(), "attentionButton");
    QCOMPARE(open->text(), QStringLiteral("Open &Settings…"));
    withDialog<SettingsDialog>([open] { QTest::mouseClick(open, Qt::LeftButton); }, [](SettingsDialog *dialog) { dialog->reject(); });
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(TestDisconnectionAlerts)
#include "tst_disconnectionalerts.moc"
