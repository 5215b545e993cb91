// The main window driven through its real widgets: actions by object name, dialogs through
// their own buttons, against a real Secret Service (scripts/test-session.sh).
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "KeychainTestSupport.h"
#include "SandboxServer.h"
#include "ScreenshotSupport.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "account/DisconnectionWatcher.h"
#include "model/InstanceListModel.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QSpinBox>
#include <QSplitter>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QMenu>
#include <QToolBar>

#include <algorithm>

#include <sys/stat.h>

using namespace PartnerDesk;
using Test::child;
using Test::clickSave;
using Test::saveAndWaitUntilClosed;
using Test::withDialog;

namespace {

const QString knownInstanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString knownToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");


// QTest::keyClicks only knows ASCII; names like "Pão" are typed as an input method would.
void type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Whether a widget has painted: an event filter sees every paint event it gets.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        m_painted = m_painted || event->type() == QEvent::Paint;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateGuidesFirstUse();
    void addShowsTheInstance();
    void addWithTakenNameKeepsTheDialogOpen();
    void editShowsMaskedCredentialsAndSaves();
    void searchFiltersAsYouType();
    void statusFilterAndNoMatchPage();
    void listFitsTheWindowWidth();
    void countStaysRightThroughRemovalsAndMenus();
    void connectedDetailsSayConnected();
    void removeAsksFirst();
    void importPreviewsAndReports();
    void importRefusesWhatIsNotAFile();
    void largeImportShowsProgressAndCancels();
    void countsAreWrittenAsTheLanguageWritesNumbers();
    void oldProfileMovesInWhileTheWindowIsUp();
    void settingsStoresClientTokenInTheVault();
    void settingsStorePartnerTokenSealedAndTheWatch();
    void tamperedVaultOffersStartOver();
    void vaultOfANewerVersionIsNeverStartedOver();
    void keptCredentialsComeBackFromTheFileMenu();
    void unreadableCredentialsAreEnteredAgain();
    void connectionProblemsIsTheAlternative();
    void damagedDatabaseIsKeptAsideAndTheWindowSaysSo();
    void demoCustomersAreListedByName();
    void quitAfterFirstPaintShowsTheListFirst();
    void quitAfterFirstPaintShowsTheEmptyPageFirst();

private:
    MainWindow *window() const { return m_window.get(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("instanceTable")); }
    QString statusCount() const { return m_window->findChild<QLabel *>(QStringLiteral("instanceCount"))->text(); }
    void addInstance(const QString &name, const QString &phone, const QString &id);
    // Closes the window and the workspace, then sets the database's key check to the SQL
    // expression `newValue` (of `value`, the check as it is).
    void rewriteKeyCheckWhileClosed(const QString &newValue);
    void openWindow();
    void reopenQuittingAfterFirstPaint();
    int showAndRunApplication();

    Profile m_profile;
    QString m_lastMessage; // what the last message box said
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QVERIFY(!Profile::make(Test::uniqueProfileName(), &m_profile));
    openWindow();
}

// Like starting the app on the test's profile.
void TestMainWindow::openWindow()
{
    m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
    QVERIFY(!m_workspace->open());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    Test::wipeProfile(m_profile);
}

void TestMainWindow::rewriteKeyCheckWhileClosed(const QString &newValue)
{
    m_window.reset();
    m_workspace.reset();
    Database database;
    QVERIFY(!database.open(m_profile.databasePath(), Clock::system()));
    QVERIFY(!database.write([&]() -> Error {
        QSqlQuery statement = database.query(QStringLiteral("UPDATE meta SET value = %1 WHERE name = 'key_check'").arg(newValue));
        return statement.exec() ? Error() : Database::failure(statement);
    }));
}

void TestMainWindow::addInstance(const QString &name, const QString &phone, const QString &id)
{
    withDialog<InstanceDialog>([this] { action("actionAdd")->trigger(); }, [&](InstanceDialog *dialog) {
        type(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")), phone);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit")), id);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("instanceTokenEdit")), knownToken);
        saveAndWaitUntilClosed(dialog);
    });
}

void TestMainWindow::emptyStateGuidesFirstUse()
{
    auto *pages = window()->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(window()->findChild<QPushButton *>(QStringLiteral("emptyAddButton"))->isVisible());
    QVERIFY(window()->findChild<QPushButton *>(QStringLiteral("emptyImportButton"))->isVisible());
    QVERIFY(window()->findChild<QPushButton *>(QStringLiteral("emptySettingsButton"))->isVisible());
    QVERIFY(!action("actionEdit")->isEnabled());
    QVERIFY(!action("actionRemove")->isEnabled());
    // Listing an empty profile must not have touched the keychain or the vault.
    QCOMPARE(m_workspace->vault()->state(), CredentialVault::State::Closed);
    QCOMPARE(statusCount(), QStringLiteral("0 instances"));
}

void TestMainWindow::addShowsTheInstance()
{
    addInstance(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("+55 11 98765-4321"), knownInstanceId);

    auto *pages = window()->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("listPage"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, InstanceListModel::NameColumn).data().toString(),
             QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(table()->model()->index(0, InstanceListModel::PhoneColumn).data().toString(),
             QStringLiteral("+55 11 98765-4321"));
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("detailId"))->text(), QStringLiteral("ends in …F809"));
    QCOMPARE(statusCount(), QStringLiteral("1 instance"));
    QVERIFY(action("actionEdit")->isEnabled());

    // It survives a restart, credentials included.
    Workspace reopened(m_profile, Clock::system());
    QVERIFY(!reopened.open());
    QCOMPARE(reopened.repository()->allRecords().size(), 1);
    Test::Catcher<Error, InstanceSecrets> secrets;
    reopened.repository()->instanceSecrets(reopened.repository()->allRecords().first().key, this, secrets.callback());
    QTRY_COMPARE(secrets.calls(), 1);
    QVERIFY(!secrets.error());
    QCOMPARE(secrets.get<1>().instanceId, knownInstanceId);
    QCOMPARE(secrets.get<1>().instanceToken, knownToken);
}

void TestMainWindow::addWithTakenNameKeepsTheDialogOpen()
{
    addInstance(QStringLiteral("Oficina do Zé"), {}, knownInstanceId);
    QString problem;
    withDialog<InstanceDialog>([this] { action("actionAdd")->trigger(); }, [&](InstanceDialog *dialog) {
        type(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("oficina do zé"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit")), QStringLiteral("ABCDEF0123456789"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("instanceTokenEdit")), knownToken);
        clickSave(dialog);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QTRY_VERIFY(label->isVisible());
        problem = label->text();
        // What the user typed is still there.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit"))->text(), QStringLiteral("ABCDEF0123456789"));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    QCOMPARE(problem, QStringLiteral("Another instance is already called \"oficina do zé\". Choose a different name."));
    QCOMPARE(table()->model()->rowCount(), 1);
}

void TestMainWindow::editShowsMaskedCredentialsAndSaves()
{
    addInstance(QStringLiteral("Salão Beleza Pura"), {}, knownInstanceId);
    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [&](InstanceDialog *dialog) {
        auto *idEdit = dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit"));
        QTRY_COMPARE(idEdit->text(), knownInstanceId);
        QCOMPARE(idEdit->echoMode(), QLineEdit::Password);
        dialog->findChild<QCheckBox *>(QStringLiteral("revealCheck"))->click();
        QCOMPARE(idEdit->echoMode(), QLineEdit::Normal);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        type(name, QStringLiteral("Salão Beleza Pura (matriz)"));
        type(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")), QStringLiteral("falar com Ana"));
        saveAndWaitUntilClosed(dialog);
    });
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Salão Beleza Pura (matriz)"));
    QCOMPARE(m_workspace->repository()->allRecords().first().notes, QStringLiteral("falar com Ana"));
}

void TestMainWindow::searchFiltersAsYouType()
{
    addInstance(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("5511987654321"), knownInstanceId);
    addInstance(QStringLiteral("Pet Shop Amigo Fiel"), QStringLiteral("5541988887777"), QStringLiteral("0011223344556677"));
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    action("actionFind")->trigger();
    auto *search = window()->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search->hasFocus());
    type(search, QStringLiteral("pao"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(statusCount(), QStringLiteral("Showing 1 of 2 instances"));
    search->clear();
    type(search, QStringLiteral("88887"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Pet Shop Amigo Fiel"));
    type(search, QStringLiteral("zzz"));
    QCOMPARE(table()->model()->rowCount(), 0);
}

// Show: one status at a time; with a search that finds nothing, the list says so in words
// and offers to show every instance again.
void TestMainWindow::statusFilterAndNoMatchPage()
{
    addInstance(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("(11) 98765-4321"), knownInstanceId);
    addInstance(QStringLiteral("Pet Shop Amigo Fiel"), QStringLiteral("(41) 98888-7777"), QStringLiteral("0011223344556677"));
    InstanceRepository *repository = m_workspace->repository();
    QVERIFY(!repository->setStatus(repository->recordNamed(QStringLiteral("Padaria Pão de Mel"))->key, ConnectionStatus::Connected));
    QVERIFY(!repository->setStatus(repository->recordNamed(QStringLiteral("Pet Shop Amigo Fiel"))->key, ConnectionStatus::Disconnected));

    auto *filter = child<QComboBox>(window(), "statusFilter");
    QStringList choices;
    for (int i = 0; i < filter->count(); ++i)
        choices.append(filter->itemText(i));
    QCOMPARE(choices, (QStringList{QStringLiteral("All statuses"), QStringLiteral("Not connected"), QStringLiteral("Connected"),
                                   QStringLiteral("Not checked yet")}));
    QCOMPARE(child<QLabel>(window(), "statusFilterLabel")->buddy(), filter);

    filter->setCurrentIndex(filter->findData(static_cast<int>(ConnectionStatus::Connected)));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(statusCount(), QStringLiteral("Showing 1 of 2 instances"));

    auto *search = child<QLineEdit>(window(), "searchField");
    auto *noMatch = child<QLabel>(window(), "noMatchLabel");
    type(search, QStringLiteral("pet"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY(!table()->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No \"Connected\" instance matches \"pet\"."));
    search->clear();
    filter->setCurrentIndex(filter->findData(static_cast<int>(ConnectionStatus::Unknown)));
    QCOMPARE(noMatch->text(), QStringLiteral("No instance is \"Not checked yet\"."));
    filter->setCurrentIndex(0);
    type(search, QStringLiteral("zzz"));
    QCOMPARE(noMatch->text(), QStringLiteral("No instance matches \"zzz\"."));

    // "Show all instances" clears the search and the filter, and puts the list back.
    filter->setCurrentIndex(filter->findData(static_cast<int>(ConnectionStatus::Disconnected)));
    QTest::mouseClick(child<QPushButton>(window(), "clearFilterButton"), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(filter->currentIndex(), 0);
    QCOMPARE(table()->model()->rowCount(), 2);
    QVERIFY(table()->isVisible());
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(statusCount(), QStringLiteral("2 instances"));
}

// The name takes the width the other columns leave; in a window half a laptop screen wide
// the details go under the list and every toolbar action stays on the toolbar.
void TestMainWindow::listFitsTheWindowWidth()
{
    addInstance(QStringLiteral("Academia Corpo em Movimento Unidade Centro"), QStringLiteral("(11) 98765-4321"), knownInstanceId);
    QHeaderView *header = table()->horizontalHeader();
    const auto othersWidth = [header] {
        return header->sectionSize(InstanceListModel::PhoneColumn) + header->sectionSize(InstanceListModel::StatusColumn)
            + header->sectionSize(InstanceListModel::LastCodeColumn);
    };
    auto *splitter = child<QSplitter>(window(), "splitter");

    window()->resize(1280, 700);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    QTRY_COMPARE(header->sectionSize(InstanceListModel::NameColumn) + othersWidth(), table()->viewport()->width());
    for (const int column : {InstanceListModel::PhoneColumn, InstanceListModel::StatusColumn, InstanceListModel::LastCodeColumn})
        QVERIFY(header->sectionSize(InstanceListModel::NameColumn) > header->sectionSize(column));

    window()->resize(683, 700); // half of a 1366-pixel laptop screen
    QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
    QTRY_COMPARE(header->sectionSize(InstanceListModel::NameColumn) + othersWidth(), table()->viewport()->width());
    const int readableName = 22 * table()->fontMetrics().averageCharWidth();
    QVERIFY2(header->sectionSize(InstanceListModel::NameColumn) >= readableName,
             qPrintable(QStringLiteral("the name column is %1 px").arg(header->sectionSize(InstanceListModel::NameColumn))));

    auto *toolBar = child<QToolBar>(window(), "mainToolBar");
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button && button->isVisible() && toolBar->rect().contains(button->geometry()),
                 qPrintable(QStringLiteral("%1 is not on the toolbar at 683 px").arg(action->objectName())));
    }
}

// The count in the status bar follows every change and stays while a menu shows its tips.
void TestMainWindow::countStaysRightThroughRemovalsAndMenus()
{
    addInstance(QStringLiteral("Livraria Ponto Final"), {}, knownInstanceId);
    addInstance(QStringLiteral("Mercadinho"), {}, QStringLiteral("0011223344556677"));
    addInstance(QStringLiteral("Oficina do Zé"), {}, QStringLiteral("8899AABBCCDDEEFF"));
    QCOMPARE(statusCount(), QStringLiteral("3 instances"));
    QCOMPARE(m_workspace->repository()->removeInstance(m_workspace->repository()->recordNamed(QStringLiteral("Mercadinho"))->key).code,
             ErrorCode::None);
    QTRY_COMPARE(statusCount(), QStringLiteral("2 instances"));

    auto *count = child<QLabel>(window(), "instanceCount");
    QStatusTipEvent tip(QStringLiteral("A menu entry's tip")); // what hovering a menu entry sends
    QApplication::sendEvent(window(), &tip);
    QCOMPARE(window()->statusBar()->currentMessage(), QStringLiteral("A menu entry's tip"));
    QVERIFY(count->isVisible());
    QCOMPARE(statusCount(), QStringLiteral("2 instances"));
}

// A connected customer's details say so, in place of the "connection problems" banner; the
// extension flow is still in the toolbar for them.
void TestMainWindow::connectedDetailsSayConnected()
{
    addInstance(QStringLiteral("Padaria Pão de Mel"), {}, knownInstanceId);
    auto *connectedNotice = child<QWidget>(window(), "connectedNotice");
    auto *problemsNotice = child<QWidget>(window(), "problemsNotice");
    QVERIFY(!connectedNotice->isVisible());
    QVERIFY(problemsNotice->isVisible());
    QCOMPARE(child<QLabel>(window(), "detailStatus")->text(), QStringLiteral("Not checked yet"));

    QVERIFY(!m_workspace->repository()->setStatus(m_workspace->repository()->allRecords().first().key, ConnectionStatus::Connected));
    QTRY_VERIFY(connectedNotice->isVisible());
    QVERIFY(!problemsNotice->isVisible());
    QCOMPARE(child<QLabel>(window(), "detailStatus")->text(), QStringLiteral("Connected"));
    QVERIFY(action("actionConnectionProblems")->isEnabled());

    // A double-click on the row opens Connect, the main action.
    const QRect cell = table()->visualRect(table()->model()->index(0, 0));
    withDialog<ConnectDialog>([&] {
                                  // As the window system sends it: a click, then the second press as a double-click.
                                  QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
                                  QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
                              },
                              [](ConnectDialog *dialog) {
                                  QVERIFY(dialog->windowTitle().contains(QStringLiteral("Padaria Pão de Mel")));
                                  dialog->reject();
                              });
}

void TestMainWindow::removeAsksFirst()
{
    addInstance(QStringLiteral("Livraria Ponto Final"), {}, knownInstanceId);
    QCOMPARE(statusCount(), QStringLiteral("1 instance"));
    withDialog<QMessageBox>([this] { action("actionRemove")->trigger(); }, [](QMessageBox *box) {
        QVERIFY2(box->text().startsWith(QStringLiteral("Remove \"Livraria Ponto Final\" from Partner Desk?")), qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    QCOMPARE(table()->model()->rowCount(), 1);

    withDialog<QMessageBox>([this] { action("actionRemove")->trigger(); },
                            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(statusCount(), QStringLiteral("0 instances"));
    // Its sealed credentials went with it, in the same transaction.
    QCOMPARE(Test::countOf(m_workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 0);
    Workspace reopened(m_profile, Clock::system());
    QVERIFY(!reopened.open());
    QCOMPARE(reopened.repository()->allRecords().size(), 0);
}

void TestMainWindow::importPreviewsAndReports()
{
    addInstance(QStringLiteral("Mercadinho São Jorge"), {}, knownInstanceId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name;instance_id;instance_token;phone;notes\n"
               "Mercadinho São Jorge (novo);" + knownInstanceId.toUtf8() + ";NEWTOKEN123;5551984561234;\n"
               "\"Clínica Sorriso; Odontologia\";AAAABBBBCCCCDDDD;TOKEN2;5585996543210;\"linha 1\nlinha 2\"\n"
               "Sem token;EEEEFFFF00001111;;;\n"
               "Caminho;../../etc;TOKEN3;;\n");
    file.close();

    withDialog<ImportDialog>([this] { action("actionImport")->trigger(); }, [&](ImportDialog *dialog) {
        dialog->loadFile(path);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("2 rows ready to import. 2 rows will be skipped."));
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->model()->rowCount(), 2);
        QCOMPARE(preview->model()->index(1, 1).data().toString(), QStringLiteral("Clínica Sorriso; Odontologia"));
        QCOMPARE(preview->model()->index(1, 3).data().toString(), QStringLiteral("ends in …DDDD"));
        const QString skipped = dialog->findChild<QPlainTextEdit *>(QStringLiteral("skippedList"))->toPlainText();
        QCOMPARE(skipped, QStringLiteral("Line 5: the instance token is empty\n"
                                         "Line 6: the instance ID has characters Z-API does not use"));
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QAbstractButton *importButton = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                importButton = button;
        }
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(summary->text(), QStringLiteral("Imported: 1 added, 1 updated, 2 skipped."));
        QTest::mouseClick(importButton, Qt::LeftButton);
    });
    QCOMPARE(table()->model()->rowCount(), 2);
    const std::optional<InstanceRecord> updated = m_workspace->repository()->recordNamed(QStringLiteral("Mercadinho São Jorge (novo)"));
    QVERIFY(updated);
    QCOMPARE(Test::secretsOf(m_workspace->repository(), updated->key).instanceToken, QStringLiteral("NEWTOKEN123"));
}

// Typed in the dialog's file field: a device that never ends, a pipe with no writer, a folder,
// and a file that says it is empty but never ends (as one growing while read would). Each is
// one clear sentence at once, with nothing to import; the window neither hangs nor runs out
// of memory.
void TestMainWindow::importRefusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pipe = dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const QString notAFile = QStringLiteral("it is not a regular file (a device, a pipe or a socket).");
    QList<std::pair<QString, QString>> refused{
        {QStringLiteral("/dev/zero"), notAFile},
        {pipe, notAFile},
        {dir.path(), QStringLiteral("it is a folder, not a file.")},
    };
    // Linux only: eight bytes for every page the window could map, with a size of 0.
    const QString endless = QStringLiteral("/proc/self/pagemap");
    if (QFileInfo(endless).isFile() && QFileInfo(endless).size() == 0 && QFile(endless).open(QIODevice::ReadOnly))
        refused.append({endless, QStringLiteral("it is larger than 64 MiB.")});
    withDialog<ImportDialog>([this] { action("actionImport")->trigger(); }, [&](ImportDialog *dialog) {
        auto *fileEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(fileEdit && summary && preview && box);
        QAbstractButton *importButton = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                importButton = button;
        }
        QVERIFY(importButton);
        for (const auto &[path, why] : refused) {
            fileEdit->setFocus();
            fileEdit->clear();
            QTest::keyClicks(fileEdit, path);
            QTest::keyClick(fileEdit, Qt::Key_Return);
            QCOMPARE(summary->text(), Error(ErrorCode::ImportFileUnreadable, why).message());
            QVERIFY(!importButton->isEnabled());
            QCOMPARE(preview->model()->rowCount(), 0);
            QVERIFY(dialog->isVisible());
        }
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QCOMPARE(table()->model()->rowCount(), 0);
}

// 20,000 rows: the dialog shows how far the import got, and Cancel undoes all of it while
// the dialog stays to say so.
void TestMainWindow::largeImportShowsProgressAndCancels()
{
    addInstance(QStringLiteral("Mercadinho São Jorge"), {}, knownInstanceId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,instance_id,instance_token\n");
    for (int i = 0; i < 20000; ++i)
        file.write(QStringLiteral("Cliente %1,BULK%2,TOKEN%1\n").arg(i).arg(i, 28, 10, QLatin1Char('0')).toUtf8());
    file.close();

    withDialog<ImportDialog>([this] { action("actionImport")->trigger(); }, [&](ImportDialog *dialog) {
        dialog->loadFile(path);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(!progress->isVisible());
        dialog->accept(); // Import
        QVERIFY(progress->isVisible());
        QTRY_VERIFY(progress->value() > 0);
        QCOMPARE(progress->maximum(), 20000);
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(summary->text(), QStringLiteral("Import cancelled. Nothing was changed."));
        QVERIFY(!progress->isVisible());
        QVERIFY(box->button(QDialogButtonBox::Cancel)->isEnabled());
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(m_workspace->repository()->count(), 1);
}

// A partner's whole account is thousands of instances: "1,200 instances", not "1200 instances".
void TestMainWindow::countsAreWrittenAsTheLanguageWritesNumbers()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QList<ImportRow> rows;
    for (int i = 0; i < 1200; ++i)
        rows.append({i + 2, QStringLiteral("Cliente %1").arg(i), {QStringLiteral("COUNT%1").arg(i, 27, 10, QLatin1Char('0')), QStringLiteral("TOKEN%1").arg(i)}, {}, {}});
    Test::Catcher<Error, ImportSummary> imported;
    m_workspace->repository()->importInstances(rows, m_workspace.get(), imported.callback());
    QTRY_COMPARE(imported.calls(), 1);
    QVERIFY(!imported.error());
    QCOMPARE(statusCount(), QStringLiteral("1,200 instances"));
    QTest::keyClicks(window()->findChild<QLineEdit *>(QStringLiteral("searchField")), QStringLiteral("cliente"));
    QCOMPARE(statusCount(), QStringLiteral("Showing 1,200 of 1,200 instances"));
    QLocale::setDefault(previous);
}

// As app/desktop/main.cpp starts on a Partner Desk 0.1 profile: the window first, then the
// list moved in with a progress window that can be cancelled (the files stay, and the next
// start moves them), and that moves everything when let be.
void TestMainWindow::oldProfileMovesInWhileTheWindowIsUp()
{
    m_window.reset();
    m_workspace.reset();
    QJsonArray instances;
    for (int i = 0; i < 20000; ++i) {
        instances.append(QJsonObject{{QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("name"), QStringLiteral("Cliente Antigo %1").arg(i)},
                                     {QStringLiteral("status"), QStringLiteral("unknown")}});
    }
    const QString legacyPath = QDir(m_profile.dataDirectory()).filePath(QStringLiteral("instances.json"));
    QVERIFY(Test::writeBytes(legacyPath, QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                                   {QStringLiteral("instances"), instances}})
                                             .toJson(QJsonDocument::Compact)));

    for (const bool cancel : {true, false}) {
        m_window.reset();
        m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
        QVERIFY(!m_workspace->open(InstanceRepository::LegacyMove::Later));
        QVERIFY(m_workspace->repository()->hasLegacyProfileToMove());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->moveLegacyProfile();
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("legacyMoveDialog"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY(!progress->isModal()); // the window stays usable meanwhile
        QCOMPARE(statusCount(), progress->labelText());
        if (cancel) {
            // Cancel clicked as soon as it has begun.
            auto *cancelButton = progress->findChild<QPushButton *>();
            QVERIFY(cancelButton);
            connect(m_workspace->repository(), &InstanceRepository::progress, cancelButton, &QPushButton::click);
            QTRY_COMPARE(window()->statusBar()->currentMessage(),
                         QStringLiteral("Your instances were not moved; Partner Desk moves them the next time it starts."));
            QCOMPARE(table()->model()->rowCount(), 0);
            QVERIFY(QFileInfo::exists(legacyPath));
        } else {
            QTRY_COMPARE(table()->model()->rowCount(), 20000);
            QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("legacyMoveDialog")));
            QCOMPARE(statusCount(), QStringLiteral("20,000 instances"));
            QVERIFY(!QFileInfo::exists(legacyPath));
        }
    }
}

void TestMainWindow::settingsStoresClientTokenInTheVault()
{
    const QString clientToken = QStringLiteral("F0e1d2c3b4a5968778695a4b3c2d1e0fS");
    withDialog<SettingsDialog>([this] { action("actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("clientTokenEdit"));
        QTRY_VERIFY(edit->isEnabled());
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        type(edit, clientToken);
        saveAndWaitUntilClosed(dialog);
    });
    QCOMPARE(Test::clientTokenOf(m_workspace->repository()), clientToken);
    QFile settings(m_workspace->settings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(clientToken.toUtf8()));
}

// The partner token is sealed like the Client-Token: in the vault, not in the settings file,
// not in the database as written; the watch is saved with the other settings and applied at
// once.
void TestMainWindow::settingsStorePartnerTokenSealedAndTheWatch()
{
    const QString partnerToken = QStringLiteral("Pt7PartnerTokenOfTheAccount0042");
    withDialog<SettingsDialog>([this] { action("actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("partnerTokenEdit"));
        QTRY_VERIFY(edit->isEnabled());
        QCOMPARE(edit->text(), QString());
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLabel>(dialog, "partnerTokenLabel")->buddy(), edit);
        type(edit, partnerToken);
        auto *reveal = child<QCheckBox>(dialog, "revealPartnerCheck");
        reveal->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        reveal->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY2(child<QLabel>(dialog, "partnerTokenHint")->text().contains(QLatin1String("Sync with Z-API account")),
                 qPrintable(child<QLabel>(dialog, "partnerTokenHint")->text()));
        child<QCheckBox>(dialog, "watchCheck")->click();
        child<QSpinBox>(dialog, "watchIntervalSpin")->setValue(30);
        saveAndWaitUntilClosed(dialog);
    });
    Test::Catcher<Error, QString> read;
    m_workspace->repository()->partnerToken(this, read.callback());
    QTRY_COMPARE(read.calls(), 1);
    QVERIFY(!read.error());
    QCOMPARE(read.get<1>(), partnerToken);
    // The Client-Token was left as it was (not set).
    QCOMPARE(Test::clientTokenOf(m_workspace->repository()), QString());
    QVERIFY(m_workspace->settings().watchForDisconnections());
    QCOMPARE(m_workspace->settings().watchIntervalMinutes(), 30);
    QVERIFY(window()->findChild<DisconnectionWatcher *>()->isWatching());
    // Nowhere in plain text: not in the settings file, not in the database's files.
    for (const QString &path : {m_workspace->settings().fileName(), m_profile.databasePath(),
                                m_profile.databasePath() + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(partnerToken.toUtf8()), qPrintable(path));
    }

    // Shown again (masked) when Settings open again; emptied, it is removed.
    withDialog<SettingsDialog>([this] { action("actionSettings")->trigger(); }, [&](SettingsDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("partnerTokenEdit"));
        QTRY_COMPARE(edit->text(), partnerToken);
        QVERIFY(child<QCheckBox>(dialog, "watchCheck")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "watchIntervalSpin")->value(), 30);
        edit->clear();
        saveAndWaitUntilClosed(dialog);
    });
    Test::Catcher<Error, QString> again;
    m_workspace->repository()->partnerToken(this, again.callback());
    QTRY_COMPARE(again.calls(), 1);
    QCOMPARE(again.get<1>(), QString());
}

void TestMainWindow::tamperedVaultOffersStartOver()
{
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    // A fresh start with a vault key that is not this profile's (the keychain item was
    // replaced outside Partner Desk): its sealed values cannot be opened.
    m_window.reset();
    m_workspace.reset();
    QCOMPARE(Test::writeKeychainItem(m_profile.keychainKey(), QByteArray(32, 'k')), QKeychain::NoError);
    openWindow();
    QCOMPARE(table()->model()->rowCount(), 1); // the list opens without the vault

    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [&](InstanceDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), Error(ErrorCode::VaultUnreadable).message());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit"))->isEnabled());
        dialog->reject();
    });
    // The question comes once, however many things needed the vault.
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = window()->findChild<QMessageBox *>(QStringLiteral("startOverQuestion"))));
    QCOMPARE(Test::openWindows<QMessageBox>().size(), 1);
    QTRY_VERIFY(question->isVisible());
    Test::saveScreenshot(question, QStringLiteral("start-over-question"));
    withDialog<QMessageBox>([question] { question->button(QMessageBox::Yes)->click(); }, [&](QMessageBox *told) {
        QTRY_COMPARE(m_workspace->vault()->state(), CredentialVault::State::Open);
        QTRY_VERIFY(told->isVisible());
        Test::saveScreenshot(told, QStringLiteral("start-over-done"));
        m_lastMessage = told->text();
        told->accept();
    });
    QVERIFY2(m_lastMessage.startsWith(QStringLiteral("The old vault was kept as ")), qPrintable(m_lastMessage));
    // A copy of the database as it was is kept aside, its sealed credentials still in it.
    const QStringList aside = QDir(m_profile.dataDirectory())
                                  .entryList({QStringLiteral("partnerdesk.db.unreadable-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(m_lastMessage.contains(aside.first()), qPrintable(m_lastMessage));
    // And the key the keychain held, beside it under the same date, with the way back named.
    const QString keptKey = m_profile.keychainKey() + aside.first().mid(QStringLiteral("partnerdesk.db").size());
    QCOMPARE(Test::readKeychainItem(keptKey).data, QByteArray(32, 'k'));
    QVERIFY2(m_lastMessage.contains(QLatin1String("partnerdesk-cli recover")), qPrintable(m_lastMessage));
    Database keptAside;
    QVERIFY(!keptAside.open(QDir(m_profile.dataDirectory()).filePath(aside.first()), Clock::system()));
    QCOMPARE(Test::countOf(&keptAside, QStringLiteral("SELECT count(*) FROM instance_credentials")), 1);
    // The list stays; the credentials are to be entered again.
    QCOMPARE(table()->model()->rowCount(), 1);
    Error error;
    Test::secretsOf(m_workspace->repository(), m_window->selectedInstance(), &error);
    QCOMPARE(error.code, ErrorCode::InstanceSecretsMissing);
}

// The way back in the window: after a start over forced by a damaged key check, File → Bring
// back credentials kept aside lists the copy and brings the instance's credentials back.
void TestMainWindow::keptCredentialsComeBackFromTheFileMenu()
{
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    const QUuid key = m_window->selectedInstance();
    QVERIFY(!action("actionRecover")->isVisible()); // nothing kept aside yet
    rewriteKeyCheckWhileClosed(QStringLiteral("substr(value, 1, 30) || X'00' || substr(value, 32)"));
    openWindow();
    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [&](InstanceDialog *dialog) { dialog->reject(); });
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = window()->findChild<QMessageBox *>(QStringLiteral("startOverQuestion"))));
    withDialog<QMessageBox>([question] { question->button(QMessageBox::Yes)->click(); }, [&](QMessageBox *told) {
        QTRY_COMPARE(m_workspace->vault()->state(), CredentialVault::State::Open);
        QVERIFY2(told->text().contains(QStringLiteral("File → Bring back credentials kept aside")), qPrintable(told->text()));
        told->accept();
    });
    Error error;
    Test::secretsOf(m_workspace->repository(), key, &error);
    QCOMPARE(error.code, ErrorCode::InstanceSecretsMissing);
    QVERIFY(action("actionRecover")->isVisible());

    const QStringList kept = QDir(m_profile.dataDirectory()).entryList({QStringLiteral("partnerdesk.db.unreadable-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    withDialog<QInputDialog>([this] { action("actionRecover")->trigger(); }, [&](QInputDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("recoverDialog"));
        QCOMPARE(dialog->comboBoxItems().size(), 1);
        QVERIFY2(dialog->comboBoxItems().first().contains(kept.first()), qPrintable(dialog->comboBoxItems().first()));
        Test::saveScreenshot(dialog, QStringLiteral("recover-choose-copy"));
        withDialog<QMessageBox>([dialog] { dialog->accept(); }, [&](QMessageBox *told) {
            m_lastMessage = told->text();
            Test::saveScreenshot(told, QStringLiteral("recover-done"));
            told->accept();
        });
    });
    QCOMPARE(m_lastMessage, QStringLiteral("Brought back from %1: the ID and token of 1 instance.").arg(kept.first()));
    QCOMPARE(Test::secretsOf(m_workspace->repository(), key), (InstanceSecrets{knownInstanceId, knownToken}));
}

// A vault a newer version sealed: each action says so, and start over is never offered.
void TestMainWindow::vaultOfANewerVersionIsNeverStartedOver()
{
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    // The format version, the key check's first byte, one higher.
    rewriteKeyCheckWhileClosed(QStringLiteral("CAST(char(unicode(CAST(substr(value, 1, 1) AS TEXT)) + 1) AS BLOB) || substr(value, 2)"));
    openWindow();
    const QStringList files = Test::filesUnder(m_profile.dataDirectory());
    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [&](InstanceDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), Error(ErrorCode::StoreTooNew).message());
        dialog->reject();
    });
    QCOMPARE(m_workspace->vault()->failure().code, ErrorCode::StoreTooNew);
    QTest::qWait(200); // the question, were it asked, comes on the next turn of the event loop
    QVERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("startOverQuestion")));
    QVERIFY(Test::openWindows<QMessageBox>().isEmpty());
    QCOMPARE(Test::filesUnder(m_profile.dataDirectory()), files);
}

// One row's sealed token changed outside Partner Desk: that instance says so and takes new
// credentials; the vault and the other instances are fine.
void TestMainWindow::unreadableCredentialsAreEnteredAgain()
{
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    Database *database = m_workspace->database();
    QVERIFY(!database->write([&]() -> Error {
        QSqlQuery statement = database->query(QStringLiteral("UPDATE instance_credentials SET sealed_token = sealed_id"));
        return statement.exec() ? Error() : Database::failure(statement);
    }));
    withDialog<InstanceDialog>([this] { action("actionEdit")->trigger(); }, [&](InstanceDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), Error(ErrorCode::InstanceSecretsUnreadable).message());
        auto *idEdit = dialog->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit"));
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("instanceTokenEdit"));
        QVERIFY(idEdit->isEnabled());
        QCOMPARE(idEdit->text(), QString());
        type(idEdit, knownInstanceId);
        type(tokenEdit, knownToken);
        saveAndWaitUntilClosed(dialog);
    });
    QCOMPARE(Test::secretsOf(m_workspace->repository(), m_window->selectedInstance()),
             (InstanceSecrets{knownInstanceId, knownToken}));
    QCOMPARE(m_workspace->vault()->state(), CredentialVault::State::Open);
}

void TestMainWindow::connectionProblemsIsTheAlternative()
{
    // Nothing listens there: the dialog's request fails at once, without leaving this computer.
    m_workspace->settings().setApiBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QAction *problems = action("actionConnectionProblems");
    QVERIFY(!problems->isEnabled());
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    QVERIFY(problems->isEnabled());
    QCOMPARE(problems->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));

    // Offered everywhere, always after the normal QR / phone-code connection.
    const auto before = [](const QList<QAction *> &actions, QAction *first, QAction *second) {
        return actions.contains(first) && actions.indexOf(first) < actions.indexOf(second);
    };
    QVERIFY(before(window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions(), action("actionConnect"), problems));
    QVERIFY(before(window()->findChild<QMenu *>(QStringLiteral("menuInstance"))->actions(), action("actionConnect"), problems));
    QVERIFY(before(table()->actions(), action("actionConnect"), problems));
    auto *connectButton = window()->findChild<QPushButton *>(QStringLiteral("detailConnectButton"));
    auto *notice = window()->findChild<QWidget *>(QStringLiteral("problemsNotice"));
    QVERIFY(connectButton->isVisible() && notice->isVisible());
    QVERIFY(connectButton->y() < notice->y());

    // By keyboard: the offscreen screen (800 px) cuts the panel off for mouse clicks.
    withDialog<ExtensionCodeDialog>(
        [this] { QTest::keyClick(window()->findChild<QPushButton *>(QStringLiteral("detailProblemsButton")), Qt::Key_Space); },
        [](ExtensionCodeDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Extension connection code — Açaí da Praia"));
            QCOMPARE(dialog->state(), ExtensionCodeDialog::State::Preparing);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
            QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Failed);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        });
    // A failed request leaves the list as it was.
    QVERIFY(m_workspace->repository()->allRecords().first().lastCodeAt.isNull());

    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    withDialog<ExtensionCodeDialog>([&] { QTest::keySequence(window(), QKeySequence(QStringLiteral("Ctrl+Shift+K"))); },
                                    [](ExtensionCodeDialog *dialog) { dialog->reject(); });

    // From the normal flow's own notice: the QR dialog closes, the extension one opens.
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    withDialog<ConnectDialog>([&] { QTest::keySequence(window(), QKeySequence(QStringLiteral("Ctrl+K"))); },
                              [&](ConnectDialog *dialog) {
                                  QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect WhatsApp — Açaí da Praia"));
                                  withDialog<ExtensionCodeDialog>(
                                      [dialog] { QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("extensionButton")), Qt::Key_Space); },
                                      [](ExtensionCodeDialog *extension) { extension->reject(); });
                              });
    QTRY_VERIFY(Test::openWindows<ConnectDialog>().isEmpty());
}

// As app/desktop/main.cpp starts: open, show the window, tell the user what open() found.
void TestMainWindow::damagedDatabaseIsKeptAsideAndTheWindowSaysSo()
{
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    m_window.reset();
    m_workspace.reset();
    const QByteArray damaged = QByteArrayLiteral("SQLite format 3\0 but then nothing a database would hold");
    QVERIFY(Test::writeBytes(m_profile.databasePath(), damaged));

    m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
    const Error loadError = m_workspace->open();
    QCOMPARE(loadError.code, ErrorCode::StoreUnreadable);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    withDialog<QMessageBox>([&] {
        m_window->showStartupProblem(loadError.message());
        m_window->show();
    }, [&](QMessageBox *box) {
        m_lastMessage = box->text();
        box->accept();
    });

    // Told where the damaged file went; it is there, dated, and the window works on an empty list.
    QVERIFY2(m_lastMessage.startsWith(QStringLiteral("The instance list was damaged")), qPrintable(m_lastMessage));
    const QStringList keptAside = QDir(m_profile.dataDirectory())
                                      .entryList({QStringLiteral("partnerdesk.db.damaged-*")}, QDir::Files);
    QCOMPARE(keptAside.size(), 1);
    QCOMPARE(Test::readBytes(QDir(m_profile.dataDirectory()).filePath(keptAside.first())), damaged);
    QVERIFY2(m_lastMessage.contains(keptAside.first()), qPrintable(m_lastMessage));
    auto *pages = window()->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    addInstance(QStringLiteral("Açaí da Praia"), {}, knownInstanceId);
    QCOMPARE(table()->model()->rowCount(), 1);
}

// The README's picture of the window: the made-up customers `partnerdesk --demo` shows, with
// its statuses, and codes generated at fixed times so every run draws the same picture.
void TestMainWindow::demoCustomersAreListedByName()
{
    const QList<Sandbox::SandboxInstance> customers = Sandbox::SandboxServer::demoInstances();
    QList<ImportRow> rows;
    for (const Sandbox::SandboxInstance &customer : customers)
        rows.append({static_cast<int>(rows.size()) + 1, customer.name, {customer.id, customer.token}, customer.phone, {}});
    InstanceRepository *repository = m_workspace->repository();
    Test::Catcher<Error, ImportSummary> imported;
    repository->importInstances(rows, m_workspace.get(), imported.callback());
    QTRY_COMPARE(imported.calls(), 1);
    QVERIFY(!imported.error());
    const QDateTime lastCodeTime(QDate(2025, 3, 14), QTime(17, 30));
    for (int i = 0; i < customers.size(); ++i) {
        const QUuid key = repository->recordNamed(customers.at(i).name)->key;
        // Every status shows: connected, not connected, not checked yet.
        if (i % 3 != 2)
            QVERIFY(!repository->setStatus(key, i % 3 == 0 ? ConnectionStatus::Connected : ConnectionStatus::Disconnected));
        if (i % 2 == 1)
            QVERIFY(!repository->setLastCodeAt(key, lastCodeTime.addSecs(-3600L * (i + 1))));
    }

    window()->resize(1040, 640);
    window()->activateWindow(); // a selection is drawn in the active window's colours
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QCOMPARE(table()->model()->rowCount(), customers.size());
    QStringList names;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        names << table()->model()->index(row, InstanceListModel::NameColumn).data().toString();
    QVERIFY2(std::is_sorted(names.cbegin(), names.cend(),
                            [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; }),
             qPrintable(names.join(QStringLiteral(", "))));
    QCOMPARE(names.first(), QStringLiteral("Açaí da Praia"));
    QCOMPARE(table()->currentIndex().row(), 0);
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("detailName"))->text(), QStringLiteral("Açaí da Praia"));
    QCOMPARE(statusCount(), QStringLiteral("8 instances"));
    Test::saveScreenshot(window(), QStringLiteral("main-window-demo"));
}

// The window opened again as `partnerdesk --quit-after-first-paint` opens it, not shown yet.
void TestMainWindow::reopenQuittingAfterFirstPaint()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->quitAfterFirstPaint();
}

// Shows the window and runs the application's event loop as main() does; returns its exit
// status, 1 if nothing ended it.
int TestMainWindow::showAndRunApplication()
{
    QTimer neverEnded;
    neverEnded.setSingleShot(true);
    connect(&neverEnded, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
    neverEnded.start(30000);
    m_window->show();
    return QCoreApplication::exec();
}

// --quit-after-first-paint times start-up up to the list with its rows on screen.
void TestMainWindow::quitAfterFirstPaintShowsTheListFirst()
{
    addInstance(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("+55 11 98765-4321"), knownInstanceId);
    reopenQuittingAfterFirstPaint();
    const PaintWatch list(table()->viewport());
    QCOMPARE(showAndRunApplication(), 0);
    QVERIFY(list.painted());
    QCOMPARE(table()->model()->rowCount(), 1);
}

// With no instance there is no list: the empty page is what the agent sees first.
void TestMainWindow::quitAfterFirstPaintShowsTheEmptyPageFirst()
{
    reopenQuittingAfterFirstPaint();
    const PaintWatch emptyPage(window()->findChild<QWidget *>(QStringLiteral("emptyPage")));
    QCOMPARE(showAndRunApplication(), 0);
    QVERIFY(emptyPage.painted());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
