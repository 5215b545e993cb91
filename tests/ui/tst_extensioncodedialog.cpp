// The extension code dialog against the real sandbox process and a real Secret Service,
// with a hand-moved clock: no test waits for real minutes to pass.
// The states the README shows are saved as PNG files for docs/screenshots (ScreenshotSupport.h).
#include "Appearance.h"
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
#include "zapi/ExtensionFlow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontInfo>
#include <QHideEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtTest/qtestspontaneevent.h>

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

    void opensOnThePreparationPage();
    void preparationMessageIsInTheCustomersLanguage();
    void cancellingTheFirstCodeGoesBackToPreparing();
    void showsTheSandboxCode();
    void codeReadsWellOverThePhone();
    void copyPutsExactlyTheCodeOnTheClipboard();
    void copyMessageIsInTheCustomersLanguage();
    void messageGivesTheTimeLeft_data();
    void messageGivesTheTimeLeft();
    void countdownFollowsTheClock();
    void countdownCorrectsASkewedServerClock_data();
    void countdownCorrectsASkewedServerClock();
    void expiryDisablesCopyAndOffersANewCode();
    void copiedTextLeavesTheClipboardAtExpiry_data();
    void copiedTextLeavesTheClipboardAtExpiry();
    void whatTheAgentCopiedSinceStaysAtExpiry_data();
    void whatTheAgentCopiedSinceStaysAtExpiry();
    void closedWindowStillClearsTheClipboardAtExpiry();
    void connectingTakesTheSpentCodeOffTheClipboard();
    void newCodeIsAvailableAtAnyTime();
    void customerConnectingShowsSuccess();
    void signalsForTheAgentsAttention();
    void timersStopWhileHidden();
    void minimisedKeepsWatching();
    void cancelWhileBusy();
    void errorsSayWhatToDoAndRetry_data();
    void errorsSayWhatToDoAndRetry();
    void everyFaultModeEndsInAnErrorOrACode_data();
    void everyFaultModeEndsInAnErrorOrACode();
    void rateLimitWaitsBeforeRetry();
    void nothingAsksDuringARetryAfterWait();
    void unreachableServerSaysSo();
    void clientTokenOnEveryRequest();

private:
    // Opens on the preparation page, as the agent finds it.
    std::unique_ptr<ExtensionCodeDialog> openDialog(bool fastPolling = false);
    // Opens and asks for a code at once, as when the customer is ready.
    std::unique_ptr<ExtensionCodeDialog> openAndGenerate(bool fastPolling = false);
    QString waitForCode(ExtensionCodeDialog *dialog);
    // Requests the sandbox has received for a code.
    int codeRequests();
    // Proof that nothing else was sent: round trips through the same sandbox, by a session of
    // their own, after which anything the dialog had sent before would have arrived.
    void letTheSandboxTick();
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
    Test::applyAppLook();
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
    // Enter, mnemonics and focus need an active window.
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qFatal("the dialog never became the active window");
    return dialog;
}

std::unique_ptr<ExtensionCodeDialog> TestExtensionCodeDialog::openAndGenerate(bool fastPolling)
{
    auto dialog = openDialog(fastPolling);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
    return dialog;
}

int TestExtensionCodeDialog::codeRequests()
{
    int count = 0;
    for (const QJsonValue request : m_sandbox.requests())
        count += request[QLatin1String("path")].toString().endsWith(QLatin1String("/extension-token"));
    return count;
}

void TestExtensionCodeDialog::letTheSandboxTick()
{
    ConnectionSession ticker(m_workspace->repository(), m_workspace->client(), m_workspace->clock(), m_key);
    QSignalSpy answered(&ticker, &ConnectionSession::statusReady);
    for (int round = 1; round <= 3; ++round) {
        ticker.requestStatus();
        QTRY_COMPARE(answered.size(), round);
    }
}

QString TestExtensionCodeDialog::waitForCode(ExtensionCodeDialog *dialog)
{
    [&] { QTRY_COMPARE(dialog->state(), State::Showing); }();
    return child<QLabel>(dialog, "codeLabel")->text();
}

void TestExtensionCodeDialog::opensOnThePreparationPage()
{
    auto dialog = openDialog();
    QCOMPARE(dialog->state(), State::Preparing);
    QCOMPARE(child<QStackedWidget>(dialog.get(), "pages")->currentWidget()->objectName(), QStringLiteral("preparationPage"));
    const QString needs = child<QLabel>(dialog.get(), "preparationLabel")->text();
    QVERIFY2(needs.contains(QLatin1String("A computer with Google Chrome")), qPrintable(needs));
    QVERIFY(needs.contains(QLatin1String("https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn")));
    QVERIFY(needs.contains(QLatin1String("https://web.whatsapp.com/")));
    QVERIFY(child<QLabel>(dialog.get(), "stepsLabel")->isVisible());
    auto *generate = child<QPushButton>(dialog.get(), "generateButton");
    QVERIFY(generate->isDefault());
    QVERIFY(generate->hasFocus());
    QVERIFY(!child<QPushButton>(dialog.get(), "newCodeButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "copyPreparationButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog.get(), "copyMessageButton")->isVisible());
    Test::saveScreenshot(dialog.get(), QStringLiteral("extension-code-preparation"));

    // No code until the customer is ready: it would be running out while they install things.
    letTheSandboxTick();
    QCOMPARE(codeRequests(), 0);
    QVERIFY(!m_workspace->repository()->allRecords().first().lastCodeAt.isValid());

    // Enter presses Generate code: one request, one code.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(dialog->state(), State::Requesting);
    const QString code = waitForCode(dialog.get());
    QCOMPARE(codeRequests(), 1);
    QVERIFY(!child<QPushButton>(dialog.get(), "copyPreparationButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "copyMessageButton")->isVisible());
    QVERIFY(m_sandbox.redeem(code));
}

void TestExtensionCodeDialog::preparationMessageIsInTheCustomersLanguage()
{
    m_workspace->settings().setCustomerLanguage(QStringLiteral("es"));
    auto dialog = openDialog();
    auto *language = child<QComboBox>(dialog.get(), "customerLanguageCombo");
    QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
    auto *copy = child<QPushButton>(dialog.get(), "copyPreparationButton");

    const struct {
        const char *language;
        const char *computer;
        const char *whenReady;
    } expectations[] = {
        {"es", "Usa una computadora con Google Chrome", "Cuando tengas todo listo, avísame"},
        {"pt_BR", "Use um computador com o Google Chrome", "Quando estiver tudo pronto, me avise"},
        {"en", "Use a computer with Google Chrome", "When everything is ready, let me know"},
    };
    for (const auto &expected : expectations) {
        language->setCurrentIndex(language->findData(QString::fromLatin1(expected.language)));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString message = QGuiApplication::clipboard()->text();
        QCOMPARE(message, ExtensionFlow::preparationMessage(QString::fromLatin1(expected.language)));
        QVERIFY2(message.contains(QString::fromUtf8(expected.computer)), qPrintable(message));
        QVERIFY2(message.contains(QString::fromUtf8(expected.whenReady)), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn")));
        QVERIFY(message.contains(QLatin1String("https://web.whatsapp.com/")));
        QVERIFY(!message.contains(instanceId) && !message.contains(instanceToken) && !message.contains(m_sandbox.clientToken()));
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
    }
    letTheSandboxTick();
    QCOMPARE(codeRequests(), 0);
}

void TestExtensionCodeDialog::cancellingTheFirstCodeGoesBackToPreparing()
{
    m_sandbox.setFault(fault("hang"));
    auto dialog = openAndGenerate();
    QCOMPARE(dialog->state(), State::Requesting);
    QTRY_VERIFY(dialog->session()->isRequestingExtensionCode());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(dialog->state(), State::Preparing);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->session()->isRequestingExtensionCode());
    QVERIFY(child<QPushButton>(dialog.get(), "generateButton")->isDefault());
    m_sandbox.clearFaults();
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    waitForCode(dialog.get());
}

void TestExtensionCodeDialog::showsTheSandboxCode()
{
    auto dialog = openAndGenerate();
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

void TestExtensionCodeDialog::codeReadsWellOverThePhone()
{
    auto dialog = openAndGenerate();
    const QString code = waitForCode(dialog.get());
    auto *codeLabel = child<QLabel>(dialog.get(), "codeLabel");
    // The embedded font whatever the system has (its glyphs: tst_connectdialog).
    QCOMPARE(QFontInfo(codeLabel->font()).family(), QStringLiteral("Fira Code"));
    // Spelled out for a tooltip and a screen reader; the name stays the code itself.
    QCOMPARE(Appearance::spelledCode(QStringLiteral("A0-O1Il")),
             QStringLiteral("A 0 (zero) - O (letter O) 1 (one) I (capital i) l (small L)"));
    const QString spelled = Appearance::spelledCode(code);
    QVERIFY(codeLabel->toolTip().contains(spelled));
    QVERIFY(codeLabel->accessibleDescription().contains(spelled));
    QCOMPARE(codeLabel->accessibleName(), code);
}

void TestExtensionCodeDialog::copyPutsExactlyTheCodeOnTheClipboard()
{
    auto dialog = openAndGenerate();
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
    auto dialog = openAndGenerate();
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

void TestExtensionCodeDialog::messageGivesTheTimeLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("secondsLeft");
    QTest::addColumn<QString>("validity");
    // Whole minutes, rounded down: never more than there is.
    QTest::newRow("pt_BR 4:59") << QStringLiteral("pt_BR") << 299 << QStringLiteral("Este código é válido por 4 minutos.");
    QTest::newRow("es 4:59") << QStringLiteral("es") << 299 << QStringLiteral("Este código es válido por 4 minutos.");
    QTest::newRow("en 4:59") << QStringLiteral("en") << 299 << QStringLiteral("This code is valid for 4 minutes.");
    QTest::newRow("pt_BR 1:59") << QStringLiteral("pt_BR") << 119 << QStringLiteral("Este código é válido por 1 minuto.");
    QTest::newRow("en 1:00") << QStringLiteral("en") << 60 << QStringLiteral("This code is valid for 1 minute.");
    QTest::newRow("pt_BR 0:59") << QStringLiteral("pt_BR") << 59
                                << QStringLiteral("Este código é válido por menos de 1 minuto: digite agora ou me peça um novo.");
    QTest::newRow("es 0:30") << QStringLiteral("es") << 30
                             << QStringLiteral("Este código es válido por menos de 1 minuto: escríbelo ahora o pídeme uno nuevo.");
    QTest::newRow("en 0:01") << QStringLiteral("en") << 1
                             << QStringLiteral("This code is valid for less than a minute: type it now or ask me for a new one.");
}

void TestExtensionCodeDialog::messageGivesTheTimeLeft()
{
    QFETCH(QString, language);
    QFETCH(int, secondsLeft);
    QFETCH(QString, validity);
    auto dialog = openAndGenerate();
    const QString code = waitForCode(dialog.get());
    m_clock.setMSecsSinceEpoch(dialog->session()->extensionCode()->localExpiresAtMs() - secondsLeft * 1000LL);
    auto *combo = child<QComboBox>(dialog.get(), "customerLanguageCombo");
    combo->setCurrentIndex(combo->findData(language));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyMessageButton"), Qt::LeftButton);
    const QString message = QGuiApplication::clipboard()->text();
    QVERIFY2(message.endsWith(validity), qPrintable(message));
    QVERIFY(message.contains(code));
    QVERIFY(message.contains(QLatin1String("Google Chrome")));
    // No clock time: 14:32 in São Paulo is 13:32 in Manaus.
    QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d"))), qPrintable(message));
}

void TestExtensionCodeDialog::countdownFollowsTheClock()
{
    auto dialog = openAndGenerate();
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
    auto dialog = openAndGenerate();
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
    auto dialog = openAndGenerate();
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

// The two copy buttons of a code: the code alone, and the message that carries it.
static void addCopyButtons()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("code") << QStringLiteral("copyButton");
    QTest::newRow("message") << QStringLiteral("copyMessageButton");
}

void TestExtensionCodeDialog::copiedTextLeavesTheClipboardAtExpiry_data()
{
    addCopyButtons();
}

void TestExtensionCodeDialog::copiedTextLeavesTheClipboardAtExpiry()
{
    QFETCH(QString, button);
    auto dialog = openAndGenerate();
    const QString code = waitForCode(dialog.get());
    const qint64 expiresAtMs = dialog->session()->extensionCode()->localExpiresAtMs();
    QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(code), qPrintable(copied));

    // Still there while the code is good, to the last second.
    m_clock.setMSecsSinceEpoch(expiresAtMs - 1000);
    QTRY_VERIFY(countdownText(dialog.get()).contains(QLatin1String(": 0:01 ")));
    QCOMPARE(QGuiApplication::clipboard()->text(), copied);

    m_clock.setMSecsSinceEpoch(expiresAtMs);
    QTRY_COMPARE(dialog->state(), State::Expired);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
}

void TestExtensionCodeDialog::whatTheAgentCopiedSinceStaysAtExpiry_data()
{
    addCopyButtons();
}

void TestExtensionCodeDialog::whatTheAgentCopiedSinceStaysAtExpiry()
{
    QFETCH(QString, button);
    auto dialog = openAndGenerate();
    waitForCode(dialog.get());
    QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    // The agent moved on: another customer's address, say.
    QGuiApplication::clipboard()->setText(QStringLiteral("Rua das Flores, 12"));

    m_clock.setMSecsSinceEpoch(dialog->session()->extensionCode()->localExpiresAtMs());
    QTRY_COMPARE(dialog->state(), State::Expired);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Rua das Flores, 12"));
}

void TestExtensionCodeDialog::closedWindowStillClearsTheClipboardAtExpiry()
{
    auto dialog = openAndGenerate();
    const QString code = waitForCode(dialog.get());
    // A second and a half left, so the real time to wait for below stays short.
    m_clock.setMSecsSinceEpoch(dialog->session()->extensionCode()->localExpiresAtMs() - 1500);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);

    // Closed and gone, as the main window's code windows are (WA_DeleteOnClose): the agent
    // may paste after closing, so the code stays until it expires...
    QVERIFY(dialog->close());
    dialog.reset();
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    // ...and then goes, with nobody left to watch the clock but the application.
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString());
}

void TestExtensionCodeDialog::connectingTakesTheSpentCodeOffTheClipboard()
{
    auto dialog = openAndGenerate(true);
    const QString code = waitForCode(dialog.get());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QVERIFY(m_sandbox.redeem(code));
    QTRY_COMPARE(dialog->state(), State::Connected);
    // Once connected the countdown stops, so it could not take the code off at expiry.
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
}

void TestExtensionCodeDialog::newCodeIsAvailableAtAnyTime()
{
    auto dialog = openAndGenerate();
    const QString first = waitForCode(dialog.get());
    // By its mnemonic, which it shares with the hidden "Generate code" of the preparation page
    // (a mnemonic "clicks" a moment later: the press is animated).
    QTest::keyClick(dialog.get(), Qt::Key_G, Qt::AltModifier);
    QTRY_COMPARE(codeRequests(), 2);
    const QString second = waitForCode(dialog.get());
    QVERIFY(second != first);
    QVERIFY(m_sandbox.redeem(second));
}

void TestExtensionCodeDialog::customerConnectingShowsSuccess()
{
    auto dialog = openAndGenerate(true);
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

void TestExtensionCodeDialog::signalsForTheAgentsAttention()
{
    auto dialog = openDialog(true);
    QCOMPARE(dialog->instance(), m_key);
    QSignalSpy connected(dialog.get(), &ExtensionCodeDialog::customerConnected);
    QSignalSpy expiringSoon(dialog.get(), &ExtensionCodeDialog::codeExpiringSoon);
    QSignalSpy expired(dialog.get(), &ExtensionCodeDialog::codeExpired);
    QSignalSpy ticks(dialog->findChild<QTimer *>(QStringLiteral("countdownTicker")), &QTimer::timeout);
    const auto tick = [&ticks] {
        const qsizetype before = ticks.size();
        QTRY_VERIFY(ticks.size() >= before + 2);
    };
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    waitForCode(dialog.get());
    const ExtensionCode first = *dialog->session()->extensionCode();

    m_clock.setMSecsSinceEpoch(first.localExpiresAtMs() - 61000);
    tick();
    QCOMPARE(expiringSoon.size(), 0);
    m_clock.setMSecsSinceEpoch(first.localExpiresAtMs() - 60000);
    QTRY_COMPARE(expiringSoon.size(), 1);
    m_clock.setMSecsSinceEpoch(first.localExpiresAtMs() - 30000);
    tick();
    QCOMPARE(expiringSoon.size(), 1);
    QCOMPARE(expired.size(), 0);
    m_clock.setMSecsSinceEpoch(first.localExpiresAtMs());
    QTRY_COMPARE(expired.size(), 1);
    m_clock.advance(60000);
    tick();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expiringSoon.size(), 1);

    // A new code has its own last minute (here, straight away) and its own expiry.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    const QString second = waitForCode(dialog.get());
    m_clock.setMSecsSinceEpoch(dialog->session()->extensionCode()->localExpiresAtMs() - 10000);
    QTRY_COMPARE(expiringSoon.size(), 2);
    QCOMPARE(connected.size(), 0);
    QVERIFY(m_sandbox.redeem(second));
    QTRY_COMPARE(connected.size(), 1);
    letTheSandboxTick();
    m_clock.advance(60000);
    QCoreApplication::processEvents();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(expired.size(), 1); // connected in time: this code never expired on screen
}

void TestExtensionCodeDialog::timersStopWhileHidden()
{
    auto dialog = openAndGenerate(true);
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

// An agent who minimises the window to help someone else must still hear this customer.
void TestExtensionCodeDialog::minimisedKeepsWatching()
{
    auto dialog = openAndGenerate(true);
    const QString code = waitForCode(dialog.get());
    QSignalSpy connected(dialog.get(), &ExtensionCodeDialog::customerConnected);
    // What the window system sends when the window is minimised.
    QHideEvent minimised;
    QSpontaneKeyEvent::setSpontaneous(&minimised);
    QApplication::instance()->notify(dialog.get(), &minimised);
    QVERIFY(dialog->findChild<QTimer *>(QStringLiteral("countdownTicker"))->isActive());
    QVERIFY(dialog->session()->isWatching());
    QVERIFY(m_sandbox.redeem(code));
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(dialog->state(), State::Connected);
}

void TestExtensionCodeDialog::cancelWhileBusy()
{
    // A new code that never comes: Cancel goes back to the code on screen (when the first
    // code never comes, Cancel closes the dialog: see the stalling rows of the fault table).
    auto dialog = openAndGenerate();
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

    auto dialog = openAndGenerate();
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
    // One byte every half second: only the deadline on the whole request ends it.
    expect("slow-body", ErrorCode::Timeout, {}, true);
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
                << sandboxFault << Appearance::problemMessage(expectation.error) << expectation.error.retryAfterSeconds
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
        // While the server holds the request, the window takes clicks: Cancel goes back to
        // getting ready, with nothing left running.
        auto cancelled = openAndGenerate();
        QTRY_VERIFY(cancelled->session()->isRequestingExtensionCode());
        QTest::mouseClick(child<QPushButton>(cancelled.get(), "cancelButton"), Qt::LeftButton);
        QCOMPARE(cancelled->state(), State::Preparing);
        QVERIFY(!cancelled->session()->isRequestingExtensionCode());
    }

    // Ticks that find the dialog still waiting show that the event loop runs meanwhile
    // (a dialog that blocked for the answer would be past Requesting by its first tick).
    auto dialog = openAndGenerate();
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
    auto dialog = openAndGenerate();
    QTRY_COMPARE(dialog->state(), State::Failed);
    auto *retry = child<QPushButton>(dialog.get(), "retryButton");
    // The seconds are on the button, counting down; in the message they would go stale.
    QCOMPARE(child<QLabel>(dialog.get(), "errorMessage")->text(),
             QStringLiteral("Z-API is receiving too many requests. Wait a moment and try again."));
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

void TestExtensionCodeDialog::nothingAsksDuringARetryAfterWait()
{
    // A code on screen, then "Generate new code" meets a 429: the case where Enter on the
    // default button used to send again at once.
    auto dialog = openAndGenerate();
    waitForCode(dialog.get());
    QJsonObject rateLimit = fault("rate-limit", 1);
    rateLimit.insert(QStringLiteral("retryAfter"), 30);
    m_sandbox.setFault(rateLimit);
    auto *newCode = child<QPushButton>(dialog.get(), "newCodeButton");
    QTest::mouseClick(newCode, Qt::LeftButton);
    QTRY_COMPARE(dialog->state(), State::Failed);
    QCOMPARE(codeRequests(), 2);
    auto *retry = child<QPushButton>(dialog.get(), "retryButton");
    QVERIFY(retry->isDefault());
    QVERIFY(newCode->isVisible());

    // Every way to ask: the buttons, Enter on the default one, their mnemonics, the slot
    // Settings calls.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTest::mouseClick(newCode, Qt::LeftButton);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QTest::keyClick(dialog.get(), Qt::Key_Enter);
    QTest::keyClick(dialog.get(), Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(dialog.get(), Qt::Key_G, Qt::AltModifier);
    dialog->requestNewCode();
    QCOMPARE(dialog->state(), State::Failed);
    letTheSandboxTick();
    QCOMPARE(codeRequests(), 2);
    QVERIFY(!retry->isEnabled());
    QVERIFY(!newCode->isEnabled());

    // The wait counts down, then the default button asks again.
    m_clock.advance(18000);
    QTRY_COMPARE(retry->text(), QStringLiteral("&Retry in 12 seconds"));
    QCOMPARE(codeRequests(), 2);
    m_clock.advance(12000);
    QTRY_VERIFY(retry->isEnabled());
    QVERIFY(newCode->isEnabled());
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    waitForCode(dialog.get());
    QCOMPARE(codeRequests(), 3);
}

void TestExtensionCodeDialog::unreachableServerSaysSo()
{
    // A port nobody listens on: connection refused, at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_workspace->settings().setApiBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    auto dialog = openAndGenerate();
    QTRY_COMPARE(dialog->state(), State::Failed);
    QCOMPARE(child<QLabel>(dialog.get(), "errorMessage")->text(), Error(ErrorCode::ConnectionFailed).message());
    // A server that accepts the connection and never answers: the "hang" row of the fault table.
}

void TestExtensionCodeDialog::clientTokenOnEveryRequest()
{
    auto dialog = openAndGenerate(true);
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
