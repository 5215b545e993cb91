#include "InstanceDialog.h"
#include "ui_InstanceDialog.h"

#include "Appearance.h"
#include "ClipboardSafety.h"

#include "store/InstanceRepository.h"
#include "util/PhoneNumbers.h"

#include <QPushButton>

namespace PartnerDesk {

InstanceDialog::InstanceDialog(InstanceRepository *repository, const QUuid &key, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::InstanceDialog), m_repository(repository), m_key(key)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    m_ui->phoneFeedbackLabel->hide();
    m_ui->notesEdit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &InstanceDialog::showPhoneFeedback);
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        const auto mode = reveal ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->instanceIdEdit->setEchoMode(mode);
        m_ui->instanceTokenEdit->setEchoMode(mode);
    });
    // Shown, the credentials can be copied on purpose, but selecting them does not publish them.
    keepOutOfPrimarySelection(m_ui->instanceIdEdit);
    keepOutOfPrimarySelection(m_ui->instanceTokenEdit);

    if (m_key.isNull()) {
        setWindowTitle(tr("Add instance"));
        m_ui->nameEdit->setFocus();
        return;
    }
    setWindowTitle(tr("Edit instance"));
    if (const std::optional<InstanceRecord> record = m_repository->record(m_key)) {
        m_ui->nameEdit->setText(record->name);
        m_loadedPhone = PhoneNumbers::display(record->phone);
        m_ui->phoneEdit->setText(m_loadedPhone);
        m_ui->notesEdit->setPlainText(record->notes);
    }
    loadSecrets();
}

InstanceDialog::~InstanceDialog() = default;

void InstanceDialog::loadSecrets()
{
    m_ui->credentialsBox->setEnabled(false);
    m_ui->instanceIdEdit->setPlaceholderText(tr("Opening the vault…"));
    m_repository->instanceSecrets(m_key, this, [this](const Error &error, const InstanceSecrets &secrets) {
        m_ui->credentialsBox->setEnabled(true);
        m_ui->instanceIdEdit->setPlaceholderText({});
        // Missing or unreadable in this row: entered again here, as the message says.
        const bool enterAgain = error.code == ErrorCode::InstanceSecretsMissing
            || error.code == ErrorCode::InstanceSecretsUnreadable;
        if (error && !enterAgain) {
            // Name, phone and notes can still be edited; the credentials stay as they are.
            m_ui->credentialsBox->setEnabled(false);
            showProblem(error);
            return;
        }
        m_loadedSecrets = secrets;
        m_secretsLoaded = true;
        m_ui->instanceIdEdit->setText(secrets.instanceId);
        m_ui->instanceTokenEdit->setText(secrets.instanceToken);
        if (error)
            showProblem(error);
    });
}

void InstanceDialog::showProblem(const Error &error)
{
    m_ui->problemLabel->setText(error.message());
    Appearance::makeBanner(m_ui->problemLabel, Appearance::Tone::Problem);
    m_ui->problemLabel->show();
}

QString InstanceDialog::understood(const PhoneNumber &number)
{
    const QString shown = PhoneNumbers::display(number.e164);
    const QString country = PhoneNumbers::regionName(number.region);
    switch (number.kind) {
    case PhoneNumber::Kind::Mobile:
        return tr("Understood as %1, a mobile number in %2.").arg(shown, country);
    case PhoneNumber::Kind::Landline:
        return tr("Understood as %1, a landline in %2.").arg(shown, country);
    case PhoneNumber::Kind::MobileOrLandline:
        return tr("Understood as %1, a number in %2.").arg(shown, country);
    case PhoneNumber::Kind::Voip:
        return tr("Understood as %1, an internet (VoIP) number in %2.").arg(shown, country);
    }
    return {};
}

void InstanceDialog::showPhoneFeedback()
{
    // Under the field as it is typed: the number as it will be saved, or why it cannot be.
    QLabel *label = m_ui->phoneFeedbackLabel;
    const QString typed = m_ui->phoneEdit->text();
    PhoneNumber number;
    if (typed.trimmed().isEmpty()) {
        label->hide();
    } else if (const Error error = PhoneNumbers::parse(typed, m_repository->defaultPhoneRegion(), &number)) {
        label->setText(error.message());
        Appearance::setTextTone(label, Appearance::Tone::Problem);
        label->show();
    } else {
        label->setText(understood(number));
        Appearance::clearTone(label);
        Appearance::makeSecondary(label);
        label->show();
    }
    m_ui->phoneEdit->setAccessibleDescription(label->isVisible() ? label->text() : QString());
}

void InstanceDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void InstanceDialog::accept()
{
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        m_ui->problemLabel->setText(tr("Give the instance a name, so you can find it later."));
        m_ui->problemLabel->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    const QString phone = m_ui->phoneEdit->text().simplified();
    PhoneNumber number;
    // A phone that could not be understood may stay as it was saved; a new one must be right.
    // Why it is not is already under the field.
    if (!phone.isEmpty() && phone != m_loadedPhone
        && PhoneNumbers::parse(phone, m_repository->defaultPhoneRegion(), &number)) {
        m_ui->phoneEdit->setFocus();
        return;
    }
    InstanceRecord record;
    record.key = m_key;
    record.name = m_ui->nameEdit->text();
    record.phone = phone;
    record.notes = m_ui->notesEdit->toPlainText();
    const InstanceSecrets secrets{m_ui->instanceIdEdit->text().trimmed(),
                                  m_ui->instanceTokenEdit->text().trimmed()};
    setBusy(true);
    if (m_key.isNull()) {
        m_repository->addInstance(record, secrets, this, [this](const Error &error, const QUuid &key) {
            setBusy(false);
            if (error) {
                showProblem(error);
                return;
            }
            m_key = key;
            QDialog::accept();
        });
        return;
    }
    std::optional<InstanceSecrets> changedSecrets;
    if (m_secretsLoaded && !(secrets == m_loadedSecrets))
        changedSecrets = secrets;
    m_repository->updateInstance(record, changedSecrets, this, [this](const Error &error) {
        setBusy(false);
        if (error) {
            showProblem(error);
            return;
        }
        QDialog::accept();
    });
}

} // namespace PartnerDesk
