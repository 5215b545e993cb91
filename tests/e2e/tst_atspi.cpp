// e2e.atspi: the real desktop app (partnerdesk --demo, its built-in sandbox Z-API) in its own
// process, used only through AT-SPI over D-Bus, the way a screen reader such as Orca uses it:
// find the app among the registry's applications, walk its accessible tree, read names and
// states, press things through the Action interface. Nothing of the app is touched otherwise.
//
// Qt's AT-SPI bridge comes with the xcb platform plugin (the offscreen one has none: an
// offscreen app never joins the accessibility bus), so the app runs on the test session's X
// server (scripts/test-session.sh's Xvfb) with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (otherwise Qt joins
// only once a screen reader has switched AT-SPI on). The accessibility bus comes from
// at-spi2-core's bus launcher, which the session bus starts on demand (scripts/test-session.sh).
//
// The test functions are the steps of one session with one app, in order. Each failure message
// says what was missing and what was there instead. Every D-Bus call is bounded (callTimeoutMs)
// and every wait has a deadline, so a missing bus or bridge fails, never hangs.

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <optional>
#include <sys/prctl.h>

namespace {

constexpr int callTimeoutMs = 5000;
constexpr int startTimeoutMs = 30000;
constexpr int stepTimeoutMs = 10000;
// DoAction is answered once the action returns. Nothing in the app runs a nested event loop,
// so every action, also one that opens a window, answers within this.
constexpr int actionAnswerMs = 2000;

const QString accessibleInterface = QStringLiteral("org.a11y.atspi.Accessible");
const QString actionInterface = QStringLiteral("org.a11y.atspi.Action");
const QString tableInterface = QStringLiteral("org.a11y.atspi.Table");

// AT-SPI state bits (AtspiStateType in atspi-constants.h).
constexpr int stateEnabled = 8;
constexpr int stateShowing = 25;
constexpr int stateVisible = 30;

// The roles a user operates: a screen reader needs a name for each to say what it does.
const QStringList controlRoles = {
    QStringLiteral("push button"), QStringLiteral("toggle button"), QStringLiteral("check box"),
    QStringLiteral("radio button"), QStringLiteral("combo box"), QStringLiteral("menu"),
    QStringLiteral("menu item"), QStringLiteral("check menu item"), QStringLiteral("radio menu item"),
    QStringLiteral("table"), QStringLiteral("text"), QStringLiteral("entry"),
    QStringLiteral("password text"), QStringLiteral("spin button"), QStringLiteral("slider"),
    QStringLiteral("page tab")};

// A disconnected demo customer who is not in the first row, so choosing it changes something.
const QString customerName = QStringLiteral("Oficina Mecânica do Zé");
// The sandbox's codes: four capitals or digits, a dash, four more (app/sandbox/SandboxServer.cpp).
const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));

struct Node
{
    QString service;
    QString path;

    bool isNull() const { return service.isEmpty(); }
};

struct Element
{
    Node node;
    QString role;
    QString name;
    quint64 states = 0;
    QString trail; // the names of its ancestors, for messages

    bool has(int state) const { return states & (quint64(1) << state); }
    QString describe() const
    {
        return QStringLiteral("%1 \"%2\" in %3").arg(role, name, trail.isEmpty() ? QStringLiteral("the window") : trail);
    }
};

Node readReference(const QDBusArgument &argument)
{
    QString service;
    QDBusObjectPath path;
    argument.beginStructure();
    argument >> service >> path;
    argument.endStructure();
    return {service, path.path()};
}

// A client of the accessibility bus: bounded calls, errors kept for the failure messages.
class Atspi
{
public:
    explicit Atspi(const QDBusConnection &bus)
        : m_bus(bus)
    {
    }

    QDBusConnection &bus() { return m_bus; }
    QString lastError() const { return m_lastError; }

    QDBusMessage call(const Node &node, const QString &interface, const QString &method, const QVariantList &arguments = {})
    {
        QDBusMessage message = QDBusMessage::createMethodCall(node.service, node.path, interface, method);
        message.setArguments(arguments);
        const QDBusMessage reply = m_bus.call(message, QDBus::Block, callTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage)
            m_lastError = QStringLiteral("%1.%2 on %3%4: %5").arg(interface, method, node.service, node.path, reply.errorMessage());
        return reply;
    }

    QList<Node> children(const Node &node)
    {
        QList<Node> result;
        const QDBusMessage reply = call(node, accessibleInterface, QStringLiteral("GetChildren"));
        if (reply.type() != QDBusMessage::ReplyMessage)
            return result;
        const QDBusArgument array = reply.arguments().constFirst().value<QDBusArgument>();
        array.beginArray();
        while (!array.atEnd())
            result.append(readReference(array));
        array.endArray();
        return result;
    }

    QVariant property(const Node &node, const QString &interface, const QString &name)
    {
        const QDBusMessage reply = call(node, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"), {interface, name});
        return reply.type() == QDBusMessage::ReplyMessage ? reply.arguments().constFirst().value<QDBusVariant>().variant() : QVariant();
    }

    Element element(const Node &node, const QString &trail = {})
    {
        Element result{node, {}, property(node, accessibleInterface, QStringLiteral("Name")).toString(), 0, trail};
        const QDBusMessage role = call(node, accessibleInterface, QStringLiteral("GetRoleName"));
        if (role.type() == QDBusMessage::ReplyMessage)
            result.role = role.arguments().constFirst().toString();
        const QDBusMessage state = call(node, accessibleInterface, QStringLiteral("GetState"));
        if (state.type() == QDBusMessage::ReplyMessage) {
            const QList<uint> words = qdbus_cast<QList<uint>>(state.arguments().constFirst());
            for (int i = 0; i < words.size() && i < 2; ++i)
                result.states |= quint64(words.at(i)) << (32 * i);
        }
        return result;
    }

    // Everything under root, depth first. A table's cells are its data, not controls: the walk
    // stops at the table.
    QList<Element> descendants(const Node &root)
    {
        QList<Element> result;
        collect(root, {}, &result);
        return result;
    }

    // Runs an action of an element by name ("Press" for buttons and menu items) and waits for
    // its answer, as a screen reader does: false, with lastError() saying why, when the action
    // failed or did not answer within actionAnswerMs (a nested event loop holds the answer
    // back until the window it opened closes).
    bool doAction(const Node &node, const QString &actionName)
    {
        const QDBusMessage actions = call(node, actionInterface, QStringLiteral("GetActions"));
        if (actions.type() != QDBusMessage::ReplyMessage)
            return false;
        QStringList names;
        const QDBusArgument array = actions.arguments().constFirst().value<QDBusArgument>();
        array.beginArray();
        while (!array.atEnd()) {
            QString name;
            QString description;
            QString keyBinding;
            array.beginStructure();
            array >> name >> description >> keyBinding;
            array.endStructure();
            names.append(name);
        }
        array.endArray();
        const int index = names.indexOf(actionName);
        if (index < 0) {
            m_lastError = QStringLiteral("no action \"%1\" on %2, only: %3").arg(actionName, node.path, names.join(QStringLiteral(", ")));
            return false;
        }
        QDBusMessage message = QDBusMessage::createMethodCall(node.service, node.path, actionInterface, QStringLiteral("DoAction"));
        message.setArguments({index});
        const QDBusMessage answer = m_bus.call(message, QDBus::Block, actionAnswerMs);
        if (answer.type() != QDBusMessage::ReplyMessage) {
            m_lastError = QStringLiteral("%1 on %2 got no answer within %3 ms: %4")
                              .arg(actionName, node.path).arg(actionAnswerMs).arg(answer.errorMessage());
            return false;
        }
        if (!answer.arguments().value(0).toBool()) {
            m_lastError = QStringLiteral("%1 on %2 answered false").arg(actionName, node.path);
            return false;
        }
        return true;
    }


private:
    void collect(const Node &node, const QString &trail, QList<Element> *result)
    {
        const QList<Node> nodes = children(node);
        for (const Node &child : nodes) {
            const Element element = this->element(child, trail);
            result->append(element);
            if (element.role != QLatin1String("table"))
                collect(child, trail.isEmpty() ? element.name : trail + QStringLiteral(" > ") + element.name, result);
        }
    }

    QDBusConnection m_bus;
    QString m_lastError;
};

// The controls a user can reach in this state of a window (the visible ones, and every menu
// entry: menus open on demand) must all have a name. Returns what is wrong, or nothing. Each of
// expectedRoles must have been seen, so a walk that found nothing cannot pass.
QString checkControlNames(const QList<Element> &elements, const QStringList &expectedRoles)
{
    QStringList unnamed;
    QStringList missingRoles = expectedRoles;
    for (const Element &element : elements) {
        const bool reachable = element.has(stateVisible) || element.role.contains(QLatin1String("menu"));
        if (!reachable || !controlRoles.contains(element.role))
            continue;
        missingRoles.removeAll(element.role);
        if (element.name.trimmed().isEmpty())
            unnamed.append(element.describe());
    }
    QString problems;
    if (!missingRoles.isEmpty())
        problems += QStringLiteral("no control seen with the role %1\n").arg(missingRoles.join(QStringLiteral(", ")));
    if (!unnamed.isEmpty())
        problems += QStringLiteral("controls without an accessible name:\n  ") + unnamed.join(QStringLiteral("\n  "));
    return problems;
}

QStringList namesShowing(const QList<Element> &elements, const QString &role)
{
    QStringList names;
    for (const Element &element : elements) {
        if (element.role == role && element.has(stateShowing))
            names.append(QLatin1Char('"') + element.name + QLatin1Char('"'));
    }
    return names;
}

} // namespace

class TestAtspi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void mainWindowHasAName();
    void mainWindowControlsHaveNames();
    void choosingACustomerShowsIt();
    void connectionProblemsOpensTheCodeDialog();
    void generateCodeAsksForTheCode();
    void dialogControlsHaveNames();
    void codeLabelIsNamedWithTheCode();
    void copyCodeSaysCopied();
    void closeRemovesTheDialog();
    void quitFromTheMenuEndsTheApp();

private:
    QString connectToAccessibilityBus();
    void startChild(QProcess *process);
    void stopChild(QProcess *process);
    Node findApplication();
    QStringList topLevels();
    std::optional<Element> findTopLevel(const QString &role, const QString &nameContains);
    std::optional<Element> findIn(const Node &root, const QString &role, const QString &nameContains, bool mustShow = true);
    QString waitForCodePage();

    std::optional<Atspi> m_atspi;
    QProcess m_app;
    Node m_application;
    Node m_window;
    Node m_dialog;
};

// Returns what went wrong, or nothing when m_atspi is connected.
QString TestAtspi::connectToAccessibilityBus()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected())
        return QStringLiteral("no D-Bus session bus: run the test inside dbus-run-session -- scripts/test-session.sh");

    const QString launcher = QStringLiteral("org.a11y.Bus");
    const QDBusMessage reply = session.call(
        QDBusMessage::createMethodCall(launcher, QStringLiteral("/org/a11y/bus"), launcher, QStringLiteral("GetAddress")),
        QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return QStringLiteral("no accessibility bus: org.a11y.Bus.GetAddress on the session bus failed (%1). "
                              "The bus launcher comes with the Debian package at-spi2-core.")
            .arg(reply.errorMessage());
    const QString address = reply.arguments().constFirst().toString();
    const QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("partnerdesk-atspi-test"));
    if (!bus.isConnected())
        return QStringLiteral("could not connect to the accessibility bus at %1: %2").arg(address, bus.lastError().message());
    m_atspi.emplace(bus);
    return {};
}

// A child that dies with the test, even when the test is killed (a ctest timeout).
void TestAtspi::startChild(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start();
}

void TestAtspi::stopChild(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(callTimeoutMs)) {
        process->kill();
        process->waitForFinished(callTimeoutMs);
    }
}

// The app among the applications the registry knows, told apart by its process id.
Node TestAtspi::findApplication()
{
    const Node registry{QStringLiteral("org.a11y.atspi.Registry"), QStringLiteral("/org/a11y/atspi/accessible/root")};
    const QList<Node> applications = m_atspi->children(registry);
    for (const Node &application : applications) {
        const QDBusReply<uint> pid = m_atspi->bus().interface()->servicePid(application.service);
        if (pid.isValid() && qint64(pid.value()) == m_app.processId())
            return application;
    }
    return {};
}

QStringList TestAtspi::topLevels()
{
    QStringList result;
    const QList<Node> windows = m_atspi->children(m_application);
    for (const Node &window : windows)
        result.append(m_atspi->element(window).describe());
    return result;
}

std::optional<Element> TestAtspi::findTopLevel(const QString &role, const QString &nameContains)
{
    const QList<Node> windows = m_atspi->children(m_application);
    for (const Node &window : windows) {
        const Element element = m_atspi->element(window);
        if (element.role == role && element.name.contains(nameContains))
            return element;
    }
    return std::nullopt;
}

std::optional<Element> TestAtspi::findIn(const Node &root, const QString &role, const QString &nameContains, bool mustShow)
{
    const QList<Element> elements = m_atspi->descendants(root);
    for (const Element &element : elements) {
        if (element.role == role && element.name.contains(nameContains) && (!mustShow || element.has(stateShowing)))
            return element;
    }
    return std::nullopt;
}

void TestAtspi::initTestCase()
{
    const QString busProblem = connectToAccessibilityBus();
    QVERIFY2(busProblem.isEmpty(), qPrintable(busProblem));
    const QString display = qEnvironmentVariable("DISPLAY");
    QVERIFY2(!display.isEmpty(), "no X server: run inside scripts/test-session.sh, which starts one (Debian package xvfb)");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
    // The names looked for are the English ones, whatever the machine's language.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_app.setProcessEnvironment(environment);
    m_app.setProgram(QStringLiteral(PARTNERDESK_APP_EXECUTABLE));
    m_app.setArguments({QStringLiteral("--demo")});
    startChild(&m_app);
    QVERIFY2(m_app.waitForStarted(startTimeoutMs), qPrintable(m_app.errorString()));

    const bool registered = QTest::qWaitFor([this] {
        m_application = findApplication();
        return !m_application.isNull() || m_app.state() != QProcess::Running;
    }, startTimeoutMs);
    QVERIFY2(m_app.state() == QProcess::Running,
             qPrintable(QStringLiteral("the app exited: %1").arg(QString::fromLocal8Bit(m_app.readAllStandardError()))));
    QVERIFY2(registered, qPrintable(QStringLiteral("the app did not join the accessibility bus within %1 s "
                                                   "(is QT_LINUX_ACCESSIBILITY_ALWAYS_ON set, and the platform xcb?). %2 The app said: %3")
                                        .arg(startTimeoutMs / 1000)
                                        .arg(m_atspi->lastError(), QString::fromLocal8Bit(m_app.readAllStandardError()))));
}

void TestAtspi::cleanupTestCase()
{
    if (m_app.state() != QProcess::NotRunning)
        qWarning("the app is still running; it said: %s", m_app.readAllStandardError().constData());
    stopChild(&m_app);
}

void TestAtspi::mainWindowHasAName()
{
    QVERIFY2(!m_application.isNull(), "the app is not on the accessibility bus (see initTestCase)");
    std::optional<Element> window;
    QVERIFY2(QTest::qWaitFor([&] { return (window = findTopLevel(QStringLiteral("frame"), QStringLiteral("Partner Desk"))).has_value(); },
                             stepTimeoutMs),
             qPrintable(QStringLiteral("no window named \"Partner Desk\"; the app's windows: %1").arg(topLevels().join(u'|'))));
    m_window = window->node;
}

void TestAtspi::mainWindowControlsHaveNames()
{
    QVERIFY2(!m_window.isNull(), "no main window (see mainWindowHasAName)");
    // The demo customers arrive just after the window shows.
    QVERIFY2(QTest::qWaitFor([this] { return findIn(m_window, QStringLiteral("table"), {}).has_value(); }, stepTimeoutMs),
             "the customer table is not showing");
    const QString problems = checkControlNames(m_atspi->descendants(m_window),
        {QStringLiteral("push button"), QStringLiteral("menu item"), QStringLiteral("table"), QStringLiteral("text")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// Through the table's AT-SPI selection, as an assistive technology chooses a row: the window
// must then be about that customer (its details, and what "Connection problems" acts on).
void TestAtspi::choosingACustomerShowsIt()
{
    QVERIFY2(!m_window.isNull(), "no main window (see mainWindowHasAName)");
    const std::optional<Element> table = findIn(m_window, QStringLiteral("table"), {});
    QVERIFY2(table, "the customer table is not showing");

    // The view sorts the rows: find the customer's row by its first cell.
    const int rows = m_atspi->property(table->node, tableInterface, QStringLiteral("NRows")).toInt();
    int customerRow = -1;
    QStringList seen;
    for (int row = 0; row < rows && customerRow < 0; ++row) {
        const QDBusMessage cell = m_atspi->call(table->node, tableInterface, QStringLiteral("GetAccessibleAt"), {row, 0});
        QVERIFY2(cell.type() == QDBusMessage::ReplyMessage, qPrintable(m_atspi->lastError()));
        const QString name = m_atspi->element(readReference(cell.arguments().constFirst().value<QDBusArgument>())).name;
        seen.append(name);
        if (name == customerName)
            customerRow = row;
    }
    QVERIFY2(customerRow > 0, qPrintable(QStringLiteral("%1 is not in a row after the first: %2").arg(customerName, seen.join(u'|'))));

    const QDBusMessage selected = m_atspi->call(table->node, tableInterface, QStringLiteral("AddRowSelection"), {customerRow});
    QVERIFY2(selected.type() == QDBusMessage::ReplyMessage && selected.arguments().constFirst().toBool(),
             qPrintable(QStringLiteral("Table.AddRowSelection(%1) failed: %2").arg(customerRow).arg(m_atspi->lastError())));
    QVERIFY2(QTest::qWaitFor([this] { return findIn(m_window, QStringLiteral("label"), customerName).has_value(); }, stepTimeoutMs),
             qPrintable(QStringLiteral("row %1 (%2) is selected, but the details beside the list show: %3")
                            .arg(customerRow)
                            .arg(customerName, namesShowing(m_atspi->descendants(m_window), QStringLiteral("label")).join(u' '))));
}

void TestAtspi::connectionProblemsOpensTheCodeDialog()
{
    QVERIFY2(!m_window.isNull(), "no main window (see mainWindowHasAName)");
    // The toolbar's button: the press must be answered at once (doAction waits actionAnswerMs),
    // which a dialog run in a nested event loop would hold back until it closed.
    const std::optional<Element> toolBar = findIn(m_window, QStringLiteral("tool bar"), {});
    QVERIFY2(toolBar, "no tool bar showing");
    const std::optional<Element> button = findIn(toolBar->node, QStringLiteral("push button"), QStringLiteral("Connection problems"));
    QVERIFY2(button, qPrintable(QStringLiteral("no toolbar button named \"Connection problems…\"; the toolbar's buttons: %1")
                                    .arg(namesShowing(m_atspi->descendants(toolBar->node), QStringLiteral("push button")).join(u' '))));
    QVERIFY2(button->has(stateEnabled), qPrintable(button->describe() + QStringLiteral(" is disabled")));
    QVERIFY2(m_atspi->doAction(button->node, QStringLiteral("Press")), qPrintable(m_atspi->lastError()));

    std::optional<Element> dialog;
    QVERIFY2(QTest::qWaitFor([&] { return (dialog = findTopLevel(QStringLiteral("dialog"), QStringLiteral("Extension connection code"))).has_value(); },
                             stepTimeoutMs),
             qPrintable(QStringLiteral("no dialog named \"Extension connection code…\"; the app's windows: %1")
                            .arg(topLevels().join(u'|'))));
    m_dialog = dialog->node;
    QVERIFY2(dialog->name.contains(customerName), qPrintable(QStringLiteral("the dialog is \"%1\", not about %2").arg(dialog->name, customerName)));
}

// The dialog opens on what the customer must get ready; "Generate code" asks for the code.
void TestAtspi::generateCodeAsksForTheCode()
{
    QVERIFY2(!m_dialog.isNull(), "no code dialog (see connectionProblemsOpensTheCodeDialog)");
    const std::optional<Element> generate = findIn(m_dialog, QStringLiteral("push button"), QStringLiteral("Generate code"));
    QVERIFY2(generate, qPrintable(QStringLiteral("no \"Generate code\" button; the buttons showing: %1")
                                      .arg(namesShowing(m_atspi->descendants(m_dialog), QStringLiteral("push button")).join(u' '))));
    QVERIFY2(m_atspi->doAction(generate->node, QStringLiteral("Press")), qPrintable(m_atspi->lastError()));
    const QString noCode = waitForCodePage();
    QVERIFY2(noCode.isEmpty(), qPrintable(noCode));
}

// The code page, once the code has arrived; the "Copy code" button shows only there. Tells what
// the dialog shows instead when it does not come.
QString TestAtspi::waitForCodePage()
{
    if (QTest::qWaitFor([this] { return findIn(m_dialog, QStringLiteral("push button"), QStringLiteral("Copy code")).has_value(); },
                        stepTimeoutMs))
        return {};
    return QStringLiteral("the dialog never showed its \"Copy code\" button; the buttons showing: %1")
        .arg(namesShowing(m_atspi->descendants(m_dialog), QStringLiteral("push button")).join(u' '));
}

void TestAtspi::dialogControlsHaveNames()
{
    QVERIFY2(!m_dialog.isNull(), "no code dialog (see connectionProblemsOpensTheCodeDialog)");
    const QString noCode = waitForCodePage();
    QVERIFY2(noCode.isEmpty(), qPrintable(noCode));
    const QString problems = checkControlNames(m_atspi->descendants(m_dialog), {QStringLiteral("push button"), QStringLiteral("combo box")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// What a screen reader says on the code is the code itself ("FA48-HS63"): the code label's
// accessible name. (Qt 6.4 gives a QLabel no AT-SPI Text interface: the name is all it reads.)
// One look, no waiting: the code is there with the page.
void TestAtspi::codeLabelIsNamedWithTheCode()
{
    QVERIFY2(!m_dialog.isNull(), "no code dialog (see connectionProblemsOpensTheCodeDialog)");
    const QString noCode = waitForCodePage();
    QVERIFY2(noCode.isEmpty(), qPrintable(noCode));
    const QList<Element> elements = m_atspi->descendants(m_dialog);
    const bool named = std::any_of(elements.cbegin(), elements.cend(), [](const Element &element) {
        return element.role == QLatin1String("label") && element.has(stateShowing) && codePattern.match(element.name).hasMatch();
    });
    QVERIFY2(named, qPrintable(QStringLiteral("no label in the dialog is named with a code like FA48-HS63; the labels showing: %1")
                                   .arg(namesShowing(elements, QStringLiteral("label")).join(u' '))));
}

void TestAtspi::copyCodeSaysCopied()
{
    QVERIFY2(!m_dialog.isNull(), "no code dialog (see connectionProblemsOpensTheCodeDialog)");
    const std::optional<Element> copy = findIn(m_dialog, QStringLiteral("push button"), QStringLiteral("Copy code"));
    QVERIFY2(copy, "no \"Copy code\" button showing");
    QVERIFY2(copy->has(stateEnabled), "\"Copy code\" is disabled while the code is showing");
    QVERIFY2(m_atspi->doAction(copy->node, QStringLiteral("Press")), qPrintable(m_atspi->lastError()));
    // For two seconds the button says what happened: what a screen reader user hears.
    QString name;
    QVERIFY2(QTest::qWaitFor([&] {
        name = m_atspi->property(copy->node, accessibleInterface, QStringLiteral("Name")).toString();
        return name == QLatin1String("Copied");
    }, stepTimeoutMs),
             qPrintable(QStringLiteral("after Press the button is named \"%1\", not \"Copied\"").arg(name)));
}

void TestAtspi::closeRemovesTheDialog()
{
    QVERIFY2(!m_dialog.isNull(), "no code dialog (see connectionProblemsOpensTheCodeDialog)");
    const std::optional<Element> close = findIn(m_dialog, QStringLiteral("push button"), QStringLiteral("Close"));
    QVERIFY2(close, "no \"Close\" button showing");
    QVERIFY2(m_atspi->doAction(close->node, QStringLiteral("Press")), qPrintable(m_atspi->lastError()));
    QVERIFY2(QTest::qWaitFor([this] { return !findTopLevel(QStringLiteral("dialog"), {}).has_value(); }, stepTimeoutMs),
             qPrintable(QStringLiteral("a dialog is still there after Close; the app's windows: %1")
                            .arg(topLevels().join(u'|'))));
    QVERIFY(findTopLevel(QStringLiteral("frame"), QStringLiteral("Partner Desk")).has_value());
}

void TestAtspi::quitFromTheMenuEndsTheApp()
{
    QVERIFY2(!m_window.isNull(), "no main window (see mainWindowHasAName)");
    // Menu entries can be pressed while their menu is closed.
    const std::optional<Element> quit = findIn(m_window, QStringLiteral("menu item"), QStringLiteral("Quit"), false);
    QVERIFY2(quit, "no \"Quit\" menu item");
    QVERIFY2(m_atspi->doAction(quit->node, QStringLiteral("Press")), qPrintable(m_atspi->lastError()));
    QVERIFY2(QTest::qWaitFor([this] { return m_app.state() == QProcess::NotRunning; }, stepTimeoutMs),
             qPrintable(QStringLiteral("the app is still running after File > Quit")));
    QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(m_app.exitCode() == 0, qPrintable(QStringLiteral("exit code %1; the app said: %2")
                                                   .arg(m_app.exitCode())
                                                   .arg(QString::fromLocal8Bit(m_app.readAllStandardError()))));
}

QTEST_GUILESS_MAIN(TestAtspi)

#include "tst_atspi.moc"
