#include "ExtensionCodeDialog.h"
#include "ui_ExtensionCodeDialog.h"

#include "Appearance.h"
#include "Icons.h"

#include "Workspace.h"
#include "util/Clock.h"
#include "zapi/ConnectionSession.h"
#include "zapi/ExtensionFlow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHideEvent>
#include <QLocale>
#include <QShortcut>

namespace PartnerDesk {

namespace {

constexpr int tickMs = 250;
constexpr qint64 lastMinuteMs = 60 * 1000;

// "4:59": whole seconds rounded up, so the display reaches 0:00 only when the code expires.
QString minutesAndSeconds(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

bool needsSettings(const Error &error)
{
    return error.code == ErrorCode::ClientTokenMissing || error.code == ErrorCode::ClientTokenRejected
        || error.code == ErrorCode::InvalidApiBaseUrl || error.code == ErrorCode::InsecureApiBaseUrl;
}

} // namespace

ExtensionCodeDialog::ExtensionCodeDialog(Workspace *workspace, const QUuid &instance, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ExtensionCodeDialog)
    , m_instance(instance)
    , m_session(new ConnectionSession(workspace->repository(), workspace->client(), workspace->clock(), instance, this))
    , m_ticker(new QTimer(this))
    , m_copied(new CopiedFeedback(this))
    , m_copies(workspace->clock())
{
    m_ui->setupUi(this);
    const std::optional<InstanceRecord> record = workspace->repository()->record(instance);
    m_instanceName = record ? record->name : QString();
    m_ui->instanceName->setText(m_instanceName);
    Appearance::scaleFont(m_ui->instanceName, 1.3, true);

    QFont codeFont = Appearance::codeFont(this, 2.6);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_ui->codeLabel->setFont(codeFont);
    // Room for the longest (last-minute, bold) countdown, so nothing jumps when it comes.
    QFont boldFont = font();
    boldFont.setBold(true);
    m_ui->countdownLabel->setMinimumHeight(2 * QFontMetrics(boldFont).lineSpacing());
    Appearance::scaleFont(m_ui->preparationTitle, 1.2, true);
    Appearance::scaleFont(m_ui->successTitle, 1.4, true);
    Appearance::scaleFont(m_ui->errorTitle, 1.4, true);
    m_ui->successIcon->setPixmap(Icons::icon(Icons::Name::Success).pixmap(64));
    m_ui->copyButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_ui->copyMessageButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_ui->copyPreparationButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_ui->generateButton->setIcon(Icons::icon(Icons::Name::NewCode));
    m_ui->newCodeButton->setIcon(Icons::icon(Icons::Name::NewCode));

    for (const ExtensionFlow::Language &language : ExtensionFlow::customerLanguages())
        m_ui->customerLanguageCombo->addItem(language.nativeName, language.code);
    const int languageIndex = m_ui->customerLanguageCombo->findData(workspace->settings().customerLanguage());
    m_ui->customerLanguageCombo->setCurrentIndex(qMax(0, languageIndex));

    m_ticker->setObjectName(QStringLiteral("countdownTicker"));
    m_ticker->setInterval(tickMs);
    connect(m_ticker, &QTimer::timeout, this, &ExtensionCodeDialog::updateCountdown);

    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExtensionCodeDialog::copyCode);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, this);
    connect(copyShortcut, &QShortcut::activated, this, &ExtensionCodeDialog::copyCode);
    connect(m_ui->copyMessageButton, &QPushButton::clicked, this, &ExtensionCodeDialog::copyMessage);
    connect(m_ui->copyPreparationButton, &QPushButton::clicked, this, &ExtensionCodeDialog::copyPreparationMessage);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &ExtensionCodeDialog::requestNewCode);
    connect(m_ui->newCodeButton, &QPushButton::clicked, this, &ExtensionCodeDialog::requestNewCode);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ExtensionCodeDialog::requestNewCode);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExtensionCodeDialog::cancelRequest);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &ExtensionCodeDialog::settingsRequested);

    connect(m_session, &ConnectionSession::extensionCodeReady, this, &ExtensionCodeDialog::showCode);
    connect(m_session, &ConnectionSession::extensionCodeFailed, this, &ExtensionCodeDialog::showError);
    connect(m_session, &ConnectionSession::connected, this, &ExtensionCodeDialog::showConnected);
    connect(m_session, &ConnectionSession::statusReady, this, [this] {
        if (m_state != State::Showing)
            return;
        m_ui->watchLabel->setText(tr("Waiting for the customer to connect… This window changes by itself when they have."));
    });
    connect(m_session, &ConnectionSession::statusFailed, this, [this](const Error &error) {
        m_ui->watchLabel->setText(tr("Could not check whether the customer has connected; trying again in %n second(s). %1", nullptr,
                                     (m_session->nextStatusPollMs() + 999) / 1000)
                                      .arg(error.message()));
    });

    retranslate();
    // No code yet: it would be running out while the customer installs the extension.
    setState(State::Preparing);
}

ExtensionCodeDialog::~ExtensionCodeDialog() = default;

void ExtensionCodeDialog::changeEvent(QEvent *event)
{
    // The interface language can change under an open dialog: Settings opens from its
    // error page.
    if (event->type() == QEvent::LanguageChange) {
        m_copied->clear();
        m_ui->retranslateUi(this);
        retranslate();
        setState(m_state);
    }
    QDialog::changeEvent(event);
}

// The texts the .ui file cannot hold: they carry the instance's name or are built from parts.
void ExtensionCodeDialog::retranslate()
{
    setWindowTitle(tr("Extension connection code — %1").arg(m_instanceName));
    m_ui->successTitle->setText(tr("WhatsApp is connected to %1").arg(m_instanceName));
    m_ui->stepsLabel->setText(stepsHtml());
    m_ui->preparationLabel->setText(preparationHtml());
    if (const auto &code = m_session->extensionCode()) {
        const QString spelled = Appearance::spelledCode(code->code);
        m_ui->codeLabel->setToolTip(tr("Spelled out: %1").arg(spelled));
        m_ui->codeLabel->setAccessibleDescription(
            tr("The connection code, spelled out: %1. The customer types it in the Z-API Conector extension.").arg(spelled));
    } else {
        m_ui->codeLabel->setAccessibleDescription(
            tr("The connection code. The customer types it in the Z-API Conector extension."));
    }
    m_ui->errorMessage->setText(Appearance::problemMessage(m_error));
}

void ExtensionCodeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_ticker->start();
    updateCountdown();
    if (m_state != State::Connected)
        m_session->startWatching();
}

void ExtensionCodeDialog::hideEvent(QHideEvent *event)
{
    // Closed: nothing to count or poll for. Minimised (a spontaneous hide): the agent is
    // helping someone else and must still hear when this customer connects or the code
    // runs out.
    if (!event->spontaneous()) {
        m_ticker->stop();
        m_session->stopWatching();
    }
    QDialog::hideEvent(event);
}

void ExtensionCodeDialog::requestNewCode()
{
    if (m_state == State::Connected || m_session->retryWaitMs() > 0)
        return;
    m_session->requestExtensionCode();
    setState(State::Requesting);
}

void ExtensionCodeDialog::cancelRequest()
{
    m_session->cancelExtensionCode();
    // Back to the code still on screen, if there is one; otherwise to getting ready.
    if (!m_session->extensionCode())
        setState(State::Preparing);
    else
        setState(m_session->isExpired() ? State::Expired : State::Showing);
}

void ExtensionCodeDialog::showCode(const ExtensionCode &code)
{
    m_ui->codeLabel->setText(code.code);
    // What a screen reader says for the code: the code itself, not a label about it.
    m_ui->codeLabel->setAccessibleName(code.code);
    m_ui->countdownBar->setRange(static_cast<int>(code.lifetimeMs() / 1000));
    m_lastMinuteAnnounced = false;
    retranslate();
    setState(State::Showing);
}

void ExtensionCodeDialog::showError(const Error &error)
{
    m_error = error;
    m_ui->settingsButton->setVisible(needsSettings(error));
    retranslate();
    setState(State::Failed);
}

void ExtensionCodeDialog::showConnected()
{
    m_session->cancelExtensionCode();
    // The code is spent, and the countdown that would take it off the clipboard stops here.
    m_copies.removeAll();
    setState(State::Connected);
    emit customerConnected();
}

void ExtensionCodeDialog::setState(State state)
{
    m_state = state;
    // Enabled first: a disabled button cannot take the focus given to it below.
    const bool codeUsable = state == State::Showing;
    const bool hasCode = m_session->extensionCode().has_value();
    m_ui->copyButton->setEnabled(codeUsable);
    m_ui->copyMessageButton->setEnabled(codeUsable);
    // Before the first code, the message to send is the preparation; after, the code's.
    m_ui->copyPreparationButton->setVisible(!hasCode);
    m_ui->copyMessageButton->setVisible(hasCode);
    m_ui->codeLabel->setEnabled(state != State::Expired);
    QFont codeFont = m_ui->codeLabel->font();
    codeFont.setStrikeOut(state == State::Expired);
    m_ui->codeLabel->setFont(codeFont);
    // "New" once there was a code; before, the preparation page has its own button.
    m_ui->newCodeButton->setVisible(hasCode && state != State::Connected);
    updateRequestButtons();
    m_ui->stepsBox->setVisible(state != State::Connected);
    if (state != State::Showing) {
        m_ui->watchLabel->clear();
        m_copied->clear();
    }

    switch (state) {
    case State::Preparing:
        m_ui->pages->setCurrentWidget(m_ui->preparationPage);
        m_ui->generateButton->setDefault(true);
        m_ui->generateButton->setFocus();
        break;
    case State::Requesting:
        m_ui->pages->setCurrentWidget(m_ui->busyPage);
        m_ui->cancelButton->setFocus();
        break;
    case State::Failed:
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        m_ui->retryButton->setDefault(true);
        m_ui->retryButton->setFocus();
        break;
    case State::Showing:
        m_ui->pages->setCurrentWidget(m_ui->codePage);
        m_ui->copyButton->setDefault(true);
        m_ui->copyButton->setFocus();
        break;
    case State::Expired:
        m_ui->pages->setCurrentWidget(m_ui->codePage);
        m_ui->newCodeButton->setDefault(true);
        m_ui->newCodeButton->setFocus();
        break;
    case State::Connected:
        m_ui->pages->setCurrentWidget(m_ui->successPage);
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
        m_ticker->stop();
        break;
    }
    updateCountdown();
}

void ExtensionCodeDialog::updateCountdown()
{
    updateRequestButtons();
    // Before the states below: a code replaced by a new one still goes at its own expiry.
    m_copies.removeExpired();
    const auto &code = m_session->extensionCode();
    if (!code || (m_state != State::Showing && m_state != State::Expired))
        return;
    const qint64 remaining = m_session->remainingMs();
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(code->localExpiresAtMs()).time(), QLocale::ShortFormat);
    if (remaining <= 0) {
        if (m_state == State::Showing) {
            setState(State::Expired); // calls back here once, in the expired state
            emit codeExpired();
        }
        const QString expired = tr("Expired at %1. Generate a new code for the customer.").arg(until);
        m_ui->countdownLabel->setText(expired);
        setCountdownAccessibleName(expired);
        m_ui->countdownBar->setValue(0);
        setWarning(true);
        return;
    }
    const bool lastMinute = remaining <= lastMinuteMs;
    if (lastMinute && m_state == State::Showing && !m_lastMinuteAnnounced) {
        m_lastMinuteAnnounced = true;
        emit codeExpiringSoon();
    }
    m_ui->countdownLabel->setText(lastMinute
        ? tr("Less than a minute left: %1 (until %2). If the customer is not ready, generate a new code.").arg(minutesAndSeconds(remaining), until)
        : tr("Valid for %1 min (until %2)").arg(minutesAndSeconds(remaining), until));
    // A screen reader hears the countdown when its meaning changes, not every second.
    setCountdownAccessibleName(lastMinute ? tr("Less than a minute left; valid until %1.").arg(until)
                                          : tr("Valid until %1.").arg(until));
    m_ui->countdownBar->setValue(static_cast<int>((remaining + 999) / 1000));
    setWarning(lastMinute);
}

void ExtensionCodeDialog::setCountdownAccessibleName(const QString &name)
{
    // Every setAccessibleName is an announcement, even of the same words.
    if (m_ui->countdownLabel->accessibleName() != name)
        m_ui->countdownLabel->setAccessibleName(name);
}

// Every way to ask for a code (a click, Enter on the default button, a mnemonic) goes
// through an enabled button: while Z-API's Retry-After lasts none is, and Retry counts it down.
void ExtensionCodeDialog::updateRequestButtons()
{
    const qint64 waitMs = m_session->retryWaitMs();
    const bool mayAsk = waitMs <= 0;
    m_ui->generateButton->setEnabled(mayAsk);
    m_ui->newCodeButton->setEnabled(mayAsk && m_state != State::Requesting);
    m_ui->retryButton->setEnabled(mayAsk);
    m_ui->retryButton->setText(mayAsk ? tr("&Retry")
                                      : tr("&Retry in %n second(s)", nullptr, static_cast<int>((waitMs + 999) / 1000)));
}

void ExtensionCodeDialog::setWarning(bool warning)
{
    // Called on every tick; the look changes twice in a code's life at most.
    if (m_ui->countdownLabel->font().bold() == warning)
        return;
    for (QWidget *countdown : {static_cast<QWidget *>(m_ui->countdownLabel), static_cast<QWidget *>(m_ui->countdownBar)}) {
        if (warning)
            Appearance::setTextTone(countdown, Appearance::Tone::Problem);
        else
            Appearance::clearTone(countdown);
    }
    QFont countdownFont = font();
    countdownFont.setBold(warning);
    m_ui->countdownLabel->setFont(countdownFont);
}

void ExtensionCodeDialog::copyCode()
{
    if (m_state != State::Showing)
        return;
    const ExtensionCode &code = *m_session->extensionCode();
    m_copies.copy(code.code, code.localExpiresAtMs());
    m_copied->show(m_ui->copyButton);
}

void ExtensionCodeDialog::copyMessage()
{
    if (m_state != State::Showing)
        return;
    const ExtensionCode &code = *m_session->extensionCode();
    m_copies.copy(ExtensionFlow::customerMessage(customerLanguage(), code.code, m_session->remainingMs()), code.localExpiresAtMs());
    m_copied->show(m_ui->copyMessageButton);
}

void ExtensionCodeDialog::copyPreparationMessage()
{
    QGuiApplication::clipboard()->setText(ExtensionFlow::preparationMessage(customerLanguage()));
    m_copied->show(m_ui->copyPreparationButton);
}

QString ExtensionCodeDialog::customerLanguage() const
{
    return m_ui->customerLanguageCombo->currentData().toString();
}

QString ExtensionCodeDialog::stepsHtml() const
{
    const QStringList steps{
        tr("Install the %1 extension in Chrome.").toHtmlEscaped().arg(link(ExtensionFlow::extensionUrl(), QStringLiteral("Z-API Conector"))),
        tr("Open %1 logged in with the number to connect.").toHtmlEscaped().arg(link(ExtensionFlow::whatsAppWebUrl(), QStringLiteral("web.whatsapp.com"))),
        tr("Click the extension's icon and type the code.").toHtmlEscaped(),
        tr("Confirm on the extension's screen (\"Conectar na Z-API\").").toHtmlEscaped(),
    };
    QString html = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &step : steps)
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>").arg(step);
    return html + QStringLiteral("</ol>");
}

QString ExtensionCodeDialog::preparationHtml() const
{
    const QStringList needs{
        tr("A computer with Google Chrome: the extension does not work on a phone.").toHtmlEscaped(),
        tr("The %1 extension installed in Chrome.").toHtmlEscaped().arg(link(ExtensionFlow::extensionUrl(), QStringLiteral("Z-API Conector"))),
        tr("%1 open in Chrome, logged in with the number to connect.").toHtmlEscaped().arg(link(ExtensionFlow::whatsAppWebUrl(), QStringLiteral("web.whatsapp.com"))),
    };
    QString html = QStringLiteral("<p>%1</p><ul style=\"margin-left: 0px; -qt-list-indent: 1;\">")
                       .arg(tr("A code is valid for a few minutes only, so generate it when the customer has:").toHtmlEscaped());
    for (const QString &need : needs)
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>").arg(need);
    return html + QStringLiteral("</ul><p>%1</p>").arg(
               tr("The preparation message below tells them all this, in their language.").toHtmlEscaped());
}

} // namespace PartnerDesk
