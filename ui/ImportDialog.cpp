#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "store/InstanceRepository.h"
#include "util/Logging.h"
#include "util/PhoneNumbers.h"

#include <QFileDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace PartnerDesk {

namespace {
// A preview is for checking the columns were understood, not for reading 10,000 rows.
constexpr int previewRowLimit = 500;
}

ImportDialog::ImportDialog(InstanceRepository *repository, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_repository(repository)
    , m_preview(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Customer phone"), tr("Instance ID")});
    m_ui->previewTable->setModel(m_preview);
    m_ui->skippedLabel->hide();
    m_ui->skippedList->hide();

    connect(m_repository, &InstanceRepository::progress, this, [this](int rowsDone, int rowsTotal) {
        m_ui->progressBar->setRange(0, rowsTotal);
        m_ui->progressBar->setValue(rowsDone);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text() != m_loadedPath)
            loadFile(m_ui->fileEdit->text());
    });
    // Enter in the file field shows that file's preview; it must not also press Import (the
    // default button) for a file nobody has looked at.
    m_ui->fileEdit->installEventFilter(this);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Import instances"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       tr("CSV files (*.csv);;All files (*)"));
        picker->setObjectName(QStringLiteral("csvFilePicker"));
        picker->setFileMode(QFileDialog::ExistingFile);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
        picker->open();
    });
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->fileEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadFile(m_ui->fileEdit->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::loadFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    m_loadedPath = path;
    m_preview->removeRows(0, m_preview->rowCount());
    setCursor(Qt::BusyCursor);
    m_parsed = CsvImport::parseFile(path, m_repository->defaultPhoneRegion());
    unsetCursor();
    if (m_parsed.error) {
        m_ui->summaryLabel->setText(m_parsed.error.message());
        m_importButton->setEnabled(false);
        showSkipped({});
        return;
    }
    const int shown = qMin(previewRowLimit, static_cast<int>(m_parsed.rows.size()));
    for (int i = 0; i < shown; ++i) {
        const ImportRow &row = m_parsed.rows.at(i);
        auto *line = new QStandardItem(QString::number(row.line));
        line->setData(row.line, Qt::DisplayRole);
        m_preview->appendRow({line, new QStandardItem(row.name), new QStandardItem(PhoneNumbers::display(row.phone)),
                              new QStandardItem(tr("ends in %1").arg(maskedSuffix(row.secrets.instanceId)))});
    }
    m_ui->previewTable->resizeColumnsToContents();
    // Whole sentences, each with its own plural, so every language can word each one.
    QStringList summary{tr("%n row(s) ready to import.", nullptr, static_cast<int>(m_parsed.rows.size()))};
    if (!m_parsed.skipped.isEmpty())
        summary.append(tr("%n row(s) will be skipped.", nullptr, static_cast<int>(m_parsed.skipped.size())));
    if (m_parsed.rows.size() > shown)
        summary.append(tr("Showing the first %n row(s).", nullptr, shown));
    m_ui->summaryLabel->setText(summary.join(u' '));
    showSkipped(m_parsed.skipped);
    m_importButton->setEnabled(!m_parsed.rows.isEmpty());
}

void ImportDialog::showSkipped(const QList<SkippedRow> &skipped)
{
    QStringList lines;
    for (const SkippedRow &row : skipped)
        lines.append(tr("Line %1: %2").arg(row.line).arg(row.reason));
    m_ui->skippedList->setPlainText(lines.join(u'\n'));
    m_ui->skippedLabel->setVisible(!skipped.isEmpty());
    m_ui->skippedList->setVisible(!skipped.isEmpty());
}

void ImportDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    m_importButton->setEnabled(false);
    m_ui->browseButton->setEnabled(false);
    m_ui->fileEdit->setEnabled(false);
    m_ui->progressBar->setRange(0, 0); // busy until the first report (the keychain may ask first)
    m_ui->progressBar->show();
    m_ui->summaryLabel->setText(tr("Importing %n row(s)…", nullptr, static_cast<int>(m_parsed.rows.size())));
    m_importing = true;
    m_repository->importInstances(m_parsed.rows, this, [this](const Error &error, const ImportSummary &summary) {
        m_importing = false;
        m_ui->progressBar->hide();
        if (error) {
            m_ui->summaryLabel->setText(error.code == ErrorCode::Cancelled
                                            ? tr("Import cancelled. Nothing was changed.")
                                            : error.message());
            m_importButton->setEnabled(true);
            m_ui->browseButton->setEnabled(true);
            m_ui->fileEdit->setEnabled(true);
            m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
            return;
        }
        QList<SkippedRow> skipped = m_parsed.skipped;
        skipped.append(summary.skipped);
        m_ui->summaryLabel->setText(tr("Imported: %1 added, %2 updated, %3 skipped.")
                                        .arg(summary.added)
                                        .arg(summary.updated)
                                        .arg(skipped.size()));
        m_ui->skippedLabel->setText(tr("Rows that were skipped:"));
        showSkipped(skipped);
        m_done = true;
        m_importButton->setText(tr("&Close"));
        m_importButton->setEnabled(true);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
        m_ui->browseButton->setEnabled(false);
        m_ui->fileEdit->setEnabled(false);
    });
}

void ImportDialog::reject()
{
    if (!m_importing) {
        QDialog::reject();
        return;
    }
    m_repository->cancelBackgroundWork();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Cancelling…"));
}

} // namespace PartnerDesk
