// The whole extension-code flow without a mouse, as an agent who lives on the keyboard does
// it: find the customer, open the flow, copy the code and the message, get a new code,
// close. Also the tab order and the shortcuts and mnemonics the menus show. Keys go to
// whatever has the focus, as a real keyboard's do. Real widgets, the real sandbox process
// and the real keychain (scripts/test-session.sh).
#include "CustomerWorkspace.h"
#include "WidgetTestSupport.h"

#include "util/Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
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

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), static_cast<Qt::Key>(key), modifiers);
}

QString focusedName()
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget->objectName() : QStringLiteral("(nothing)");
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyExtensionCodeFlow();
    void tabOrderFollowsTheLayout();
    void menusListTheirShortcuts();

private:
    void openWindow();

    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    installTranslations(QStringLiteral("en"));
    m_customers.startSandbox();
}

void TestKeyboard::init()
{
    m_customers.open();
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_customers.close();
}

void TestKeyboard::openWindow()
{
    m_window = m_customers.openWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::keyboardOnlyExtensionCodeFlow()
{
    openWindow();
    // Find the customer: Ctrl+F, type, Down into the list.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("searchField"));
    QTest::keyClicks(focused(), QStringLiteral("oficina"));
    press(Qt::Key_Down); // from the search straight into the results
    QCOMPARE(focusedName(), QStringLiteral("instanceTable"));
    const QModelIndex current = child<QTableView>(m_window.get(), "instanceTable")->currentIndex();
    QCOMPARE(current.data().toString(), QStringLiteral("Oficina do Zé"));

    // The extension flow by its shortcut, then everything in the dialog by its mnemonics.
    bool flowRan = false;
    withDialog<ExtensionCodeDialog>([] { press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); },
                                    [&](ExtensionCodeDialog *dialog) {
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Oficina do Zé")));
        // First the preparation page; Enter generates the code when the customer is ready.
        QCOMPARE(dialog->state(), ExtensionCodeDialog::State::Preparing);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(focusedName(), QStringLiteral("generateButton"));
        press(Qt::Key_Return);
        const QString first = Test::CustomerWorkspace::waitForCode(dialog);
        QCOMPARE(focusedName(), QStringLiteral("copyButton"));

        // A mnemonic "clicks" its button a moment later (the press is animated), hence QTRY.
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), first);

        press(Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(QGuiApplication::clipboard()->text() != first);
        const QString message = QGuiApplication::clipboard()->text();
        QVERIFY2(message.contains(first) && message.contains(QLatin1String("web.whatsapp.com")), qPrintable(message));

        press(Qt::Key_G, Qt::AltModifier);
        auto *codeLabel = child<QLabel>(dialog, "codeLabel");
        QTRY_VERIFY(dialog->state() == ExtensionCodeDialog::State::Showing && codeLabel->text() != first);
        const QString second = codeLabel->text();
        QCOMPARE(focusedName(), QStringLiteral("copyButton"));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        press(Qt::Key_C, Qt::ControlModifier); // the standard copy key works too
        QCOMPARE(QGuiApplication::clipboard()->text(), second);

        press(Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        flowRan = true;
    });
    QVERIFY(flowRan);
    // Back where the agent was, ready for the next customer: the window's focus is still on
    // the list (the window system hands the focus back to the window as it activates it).
    QVERIFY(m_window->focusWidget());
    QCOMPARE(m_window->focusWidget()->objectName(), QStringLiteral("instanceTable"));
}

void TestKeyboard::tabOrderFollowsTheLayout()
{
    openWindow();
    // The main window: search, the status filter, the list, then the selected customer's actions.
    child<QLineEdit>(m_window.get(), "searchField")->setFocus(Qt::TabFocusReason);
    QStringList order{focusedName()};
    for (int i = 0; i < 6; ++i) {
        press(Qt::Key_Tab);
        order.append(focusedName());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("searchField"), QStringLiteral("statusFilter"), QStringLiteral("instanceTable"),
                                 QStringLiteral("detailConnectButton"), QStringLiteral("detailProblemsButton"),
                                 QStringLiteral("detailEditButton"), QStringLiteral("searchField")}));

    // The code dialog: top to bottom, the steps' two links included.
    auto dialog = m_customers.openCodeDialog();
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    Test::CustomerWorkspace::waitForCode(dialog.get());
    QCOMPARE(focusedName(), QStringLiteral("copyButton"));
    order = QStringList{focusedName()};
    for (int presses = 0; order.size() < 8 && presses < 30; ++presses) {
        press(Qt::Key_Tab);
        // Tab walks through the steps' links inside their label: one stop in the order.
        if (focusedName() != order.last())
            order.append(focusedName());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("copyButton"), QStringLiteral("stepsLabel"),
                                 QStringLiteral("customerLanguageCombo"), QStringLiteral("copyMessageButton"),
                                 QStringLiteral("newCodeButton"), QStringLiteral("closeButton"),
                                 QStringLiteral("codeLabel"), QStringLiteral("copyButton")}));
}

void TestKeyboard::menusListTheirShortcuts()
{
    openWindow();
    // Every command of the flow has a shortcut, and its menu shows it (to sight and to a
    // screen reader alike: the menu item's accelerator text).
    const char *const withShortcut[] = {"actionConnect", "actionConnectionProblems", "actionAdd", "actionEdit",
                                        "actionRemove", "actionImport", "actionSettings", "actionFind", "actionQuit"};
    QStringList shown;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text()));
        QAccessibleInterface *accessibleMenu = QAccessible::queryAccessibleInterface(menu);
        QVERIFY(accessibleMenu);
        QList<QChar> mnemonics;
        for (int i = 0; i < accessibleMenu->childCount(); ++i) {
            QAccessibleInterface *item = accessibleMenu->child(i);
            auto *itemAction = qobject_cast<QAction *>(item->object());
            if (!itemAction || itemAction->isSeparator())
                continue;
            // Each item can be chosen with a letter, and no two items share one.
            const qsizetype amp = itemAction->text().indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(itemAction->text()));
            const QChar mnemonic = itemAction->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(itemAction->text()));
            mnemonics.append(mnemonic);
            if (itemAction->shortcut().isEmpty())
                continue;
            QCOMPARE(item->text(QAccessible::Accelerator), itemAction->shortcut().toString(QKeySequence::NativeText));
            shown.append(itemAction->objectName());
        }
    }
    for (const char *name : withShortcut)
        QVERIFY2(shown.contains(QString::fromLatin1(name)), name);
    // The buttons that repeat a menu command name its shortcut in their tool tip.
    QVERIFY(child<QPushButton>(m_window.get(), "detailProblemsButton")->toolTip().endsWith(QLatin1String("(Ctrl+Shift+K)")));
    QVERIFY(child<QLineEdit>(m_window.get(), "searchField")->placeholderText().endsWith(QLatin1String("(Ctrl+F)")));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
