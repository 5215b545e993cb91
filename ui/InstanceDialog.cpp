#include "InstanceDialog.h"
#include "ui_InstanceDialog.h"

#include "Appearance.h"

#include "store/InstanceRepository.h"

#include <QPushButton>

namespace PartnerDesk {

InstanceDialog::InstanceDialog(InstanceRepository *repository, const QUuid &key, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::InstanceDialog), m_repository(repository), m_key(key)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    m_ui->notesEdit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        const auto mode = reveal ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->instanceIdEdit->setEchoMode(mode);
        m_ui->instanceTokenEdit->setEchoMode(mode);
    });

    if (m_key.isNull()) {
        setWindowTitle(tr("Add instance"));
        m_ui->nameEdit->setFocus();
        return;
    }
    setWindowTitle(tr("Edit instance"));
    if (const std::optional<InstanceRecord> record = m_repository->record(m_key)) {
        m_ui->nameEdit->setText(record->name);
        m_ui->phoneEdit->setText(record->phone);
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
    InstanceRecord record;
    record.key = m_key;
    record.name = m_ui->nameEdit->text();
    record.phone = m_ui->phoneEdit->text();
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
