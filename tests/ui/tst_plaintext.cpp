// Text from outside (what the user typed, what a CSV file or the server says) is shown as
// plain text everywhere: an instance called "<img src=x>" shows those characters, it never
// becomes an image, a link or bold text. The check is generic: after each scenario every
// visible label, message box, tool tip and list cell in the application is inspected, so a
// new label that renders user data as rich text fails here without a test of its own.

#include "AccountSyncDialog.h"
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "ImportDialog.h"
#include "InstanceDialog.h"
#include "MainWindow.h"

#include "KeychainTestSupport.h"
#include "SandboxProcess.h"
#include "WidgetTestSupport.h"

#include "Workspace.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {

// Each would change what is shown if it were read as HTML.
const QString hostileName = QStringLiteral("<b>Loja</b> <img src=x> <a href=\"https://evil.example\">clique</a>");
const QString hostileNotes = QStringLiteral("<script>alert(1)</script><i>cliente VIP</i>\n<h1>grande</h1>");
const QString hostilePhone = QStringLiteral("<u>+55 11 98765-4321</u>");
const QString marker = QStringLiteral("<img src=x>"); // in the name, so wherever the name goes

const QString instanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString instanceToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");



bool rendersRichText(Qt::TextFormat format, const QString &text)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// What the check found: where outside text was rendered as HTML, and where it was shown
// literally (so a scenario can prove its text reached the screen at all).
struct Inspection
{
    QStringList renderedAsHtml;
    QStringList shownLiterally; // within the scenario's window only
};

// A tool tip is rich text whenever Qt::mightBeRichText says so; there is no format to set.
void inspectToolTip(const QString &where, const QString &toolTip, Inspection *inspection)
{
    if (toolTip.contains(marker) && Qt::mightBeRichText(toolTip))
        inspection->renderedAsHtml.append(where + QStringLiteral(" (tool tip)"));
}

// Every visible widget of the application; `window` (or all, when null) counts what is literal.
Inspection inspectScreen(const QWidget *window = nullptr)
{
    Inspection inspection;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        const bool counted = !window || widget == window || window->isAncestorOf(widget);
        const QString where = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                            widget->objectName());
        inspectToolTip(where, widget->toolTip(), &inspection);
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(marker)) {
            if (rendersRichText(label->textFormat(), label->text()))
                inspection.renderedAsHtml.append(where);
            else if (counted)
                inspection.shownLiterally.append(where);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    inspectToolTip(QStringLiteral("%1 cell %2,%3").arg(where).arg(row).arg(column),
                                   index.data(Qt::ToolTipRole).toString(), &inspection);
                    // Item views paint DisplayRole as plain text.
                    if (counted && index.data().toString().contains(marker))
                        inspection.shownLiterally.append(where);
                }
            }
        }
    }
    return inspection;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkerCatchesRichText();
    void mainWindowShowsNamesNotesAndPhonesLiterally();
    void removeConfirmationShowsTheNameLiterally();
    void takenNameMessageShowsTheNameLiterally();
    void extensionDialogShowsTheNameLiterally();
    void connectDialogShowsTheNameLiterally();
    void importShowsRowsLiterally();
    void accountSyncShowsNamesLiterally();
    void whoIsConnectedShowsTheNameLiterally();

private:
    void expectOnlyPlainText(const char *scenario, int minimumLiteral, const QWidget *window);

    QTemporaryDir m_sandboxDir;
    Testing::SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlainText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    installTranslations(QStringLiteral("en"));
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        m_sandboxDir, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                             {QStringLiteral("token"), instanceToken},
                                             {QStringLiteral("name"), hostileName}}});
    QVERIFY(!instances.isEmpty());
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(m_sandbox.errorString()));
}

void TestPlainText::init()
{
    m_sandbox.reset();
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
    QVERIFY(!m_workspace->open());
    m_workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());

    Test::Catcher<Error> tokenStored;
    m_workspace->repository()->setClientToken(m_sandbox.clientToken(), m_workspace.get(), tokenStored.callback());
    QTRY_COMPARE(tokenStored.calls(), 1);
    QVERIFY(!tokenStored.error());
    Test::Catcher<Error, QUuid> added;
    InstanceRecord record;
    record.name = hostileName;
    record.notes = hostileNotes;
    m_workspace->repository()->addInstance(record, {instanceId, instanceToken}, m_workspace.get(), added.callback());
    QTRY_COMPARE(added.calls(), 1);
    QVERIFY(!added.error());
    // Add and Edit store only numbers they understood; a phone from before that could not be
    // understood is kept as it was typed, and shown as it is.
    QSqlQuery keptAsTyped = m_workspace->database()->query(QStringLiteral("UPDATE instances SET phone = ?"));
    keptAsTyped.addBindValue(hostilePhone);
    QVERIFY(keptAsTyped.exec());

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPlainText::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    Test::wipeProfile(m_profile);
}

void TestPlainText::expectOnlyPlainText(const char *scenario, int minimumLiteral, const QWidget *window)
{
    const Inspection inspection = inspectScreen(window);
    QVERIFY2(inspection.renderedAsHtml.isEmpty(),
             qPrintable(QStringLiteral("%1: outside text rendered as HTML in %2")
                            .arg(QLatin1String(scenario), inspection.renderedAsHtml.join(QStringLiteral(", ")))));
    QVERIFY2(inspection.shownLiterally.size() >= minimumLiteral,
             qPrintable(QStringLiteral("%1: the name was shown literally only in [%2]")
                            .arg(QLatin1String(scenario), inspection.shownLiterally.join(QStringLiteral(", ")))));
}

// The checker itself: a label of each kind that would render the name as HTML is caught.
void TestPlainText::checkerCatchesRichText()
{
    QLabel autoText(hostileName, m_window.get());
    autoText.show();
    QCOMPARE(inspectScreen().renderedAsHtml.size(), 1);
    autoText.setTextFormat(Qt::PlainText);
    QCOMPARE(inspectScreen().renderedAsHtml.size(), 0);
    autoText.setToolTip(QStringLiteral("<p>%1</p>").arg(hostileName));
    QCOMPARE(inspectScreen().renderedAsHtml.size(), 1);
    // Escaped into rich text is fine: the marker is then not in the text as such.
    autoText.setToolTip(QStringLiteral("<p>%1</p>").arg(hostileName.toHtmlEscaped()));
    QCOMPARE(inspectScreen().renderedAsHtml.size(), 0);
}

void TestPlainText::mainWindowShowsNamesNotesAndPhonesLiterally()
{
    // The list cell and the detail panel's title, at least.
    expectOnlyPlainText("main window", 2, m_window.get());
    QCOMPARE(child<QLabel>(m_window.get(), "detailNotes")->text(), hostileNotes);
    QCOMPARE(child<QLabel>(m_window.get(), "detailPhone")->text(), hostilePhone);
    for (const char *name : {"detailNotes", "detailPhone"}) {
        QLabel *label = child<QLabel>(m_window.get(), name);
        QVERIFY2(!rendersRichText(label->textFormat(), label->text()), name);
    }
}

void TestPlainText::removeConfirmationShowsTheNameLiterally()
{
    withDialog<QMessageBox>([this] { m_window->findChild<QAction *>(QStringLiteral("actionRemove"))->trigger(); },
                            [this](QMessageBox *box) {
                                QVERIFY(box->text().contains(hostileName));
                                expectOnlyPlainText("remove confirmation", 1, box);
                                box->button(QMessageBox::Cancel)->click();
                            });
    QCOMPARE(m_workspace->repository()->allRecords().size(), 1);
}

void TestPlainText::takenNameMessageShowsTheNameLiterally()
{
    withDialog<InstanceDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionAdd"))->trigger(); },
                               [this](InstanceDialog *dialog) {
                                   child<QLineEdit>(dialog, "nameEdit")->setText(hostileName);
                                   child<QLineEdit>(dialog, "instanceIdEdit")->setText(QStringLiteral("AAAABBBBCCCCDDDD"));
                                   child<QLineEdit>(dialog, "instanceTokenEdit")->setText(QStringLiteral("TOKEN2"));
                                   auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
                                   QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
                                   QTRY_VERIFY(child<QLabel>(dialog, "problemLabel")->isVisible());
                                   QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(hostileName));
                                   expectOnlyPlainText("name already taken", 1, dialog);
                                   dialog->reject();
                               });
}

void TestPlainText::extensionDialogShowsTheNameLiterally()
{
    withDialog<ExtensionCodeDialog>(
        [this] { QTest::keyClick(child<QPushButton>(m_window.get(), "detailProblemsButton"), Qt::Key_Space); },
        [this](ExtensionCodeDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Extension connection code — %1").arg(hostileName));
            QCOMPARE(dialog->state(), ExtensionCodeDialog::State::Preparing);
            expectOnlyPlainText("extension preparation", 1, dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
            QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Showing);
            expectOnlyPlainText("extension code", 1, dialog);
            QVERIFY(m_sandbox.redeem(child<QLabel>(dialog, "codeLabel")->text()));
            QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ExtensionCodeDialog::State::Connected, 15000);
            expectOnlyPlainText("extension code, connected", 2, dialog);
            dialog->accept();
        });
}

void TestPlainText::connectDialogShowsTheNameLiterally()
{
    m_sandbox.setConnected(instanceId, true);
    withDialog<ConnectDialog>(
        [this] { QTest::keyClick(child<QPushButton>(m_window.get(), "detailConnectButton"), Qt::Key_Space); },
        [this](ConnectDialog *dialog) {
            QTRY_VERIFY(child<QLabel>(dialog, "connectedLabel")->isVisible());
            expectOnlyPlainText("QR dialog, connected", 1, dialog);
            dialog->reject();
        });
}

void TestPlainText::importShowsRowsLiterally()
{
    QTemporaryDir dir;
    const QString rows = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(rows);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name;instance_id;instance_token;phone;notes\n"
               + hostileName.toUtf8() + " 2;AAAABBBBCCCCDDDD;TOKEN2;5585996543210;" + hostileNotes.toUtf8().replace('\n', ' ') + "\n"
               + hostileName.toUtf8() + " 3;../../etc;TOKEN3;;\n");
    file.close();

    withDialog<ImportDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger(); },
                             [&](ImportDialog *dialog) {
                                 dialog->loadFile(rows);
                                 expectOnlyPlainText("import preview", 2, dialog);
                                 // The skipped row is listed by line number, in a plain-text box.
                                 QVERIFY(child<QPlainTextEdit>(dialog, "skippedList")->isVisible());
                                 dialog->reject();
                             });
}

// Names come from the partner's account too: in the list, in what the sync window says of
// the instances the account no longer has, and in the question before removing them.
void TestPlainText::accountSyncShowsNamesLiterally()
{
    Test::Catcher<Error> tokenStored;
    m_workspace->repository()->setPartnerToken(m_sandbox.partnerToken(), m_workspace.get(), tokenStored.callback());
    QTRY_COMPARE(tokenStored.calls(), 1);
    Test::Catcher<Error, QUuid> added;
    InstanceRecord gone;
    gone.name = hostileName + QStringLiteral(" (fechada)");
    m_workspace->repository()->addInstance(gone, {QStringLiteral("AAAABBBBCCCCDDDD"), QStringLiteral("TOKEN2")}, m_workspace.get(),
                                           added.callback());
    QTRY_COMPARE(added.calls(), 1);
    QVERIFY(!added.error());

    withDialog<AccountSyncDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionSync"))->trigger(); },
                                  [this](AccountSyncDialog *dialog) {
                                      QTRY_VERIFY(!dialog->isRunning());
                                      QCOMPARE(dialog->report().gone.size(), 1);
                                      QVERIFY(child<QPlainTextEdit>(dialog, "detailsText")->toPlainText().contains(hostileName));
                                      expectOnlyPlainText("sync summary", 0, dialog);
                                      withDialog<QMessageBox>(
                                          [dialog] { QTest::mouseClick(child<QPushButton>(dialog, "removeGoneButton"), Qt::LeftButton); },
                                          [this](QMessageBox *box) {
                                              QVERIFY(box->text().contains(hostileName));
                                              expectOnlyPlainText("removal confirmation", 1, box);
                                              box->button(QMessageBox::Cancel)->click();
                                          });
                                      dialog->reject();
                                  });
    expectOnlyPlainText("main window after a sync", 2, m_window.get());
}

// Who is connected: Z-API's profile name of the WhatsApp linked, which is the customer's to
// choose.
void TestPlainText::whoIsConnectedShowsTheNameLiterally()
{
    m_sandbox.setConnected(instanceId, true);
    QVERIFY(!m_workspace->repository()->setStatus(m_window->selectedInstance(), ConnectionStatus::Connected));
    auto *device = child<QLabel>(m_window.get(), "deviceLabel");
    QTRY_VERIFY(child<QPushButton>(m_window.get(), "deviceButton")->isVisible());
    QTest::keyClick(child<QPushButton>(m_window.get(), "deviceButton"), Qt::Key_Space);
    QTRY_VERIFY(device->text().contains(hostileName));
    expectOnlyPlainText("who is connected", 3, m_window.get());
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
