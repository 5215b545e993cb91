// The selected customer's details, beyond name and phone: what the partner's account says of
// the subscription (an unpaid or expired one stands out: the customer cannot connect), an
// instance the account no longer has, and for a connected customer who is connected (number
// and phone, compared with the number on file) and Restart and Disconnect, each asking first
// in words that say what it does to the customer. Real widgets, the real sandbox process and
// the real keychain (scripts/test-session.sh).
#include "MainWindow.h"

#include "CustomerWorkspace.h"
#include "ScreenshotSupport.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTest>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    if (!widget)
        qFatal("nothing has the keyboard focus");
    return widget;
}

} // namespace

class TestInstanceDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void subscriptionAndAccountInTheDetails();
    void whoIsConnectedIsAskedWhenTheAgentAsks();
    void restartAsksFirst();
    void disconnectAsksFirst();
    void connectedCustomersButtonsAreInTheTabOrder();

private:
    // The customer connected, at the sandbox and in the list, and shown in the details.
    void showConnected(int customer);
    QStringList endpointsCalled(const QString &instanceId); // "status", "restart"... of that instance
    QLabel *label(const char *name) const { return child<QLabel>(m_window.get(), name); }
    QPushButton *button(const char *name) const { return child<QPushButton>(m_window.get(), name); }

    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
};

void TestInstanceDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
    m_customers.startSandbox();
    // The bakery linked its own number; the garage's WhatsApp is another one than on file.
    const Test::Customer bakery = Test::CustomerWorkspace::customers().at(0);
    QVERIFY(m_customers.sandbox().upsertInstance({{QStringLiteral("id"), bakery.id}, {QStringLiteral("phone"), bakery.phone}}));
}

void TestInstanceDetails::init()
{
    m_customers.open();
    m_window = m_customers.openWindow();
    m_window->resize(1040, 700);
    m_window->activateWindow(); // on a real X server too (screenshots)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestInstanceDetails::cleanup()
{
    m_window.reset();
    m_customers.close();
}

void TestInstanceDetails::showConnected(int customer)
{
    const Test::Customer who = Test::CustomerWorkspace::customers().at(customer);
    m_customers.sandbox().setConnected(who.id, true);
    const QUuid key = m_customers.keyOf(who.name);
    QVERIFY(!m_customers.workspace()->repository()->setStatus(key, ConnectionStatus::Connected));
    m_window->selectInstance(key);
    QTRY_VERIFY(child<QWidget>(m_window.get(), "connectedPanel")->isVisible());
    m_customers.sandbox().clearRequests();
}

QStringList TestInstanceDetails::endpointsCalled(const QString &instanceId)
{
    QStringList endpoints;
    for (const QJsonValue &request : m_customers.sandbox().requests()) {
        const QStringList path = request.toObject().value(QLatin1String("path")).toString().split(u'/');
        if (path.size() == 6 && path.at(2) == instanceId)
            endpoints.append(path.at(5));
    }
    return endpoints;
}

void TestInstanceDetails::subscriptionAndAccountInTheDetails()
{
    InstanceRepository *repository = m_customers.workspace()->repository();
    const QList<Test::Customer> customers = Test::CustomerWorkspace::customers();
    const QDateTime now = m_customers.clock().now();
    // Before any sync, nothing is known of the subscription: nothing is said.
    m_window->selectInstance(m_customers.keyOf(customers.at(0).name));
    QVERIFY(!label("detailSubscription")->isVisible());
    QVERIFY(!label("subscriptionNotice")->isVisible());
    QVERIFY(!label("goneNotice")->isVisible());

    // As a sync would find them: the bakery paid up, the garage overdue, the optician gone.
    const auto entry = [](const Test::Customer &customer, const QString &payment, const QDateTime &due) {
        AccountInstance instance;
        instance.instanceId = customer.id;
        instance.instanceToken = customer.token;
        instance.name = customer.name;
        instance.paymentStatus = payment;
        instance.due = due;
        return instance;
    };
    const QDateTime paidUntil = now.addDays(20);
    const QDateTime wasDue = now.addDays(-3);
    Test::Catcher<Error, SyncSummary> applied;
    repository->applyAccountPage({entry(customers.at(0), QStringLiteral("PAID"), paidUntil),
                                  entry(customers.at(1), QStringLiteral("OVERDUE"), wasDue)},
                                 m_customers.workspace(), applied.callback());
    QTRY_COMPARE(applied.calls(), 1);
    QVERIFY(!applied.error());
    QList<InstanceRecord> missing;
    QVERIFY(!repository->markMissingFromAccount(applied.get<1>().seen, &missing));
    QCOMPARE(missing.size(), 1);

    const QString date = [](const QDateTime &when) { return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat); }(paidUntil);
    QTRY_COMPARE(label("detailSubscription")->text(), QStringLiteral("Paid, due ") + date);
    QVERIFY(label("detailSubscription")->isVisible());
    QVERIFY(!label("subscriptionNotice")->isVisible());

    // Overdue stands out: in the problem colour, and a notice says what it means.
    m_window->selectInstance(m_customers.keyOf(customers.at(1).name));
    QCOMPARE(label("detailSubscription")->text(),
             QStringLiteral("Overdue, was due ") + QLocale().toString(wasDue.toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY(label("subscriptionNotice")->isVisible());
    QVERIFY2(label("subscriptionNotice")->text().contains(QLatin1String("not paid up")), qPrintable(label("subscriptionNotice")->text()));
    QVERIFY(label("detailSubscription")->palette().color(QPalette::WindowText) != m_window->palette().color(QPalette::WindowText));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-overdue"));

    // A paid subscription past its due date stands out too.
    m_customers.clock().setNow(paidUntil.addDays(1));
    m_window->selectInstance(m_customers.keyOf(customers.at(0).name));
    QCOMPARE(label("detailSubscription")->text(), QStringLiteral("Paid, was due ") + date);
    QVERIFY(label("subscriptionNotice")->isVisible());

    // The optician is no longer in the account.
    m_window->selectInstance(m_customers.keyOf(customers.at(2).name));
    QVERIFY(label("goneNotice")->isVisible());
    QCOMPARE(label("goneNotice")->text(),
             QStringLiteral("Not in your Z-API account since %1. Sync again if that was a mistake, or remove it.")
                 .arg(QLocale().toString(repository->recordNamed(customers.at(2).name)->goneSince.toLocalTime().date(), QLocale::ShortFormat)));
}

void TestInstanceDetails::whoIsConnectedIsAskedWhenTheAgentAsks()
{
    const Test::Customer bakery = Test::CustomerWorkspace::customers().at(0);
    // Selecting a connected customer asks Z-API nothing: the agent asks.
    showConnected(0);
    QVERIFY(endpointsCalled(bakery.id).isEmpty());
    QVERIFY(!label("deviceLabel")->isVisible());

    QTest::mouseClick(button("deviceButton"), Qt::LeftButton);
    QTRY_VERIFY(label("deviceLabel")->text().startsWith(QLatin1String("Number: ")));
    QCOMPARE(endpointsCalled(bakery.id), QStringList{QStringLiteral("device")});
    const QStringList lines = label("deviceLabel")->text().split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("Number: +55 11 98765-4321"));
    QVERIFY2(lines.filter(QStringLiteral("Linked with: WhatsApp")).size() == 1, qPrintable(lines.join(u'|')));
    QVERIFY2(lines.last().startsWith(QLatin1String("Asked at ")), qPrintable(lines.last()));
    QVERIFY(!label("deviceLabel")->text().contains(QLatin1String("not the customer's number")));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-who-is-connected"));
    // Half a laptop screen: the details go under the list, every button still there.
    m_window->resize(683, 700);
    QTRY_COMPARE(child<QSplitter>(m_window.get(), "splitter")->orientation(), Qt::Vertical);
    for (const char *name : {"deviceButton", "restartButton", "disconnectButton"})
        QVERIFY2(button(name)->isVisible() && button(name)->width() >= button(name)->minimumSizeHint().width(), name);
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-who-is-connected-narrow"));
    m_window->resize(1040, 700);

    // The garage's WhatsApp is another number than the one on file: said, in the problem colour.
    showConnected(1);
    QVERIFY(!label("deviceLabel")->isVisible()); // each customer's own answer
    QTest::mouseClick(button("deviceButton"), Qt::LeftButton);
    QTRY_VERIFY(label("deviceLabel")->text().startsWith(QLatin1String("Number: ")));
    QVERIFY2(label("deviceLabel")->text().contains(QStringLiteral("This is not the customer's number on file (+55 21 91234-5678).")),
             qPrintable(label("deviceLabel")->text()));

    // Back to the bakery: its answer is still there, and nothing was asked again.
    m_customers.sandbox().clearRequests();
    m_window->selectInstance(m_customers.keyOf(bakery.name));
    QVERIFY(label("deviceLabel")->text().startsWith(QLatin1String("Number: +55 11 98765-4321")));
    QVERIFY(endpointsCalled(bakery.id).isEmpty());

    // Nobody connected after all: said, and the list learns it.
    m_customers.sandbox().setConnected(bakery.id, false);
    QTest::mouseClick(button("deviceButton"), Qt::LeftButton);
    QTRY_COMPARE(m_customers.workspace()->repository()->recordNamed(bakery.name)->status, ConnectionStatus::Disconnected);
    QTRY_VERIFY(!child<QWidget>(m_window.get(), "connectedPanel")->isVisible());
}

void TestInstanceDetails::restartAsksFirst()
{
    const Test::Customer bakery = Test::CustomerWorkspace::customers().at(0);
    showConnected(0);
    const auto confirm = [&](QMessageBox::StandardButton answer) {
        withDialog<QMessageBox>([this] { QTest::mouseClick(button("restartButton"), Qt::LeftButton); }, [&](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("restartConfirmation"));
            QVERIFY2(box->text().startsWith(QStringLiteral("Restart the Z-API instance of \"Padaria Pão de Mel\"?")), qPrintable(box->text()));
            QVERIFY2(box->text().contains(QLatin1String("does not need to scan a new QR code")), qPrintable(box->text()));
            QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Restart"));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            Test::saveScreenshot(box, QStringLiteral("restart-confirmation"));
            box->button(answer)->click();
        });
    };
    // Declined: nothing is sent.
    confirm(QMessageBox::Cancel);
    QVERIFY(!label("activityLabel")->isVisible());
    QCOMPARE(endpointsCalled(bakery.id), QStringList());

    confirm(QMessageBox::Yes);
    QTRY_VERIFY(label("activityLabel")->text().startsWith(QLatin1String("Restarted at ")));
    QCOMPARE(endpointsCalled(bakery.id), QStringList{QStringLiteral("restart")});
    QVERIFY2(label("activityLabel")->text().endsWith(QLatin1String("no new QR code is needed.")), qPrintable(label("activityLabel")->text()));
    // Still connected: restarting does not unlink.
    QCOMPARE(m_customers.workspace()->repository()->recordNamed(bakery.name)->status, ConnectionStatus::Connected);

    // Z-API's failure is said in the details.
    m_customers.sandbox().setFault({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("endpoint"), QStringLiteral("restart")}});
    confirm(QMessageBox::Yes);
    QTRY_VERIFY(!label("activityLabel")->text().startsWith(QLatin1String("Restart")));
    QVERIFY2(label("activityLabel")->text().startsWith(QLatin1String("Z-API had a problem answering")), qPrintable(label("activityLabel")->text()));
    QVERIFY(Test::openWindows<QMessageBox>().isEmpty());
}

void TestInstanceDetails::disconnectAsksFirst()
{
    const Test::Customer bakery = Test::CustomerWorkspace::customers().at(0);
    showConnected(0);
    const auto confirm = [&](QMessageBox::StandardButton answer) {
        withDialog<QMessageBox>([this] { QTest::mouseClick(button("disconnectButton"), Qt::LeftButton); }, [&](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("disconnectConfirmation"));
            QVERIFY2(box->text().startsWith(QStringLiteral("Disconnect WhatsApp from \"Padaria Pão de Mel\"?")), qPrintable(box->text()));
            QVERIFY2(box->text().contains(QLatin1String("until the customer connects again")), qPrintable(box->text()));
            QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Disconnect"));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            Test::saveScreenshot(box, QStringLiteral("disconnect-confirmation"));
            box->button(answer)->click();
        });
    };
    confirm(QMessageBox::Cancel);
    QCOMPARE(endpointsCalled(bakery.id), QStringList());
    QCOMPARE(m_customers.workspace()->repository()->recordNamed(bakery.name)->status, ConnectionStatus::Connected);

    confirm(QMessageBox::Yes);
    QTRY_VERIFY(label("activityLabel")->text().startsWith(QLatin1String("Disconnected at ")));
    QCOMPARE(endpointsCalled(bakery.id), QStringList{QStringLiteral("disconnect")});
    // The sandbox unlinked it; the list and the details say so.
    QTRY_COMPARE(m_customers.workspace()->repository()->recordNamed(bakery.name)->status, ConnectionStatus::Disconnected);
    QVERIFY(!child<QWidget>(m_window.get(), "connectedPanel")->isVisible());
    QVERIFY(label("activityLabel")->isVisible());
    QVERIFY2(label("activityLabel")->text().endsWith(QLatin1String("The customer must connect again.")), qPrintable(label("activityLabel")->text()));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-disconnected"));
}

void TestInstanceDetails::connectedCustomersButtonsAreInTheTabOrder()
{
    showConnected(0);
    button("detailConnectButton")->setFocus(Qt::TabFocusReason);
    QStringList order{focused()->objectName()};
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        order.append(focused()->objectName());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("detailConnectButton"), QStringLiteral("deviceButton"), QStringLiteral("restartButton"),
                                 QStringLiteral("disconnectButton"), QStringLiteral("detailEditButton")}));
    // Alt+O asks who is connected.
    QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(label("deviceLabel")->text().startsWith(QLatin1String("Number: ")));
}

QTEST_MAIN(TestInstanceDetails)
#include "tst_instancedetails.moc"
