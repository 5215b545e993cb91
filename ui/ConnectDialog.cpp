#include "ConnectDialog.h"
#include "ui_ConnectDialog.h"

#include "Appearance.h"
#include "Icons.h"

#include "Workspace.h"
#include "util/PhoneNumbers.h"
#include "zapi/ConnectionSession.h"
#include "zapi/ExtensionFlow.h"

#include <QGuiApplication>
#include <QHideEvent>
#include <QImage>
#include <QPushButton>
#include <QtMath>

namespace PartnerDesk {

using Appearance::Tone;

ConnectDialog::ConnectDialog(Workspace *workspace, const QUuid &instance, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ConnectDialog)
    , m_instance(instance)
    , m_session(new ConnectionSession(workspace->repository(), workspace->client(), workspace->clock(), instance, this))
    , m_copied(new CopiedFeedback(this))
    , m_copies(workspace->clock())
{
    m_ui->setupUi(this);

    if (const std::optional<InstanceRecord> record = workspace->repository()->record(instance)) {
        m_instanceName = record->name;
        m_ui->phoneEdit->setText(PhoneNumbers::display(record->phone));
    }
    setWindowTitle(m_instanceName.isEmpty() ? tr("Connect WhatsApp")
                                            : tr("Connect WhatsApp — %1").arg(m_instanceName));

    // Room for the code before it arrives, so the dialog does not jump when it does.
    // The frame's 1 px border is outside the room the code gets.
    m_ui->qrStack->setMinimumSize(qrRoomSide + 2, qrRoomSide + 2);
    m_ui->qrStack->setCurrentWidget(m_ui->qrLoadingPage);
    // A box that stays put while the code comes and goes, so an empty moment looks intended.
    m_ui->qrStack->setStyleSheet(QStringLiteral(
        "QStackedWidget#qrStack { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    Appearance::makeBanner(m_ui->qrErrorLabel, Tone::Problem);
    Appearance::makeBanner(m_ui->phoneErrorLabel, Tone::Problem);
    m_ui->phoneErrorLabel->hide();
    m_ui->phoneRetryButton->hide();
    m_ui->phoneBusyBar->hide();
    m_ui->codeBox->hide();
    Appearance::makeSecondary(m_ui->qrRotationHint);
    Appearance::makeSecondary(m_ui->qrCountdownLabel);
    Appearance::makeSecondary(m_ui->watchLabel);

    QFont codeFont = Appearance::codeFont(this, 2.2);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_ui->phoneCodeLabel->setFont(codeFont);
    Appearance::scaleFont(m_ui->connectedMark, 4, true);
    Appearance::scaleFont(m_ui->connectedLabel, 1.5, true);
    Appearance::setTextTone(m_ui->connectedMark, Tone::Success);
    Appearance::makeBanner(m_ui->noticeFrame, Tone::Attention);

    // Enter in the phone field asks for the code; on the QR tab the button is hidden and
    // QDialog skips it.
    m_ui->getCodeButton->setDefault(true);
    m_ui->copyButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_ui->copyMessageButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_ui->newQrButton->setIcon(Icons::icon(Icons::Name::NewCode));

    m_qrRefreshTimer.setSingleShot(true);
    connect(&m_qrRefreshTimer, &QTimer::timeout, this, &ConnectDialog::refreshQr);
    m_qrCountdownTimer.setInterval(1000);
    connect(&m_qrCountdownTimer, &QTimer::timeout, this, &ConnectDialog::updateQrCountdown);
    m_retryTicker.setInterval(250);
    connect(&m_retryTicker, &QTimer::timeout, this, &ConnectDialog::updateRequestButtons);

    for (const ExtensionFlow::Language &language : ExtensionFlow::customerLanguages())
        m_ui->customerLanguageCombo->addItem(language.nativeName, language.code);
    const int languageIndex = m_ui->customerLanguageCombo->findData(workspace->settings().customerLanguage());
    m_ui->customerLanguageCombo->setCurrentIndex(qMax(0, languageIndex));

    connect(m_ui->newQrButton, &QPushButton::clicked, this, &ConnectDialog::startQrRound);
    connect(m_ui->qrRetryButton, &QPushButton::clicked, this, &ConnectDialog::startQrRound);
    connect(m_ui->getCodeButton, &QPushButton::clicked, this, &ConnectDialog::requestPhoneCode);
    connect(m_ui->phoneRetryButton, &QPushButton::clicked, this, &ConnectDialog::requestPhoneCode);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ConnectDialog::copyPhoneCode);
    connect(m_ui->copyMessageButton, &QPushButton::clicked, this, &ConnectDialog::copyPhoneMessage);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (!isVisible() || m_session->isConnected())
            return;
        if (!qrTabIsCurrent())
            pauseQr();
        else if (m_qrState == QrState::Idle)
            startQrRound();
    });
    connect(m_ui->extensionButton, &QPushButton::clicked, this, [this] {
        // Closed first, so whoever opens the extension flow does not find this dialog in the way.
        done(QDialog::Rejected);
        emit extensionFlowRequested();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_session, &ConnectionSession::qrCodeReady, this, [this](const QrCode &qrCode) {
        if (m_qrState == QrState::Loading)
            showQrCode(qrCode);
    });
    connect(m_session, &ConnectionSession::qrCodeFailed, this, [this](const Error &error) {
        if (m_qrState == QrState::Loading)
            showQrProblem(error);
    });
    connect(m_session, &ConnectionSession::phoneCodeReady, this, &ConnectDialog::showPhoneCode);
    connect(m_session, &ConnectionSession::phoneCodeFailed, this, [this](const Error &error) {
        setPhoneBusy(false);
        showPhoneProblem(Appearance::problemMessage(error), true);
    });
    connect(m_session, &ConnectionSession::statusReady, this, [this](const InstanceStatus &status) {
        if (!status.connected)
            m_ui->watchLabel->setText(tr("Waiting for the customer to link WhatsApp…"));
    });
    connect(m_session, &ConnectionSession::statusFailed, this, &ConnectDialog::showStatusProblem);
    connect(m_session, &ConnectionSession::connected, this, &ConnectDialog::showConnected);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setQrRefreshInterval(int msec)
{
    m_qrRefreshMs = msec;
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_session->isConnected())
        return;
    startWatching();
    if (qrTabIsCurrent() && m_qrState == QrState::Idle)
        startQrRound();
}

// Covers close, Esc, done() and minimising. Nobody scans a code they cannot see, so the QR
// pauses either way; /status is watched on while minimised (a spontaneous hide), so that an
// agent busy with another customer still hears this one connect.
void ConnectDialog::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous())
        stopWatching();
    pauseQr();
    QDialog::hideEvent(event);
}

void ConnectDialog::startWatching()
{
    m_ui->watchLabel->setText(tr("Waiting for the customer to link WhatsApp…"));
    m_session->startWatching();
}

void ConnectDialog::stopWatching()
{
    m_session->stopWatching();
}

bool ConnectDialog::qrTabIsCurrent() const
{
    return m_ui->tabs->currentWidget() == m_ui->qrTab;
}

void ConnectDialog::startQrRound()
{
    m_qrRefreshes = 0;
    fetchQrCode();
}

void ConnectDialog::fetchQrCode()
{
    m_qrState = QrState::Loading;
    // A refresh keeps the current code in view until the next one arrives.
    if (m_ui->qrStack->currentWidget() != m_ui->qrImagePage)
        m_ui->qrStack->setCurrentWidget(m_ui->qrLoadingPage);
    m_ui->qrCountdownLabel->setText(m_qrRefreshes > 0 ? tr("Getting a new code…") : QString());
    m_session->requestQrCode();
}

void ConnectDialog::refreshQr()
{
    if (m_qrRefreshes < qrRefreshesPerRound) {
        ++m_qrRefreshes;
        fetchQrCode();
        return;
    }
    m_qrState = QrState::Expired;
    m_qrCountdownTimer.stop();
    m_ui->qrCountdownLabel->clear();
    m_ui->qrImageLabel->clear();
    m_ui->qrStack->setCurrentWidget(m_ui->qrExpiredPage);
}

// A code nobody is looking at goes stale in 20 s: it is dropped, and the next look starts
// a new round. An expired or failed round waits for the agent.
void ConnectDialog::pauseQr()
{
    m_session->cancelQrCode();
    m_qrRefreshTimer.stop();
    m_qrCountdownTimer.stop();
    if (m_qrState != QrState::Loading && m_qrState != QrState::Showing)
        return;
    m_qrState = QrState::Idle;
    m_ui->qrImageLabel->clear();
    m_ui->qrCountdownLabel->clear();
    m_ui->qrStack->setCurrentWidget(m_ui->qrLoadingPage);
}

void ConnectDialog::showQrCode(const QrCode &qrCode)
{
    const QImage image = QImage::fromData(qrCode.png, "PNG");
    if (image.isNull()) {
        showQrProblem(ErrorCode::MalformedResponse);
        return;
    }
    // Nearest-neighbour scaling only: a blurred QR code is one a phone camera may refuse to
    // read. The largest whole multiple that fits the room keeps every module the same sharp
    // square; when that would be under the minimum (at 150%, say), the code fills the room,
    // its modules differing by at most a pixel, still sharp.
    const qreal ratio = devicePixelRatioF();
    const int side = qMax(image.width(), image.height());
    const int room = qFloor(qrRoomSide * ratio);
    int target = room / side * side;
    if (target < qCeil(minimumQrSide * ratio))
        target = room;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(target, target, Qt::KeepAspectRatio, Qt::FastTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_ui->qrImageLabel->setPixmap(pixmap);
    m_ui->qrStack->setCurrentWidget(m_ui->qrImagePage);
    m_qrState = QrState::Showing;
    m_qrRefreshTimer.start(m_qrRefreshMs);
    m_qrRefreshDue.setRemainingTime(m_qrRefreshMs);
    m_qrCountdownTimer.start();
    updateQrCountdown();
}

void ConnectDialog::showQrProblem(const Error &error)
{
    m_qrState = QrState::Failed;
    m_qrRefreshTimer.stop();
    m_qrCountdownTimer.stop();
    m_ui->qrCountdownLabel->clear();
    m_ui->qrImageLabel->clear();
    m_ui->qrErrorLabel->setText(Appearance::problemMessage(error));
    m_ui->qrStack->setCurrentWidget(m_ui->qrErrorPage);
    updateRequestButtons();
}

void ConnectDialog::updateQrCountdown()
{
    if (m_qrState != QrState::Showing)
        return;
    const int seconds = qMax<int>(1, (m_qrRefreshDue.remainingTime() + 999) / 1000);
    m_ui->qrCountdownLabel->setText(m_qrRefreshes < qrRefreshesPerRound
                                        ? tr("Refreshes in %n s", nullptr, seconds)
                                        : tr("Expires in %n s", nullptr, seconds));
}

void ConnectDialog::requestPhoneCode()
{
    m_ui->phoneErrorLabel->hide();
    m_ui->phoneRetryButton->hide();
    m_ui->codeBox->hide();
    setPhoneBusy(true);
    // A number that cannot be understood (with the default country in Settings) is refused at
    // once, before anything was sent, so the cursor can go straight back to it.
    if (const Error invalid = m_session->requestPhoneCode(m_ui->phoneEdit->text())) {
        setPhoneBusy(false);
        showPhoneProblem(invalid.message(), false);
        m_ui->phoneEdit->setFocus();
    }
}

void ConnectDialog::showPhoneCode(const PhoneCode &phoneCode)
{
    setPhoneBusy(false);
    m_ui->phoneErrorLabel->hide();
    m_ui->phoneRetryButton->hide();
    m_ui->phoneCodeLabel->setText(phoneCode.code);
    const QString spelled = Appearance::spelledCode(phoneCode.code);
    m_ui->phoneCodeLabel->setToolTip(tr("Spelled out: %1").arg(spelled));
    m_ui->phoneCodeLabel->setAccessibleDescription(
        tr("The code, spelled out: %1. The customer types it in WhatsApp.").arg(spelled));
    m_copied->clear();
    m_ui->codeBox->show();
    m_ui->copyButton->setFocus();
}

void ConnectDialog::showPhoneProblem(const QString &message, bool canRetry)
{
    m_ui->codeBox->hide();
    m_ui->phoneErrorLabel->setText(message);
    m_ui->phoneErrorLabel->show();
    m_ui->phoneRetryButton->setVisible(canRetry);
    updateRequestButtons();
}

void ConnectDialog::setPhoneBusy(bool busy)
{
    m_phoneBusy = busy;
    m_ui->phoneBusyBar->setVisible(busy);
    updateRequestButtons();
}

// Every way to ask Z-API for a code (a click, Enter on the default button, a mnemonic) goes
// through an enabled button: while its Retry-After lasts none is, and each says how long is
// left, whichever tab the agent is on.
void ConnectDialog::updateRequestButtons()
{
    const qint64 waitMs = m_session->retryWaitMs();
    const bool mayAsk = waitMs <= 0;
    const int seconds = static_cast<int>((waitMs + 999) / 1000);
    const QString retry = mayAsk ? tr("&Retry") : tr("&Retry in %n s", nullptr, seconds);
    m_ui->newQrButton->setEnabled(mayAsk);
    m_ui->newQrButton->setText(mayAsk ? tr("Show a &new QR code") : tr("Show a &new QR code in %n s", nullptr, seconds));
    m_ui->qrRetryButton->setEnabled(mayAsk);
    m_ui->qrRetryButton->setText(retry);
    m_ui->getCodeButton->setEnabled(mayAsk && !m_phoneBusy);
    m_ui->getCodeButton->setText(mayAsk ? tr("&Get code") : tr("&Get code in %n s", nullptr, seconds));
    m_ui->phoneRetryButton->setEnabled(mayAsk && !m_phoneBusy);
    m_ui->phoneRetryButton->setText(retry);
    if (mayAsk)
        m_retryTicker.stop();
    else if (!m_retryTicker.isActive())
        m_retryTicker.start();
}

void ConnectDialog::copyPhoneCode()
{
    m_copies.copy(m_ui->phoneCodeLabel->text(), ExpiringCopies::untilUsed);
    m_copied->show(m_ui->copyButton);
}

void ConnectDialog::copyPhoneMessage()
{
    m_copies.copy(ExtensionFlow::phoneCodeMessage(m_ui->customerLanguageCombo->currentData().toString(), m_ui->phoneCodeLabel->text()),
                  ExpiringCopies::untilUsed);
    m_copied->show(m_ui->copyMessageButton);
}

void ConnectDialog::showStatusProblem(const Error &error)
{
    const int seconds = qMax(1, (m_session->nextStatusPollMs() + 999) / 1000);
    // The same sentence already in the tab (a missing Client-Token, say) is not repeated.
    const QLabel *tabProblem = qrTabIsCurrent() ? m_ui->qrErrorLabel : m_ui->phoneErrorLabel;
    if (tabProblem->isVisible() && tabProblem->text() == Appearance::problemMessage(error)) {
        m_ui->watchLabel->setText(
            tr("Could not check whether WhatsApp is connected. Trying again in %n s.", nullptr, seconds));
        return;
    }
    m_ui->watchLabel->setText(tr("Could not check whether WhatsApp is connected: %1 Trying again in %n s.", nullptr,
                                 seconds).arg(error.message()));
}

void ConnectDialog::showConnected()
{
    m_copies.removeAll();
    pauseQr();
    m_qrState = QrState::Idle;
    setPhoneBusy(false);
    m_ui->connectedLabel->setText(tr("WhatsApp is connected to %1").arg(m_instanceName));
    m_ui->pages->setCurrentWidget(m_ui->connectedPage);
    m_ui->noticeFrame->hide();
    m_ui->watchLabel->clear();
    m_ui->getCodeButton->setDefault(false);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
    emit customerConnected();
}

} // namespace PartnerDesk
