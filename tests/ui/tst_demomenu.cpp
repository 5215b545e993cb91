// The Demo menu as partnerdesk --demo builds it (DemoMode: the in-process sandbox, the
// in-memory workspace, the made-up customers): it plays the selected customer so that a code
// window goes through its whole life (countdown, last minute, expiry, success) in seconds.
// Real widgets (items picked by their mnemonic letters), the real sandbox server, real time:
// the demo's clock is the sandbox's, which the menu skips ahead.
#include "AccountSyncDialog.h"
#include "DemoMenu.h"
#include "DemoMode.h"
#include "ExtensionCodeDialog.h"
#include "MainWindow.h"

#include "CoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "Workspace.h"
#include "util/Translations.h"
#include "zapi/ConnectionSession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace PartnerDesk;
using State = ExtensionCodeDialog::State;

namespace {

// What the demo seeds (DemoMode::fill): the first customer connected, the second not.
const QString connectedCustomer = QStringLiteral("Padaria Pão de Mel");
const QString waitingCustomer = QStringLiteral("Oficina Mecânica do Zé");

QChar mnemonicOf(const QString &text)
{
    const qsizetype amp = text.indexOf(u'&');
    return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
}

} // namespace

class TestDemoMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sitsBeforeHelpAndSaysItIsDemoOnly();
    void itemsNeedACustomerAndSomethingToActOn();
    void playsTheWholeLifeOfACode();
    void syncFindsTheSameCustomers();

private:
    QUuid keyOf(const QString &name) const;
    // The enabled items of the Demo menu, opened the way a user opens it.
    QStringList enabledItems();
    void openMenu();
    // Opens the menu and picks an item by its mnemonic, as a user would.
    void choose(const char *action);
    std::unique_ptr<ExtensionCodeDialog> openCodeWindow(const QUuid &instance);

    std::unique_ptr<DemoMode> m_demo;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    DemoMenu *m_menu = nullptr;
};

void TestDemoMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    installTranslations(QStringLiteral("en"));
}

// As app/desktop/main.cpp does it with --demo.
void TestDemoMenu::init()
{
    m_demo = std::make_unique<DemoMode>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_workspace = m_demo->makeWorkspace(Test::makeProfile(QStringLiteral("demo")));
    QVERIFY(!m_workspace->open());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_demo->fill(m_workspace.get());
    m_menu = DemoMenu::addTo(m_window.get(), m_demo.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_demo->isCustomer(keyOf(waitingCustomer)) && m_demo->isCustomer(keyOf(connectedCustomer)));
}

void TestDemoMenu::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_demo.reset();
}

QUuid TestDemoMenu::keyOf(const QString &name) const
{
    const std::optional<InstanceRecord> record = m_workspace->repository()->recordNamed(name);
    return record ? record->key : QUuid();
}

void TestDemoMenu::openMenu()
{
    QMenuBar *bar = m_window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(m_menu->menuAction()).center());
    QTRY_VERIFY(m_menu->isVisible());
}

QStringList TestDemoMenu::enabledItems()
{
    openMenu();
    QStringList enabled;
    for (const QAction *item : m_menu->actions()) {
        if (!item->isSeparator() && item->isEnabled())
            enabled.append(item->objectName());
    }
    QTest::keyClick(m_menu, Qt::Key_Escape);
    [&] { QTRY_VERIFY(!m_menu->isVisible()); }();
    return enabled;
}

void TestDemoMenu::choose(const char *action)
{
    const QAction *item = m_menu->findChild<QAction *>(QLatin1String(action));
    QVERIFY2(item, action);
    openMenu();
    QTest::keyClick(m_menu, mnemonicOf(item->text()).toLatin1());
    QTRY_VERIFY2(!m_menu->isVisible(), qPrintable(QStringLiteral("\"%1\" did not run: disabled?").arg(item->text())));
}

std::unique_ptr<ExtensionCodeDialog> TestDemoMenu::openCodeWindow(const QUuid &instance)
{
    auto dialog = std::make_unique<ExtensionCodeDialog>(m_workspace.get(), instance);
    // The app polls every 3 s; a test need not wait that long for success.
    dialog->session()->setStatusPollInterval(100);
    dialog->show();
    // The window may first show the preparation steps, with "Generate code" as its default button.
    if (dialog->state() != State::Requesting && dialog->state() != State::Showing) {
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        const auto generate = std::find_if(buttons.cbegin(), buttons.cend(),
                                           [](const QPushButton *button) { return button->isDefault() && button->isVisible(); });
        if (generate != buttons.cend())
            QTest::mouseClick(*generate, Qt::LeftButton);
    }
    [&] { QTRY_COMPARE(dialog->state(), State::Showing); }();
    return dialog;
}

void TestDemoMenu::sitsBeforeHelpAndSaysItIsDemoOnly()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    const qsizetype demo = menus.indexOf(m_menu->menuAction());
    QVERIFY(demo >= 0);
    QCOMPARE(menus.value(demo + 1), Test::child<QMenu>(m_window.get(), "menuHelp")->menuAction());

    // The menu's letter is its own in the menu bar, and each item's is its own in the menu.
    QList<QChar> titles;
    for (const QAction *menu : menus) {
        const QChar mnemonic = mnemonicOf(menu->text());
        QVERIFY2(!mnemonic.isNull() && !titles.contains(mnemonic), qPrintable(menu->text()));
        titles.append(mnemonic);
    }
    QList<QChar> mnemonics;
    for (const QAction *item : m_menu->actions()) {
        if (item->isSeparator())
            continue;
        const QChar mnemonic = mnemonicOf(item->text());
        QVERIFY2(!mnemonic.isNull() && !mnemonics.contains(mnemonic), qPrintable(item->text()));
        mnemonics.append(mnemonic);
        QVERIFY2(item->statusTip().startsWith(QLatin1String("Demo only: ")), qPrintable(item->statusTip()));
    }
    QCOMPARE(mnemonics.size(), 4);
}

void TestDemoMenu::itemsNeedACustomerAndSomethingToActOn()
{
    // A search that finds no one leaves nothing selected.
    auto *search = Test::child<QLineEdit>(m_window.get(), "searchField");
    QTest::keyClicks(search, QStringLiteral("nobody by this name"));
    QTRY_VERIFY(m_window->selectedInstance().isNull());
    QCOMPARE(enabledItems(), QStringList());
    search->clear();

    m_window->selectInstance(keyOf(connectedCustomer));
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoDisconnect")});

    // No code yet: nothing to expire.
    m_window->selectInstance(keyOf(waitingCustomer));
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoConnect")});

    choose("actionDemoConnect");
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoDisconnect")});
    choose("actionDemoDisconnect");
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoConnect")});
}

void TestDemoMenu::playsTheWholeLifeOfACode()
{
    const QUuid customer = keyOf(waitingCustomer);
    m_window->selectInstance(customer);
    std::unique_ptr<ExtensionCodeDialog> window = openCodeWindow(customer);
    auto *countdown = Test::child<QLabel>(window.get(), "countdownLabel");
    auto *code = Test::child<QLabel>(window.get(), "codeLabel");
    QVERIFY2(window->session()->remainingMs() > 4 * 60 * 1000, qPrintable(countdown->text()));
    QVERIFY2(countdown->text().startsWith(QLatin1String("Valid for ")), qPrintable(countdown->text()));
    QCOMPARE(enabledItems(), (QStringList{QStringLiteral("actionDemoConnect"), QStringLiteral("actionDemoLastMinute"),
                                          QStringLiteral("actionDemoExpire")}));

    choose("actionDemoLastMinute");
    QTRY_VERIFY2(countdown->text().startsWith(QLatin1String("Less than a minute left: 0:5")), qPrintable(countdown->text()));
    QCOMPARE(window->state(), State::Showing);
    QVERIFY(window->session()->remainingMs() > 0);
    QVERIFY2(!enabledItems().contains(QStringLiteral("actionDemoLastMinute")), "already in its last minute");

    choose("actionDemoExpire");
    QTRY_COMPARE(window->state(), State::Expired);
    QVERIFY2(countdown->text().startsWith(QLatin1String("Expired at ")), qPrintable(countdown->text()));
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoConnect")});

    // The agent gets a new code; the customer types it.
    const QString expired = code->text();
    QTest::mouseClick(Test::child<QPushButton>(window.get(), "newCodeButton"), Qt::LeftButton);
    QTRY_COMPARE(window->state(), State::Showing);
    QVERIFY(code->text() != expired);
    choose("actionDemoConnect");
    QTRY_COMPARE(window->state(), State::Connected);
    QTRY_COMPARE(m_workspace->repository()->record(customer)->status, ConnectionStatus::Connected);
    QCOMPARE(enabledItems(), QStringList{QStringLiteral("actionDemoDisconnect")});
}

// The demo's sandbox has a partner list and the demo workspace its partner token: a sync
// shows what it does without adding anyone twice.
void TestDemoMenu::syncFindsTheSameCustomers()
{
    const int customers = m_window->findChild<QTableView *>(QStringLiteral("instanceTable"))->model()->rowCount();
    QVERIFY(customers > 0);
    auto *syncAction = m_window->findChild<QAction *>(QStringLiteral("actionSync"));
    QVERIFY(syncAction);
    Test::withDialog<AccountSyncDialog>([syncAction] { syncAction->trigger(); }, [&](AccountSyncDialog *dialog) {
        QTRY_VERIFY(!dialog->isRunning());
        QCOMPARE(Test::child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("0"));
        QCOMPARE(Test::child<QLabel>(dialog, "failedValue")->text(), QStringLiteral("0"));
        QCOMPARE(Test::child<QLabel>(dialog, "goneValue")->text(), QStringLiteral("0"));
        // The account adds what the demo's import could not know: each one's subscription.
        QCOMPARE(Test::child<QLabel>(dialog, "updatedValue")->text(), QString::number(customers));
        dialog->reject();
    });
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("instanceTable"))->model()->rowCount(), customers);
}

QTEST_MAIN(TestDemoMenu)
#include "tst_demomenu.moc"
