// DesktopAttention against a real session D-Bus: this test owns the bus name of the desktop's
// notification service (org.freedesktop.Notifications) on a connection of its own, so every
// Notify, CloseNotification and ActionInvoked goes through the bus daemon as it would to
// GNOME's or KDE's. test-session.sh's bus has no notification daemon of its own.
//
// What is not observable: QApplication::alert (the taskbar entry asking for attention)
// leaves no trace on the offscreen platform; DesktopAttention's alerted() signal, emitted
// where it calls it, is what these tests check. Nor is a system tray there: the fallback
// without a notification service is checked for what it shows where there is one.
#include "DesktopAttention.h"
#include "NotificationServer.h"
#include "SettingsDialog.h"

#include "CoreTestSupport.h"
#include "ManualClock.h"
#include "WidgetTestSupport.h"

#include "Workspace.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using Event = DesktopAttention::Event;

namespace {

const QString customerName = QStringLiteral("Academia Forma");
const QString desktopEntry = QStringLiteral("io.github.partnerdesk.PartnerDesk");

} // namespace

class TestDesktopAttention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void onByDefault();
    void inactiveWindowGetsAlertAndNotification();
    void eachEventSaysWhatHappened_data();
    void eachEventSaysWhatHappened();
    void activeWindowIsLeftAlone();
    void turnedOffInSettingsNothingHappens();
    void laterNotificationReplacesEarlier();
    void dismissedNotificationIsNotReplaced();
    void clickingNotificationActivatesItsWindow();
    void closingWindowWithdrawsItsNotification();
    void withoutNotificationServiceOnlyTheAlert();

private:
    std::unique_ptr<QWidget> inactiveWindow();

    Test::NotificationServer m_server;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DesktopAttention> m_attention;
    std::unique_ptr<QWidget> m_elsewhere; // where the agent is: the active window
};

void TestDesktopAttention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Desk"));
    QApplication::setDesktopFileName(desktopEntry);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_server.start(), "another notification service is in this D-Bus session");
}

void TestDesktopAttention::init()
{
    m_workspace = Workspace::inMemory(Test::makeProfile(Test::uniqueProfileName()), m_clock);
    QVERIFY(!m_workspace->open());
    m_attention = std::make_unique<DesktopAttention>(m_workspace->settings());
    m_elsewhere = std::make_unique<QWidget>();
    m_elsewhere->setWindowTitle(QStringLiteral("Where the agent is"));
}

void TestDesktopAttention::cleanup()
{
    m_attention.reset();
    m_elsewhere.reset();
    m_workspace.reset();
    // The windows of the test just ended withdrew their notifications on the way out.
    Test::NotificationServer::roundTrip();
    m_server.received.clear();
    m_server.closedByClient.clear();
}

void TestDesktopAttention::cleanupTestCase()
{
    m_server.stop();
}

// A customer's window, open but not the one the agent is in.
std::unique_ptr<QWidget> TestDesktopAttention::inactiveWindow()
{
    auto window = std::make_unique<QWidget>();
    window->setWindowTitle(customerName);
    window->show();
    m_elsewhere->show();
    m_elsewhere->activateWindow();
    [&] { QTRY_VERIFY(m_elsewhere->isActiveWindow()); }();
    return window;
}

// D-Bus keeps the order of the messages between two connections, and Qt delivers them in
// that order: once a call sent after them is answered, whatever this process sent before
// has been handled by the other side, and whatever the other side sent before the answer
// has been handled here.


void TestDesktopAttention::onByDefault()
{
    QVERIFY(m_workspace->settings().desktopNotifications());
}

void TestDesktopAttention::inactiveWindowGetsAlertAndNotification()
{
    const auto window = inactiveWindow();
    QSignalSpy alerted(m_attention.get(), &DesktopAttention::alerted);

    m_attention->ask(window.get(), customerName, Event::CustomerConnected);

    QCOMPARE(alerted.count(), 1);
    QCOMPARE(alerted.at(0).at(0).value<QWidget *>(), window.get());
    QTRY_COMPARE(m_server.received.size(), 1);
    const Test::NotificationServer::Notification &notification = m_server.received.at(0);
    QCOMPARE(notification.appName, QStringLiteral("Partner Desk"));
    QCOMPARE(notification.appIcon, desktopEntry);
    QCOMPARE(notification.hints.value(QStringLiteral("desktop-entry")).toString(), desktopEntry);
    QCOMPARE(notification.summary, customerName);
    QCOMPARE(notification.body, QStringLiteral("The customer connected WhatsApp."));
    QCOMPARE(notification.replacesId, 0u);
    QCOMPARE(notification.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
    QCOMPARE(notification.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(1));
}

void TestDesktopAttention::eachEventSaysWhatHappened_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("body");
    QTest::newRow("connected") << Event::CustomerConnected << QStringLiteral("The customer connected WhatsApp.");
    QTest::newRow("expiring") << Event::CodeExpiringSoon
                              << QStringLiteral("The connection code expires in less than a minute.");
    QTest::newRow("expired") << Event::CodeExpired << QStringLiteral("The connection code expired; generate a new one.");
}

void TestDesktopAttention::eachEventSaysWhatHappened()
{
    QFETCH(Event, event);
    QFETCH(QString, body);
    const auto window = inactiveWindow();
    m_attention->ask(window.get(), customerName, event);
    QTRY_COMPARE(m_server.received.size(), 1);
    QCOMPARE(m_server.received.at(0).summary, customerName);
    QCOMPARE(m_server.received.at(0).body, body);
}

void TestDesktopAttention::activeWindowIsLeftAlone()
{
    QWidget window;
    window.show();
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QSignalSpy alerted(m_attention.get(), &DesktopAttention::alerted);

    m_attention->ask(&window, customerName, Event::CodeExpired);

    QCOMPARE(alerted.count(), 0);
    Test::NotificationServer::roundTrip();
    QCOMPARE(m_server.received.size(), 0);
}

void TestDesktopAttention::turnedOffInSettingsNothingHappens()
{
    auto *dialog = new SettingsDialog(m_workspace.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    auto *check = Test::child<QCheckBox>(dialog, "desktopNotificationsCheck");
    QVERIFY(check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton);
    Test::saveAndWaitUntilClosed(dialog);
    QVERIFY(!m_workspace->settings().desktopNotifications());

    const auto window = inactiveWindow();
    QSignalSpy alerted(m_attention.get(), &DesktopAttention::alerted);
    m_attention->ask(window.get(), customerName, Event::CustomerConnected);
    QCOMPARE(alerted.count(), 0);
    Test::NotificationServer::roundTrip();
    QCOMPARE(m_server.received.size(), 0);
}

void TestDesktopAttention::laterNotificationReplacesEarlier()
{
    const auto window = inactiveWindow();
    const auto otherCustomer = inactiveWindow();

    // Back to back: the second waits for the service to tell which notification it replaces,
    // and a third asked meanwhile supersedes it.
    m_attention->ask(window.get(), customerName, Event::CustomerConnected);
    m_attention->ask(window.get(), customerName, Event::CodeExpiringSoon);
    m_attention->ask(window.get(), customerName, Event::CodeExpired);
    QTRY_COMPARE(m_server.received.size(), 2);
    Test::NotificationServer::roundTrip();
    QCOMPARE(m_server.received.size(), 2);
    const uint first = m_server.received.at(0).id;
    QCOMPARE(m_server.received.at(0).replacesId, 0u);
    QCOMPARE(m_server.received.at(1).replacesId, first);
    QCOMPARE(m_server.received.at(1).body, QStringLiteral("The connection code expired; generate a new one."));

    // Another customer's is their own.
    m_attention->ask(otherCustomer.get(), QStringLiteral("Oficina do Zé"), Event::CodeExpired);
    QTRY_COMPARE(m_server.received.size(), 3);
    QCOMPARE(m_server.received.at(2).replacesId, 0u);
    QVERIFY(m_server.received.at(2).id != first);

    // And a later one for the first window still replaces its notification.
    m_attention->ask(window.get(), customerName, Event::CustomerConnected);
    QTRY_COMPARE(m_server.received.size(), 4);
    QCOMPARE(m_server.received.at(3).replacesId, first);
}

void TestDesktopAttention::dismissedNotificationIsNotReplaced()
{
    const auto window = inactiveWindow();
    m_attention->ask(window.get(), customerName, Event::CodeExpiringSoon);
    QTRY_COMPARE(m_server.received.size(), 1);
    Test::NotificationServer::roundTrip(); // the id is in
    m_server.close(m_server.received.at(0).id, Test::NotificationServer::dismissedByUser);
    Test::NotificationServer::roundTrip(); // the NotificationClosed is in

    m_attention->ask(window.get(), customerName, Event::CodeExpired);
    QTRY_COMPARE(m_server.received.size(), 2);
    QCOMPARE(m_server.received.at(1).replacesId, 0u);
}

void TestDesktopAttention::clickingNotificationActivatesItsWindow()
{
    const auto first = inactiveWindow();
    const auto second = inactiveWindow();
    m_attention->ask(first.get(), customerName, Event::CustomerConnected);
    m_attention->ask(second.get(), QStringLiteral("Oficina do Zé"), Event::CodeExpired);
    QTRY_COMPARE(m_server.received.size(), 2);
    Test::NotificationServer::roundTrip();
    QSignalSpy activated(m_attention.get(), &DesktopAttention::activated);

    // Another application's notification, and a button that is not ours: not for us.
    const uint secondId = m_server.received.at(1).id;
    emit m_server.ActionInvoked(secondId + 100, QStringLiteral("default"));
    emit m_server.ActionInvoked(secondId, QStringLiteral("reply"));
    emit m_server.ActionInvoked(secondId, QStringLiteral("default"));
    QTRY_COMPARE(activated.count(), 1);
    Test::NotificationServer::roundTrip();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<QWidget *>(), second.get());
}

void TestDesktopAttention::closingWindowWithdrawsItsNotification()
{
    auto window = inactiveWindow();
    m_attention->ask(window.get(), customerName, Event::CodeExpired);
    QTRY_COMPARE(m_server.received.size(), 1);
    Test::NotificationServer::roundTrip();

    window.reset();
    QTRY_COMPARE(m_server.closedByClient, QList<uint>{m_server.received.at(0).id});
}

void TestDesktopAttention::withoutNotificationServiceOnlyTheAlert()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (bus->activatableServiceNames().value().contains(Test::NotificationServer::service()))
        QSKIP("this D-Bus session starts a notification daemon on demand");
    QVERIFY(m_server.releaseName());
    const auto window = inactiveWindow();
    QSignalSpy alerted(m_attention.get(), &DesktopAttention::alerted);

    m_attention->ask(window.get(), customerName, Event::CustomerConnected);
    // The bus itself answers that nobody has the name; after this call, that answer is in.
    Test::NotificationServer::roundTrip(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
              QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId"));

    QVERIFY(m_server.claimName());
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_server.received.size(), 0);
    const auto *trayIcon = m_attention->findChild<QSystemTrayIcon *>();
    QCOMPARE(trayIcon && trayIcon->isVisible(), QSystemTrayIcon::isSystemTrayAvailable());
}

QTEST_MAIN(TestDesktopAttention)
#include "tst_desktopattention.moc"
