#include "AccountSyncDialog.h"
#include "ui_AccountSyncDialog.h"

#include "Appearance.h"
#include "SettingsDialog.h"

#include "Workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace PartnerDesk {

namespace {

// A confirmation names at most this many instances; the rest are counted.
constexpr int namesShown = 12;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

AccountSyncDialog::AccountSyncDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AccountSyncDialog)
    , m_workspace(workspace)
    , m_sync(new AccountSync(workspace, this))
{
    m_ui->setupUi(this);
    // As tall as what it says: a progress bar while it runs, the summary and its list after.
    setMinimumWidth(qMax(480, 60 * fontMetrics().averageCharWidth()));
    m_removeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_removeButton->setObjectName(QStringLiteral("removeGoneButton"));
    m_settingsButton = m_ui->buttonBox->addButton(tr("Open &Settings…"), QDialogButtonBox::ActionRole);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_againButton = m_ui->buttonBox->addButton(tr("Sync &again"), QDialogButtonBox::ActionRole);
    m_againButton->setObjectName(QStringLiteral("syncAgainButton"));
    // Never pressed by Enter: removing is a decision, and Enter closes a finished sync.
    for (QPushButton *button : {m_removeButton, m_settingsButton, m_againButton})
        button->setAutoDefault(false);

    connect(m_sync, &AccountSync::progress, this, &AccountSyncDialog::showProgress);
    connect(m_sync, &AccountSync::finished, this, &AccountSyncDialog::showReport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountSyncDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountSyncDialog::confirmRemoval);
    connect(m_settingsButton, &QPushButton::clicked, this, &AccountSyncDialog::settingsRequested);
    connect(m_againButton, &QPushButton::clicked, this, &AccountSyncDialog::start);
}

AccountSyncDialog::~AccountSyncDialog() = default;

bool AccountSyncDialog::isRunning() const
{
    return m_sync->isRunning();
}

void AccountSyncDialog::start()
{
    if (m_sync->isRunning())
        return;
    m_report = AccountSyncReport();
    m_removed = -1;
    if (m_confirmation)
        m_confirmation->close();
    m_ui->stateLabel->setText(tr("Reading your Z-API account…"));
    m_ui->progressBar->setRange(0, 0); // busy until the first page says how many there are
    m_ui->progressBar->show();
    m_ui->problemLabel->hide();
    m_ui->summaryPanel->hide();
    m_ui->detailsText->hide();
    // Before the buttons are hidden: the box shows all of its buttons again as it lays them out.
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Cancel);
    m_removeButton->hide();
    m_settingsButton->hide();
    m_againButton->hide();
    fitToContents();
    m_sync->start();
}

void AccountSyncDialog::reject()
{
    if (m_sync->isRunning()) {
        m_sync->cancel(); // finished() follows and says what was done
        return;
    }
    QDialog::reject();
}

void AccountSyncDialog::showProgress(int pagesRead, int totalPages, int instancesRead, qint64 totalInstances)
{
    m_ui->progressBar->setRange(0, qMax(totalPages, pagesRead));
    m_ui->progressBar->setValue(pagesRead);
    m_ui->progressBar->setFormat(tr("Page %v of %m"));
    m_ui->stateLabel->setText(tr("Reading your Z-API account: page %1 of %2 (%3 of %4 instances)…")
                                  .arg(number(pagesRead), number(qMax(totalPages, pagesRead)), number(instancesRead),
                                       number(totalInstances)));
}

void AccountSyncDialog::showReport(const AccountSyncReport &report)
{
    m_report = report;
    m_ui->progressBar->hide();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close); // shows every button: each is set below
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    m_againButton->show();
    m_settingsButton->hide();

    const int pages = report.pagesRead;
    if (report.complete) {
        m_ui->stateLabel->setText(tr("Done: your list now has every instance of your Z-API account."));
        m_ui->problemLabel->hide();
    } else {
        QString notDone;
        if (pages == 0) {
            m_ui->stateLabel->setText(tr("The sync stopped before reading anything."));
            notDone = tr("Nothing was changed.");
        } else {
            m_ui->stateLabel->setText(tr("The sync stopped after page %1 of %2.").arg(number(pages), number(qMax(report.totalPages, pages))));
            notDone = tr("The pages read were saved. The rest of the account was not read, so its other instances were not brought in or updated, and the instances no longer in the account are not known yet. Sync again to finish.");
        }
        m_ui->problemLabel->setText(report.error.message() + QStringLiteral("\n\n") + notDone);
        Appearance::makeBanner(m_ui->problemLabel, report.error.code == ErrorCode::Cancelled ? Appearance::Tone::Attention
                                                                                             : Appearance::Tone::Problem);
        m_ui->problemLabel->show();
        m_settingsButton->setVisible(SettingsDialog::fixes(report.error));
    }

    // What it did, even when it stopped: the pages applied count.
    m_ui->summaryPanel->setVisible(pages > 0);
    m_ui->addedValue->setText(number(report.added));
    m_ui->updatedValue->setText(number(report.updated));
    m_ui->unchangedValue->setText(number(report.unchanged));
    m_ui->failedValue->setText(number(report.failed.size()));
    if (!report.failed.isEmpty())
        Appearance::setTextTone(m_ui->failedValue, Appearance::Tone::Problem);
    else
        Appearance::clearTone(m_ui->failedValue);
    m_ui->goneLabel->setVisible(report.complete);
    m_ui->goneValue->setVisible(report.complete);
    m_ui->goneValue->setText(number(report.gone.size()));
    m_removeButton->setText(tr("&Remove %n instance(s) no longer in the account…", nullptr, static_cast<int>(report.gone.size())));
    m_removeButton->setVisible(!report.gone.isEmpty());
    showDetails();
    fitToContents();
}

// Once the layouts have taken in what was shown and hidden (they hear of it from posted
// events): as big as what the window now says.
void AccountSyncDialog::fitToContents()
{
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}

// The instances behind the numbers that need the agent: those the account no longer has and
// those that could not be saved. Names and ID endings only.
void AccountSyncDialog::showDetails()
{
    QStringList lines;
    if (!m_report.gone.isEmpty()) {
        if (m_removed >= 0)
            lines.append(tr("Removed from Partner Desk: %1 of the instances no longer in your Z-API account.").arg(number(m_removed)));
        else
            lines.append(tr("No longer in your Z-API account (kept here, marked, until you remove them):"));
        for (const InstanceRecord &record : std::as_const(m_report.gone))
            lines.append(tr("  %1 (instance ID ends in %2)").arg(record.name, record.idSuffix));
    }
    if (!m_report.failed.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(tr("Not saved:"));
        for (const SyncFailure &failure : std::as_const(m_report.failed)) {
            const QString name = failure.name.isEmpty() ? tr("(no name)") : failure.name;
            lines.append(tr("  %1 (instance ID ends in %2): %3").arg(name, failure.idSuffix, failure.reason));
        }
    }
    m_ui->detailsText->setPlainText(lines.join(u'\n'));
    m_ui->detailsText->setVisible(!lines.isEmpty());
}

void AccountSyncDialog::confirmRemoval()
{
    if (m_confirmation && m_confirmation->isVisible()) {
        m_confirmation->raise();
        m_confirmation->activateWindow();
        return;
    }
    const int count = static_cast<int>(m_report.gone.size());
    QStringList names;
    for (const InstanceRecord &record : std::as_const(m_report.gone).first(qMin(count, namesShown)))
        names.append(QStringLiteral("• ") + record.name);
    if (count > namesShown)
        names.append(tr("and %n more", nullptr, count - namesShown));
    const QString text = tr("Remove %n instance(s) from Partner Desk?", nullptr, count) + QStringLiteral("\n\n")
        + tr("Your Z-API account no longer has them:") + u'\n' + names.join(u'\n') + QStringLiteral("\n\n")
        + tr("Their instance IDs and tokens are deleted from this computer. If one comes back to the account, the next sync brings it in again.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove instances no longer in the account"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeGoneConfirmation"));
    box->setTextFormat(Qt::PlainText); // the names are as the account or the agent wrote them
    box->button(QMessageBox::Yes)->setText(tr("&Remove %n instance(s)", nullptr, count));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            removeGone();
    });
    m_confirmation = box;
    box->open();
}

void AccountSyncDialog::removeGone()
{
    int removed = 0;
    if (Error error = m_sync->removeMissing(m_report.gone, &removed)) {
        m_ui->problemLabel->setText(error.message());
        Appearance::makeBanner(m_ui->problemLabel, Appearance::Tone::Problem);
        m_ui->problemLabel->show();
        return;
    }
    m_removed = removed;
    m_removeButton->hide();
    const int kept = static_cast<int>(m_report.gone.size()) - removed;
    m_ui->stateLabel->setText(kept > 0 ? tr("%n instance(s) removed; the others are in the account again and were kept.", nullptr, removed)
                                       : tr("%n instance(s) removed.", nullptr, removed));
    showDetails();
}

} // namespace PartnerDesk
