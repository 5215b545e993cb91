// The extension code dialog against the real sandbox process and a real Secret Service,
// with a hand-moved clock: no test waits for real minutes to pass.
// The states the README shows are saved as PNG files for docs/screenshots (ScreenshotSupport.h).
#include "CountdownBar.h"
#include "ExtensionCodeDialog.h"

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "SandboxProcess.h"
#include "ScreenshotSupport.h"

#include "Workspace.h"
#include "util/Translations.h"
#include "zapi/ConnectionSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PartnerDesk;
using State = ExtensionCodeDialog::State;

namespace {

const QString instanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString instanceToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");
const QString instanceName = QStringLiteral("Padaria Pão de Mel");

QJsonObject fault(const char *mode, int times = -1)
{
    QJsonObject object{{QStringLiteral("mode"), QLatin1String(mode)}, {QStringLiteral("endpoint"), QStringLiteral("extension-token")}};
    if (times > 0)
        object.insert(QStringLiteral("times"), times);
    return object;
}

} // namespace

class TestExtensionCodeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSandboxCode();
    void copyPutsExactlyTheCodeOnTheClipboard();
    void copyMessageIsInTheCustomersLanguage();
    void countdownFollowsTheClock();
    void countdownCorrectsASkewedServerClock_data();
    void countdownCorrectsASkewedServerClock();
    void expiryDisablesCopyAndOffersANewCode();
    void newCodeIsAvailableAtAnyTime();
    void customerConnectingShowsSuccess();
    void timersStopWhileHidden();
    void cancelWhileBusy();
    void errorsSayWhatToDoAndRetry_data();
    void errorsSayWhatToDoAndRetry();
    void everyFaultModeEndsInAnErrorOrACode_data();
    void everyFaultModeEndsInAnErrorOrACode();
    void rateLimitWaitsBeforeRetry();
    void unreachableServerSaysSo();
    void clientTokenOnEveryRequest();

private:
    std::unique_ptr<ExtensionCodeDialog> openDialog(bool fastPolling = false);
    QString waitForCode(ExtensionCodeDialog *dialog);
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString countdownText(ExtensionCodeDialog *dialog) { return child<QLabel>(dialog, "countdownLabel")->text(); }
    void addInstance(const QString &clientToken);

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_sandboxDir;
    ManualClock m_clock;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_key;
};

void TestExtensionCodeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyScreenshotPalette();
    installTranslations(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        m_sandboxDir, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                             {QStringLiteral("token"), instanceToken},
                                             {QStringLiteral("name"), instanceName}}});
    QVERIFY(!instances.isEmpty());
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(m_sandbox.errorString()));
}

void TestExtensionCodeDialog::init()
{
    m_sandbox.reset();
    m_clock.setMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
    QVERIFY(!m_workspace->open());
    m_workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
    addInstance(m_sandbox.clientToken());
}

void TestExtensionCodeDialog::cleanup()
{
    m_workspace.reset();
    Test::wipeProfile(m_profile);
}

void TestExtensionCodeDialog::addInstance(const QString &clientToken)
{
    Test::Catcher<Error, QUuid> added;
    InstanceRecord record;
    record.name = instanceName;
    m_workspace->repository()->addInstance(record, {instanceId, instanceToken}, m_workspace.get(), added.callback());
    QTRY_COMPARE(added.calls(), 1);
    QVERIFY(!added.error());
    m_key = added.get<1>();
    Test::Catcher<Error> tokenSet;
    m_workspace->repository()->setClientToken(clientToken, m_workspace.get(), tokenSet.callback());
    QTRY_COMPARE(tokenSet.calls(), 1);
    QVERIFY(!tokenSet.error());
}

std::unique_ptr<ExtensionCodeDialog> TestExtensionCodeDialog::openDialog(bool fastPolling)
{
    auto dialog = std::make_unique<ExtensionCodeDialog>(m_workspace.get(), m_key);
    // Polling is how success arrives; fast here so the test does not wait three seconds.
    dialog->session()->setStatusPollInterval(fastPolling ? 50 : 60000);
    dialog->show();
    return dialog;
}

QString TestExtensionCodeDialog::waitForCode(ExtensionCodeDialog *dialog)
{
    [&] { QTRY_COMPARE(dialog->state(), State::Showing); }();
    return child<QLabel>(dialog, "codeLabel")->text();
}

void TestExtensionCodeDialog::showsTheSandboxCode()
{
    auto dialog = openDialog();
    QCOMPARE(dialog->state(), State::Requesting);
    QCOMPARE(child<QStackedWidget>(dialog.get(), "pages")->currentWidget()->objectName(), QStringLiteral("busyPage"));
    const QString code = waitForCode(dialog.get());
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(dialog->windowTitle().contains(instanceName));
    QCOMPARE(child<QLabel>(dialog.get(), "instanceName")->text(), instanceName);
    QCOMPARE(child<QLabel>(dialog.get(), "codeLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>(dialog.get(), "codeLabel")->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QString steps = child<QLabel>(dialog.get(), "stepsLabel")->text();
    QVERIFY(steps.contains(QLatin1String("https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn")));
    QVERIFY(steps.contains(QLatin1String("https://web.whatsapp.com/")));
    QCOMPARE(steps.count(QLatin1String("<li")), 4);
    // The code is the sandbox's own: the customer typing it connects the instance.
    QVERIFY(m_sandbox.redeem(code));
    // The list remembers when a code was last generated.
    QCOMPARE(m_workspace->repository()->allRecords().first().lastCodeAt, m_clock.now());
}

void TestExtensionCodeDialog::copyPutsExactlyTheCodeOnTheClipboard()
{
    auto dialog = openDialog();
    const QString code = waitForCode(dialog.get());
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    auto *copy = child<QPushButton>(dialog.get(), "copyButton");
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE(copy->text(), QStringLiteral("&Copy code"));

    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::keyClick(dialog.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
}

void TestExtensionCodeDialog::copyMessageIsInTheCustomersLanguage()
{
    m_workspace->settings().setCustomerLanguage(QStringLiteral("es"));
    auto dialog = openDialog();
    const QString code = waitForCode(dialog.get());
    auto *language = child<QComboBox>(dialog.get(), "customerLanguageCombo");
    QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
    auto *copyMessage = child<QPushButton>(dialog.get(), "copyMessageButton");

    const struct {
        const char *language;
        const char *greeting;
    } expectations[] = {{"es", "¡Hola!"}, {"pt_BR", "Olá!"}, {"en", "Hello!"}};
    for (const auto &expected : expectations) {
        language->setCurrentIndex(language->findData(QString::fromLatin1(expected.language)));
        QTest::mouseClick(copyMessage, Qt::LeftButton);
        const QString message = QGuiApplication::clipboard()->text();
        QVERIFY2(message.startsWith(QString::fromUtf8(expected.greeting)), qPrintable(message));
        QVERIFY(message.contains(code));
        QVERIFY(message.contains(QLatin1String("https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn")));
        QVERIFY(message.contains(QLatin1String("https://web.whatsapp.com/")));
        QVERIFY(message.contains(QLatin1String("Conectar na Z-API")));
        QVERIFY(message.contains(QStringLiteral(" %1 ").arg(dialog->session()->remainingMs() / 60000)));
        // Only what the customer needs: never the instance's credentials.
        QVERIFY(!message.contains(instanceId) && !message.contains(instanceToken) && !message.contains(m_sandbox.clientToken()));
    }
}

void TestExtensionCodeDialog::countdownFollowsTheClock()
{
    auto dialog = openDialog();
    waitForCode(dialog.get());
    const ExtensionCode code = *dialog->session()->extensionCode();
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(code.localExpiresAtMs()).time(), QLocale::ShortFormat);
    auto *bar = child<CountdownBar>(dialog.get(), "countdownBar");

    m_clock.setMSecsSinceEpoch(code.localExpiresAtMs() - 287000);
    QTRY_COMPARE(countdownText(dialog.get()), QStringLiteral("Valid for 4:47 min (until %1)").arg(until));
    Test::saveScreenshot(dialog.get(), QStringLiteral("extension-code-fresh"));

    m_clock.setMSecsSinceEpoch(code.localExpiresAtMs() - 150000);
    QTRY_COMPARE(countdownText(dialog.get()), QStringLiteral("Valid for 2:30 min (until %1)").arg(until));
    QCOMPARE(bar->value(), 150);
    QVERIFY(qAbs(bar->maximum() - 300) <= 1);
    QVERIFY(!child<QLabel>(dialog.get(), "countdownLabel")->font().bold());

    m_clock.setMSecsSinceEpoch(code.localExpiresAtMs() - 45000);
    QTRY_VERIFY(countdownText(dialog.get()).startsWith(QLatin1String("Less than a minute left: 0:45")));
    QVERIFY(child<QLabel>(dialog.get(), "countdownLabel")->font().bold());
    QCOMPARE(dialog->state(), State::Showing);
    Test::saveScreenshot(dialog.get(), QStringLiteral("extension-code-last-minute"));

    m_clock.setMSecsSinceEpoch(code.localExpiresAtMs() - 1);
    QTRY_VERIFY(countdownText(dialog.get()).contains(QLatin1String(": 0:01 ")));
    QCOMPARE(dialog->state(), State::Showing);
}

void TestExtensionCodeDialog::countdownCorrectsASkewedServerClock_data()
{
    QTest::addColumn<qint64>("serverAheadMs");
    QTest::newRow("server 10 minutes ahead") << qint64(10 * 60 * 1000);
    QTest::newRow("server 10 minutes behind") << qint64(-10 * 60 * 1000);
    QTest::newRow("server 1 hour ahead") << qint64(60 * 60 * 1000);
}

void TestExtensionCodeDialog::countdownCorrectsASkewedServerClock()
{
    QFETCH(qint64, serverAheadMs);
    m_sandbox.setClockOffset(serverAheadMs);
    auto dialog = openDialog();
    waitForCode(dialog.get());
    // Uncorrected, the code would look valid for 15 minutes, or already expired. The Date
    // header has whole seconds, so allow one either way.
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Valid for (\\d+):(\\d\\d) ")).match(countdownText(dialog.get()));
    QVERIFY2(match.hasMatch(), qPrintable(countdownText(dialog.get())));
    const int seconds = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    QVERIFY2(seconds >= 299 && seconds <= 301, qPrintable(countdownText(dialog.get())));
    QVERIFY(qAbs(dialog->session()->extensionCode()->serverSkewMs - serverAheadMs) < 3000);
}

void TestExtensionCodeDialog::expiryDisablesCopyAndOffersANewCode()
{
    auto dialog = openDialog();
    const QString first = waitForCode(dialog.get());
    const ExtensionCode code = *dialog->session()->extensionCode();
    auto *copy = child<QPushButton>(dialog.get(), "copyButton");
    auto *newCode = child<QPushButton>(dialog.get(), "newCodeButton");
    QVERIFY(copy->isEnabled());
    QVERIFY(copy->isDefault());

    m_clock.setMSecsSinceEpoch(code.localExpiresAtMs());
    QTRY_COMPARE(dialog->state(), State::Expired);
    QVERIFY(!copy->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "copyMessageButton")->isEnabled());
    QVERIFY(newCode->isEnabled());
    QVERIFY(newCode->isDefault());
    QVERIFY(child<QLabel>(dialog.get(), "codeLabel")->font().strikeOut());
    QVERIFY(countdownText(dialog.get()).startsWith(QLatin1String("Expired at ")));
    QCOMPARE(child<CountdownBar>(dialog.get(), "countdownBar")->value(), 0);
    Test::saveScreenshot(dialog.get(), QStringLiteral("extension-code-expired"));
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    QTest::keyClick(dialog.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));

    // Enter presses the default button: a new code.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    const QString second = waitForCode(dialog.get());
    QVERIFY(second != first);
    QVERIFY(copy->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), "codeLabel")->font().strikeOut());
    QVERIFY(countdownText(dialog.get()).startsWith(QLatin1String("Valid for ")));
}

void TestExtensionCodeDialog::newCodeIsAvailableAtAnyTime()
{
    auto dialog = openDialog();
    const QString first = waitForCode(dialog.get());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newCodeButton"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Requesting);
    const QString second = waitForCode(dialog.get());
    QVERIFY(second != first);
    int codeRequests = 0;
    for (const QJsonValue request : m_sandbox.requests())
        codeRequests += request[QLatin1String("path")].toString().endsWith(QLatin1String("/extension-token"));
    QCOMPARE(codeRequests, 2);
    QVERIFY(m_sandbox.redeem(second));
}

void TestExtensionCodeDialog::customerConnectingShowsSuccess()
{
    auto dialog = openDialog(true);
    const QString code = waitForCode(dialog.get());
    QTRY_COMPARE(m_workspace->repository()->allRecords().first().status, ConnectionStatus::Disconnected);
    QCOMPARE(dialog->state(), State::Showing);

    QVERIFY(m_sandbox.redeem(code));
    QTRY_COMPARE(dialog->state(), State::Connected);
    QCOMPARE(child<QStackedWidget>(dialog.get(), "pages")->currentWidget()->objectName(), QStringLiteral("successPage"));
    QCOMPARE(child<QLabel>(dialog.get(), "successTitle")->text(), QStringLiteral("WhatsApp is connected to %1").arg(instanceName));
    QVERIFY(child<QPushButton>(dialog.get(), "closeButton")->isDefault());
    QVERIFY(!child<QPushButton>(dialog.get(), "newCodeButton")->isVisible());
    Test::saveScreenshot(dialog.get(), QStringLiteral("extension-code-connected"));
    // Countdown and polling stop; the list shows the new status.
    QVERIFY(!dialog->findChild<QTimer *>(QStringLiteral("countdownTicker"))->isActive());
    QVERIFY(!dialog->session()->isWatching());
    QCOMPARE(m_workspace->repository()->allRecords().first().status, ConnectionStatus::Connected);
    // The clock running out after success changes nothing.
    m_clock.advance(10 * 60 * 1000);
    QCoreApplication::processEvents();
    QCOMPARE(dialog->state(), State::Connected);
}

void TestExtensionCodeDialog::timersStopWhileHidden()
{
    auto dialog = openDialog(true);
    waitForCode(dialog.get());
    auto *ticker = dialog->findChild<QTimer *>(QStringLiteral("countdownTicker"));
    QVERIFY(ticker->isActive());
    QVERIFY(dialog->session()->isWatching());
    dialog->hide();
    QVERIFY(!ticker->isActive());
    QVERIFY(!dialog->session()->isWatching());
    dialog->show();
    QVERIFY(ticker->isActive());
    QVERIFY(dialog->session()->isWatching());
}

void TestExtensionCodeDialog::cancelWhileBusy()
{
    // A new code that never comes: Cancel goes back to the code on screen (when the first
    // code never comes, Cancel closes the dialog: see the stalling rows of the fault table).
    auto dialog = openDialog();
    const QString code = waitForCode(dialog.get());
    m_sandbox.setFault(fault("hang"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newCodeButton"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Requesting);
    QTRY_VERIFY(dialog->session()->isRequestingExtensionCode());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Showing);
    QCOMPARE(child<QLabel>(dialog.get(), "codeLabel")->text(), code);
    QVERIFY(!dialog->session()->isRequestingExtensionCode());
    m_sandbox.clearFaults();
}

void TestExtensionCodeDialog::errorsSayWhatToDoAndRetry_data()
{
    // What the server's answers can do is in the fault table below; these are the errors
    // only Settings can fix.
    QTest::addColumn<QString>("clientToken");
    QTest::addColumn<int>("expected");
    QTest::newRow("Client-Token missing") << QString() << int(ErrorCode::ClientTokenMissing);
    QTest::newRow("Client-Token rejected") << QStringLiteral("wrong-token-1234") << int(ErrorCode::ClientTokenRejected);
}

void TestExtensionCodeDialog::errorsSayWhatToDoAndRetry()
{
    QFETCH(QString, clientToken);
    QFETCH(int, expected);
    Test::Catcher<Error> tokenSet;
    m_workspace->repository()->setClientToken(clientToken, m_workspace.get(), tokenSet.callback());
    QTRY_COMPARE(tokenSet.calls(), 1);
    // What /status will say (it is not the call under test), so only a code could change the list.
    QVERIFY(!m_workspace->repository()->setStatus(m_key, ConnectionStatus::Disconnected));
    const QList<InstanceRecord> before = m_workspace->repository()->allRecords();

    auto dialog = openDialog();
    QTRY_COMPARE(dialog->state(), State::Failed);
    const QString message = child<QLabel>(dialog.get(), "errorMessage")->text();
    QCOMPARE(message, Error(static_cast<ErrorCode>(expected)).message());
    QVERIFY(!clientToken.isEmpty() ? !message.contains(clientToken) : true);
    QVERIFY(!message.contains(instanceId) && !message.contains(instanceToken));
    QVERIFY(child<QPushButton>(dialog.get(), "settingsButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "retryButton")->isDefault());
    // Nothing in the list changed.
    QCOMPARE(m_workspace->repository()->allRecords(), before);

    // Fixed in Settings: Retry gets a code.
    m_workspace->repository()->setClientToken(m_sandbox.clientToken(), m_workspace.get(), tokenSet.callback());
    QTRY_COMPARE(tokenSet.calls(), 2);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "retryButton"), Qt::LeftButton);
    waitForCode(dialog.get());
}

void TestExtensionCodeDialog::everyFaultModeEndsInAnErrorOrACode_data()
{
    QTest::addColumn<QJsonObject>("sandboxFault");
    QTest::addColumn<QString>("expectedMessage"); // empty: a code is shown
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<bool>("stalls");
    QTest::addColumn<bool>("expectationKnown");

    struct Expectation
    {
        QJsonObject extra;
        Error error; // None: a code is shown
        bool stalls = false;
    };
    QHash<QString, QList<Expectation>> expectations;
    const auto expect = [&expectations](const char *mode, const Error &error, const QJsonObject &extra = {}, bool stalls = false) {
        expectations[QLatin1String(mode)].append(Expectation{extra, error, stalls});
    };
    const Error malformed(ErrorCode::MalformedResponse);
    const Error tooLarge(ErrorCode::ResponseTooLarge);
    Error rateLimited(ErrorCode::RateLimited);
    rateLimited.retryAfterSeconds = 30; // the sandbox's default Retry-After

    expect("delay", Error(), {{QStringLiteral("delayMs"), 300}});
    expect("delay", ErrorCode::Timeout, {{QStringLiteral("delayMs"), 600000}}, true);
    expect("hang", ErrorCode::Timeout, {}, true);
    expect("malformed-json", malformed);
    expect("wrong-types", malformed);
    expect("rate-limit", rateLimited);
    expect("server-error", Error(ErrorCode::ServerError, QStringLiteral("500")));
    expect("redirect", ErrorCode::RedirectBlocked, {{QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}});
    expect("oversized", tooLarge);
    expect("oversized-chunked", tooLarge);
    expect("truncated", ErrorCode::ConnectionFailed);
    expect("wrong-content-type", malformed);
    expect("non-utf8", malformed);
    expect("deep-json", tooLarge);
    expect("huge-number", malformed);
    expect("expired", ErrorCode::CodeAlreadyExpired);
    expect("far-future", malformed);
    expect("negative-expiry", malformed);
    expect("empty-token", malformed);
    expect("long-token", malformed);

    // Rows come from the sandbox's own list: a mode added there without an expectation here
    // fails, and so does an expectation for a mode it no longer has (it refuses the fault).
    QStringList modes = m_sandbox.faultModes();
    for (auto it = expectations.cbegin(); it != expectations.cend(); ++it) {
        if (!modes.contains(it.key()))
            modes.append(it.key());
    }
    for (const QString &mode : std::as_const(modes)) {
        const QList<Expectation> rows = expectations.value(mode);
        if (rows.isEmpty())
            QTest::addRow("%s: no expectation", qPrintable(mode)) << QJsonObject() << QString() << 0 << false << false;
        for (const Expectation &expectation : rows) {
            QJsonObject sandboxFault = expectation.extra;
            sandboxFault.insert(QStringLiteral("mode"), mode);
            sandboxFault.insert(QStringLiteral("endpoint"), QStringLiteral("extension-token"));
            const QString name = expectation.extra.isEmpty()
                ? mode
                : mode + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(expectation.extra).toJson(QJsonDocument::Compact));
            QTest::addRow("%s", qPrintable(name))
                << sandboxFault << expectation.error.message() << expectation.error.retryAfterSeconds
                << expectation.stalls << true;
        }
    }
}

void TestExtensionCodeDialog::everyFaultModeEndsInAnErrorOrACode()
{
    QFETCH(QJsonObject, sandboxFault);
    QFETCH(QString, expectedMessage);
    QFETCH(int, retryAfterSeconds);
    QFETCH(bool, stalls);
    QFETCH(bool, expectationKnown);

    QVERIFY2(expectationKnown, "the sandbox has a fault mode this table expects nothing of: add its row");
    m_workspace->settings().setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
    m_sandbox.setFault(sandboxFault);
    // What /status will say (it is not the call under test), so only a code could change the list.
    QVERIFY(!m_workspace->repository()->setStatus(m_key, ConnectionStatus::Disconnected));
    const QList<InstanceRecord> before = m_workspace->repository()->allRecords();

    if (stalls) {
        // While the server holds the request, the window takes clicks: Cancel closes it.
        auto cancelled = openDialog();
        QTRY_VERIFY(cancelled->session()->isRequestingExtensionCode());
        QTest::mouseClick(child<QPushButton>(cancelled.get(), "cancelButton"), Qt::LeftButton);
        QVERIFY(!cancelled->isVisible());
        QCOMPARE(cancelled->result(), int(QDialog::Rejected));
        QVERIFY(!cancelled->session()->isRequestingExtensionCode());
    }

    // Ticks that find the dialog still waiting show that the event loop runs meanwhile
    // (a dialog that blocked for the answer would be past Requesting by its first tick).
    auto dialog = openDialog();
    int ticksWhileWaiting = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] { ticksWhileWaiting += dialog->state() == State::Requesting; });
    heartbeat.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != State::Requesting, 30000);
    heartbeat.stop();
    if (stalls)
        QVERIFY(ticksWhileWaiting > 0);

    if (expectedMessage.isEmpty()) {
        QCOMPARE(dialog->state(), State::Showing);
        const QString code = child<QLabel>(dialog.get(), "codeLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(code).hasMatch(), qPrintable(code));
        QCOMPARE(m_workspace->repository()->allRecords().first().lastCodeAt, m_clock.now());
        return;
    }
    QCOMPARE(dialog->state(), State::Failed);
    QCOMPARE(child<QLabel>(dialog.get(), "errorMessage")->text(), expectedMessage);
    QVERIFY(!child<QPushButton>(dialog.get(), "settingsButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "retryButton")->isDefault());
    QCOMPARE(m_workspace->repository()->allRecords(), before);

    // The server recovers: Retry (once it is allowed) gets a code.
    m_sandbox.clearFaults();
    m_clock.advance(retryAfterSeconds * 1000LL);
    QTRY_VERIFY(child<QPushButton>(dialog.get(), "retryButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "retryButton"), Qt::LeftButton);
    waitForCode(dialog.get());
}

void TestExtensionCodeDialog::rateLimitWaitsBeforeRetry()
{
    QJsonObject rateLimit = fault("rate-limit", 1);
    rateLimit.insert(QStringLiteral("retryAfter"), 30);
    m_sandbox.setFault(rateLimit);
    auto dialog = openDialog();
    QTRY_COMPARE(dialog->state(), State::Failed);
    auto *retry = child<QPushButton>(dialog.get(), "retryButton");
    QCOMPARE(child<QLabel>(dialog.get(), "errorMessage")->text(),
             QStringLiteral("Z-API is receiving too many requests. Try again in 30 seconds."));
    QTRY_COMPARE(retry->text(), QStringLiteral("&Retry in 30 seconds"));
    QVERIFY(!retry->isEnabled());
    m_clock.advance(29000);
    QTRY_COMPARE(retry->text(), QStringLiteral("&Retry in 1 second"));
    m_clock.advance(1000);
    QTRY_VERIFY(retry->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("&Retry"));
    QTest::mouseClick(retry, Qt::LeftButton);
    waitForCode(dialog.get());
}

void TestExtensionCodeDialog::unreachableServerSaysSo()
{
    // A port nobody listens on: connection refused, at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_workspace->settings().setApiBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    auto dialog = openDialog();
    QTRY_COMPARE(dialog->state(), State::Failed);
    QCOMPARE(child<QLabel>(dialog.get(), "errorMessage")->text(), Error(ErrorCode::ConnectionFailed).message());
    // A server that accepts the connection and never answers: the "hang" row of the fault table.
}

void TestExtensionCodeDialog::clientTokenOnEveryRequest()
{
    auto dialog = openDialog(true);
    const QString code = waitForCode(dialog.get());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newCodeButton"), Qt::LeftButton);
    const QString second = waitForCode(dialog.get());
    QVERIFY(m_sandbox.redeem(second));
    QTRY_COMPARE(dialog->state(), State::Connected);

    const QJsonArray requests = m_sandbox.requests();
    int codeRequests = 0;
    int statusRequests = 0;
    for (const QJsonValue request : requests) {
        const QString path = request[QLatin1String("path")].toString();
        if (!path.startsWith(QLatin1String("/instances/")))
            continue;
        QVERIFY2(path.startsWith(QStringLiteral("/instances/%1/token/%2/").arg(instanceId, instanceToken)), qPrintable(path));
        QCOMPARE(request[QLatin1String("headers")][QLatin1String("client-token")].toString(), m_sandbox.clientToken());
        codeRequests += path.endsWith(QLatin1String("/extension-token"));
        statusRequests += path.endsWith(QLatin1String("/status"));
    }
    QCOMPARE(codeRequests, 2);
    QVERIFY(statusRequests >= 1);
}

QTEST_MAIN(TestExtensionCodeDialog)
#include "tst_extensioncodedialog.moc"
