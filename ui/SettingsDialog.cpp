#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Appearance.h"

#include "Workspace.h"
#include "util/PhoneNumbers.h"
#include "util/Translations.h"
#include "util/Validation.h"

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

    connect(m_ui->revealCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        m_ui->clientTokenEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    });
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
        m_ui->clientTokenEdit->setFocus();
    });
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
    const QString token = m_ui->clientTokenEdit->text().trimmed();
    if (!m_clientTokenLoaded || token == m_loadedClientToken) {
        saveNonSecretSettings();
        QDialog::accept();
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_workspace->repository()->setClientToken(token, this, [this](const Error &error) {
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
        if (error) {
            showProblem(error);
            return;
        }
        saveNonSecretSettings();
        QDialog::accept();
    });
}

} // namespace PartnerDesk
