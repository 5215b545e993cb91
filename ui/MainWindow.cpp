#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Appearance.h"
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "FirstPaintExit.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "MessageBox.h"
#include "SettingsDialog.h"

#include "model/InstanceListModel.h"
#include "Workspace.h"
#include "util/Validation.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QProgressDialog>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace PartnerDesk {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_workspace(workspace)
    , m_model(new InstanceListModel(workspace->repository(), this))
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    m_ui->emptyExplanation->setMaximumWidth(560);
    m_ui->emptyDemoHint->setEnabled(false);
    QFont nameFont = m_ui->detailName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_ui->detailName->setFont(nameFont);
    Appearance::scaleFont(m_ui->problemsTitle, 1, true);
    Appearance::makeBanner(m_ui->problemsNotice, Appearance::Tone::Attention);

    m_ui->instanceTable->setModel(m_model);
    m_ui->instanceTable->sortByColumn(InstanceListModel::NameColumn, Qt::AscendingOrder);
    // The name takes the room left; the other columns are as wide as their words.
    m_ui->instanceTable->horizontalHeader()->setSectionResizeMode(InstanceListModel::NameColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    setUpActions();

    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateState(); // "Showing N of M" even when every row still matches
    });
    // A new search or an import starts the list over: the instance the agent was on stays
    // current when it is still shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_currentBeforeReset = selectedInstance(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_currentBeforeReset.isNull())
            selectInstance(m_currentBeforeReset);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    // The list is drawn from its first screenful; the rest of it is read once it has been.
    m_ui->instanceTable->viewport()->installEventFilter(this);
    // A change saved by the CLI or another window shows here within half a second.
    workspace->repository()->watchOtherProcesses(std::chrono::milliseconds(500));
    connect(m_ui->instanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateState);
    // Assistive technologies choose a row by selecting it (AT-SPI's Table and Selection),
    // which leaves the current index where it was: the selected row becomes the current one.
    connect(m_ui->instanceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QItemSelectionModel *selection = m_ui->instanceTable->selectionModel();
        const QModelIndexList rows = selection->selectedRows();
        if (!rows.isEmpty() && !selection->isRowSelected(selection->currentIndex().row(), selection->currentIndex().parent()))
            selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    });
    connect(m_ui->instanceTable, &QAbstractItemView::activated, this, &MainWindow::editInstance);
    connect(workspace->vault(), &CredentialVault::stateChanged, this, [this](CredentialVault::State state) {
        if (state == CredentialVault::State::Failed)
            QTimer::singleShot(0, this, &MainWindow::offerStartOver);
    });

    retranslate();
    updateState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->instanceTable->viewport() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        m_model->readRestInPieces();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Settings switches the interface language at once; everything on screen follows.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        retranslate();
        updateState();
    }
    QMainWindow::changeEvent(event);
}

// The texts the .ui file cannot hold.
void MainWindow::retranslate()
{
    QString title = tr("Partner Desk");
    if (m_workspace->isInMemory())
        title = tr("Partner Desk — demo (made-up customers, nothing is saved)");
    else if (m_workspace->profile().name() != QLatin1String(Profile::defaultName))
        title = tr("Partner Desk — profile %1").arg(m_workspace->profile().name());
    setWindowTitle(title);
    fitToTexts();
    // The shortcuts the tool tips mention are the actions' own, in the platform's words.
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_ui->searchField->setPlaceholderText(withShortcut(tr("Search by name, phone or notes"), m_ui->actionFind));
    m_ui->detailConnectButton->setToolTip(withShortcut(m_ui->actionConnect->toolTip(), m_ui->actionConnect));
    m_ui->detailProblemsButton->setToolTip(withShortcut(m_ui->actionConnectionProblems->toolTip(), m_ui->actionConnectionProblems));
}

// Column widths that fit the language's words ("Último status conhecido" is longer than
// "Last known status") and its date format, measured on samples rather than on every row (a
// list of 10,000 would be measured on each change). The details panel needs nothing: the
// splitter keeps it as wide as its labels and values ask.
void MainWindow::fitToTexts()
{
    QHeaderView *header = m_ui->instanceTable->horizontalHeader();
    const QFontMetrics metrics(m_ui->instanceTable->font());
    const int padding = 3 * metrics.averageCharWidth();
    const QString widestDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    int widestStatus = 0;
    for (const ConnectionStatus status : {ConnectionStatus::Connected, ConnectionStatus::Disconnected, ConnectionStatus::Unknown})
        widestStatus = qMax(widestStatus, metrics.horizontalAdvance(InstanceListModel::statusText(status)));
    const struct {
        InstanceListModel::Column column;
        int textWidth;
    } columns[] = {
        {InstanceListModel::PhoneColumn, metrics.horizontalAdvance(QStringLiteral("+55 00 00000-0000"))},
        {InstanceListModel::StatusColumn, widestStatus},
        {InstanceListModel::LastCodeColumn, metrics.horizontalAdvance(widestDate)},
    };
    for (const auto &entry : columns)
        header->resizeSection(entry.column, qMax(header->sectionSizeHint(entry.column), entry.textWidth + padding));
}

void MainWindow::setUpActions()
{
    const struct {
        QAction *action;
        const char *themeIcon;
        QStyle::StandardPixmap fallback;
    } icons[] = {
        {m_ui->actionConnect, "network-wireless", QStyle::SP_DialogYesButton},
        {m_ui->actionConnectionProblems, "dialog-password", QStyle::SP_MessageBoxQuestion},
        {m_ui->actionAdd, "list-add", QStyle::SP_FileDialogNewFolder},
        {m_ui->actionEdit, "document-edit", QStyle::SP_FileDialogDetailedView},
        {m_ui->actionRemove, "list-remove", QStyle::SP_TrashIcon},
        {m_ui->actionImport, "document-import", QStyle::SP_DialogOpenButton},
        {m_ui->actionSettings, "preferences-system", QStyle::SP_FileDialogInfoView},
    };
    for (const auto &entry : icons)
        entry.action->setIcon(QIcon::fromTheme(QString::fromLatin1(entry.themeIcon), style()->standardIcon(entry.fallback)));
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::openConnect);
    connect(m_ui->actionConnectionProblems, &QAction::triggered, this, &MainWindow::openExtensionCode);
    connect(m_ui->actionAdd, &QAction::triggered, this, &MainWindow::addInstance);
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editInstance);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeInstance);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importInstances);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    connect(m_ui->emptyAddButton, &QPushButton::clicked, m_ui->actionAdd, &QAction::trigger);
    connect(m_ui->emptyImportButton, &QPushButton::clicked, m_ui->actionImport, &QAction::trigger);
    connect(m_ui->emptySettingsButton, &QPushButton::clicked, m_ui->actionSettings, &QAction::trigger);
    connect(m_ui->detailEditButton, &QPushButton::clicked, m_ui->actionEdit, &QAction::trigger);
    connect(m_ui->detailConnectButton, &QPushButton::clicked, m_ui->actionConnect, &QAction::trigger);
    connect(m_ui->detailProblemsButton, &QPushButton::clicked, m_ui->actionConnectionProblems, &QAction::trigger);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->instanceTable->addActions({m_ui->actionConnect, m_ui->actionConnectionProblems, separator,
                                     m_ui->actionEdit, m_ui->actionRemove});
}

QUuid MainWindow::selectedInstance() const
{
    const QModelIndex current = m_ui->instanceTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(InstanceListModel::KeyRole).toUuid() : QUuid();
}

void MainWindow::selectInstance(const QUuid &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->instanceTable->setCurrentIndex(index);
    m_ui->instanceTable->scrollTo(index);
}

void MainWindow::updateState()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_ui->pages->setCurrentWidget(total == 0 ? m_ui->emptyPage : m_ui->listPage);
    if (total > 0 && !m_ui->instanceTable->selectionModel()->currentIndex().isValid() && shown > 0)
        m_ui->instanceTable->setCurrentIndex(m_model->index(0, 0));

    const bool hasSelection = !selectedInstance().isNull();
    m_ui->actionConnect->setEnabled(hasSelection);
    m_ui->actionConnectionProblems->setEnabled(hasSelection);
    m_ui->actionEdit->setEnabled(hasSelection);
    m_ui->actionRemove->setEnabled(hasSelection);
    m_ui->actionFind->setEnabled(total > 0);
    if (m_model->searchText().isEmpty())
        statusBar()->showMessage(tr("%Ln instance(s)", nullptr, total)); // "100,000", not "100000"
    else
        statusBar()->showMessage(tr("Showing %1 of %Ln instance(s)", nullptr, total).arg(QLocale().toString(shown)));
    updateDetails();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->instanceTable->selectionModel()->currentIndex();
    m_ui->detailPanel->setVisible(current.isValid());
    if (!current.isValid())
        return;
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(current.data(InstanceListModel::KeyRole).toUuid());
    if (!record)
        return;
    m_ui->detailName->setText(record->name);
    m_ui->detailPhone->setText(record->phone.isEmpty() ? tr("not set") : Validation::displayPhone(record->phone));
    m_ui->detailStatus->setText(InstanceListModel::statusText(record->status));
    m_ui->detailId->setText(tr("ends in %1").arg(record->idSuffix));
    m_ui->detailNotes->setText(record->notes);
    m_ui->detailNotes->setVisible(!record->notes.isEmpty());
}

void MainWindow::openConnect()
{
    const QUuid key = selectedInstance();
    if (key.isNull())
        return;
    bool extensionRequested = false;
    {
        ConnectDialog dialog(m_workspace, key, this);
        connect(&dialog, &ConnectDialog::extensionFlowRequested, this, [&extensionRequested] { extensionRequested = true; });
        dialog.exec();
    }
    // One dialog at a time: the QR one has closed before the extension one opens.
    if (extensionRequested)
        openExtensionCode();
}

void MainWindow::openExtensionCode()
{
    const QUuid key = selectedInstance();
    if (key.isNull())
        return;
    ExtensionCodeDialog dialog(m_workspace, key, this);
    connect(&dialog, &ExtensionCodeDialog::settingsRequested, this, [this, &dialog] {
        SettingsDialog settings(m_workspace, &dialog);
        if (settings.exec() == QDialog::Accepted)
            dialog.requestNewCode();
    });
    dialog.exec();
}

void MainWindow::addInstance()
{
    InstanceDialog dialog(m_workspace->repository(), {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_ui->searchField->clear();
        selectInstance(dialog.savedKey());
    }
}

void MainWindow::editInstance()
{
    const QUuid key = selectedInstance();
    if (key.isNull())
        return;
    InstanceDialog dialog(m_workspace->repository(), key, this);
    dialog.exec();
}

void MainWindow::removeInstance()
{
    const QUuid key = selectedInstance();
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (!record)
        return;
    const QString name = record->name;
    const auto answer = MessageBox::question(
        this, tr("Remove instance"),
        tr("Remove \"%1\" from Partner Desk?\n\nIts instance ID and token are deleted from this computer. The instance itself keeps working at Z-API.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Error error = m_workspace->repository()->removeInstance(key))
        MessageBox::warning(this, tr("Remove instance"), error.message());
}

void MainWindow::importInstances()
{
    ImportDialog dialog(m_workspace->repository(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_ui->searchField->clear();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_workspace, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Partner Desk"),
        tr("Partner Desk %1\n\nFor Z-API partners: keep your customers' instances, with their credentials protected by the system keychain, and help customers connect WhatsApp.")
            .arg(QStringLiteral(PARTNERDESK_VERSION)));
}

void MainWindow::offerStartOver()
{
    CredentialVault *vault = m_workspace->vault();
    if (vault->state() != CredentialVault::State::Failed)
        return;
    const auto answer = MessageBox::question(
        this, tr("Saved credentials cannot be opened"),
        tr("%1\n\nStart over now? The old vault is kept aside, untouched; your list of instances stays as it is, and you enter the Client-Token and the instances' credentials again (or import them).")
            .arg(vault->failure().message()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    vault->startOver(this, [this](const Error &error, const QString &keptAside) {
        if (error) {
            MessageBox::warning(this, tr("Start over"), error.message());
            return;
        }
        MessageBox::information(
            this, tr("Start over"),
            keptAside.isEmpty()
                ? tr("A new, empty vault is ready. Set the Client-Token in Settings and enter each instance's credentials with Edit, or import them again.")
                : tr("The old vault was kept as %1.\n\nA new, empty vault is ready. Set the Client-Token in Settings and enter each instance's credentials with Edit, or import them again.").arg(keptAside));
    });
}

void MainWindow::moveLegacyProfile()
{
    InstanceRepository *repository = m_workspace->repository();
    // Not modal: the window stays usable, and a modal QProgressDialog runs the event loop
    // from inside setValue().
    const QString moving = tr("Moving your instances from the previous version of Partner Desk…");
    auto *dialog = new QProgressDialog(moving, tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("legacyMoveDialog"));
    dialog->setWindowTitle(tr("Partner Desk"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(0);
    connect(repository, &InstanceRepository::progress, dialog, [dialog](int rowsDone, int rowsTotal) {
        dialog->setMaximum(rowsTotal);
        dialog->setValue(rowsDone);
    });
    connect(dialog, &QProgressDialog::canceled, repository, &InstanceRepository::cancelBackgroundWork);
    dialog->show();
    // Not "0 instances" behind the dialog while they are on their way.
    statusBar()->showMessage(moving);
    repository->moveLegacyProfile(this, [this, dialog = QPointer<QProgressDialog>(dialog)](const Error &error) {
        if (dialog)
            dialog->close();
        updateState();
        if (error.code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Your instances were not moved; Partner Desk moves them the next time it starts."));
        else if (error)
            showStartupProblem(error.message());
    });
}

void MainWindow::showStartupProblem(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] {
        MessageBox::warning(this, tr("Partner Desk"), message);
    });
}

void MainWindow::quitAfterFirstPaint()
{
    new FirstPaintExit(m_ui->instanceTable, m_ui->emptyPage, this);
}

} // namespace PartnerDesk
