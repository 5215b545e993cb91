#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Appearance.h"
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "FirstPaintExit.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "SettingsDialog.h"

#include "model/InstanceListModel.h"
#include "Workspace.h"
#include "util/PhoneNumbers.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QLocale>
#include <QTimer>

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
        option->icon = Icons::icon(statusIconName(static_cast<ConnectionStatus>(status.toInt())));
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
};

// The narrowest a customer's name is shown: a name cut to "Acade…" identifies nobody.
constexpr int minimumNameCharacters = 22;

} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_workspace(workspace)
    , m_model(new InstanceListModel(workspace->repository(), this))
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

    m_ui->instanceTable->setModel(m_model);
    m_ui->instanceTable->sortByColumn(InstanceListModel::NameColumn, Qt::AscendingOrder);
    m_ui->instanceTable->setItemDelegateForColumn(InstanceListModel::StatusColumn, new StatusDelegate(m_ui->instanceTable));
    Appearance::makeBanner(m_ui->connectedNotice, Appearance::Tone::Success);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    setUpActions();
    // The count is a permanent part of the status bar: a menu's status tip passing over the
    // bar does not take it away.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("instanceCount"));
    statusBar()->addPermanentWidget(m_countLabel);

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
    connect(m_attention, &DesktopAttention::activated, this, [](QWidget *window) {
        if (window->isMinimized())
            window->showNormal();
        window->raise();
        window->activateWindow();
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    // The list is drawn from its first screenful; the rest of it is read once it has been.
    // The name column follows the list's width.
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
                m_ui->instanceTable->setCurrentIndex(m_model->index(0, 0));
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
        {m_ui->actionSettings, Icons::Name::Settings},
        {m_ui->actionFind, Icons::Name::Search},
        {m_ui->actionAbout, Icons::Name::About},
    };
    for (const auto &entry : icons)
        entry.action->setIcon(Icons::icon(entry.icon));
    // The two ways to connect a customer and Add keep their words; the others are known by
    // their icons (and say their names in tool tips and to screen readers), so the toolbar
    // fits a window half the screen wide.
    for (QAction *action : {m_ui->actionEdit, m_ui->actionRemove, m_ui->actionImport, m_ui->actionSettings}) {
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
    const std::optional<InstanceRecord> record = m_workspace->repository()->record(current.data(InstanceListModel::KeyRole).toUuid());
    if (!record)
        return;
    m_ui->detailName->setText(record->name);
    m_ui->detailPhone->setText(record->phone.isEmpty() ? tr("not set") : PhoneNumbers::display(record->phone));
    m_ui->detailStatus->setText(InstanceListModel::statusText(record->status));
    const int iconSide = m_ui->detailStatus->fontMetrics().height();
    m_ui->detailStatusIcon->setPixmap(Icons::icon(statusIconName(record->status)).pixmap(QSize(iconSide, iconSide), devicePixelRatioF()));
    // A connected customer needs no "connection problems" banner; the action stays in the
    // toolbar, the Instance menu and the list's context menu.
    const bool connected = record->status == ConnectionStatus::Connected;
    m_ui->connectedNotice->setVisible(connected);
    m_ui->problemsNotice->setVisible(!connected);
    m_ui->detailId->setText(tr("ends in %1").arg(record->idSuffix));
    m_ui->detailNotes->setText(record->notes);
    m_ui->detailNotes->setVisible(!record->notes.isEmpty());
}

// Shows the window in `slot`, making it first with `make`: asking again for the same thing
// raises the window already open instead of a second copy. Every window opens without a
// nested event loop, so the main window and the other customers' windows stay usable.
template<typename Window, typename Make>
Window *MainWindow::showOnce(QPointer<Window> &slot, Make make)
{
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
    return showOnce(m_settingsWindow, [this] { return new SettingsDialog(m_workspace, this); });
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
    if (vault->state() != CredentialVault::State::Failed || m_startOverOffered)
        return;
    // Every action that needed the vault failed at once; one question is enough.
    m_startOverOffered = true;
    QMessageBox *box = openMessage(
        QMessageBox::Question, tr("Saved credentials cannot be opened"),
        tr("%1\n\nStart over now? The old vault is kept aside, untouched; your list of instances stays as it is, and you enter the Client-Token and the instances' credentials again (or import them).")
            .arg(vault->failure().message()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    box->setObjectName(QStringLiteral("startOverQuestion"));
    connect(box, &QMessageBox::finished, this, [this, vault](int answer) {
        m_startOverOffered = false;
        if (answer != QMessageBox::Yes)
            return;
        vault->startOver(this, [this](const Error &error, const QString &keptAside) {
            if (error) {
                openMessage(QMessageBox::Warning, tr("Start over"), error.message());
                return;
            }
            openMessage(QMessageBox::Information, tr("Start over"),
                        keptAside.isEmpty()
                            ? tr("A new, empty vault is ready. Set the Client-Token in Settings and enter each instance's credentials with Edit, or import them again.")
                            : tr("The old vault was kept as %1.\n\nA new, empty vault is ready. Set the Client-Token in Settings and enter each instance's credentials with Edit, or import them again.").arg(keptAside));
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

void MainWindow::showStartupProblem(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { openMessage(QMessageBox::Warning, tr("Partner Desk"), message); });
}

void MainWindow::quitAfterFirstPaint()
{
    new FirstPaintExit(m_ui->instanceTable, m_ui->emptyPage, this);
}

} // namespace PartnerDesk
