#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Appearance.h"
#include "ClipboardSafety.h"

#include "Workspace.h"
#include "util/PhoneNumbers.h"
#include "util/Translations.h"
#include "util/Validation.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>

namespace PartnerDesk {

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SettingsDialog), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    Settings &settings = workspace->settings();

    m_ui->apiBaseEdit->setText(settings.apiBaseUrl().toString());
    m_ui->apiBaseEdit->setEnabled(!settings.hasApiBaseUrlOverride());
    if (settings.hasApiBaseUrlOverride())
        m_ui->apiBaseEdit->setToolTip(tr("Set for this run with --api-base (or by demo mode)."));
    m_ui->timeoutSpin->setRange(Settings::minimumRequestTimeoutSeconds, Settings::maximumRequestTimeoutSeconds);
    m_ui->timeoutSpin->setValue(settings.requestTimeoutSeconds());

    m_ui->uiLanguageCombo->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages()) {
        m_ui->uiLanguageCombo->addItem(languageName(code), code);
        m_ui->customerLanguageCombo->addItem(languageName(code), code);
    }
    m_ui->uiLanguageCombo->setCurrentIndex(qMax(0, m_ui->uiLanguageCombo->findData(settings.uiLanguage())));
    m_ui->customerLanguageCombo->setCurrentIndex(
        qMax(0, m_ui->customerLanguageCombo->findData(settings.customerLanguage())));
    for (const PhoneRegion &region : PhoneNumbers::regions())
        m_ui->phoneRegionCombo->addItem(tr("%1 (+%2)").arg(region.name).arg(region.callingCode), region.code);
    m_ui->phoneRegionCombo->setCurrentIndex(m_ui->phoneRegionCombo->findData(settings.defaultPhoneRegion()));
    m_ui->desktopNotificationsCheck->setChecked(settings.desktopNotifications());
    m_ui->watchIntervalSpin->setRange(Settings::minimumWatchIntervalMinutes, Settings::maximumWatchIntervalMinutes);
    m_ui->watchIntervalSpin->setValue(settings.watchIntervalMinutes());
    m_ui->watchCheck->setChecked(settings.watchForDisconnections());
    m_ui->watchIntervalSpin->setEnabled(m_ui->watchCheck->isChecked());
    connect(m_ui->watchCheck, &QCheckBox::toggled, m_ui->watchIntervalSpin, &QWidget::setEnabled);

    // Tall enough for its wrapped hints at its width: a window's minimum size leaves them out,
    // and adjustSize() would stop at two thirds of the screen.
    if (layout()->hasHeightForWidth())
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));

    connect(m_ui->revealCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        m_ui->clientTokenEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->revealPartnerCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        m_ui->partnerTokenEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    });
    // Shown, the tokens can be copied on purpose, but selecting them does not publish them.
    keepOutOfPrimarySelection(m_ui->clientTokenEdit);
    keepOutOfPrimarySelection(m_ui->partnerTokenEdit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->clientTokenEdit->setEnabled(false);
    m_ui->clientTokenEdit->setPlaceholderText(tr("Opening the vault…"));
    workspace->repository()->clientToken(this, [this](const Error &error, const QString &token) {
        m_ui->clientTokenEdit->setPlaceholderText(tr("Not set"));
        if (error) {
            m_ui->clientTokenEdit->setPlaceholderText(tr("Unavailable"));
            showProblem(error);
            return;
        }
        m_loadedClientToken = token;
        m_clientTokenLoaded = true;
        m_ui->clientTokenEdit->setText(token);
        m_ui->clientTokenEdit->setEnabled(true);
        if (!m_focusPartnerToken)
            m_ui->clientTokenEdit->setFocus();
    });
    // The partner token is read after the Client-Token: the vault is open by then.
    m_ui->partnerTokenEdit->setEnabled(false);
    m_ui->partnerTokenEdit->setPlaceholderText(tr("Opening the vault…"));
    workspace->repository()->partnerToken(this, [this](const Error &error, const QString &token) {
        m_ui->partnerTokenEdit->setPlaceholderText(tr("Not set: only needed to sync the account"));
        if (error) {
            m_ui->partnerTokenEdit->setPlaceholderText(tr("Unavailable"));
            if (m_ui->problemLabel->isHidden())
                showProblem(error);
            // An unreadable one can be replaced: a new token is sealed over it.
            if (error.code != ErrorCode::PartnerTokenUnreadable)
                return;
        } else {
            m_loadedPartnerToken = token;
            m_ui->partnerTokenEdit->setText(token);
        }
        m_partnerTokenLoaded = true;
        m_ui->partnerTokenEdit->setEnabled(true);
        if (m_focusPartnerToken)
            m_ui->partnerTokenEdit->setFocus();
    });
}

void SettingsDialog::focusPartnerToken()
{
    m_focusPartnerToken = true;
    if (m_ui->partnerTokenEdit->isEnabled())
        m_ui->partnerTokenEdit->setFocus();
}

bool SettingsDialog::fixes(const Error &error)
{
    switch (error.code) {
    case ErrorCode::ClientTokenMissing:
    case ErrorCode::ClientTokenRejected:
    case ErrorCode::ClientTokenUnreadable:
    case ErrorCode::PartnerTokenMissing:
    case ErrorCode::PartnerTokenRejected:
    case ErrorCode::PartnerTokenUnreadable:
    case ErrorCode::InvalidApiBaseUrl:
    case ErrorCode::InsecureApiBaseUrl:
        return true;
    default:
        return false;
    }
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void SettingsDialog::showProblem(const Error &error)
{
    m_ui->problemLabel->setText(error.message());
    Appearance::makeBanner(m_ui->problemLabel, Appearance::Tone::Problem);
    m_ui->problemLabel->show();
}

void SettingsDialog::saveNonSecretSettings()
{
    Settings &settings = m_workspace->settings();
    const QString previousLanguage = settings.uiLanguage();
    if (!settings.hasApiBaseUrlOverride())
        settings.setApiBaseUrl(QUrl(m_ui->apiBaseEdit->text().trimmed()));
    settings.setRequestTimeoutSeconds(m_ui->timeoutSpin->value());
    settings.setUiLanguage(m_ui->uiLanguageCombo->currentData().toString());
    settings.setCustomerLanguage(m_ui->customerLanguageCombo->currentData().toString());
    settings.setDefaultPhoneRegion(m_ui->phoneRegionCombo->currentData().toString());
    settings.setDesktopNotifications(m_ui->desktopNotificationsCheck->isChecked());
    settings.setWatchForDisconnections(m_ui->watchCheck->isChecked());
    settings.setWatchIntervalMinutes(m_ui->watchIntervalSpin->value());
    settings.sync();
    // Applied at once: every window retranslates itself on the LanguageChange this sends.
    if (previousLanguage != settings.uiLanguage())
        installTranslations(settings.uiLanguage());
}

void SettingsDialog::accept()
{
    const QString apiBase = m_ui->apiBaseEdit->text().trimmed();
    if (m_ui->apiBaseEdit->isEnabled()) {
        const QUrl url = apiBase.isEmpty() ? Settings::defaultApiBaseUrl() : QUrl(apiBase);
        if (Error error = Validation::checkApiBaseUrl(url)) {
            showProblem(error);
            m_ui->apiBaseEdit->setFocus();
            return;
        }
        m_ui->apiBaseEdit->setText(url.toString());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    saveClientToken();
}

// The two secrets, one after the other (each is a vault write), then everything else: the
// dialog closes only once all of it is saved, and stays open to say what failed.
void SettingsDialog::saveClientToken()
{
    const QString token = m_ui->clientTokenEdit->text().trimmed();
    if (!m_clientTokenLoaded || token == m_loadedClientToken) {
        savePartnerToken();
        return;
    }
    m_workspace->repository()->setClientToken(token, this, [this, token](const Error &error) {
        if (error) {
            m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
            showProblem(error);
            m_ui->clientTokenEdit->setFocus();
            return;
        }
        m_loadedClientToken = token; // saved: a second Save after a later failure leaves it be
        savePartnerToken();
    });
}

void SettingsDialog::savePartnerToken()
{
    const QString token = m_ui->partnerTokenEdit->text().trimmed();
    if (!m_partnerTokenLoaded || token == m_loadedPartnerToken) {
        finishSaving();
        return;
    }
    m_workspace->repository()->setPartnerToken(token, this, [this, token](const Error &error) {
        if (error) {
            m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
            showProblem(error);
            m_ui->partnerTokenEdit->setFocus();
            return;
        }
        m_loadedPartnerToken = token;
        finishSaving();
    });
}

void SettingsDialog::finishSaving()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    saveNonSecretSettings();
    QDialog::accept();
}

} // namespace PartnerDesk
