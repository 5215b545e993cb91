// An agent helping several customers at once: each customer's code window is its own window,
// open beside the others, while the main window is searched and used. Nothing runs a nested
// event loop, so no window waits for another to close. Against the real sandbox process and
// the real keychain (tests/support/CustomerWorkspace.h).
#include "ConnectDialog.h"
#include "DesktopAttention.h"
#include "ExtensionCodeDialog.h"
#include "InstanceDialog.h"
#include "MainWindow.h"

#include "CustomerWorkspace.h"
#include "WidgetTestSupport.h"

#include "Workspace.h"
#include "util/Translations.h"
#include "zapi/ConnectionSession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;
using Test::child;
using Test::openWindows;
using Test::withDialog;

class TestSeveralCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoCustomersCodeWindowsAtOnce();
    void connectAndExtensionWindowsAreOnePerCustomer();

private:
    QAction *action(const char *name) const { return child<QAction>(m_window.get(), name); }
    void choose(const QString &name);
    ExtensionCodeDialog *openCodeWindowFor(const QString &name);

    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
};

void TestSeveralCustomers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    installTranslations(QStringLiteral("en"));
    m_customers.startSandbox();
}

void TestSeveralCustomers::init()
{
    m_customers.open();
    m_window = m_customers.openWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSeveralCustomers::cleanup()
{
    m_window.reset(); // its windows with it
    m_customers.close();
}

// Chooses the customer in the list, as the agent does: the main window is active again.
void TestSeveralCustomers::choose(const QString &name)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectInstance(m_customers.keyOf(name));
    QCOMPARE(m_window->selectedInstance(), m_customers.keyOf(name));
}

ExtensionCodeDialog *TestSeveralCustomers::openCodeWindowFor(const QString &name)
{
    choose(name);
    ExtensionCodeDialog *opened = nullptr;
    withDialog<ExtensionCodeDialog>([this] { action("actionConnectionProblems")->trigger(); },
                                    [&](ExtensionCodeDialog *dialog) { opened = dialog; });
    if (!opened)
        return nullptr;
    // Nothing is modal: the main window takes input while the code window is up.
    [&] { QCOMPARE(QApplication::activeModalWidget(), nullptr); }();
    [&] { QVERIFY(!m_window->isHidden() && m_window->isEnabled()); }();
    // Slow status polls: success comes only when the test makes the customer connect.
    opened->session()->setStatusPollInterval(250);
    QTest::mouseClick(child<QPushButton>(opened, "generateButton"), Qt::LeftButton);
    return opened;
}

void TestSeveralCustomers::twoCustomersCodeWindowsAtOnce()
{
    const QList<Test::Customer> customers = Test::CustomerWorkspace::customers();
    const QString bakery = customers.at(0).name;
    const QString garage = customers.at(1).name;

    ExtensionCodeDialog *bakeryWindow = openCodeWindowFor(bakery);
    QVERIFY(bakeryWindow);
    const QString bakeryCode = Test::CustomerWorkspace::waitForCode(bakeryWindow);

    // While the bakery's code is live, the agent searches the list for the next customer.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = child<QLineEdit>(m_window.get(), "searchField");
    action("actionFind")->trigger();
    QTest::keyClicks(search, QStringLiteral("oficina"));
    auto *table = child<QTableView>(m_window.get(), "instanceTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), garage);

    ExtensionCodeDialog *garageWindow = openCodeWindowFor(garage);
    QVERIFY(garageWindow);
    QVERIFY(garageWindow != bakeryWindow);
    const QString garageCode = Test::CustomerWorkspace::waitForCode(garageWindow);
    QVERIFY(garageCode != bakeryCode);
    QCOMPARE(openWindows<ExtensionCodeDialog>().size(), 2);
    QVERIFY(bakeryWindow->windowTitle().contains(bakery));
    QVERIFY(garageWindow->windowTitle().contains(garage));
    QCOMPARE(bakeryWindow->instance(), m_customers.keyOf(bakery));
    QCOMPARE(garageWindow->instance(), m_customers.keyOf(garage));

    // Escape clears the search; asking again for the bakery raises its window, still showing
    // its code, instead of opening a second one.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table->model()->rowCount(), customers.size());
    choose(bakery);
    action("actionConnectionProblems")->trigger();
    QCOMPARE(openWindows<ExtensionCodeDialog>().size(), 2);
    QTRY_VERIFY(bakeryWindow->isActiveWindow());
    QCOMPARE(child<QLabel>(bakeryWindow, "codeLabel")->text(), bakeryCode);

    // The garage's customer uses their code: only the garage's window turns to success, and
    // as the agent is in the bakery's window, the garage's asks for attention.
    auto *attention = m_window->findChild<DesktopAttention *>();
    QVERIFY(attention);
    QSignalSpy alerted(attention, &DesktopAttention::alerted);
    QVERIFY(m_customers.sandbox().redeem(garageCode));
    QTRY_COMPARE(garageWindow->state(), ExtensionCodeDialog::State::Connected);
    QCOMPARE(bakeryWindow->state(), ExtensionCodeDialog::State::Showing);
    QTRY_COMPARE(alerted.size(), 1);
    QCOMPARE(alerted.constFirst().constFirst().value<QWidget *>(), garageWindow);

    // And the main window still does its work meanwhile: editing a third customer.
    choose(customers.at(2).name);
    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [](InstanceDialog *dialog) {
        QVERIFY(!dialog->isModal());
        dialog->reject();
    });
    QCOMPARE(openWindows<ExtensionCodeDialog>().size(), 2);
}

// The normal flow's window is one per customer too, and "connection problems" from it hands
// the same customer over to the extension window.
void TestSeveralCustomers::connectAndExtensionWindowsAreOnePerCustomer()
{
    const QString bakery = Test::CustomerWorkspace::customers().at(0).name;
    choose(bakery);
    ConnectDialog *connectWindow = nullptr;
    withDialog<ConnectDialog>([this] { action("actionConnect")->trigger(); }, [&](ConnectDialog *dialog) { connectWindow = dialog; });
    QVERIFY(connectWindow);
    choose(bakery);
    action("actionConnect")->trigger();
    QCOMPARE(openWindows<ConnectDialog>().size(), 1);
    QTRY_VERIFY(connectWindow->isActiveWindow());

    // Enter on the row opens Connect too, the main action: still the same window.
    choose(bakery);
    auto *table = child<QTableView>(m_window.get(), "instanceTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(openWindows<ConnectDialog>().size(), 1);
    QTRY_VERIFY(connectWindow->isActiveWindow());

    withDialog<ExtensionCodeDialog>([&] { QTest::mouseClick(child<QPushButton>(connectWindow, "extensionButton"), Qt::LeftButton); },
                                    [&](ExtensionCodeDialog *dialog) {
                                        QCOMPARE(dialog->instance(), m_customers.keyOf(bakery));
                                    });
    QTRY_VERIFY(openWindows<ConnectDialog>().isEmpty());
    QCOMPARE(openWindows<ExtensionCodeDialog>().size(), 1);
}

QTEST_MAIN(TestSeveralCustomers)
#include "tst_severalcustomers.moc"
