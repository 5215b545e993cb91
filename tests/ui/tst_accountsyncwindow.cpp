// Sync with the partner's Z-API account, through the main window: the action (and the empty
// page's button) opens a window that is not modal, shows the pages as they are read, and ends
// with what it did; instances the account no longer has are removed only when the agent
// confirms; a failure part-way says what was not done; a missing partner token leads to
// Settings. Real widgets, the real sandbox process (its partner list served a few instances
// a page) and the real keychain (scripts/test-session.sh).
#include "AccountSyncDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "CustomerWorkspace.h"
#include "ScreenshotSupport.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "account/AccountSync.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {

// The three customers CustomerWorkspace's profile holds, then these, made in the sandbox's
// account only: ten in the account, three a page, four pages.
constexpr int accountOnly = 7;
constexpr int pageSize = 3;

// A text with a count as the English catalogue gives it ("1 instance", "2 instances"; its
// plural forms come from scripts/english-plurals.py).
QString counted(const char *source, int count)
{
    return QCoreApplication::translate("PartnerDesk::AccountSyncDialog", source, nullptr, count);
}

// What the sync window said after each page, read as the agent would have read it: the
// window shows before the sync's first request is answered, and its sync object is its child.
class ProgressRecorder : public QObject
{
public:
    explicit ProgressRecorder(QWidget *mainWindow) { mainWindow->installEventFilter(this); }
    QStringList texts;
    QList<int> values;
    int maximum = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polished as it is shown, before start(): nothing can have been read yet.
        if (event->type() == QEvent::ChildPolished) {
            auto *dialog = qobject_cast<AccountSyncDialog *>(static_cast<QChildEvent *>(event)->child());
            if (dialog && !m_watched.contains(dialog)) {
                m_watched.append(dialog);
                auto *sync = dialog->findChild<AccountSync *>();
                // After the window's own slot: the label says it already.
                connect(sync, &AccountSync::progress, this, [this, dialog] {
                    texts.append(child<QLabel>(dialog, "stateLabel")->text());
                    auto *bar = child<QProgressBar>(dialog, "progressBar");
                    values.append(bar->value());
                    maximum = bar->maximum();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QPointer<AccountSyncDialog>> m_watched;
};

} // namespace

class TestAccountSyncWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void syncReadsEveryPageAndSaysWhatItDid();
    void instancesGoneFromTheAccountAreRemovedOnlyWhenConfirmed();
    void failurePartWaySaysWhatWasNotDone();
    void cancelKeepsThePagesRead();
    void missingPartnerTokenLeadsToSettings();
    void emptyListOffersTheSync();

private:
    QAction *action(const char *name) const { return child<QAction>(m_window.get(), name); }
    void setPartnerToken(const QString &token);
    // Runs the sync from the File menu's action; `interact` gets the window once it has ended.
    void sync(const std::function<void(AccountSyncDialog *)> &interact);

    Test::CustomerWorkspace m_customers;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccountSyncWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
    m_customers.startSandbox();
    QVERIFY(m_customers.sandbox().generateInstances(accountOnly, QStringLiteral("Cliente Novo")));
}

void TestAccountSyncWindow::init()
{
    m_customers.open();
    QVERIFY(m_customers.sandbox().setMaxPageSize(pageSize));
    setPartnerToken(m_customers.sandbox().partnerToken());
    m_window = m_customers.openWindow();
    m_window->resize(1040, 640);
    m_window->activateWindow(); // on a real X server too (screenshots)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccountSyncWindow::cleanup()
{
    m_window.reset();
    m_customers.close();
}

void TestAccountSyncWindow::setPartnerToken(const QString &token)
{
    Test::Catcher<Error> stored;
    m_customers.workspace()->repository()->setPartnerToken(token, m_customers.workspace(), stored.callback());
    QTRY_COMPARE(stored.calls(), 1);
    QVERIFY(!stored.error());
}

void TestAccountSyncWindow::sync(const std::function<void(AccountSyncDialog *)> &interact)
{
    withDialog<AccountSyncDialog>([this] { action("actionSync")->trigger(); }, [&](AccountSyncDialog *dialog) {
        // Not modal: the list stays usable (and shows each page as it is applied).
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QTRY_VERIFY(!dialog->isRunning());
        interact(dialog);
    });
}

void TestAccountSyncWindow::syncReadsEveryPageAndSaysWhatItDid()
{
    QCOMPARE(action("actionSync")->text(), QStringLiteral("S&ync with Z-API account…"));
    ProgressRecorder recorder(m_window.get());
    sync([&](AccountSyncDialog *dialog) {
        QCOMPARE(recorder.texts, (QStringList{
                                     QStringLiteral("Reading your Z-API account: page 1 of 4 (3 of 10 instances)…"),
                                     QStringLiteral("Reading your Z-API account: page 2 of 4 (6 of 10 instances)…"),
                                     QStringLiteral("Reading your Z-API account: page 3 of 4 (9 of 10 instances)…"),
                                     QStringLiteral("Reading your Z-API account: page 4 of 4 (10 of 10 instances)…"),
                                 }));
        QCOMPARE(recorder.values, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(recorder.maximum, 4);

        QCOMPARE(child<QLabel>(dialog, "stateLabel")->text(),
                 QStringLiteral("Done: your list now has every instance of your Z-API account."));
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->isVisible());
        // The three customers were in the list already: the account gave them a payment status.
        QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("7"));
        QCOMPARE(child<QLabel>(dialog, "updatedValue")->text(), QStringLiteral("3"));
        QCOMPARE(child<QLabel>(dialog, "unchangedValue")->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(dialog, "failedValue")->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(dialog, "goneValue")->text(), QStringLiteral("0"));
        QVERIFY(!child<QPushButton>(dialog, "removeGoneButton")->isVisible());
        QVERIFY(!child<QPlainTextEdit>(dialog, "detailsText")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "syncAgainButton")->isVisible());
        Test::saveScreenshot(dialog, QStringLiteral("sync-done"));

        // Again: nothing new.
        QTest::mouseClick(child<QPushButton>(dialog, "syncAgainButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isRunning());
        QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(dialog, "updatedValue")->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(dialog, "unchangedValue")->text(), QStringLiteral("10"));
        dialog->reject();
        QVERIFY(!dialog->isVisible());
    });
    auto *table = child<QTableView>(m_window.get(), "instanceTable");
    QCOMPARE(table->model()->rowCount(), 10);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Cliente Novo 0001"));
    // The details show what the account says of the subscription.
    QVERIFY2(child<QLabel>(m_window.get(), "detailSubscription")->text().startsWith(QLatin1String("Paid, due ")),
             qPrintable(child<QLabel>(m_window.get(), "detailSubscription")->text()));
    QVERIFY(!child<QLabel>(m_window.get(), "subscriptionNotice")->isVisible());
}

void TestAccountSyncWindow::instancesGoneFromTheAccountAreRemovedOnlyWhenConfirmed()
{
    // An instance of the list that the account does not have (deleted at Z-API).
    InstanceRepository *repository = m_customers.workspace()->repository();
    Test::Catcher<Error, QUuid> added;
    repository->addInstance(Test::named(QStringLiteral("Loja Fechada")), {QStringLiteral("0DD0000000000000000000000000C10S"), QStringLiteral("GONETOKEN000000000000001")},
                            m_customers.workspace(), added.callback());
    QTRY_COMPARE(added.calls(), 1);
    QVERIFY(!added.error());
    const QUuid gone = added.get<1>();

    QPointer<AccountSyncDialog> syncWindow;
    sync([&](AccountSyncDialog *dialog) {
        syncWindow = dialog;
        QCOMPARE(child<QLabel>(dialog, "goneValue")->text(), QStringLiteral("1"));
        auto *details = child<QPlainTextEdit>(dialog, "detailsText");
        QVERIFY(details->isVisible());
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Loja Fechada (instance ID ends in …C10S)")), qPrintable(details->toPlainText()));
        auto *remove = child<QPushButton>(dialog, "removeGoneButton");
        QVERIFY(remove->isVisible());
        QCOMPARE(remove->text(), counted("&Remove %n instance(s) no longer in the account…", 1));
        Test::saveScreenshot(dialog, QStringLiteral("sync-gone"));

        // Declined: nothing is removed.
        withDialog<QMessageBox>([remove] { QTest::mouseClick(remove, Qt::LeftButton); }, [](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("removeGoneConfirmation"));
            QVERIFY2(box->text().startsWith(counted("Remove %n instance(s) from Partner Desk?", 1)), qPrintable(box->text()));
            QVERIFY2(box->text().contains(QStringLiteral("• Loja Fechada")), qPrintable(box->text()));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            Test::saveScreenshot(box, QStringLiteral("sync-gone-confirmation"));
            box->button(QMessageBox::Cancel)->click();
        });
    });
    QVERIFY(repository->record(gone));
    QVERIFY(repository->record(gone)->goneSince.isValid());
    QCOMPARE(repository->count(), 11);
    // The window says so in its details.
    m_window->activateWindow();
    m_window->selectInstance(gone);
    auto *goneNotice = child<QLabel>(m_window.get(), "goneNotice");
    QVERIFY(goneNotice->isVisible());
    QVERIFY2(goneNotice->text().startsWith(QLatin1String("Not in your Z-API account since ")), qPrintable(goneNotice->text()));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-gone"));

    // Confirmed: removed, and the window says how many.
    QVERIFY(syncWindow);
    withDialog<QMessageBox>([&] { QTest::mouseClick(child<QPushButton>(syncWindow, "removeGoneButton"), Qt::LeftButton); },
                            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTRY_VERIFY(!repository->record(gone));
    QCOMPARE(repository->count(), 10);
    QCOMPARE(child<QLabel>(syncWindow, "stateLabel")->text(), counted("%n instance(s) removed.", 1));
    QVERIFY(!child<QPushButton>(syncWindow, "removeGoneButton")->isVisible());
    syncWindow->reject();
}

void TestAccountSyncWindow::failurePartWaySaysWhatWasNotDone()
{
    m_customers.sandbox().setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("page"), 3}});
    sync([&](AccountSyncDialog *dialog) {
        QCOMPARE(child<QLabel>(dialog, "stateLabel")->text(), QStringLiteral("The sync stopped after page 2 of 4."));
        auto *problem = child<QLabel>(dialog, "problemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(dialog->report().error.message()), qPrintable(problem->text()));
        QCOMPARE(dialog->report().error.code, ErrorCode::ServerError);
        QVERIFY2(problem->text().contains(QLatin1String("The pages read were saved. The rest of the account was not read")),
                 qPrintable(problem->text()));
        // Pages 1 and 2: the three customers, then three new ones.
        QCOMPARE(child<QLabel>(dialog, "updatedValue")->text(), QStringLiteral("3"));
        QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("3"));
        // Who is gone is not known before every page has been read.
        QVERIFY(!child<QLabel>(dialog, "goneValue")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "removeGoneButton")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "settingsButton")->isVisible());
        Test::saveScreenshot(dialog, QStringLiteral("sync-failed"));

        // Fixed at Z-API's end: Sync again finishes it.
        m_customers.sandbox().clearFaults();
        QTest::mouseClick(child<QPushButton>(dialog, "syncAgainButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isRunning());
        QVERIFY(!problem->isVisible());
        QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("4"));
        QCOMPARE(child<QLabel>(dialog, "unchangedValue")->text(), QStringLiteral("6"));
        dialog->reject();
    });
    QCOMPARE(m_customers.workspace()->repository()->count(), 10);
}

void TestAccountSyncWindow::cancelKeepsThePagesRead()
{
    // The second page never comes: the window waits, and Cancel stops it.
    m_customers.sandbox().setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("page"), 2}});
    withDialog<AccountSyncDialog>([this] { action("actionSync")->trigger(); }, [&](AccountSyncDialog *dialog) {
        auto *state = child<QLabel>(dialog, "stateLabel");
        QTRY_COMPARE(state->text(), QStringLiteral("Reading your Z-API account: page 1 of 4 (3 of 10 instances)…"));
        QVERIFY(dialog->isRunning());
        Test::saveScreenshot(dialog, QStringLiteral("sync-running"));
        auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        QVERIFY(buttons->button(QDialogButtonBox::Cancel));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isRunning());
        QVERIFY(dialog->isVisible()); // it stays to say what was done
        QCOMPARE(state->text(), QStringLiteral("The sync stopped after page 1 of 4."));
        QVERIFY2(child<QLabel>(dialog, "problemLabel")->text().startsWith(Error(ErrorCode::Cancelled).message()),
                 qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QCOMPARE(child<QLabel>(dialog, "updatedValue")->text(), QStringLiteral("3"));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    m_customers.sandbox().clearFaults();
}

void TestAccountSyncWindow::missingPartnerTokenLeadsToSettings()
{
    setPartnerToken(QString()); // none
    const int requestsBefore = static_cast<int>(m_customers.sandbox().requests().size());
    withDialog<QMessageBox>([this] { action("actionSync")->trigger(); }, [&](QMessageBox *box) {
        QCOMPARE(box->text(), Error(ErrorCode::PartnerTokenMissing).message());
        // Nothing was sent without it.
        QCOMPARE(static_cast<int>(m_customers.sandbox().requests().size()), requestsBefore);
        QAbstractButton *open = box->button(QMessageBox::Open);
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Open &Settings…"));
        // Settings, with the partner token field ready to paste into; once saved, the sync runs.
        withDialog<SettingsDialog>([open] { open->click(); }, [&](SettingsDialog *settings) {
            auto *edit = child<QLineEdit>(settings, "partnerTokenEdit");
            QTRY_VERIFY(edit->hasFocus());
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, m_customers.sandbox().partnerToken());
            Test::saveAndWaitUntilClosed(settings);
        });
    });
    AccountSyncDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountSyncDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(dialog->report().complete);
    QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("7"));
    dialog->reject();

    // A rejected token: the sync window offers Settings itself.
    QVERIFY(m_customers.sandbox().changePartnerToken(QStringLiteral("another-partner-token-9")));
    sync([&](AccountSyncDialog *syncWindow) {
        QCOMPARE(syncWindow->report().error.code, ErrorCode::PartnerTokenRejected);
        QCOMPARE(child<QLabel>(syncWindow, "stateLabel")->text(), QStringLiteral("The sync stopped before reading anything."));
        QVERIFY(child<QLabel>(syncWindow, "problemLabel")->text().endsWith(QLatin1String("Nothing was changed.")));
        QVERIFY(!child<QWidget>(syncWindow, "summaryPanel")->isVisible());
        QVERIFY(child<QPushButton>(syncWindow, "settingsButton")->isVisible());
        syncWindow->reject();
    });
    QVERIFY(m_customers.sandbox().changePartnerToken(Testing::SandboxProcess::defaultPartnerToken()));
}

void TestAccountSyncWindow::emptyListOffersTheSync()
{
    InstanceRepository *repository = m_customers.workspace()->repository();
    for (const InstanceRecord &record : repository->allRecords())
        QVERIFY(!repository->removeInstance(record.key));
    auto *pages = child<QStackedWidget>(m_window.get(), "pages");
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    auto *button = child<QPushButton>(m_window.get(), "emptySyncButton");
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("S&ync from my Z-API account…"));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-empty"));
    withDialog<AccountSyncDialog>([button] { QTest::mouseClick(button, Qt::LeftButton); }, [](AccountSyncDialog *dialog) {
        QTRY_VERIFY(!dialog->isRunning());
        QCOMPARE(child<QLabel>(dialog, "addedValue")->text(), QStringLiteral("10"));
        dialog->reject();
    });
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("listPage"));
    QCOMPARE(child<QTableView>(m_window.get(), "instanceTable")->model()->rowCount(), 10);
}

QTEST_MAIN(TestAccountSyncWindow)
#include "tst_accountsyncwindow.moc"
