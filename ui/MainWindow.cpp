#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountSyncDialog.h"
#include "Appearance.h"
#include "CheckFailuresModel.h"
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "FirstPaintExit.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "SettingsDialog.h"

#include "account/DisconnectionWatcher.h"
#include "account/StatusCheck.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "model/InstanceListModel.h"
#include "Workspace.h"
#include "util/PhoneNumbers.h"
#include "store/KeptAside.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QItemSelectionModel>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace PartnerDesk {

namespace {

Icons::Name statusIconName(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return Icons::Name::StatusConnected;
    case ConnectionStatus::Disconnected:
        return Icons::Name::StatusDisconnected;
    case ConnectionStatus::Unknown:
        break;
    }
    return Icons::Name::StatusUnknown;
}

// The status cell: its icon (colour and shape) before its words, so a column of statuses
// reads at a glance and without telling colours apart.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant status = index.data(InstanceListModel::StatusRole);
        if (!status.isValid())
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        const bool checkFailed = !index.data(CheckFailuresModel::CheckFailureRole).toString().isEmpty();
        option->icon = checkFailed ? Icons::icon(Icons::Name::Error)
                                   : Icons::icon(statusIconName(static_cast<ConnectionStatus>(status.toInt())));
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
};

// The narrowest a customer's name is shown: a name cut to "Acade…" identifies nobody.
constexpr int minimumNameCharacters = 22;
// A notification names at most this many customers; the rest are counted.
constexpr int namesInNotification = 5;

// Z-API's word for a subscription's payment, in the interface's language; a word it has not
// documented is shown as it came.
QString paymentStatusText(const QString &word)
{
    const QString upper = word.trimmed().toUpper();
    if (upper == QLatin1String("PAID"))
        return MainWindow::tr("Paid");
    if (upper == QLatin1String("TRIAL"))
        return MainWindow::tr("Trial");
    if (upper == QLatin1String("OVERDUE"))
        return MainWindow::tr("Overdue");
    if (upper == QLatin1String("EXPIRED"))
        return MainWindow::tr("Expired");
    if (upper == QLatin1String("PENDING"))
        return MainWindow::tr("Payment pending");
    if (upper == QLatin1String("CANCELED") || upper == QLatin1String("CANCELLED"))
        return MainWindow::tr("Cancelled");
    return word;
}

bool isPaidUp(const QString &word)
{
    const QString upper = word.trimmed().toUpper();
    return word.isEmpty() || upper == QLatin1String("PAID") || upper == QLatin1String("TRIAL");
}

QString shortDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString shortTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_workspace(workspace)
    , m_model(new InstanceListModel(workspace->repository(), this))
    , m_list(new CheckFailuresModel(this))
    , m_statusCheck(new StatusCheck(workspace, this))
    , m_watcher(new DisconnectionWatcher(workspace, this))
    , m_attention(new DesktopAttention(workspace->settings(), this))
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

    m_list->setSourceModel(m_model);
    m_ui->instanceTable->setModel(m_list);
    m_ui->instanceTable->sortByColumn(InstanceListModel::NameColumn, Qt::AscendingOrder);
    m_ui->instanceTable->setItemDelegateForColumn(InstanceListModel::StatusColumn, new StatusDelegate(m_ui->instanceTable));
    Appearance::makeBanner(m_ui->connectedNotice, Appearance::Tone::Success);
    Appearance::makeBanner(m_ui->subscriptionNotice, Appearance::Tone::Problem);
    Appearance::makeBanner(m_ui->goneNotice, Appearance::Tone::Attention);
    Appearance::makeBanner(m_ui->attentionNotice, Appearance::Tone::Attention);
    Appearance::setTextTone(m_ui->detailCheckProblem, Appearance::Tone::Problem);
    m_ui->attentionNotice->hide();
    m_ui->attentionDismissButton->setIcon(Icons::icon(Icons::Name::Clear));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    setUpActions();
    // The count is a permanent part of the status bar: a menu's status tip passing over the
    // bar does not take it away.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("instanceCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    // A status check's progress, beside the count while it runs: the list stays in use and
    // each result lands in its row.
    m_statusCheckProgress = new QWidget(this);
    m_statusCheckProgress->setObjectName(QStringLiteral("statusCheckProgress"));
    auto *progressLayout = new QHBoxLayout(m_statusCheckProgress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_statusCheckLabel = new QLabel(m_statusCheckProgress);
    m_statusCheckLabel->setObjectName(QStringLiteral("statusCheckLabel"));
    m_statusCheckBar = new QProgressBar(m_statusCheckProgress);
    m_statusCheckBar->setObjectName(QStringLiteral("statusCheckBar"));
    m_statusCheckBar->setTextVisible(false);
    m_statusCheckBar->setMaximumWidth(12 * fontMetrics().averageCharWidth());
    m_statusCheckCancel = new QPushButton(m_statusCheckProgress);
    m_statusCheckCancel->setObjectName(QStringLiteral("statusCheckCancelButton"));
    progressLayout->addWidget(m_statusCheckLabel);
    progressLayout->addWidget(m_statusCheckBar);
    progressLayout->addWidget(m_statusCheckCancel);
    statusBar()->insertPermanentWidget(0, m_statusCheckProgress);
    m_statusCheckProgress->hide();
    connect(m_statusCheckCancel, &QPushButton::clicked, m_statusCheck, &StatusCheck::cancel);
    connect(m_statusCheck, &StatusCheck::checked, this, &MainWindow::showStatusChecked);
    connect(m_statusCheck, &StatusCheck::progress, this, [this](int done, int total) {
        m_statusCheckBar->setRange(0, total);
        m_statusCheckBar->setValue(done);
        m_statusCheckLabel->setText(tr("Checking status: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_statusCheck, &StatusCheck::finished, this, &MainWindow::finishStatusCheck);

    connect(m_watcher, &DisconnectionWatcher::disconnected, this, &MainWindow::tellAboutDisconnections);
    connect(m_watcher, &DisconnectionWatcher::checkFailed, this, &MainWindow::tellWatchFailed);
    connect(m_ui->attentionButton, &QPushButton::clicked, this, [this] {
        if (m_attentionKind == Attention::Disconnected) {
            showDisconnectedCustomers();
            return;
        }
        dismissAttention();
        openSettings();
    });
    connect(m_ui->attentionDismissButton, &QToolButton::clicked, this, &MainWindow::dismissAttention);
    connect(m_ui->deviceButton, &QPushButton::clicked, this, &MainWindow::askWhoIsConnected);
    connect(m_ui->restartButton, &QPushButton::clicked, this, &MainWindow::confirmRestart);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &MainWindow::confirmDisconnect);

    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateState(); // "Showing N of M" even when every row still matches
    });
    // Esc in the search field clears it (and the list shows everything again).
    m_ui->searchField->installEventFilter(this);
    connect(m_ui->statusFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QVariant status = m_ui->statusFilter->currentData();
        m_model->setStatusFilter(status.isValid() ? std::optional(static_cast<ConnectionStatus>(status.toInt())) : std::nullopt);
        updateState();
    });
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, [this] {
        m_ui->searchField->clear();
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->instanceTable->setFocus(Qt::OtherFocusReason);
    });
    // A new search or an import starts the list over: the instance the agent was on stays
    // current when it is still shown.
    // A click on a notification brings that customer's window back, even from the taskbar.
    connect(m_attention, &DesktopAttention::activated, this, [this](QWidget *window) {
        if (window->isMinimized())
            window->showNormal();
        window->raise();
        window->activateWindow();
        // The main window's own notification is the watcher's: it shows who disconnected.
        if (window == this)
            showDisconnectedCustomers();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_currentBeforeReset = selectedInstance(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_currentBeforeReset.isNull())
            selectInstance(m_currentBeforeReset);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetails);
    // The proxy's: a failed check changes what the details say too.
    connect(m_list, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    // The list is drawn from its first screenful; the rest of it is read once it has been.
    // The name column follows the list's width.
    m_ui->instanceTable->viewport()->installEventFilter(this);
    // A change saved by the CLI or another window shows here within half a second.
    workspace->repository()->watchOtherProcesses(std::chrono::milliseconds(500));
    connect(m_ui->instanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateState);
    // Assistive technologies choose a row by selecting it (AT-SPI's Table and Selection),
    // which leaves the current index where it was, and in a list where several rows can be
    // selected adds the row to the selection: a row selected that way becomes the one chosen,
    // as a click would make it. Ctrl and Shift (with the mouse or the arrows) still select
    // several, and so does the window itself (showDisconnectedCustomers).
    connect(m_ui->instanceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
        if (m_selectingSeveral)
            return;
        QItemSelectionModel *selection = m_ui->instanceTable->selectionModel();
        const QModelIndex current = selection->currentIndex();
        const bool several = QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        if (!selected.isEmpty() && !selected.contains(current) && !several) {
            const QModelIndex chosen = selected.indexes().first();
            selection->setCurrentIndex(chosen.siblingAtColumn(0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
        const QModelIndexList rows = selection->selectedRows();
        if (!rows.isEmpty() && !selection->isRowSelected(current.row(), current.parent()))
            selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    });
    // Enter or a double-click on a customer: the main action. Not `activated`, which desktops
    // set to single-click activation also send for a plain click (that only selects here).
    connect(m_ui->instanceTable, &QAbstractItemView::doubleClicked, this, &MainWindow::openConnect);
    m_ui->instanceTable->installEventFilter(this);
    connect(workspace->vault(), &CredentialVault::stateChanged, this, [this](CredentialVault::State state) {
        if (state == CredentialVault::State::Failed)
            QTimer::singleShot(0, this, &MainWindow::offerStartOver);
    });

    retranslate();
    updateState();
    // Off unless the agent turned it on: then no timer runs at all.
    m_watcher->applySettings();
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->instanceTable->viewport()) {
        if (event->type() == QEvent::Paint && !m_restRequested) {
            m_restRequested = true;
            m_model->readRestInPieces();
        } else if (event->type() == QEvent::Resize) {
            fitNameColumn();
        }
    } else if (watched == m_ui->instanceTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_ui->instanceTable->currentIndex().isValid()) {
            openConnect();
            return true;
        }
    } else if (watched == m_ui->searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_ui->searchField->text().isEmpty()) {
            m_ui->searchField->clear();
            return true;
        }
        // Down goes from the search into its results, as in a browser's address bar; Tab
        // still follows the layout (the status filter comes next).
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            if (!m_ui->instanceTable->currentIndex().isValid())
                m_ui->instanceTable->setCurrentIndex(m_list->index(0, 0));
            m_ui->instanceTable->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeForWidth();
}

// In a narrow window (half a laptop screen) the details go under the list instead of
// beside it: the list keeps the width its columns need, the name first.
void MainWindow::arrangeForWidth()
{
    QHeaderView *header = m_ui->instanceTable->horizontalHeader();
    int listWidth = minimumNameCharacters * m_ui->instanceTable->fontMetrics().averageCharWidth();
    for (const int column : {InstanceListModel::PhoneColumn, InstanceListModel::StatusColumn, InstanceListModel::LastCodeColumn})
        listWidth += header->sectionSize(column);
    // Margins, the splitter's handle and the frames: a few spacings.
    const int besideWidth = listWidth + m_ui->detailPanel->sizeHint().width() + 6 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const Qt::Orientation wanted = width() >= besideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_ui->splitter->orientation() != wanted)
        m_ui->splitter->setOrientation(wanted);
}

// The name takes the room the other columns leave, and never less than a readable name.
void MainWindow::fitNameColumn()
{
    QHeaderView *header = m_ui->instanceTable->horizontalHeader();
    int others = 0;
    for (const int column : {InstanceListModel::PhoneColumn, InstanceListModel::StatusColumn, InstanceListModel::LastCodeColumn})
        others += header->sectionSize(column);
    const int minimum = minimumNameCharacters * m_ui->instanceTable->fontMetrics().averageCharWidth();
    header->resizeSection(InstanceListModel::NameColumn, qMax(minimum, m_ui->instanceTable->viewport()->width() - others));
}

void MainWindow::changeEvent(QEvent *event)
{
    // Settings switches the interface language at once; everything on screen follows.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        m_list->retranslate();
        retranslate();
        updateAttention();
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
    const int filterIndex = qMax(0, m_ui->statusFilter->currentIndex());
    {
        const QSignalBlocker keepFilter(m_ui->statusFilter);
        m_ui->statusFilter->clear();
        m_ui->statusFilter->addItem(tr("All statuses"));
        for (const ConnectionStatus status : {ConnectionStatus::Disconnected, ConnectionStatus::Connected, ConnectionStatus::Unknown})
            m_ui->statusFilter->addItem(Icons::icon(statusIconName(status)), InstanceListModel::statusText(status), static_cast<int>(status));
        m_ui->statusFilter->setCurrentIndex(filterIndex);
    }
    fitToTexts();
    // The shortcuts the tool tips mention are the actions' own, in the platform's words.
    const auto withShortcut = [](const QString &text, const QAction *action) {
        return tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_ui->searchField->setPlaceholderText(withShortcut(tr("Search by name, phone, notes or end of the instance ID"), m_ui->actionFind));
    m_ui->detailConnectButton->setToolTip(withShortcut(m_ui->actionConnect->toolTip(), m_ui->actionConnect));
    m_ui->detailProblemsButton->setToolTip(withShortcut(m_ui->actionConnectionProblems->toolTip(), m_ui->actionConnectionProblems));
    m_statusCheckCancel->setText(tr("Cancel"));
    m_statusCheckCancel->setToolTip(tr("Stop checking; the statuses found so far are kept"));
    m_statusCheckBar->setAccessibleName(tr("Status check progress"));
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
    widestStatus = qMax(widestStatus, metrics.horizontalAdvance(CheckFailuresModel::failedText()));
    const struct {
        InstanceListModel::Column column;
        int textWidth;
    } columns[] = {
        {InstanceListModel::PhoneColumn, metrics.horizontalAdvance(QStringLiteral("+55 00 00000-0000"))},
        {InstanceListModel::StatusColumn, widestStatus},
        {InstanceListModel::LastCodeColumn, metrics.horizontalAdvance(widestDate)},
    };
    // The status cell also holds its icon.
    const int iconRoom = metrics.height() + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + metrics.averageCharWidth();
    for (const auto &entry : columns)
        header->resizeSection(entry.column, qMax(header->sectionSizeHint(entry.column),
                                                 entry.textWidth + padding + (entry.column == InstanceListModel::StatusColumn ? iconRoom : 0)));
    fitNameColumn();
    arrangeForWidth();
}

void MainWindow::setUpActions()
{
    const struct {
        QAction *action;
        Icons::Name icon;
    } icons[] = {
        {m_ui->actionConnect, Icons::Name::Connect},
        {m_ui->actionConnectionProblems, Icons::Name::ConnectionProblems},
        {m_ui->actionAdd, Icons::Name::Add},
        {m_ui->actionEdit, Icons::Name::Edit},
        {m_ui->actionRemove, Icons::Name::Remove},
        {m_ui->actionImport, Icons::Name::Import},
        {m_ui->actionCheckStatus, Icons::Name::CheckStatus},
        {m_ui->actionSettings, Icons::Name::Settings},
        {m_ui->actionFind, Icons::Name::Search},
        {m_ui->actionAbout, Icons::Name::About},
    };
    for (const auto &entry : icons)
        entry.action->setIcon(Icons::icon(entry.icon));
    // The two ways to connect a customer and Add keep their words; the others are known by
    // their icons (and say their names in tool tips and to screen readers), so the toolbar
    // fits a window half the screen wide.
    for (QAction *action : {m_ui->actionEdit, m_ui->actionRemove, m_ui->actionCheckStatus, m_ui->actionImport, m_ui->actionSettings}) {
        if (auto *button = qobject_cast<QToolButton *>(m_ui->mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::openConnect);
    connect(m_ui->actionConnectionProblems, &QAction::triggered, this, &MainWindow::openExtensionCode);
    connect(m_ui->actionAdd, &QAction::triggered, this, &MainWindow::addInstance);
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editInstance);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeInstance);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importInstances);
    connect(m_ui->actionSync, &QAction::triggered, this, &MainWindow::syncAccount);
    connect(m_ui->actionRecover, &QAction::triggered, this, &MainWindow::recoverKeptCredentials);
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::showRecoverActionIfCopiesAreKept);
    showRecoverActionIfCopiesAreKept();
    connect(m_ui->actionCheckStatus, &QAction::triggered, this, [this] { checkStatusOf(selectedInstances()); });
    connect(m_ui->actionCheckAll, &QAction::triggered, this, &MainWindow::checkStatusOfAll);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    connect(m_ui->emptyAddButton, &QPushButton::clicked, m_ui->actionAdd, &QAction::trigger);
    connect(m_ui->emptyImportButton, &QPushButton::clicked, m_ui->actionImport, &QAction::trigger);
    connect(m_ui->emptySyncButton, &QPushButton::clicked, m_ui->actionSync, &QAction::trigger);
    connect(m_ui->emptySettingsButton, &QPushButton::clicked, m_ui->actionSettings, &QAction::trigger);
    connect(m_ui->detailEditButton, &QPushButton::clicked, m_ui->actionEdit, &QAction::trigger);
    connect(m_ui->detailConnectButton, &QPushButton::clicked, m_ui->actionConnect, &QAction::trigger);
    connect(m_ui->detailProblemsButton, &QPushButton::clicked, m_ui->actionConnectionProblems, &QAction::trigger);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *checkSeparator = new QAction(this);
    checkSeparator->setSeparator(true);
    m_ui->instanceTable->addActions({m_ui->actionConnect, m_ui->actionConnectionProblems, separator,
                                     m_ui->actionEdit, m_ui->actionRemove, checkSeparator, m_ui->actionCheckStatus});
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
    const QModelIndex index = m_list->index(row, 0);
    m_ui->instanceTable->setCurrentIndex(index);
    m_ui->instanceTable->scrollTo(index);
}

QList<QUuid> MainWindow::selectedInstances() const
{
    QModelIndexList rows = m_ui->instanceTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUuid> keys;
    keys.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        keys.append(row.data(InstanceListModel::KeyRole).toUuid());
    if (keys.isEmpty() && !selectedInstance().isNull())
        keys.append(selectedInstance());
    return keys;
}

void MainWindow::updateState()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_ui->pages->setCurrentWidget(total == 0 ? m_ui->emptyPage : m_ui->listPage);
    if (total > 0 && !m_ui->instanceTable->selectionModel()->currentIndex().isValid() && shown > 0)
        m_ui->instanceTable->setCurrentIndex(m_list->index(0, 0));

    const bool hasSelection = !selectedInstance().isNull();
    m_ui->actionConnect->setEnabled(hasSelection);
    m_ui->actionConnectionProblems->setEnabled(hasSelection);
    m_ui->actionEdit->setEnabled(hasSelection);
    m_ui->actionRemove->setEnabled(hasSelection);
    m_ui->actionFind->setEnabled(total > 0);
    const bool checking = m_statusCheck->isRunning();
    m_ui->actionCheckStatus->setEnabled(hasSelection && !checking);
    m_ui->actionCheckAll->setEnabled(total > 0 && !checking);
    const bool noMatch = total > 0 && shown == 0;
    m_ui->listStack->setCurrentWidget(noMatch ? static_cast<QWidget *>(m_ui->noMatchPage) : m_ui->instanceTable);
    if (noMatch)
        m_ui->noMatchLabel->setText(noMatchText());
    if (m_movingLegacyProfile) // not "0 instances" while they are on their way
        m_countLabel->setText(tr("Moving your instances from the previous version of Partner Desk…"));
    else if (!m_model->isFiltered())
        m_countLabel->setText(tr("%Ln instance(s)", nullptr, total)); // "100,000", not "100000"
    else
        m_countLabel->setText(tr("Showing %1 of %Ln instance(s)", nullptr, total).arg(QLocale().toString(shown)));
    updateDetails();
}

QString MainWindow::noMatchText() const
{
    const QString search = m_ui->searchField->text().trimmed();
    const std::optional<ConnectionStatus> status = m_model->statusFilter();
    if (!status)
        return tr("No instance matches \"%1\".").arg(search);
    const QString statusName = InstanceListModel::statusText(*status);
    if (search.isEmpty())
        return tr("No instance is \"%1\".").arg(statusName);
    return tr("No \"%1\" instance matches \"%2\".").arg(statusName, search);
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->instanceTable->selectionModel()->currentIndex();
    m_ui->detailPanel->setVisible(current.isValid());
    if (!current.isValid())
        return;
    const QUuid key = current.data(InstanceListModel::KeyRole).toUuid();
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (!record)
        return;
    m_ui->detailName->setText(record->name);
    m_ui->detailPhone->setText(record->phone.isEmpty() ? tr("not set") : PhoneNumbers::display(record->phone));
    m_ui->detailStatus->setText(InstanceListModel::statusText(record->status));
    const int iconSide = m_ui->detailStatus->fontMetrics().height();
    m_ui->detailStatusIcon->setPixmap(Icons::icon(statusIconName(record->status)).pixmap(QSize(iconSide, iconSide), devicePixelRatioF()));
    // The last check of this instance failed: said under its last known status, which stays.
    const QString checkFailure = m_list->failure(key);
    m_ui->detailCheckProblem->setText(tr("The last status check failed: %1").arg(checkFailure));
    m_ui->detailCheckProblem->setVisible(!checkFailure.isEmpty());
    // A connected customer needs no "connection problems" banner; the action stays in the
    // toolbar, the Instance menu and the list's context menu.
    const bool connected = record->status == ConnectionStatus::Connected;
    m_ui->connectedNotice->setVisible(connected);
    m_ui->connectedPanel->setVisible(connected);
    m_ui->problemsNotice->setVisible(!connected);
    m_ui->detailId->setText(tr("ends in %1").arg(record->idSuffix));
    m_ui->detailNotes->setText(record->notes);
    m_ui->detailNotes->setVisible(!record->notes.isEmpty());

    // What the partner's account says of its subscription (known once a sync has read it):
    // one not paid up, or past its due date, is a reason the customer cannot connect.
    const bool subscriptionKnown = !record->paymentStatus.isEmpty() || record->due.isValid();
    const bool pastDue = record->due.isValid() && record->due < m_workspace->clock().now();
    QString subscription;
    if (!record->paymentStatus.isEmpty() && record->due.isValid())
        subscription = (pastDue ? tr("%1, was due %2") : tr("%1, due %2")).arg(paymentStatusText(record->paymentStatus), shortDate(record->due));
    else if (record->due.isValid())
        subscription = (pastDue ? tr("Was due %1") : tr("Due %1")).arg(shortDate(record->due));
    else
        subscription = paymentStatusText(record->paymentStatus);
    m_ui->detailSubscription->setText(subscription);
    m_ui->detailSubscriptionLabel->setVisible(subscriptionKnown);
    m_ui->detailSubscription->setVisible(subscriptionKnown);
    const bool subscriptionProblem = subscriptionKnown && (pastDue || !isPaidUp(record->paymentStatus));
    if (subscriptionProblem)
        Appearance::setTextTone(m_ui->detailSubscription, Appearance::Tone::Problem);
    else
        Appearance::clearTone(m_ui->detailSubscription);
    m_ui->subscriptionNotice->setText(tr("This instance's subscription is not paid up, so WhatsApp may not connect or work on it. Renew it in the Z-API dashboard."));
    m_ui->subscriptionNotice->setVisible(subscriptionProblem);
    m_ui->goneNotice->setText(
        tr("Not in your Z-API account since %1. Sync again if that was a mistake, or remove it.").arg(shortDate(record->goneSince)));
    m_ui->goneNotice->setVisible(record->goneSince.isValid());
    updateActivity();
}

// What Who is connected, Restart and Disconnect found out for the instance shown.
void MainWindow::updateActivity()
{
    const QUuid key = selectedInstance();
    const Activity activity = m_activity.value(key);
    m_ui->deviceLabel->setText(activity.device);
    m_ui->deviceLabel->setVisible(!activity.device.isEmpty());
    if (activity.deviceProblem)
        Appearance::setTextTone(m_ui->deviceLabel, Appearance::Tone::Problem);
    else
        Appearance::clearTone(m_ui->deviceLabel);
    m_ui->activityLabel->setText(activity.result);
    m_ui->activityLabel->setVisible(!activity.result.isEmpty());
    if (activity.resultProblem)
        Appearance::setTextTone(m_ui->activityLabel, Appearance::Tone::Problem);
    else
        Appearance::clearTone(m_ui->activityLabel);
}

// Shows the window in `slot`, making it first with `make`: asking again for the same thing
// raises the window already open instead of a second copy. Every window opens without a
// nested event loop, so the main window and the other customers' windows stay usable.
template<typename Window, typename Make>
Window *MainWindow::showOnce(QPointer<Window> &slot, Make make)
{
    // Closed, it is on its way out (deleted later): a new one takes its place.
    if (slot && slot->isHidden())
        slot = nullptr;
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

// A message box answered through its signals; it deletes itself once answered.
QMessageBox *MainWindow::openMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    auto *box = new QMessageBox(icon, title, text, buttons, this);
    box->setTextFormat(Qt::PlainText); // names and server messages are shown as typed
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

void MainWindow::openConnect()
{
    openConnectFor(selectedInstance());
}

void MainWindow::openConnectFor(const QUuid &key)
{
    if (key.isNull())
        return;
    showOnce(m_connectWindows[key], [this, key] {
        auto *dialog = new ConnectDialog(m_workspace, key, this);
        // The connect window closes itself; the extension one takes over for the same customer.
        connect(dialog, &ConnectDialog::extensionFlowRequested, this, [this, key] { openExtensionCodeFor(key); });
        connect(dialog, &ConnectDialog::customerConnected, this,
                [this, dialog, key] { callAttentionTo(dialog, key, DesktopAttention::Event::CustomerConnected); });
        return dialog;
    });
}

void MainWindow::openExtensionCode()
{
    openExtensionCodeFor(selectedInstance());
}

void MainWindow::openExtensionCodeFor(const QUuid &key)
{
    if (key.isNull())
        return;
    showOnce(m_extensionWindows[key], [this, key] {
        auto *dialog = new ExtensionCodeDialog(m_workspace, key, this);
        connect(dialog, &ExtensionCodeDialog::settingsRequested, this, [this, dialog] {
            // A new code once the Client-Token or the address is fixed.
            connect(openSettings(), &QDialog::accepted, dialog, &ExtensionCodeDialog::requestNewCode, Qt::UniqueConnection);
        });
        connect(dialog, &ExtensionCodeDialog::customerConnected, this,
                [this, dialog, key] { callAttentionTo(dialog, key, DesktopAttention::Event::CustomerConnected); });
        connect(dialog, &ExtensionCodeDialog::codeExpiringSoon, this,
                [this, dialog, key] { callAttentionTo(dialog, key, DesktopAttention::Event::CodeExpiringSoon); });
        connect(dialog, &ExtensionCodeDialog::codeExpired, this,
                [this, dialog, key] { callAttentionTo(dialog, key, DesktopAttention::Event::CodeExpired); });
        return dialog;
    });
}

// The agent may be in the chat with another customer: the customer's own window asks for
// attention, named by the customer's current name.
void MainWindow::callAttentionTo(QWidget *window, const QUuid &key, DesktopAttention::Event event)
{
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (record)
        m_attention->ask(window, record->name, event);
}

void MainWindow::addInstance()
{
    showOnce(m_addWindow, [this] {
        auto *dialog = new InstanceDialog(m_workspace->repository(), {}, this);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_ui->searchField->clear();
            selectInstance(dialog->savedKey());
        });
        return dialog;
    });
}

void MainWindow::editInstance()
{
    const QUuid key = selectedInstance();
    if (key.isNull())
        return;
    showOnce(m_editWindows[key], [this, key] { return new InstanceDialog(m_workspace->repository(), key, this); });
}

void MainWindow::removeInstance()
{
    const QUuid key = selectedInstance();
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (!record)
        return;
    QMessageBox *box = openMessage(
        QMessageBox::Question, tr("Remove instance"),
        tr("Remove \"%1\" from Partner Desk?\n\nIts instance ID and token are deleted from this computer. The instance itself keeps working at Z-API.").arg(record->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    connect(box, &QMessageBox::finished, this, [this, key](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        if (Error error = m_workspace->repository()->removeInstance(key))
            openMessage(QMessageBox::Warning, tr("Remove instance"), error.message());
    });
}

void MainWindow::importInstances()
{
    showOnce(m_importWindow, [this] {
        auto *dialog = new ImportDialog(m_workspace->repository(), this);
        connect(dialog, &QDialog::accepted, m_ui->searchField, &QLineEdit::clear);
        return dialog;
    });
}

SettingsDialog *MainWindow::openSettings()
{
    return showOnce(m_settingsWindow, [this] {
        auto *dialog = new SettingsDialog(m_workspace, this);
        // The watcher follows its settings as soon as they are saved.
        connect(dialog, &QDialog::accepted, this, &MainWindow::applyWatchSettings);
        return dialog;
    });
}

void MainWindow::showAbout()
{
    showOnce(m_aboutWindow, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About Partner Desk"),
            tr("Partner Desk %1\n\nFor Z-API partners: keep your customers' instances, with their credentials protected by the system keychain, and help customers connect WhatsApp.")
                .arg(QStringLiteral(PARTNERDESK_VERSION)),
            QMessageBox::Ok, this);
        box->setWindowModality(Qt::NonModal);
        return box;
    });
}

void MainWindow::offerStartOver()
{
    CredentialVault *vault = m_workspace->vault();
    // A vault sealed by a newer version is never started over: each action says so instead.
    if (vault->state() != CredentialVault::State::Failed || !vault->canStartOver() || m_startOverOffered)
        return;
    // Every action that needed the vault failed at once; one question is enough.
    m_startOverOffered = true;
    QMessageBox *box = openMessage(
        QMessageBox::Question, tr("Saved credentials cannot be opened"),
        tr("%1\n\nStart over now? Nothing is deleted: your list of instances stays as it is, and you enter the Client-Token and the instances' credentials again (or import them).")
            .arg(vault->failure().message()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("startOverQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("&Start over"));
    connect(box, &QMessageBox::finished, this, [this, vault](int answer) {
        m_startOverOffered = false;
        if (answer != QMessageBox::Yes)
            return;
        vault->startOver(this, [this](const Error &error, const CredentialVault::KeptAside &kept) {
            if (error) {
                openMessage(QMessageBox::Warning, tr("Start over"), error.message());
                return;
            }
            const QString next = tr("A new, empty vault is ready. Set the Client-Token in Settings and enter each instance's credentials with Edit, or import them again.");
            QString text = next;
            if (!kept.store.isEmpty() && kept.key) {
                text = tr("The old vault was kept as %1, and the key that opened it is kept in the system keychain under the same date. Should that key turn out to be the right one, File → Bring back credentials kept aside (or \"partnerdesk-cli recover\") brings the credentials back.\n\n%2")
                           .arg(kept.store, next);
            } else if (!kept.store.isEmpty()) {
                text = tr("The old vault was kept as %1. The system keychain held no key for it.\n\n%2").arg(kept.store, next);
            }
            openMessage(QMessageBox::Information, tr("Start over"), text);
            showRecoverActionIfCopiesAreKept();
        });
    });
}

void MainWindow::showRecoverActionIfCopiesAreKept()
{
    m_ui->actionRecover->setVisible(!KeptAside::copiesOf(m_workspace->database()->path()).isEmpty());
}

void MainWindow::recoverKeptCredentials()
{
    const QStringList copies = KeptAside::copiesOf(m_workspace->database()->path());
    showRecoverActionIfCopiesAreKept();
    if (copies.isEmpty())
        return;
    QStringList labels;
    for (const QString &copy : copies) {
        labels.append(tr("%1 (%2)").arg(QLocale().toString(KeptAside::keptAt(copy), QLocale::ShortFormat),
                                        QFileInfo(copy).fileName()));
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("recoverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Bring back credentials kept aside"));
    dialog->setLabelText(tr("Starting over kept a copy of this profile's credentials aside, with the key the keychain held then. "
                            "Instances that have no credentials now get theirs back, and the Client-Token and partner token "
                            "if they are not set; nothing entered since is replaced.\n\nThe copy kept on:"));
    dialog->setComboBoxItems(labels);
    dialog->setComboBoxEditable(false);
    dialog->setOkButtonText(tr("&Bring back"));
    // QInputDialog's label is one line: the explanation would make a window wider than a screen.
    if (auto *label = dialog->findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [this, copies, labels](const QString &label) {
        if (const qsizetype index = labels.indexOf(label); index >= 0)
            recoverFrom(copies.at(index));
    });
    dialog->open();
}

void MainWindow::recoverFrom(const QString &copy)
{
    const QString title = tr("Bring back credentials kept aside");
    const QString name = QFileInfo(copy).fileName();
    // Today's vault first, so that its own failure is said as for any action.
    m_workspace->vault()->open(this, [this, copy, name, title](const Error &error) {
        if (error) {
            openMessage(QMessageBox::Warning, title, error.message());
            return;
        }
        m_workspace->repository()->recoverKeptSecrets(
            QDir::toNativeSeparators(copy), this, [this, name, title](const Error &recoveryError, const RecoveredSecrets &recovered) {
                if (recoveryError)
                    openMessage(QMessageBox::Warning, title, KeptAside::failure(recoveryError, name));
                else
                    openMessage(QMessageBox::Information, title, KeptAside::report(recovered, name).join(u'\n'));
            });
    });
}

void MainWindow::moveLegacyProfile()
{
    InstanceRepository *repository = m_workspace->repository();
    // Not modal: the window stays usable, and a modal QProgressDialog runs the event loop
    // from inside setValue().
    m_movingLegacyProfile = true;
    updateState();
    auto *dialog = new QProgressDialog(m_countLabel->text(), tr("Cancel"), 0, 0, this);
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
    repository->moveLegacyProfile(this, [this, dialog = QPointer<QProgressDialog>(dialog)](const Error &error) {
        if (dialog)
            dialog->close();
        m_movingLegacyProfile = false;
        updateState();
        if (error.code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Your instances were not moved; Partner Desk moves them the next time it starts."));
        else if (error)
            showStartupProblem(error.message());
    });
}

// An error the agent may fix in Settings offers to open them, and `retry` runs once they are
// saved. One such message at a time: a newer one replaces it.
void MainWindow::openErrorMessage(const QString &title, const Error &error, const std::function<void()> &retry)
{
    if (m_errorMessage)
        m_errorMessage->close();
    const bool inSettings = SettingsDialog::fixes(error);
    QMessageBox *box = openMessage(QMessageBox::Warning, title, error.message(),
                                   inSettings ? QMessageBox::Open | QMessageBox::Close : QMessageBox::Ok,
                                   inSettings ? QMessageBox::Open : QMessageBox::Ok);
    box->setObjectName(QStringLiteral("errorMessage"));
    m_errorMessage = box;
    if (!inSettings)
        return;
    box->button(QMessageBox::Open)->setText(tr("Open &Settings…"));
    const bool partnerToken = error.code == ErrorCode::PartnerTokenMissing || error.code == ErrorCode::PartnerTokenRejected
        || error.code == ErrorCode::PartnerTokenUnreadable;
    connect(box, &QMessageBox::finished, this, [this, retry, partnerToken](int answer) {
        if (answer != QMessageBox::Open)
            return;
        SettingsDialog *settings = openSettings();
        if (partnerToken)
            settings->focusPartnerToken();
        if (!retry)
            return;
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(settings, &QDialog::accepted, this, [retry, once] {
            QObject::disconnect(*once);
            retry();
        });
    });
}

// Sync with the partner's account: without a partner token there is nothing to start, and the
// agent is told where to set it (the sync starts once Settings are saved).
void MainWindow::syncAccount()
{
    if (m_syncWindow && m_syncWindow->isVisible()) {
        openAccountSync();
        return;
    }
    m_workspace->repository()->partnerToken(this, [this](const Error &error, const QString &token) {
        if (!error && token.isEmpty()) {
            openErrorMessage(tr("Sync with Z-API account"), Error(ErrorCode::PartnerTokenMissing), [this] { syncAccount(); });
            return;
        }
        openAccountSync(); // a token that cannot be read is the sync window's to say
    });
}

void MainWindow::openAccountSync()
{
    AccountSyncDialog *dialog = showOnce(m_syncWindow, [this] {
        auto *sync = new AccountSyncDialog(m_workspace, this);
        connect(sync, &AccountSyncDialog::settingsRequested, this, [this, sync] {
            SettingsDialog *settings = openSettings();
            const ErrorCode code = sync->report().error.code;
            if (code == ErrorCode::PartnerTokenMissing || code == ErrorCode::PartnerTokenRejected
                || code == ErrorCode::PartnerTokenUnreadable)
                settings->focusPartnerToken();
            connect(settings, &QDialog::accepted, sync, &AccountSyncDialog::start, Qt::UniqueConnection);
        });
        return sync;
    });
    // Asked again once it has ended: the account is read again.
    if (!dialog->isRunning())
        dialog->start();
}

// At most StatusCheck::maximumInFlight requests at once; each answer lands in its row, and
// the window stays in use meanwhile.
void MainWindow::checkStatusOf(const QList<QUuid> &keys)
{
    if (keys.isEmpty() || m_statusCheck->isRunning())
        return;
    m_statusCheckKeys = keys;
    for (const QUuid &key : keys)
        m_list->clearFailure(key);
    m_statusCheckBar->setRange(0, static_cast<int>(keys.size()));
    m_statusCheckBar->setValue(0);
    m_statusCheckLabel->setText(tr("Checking status: %1 of %2").arg(QLocale().toString(0), QLocale().toString(keys.size())));
    m_statusCheckProgress->show();
    statusBar()->clearMessage();
    m_statusCheck->start(keys);
    updateState();
}

void MainWindow::checkStatusOfAll()
{
    const QList<InstanceRepository::KeyAndStatus> instances = m_workspace->repository()->keysAndStatuses();
    QList<QUuid> keys;
    keys.reserve(instances.size());
    for (const InstanceRepository::KeyAndStatus &instance : instances)
        keys.append(instance.key);
    checkStatusOf(keys);
}

void MainWindow::showStatusChecked(const StatusCheckResult &result)
{
    if (result.error)
        m_list->setFailure(result.key, result.error);
    else
        m_list->clearFailure(result.key);
}

void MainWindow::finishStatusCheck(int connected, int disconnected, int failed, const Error &error)
{
    m_statusCheckProgress->hide();
    updateState();
    const QLocale locale;
    QString summary = tr("Status checked: %1 connected, %2 not connected, %3 failed.")
                          .arg(locale.toString(connected), locale.toString(disconnected), locale.toString(failed));
    if (failed > 0)
        summary += u' ' + tr("Each failed row says why.");
    if (error.code == ErrorCode::Cancelled) {
        summary = tr("Status check cancelled after %1 of %2 instances; the statuses found are kept.")
                      .arg(locale.toString(connected + disconnected + failed), locale.toString(m_statusCheckKeys.size()));
    } else if (error) {
        // A failure every instance would meet (no Client-Token, say): said once, not per row.
        summary = tr("Status check stopped: %1").arg(error.message());
        const QList<QUuid> keys = m_statusCheckKeys;
        openErrorMessage(tr("Check status"), error, [this, keys] { checkStatusOf(keys); });
    }
    statusBar()->showMessage(summary);
}

void MainWindow::applyWatchSettings()
{
    m_watcher->applySettings();
    if (!m_workspace->settings().watchForDisconnections() && m_watchFailure) {
        m_watchFailure = Error(); // a failed watch is no news once watching is off
        if (m_attentionKind == Attention::WatchFailed)
            dismissAttention();
    }
}

// The watcher saw customers go from connected to not connected: a desktop notification
// naming them (when the agent is in another window), and the same in the window.
void MainWindow::tellAboutDisconnections(const QList<InstanceRecord> &customers)
{
    if (customers.isEmpty())
        return;
    // By name, as the list shows them.
    QList<InstanceRecord> sorted = customers;
    std::sort(sorted.begin(), sorted.end(), [](const InstanceRecord &a, const InstanceRecord &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_disconnected.clear();
    m_disconnectedNames.clear();
    for (const InstanceRecord &customer : std::as_const(sorted)) {
        m_disconnected.append(customer.key);
        m_disconnectedNames.append(customer.name);
    }
    m_attentionKind = Attention::Disconnected;
    updateAttention();
    const int count = static_cast<int>(m_disconnectedNames.size());
    m_attention->ask(this, tr("%n customer(s) disconnected", nullptr, count), disconnectedNames());
}

// "Ana, Bia and 3 more": the names a notification has room for.
QString MainWindow::disconnectedNames() const
{
    const int count = static_cast<int>(m_disconnectedNames.size());
    const QString shown = m_disconnectedNames.first(qMin(count, namesInNotification)).join(QStringLiteral(", "));
    return count > namesInNotification ? tr("%1 and %n more", nullptr, count - namesInNotification).arg(shown) : shown;
}

void MainWindow::tellWatchFailed(const Error &error)
{
    // Said once by the watcher until a check works again: kept until the agent has seen it,
    // after who disconnected if that is on show.
    m_watchFailure = error;
    if (m_attentionKind != Attention::Disconnected)
        m_attentionKind = Attention::WatchFailed;
    updateAttention();
}

// The banner above the list, in the language of the moment.
void MainWindow::updateAttention()
{
    QString text;
    QString button;
    switch (m_attentionKind) {
    case Attention::None:
        m_ui->attentionNotice->hide();
        return;
    case Attention::Disconnected:
        text = tr("%n customer(s) lost the WhatsApp connection since the previous check: %1.", nullptr,
                  static_cast<int>(m_disconnectedNames.size()))
                   .arg(disconnectedNames());
        button = tr("&Show in the list");
        break;
    case Attention::WatchFailed:
        text = tr("Partner Desk could not check for disconnections: %1").arg(m_watchFailure.message());
        if (SettingsDialog::fixes(m_watchFailure))
            button = tr("Open &Settings…");
        break;
    }
    m_ui->attentionLabel->setText(text);
    m_ui->attentionButton->setText(button);
    m_ui->attentionButton->setVisible(!button.isEmpty());
    m_ui->attentionNotice->show();
}

// The agent has seen it (or dismissed it): a failed watch waiting behind it shows next.
void MainWindow::dismissAttention()
{
    if (m_attentionKind == Attention::WatchFailed)
        m_watchFailure = Error();
    m_attentionKind = m_watchFailure ? Attention::WatchFailed : Attention::None;
    updateAttention();
}

// The customers the watcher reported, in the list: only the not connected ones shown, those
// selected, the first of them in the details.
void MainWindow::showDisconnectedCustomers()
{
    if (m_attentionKind == Attention::Disconnected)
        dismissAttention();
    m_ui->searchField->clear();
    m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(static_cast<int>(ConnectionStatus::Disconnected)));
    QItemSelectionModel *selection = m_ui->instanceTable->selectionModel();
    QItemSelection rows;
    QModelIndex first;
    for (const QUuid &key : std::as_const(m_disconnected)) {
        const int row = m_model->rowOf(key);
        if (row < 0)
            continue; // connected again, or removed, meanwhile
        const QModelIndex index = m_list->index(row, 0);
        rows.select(index, m_list->index(row, InstanceListModel::ColumnCount - 1));
        if (!first.isValid() || row < first.row())
            first = index;
    }
    if (first.isValid()) {
        m_selectingSeveral = true;
        selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_selectingSeveral = false;
        m_ui->instanceTable->scrollTo(first);
    }
    m_ui->instanceTable->setFocus(Qt::OtherFocusReason);
}

void MainWindow::withCredentials(const QUuid &key, const std::function<void(const ApiCredentials &)> &use,
                                 const std::function<void(const Error &)> &failed)
{
    m_workspace->repository()->apiCredentials(key, this, [use, failed](const Error &error, const ApiCredentials &credentials) {
        if (error)
            failed(error);
        else
            use(credentials);
    });
}

// Which WhatsApp is linked to the instance: the agent checks it is the customer's number.
// Asked when the agent asks, not on every row the list passes through.
void MainWindow::askWhoIsConnected()
{
    const QUuid key = selectedInstance();
    if (key.isNull() || m_activity.value(key).deviceBusy)
        return;
    Activity &activity = m_activity[key];
    activity.deviceBusy = true;
    activity.device = tr("Asking Z-API who is connected…");
    activity.deviceProblem = false;
    updateActivity();
    const auto done = [this, key](const QString &text, bool problem) {
        Activity &answered = m_activity[key];
        answered.deviceBusy = false;
        answered.device = text;
        answered.deviceProblem = problem;
        updateActivity();
    };
    withCredentials(key, [this, key, done](const ApiCredentials &credentials) {
        m_workspace->client()->device(credentials, this, [this, key, done](const Error &error, const DeviceInfo &device) {
            if (error) {
                done(error.message(), true);
                return;
            }
            const QString asked = tr("Asked at %1.").arg(shortTime(m_workspace->clock().now()));
            if (!device.connected) {
                // The list said connected; Z-API knows better now.
                if (Error saved = m_workspace->repository()->setStatus(key, ConnectionStatus::Disconnected))
                    qCWarning(lcStore, "status not saved: %s", qPrintable(saved.message()));
                const QString said = device.serverMessage.isEmpty() ? QString() : tr(" Z-API says: \"%1\"").arg(device.serverMessage);
                done(tr("Nobody is connected: WhatsApp is not linked to this instance.") + said + u' ' + asked, true);
                return;
            }
            const bool business = device.isBusiness || device.originalDevice == QLatin1String("smbi")
                || device.originalDevice == QLatin1String("smba");
            QString phoneKind;
            if (device.originalDevice == QLatin1String("iphone") || device.originalDevice == QLatin1String("smbi"))
                phoneKind = tr("an iPhone");
            else if (device.originalDevice == QLatin1String("android") || device.originalDevice == QLatin1String("smba"))
                phoneKind = tr("an Android phone");
            QString app = business ? tr("WhatsApp Business") : tr("WhatsApp");
            if (!phoneKind.isEmpty())
                app = tr("%1 on %2").arg(app, phoneKind);
            QStringList lines;
            const QString linked = device.phone.isEmpty() ? tr("unknown") : PhoneNumbers::display(u'+' + device.phone);
            lines.append(tr("Number: %1").arg(linked));
            if (!device.name.isEmpty())
                lines.append(tr("WhatsApp name: %1").arg(device.name));
            lines.append(device.deviceModel.isEmpty() ? tr("Linked with: %1").arg(app) : tr("Linked with: %1 (model %2)").arg(app, device.deviceModel));
            // The point of asking: is it the customer's own number?
            bool otherNumber = false;
            if (const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
                record && !record->phone.isEmpty() && !device.phone.isEmpty()
                && QString(record->phone).remove(u'+') != device.phone) {
                otherNumber = true;
                lines.append(tr("This is not the customer's number on file (%1).").arg(PhoneNumbers::display(record->phone)));
            }
            lines.append(asked);
            done(lines.join(u'\n'), otherNumber);
        });
    }, [done](const Error &error) { done(error.message(), true); });
}

void MainWindow::setActivityResult(const QUuid &key, const QString &text, bool problem)
{
    Activity &activity = m_activity[key];
    activity.actionBusy = false;
    activity.result = text;
    activity.resultProblem = problem;
    updateActivity();
}

void MainWindow::confirmRestart()
{
    const QUuid key = selectedInstance();
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (!record || m_activity.value(key).actionBusy)
        return;
    QMessageBox *box = openMessage(
        QMessageBox::Question, tr("Restart instance"),
        tr("Restart the Z-API instance of \"%1\"?\n\nIts WhatsApp connection restarts: messages stop for a moment, then flow again. The customer stays linked and does not need to scan a new QR code.")
            .arg(record->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("restartConfirmation"));
    box->button(QMessageBox::Yes)->setText(tr("&Restart"));
    connect(box, &QMessageBox::finished, this, [this, key](int answer) {
        if (answer == QMessageBox::Yes)
            restartInstance(key);
    });
}

void MainWindow::confirmDisconnect()
{
    const QUuid key = selectedInstance();
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(key);
    if (!record || m_activity.value(key).actionBusy)
        return;
    QMessageBox *box = openMessage(
        QMessageBox::Warning, tr("Disconnect WhatsApp"),
        tr("Disconnect WhatsApp from \"%1\"?\n\nWhatsApp is unlinked from this instance: the customer's messages stop going through Z-API until the customer connects again, with a new QR code or code. Do this only when the customer asks for it, or to link another number.")
            .arg(record->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("disconnectConfirmation"));
    box->button(QMessageBox::Yes)->setText(tr("&Disconnect"));
    connect(box, &QMessageBox::finished, this, [this, key](int answer) {
        if (answer == QMessageBox::Yes)
            disconnectInstance(key);
    });
}

void MainWindow::restartInstance(const QUuid &key)
{
    Activity &activity = m_activity[key];
    activity.actionBusy = true;
    activity.result = tr("Restarting…");
    activity.resultProblem = false;
    updateActivity();
    withCredentials(key, [this, key](const ApiCredentials &credentials) {
        m_workspace->client()->restart(credentials, this, [this, key](const Error &error, bool restarted) {
            if (error)
                setActivityResult(key, error.message(), true);
            else if (!restarted)
                setActivityResult(key, tr("Z-API did not restart the instance. Try again in a moment."), true);
            else
                setActivityResult(key, tr("Restarted at %1: the connection comes back by itself; no new QR code is needed.")
                                           .arg(shortTime(m_workspace->clock().now())), false);
        });
    }, [this, key](const Error &error) { setActivityResult(key, error.message(), true); });
}

void MainWindow::disconnectInstance(const QUuid &key)
{
    Activity &activity = m_activity[key];
    activity.actionBusy = true;
    activity.result = tr("Disconnecting…");
    activity.resultProblem = false;
    updateActivity();
    withCredentials(key, [this, key](const ApiCredentials &credentials) {
        m_workspace->client()->disconnectWhatsApp(credentials, this, [this, key](const Error &error, bool disconnected) {
            if (error) {
                setActivityResult(key, error.message(), true);
                return;
            }
            if (!disconnected) {
                setActivityResult(key, tr("Z-API did not disconnect WhatsApp. Try again in a moment."), true);
                return;
            }
            m_activity[key].device.clear(); // nobody is connected any more
            setActivityResult(key, tr("Disconnected at %1: WhatsApp is no longer linked to this instance. The customer must connect again.")
                                       .arg(shortTime(m_workspace->clock().now())), false);
            if (Error saved = m_workspace->repository()->setStatus(key, ConnectionStatus::Disconnected))
                qCWarning(lcStore, "status not saved: %s", qPrintable(saved.message()));
        });
    }, [this, key](const Error &error) { setActivityResult(key, error.message(), true); });
}

void MainWindow::showStartupProblem(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { openMessage(QMessageBox::Warning, tr("Partner Desk"), message); });
}

void MainWindow::quitAfterFirstPaint()
{
    new FirstPaintExit(m_ui->instanceTable, m_ui->emptyPage, this);
}

} // namespace PartnerDesk
