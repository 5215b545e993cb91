// The app through a screen reader's eyes: an accessible name on every control, the code
// exposed as itself, a countdown that does not talk every second, a copy that is confirmed
// aloud. Runs on xcb with Qt's AT-SPI bridge on (see CMakeLists.txt), because accessibility
// events exist only there. Real widgets, the real sandbox process and the real keychain
// (scripts/test-session.sh).
#include "AccountSyncDialog.h"
#include "ConnectDialog.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "SettingsDialog.h"

#include "CustomerWorkspace.h"
#include "WidgetTestSupport.h"

#include "util/Translations.h"
#include "zapi/ConnectionSession.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace PartnerDesk;
using State = ExtensionCodeDialog::State;
using Test::child;

namespace {

// Every accessibility event the widgets send, as a screen reader would receive them.
class AccessibilityEvents
{
public:
    AccessibilityEvents()
    {
        s_events.clear();
        QAccessible::installUpdateHandler(&AccessibilityEvents::record);
    }
    ~AccessibilityEvents() { QAccessible::installUpdateHandler(nullptr); }

    struct Event
    {
        QAccessible::Event type;
        QPointer<QObject> object;
    };
    static int count(const QObject *object)
    {
        return static_cast<int>(std::count_if(s_events.cbegin(), s_events.cend(), [object](const Event &event) {
            return event.object == object && spoken(event.type);
        }));
    }

private:
    // What a screen reader may read out when it happens to the widget being watched.
    static bool spoken(QAccessible::Event type)
    {
        return type == QAccessible::NameChanged || type == QAccessible::DescriptionChanged
            || type == QAccessible::ValueChanged || type == QAccessible::TextUpdated
            || type == QAccessible::TextInserted || type == QAccessible::TextRemoved;
    }
    static void record(QAccessibleEvent *event) { s_events.append({event->type(), event->object()}); }

    static inline QList<Event> s_events;
};

QString accessibleName(QObject *object)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

QString describe(QAccessibleInterface *accessible)
{
    QObject *object = accessible->object();
    return QStringLiteral("%1 %2 (role %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("item"),
             object ? object->objectName() : QString())
        .arg(accessible->role());
}

// Controls a screen-reader user reaches and operates; each must say what it is.
bool isControl(QAccessibleInterface *accessible)
{
    switch (accessible->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
        return true;
    case QAccessible::EditableText: {
        // A spin box's or combo box's own line edit is named by its owner.
        QAccessibleInterface *parent = accessible->parent();
        return !parent || (parent->role() != QAccessible::SpinBox && parent->role() != QAccessible::ComboBox);
    }
    default:
        return false;
    }
}

// The visible controls under `accessible` with no accessible name.
void collectNameless(QAccessibleInterface *accessible, QStringList *nameless, int depth = 0)
{
    if (!accessible || accessible->state().invisible || depth > 40)
        return;
    if (isControl(accessible) && accessible->text(QAccessible::Name).trimmed().isEmpty())
        nameless->append(describe(accessible));
    // Table cells are named by their text; walking 3 customers' cells adds nothing.
    if (accessible->role() == QAccessible::Table)
        return;
    for (int i = 0; i < accessible->childCount(); ++i)
        collectNameless(accessible->child(i), nameless, depth + 1);
}

QStringList namelessControls(QWidget *window)
{
    QStringList nameless;
    collectNameless(QAccessible::queryAccessibleInterface(window), &nameless);
    return nameless;
}

// Any interface under `accessible` whose name is `name`.
bool treeHasName(QAccessibleInterface *accessible, const QString &name, int depth = 0)
{
    if (!accessible || depth > 40)
        return false;
    if (accessible->text(QAccessible::Name) == name)
        return true;
    for (int i = 0; i < accessible->childCount(); ++i) {
        if (treeHasName(accessible->child(i), name, depth + 1))
            return true;
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void codeIsExposedAsItself();
    void countdownIsNotAnnouncedEverySecond();
    void copyConfirmationIsHeard();

private:
    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    installTranslations(QStringLiteral("en"));
    // Qt's AT-SPI bridge turns on once it has reached the accessibility bus.
    QTRY_VERIFY2_WITH_TIMEOUT(QAccessible::isActive(),
                              "accessibility is off: run on xcb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and an AT-SPI bus "
                              "(scripts/test-session.sh provides both)", 15000);
    m_customers.startSandbox();
}

void TestAccessibility::init()
{
    m_customers.open();
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_customers.close();
}

void TestAccessibility::everyControlHasAnAccessibleName()
{
    m_window = m_customers.openWindow();
    QStringList nameless = namelessControls(m_window.get());
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        nameless += namelessControls(menu);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral("; "))));
    QCOMPARE(accessibleName(child<QTableView>(m_window.get(), "instanceTable")), QStringLiteral("Customer instances"));

    const QUuid first = m_customers.keyOf(Test::CustomerWorkspace::customers().first().name);
    // A connected customer's details: who is connected, restart, disconnect.
    QVERIFY(!m_customers.workspace()->repository()->setStatus(first, ConnectionStatus::Connected));
    m_window->selectInstance(first);
    QTRY_VERIFY(child<QWidget>(m_window.get(), "connectedPanel")->isVisible());
    nameless = namelessControls(m_window.get());
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral("; "))));
    // The code dialog in each of its states.
    {
        auto dialog = m_customers.openCodeDialog();
        Test::CustomerWorkspace::waitForCode(dialog.get());
        QVERIFY2(namelessControls(dialog.get()).isEmpty(), qPrintable(namelessControls(dialog.get()).join(u';')));
        m_customers.sandbox().setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("server-error")},
                                                   {QStringLiteral("endpoint"), QStringLiteral("extension-token")}});
        dialog->requestNewCode();
        QTRY_COMPARE(dialog->state(), State::Failed);
        QVERIFY2(namelessControls(dialog.get()).isEmpty(), qPrintable(namelessControls(dialog.get()).join(u';')));
    }
    // The other dialogs as they open.
    {
        ConnectDialog dialog(m_customers.workspace(), first);
        dialog.show();
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
    }
    {
        SettingsDialog dialog(m_customers.workspace());
        dialog.show();
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
    }
    {
        InstanceDialog dialog(m_customers.workspace()->repository(), first);
        dialog.show();
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
    }
    {
        // Ended (no partner token here): what it did, why it stopped, its buttons.
        AccountSyncDialog dialog(m_customers.workspace());
        dialog.show();
        dialog.start();
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY(child<QWidget>(&dialog, "settingsButton")->isVisible());
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
    }
    {
        ImportDialog dialog(m_customers.workspace()->repository());
        dialog.show();
        QVERIFY2(namelessControls(&dialog).isEmpty(), qPrintable(namelessControls(&dialog).join(u';')));
    }
}

void TestAccessibility::codeIsExposedAsItself()
{
    auto dialog = m_customers.openCodeDialog();
    const QString first = Test::CustomerWorkspace::waitForCode(dialog.get());
    auto *codeLabel = child<QLabel>(dialog.get(), "codeLabel");
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(codeLabel);
    // "FA48-HS63" is what the agent reads out to the customer; the screen reader says it too.
    QCOMPARE(accessible->text(QAccessible::Name), first);
    QVERIFY(!accessible->text(QAccessible::Description).isEmpty());
    QVERIFY(treeHasName(QAccessible::queryAccessibleInterface(dialog.get()), first));
    QVERIFY(codeLabel->focusPolicy() & Qt::TabFocus); // reachable, so a screen reader lands on it

    dialog->requestNewCode();
    const QString second = Test::CustomerWorkspace::waitForCode(dialog.get());
    QVERIFY(second != first);
    QCOMPARE(accessible->text(QAccessible::Name), second);
}

void TestAccessibility::countdownIsNotAnnouncedEverySecond()
{
    auto dialog = m_customers.openCodeDialog();
    Test::CustomerWorkspace::waitForCode(dialog.get());
    const qint64 expiresAt = dialog->session()->extensionCode()->localExpiresAtMs();
    auto *label = child<QLabel>(dialog.get(), "countdownLabel");
    QWidget *bar = child<QWidget>(dialog.get(), "countdownBar");
    const auto advanceTo = [&](qint64 msBeforeExpiry) {
        m_customers.clock().setMSecsSinceEpoch(expiresAt - msBeforeExpiry);
        const QString seconds = QStringLiteral("%1:%2").arg(msBeforeExpiry / 60000).arg(msBeforeExpiry / 1000 % 60, 2, 10, QLatin1Char('0'));
        QTRY_VERIFY2(label->text().contains(seconds), qPrintable(label->text() + QStringLiteral(" / ") + seconds));
    };
    advanceTo(290000);

    AccessibilityEvents events;
    // Twenty seconds tick by on screen; nothing is said.
    for (qint64 left = 289000; left >= 270000; left -= 1000)
        advanceTo(left);
    QCOMPARE(events.count(label), 0);
    QCOMPARE(events.count(bar), 0);
    QVERIFY2(accessibleName(label).contains(QLatin1String("Valid until")), qPrintable(accessibleName(label)));

    // The last minute is worth one announcement, and only one.
    for (qint64 left = 45000; left >= 35000; left -= 1000)
        advanceTo(left);
    QCOMPARE(events.count(label), 1);
    QVERIFY2(accessibleName(label).startsWith(QLatin1String("Less than a minute left")), qPrintable(accessibleName(label)));

    // So is expiry.
    m_customers.clock().setMSecsSinceEpoch(expiresAt);
    QTRY_COMPARE(dialog->state(), State::Expired);
    QCOMPARE(events.count(label), 2);
    QVERIFY2(accessibleName(label).startsWith(QLatin1String("Expired at")), qPrintable(accessibleName(label)));
    QCOMPARE(events.count(bar), 0);
}

void TestAccessibility::copyConfirmationIsHeard()
{
    auto dialog = m_customers.openCodeDialog();
    Test::CustomerWorkspace::waitForCode(dialog.get());
    auto *copy = child<QPushButton>(dialog.get(), "copyButton");
    AccessibilityEvents events;
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(accessibleName(copy), QStringLiteral("Copied"));
    QVERIFY(events.count(copy) >= 1);
    QTRY_COMPARE(accessibleName(copy), QStringLiteral("Copy code"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
