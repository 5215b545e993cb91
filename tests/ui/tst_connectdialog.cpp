// The QR code / phone code dialog against the real sandbox process and a real Secret
// Service. Refreshes and status polls run on short intervals (test hooks) instead of 15 s
// and 3 s; every wait is for something the sandbox or the dialog really did.
//
// The dialog's interesting states are saved as PNG files for docs/screenshots (ScreenshotSupport.h).
#include "Appearance.h"
#include "ConnectDialog.h"

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "SandboxProcess.h"
#include "ScreenshotSupport.h"

#include "Workspace.h"
#include "util/PhoneNumbers.h"
#include "util/Translations.h"
#include "zapi/ConnectionSession.h"
#include "zapi/ExtensionFlow.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QFrame>
#include <QHideEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>

using namespace PartnerDesk;

namespace {

const QString instanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString instanceToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");
const QString instanceName = QStringLiteral("Padaria Pão de Mel");
const QString instancePhone = QStringLiteral("5511987654321");
// Polled by a session of its own while the test waits for proof that the dialog stopped.
const QString otherId = QStringLiteral("0011223344556677AABBCCDDEEFF0011");
const QString otherToken = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");

constexpr int never = 600000; // an interval no test outlives

QJsonObject fault(const char *mode, const char *endpoint)
{
    return {{QStringLiteral("mode"), QLatin1String(mode)}, {QStringLiteral("endpoint"), QLatin1String(endpoint)}};
}

QJsonObject rateLimit(const char *endpoint)
{
    QJsonObject once = fault("rate-limit", endpoint);
    once.insert(QStringLiteral("times"), 1);
    once.insert(QStringLiteral("retryAfter"), 30);
    return once;
}

// A character drawn large in `font`, cropped to its ink and stretched to one size, in black
// and white: what is left is its shape. A narrow 0 and a round O come out the same; so do an
// I and an l that are both plain bars, whatever their heights.
QImage glyphShape(QFont font, QChar character)
{
    font.setPixelSize(96);
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    QImage canvas(192, 192, QImage::Format_Grayscale8);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(canvas.rect(), Qt::AlignCenter, QString(character));
    painter.end();
    QRect ink;
    for (int y = 0; y < canvas.height(); ++y) {
        for (int x = 0; x < canvas.width(); ++x) {
            if (qGray(canvas.pixel(x, y)) < 128)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return canvas.copy(ink).scaled(24, 36, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

bool isInk(const QImage &shape, int x, int y)
{
    return qGray(shape.pixel(x, y)) < 128;
}

// How much two shapes differ: the share of their ink that is not shared (0 for the same shape).
double shapeDifference(const QImage &a, const QImage &b)
{
    int both = 0;
    int either = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            both += isInk(a, x, y) && isInk(b, x, y);
            either += isInk(a, x, y) || isInk(b, x, y);
        }
    }
    return either == 0 ? 0 : 1.0 - double(both) / either;
}

// A slash or a dot inside the counter: what tells a zero from an O of the same outline.
bool inkInTheMiddle(const QImage &shape)
{
    for (int y = shape.height() * 2 / 5; y < shape.height() * 3 / 5; ++y) {
        for (int x = shape.width() * 2 / 5; x < shape.width() * 3 / 5; ++x) {
            if (isInk(shape, x, y))
                return true;
        }
    }
    return false;
}

// The shapes a code font must keep apart for a code read out over the phone.
QStringList confusableIn(const QFont &font)
{
    QStringList confusable;
    if (!inkInTheMiddle(glyphShape(font, u'0')) || inkInTheMiddle(glyphShape(font, u'O')))
        confusable << QStringLiteral("0/O");
    const QString bars = QStringLiteral("1IlL");
    for (int i = 0; i < bars.size(); ++i) {
        for (int j = i + 1; j < bars.size(); ++j) {
            if (shapeDifference(glyphShape(font, bars[i]), glyphShape(font, bars[j])) < 0.2)
                confusable << QStringLiteral("%1/%2").arg(bars[i]).arg(bars[j]);
        }
    }
    return confusable;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void qrCodeAppearsLargeAndCrisp();
    void smallQrCodeIsEnlargedCrisply();
    void refreshFetchesANewImage();
    void stopsAfterThreeRefreshesAndOffersANewRound();
    void qrPausesOnThePhoneTab();
    void phoneCodeIsShownAndCopied();
    void phoneCodeReadsWellOverThePhone();
    void phoneMessageIsInTheCustomersLanguage();
    void invalidPhoneIsRefusedWithoutARequest_data();
    void invalidPhoneIsRefusedWithoutARequest();
    void connectingShowsSuccessAndStopsPolling();
    void connectingTakesTheSpentPhoneCodeOffTheClipboard_data();
    void connectingTakesTheSpentPhoneCodeOffTheClipboard();
    void minimisedKeepsWatchingButPausesTheQrCode();
    void alreadyConnectedShowsSuccessAtOnce();
    void extensionButtonAsksForTheExtensionFlow();
    void serverErrorsShowTheMessageAndRetryWorks();
    void missingClientTokenSaysWhereToSetIt();
    void nothingAsksForAQrCodeDuringARetryAfterWait();
    void nothingAsksForAPhoneCodeDuringARetryAfterWait();
    void escapeClosesAndStopsWatching();
    void coloursFollowTheDesktopPalette();

private:
    void setUpInstances(const QString &clientToken);
    ConnectDialog *openDialog(int qrRefreshMs = never, int statusPollMs = never);
    void waitForQrImage();
    void showPhoneTab();
    // Proof that nothing else was sent: another instance's session polls a few times in
    // the meantime, each poll a full round trip through the same sandbox.
    void letTheSandboxTick();
    // Requests for the dialog's instance whose path contains `fragment`.
    int requestsTo(const QString &fragment);
    // What was already on its way has arrived after one tick; nothing new may during a second.
    void expectNoMoreRequests(const QString &fragment);
    void screenshot(const QString &name);
    void checkNoSecretShown();
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString currentQrPage() const { return child<QStackedWidget>("qrStack")->currentWidget()->objectName(); }

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_sandboxDir;
    // Only Retry-After waits follow it; QR refreshes and polls run on timers.
    ManualClock m_clock;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectDialog> m_dialog;
    QUuid m_key;
    QUuid m_otherKey;
    bool m_expectClientToken = true;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        m_sandboxDir,
        QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                               {QStringLiteral("token"), instanceToken},
                               {QStringLiteral("name"), instanceName},
                               {QStringLiteral("phone"), instancePhone}},
                   QJsonObject{{QStringLiteral("id"), otherId},
                               {QStringLiteral("token"), otherToken},
                               {QStringLiteral("name"), QStringLiteral("Oficina do Zé")}}});
    QVERIFY(!instances.isEmpty());
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(m_sandbox.errorString()));
}

void TestConnectDialog::init()
{
    m_sandbox.reset();
    m_expectClientToken = true;
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock.setMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
    QVERIFY(!m_workspace->open());
    m_workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
    setUpInstances(m_sandbox.clientToken());
}

void TestConnectDialog::cleanup()
{
    if (m_dialog)
        checkNoSecretShown();
    m_dialog.reset();
    const QJsonArray requests = m_sandbox.requests();
    for (const QJsonValue &request : requests) {
        const QString sent = request[QLatin1String("headers")][QLatin1String("client-token")].toString();
        const QString path = request[QLatin1String("path")].toString();
        if (m_expectClientToken)
            QVERIFY2(sent == m_sandbox.clientToken(), qPrintable(QStringLiteral("no Client-Token on a request")));
        else
            QVERIFY(sent.isEmpty());
        QVERIFY2(path.startsWith(QLatin1String("/instances/")), "only Z-API calls reach the sandbox");
    }
    m_workspace.reset();
    Test::wipeProfile(m_profile);
}

void TestConnectDialog::setUpInstances(const QString &clientToken)
{
    InstanceRepository *repository = m_workspace->repository();
    const auto add = [&](const QString &name, const QString &phone, const InstanceSecrets &secrets, QUuid *key) {
        Test::Catcher<Error, QUuid> added;
        InstanceRecord record;
        record.name = name;
        record.phone = phone;
        repository->addInstance(record, secrets, m_workspace.get(), added.callback());
        QTRY_COMPARE(added.calls(), 1);
        QVERIFY(!added.error());
        *key = added.get<1>();
    };
    add(instanceName, instancePhone, {instanceId, instanceToken}, &m_key);
    add(QStringLiteral("Oficina do Zé"), {}, {otherId, otherToken}, &m_otherKey);
    Test::Catcher<Error> tokenSet;
    repository->setClientToken(clientToken, m_workspace.get(), tokenSet.callback());
    QTRY_COMPARE(tokenSet.calls(), 1);
    QVERIFY(!tokenSet.error());
}

ConnectDialog *TestConnectDialog::openDialog(int qrRefreshMs, int statusPollMs)
{
    m_dialog = std::make_unique<ConnectDialog>(m_workspace.get(), m_key);
    m_dialog->setQrRefreshInterval(qrRefreshMs);
    m_dialog->session()->setStatusPollInterval(statusPollMs);
    m_dialog->show();
    // Mnemonics and focus need an active window (asked for: Xvfb has no window manager).
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog.get()))
        qFatal("the dialog never became the active window");
    return m_dialog.get();
}

void TestConnectDialog::waitForQrImage()
{
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrImagePage"));
    QVERIFY(!child<QLabel>("qrImageLabel")->pixmap().isNull());
}

void TestConnectDialog::showPhoneTab()
{
    // By its mnemonic, as a keyboard user would.
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(child<QTabWidget>("tabs")->currentWidget()->objectName(), QStringLiteral("phoneTab"));
}

void TestConnectDialog::letTheSandboxTick()
{
    ConnectionSession ticker(m_workspace->repository(), m_workspace->client(), m_workspace->clock(), m_otherKey);
    ticker.setStatusPollInterval(20);
    QSignalSpy polls(&ticker, &ConnectionSession::statusReady);
    ticker.startWatching();
    QTRY_VERIFY(polls.size() >= 3);
}

int TestConnectDialog::requestsTo(const QString &fragment)
{
    int count = 0;
    const QJsonArray requests = m_sandbox.requests();
    for (const QJsonValue &request : requests) {
        const QString path = request[QLatin1String("path")].toString();
        if (path.startsWith(QLatin1String("/instances/") + instanceId + u'/') && path.contains(fragment))
            ++count;
    }
    return count;
}

void TestConnectDialog::expectNoMoreRequests(const QString &fragment)
{
    letTheSandboxTick();
    const int before = requestsTo(fragment);
    letTheSandboxTick();
    QCOMPARE(requestsTo(fragment), before);
}

void TestConnectDialog::screenshot(const QString &name)
{
    Test::saveScreenshot(m_dialog.get(), name);
}

void TestConnectDialog::checkNoSecretShown()
{
    QStringList texts{m_dialog->windowTitle()};
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QString &text : std::as_const(texts)) {
        for (const QString &secret : {instanceId, instanceToken, m_sandbox.clientToken()})
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("a secret is shown in: ") + text));
    }
}

void TestConnectDialog::qrCodeAppearsLargeAndCrisp()
{
    m_dialog = std::make_unique<ConnectDialog>(m_workspace.get(), m_key);
    QSignalSpy ready(m_dialog->session(), &ConnectionSession::qrCodeReady);
    m_dialog->show();
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Connect WhatsApp — Padaria Pão de Mel"));
    QCOMPARE(child<QTabWidget>("tabs")->currentWidget()->objectName(), QStringLiteral("qrTab"));
    QCOMPARE(currentQrPage(), QStringLiteral("qrLoadingPage"));
    QVERIFY(child<QProgressBar>("qrBusyBar")->isVisible());

    waitForQrImage();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1);
    const QPixmap shown = child<QLabel>("qrImageLabel")->pixmap();
    QVERIFY(shown.deviceIndependentSize().width() >= ConnectDialog::minimumQrSide);
    QVERIFY(shown.deviceIndependentSize().height() >= ConnectDialog::minimumQrSide);
    // Nothing cut off: the whole code fits its label, at any scale.
    const QSize room = child<QLabel>("qrImageLabel")->contentsRect().size();
    QVERIFY2(room.width() >= shown.deviceIndependentSize().width() && room.height() >= shown.deviceIndependentSize().height(),
             qPrintable(QStringLiteral("%1x%2 in %3x%4").arg(shown.deviceIndependentSize().width()).arg(shown.deviceIndependentSize().height()).arg(room.width()).arg(room.height())));
    // Sharp modules: nearest-neighbour scaling, pixel for pixel (a whole multiple at 100% and 200%).
    const QImage original = QImage::fromData(ready.first().first().value<QrCode>().png, "PNG");
    QVERIFY(!original.isNull());
    if (qFuzzyCompare(shown.devicePixelRatio(), 1.0))
        QCOMPARE(shown.width() % original.width(), 0);
    QImage enlarged = original.scaled(shown.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                          .convertToFormat(QImage::Format_ARGB32);
    enlarged.setDevicePixelRatio(shown.devicePixelRatio()); // drawn for the screen's scale (screenshots.sh)
    QCOMPARE(shown.toImage().convertToFormat(QImage::Format_ARGB32), enlarged);

    const QString steps = child<QLabel>("qrInstructions")->text();
    QVERIFY(steps.contains(QLatin1String("Linked devices")));
    QVERIFY(steps.contains(QLatin1String("Link a device")));
    QVERIFY(child<QLabel>("qrCountdownLabel")->text().startsWith(QLatin1String("Refreshes in ")));
    QVERIFY(child<QFrame>("noticeFrame")->isVisible());
    QCOMPARE(child<QLabel>("watchLabel")->text(), QStringLiteral("Waiting for the customer to link WhatsApp…"));
    screenshot(QStringLiteral("connect-qr"));
}

void TestConnectDialog::smallQrCodeIsEnlargedCrisply()
{
    // The sandbox always draws 296 px codes, which need no enlargement; a smaller one is
    // handed to the dialog the way the session would, before the sandbox's own arrives.
    QImage modules(37, 37, QImage::Format_RGB32);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x)
            modules.setPixel(x, y, (x * 7 + y * 13) % 5 < 2 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    }
    const QImage small = modules.scaled(modules.size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(small.save(&buffer, "PNG"));

    m_dialog = std::make_unique<ConnectDialog>(m_workspace.get(), m_key);
    m_dialog->show();
    emit m_dialog->session()->qrCodeReady(QrCode{png});
    QCOMPARE(currentQrPage(), QStringLiteral("qrImagePage"));
    const QPixmap shown = child<QLabel>("qrImageLabel")->pixmap();
    QVERIFY(shown.deviceIndependentSize().width() >= ConnectDialog::minimumQrSide);
    QCOMPARE(shown.width() % small.width(), 0);
    const int factor = shown.width() / small.width();
    QVERIFY(factor >= 2);
    QCOMPARE(shown.toImage().convertToFormat(QImage::Format_RGB32),
             small.scaled(small.size() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    // The sandbox's code, still on its way, replaces nothing: a code is shown its full 15 s.
    QTRY_COMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1);
    letTheSandboxTick();
    QCOMPARE(child<QLabel>("qrImageLabel")->pixmap().toImage(), shown.toImage());
}

void TestConnectDialog::refreshFetchesANewImage()
{
    openDialog(1000);
    waitForQrImage();
    const QImage first = child<QLabel>("qrImageLabel")->pixmap().toImage();
    // The sandbox, like WhatsApp, draws a new code every 20 s of its clock.
    m_sandbox.setClockOffset(20000);
    QTRY_VERIFY(child<QLabel>("qrImageLabel")->pixmap().toImage() != first);
    QVERIFY(!child<QLabel>("qrImageLabel")->pixmap().isNull());
    QVERIFY(requestsTo(QStringLiteral("/qr-code/image")) >= 2);
}

void TestConnectDialog::stopsAfterThreeRefreshesAndOffersANewRound()
{
    openDialog(150, 50);
    auto *newCode = child<QPushButton>("newQrButton");
    QTRY_VERIFY(newCode->isVisible());
    QCOMPARE(currentQrPage(), QStringLiteral("qrExpiredPage"));
    QVERIFY(child<QLabel>("qrImageLabel")->pixmap().isNull());
    QVERIFY(child<QLabel>("qrCountdownLabel")->text().isEmpty());
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1 + ConnectDialog::qrRefreshesPerRound);
    screenshot(QStringLiteral("connect-qr-expired"));

    // Nothing more is fetched while the dialog waits for the agent; /status goes on.
    const int polls = requestsTo(QStringLiteral("/status"));
    expectNoMoreRequests(QStringLiteral("/qr-code/image"));
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1 + ConnectDialog::qrRefreshesPerRound);
    QTRY_VERIFY(requestsTo(QStringLiteral("/status")) > polls + 1);

    m_dialog->setQrRefreshInterval(never);
    QTest::mouseClick(newCode, Qt::LeftButton);
    waitForQrImage();
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 2 + ConnectDialog::qrRefreshesPerRound);
    QVERIFY(child<QLabel>("qrCountdownLabel")->text().startsWith(QLatin1String("Refreshes in ")));
}

void TestConnectDialog::qrPausesOnThePhoneTab()
{
    openDialog(100);
    waitForQrImage();
    showPhoneTab();
    QVERIFY(child<QLabel>("qrImageLabel")->pixmap().isNull()); // a stale code is never left behind
    expectNoMoreRequests(QStringLiteral("/qr-code/image"));

    // Back on the QR tab, a new round starts with a fresh code.
    const int fetched = requestsTo(QStringLiteral("/qr-code/image"));
    m_dialog->setQrRefreshInterval(never);
    QTest::keyClick(m_dialog.get(), Qt::Key_Q, Qt::AltModifier);
    waitForQrImage();
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), fetched + 1);
}

void TestConnectDialog::phoneCodeIsShownAndCopied()
{
    openDialog();
    QSignalSpy ready(m_dialog->session(), &ConnectionSession::phoneCodeReady);
    showPhoneTab();
    auto *phone = child<QLineEdit>("phoneEdit");
    QCOMPARE(phone->text(), QStringLiteral("+55 11 98765-4321")); // the instance's phone
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::AltModifier);
    QVERIFY(phone->hasFocus());
    QVERIFY(!child<QWidget>("codeBox")->isVisible());

    QTest::keyClick(phone, Qt::Key_Return); // Enter asks for the code
    QTRY_VERIFY(child<QWidget>("codeBox")->isVisible());
    QCOMPARE(ready.size(), 1);
    const QString code = ready.first().first().value<PhoneCode>().code;
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{10}$")).match(code).hasMatch(), qPrintable(code));
    auto *codeLabel = child<QLabel>("phoneCodeLabel");
    QCOMPARE(codeLabel->text(), code);
    QCOMPARE(codeLabel->textFormat(), Qt::PlainText);
    QVERIFY(codeLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(codeLabel->font().pointSizeF() > m_dialog->font().pointSizeF() * 1.5);
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/") + instancePhone), 1);
    QVERIFY(child<QLabel>("phoneInstructions")->text().contains(QLatin1String("Link with phone number instead")));

    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    auto *copyButton = child<QPushButton>("copyButton");
    const QString copyText = copyButton->text();
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    // The same confirmation as the extension-code dialog's: the button says so for a moment.
    QCOMPARE(copyButton->text(), QStringLiteral("Copied"));
    screenshot(QStringLiteral("connect-phone"));
    QTRY_COMPARE_WITH_TIMEOUT(copyButton->text(), copyText, CopiedFeedback::durationMs + 2000);
}

void TestConnectDialog::phoneCodeReadsWellOverThePhone()
{
    openDialog();
    const QFont codeFont = child<QLabel>("phoneCodeLabel")->font();
    // The embedded font, whatever the system's monospace font is (Noto Sans Mono, say, whose
    // zero is a plain oval).
    QCOMPARE(QFontInfo(codeFont).family(), QStringLiteral("Fira Code"));
    const QStringList confusable = confusableIn(codeFont);
    QVERIFY2(confusable.isEmpty(), qPrintable(confusable.join(u' ')));
    // The measure does find look-alikes: DejaVu Sans (fonts-dejavu-core, installed by
    // scripts/install-deps.sh) has a plain oval zero and the same bar for I and l.
    const QFont plain(QStringLiteral("DejaVu Sans"));
    QCOMPARE(QFontInfo(plain).family(), QStringLiteral("DejaVu Sans"));
    const QStringList plainConfusable = confusableIn(plain);
    QVERIFY2(plainConfusable.contains(QStringLiteral("0/O")) && plainConfusable.contains(QStringLiteral("I/l")),
             qPrintable(plainConfusable.join(u' ')));

    // Spelled out for a tooltip and a screen reader.
    showPhoneTab();
    QTest::mouseClick(child<QPushButton>("getCodeButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QWidget>("codeBox")->isVisible());
    auto *codeLabel = child<QLabel>("phoneCodeLabel");
    const QString spelled = Appearance::spelledCode(codeLabel->text());
    QVERIFY(codeLabel->toolTip().contains(spelled));
    QVERIFY(codeLabel->accessibleDescription().contains(spelled));
}

void TestConnectDialog::phoneMessageIsInTheCustomersLanguage()
{
    m_workspace->settings().setCustomerLanguage(QStringLiteral("en"));
    openDialog();
    showPhoneTab();
    QTest::mouseClick(child<QPushButton>("getCodeButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QWidget>("codeBox")->isVisible());
    const QString code = child<QLabel>("phoneCodeLabel")->text();
    auto *language = child<QComboBox>("customerLanguageCombo");
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    auto *copyMessage = child<QPushButton>("copyMessageButton");

    // Where to type it, in the words of WhatsApp's own menus in that language.
    const struct {
        const char *language;
        const char *menu;
        const char *where;
        const char *soon;
    } expectations[] = {
        {"en", "Linked devices", "Link with phone number instead", "only valid for a few minutes"},
        {"pt_BR", "Dispositivos conectados", "Conectar com número de telefone", "vale só por alguns minutos"},
        {"es", "Dispositivos vinculados", "Vincular con el número de teléfono", "vale solo por unos minutos"},
    };
    for (const auto &expected : expectations) {
        language->setCurrentIndex(language->findData(QString::fromLatin1(expected.language)));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(copyMessage, Qt::LeftButton);
        const QString message = QGuiApplication::clipboard()->text();
        QCOMPARE(message, ExtensionFlow::phoneCodeMessage(QString::fromLatin1(expected.language), code));
        QVERIFY(message.contains(code));
        for (const char *words : {expected.menu, expected.where, expected.soon})
            QVERIFY2(message.contains(QString::fromUtf8(words)), qPrintable(message));
        QVERIFY(!message.contains(instanceId) && !message.contains(instanceToken) && !message.contains(m_sandbox.clientToken()));
        QCOMPARE(copyMessage->text(), QStringLiteral("Copied"));
    }
}

void TestConnectDialog::invalidPhoneIsRefusedWithoutARequest_data()
{
    QTest::addColumn<QString>("phone");
    QTest::newRow("empty") << QString();
    QTest::newRow("only separators") << QStringLiteral("+() -.- ()");
    QTest::newRow("too short") << QStringLiteral("98765-4321");
    QTest::newRow("too long") << QStringLiteral("+55 11 98765-4321 0000");
    QTest::newRow("letters") << QStringLiteral("+55 11 9876S-4321");
    QTest::newRow("path") << QStringLiteral("5511987654321/../status");
}

void TestConnectDialog::invalidPhoneIsRefusedWithoutARequest()
{
    QFETCH(QString, phone);
    openDialog();
    showPhoneTab();
    auto *edit = child<QLineEdit>("phoneEdit");
    edit->setText(phone);
    QTest::mouseClick(child<QPushButton>("getCodeButton"), Qt::LeftButton);
    auto *problem = child<QLabel>("phoneErrorLabel");
    QVERIFY(problem->isVisible());
    // What the phone parser understood and why it is refused (its wording: tst_phonenumbers).
    PhoneNumber understood;
    const Error refused = PhoneNumbers::parse(phone, m_workspace->repository()->defaultPhoneRegion(), &understood);
    QVERIFY(refused);
    QCOMPARE(problem->text(), refused.message());
    QVERIFY(!child<QPushButton>("phoneRetryButton")->isVisible()); // retrying would not help
    QVERIFY(edit->hasFocus());
    letTheSandboxTick();
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/")), 0);
}

void TestConnectDialog::connectingShowsSuccessAndStopsPolling()
{
    openDialog(never, 50);
    waitForQrImage();
    QTRY_VERIFY(requestsTo(QStringLiteral("/status")) >= 1);

    m_sandbox.setConnected(instanceId, true);
    QTRY_COMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("connectedPage"));
    QCOMPARE(child<QLabel>("connectedLabel")->text(), QStringLiteral("WhatsApp is connected to Padaria Pão de Mel"));
    QVERIFY(!child<QFrame>("noticeFrame")->isVisible());
    QPushButton *close = child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Close);
    QVERIFY(close->isDefault());
    QVERIFY(!m_dialog->session()->isWatching());
    QCOMPARE(m_workspace->repository()->record(m_key)->status, ConnectionStatus::Connected);
    screenshot(QStringLiteral("connect-success"));
    expectNoMoreRequests(QString()); // neither /status nor /qr-code/image

    QTest::keyClick(m_dialog.get(), Qt::Key_Return); // Close is the default button
    QVERIFY(!m_dialog->isVisible());
}

void TestConnectDialog::connectingTakesTheSpentPhoneCodeOffTheClipboard_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("agentCopiedSince");
    QTest::newRow("code") << QStringLiteral("copyButton") << false;
    QTest::newRow("message") << QStringLiteral("copyMessageButton") << false;
    QTest::newRow("code, then the agent's own copy") << QStringLiteral("copyButton") << true;
}

// WhatsApp does not say how long a phone code lives, but once the customer has connected
// it is spent: what was copied from here goes, unless the agent has copied something since.
void TestConnectDialog::connectingTakesTheSpentPhoneCodeOffTheClipboard()
{
    QFETCH(QString, button);
    QFETCH(bool, agentCopiedSince);
    openDialog(never, 50);
    QSignalSpy ready(m_dialog->session(), &ConnectionSession::phoneCodeReady);
    showPhoneTab();
    QTest::keyClick(child<QLineEdit>("phoneEdit"), Qt::Key_Return);
    QTRY_COMPARE(ready.size(), 1);
    const QString code = ready.first().first().value<PhoneCode>().code;
    QTest::mouseClick(child<QPushButton>(qPrintable(button)), Qt::LeftButton);
    QVERIFY2(QGuiApplication::clipboard()->text().contains(code), qPrintable(QGuiApplication::clipboard()->text()));
    const QString agentsOwn = QStringLiteral("Rua das Flores, 12");
    if (agentCopiedSince)
        QGuiApplication::clipboard()->setText(agentsOwn);

    m_sandbox.setConnected(instanceId, true);
    QTRY_COMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("connectedPage"));
    QCOMPARE(QGuiApplication::clipboard()->text(), agentCopiedSince ? agentsOwn : QString());
}

// An agent who minimises the window to help someone else must still hear this customer
// connect; the QR code, which nobody can scan while it is hidden, pauses.
void TestConnectDialog::minimisedKeepsWatchingButPausesTheQrCode()
{
    openDialog(never, 50);
    waitForQrImage();
    QCOMPARE(m_dialog->instance(), m_key);
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::customerConnected);
    // What the window system sends when the window is minimised.
    QHideEvent minimised;
    QSpontaneKeyEvent::setSpontaneous(&minimised);
    QApplication::instance()->notify(m_dialog.get(), &minimised);
    QVERIFY(m_dialog->session()->isWatching());
    QVERIFY(child<QLabel>("qrImageLabel")->pixmap().isNull());

    m_sandbox.setConnected(instanceId, true);
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("connectedPage"));
    letTheSandboxTick();
    QCOMPARE(connected.size(), 1);
}

void TestConnectDialog::alreadyConnectedShowsSuccessAtOnce()
{
    m_sandbox.setConnected(instanceId, true);
    openDialog(never, 50);
    QTRY_COMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("connectedPage"));
    // The QR code that was on its way is not shown over the success page, nor refreshed.
    expectNoMoreRequests(QString());
    QVERIFY(child<QLabel>("qrImageLabel")->pixmap().isNull());
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("connectedPage"));
}

void TestConnectDialog::extensionButtonAsksForTheExtensionFlow()
{
    openDialog(never, 50);
    QVERIFY(child<QLabel>("noticeLabel")->text().contains(QLatin1String("passkey")));
    QSignalSpy requested(m_dialog.get(), &ConnectDialog::extensionFlowRequested);
    QTest::keyClick(m_dialog.get(), Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(requested.size(), 1); // a mnemonic animates the click first
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->session()->isWatching());
}

void TestConnectDialog::serverErrorsShowTheMessageAndRetryWorks()
{
    const QString message = Error(ErrorCode::ServerError, QStringLiteral("500")).message();
    m_sandbox.setFault(fault("server-error", "qr-code"));
    openDialog();
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrErrorPage"));
    QCOMPARE(child<QLabel>("qrErrorLabel")->text(), message);
    screenshot(QStringLiteral("connect-qr-error"));
    auto *retry = child<QPushButton>("qrRetryButton");
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrErrorPage")); // still failing: the same message again
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 2);
    m_sandbox.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    waitForQrImage();

    m_sandbox.setFault(fault("server-error", "phone-code"));
    showPhoneTab();
    QTest::mouseClick(child<QPushButton>("getCodeButton"), Qt::LeftButton);
    auto *problem = child<QLabel>("phoneErrorLabel");
    QTRY_VERIFY(problem->isVisible());
    QCOMPARE(problem->text(), message);
    auto *phoneRetry = child<QPushButton>("phoneRetryButton");
    QVERIFY(phoneRetry->isVisible());
    m_sandbox.clearFaults();
    QTest::mouseClick(phoneRetry, Qt::LeftButton);
    QTRY_VERIFY(child<QWidget>("codeBox")->isVisible());
    QVERIFY(!problem->isVisible());
    QVERIFY(!phoneRetry->isVisible());
}

void TestConnectDialog::missingClientTokenSaysWhereToSetIt()
{
    m_expectClientToken = false;
    Test::Catcher<Error> cleared;
    m_workspace->repository()->setClientToken(QString(), m_workspace.get(), cleared.callback());
    QTRY_COMPARE(cleared.calls(), 1);
    QVERIFY(!cleared.error());
    openDialog(never, 50);
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrErrorPage"));
    const QString message = Error(ErrorCode::ClientTokenMissing).message();
    QCOMPARE(child<QLabel>("qrErrorLabel")->text(), message);
    QVERIFY(message.contains(QLatin1String("Settings")));
    // The status line does not say it a second time.
    QTRY_VERIFY(child<QLabel>("watchLabel")->text().startsWith(QLatin1String("Could not check whether WhatsApp is connected.")));
    QVERIFY(child<QPushButton>("qrRetryButton")->isVisible());
}

void TestConnectDialog::nothingAsksForAQrCodeDuringARetryAfterWait()
{
    const QString waitMessage = QStringLiteral("Z-API is receiving too many requests. Wait a moment and try again.");
    m_sandbox.setFault(rateLimit("qr-code"));
    openDialog();
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrErrorPage"));
    QCOMPARE(child<QLabel>("qrErrorLabel")->text(), waitMessage);
    auto *retry = child<QPushButton>("qrRetryButton");
    QCOMPARE(retry->text(), QStringLiteral("&Retry in 30 s"));
    QVERIFY(!retry->isEnabled());
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1);

    // Every way to ask: the button, Enter, its mnemonic; and on the other tab, the phone
    // code's, which wait as well and say so.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
    showPhoneTab();
    auto *getCode = child<QPushButton>("getCodeButton");
    QVERIFY(!getCode->isEnabled());
    QCOMPARE(getCode->text(), QStringLiteral("&Get code in 30 s"));
    QTest::mouseClick(getCode, Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>("phoneEdit"), Qt::Key_Return);
    QTest::keyClick(m_dialog.get(), Qt::Key_G, Qt::AltModifier);
    QTest::keyClick(m_dialog.get(), Qt::Key_Q, Qt::AltModifier);
    QCOMPARE(child<QTabWidget>("tabs")->currentWidget()->objectName(), QStringLiteral("qrTab"));
    QCOMPARE(currentQrPage(), QStringLiteral("qrErrorPage"));
    letTheSandboxTick();
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1);
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/")), 0);

    // The wait counts down, then the mnemonic asks again.
    m_clock.advance(18000);
    QTRY_COMPARE(retry->text(), QStringLiteral("&Retry in 12 s"));
    m_clock.advance(12000);
    QTRY_VERIFY(retry->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("&Retry"));
    QCOMPARE(getCode->text(), QStringLiteral("&Get code"));
    QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
    waitForQrImage();
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 2);
}

void TestConnectDialog::nothingAsksForAPhoneCodeDuringARetryAfterWait()
{
    openDialog();
    waitForQrImage();
    m_sandbox.setFault(rateLimit("phone-code"));
    showPhoneTab();
    auto *phone = child<QLineEdit>("phoneEdit");
    QTest::keyClick(phone, Qt::Key_Return);
    auto *problem = child<QLabel>("phoneErrorLabel");
    QTRY_VERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Z-API is receiving too many requests. Wait a moment and try again."));
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/")), 1);
    auto *getCode = child<QPushButton>("getCodeButton");
    auto *retry = child<QPushButton>("phoneRetryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());
    QVERIFY(!getCode->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("&Retry in 30 s"));

    // Every way to ask: both buttons, Enter in the number, their mnemonics.
    QTest::mouseClick(getCode, Qt::LeftButton);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTest::keyClick(phone, Qt::Key_Return);
    QTest::keyClick(m_dialog.get(), Qt::Key_G, Qt::AltModifier);
    QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
    // The QR tab's new round is refused as well, with no request, and says so.
    QTest::keyClick(m_dialog.get(), Qt::Key_Q, Qt::AltModifier);
    QTRY_COMPARE(currentQrPage(), QStringLiteral("qrErrorPage"));
    QVERIFY(child<QPushButton>("qrRetryButton")->text().startsWith(QLatin1String("&Retry in ")));
    letTheSandboxTick();
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/")), 1);
    QCOMPARE(requestsTo(QStringLiteral("/qr-code/image")), 1);

    showPhoneTab();
    m_clock.advance(30000);
    QTRY_VERIFY(getCode->isEnabled());
    QCOMPARE(getCode->text(), QStringLiteral("&Get code"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_VERIFY(child<QWidget>("codeBox")->isVisible());
    QCOMPARE(requestsTo(QStringLiteral("/phone-code/")), 2);
}

void TestConnectDialog::escapeClosesAndStopsWatching()
{
    openDialog(100, 50);
    waitForQrImage();
    QVERIFY(m_dialog->session()->isWatching());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_dialog->session()->isWatching());
    expectNoMoreRequests(QString());
}

// The notice's amber and the check mark's green come from the palette: readable on light and
// dark desktops, and again after the desktop switches between them while the dialog is open.
void TestConnectDialog::coloursFollowTheDesktopPalette()
{
    openDialog();
    auto *notice = child<QFrame>("noticeFrame");
    auto *mark = child<QLabel>("connectedMark");
    const auto noticeFill = [notice] {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("background: (#[0-9a-f]{6})")).match(notice->styleSheet());
        return match.hasMatch() ? QColor::fromString(match.captured(1)) : QColor();
    };
    const auto readable = [](const QColor &text, const QColor &background) {
        // Lightness apart enough to read (a rough contrast check, not WCAG's formula).
        return qAbs(text.lightness() - background.lightness()) >= 90;
    };
    const QPalette desktop = QApplication::palette();
    QVERIFY(desktop.color(QPalette::Window).lightness() >= 128);
    QVERIFY(noticeFill().isValid() && noticeFill().lightness() >= 128);
    QVERIFY(readable(mark->palette().color(QPalette::WindowText), desktop.color(QPalette::Window)));

    QApplication::setPalette(Test::darkDesktopPalette());
    QVERIFY2(noticeFill().lightness() < 128, qPrintable(notice->styleSheet()));
    // Hints stay the palette's own placeholder grey.
    QCOMPARE(child<QLabel>("qrRotationHint")->palette().color(QPalette::WindowText),
             Test::darkDesktopPalette().color(QPalette::PlaceholderText));
    QVERIFY(readable(mark->palette().color(QPalette::WindowText), Test::darkDesktopPalette().color(QPalette::Window)));
    QVERIFY(readable(Test::darkDesktopPalette().color(QPalette::WindowText), noticeFill()));

    QApplication::setPalette(desktop);
    QVERIFY(noticeFill().lightness() >= 128);
    QVERIFY(readable(mark->palette().color(QPalette::WindowText), desktop.color(QPalette::Window)));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
