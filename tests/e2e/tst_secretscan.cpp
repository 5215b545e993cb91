// e2e.secretscan: the app's everyday scenarios run with known test secrets and every log
// category switched on at debug level (ours and Qt's, network included). Afterwards no secret
// may appear anywhere the app could leave it:
//   - any file under its data, config and cache directories or its temporary directory,
//     in UTF-8, UTF-16, base64 or hex;
//   - any log message, in this process or the CLI's stderr, also as QDebug quotes it,
//     percent-encoded, hex, base64 or base64url, and GLib's (libsecret's) messages too;
//   - anything on screen: window titles, labels, buttons, tool tips, accessible names, visible
//     text fields, list cells, the status bar;
//   - anything the CLI printed.
// The scenarios drive the real window and dialogs, the real partnerdesk-cli, the real sandbox
// process and the real keychain (scripts/test-session.sh). scannerFindsPlantedSecrets proves
// the scanner itself can fail.

#include "AccountSyncDialog.h"
#include "ConnectDialog.h"
#include "ExtensionCodeDialog.h"
#include "InstanceDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "KeychainTestSupport.h"
#include "SandboxProcess.h"
#include "StoreTestSupport.h"
#include "WidgetTestSupport.h"

#include "Workspace.h"
#include "util/Clock.h"
#include "util/LogRedaction.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDebug>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMainWindow>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>

#include <cstdlib>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

using namespace PartnerDesk;
using Test::child;
using Test::saveAndWaitUntilClosed;
using Test::withDialog;

namespace {

constexpr int processTimeoutMs = 60000;

// Distinctive enough that a hit is never a coincidence. The sandbox serves the first instance.
const QString clientToken = QStringLiteral("Ct5ecretScanClientToken0001");
const QString wrongClientToken = QStringLiteral("Ct5ecretScanWrongToken00002");
const QString instanceId = QStringLiteral("5CANID00000000000000000000A1B2C3");
const QString instanceToken = QStringLiteral("5CANTOKEN000000000000001");
const QString cliInstanceId = QStringLiteral("5CANCLIID000000000000000000D4E5F");
const QString cliInstanceToken = QStringLiteral("5CANCLITOKEN000000000002");
const QString csvInstanceId = QStringLiteral("5CANCSVID000000000000000000G6H7I");
const QString csvInstanceToken = QStringLiteral("5CANCSVTOKEN000000000003");
// The partner account: its token, and instances only a sync brings in (the list's answer
// carries every instance's token).
const QString partnerToken = QStringLiteral("Pt5ecretScanPartnerToken0004");
const QString wrongPartnerToken = QStringLiteral("Pt5ecretScanWrongPartner0005");
const QString syncedInstanceId = QStringLiteral("5CANSYNCID00000000000000000J8K9L");
const QString syncedInstanceToken = QStringLiteral("5CANSYNCTOKEN00000000006");
const QString otherSyncedInstanceId = QStringLiteral("5CANSYNCID00000000000000000M1N2O");
const QString otherSyncedInstanceToken = QStringLiteral("5CANSYNCTOKEN00000000007");

// Client-Tokens the app is given in messagesOtherLibrariesWrite: any printable ASCII is taken,
// so one that QDebug escapes and a URL percent-encodes, and one a single word short.
const QString punctuatedClientToken = QStringLiteral("Ct5ecret\"Scan\\Punct%Tok/en?>~9");
const QString shortClientToken = QStringLiteral("Q7k");

const QString customerName = QStringLiteral("Loja Centro");

QStringList allSecrets()
{
    return {clientToken, wrongClientToken, instanceId, instanceToken,
            cliInstanceId, cliInstanceToken, csvInstanceId, csvInstanceToken,
            partnerToken, wrongPartnerToken, syncedInstanceId, syncedInstanceToken,
            otherSyncedInstanceId, otherSyncedInstanceToken, punctuatedClientToken};
}

// Looked for in text only, and only as a word of its own (as the product redacts them): in a
// file, or inside a longer word, three characters match by chance.
QStringList shortSecrets()
{
    return {shortClientToken};
}

// What `qDebug() << value` writes.
template <typename Value>
QString debugPrinted(const Value &value)
{
    QString printed;
    QDebug(&printed).nospace() << value;
    return printed;
}

// "%2F" as "%2f", as some encoders write it.
QString withLowerCaseEscapes(const QByteArray &percentEncoded)
{
    QString lower = QString::fromLatin1(percentEncoded);
    for (qsizetype at = lower.indexOf(u'%'); at >= 0 && at + 2 < lower.size(); at = lower.indexOf(u'%', at + 1))
        lower.replace(at + 1, 2, lower.mid(at + 1, 2).toLower());
    return lower;
}

// The forms a secret can take in a log message: as it is, as QDebug quotes a string or bytes
// (without the quotes), percent-encoded (either case of hex), hex, and base64 or base64url
// wherever it starts in the encoded bytes (the characters that depend on it alone).
QStringList textForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    QStringList forms{secret,
                      debugPrinted(secret).mid(1).chopped(1),
                      debugPrinted(utf8).mid(1).chopped(1),
                      QString::fromLatin1(percent),
                      withLowerCaseEscapes(percent),
                      QString::fromLatin1(utf8.toHex()),
                      QString::fromLatin1(utf8.toHex().toUpper())};
    for (const QByteArray::Base64Options alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        if (secret.size() < 6) {
            forms.append(QString::fromLatin1(utf8.toBase64(alphabet)));
            forms.append(QString::fromLatin1(utf8.toBase64(alphabet | QByteArray::OmitTrailingEquals)));
            continue;
        }
        for (int before = 0; before < 3; ++before) {
            const QByteArray encoded = (QByteArray(before, '\0') + utf8).toBase64(alphabet | QByteArray::OmitTrailingEquals);
            const qsizetype first = (before * 8 + 5) / 6;
            const qsizetype end = (before + utf8.size()) * 8 / 6;
            forms.append(QString::fromLatin1(encoded.mid(first, end - first)));
        }
    }
    forms.removeAll(QString());
    forms.removeDuplicates();
    return forms;
}

// The byte forms a secret can take in a file: text in UTF-8 or UTF-16, and the usual ways of
// packing bytes as text. Base64 depends on where the secret starts, so all three alignments.
QList<QByteArray> byteForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> forms{utf8,
                            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
                            utf8.toHex(), utf8.toHex().toUpper()};
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, '\0') + utf8).toBase64(QByteArray::OmitTrailingEquals);
        // Leave out the characters that also depend on the bytes before and after.
        const qsizetype first = shift == 0 ? 0 : (shift * 4 + 2) / 3 + 1;
        forms.append(encoded.mid(first, encoded.size() - first - 2));
    }
    return forms;
}

// "where: secret (form)" for every secret found in bytes, or nothing.
QStringList findSecretsIn(const QByteArray &bytes, const QString &where)
{
    QStringList found;
    for (const QString &secret : allSecrets()) {
        const QList<QByteArray> forms = byteForms(secret);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            if (bytes.contains(forms.at(i))) {
                found.append(QStringLiteral("%1: %2 (form %3)").arg(where, secret).arg(i));
                break;
            }
        }
    }
    return found;
}

// "where: secret (form) in text" for every secret found in texts, in any of its textForms.
QStringList findSecretsIn(const QStringList &texts, const QString &where)
{
    struct Pattern
    {
        QString secret;
        QString form;
        QRegularExpression asWord; // for a short secret
    };
    QList<Pattern> patterns;
    for (const QString &secret : allSecrets()) {
        for (const QString &form : textForms(secret))
            patterns.append({secret, form, {}});
    }
    for (const QString &secret : shortSecrets()) {
        for (const QString &form : textForms(secret)) {
            patterns.append({secret, form,
                             QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                                        .arg(QRegularExpression::escape(form)))});
        }
    }
    QStringList found;
    for (const QString &text : texts) {
        for (const Pattern &pattern : patterns) {
            if (pattern.asWord.pattern().isEmpty() ? text.contains(pattern.form) : text.contains(pattern.asWord))
                found.append(QStringLiteral("%1: %2 (as %3) in \"%4\"").arg(where, pattern.secret, pattern.form, text.left(300)));
        }
    }
    return found;
}

QStringList findSecretsUnder(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(QStringLiteral("%1: could not be read to check it").arg(path));
            continue;
        }
        found += findSecretsIn(file.readAll(), path);
    }
    return found;
}

// Messages as a library the app uses could write them, a secret in each form: Qt's own
// categories quote strings and print URLs; an HTTP layer prints headers, Basic credentials in
// base64; a key may be printed in hex.
Q_LOGGING_CATEGORY(lcOtherLibrary, "qt.network.secretscan")

QStringList messagesCarrying(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {QStringLiteral("QNetworkRequest header ") + debugPrinted(secret),
            QStringLiteral("QByteArray ") + debugPrinted(utf8),
            QStringLiteral("GET https://api.z-api.io/x?token=%1&page=2").arg(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
            // A short secret is only told apart as a word of its own, so alone in its base64.
            QStringLiteral("Authorization: Basic ")
                    + QString::fromLatin1((secret.size() < 6 ? utf8 : "partner:" + utf8).toBase64()),
            QStringLiteral("Authorization: Bearer ")
                    + QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            QStringLiteral("key=") + QString::fromLatin1(utf8.toHex()) + QStringLiteral(" KEY=")
                    + QString::fromLatin1(utf8.toHex().toUpper())};
}

// Every log message of this process, after the product's redaction (installed in front of
// this handler, as main() does in front of Qt's).
QMutex logMutex;
QStringList logMessages;

void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logMessages.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(context.category), message));
}

// Everything a person (or a screen reader) can read in the application's windows now.
QStringList textsOnScreen()
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts.append(text);
    };
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->statusTip());
        add(widget->whatsThis());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->displayText()); // bullets for a password field
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            add(edit->toPlainText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(edit->toPlainText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        if (auto *window = qobject_cast<QMainWindow *>(widget))
            add(window->statusBar()->currentMessage());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        add(index.data(role).toString());
                }
            }
        }
        for (QAction *action : widget->actions()) {
            add(action->text());
            add(action->toolTip());
            add(action->statusTip());
        }
    }
    add(QApplication::clipboard()->text());
    return texts;
}




} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretScan(QString root) : m_root(std::move(root)) {}

private slots:
    void initTestCase();
    void cleanupTestCase();

    // The scenarios, in order; each leaves what it wrote, printed and showed for the scan.
    void addInstanceAndClientTokenByHand();
    void extensionCodeUntilTheCustomerConnects();
    void qrCodeAndPhoneCode();
    void errorsOnScreen_data();
    void errorsOnScreen();
    void syncStatusAndWhoIsConnected();
    void messagesOtherLibrariesWrite();
    void commandLine();

    void scannerFindsPlantedSecrets_data();
    void scannerFindsPlantedSecrets();
    void logScannerFindsEveryForm_data();
    void logScannerFindsEveryForm();
    void noSecretLeaked_data();
    void noSecretLeaked();

private:
    QString scannedRoot() const { return m_root + QStringLiteral("/home"); }
    void snapshotScreen() { m_screen += textsOnScreen(); }
    void openExtensionDialog(const std::function<void(ExtensionCodeDialog *)> &interact);
    void runCli(const QStringList &arguments, const QByteArray &input = {});
    void storeClientToken(const QString &token);

    QString m_root; // home/ (scanned) and inputs/ (the test's own files, which hold secrets)
    Testing::SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_screen;
    QString m_cliOutput;
    QStringList m_openDatabaseFindings;
};

void TestSecretScan::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(recordMessage);
    LogRedaction::install();
    installTranslations(QStringLiteral("en"));

    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/inputs")));
    const QString instances = m_root + QStringLiteral("/inputs/instances.json");
    {
        QFile file(instances);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonArray served{QJsonObject{{QStringLiteral("id"), instanceId},
                                            {QStringLiteral("token"), instanceToken},
                                            {QStringLiteral("name"), customerName}}};
        file.write(QJsonDocument(served).toJson());
    }
    m_sandbox.setClientToken(clientToken);
    m_sandbox.setPartnerToken(partnerToken);
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(m_sandbox.errorString()));

    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
    QVERIFY(!m_workspace->open());
    m_workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecretScan::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    Test::wipeProfile(m_profile);
    QDir(m_root).removeRecursively();
}

void TestSecretScan::addInstanceAndClientTokenByHand()
{
    withDialog<InstanceDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionAdd"))->trigger(); },
                               [this](InstanceDialog *dialog) {
                                   QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), customerName);
                                   QTest::keyClicks(child<QLineEdit>(dialog, "instanceIdEdit"), instanceId);
                                   QTest::keyClicks(child<QLineEdit>(dialog, "instanceTokenEdit"), instanceToken);
                                   snapshotScreen();
                                   saveAndWaitUntilClosed(dialog);
                               });
    QCOMPARE(m_workspace->repository()->allRecords().size(), 1);

    withDialog<SettingsDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger(); },
                               [this](SettingsDialog *dialog) {
                                   auto *edit = child<QLineEdit>(dialog, "clientTokenEdit");
                                   QTRY_VERIFY(edit->isEnabled());
                                   QTest::keyClicks(edit, clientToken);
                                   snapshotScreen();
                                   saveAndWaitUntilClosed(dialog);
                               });
    QCOMPARE(Test::clientTokenOf(m_workspace->repository()), clientToken);

    // Editing shows the saved credentials masked.
    withDialog<InstanceDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionEdit"))->trigger(); },
                               [this](InstanceDialog *dialog) {
                                   QTRY_VERIFY(!child<QLineEdit>(dialog, "instanceTokenEdit")->text().isEmpty());
                                   snapshotScreen();
                                   dialog->reject();
                               });
    snapshotScreen();
}

void TestSecretScan::openExtensionDialog(const std::function<void(ExtensionCodeDialog *)> &interact)
{
    // By keyboard: the offscreen screen (800 px) can cut the detail panel off for mouse clicks.
    // It opens on the preparation page; its message is copied and scanned too, then the code
    // is asked for, as the agent does when the customer is ready.
    withDialog<ExtensionCodeDialog>(
        [this] { QTest::keyClick(child<QPushButton>(m_window.get(), "detailProblemsButton"), Qt::Key_Space); },
        [&](ExtensionCodeDialog *dialog) {
            QCOMPARE(dialog->state(), ExtensionCodeDialog::State::Preparing);
            QTest::mouseClick(child<QPushButton>(dialog, "copyPreparationButton"), Qt::LeftButton);
            snapshotScreen();
            QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
            interact(dialog);
        });
}

void TestSecretScan::extensionCodeUntilTheCustomerConnects()
{
    openExtensionDialog([this](ExtensionCodeDialog *dialog) {
        QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Showing);
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        snapshotScreen();
        QTest::mouseClick(child<QPushButton>(dialog, "copyMessageButton"), Qt::LeftButton);
        snapshotScreen();
        QVERIFY(m_sandbox.redeem(child<QLabel>(dialog, "codeLabel")->text()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ExtensionCodeDialog::State::Connected, 15000);
        snapshotScreen();
        dialog->accept();
    });
    m_sandbox.setConnected(instanceId, false);
}

void TestSecretScan::qrCodeAndPhoneCode()
{
    withDialog<ConnectDialog>(
        [this] { QTest::keyClick(child<QPushButton>(m_window.get(), "detailConnectButton"), Qt::Key_Space); },
        [this](ConnectDialog *dialog) {
            auto *qrImage = child<QLabel>(dialog, "qrImageLabel");
            QTRY_VERIFY(qrImage->isVisible() && !qrImage->pixmap().isNull());
            snapshotScreen();
            child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "phoneTab"));
            QTest::keyClicks(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("+55 11 98765-4321"));
            QTest::mouseClick(child<QPushButton>(dialog, "getCodeButton"), Qt::LeftButton);
            QTRY_VERIFY(!child<QLabel>(dialog, "phoneCodeLabel")->text().isEmpty());
            snapshotScreen();
            dialog->reject();
        });
}

void TestSecretScan::storeClientToken(const QString &token)
{
    Test::Catcher<Error> stored;
    m_workspace->repository()->setClientToken(token, m_workspace.get(), stored.callback());
    QTRY_COMPARE(stored.calls(), 1);
    QVERIFY(!stored.error());
}

void TestSecretScan::errorsOnScreen_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("storedClientToken");

    const auto fault = [](const char *mode) { return QJsonObject{{QStringLiteral("mode"), QLatin1String(mode)}}; };
    QTest::newRow("Client-Token rejected") << QJsonObject() << wrongClientToken;
    QTest::newRow("server error") << fault("server-error") << clientToken;
    QTest::newRow("malformed JSON") << fault("malformed-json") << clientToken;
    QTest::newRow("rate limited") << fault("rate-limit") << clientToken;
    // localhost and 127.0.0.1 are two origins: the redirect is refused, credentials and all.
    QJsonObject redirect = fault("redirect");
    QUrl otherOrigin = m_sandbox.baseUrl();
    otherOrigin.setHost(QStringLiteral("localhost"));
    redirect.insert(QStringLiteral("redirectTo"), otherOrigin.toString());
    QTest::newRow("redirect to another origin") << redirect << clientToken;
}

void TestSecretScan::errorsOnScreen()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, storedClientToken);

    storeClientToken(storedClientToken);
    if (!fault.isEmpty())
        m_sandbox.setFault(fault);
    openExtensionDialog([this](ExtensionCodeDialog *dialog) {
        QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Failed);
        snapshotScreen();
        dialog->reject();
    });
    m_sandbox.clearFaults();
    storeClientToken(clientToken);
}

// The partner token typed into Settings; a sync of the account over several pages (the list's
// answers carry every instance's token), one that fails part-way and one with a rejected
// token; a status check of every instance; who is connected, and a restart.
void TestSecretScan::syncStatusAndWhoIsConnected()
{
    QVERIFY(m_sandbox.upsertInstance({{QStringLiteral("id"), syncedInstanceId}, {QStringLiteral("token"), syncedInstanceToken},
                                      {QStringLiteral("name"), QStringLiteral("Mercado Sincronizado")}}));
    QVERIFY(m_sandbox.upsertInstance({{QStringLiteral("id"), otherSyncedInstanceId}, {QStringLiteral("token"), otherSyncedInstanceToken},
                                      {QStringLiteral("name"), QString()}})); // no name: the sync gives it one
    QVERIFY(m_sandbox.setMaxPageSize(1));

    withDialog<SettingsDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger(); },
                               [this](SettingsDialog *dialog) {
                                   auto *edit = child<QLineEdit>(dialog, "partnerTokenEdit");
                                   QTRY_VERIFY(edit->isEnabled());
                                   QTest::keyClicks(edit, partnerToken);
                                   snapshotScreen();
                                   saveAndWaitUntilClosed(dialog);
                               });
    const auto sync = [this](const std::function<void(AccountSyncDialog *)> &check) {
        withDialog<AccountSyncDialog>([this] { m_window->findChild<QAction *>(QStringLiteral("actionSync"))->trigger(); },
                                      [&](AccountSyncDialog *dialog) {
                                          QTRY_VERIFY(!dialog->isRunning());
                                          snapshotScreen();
                                          check(dialog);
                                          dialog->reject();
                                      });
        snapshotScreen();
    };
    sync([](AccountSyncDialog *dialog) {
        QVERIFY(dialog->report().complete);
        QCOMPARE(dialog->report().added, 2);
        QCOMPARE(dialog->report().pagesRead, 3);
    });
    QCOMPARE(m_workspace->repository()->count(), 3);
    // Stopped part-way, and refused.
    m_sandbox.setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("page"), 2}});
    sync([](AccountSyncDialog *dialog) { QCOMPARE(dialog->report().error.code, ErrorCode::ServerError); });
    m_sandbox.clearFaults();
    QVERIFY(m_sandbox.changePartnerToken(wrongPartnerToken));
    sync([](AccountSyncDialog *dialog) { QCOMPARE(dialog->report().error.code, ErrorCode::PartnerTokenRejected); });
    QVERIFY(m_sandbox.changePartnerToken(partnerToken));

    // Every instance's status, one of them connected.
    m_sandbox.setConnected(instanceId, true);
    m_window->findChild<QAction *>(QStringLiteral("actionCheckAll"))->trigger();
    QTRY_VERIFY(!child<QWidget>(m_window.get(), "statusCheckProgress")->isVisible());
    snapshotScreen();

    // Who is connected on it, and a restart.
    m_window->selectInstance(m_workspace->repository()->recordNamed(customerName)->key);
    QTRY_VERIFY(child<QPushButton>(m_window.get(), "deviceButton")->isVisible());
    QTest::keyClick(child<QPushButton>(m_window.get(), "deviceButton"), Qt::Key_Space);
    QTRY_VERIFY(child<QLabel>(m_window.get(), "deviceLabel")->text().startsWith(QLatin1String("Number: ")));
    snapshotScreen();
    withDialog<QMessageBox>([this] { QTest::keyClick(child<QPushButton>(m_window.get(), "restartButton"), Qt::Key_Space); },
                            [this](QMessageBox *box) {
                                snapshotScreen();
                                box->button(QMessageBox::Yes)->click();
                            });
    QTRY_VERIFY(child<QLabel>(m_window.get(), "activityLabel")->text().startsWith(QLatin1String("Restarted at ")));
    snapshotScreen();
    m_sandbox.setConnected(instanceId, false);
    QVERIFY(m_sandbox.setMaxPageSize(100));
}

// Client-Tokens that QDebug escapes and a URL percent-encodes, and one under six characters,
// each sent once; then, standing in for the libraries the app uses (Qt's network layer,
// libsecret under QtKeychain), messages that carry every secret this process holds in each
// form, through Qt's logging and through GLib's.
void TestSecretScan::messagesOtherLibrariesWrite()
{
    for (const QString &token : {punctuatedClientToken, shortClientToken}) {
        storeClientToken(token);
        openExtensionDialog([this](ExtensionCodeDialog *dialog) {
            QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Failed);
            snapshotScreen();
            dialog->reject();
        });
    }
    storeClientToken(clientToken);

    // What this process was given; the CLI's own are its own process's.
    const QStringList held{clientToken, wrongClientToken, instanceId, instanceToken, partnerToken, syncedInstanceId,
                           syncedInstanceToken, otherSyncedInstanceId, otherSyncedInstanceToken,
                           punctuatedClientToken, shortClientToken};
    for (const QString &secret : held) {
        for (const QString &message : messagesCarrying(secret))
            qCDebug(lcOtherLibrary).noquote() << message;
    }
#ifdef Q_OS_LINUX
    using GLogFunction = void (*)(const char *domain, int level, const char *format, ...);
    constexpr int glibWarning = 1 << 4; // G_LOG_LEVEL_WARNING
    const auto gLog = reinterpret_cast<GLogFunction>(dlsym(RTLD_DEFAULT, "g_log"));
    QVERIFY2(gLog, "GLib is not in this process");
    for (const QString &secret : held)
        gLog("libsecret", glibWarning, "Couldn't unlock item: %s", qPrintable(secret));
    // Into the log that is scanned, not past it to stderr.
    QMutexLocker lock(&logMutex);
    QCOMPARE(logMessages.filter(QRegularExpression(QStringLiteral("^partnerdesk\\.glib: libsecret: Couldn't unlock"))).size(),
             held.size());
#endif
}

void TestSecretScan::runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PARTNERDESK_CLI_EXECUTABLE),
                  QStringList{QStringLiteral("--profile"), m_profile.name(),
                              QStringLiteral("--api-base"), m_sandbox.baseUrl().toString()}
                      + arguments);
    QVERIFY2(process.waitForStarted(processTimeoutMs), qPrintable(process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(processTimeoutMs));
    m_cliOutput += QStringLiteral("$ partnerdesk-cli %1 (exit %2)\n").arg(arguments.join(u' ')).arg(process.exitCode());
    m_cliOutput += QString::fromUtf8(process.readAllStandardOutput());
    m_cliOutput += QString::fromUtf8(process.readAllStandardError());
}

void TestSecretScan::commandLine()
{
    // While the window's workspace has the database open, its write-ahead log and
    // shared-memory index exist beside it: scanned now, as they are.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_profile.databasePath() + suffix);
        QVERIFY2(file.open(QIODevice::ReadOnly) && file.size() > 0, qPrintable(file.fileName()));
        m_openDatabaseFindings += findSecretsIn(file.readAll(), file.fileName());
    }

    // The window's workspace lets go of the profile, as when the app is closed.
    m_window.reset();
    m_workspace.reset();

    const QString csv = m_root + QStringLiteral("/inputs/customers.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("name,instance_id,instance_token,phone\n"
                                  "Padaria Pão de Mel,%1,%2,+55 11 91234-5678\n")
                       .arg(csvInstanceId, csvInstanceToken).toUtf8());
    }
    runCli({QStringLiteral("client-token"), QStringLiteral("set")}, (clientToken + u'\n').toUtf8());
    runCli({QStringLiteral("add"), QStringLiteral("Mercado Sol")},
           (cliInstanceId + u'\n' + cliInstanceToken + u'\n').toUtf8());
    runCli({QStringLiteral("import"), csv});
    runCli({QStringLiteral("list")});
    runCli({QStringLiteral("list"), QStringLiteral("--json")});
    runCli({QStringLiteral("code"), customerName});
    runCli({QStringLiteral("status"), customerName, QStringLiteral("--json")});
    // Failures: the sandbox does not know the CLI's instance, then the Client-Token is wrong.
    runCli({QStringLiteral("code"), QStringLiteral("Mercado Sol")});
    runCli({QStringLiteral("client-token"), QStringLiteral("set")}, (wrongClientToken + u'\n').toUtf8());
    runCli({QStringLiteral("code"), customerName});
    runCli({QStringLiteral("remove"), QStringLiteral("Mercado Sol")});
    // The partner's account from the command line: every instance's token in the answers.
    runCli({QStringLiteral("partner-token"), QStringLiteral("set")}, (partnerToken + u'\n').toUtf8());
    runCli({QStringLiteral("sync")});
    runCli({QStringLiteral("sync"), QStringLiteral("--json")});
    runCli({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(m_cliOutput.contains(QStringLiteral("Imported: 1 added")), qPrintable(m_cliOutput));
    QVERIFY2(m_cliOutput.contains(QStringLiteral("\"connected\"")), qPrintable(m_cliOutput));
    QVERIFY2(m_cliOutput.contains(QStringLiteral("\"added\"")), qPrintable(m_cliOutput));
}

void TestSecretScan::scannerFindsPlantedSecrets_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray secret = instanceToken.toUtf8();
    QTest::newRow("UTF-8 in JSON") << QByteArray("{\"token\":\"" + secret + "\"}");
    QTest::newRow("UTF-16") << QByteArray(reinterpret_cast<const char *>(instanceToken.utf16()), instanceToken.size() * 2);
    for (int shift = 0; shift < 3; ++shift)
        QTest::addRow("base64, %d bytes in", shift) << (QByteArray(shift, 'x') + secret + "!").toBase64();
    QTest::newRow("hex") << QByteArray("id=" + secret.toHex());
}

void TestSecretScan::scannerFindsPlantedSecrets()
{
    QFETCH(QByteArray, bytes);
    const QString planted = m_root + QStringLiteral("/inputs/planted/deep/file.bin");
    QVERIFY(QDir().mkpath(QFileInfo(planted).absolutePath()));
    QFile file(planted);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(findSecretsUnder(m_root + QStringLiteral("/inputs/planted")).size(), 1);
    QDir(m_root + QStringLiteral("/inputs/planted")).removeRecursively();
}

// Each form a message can carry a secret in is found, long and short secrets alike.
void TestSecretScan::logScannerFindsEveryForm_data()
{
    QTest::addColumn<QString>("message");
    const QList<std::pair<const char *, QString>> secrets{
            {"punctuated", punctuatedClientToken}, {"instance token", instanceToken}, {"short", shortClientToken}};
    for (const auto &[kind, secret] : secrets) {
        const QStringList messages = messagesCarrying(secret);
        for (qsizetype i = 0; i < messages.size(); ++i)
            QTest::addRow("%s secret, message %d", kind, int(i)) << messages.at(i);
    }
}

void TestSecretScan::logScannerFindsEveryForm()
{
    QFETCH(QString, message);
    QVERIFY(!findSecretsIn(QStringList{message}, QStringLiteral("planted")).isEmpty());
}

void TestSecretScan::noSecretLeaked_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("files under data, config, cache and temp") << QStringLiteral("files");
    QTest::newRow("log messages") << QStringLiteral("log");
    QTest::newRow("on screen") << QStringLiteral("screen");
    QTest::newRow("command line output") << QStringLiteral("cli");
}

void TestSecretScan::noSecretLeaked()
{
    QFETCH(QString, what);
    QStringList found;
    if (what == QLatin1String("files")) {
        // Something was written, or the scan proves nothing.
        QVERIFY(QFileInfo(m_profile.databasePath()).size() > 0);
        found = m_openDatabaseFindings + findSecretsUnder(scannedRoot());
    } else if (what == QLatin1String("log")) {
        QMutexLocker lock(&logMutex);
        // With every category on, the network layer spoke; it must have been redacted.
        QVERIFY(logMessages.size() > 10);
        QVERIFY2(!logMessages.filter(QStringLiteral("partnerdesk.zapi")).isEmpty(), "no Z-API log line was seen");
        found = findSecretsIn(logMessages, QStringLiteral("log"));
    } else if (what == QLatin1String("screen")) {
        QVERIFY(m_screen.size() > 50);
        found = findSecretsIn(m_screen, QStringLiteral("screen"));
    } else {
        QVERIFY(!m_cliOutput.isEmpty());
        found = findSecretsIn(QStringList{m_cliOutput}, QStringLiteral("partnerdesk-cli"));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The XDG and temporary directories must point at the scanned tree before Qt reads them.
int main(int argc, char *argv[])
{
    QByteArray rootTemplate = QDir::tempPath().toLocal8Bit() + "/partnerdesk-secretscan.XXXXXX";
    if (!mkdtemp(rootTemplate.data()))
        qFatal("could not create the test's directory");
    const QString root = QString::fromLocal8Bit(rootTemplate);
    for (const char *sub : {"data", "config", "cache", "tmp"})
        QDir().mkpath(root + QStringLiteral("/home/") + QLatin1String(sub));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/home/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/home/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/home/cache")));
    qputenv("TMPDIR", QFile::encodeName(root + QStringLiteral("/home/tmp")));
    // The same names as the app and the CLI, so both work on the same profile.
    QApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));

    QApplication app(argc, argv);
    TestSecretScan test(root);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretscan.moc"
