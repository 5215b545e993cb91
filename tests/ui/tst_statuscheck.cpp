// Status at a glance, through the main window: Check status (the selected rows) and Check
// status of all instances, with their progress and Cancel in the status bar; each answer lands
// in its row, a failure too (its Status cell says so, its tool tip and the details say why),
// with no message box; a failure every instance would meet (the Client-Token) is said once.
// Real widgets, the real sandbox process and the real keychain (scripts/test-session.sh).
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "CustomerWorkspace.h"
#include "ScreenshotSupport.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "account/StatusCheck.h"
#include "model/InstanceListModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {

// With CustomerWorkspace's three: forty instances, ten times the requests at once allowed.
constexpr int generated = 37;
constexpr int total = generated + 3;

} // namespace

class TestStatusCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyRowGetsItsAnswerAFailureToo();
    void selectedRowsOnly();
    void failureCommonToEveryInstanceIsSaidOnce();
    void cancelKeepsWhatWasFound();

private:
    QAction *action(const char *name) const { return child<QAction>(m_window.get(), name); }
    QTableView *table() const { return child<QTableView>(m_window.get(), "instanceTable"); }
    QModelIndex statusCell(const QString &name) const;
    QStringList checkedIds(); // the instances whose status the sandbox was asked, in order
    void waitUntilChecked();

    Test::CustomerWorkspace m_customers;
    QJsonArray m_generated; // {"id", "token", "name"} of the instances made in the sandbox
    std::unique_ptr<MainWindow> m_window;
};

void TestStatusCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    Test::applyAppLook();
    installTranslations(QStringLiteral("en"));
    m_customers.startSandbox();
    QVERIFY(m_customers.sandbox().generateInstances(generated, QStringLiteral("Cliente"), &m_generated));
    QCOMPARE(m_generated.size(), generated);
}

void TestStatusCheck::init()
{
    m_customers.open();
    QList<ImportRow> rows;
    for (const QJsonValue &value : std::as_const(m_generated)) {
        const QJsonObject instance = value.toObject();
        rows.append({static_cast<int>(rows.size()) + 1, instance.value(QLatin1String("name")).toString(),
                     {instance.value(QLatin1String("id")).toString(), instance.value(QLatin1String("token")).toString()}, {}, {}});
    }
    Test::Catcher<Error, ImportSummary> imported;
    m_customers.workspace()->repository()->importInstances(rows, m_customers.workspace(), imported.callback());
    QTRY_COMPARE(imported.calls(), 1);
    QVERIFY(!imported.error());
    m_window = m_customers.openWindow();
    m_window->resize(1040, 640);
    m_window->activateWindow(); // on a real X server too (screenshots)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(table()->model()->rowCount(), total);
}

void TestStatusCheck::cleanup()
{
    m_window.reset();
    m_customers.close();
}

QModelIndex TestStatusCheck::statusCell(const QString &name) const
{
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, InstanceListModel::NameColumn).data().toString() == name)
            return model->index(row, InstanceListModel::StatusColumn);
    }
    return {};
}

QStringList TestStatusCheck::checkedIds()
{
    QStringList ids;
    for (const QJsonValue &request : m_customers.sandbox().requests()) {
        const QStringList path = request.toObject().value(QLatin1String("path")).toString().split(u'/');
        // /instances/{id}/token/{token}/status
        if (path.size() == 6 && path.at(5) == QLatin1String("status"))
            ids.append(path.at(2));
    }
    return ids;
}

void TestStatusCheck::waitUntilChecked()
{
    QTRY_VERIFY(!child<QWidget>(m_window.get(), "statusCheckProgress")->isVisible());
}

void TestStatusCheck::everyRowGetsItsAnswerAFailureToo()
{
    const QList<Test::Customer> customers = Test::CustomerWorkspace::customers();
    const auto generatedAt = [this](int i) { return m_generated.at(i).toObject(); };
    // Connected: the garage and five of the new ones. Failing: one of the new ones.
    m_customers.sandbox().setConnected(customers.at(1).id, true);
    for (int i = 0; i < 5; ++i)
        m_customers.sandbox().setConnected(generatedAt(i * 7).value(QLatin1String("id")).toString(), true);
    const QString failing = generatedAt(10).value(QLatin1String("name")).toString();
    m_customers.sandbox().setFault({{QStringLiteral("mode"), QStringLiteral("server-error")},
                                    {QStringLiteral("endpoint"), QStringLiteral("status")},
                                    {QStringLiteral("instance"), generatedAt(10).value(QLatin1String("id")).toString()}});
    QVERIFY(m_customers.sandbox().resetStats());

    auto *progress = child<QWidget>(m_window.get(), "statusCheckProgress");
    auto *bar = child<QProgressBar>(m_window.get(), "statusCheckBar");
    QSignalSpy steps(bar, &QProgressBar::valueChanged);
    QVERIFY(!progress->isVisible());
    QCOMPARE(action("actionCheckAll")->shortcut(), QKeySequence(QStringLiteral("Shift+F5")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Shift+F5")));
    // The progress and its Cancel show in the status bar; the list stays in use.
    QVERIFY(progress->isVisible());
    QVERIFY(child<QPushButton>(m_window.get(), "statusCheckCancelButton")->isVisible());
    QVERIFY(!action("actionCheckAll")->isEnabled()); // one check at a time
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(table()->isEnabled());
    waitUntilChecked();
    QVERIFY(steps.count() >= 2);
    QCOMPARE(steps.last().at(0).toInt(), total);
    QCOMPARE(bar->maximum(), total);
    QVERIFY(action("actionCheckAll")->isEnabled());

    // Every row has its answer.
    QCOMPARE(statusCell(customers.at(1).name).data().toString(), QStringLiteral("Connected"));
    QCOMPARE(statusCell(customers.at(0).name).data().toString(), QStringLiteral("Not connected"));
    QCOMPARE(statusCell(generatedAt(7).value(QLatin1String("name")).toString()).data().toString(), QStringLiteral("Connected"));
    QCOMPARE(statusCell(generatedAt(8).value(QLatin1String("name")).toString()).data().toString(), QStringLiteral("Not connected"));
    // The failure is in its own row, and in no message box.
    const QModelIndex failed = statusCell(failing);
    QCOMPARE(failed.data().toString(), QStringLiteral("Check failed"));
    QVERIFY2(failed.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Check failed: ")),
             qPrintable(failed.data(Qt::ToolTipRole).toString()));
    QVERIFY(Test::openWindows<QMessageBox>().isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Status checked: 6 connected, 33 not connected, 1 failed. Each failed row says why."));
    // It stays what it was in the list (the filter goes by it); the details say why it failed.
    QCOMPARE(m_customers.workspace()->repository()->recordNamed(failing)->status, ConnectionStatus::Unknown);
    m_window->selectInstance(m_customers.keyOf(failing));
    auto *problem = child<QLabel>(m_window.get(), "detailCheckProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("The last status check failed: ")
                                  + failed.data(Qt::ToolTipRole).toString().mid(QStringLiteral("Check failed: ").size()));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-status-checked"));
    // At most four requests at once.
    QVERIFY2(m_customers.sandbox().stats().value(QLatin1String("maxInFlight")).toInt() <= StatusCheck::maximumInFlight,
             qPrintable(QString::number(m_customers.sandbox().stats().value(QLatin1String("maxInFlight")).toInt())));

    // Fixed at Z-API's end: the next check clears the row.
    m_customers.sandbox().clearFaults();
    action("actionCheckStatus")->trigger(); // the selected one
    waitUntilChecked();
    QTRY_COMPARE(statusCell(failing).data().toString(), QStringLiteral("Not connected"));
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Status checked: 0 connected, 1 not connected, 0 failed."));
}

void TestStatusCheck::selectedRowsOnly()
{
    const QList<Test::Customer> customers = Test::CustomerWorkspace::customers();
    m_customers.sandbox().clearRequests();
    // Ctrl+click adds a row to the selection, as in any list.
    m_window->selectInstance(m_customers.keyOf(customers.at(0).name));
    const QModelIndex other = statusCell(customers.at(2).name).siblingAtColumn(0);
    table()->scrollTo(other);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, table()->visualRect(other).center());
    // In list order: "Ótica" before "Padaria".
    QCOMPARE(m_window->selectedInstances(), (QList<QUuid>{m_customers.keyOf(customers.at(2).name), m_customers.keyOf(customers.at(0).name)}));
    QCOMPARE(action("actionCheckStatus")->shortcut(), QKeySequence(QStringLiteral("F5")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("F5")));
    waitUntilChecked();
    QStringList ids = checkedIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{customers.at(0).id, customers.at(2).id}));
    QCOMPARE(statusCell(customers.at(0).name).data().toString(), QStringLiteral("Not connected"));
    QCOMPARE(statusCell(customers.at(1).name).data().toString(), QStringLiteral("Not checked yet"));
    // The right-click menu has it too.
    QVERIFY(table()->actions().contains(action("actionCheckStatus")));

    // Shift and the arrows select several too; a plain arrow goes back to one.
    table()->setFocus();
    m_window->selectInstance(m_customers.keyOf(QStringLiteral("Cliente 0001")));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedInstances().size(), 3);
    QCOMPARE(m_window->selectedInstance(), m_customers.keyOf(QStringLiteral("Cliente 0003")));
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(m_window->selectedInstances(), QList<QUuid>{m_customers.keyOf(QStringLiteral("Cliente 0004"))});
    // An assistive technology choosing a row by selecting it: that row is the one chosen.
    const QModelIndex chosen = statusCell(QStringLiteral("Cliente 0010")).siblingAtColumn(0);
    table()->selectionModel()->select(chosen, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_window->selectedInstances(), QList<QUuid>{m_customers.keyOf(QStringLiteral("Cliente 0010"))});
    QCOMPARE(m_window->selectedInstance(), m_customers.keyOf(QStringLiteral("Cliente 0010")));
}

void TestStatusCheck::failureCommonToEveryInstanceIsSaidOnce()
{
    Test::Catcher<Error> stored;
    m_customers.workspace()->repository()->setClientToken(QStringLiteral("a-token-Z-API-does-not-know"), m_customers.workspace(),
                                                          stored.callback());
    QTRY_COMPARE(stored.calls(), 1);

    withDialog<QMessageBox>([this] { action("actionCheckAll")->trigger(); }, [&](QMessageBox *box) {
        waitUntilChecked();
        QCOMPARE(Test::openWindows<QMessageBox>().size(), 1);
        QCOMPARE(box->text(), Error(ErrorCode::ClientTokenRejected).message());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Status check stopped: ") + Error(ErrorCode::ClientTokenRejected).message());
        // No row says it: it is nobody's own failure.
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QVERIFY(table()->model()->index(row, InstanceListModel::StatusColumn).data().toString() != QLatin1String("Check failed"));
        // Settings, then the check again once the token is fixed.
        QAbstractButton *open = box->button(QMessageBox::Open);
        QVERIFY(open);
        withDialog<SettingsDialog>([open] { open->click(); }, [&](SettingsDialog *settings) {
            auto *edit = child<QLineEdit>(settings, "clientTokenEdit");
            QTRY_VERIFY(edit->isEnabled());
            edit->clear();
            QTest::keyClicks(edit, m_customers.sandbox().clientToken());
            Test::saveAndWaitUntilClosed(settings);
        });
    });
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Status checked: 0 connected, 40 not connected, 0 failed."));
}

void TestStatusCheck::cancelKeepsWhatWasFound()
{
    // One instance never answers: the check waits for it until Cancel.
    const QString hanging = m_generated.at(0).toObject().value(QLatin1String("id")).toString();
    m_customers.sandbox().setFault({{QStringLiteral("mode"), QStringLiteral("hang")},
                                    {QStringLiteral("endpoint"), QStringLiteral("status")},
                                    {QStringLiteral("instance"), hanging}});
    action("actionCheckAll")->trigger();
    auto *bar = child<QProgressBar>(m_window.get(), "statusCheckBar");
    QTRY_COMPARE(bar->value(), total - 1);
    QCOMPARE(child<QLabel>(m_window.get(), "statusCheckLabel")->text(), QStringLiteral("Checking status: 39 of 40"));
    Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-status-checking"));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "statusCheckCancelButton"), Qt::LeftButton);
    waitUntilChecked();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Status check cancelled after 39 of 40 instances; the statuses found are kept."));
    QCOMPARE(statusCell(Test::CustomerWorkspace::customers().at(0).name).data().toString(), QStringLiteral("Not connected"));
    QCOMPARE(statusCell(m_generated.at(0).toObject().value(QLatin1String("name")).toString()).data().toString(),
             QStringLiteral("Not checked yet"));
    QVERIFY(Test::openWindows<QMessageBox>().isEmpty());
    m_customers.sandbox().clearFaults();
}

QTEST_MAIN(TestStatusCheck)
#include "tst_statuscheck.moc"
