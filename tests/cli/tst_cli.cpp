// Runs the real partnerdesk-cli the way a user or a script does: arguments, standard input,
// exit status, standard output and standard error. Each test has its own profile and its own
// XDG data and config directories (QStandardPaths' test mode cannot reach a child process);
// the keychain is the private one scripts/test-session.sh starts; the commands that call Z-API
// talk to the real sandbox process. After every test, no test secret may appear in anything
// the CLI printed or in any file it wrote.

#include "SandboxProcess.h"
#include "KeychainTestSupport.h"
#include "StoreTestSupport.h"
#include "store/CredentialVault.h"
#include "store/VaultKeyStore.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "util/Logging.h"
#include "util/Profile.h"
#include "zapi/ExtensionFlow.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <tuple>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace PartnerDesk;

namespace {

constexpr int processTimeoutMs = 60000;

// Secrets only ever go in through standard input (or a CSV file); none may come out.
const QString clientToken = QStringLiteral("ct-S3cretClientToken-0001");
const QString instanceId = QStringLiteral("INSTIDsecret00000000000000A1B2");
const QString instanceToken = QStringLiteral("INSTTOKENsecret000000000000001");
const QString otherId = QStringLiteral("OTHERIDsecret0000000000000C3D4");
const QString otherToken = QStringLiteral("OTHERTOKENsecret00000000000002");
const QString csvId1 = QStringLiteral("CSVIDsecret0001");
const QString csvToken1 = QStringLiteral("CSVTOKENsecret0001");
const QString csvId2 = QStringLiteral("CSVIDsecret0002");
const QString csvToken2 = QStringLiteral("CSVTOKENsecret0002");
const QString csvToken3 = QStringLiteral("CSVTOKENsecret0003");
const QString moreId = QStringLiteral("MOREIDsecret00000000000000E5F6");
const QString moreToken = QStringLiteral("MORETOKENsecret000000000000003");

// The instance the sandbox serves (with instanceId and instanceToken).
const QString sandboxCustomer = QStringLiteral("Loja Centro");
constexpr qint64 codeLifetimeMs = 5 * 60 * 1000; // what the sandbox, like Z-API, gives a code

enum class Keychain { Available, Missing };

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    // For QVERIFY2: what the CLI said, when a check fails.
    QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(exitCode).arg(out, err).toUtf8();
    }
};

QByteArray lines(const QStringList &values)
{
    return (values.join(u'\n') + u'\n').toUtf8();
}

QString cliLine(const QString &message)
{
    return QStringLiteral("partnerdesk-cli: ") + message;
}

} // namespace

// What the profile holds sealed, read back through the repository.
struct StoredSecrets
{
    QString clientToken;
    QHash<QUuid, InstanceSecrets> instances;
};

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void versionAndHelp();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void secretsOnTheCommandLineAreNotRepeated();
    void invalidProfile();
    void apiBase_data();
    void apiBase();
    void addListRemove();
    void clientTokenSetAndClear();
    void removeUnknown();
    void duplicateName();
    void invalidInstanceCredentials();
    void importGoodAndBadRows();
    void phonesAreUnderstoodWithTheDefaultCountry();
    void importAgainUpdates();
    void importNothingUsable();
    void importHeaderOnly();
    void importUnreadableFile();
    void linkInTheDatabasesPlaceIsRefused();
    void withoutKeychain();
    void damagedDatabase();
    void recoverAfterStartingOver();
    void codeHumanAndJson();
    void statusBeforeAndAfterRedeem();
    void codeAndStatusUnknownName();
    void codeAndStatusWithoutClientToken();
    void codeAndStatusServerError();
    void codeAndStatusFollowSettings();

    void everyCommandHasItsOwnHelp();
    void partnerTokenSetAndClear();
    void namesIgnoreCaseAndAccents();
    void severalMatchesAreListed();
    void editChangesWhatIsGiven();
    void syncPagesRenamesAndPrune();
    void syncStoppedPartWay();
    void syncNeedsThePartnerTokenAndKeepsTheTokensApart();
    void progressOnATerminalOnly();
    void statusOfHundredsAtMostFourAtOnce();
    void statusOfAllHumanJsonAndFailures();
    void statusOfAllWithoutClientToken();
    void qrWritesAPngAndNeverThroughALink();
    void phoneCodeUsesTheSavedPhone();
    void messageInTheCustomersLanguage();
    void slowAnswerEndsAtTheDeadline();

private:
    // `stderrTerminal`: a pseudo-terminal's file descriptor the child gets as its standard
    // error (what it writes there is then read from the terminal, not in Result::err).
    Result runRaw(const QStringList &arguments, const QByteArray &input = {},
                  Keychain keychain = Keychain::Available, int stderrTerminal = -1);
    Result run(const QStringList &arguments, const QByteArray &input = {},
               Keychain keychain = Keychain::Available)
    {
        return runRaw(QStringList{QStringLiteral("--profile"), m_profile} + arguments, input, keychain);
    }
    QString writeInput(const QString &fileName, const QByteArray &contents);
    QJsonArray listJson();
    std::optional<StoredSecrets> vaultContents();
    QStringList filesWritten() const;
    // The real sandbox, requiring the test's Client-Token and serving sandboxCustomer.
    bool startSandbox();
    // The customer the sandbox serves, added to the profile; the Client-Token stored or not.
    bool addSandboxCustomer(bool withClientToken);
    Result runApi(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()} + arguments);
    }
    QJsonObject jsonLine(const Result &result);
    // A --json answer that is an array (an empty one, with a warning, otherwise).
    QJsonArray jsonArray(const Result &result);
    // Stores the sandbox's partner token with 'partner-token set'.
    bool setPartnerToken();
    // Adds `count` instances to the sandbox's account ("<prefix> 0001"...); their IDs and
    // tokens join the secrets nothing may print.
    QJsonArray generate(int count, const QString &prefix);
    // The partner token as the profile keeps it; nullopt when it cannot be read.
    std::optional<QString> storedPartnerToken();
    // The CLI with its standard error on a pseudo-terminal, as in a terminal window:
    // `terminal` gets what it wrote there.
    Result runOnTerminal(const QStringList &arguments, QString *terminal);
    // The named instance's object in list --json; empty when absent.
    QJsonObject listed(const QString &name);
    QStringList listedNames();

    std::unique_ptr<Testing::SandboxProcess> m_sandbox;
    QString m_profile;
    std::unique_ptr<QTemporaryDir> m_home;   // the child's XDG data and config directories
    std::unique_ptr<QTemporaryDir> m_inputs; // CSV files: they hold secrets on purpose
    QString m_transcript;                    // everything the CLI printed in this test
    QStringList m_moreSecrets;               // the sandbox's generated IDs and tokens
};

void TestCli::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The child's data directories are redirected through XDG variables, which only Linux honours.");
#endif
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_CLI_EXECUTABLE)).isExecutable(), PARTNERDESK_CLI_EXECUTABLE);
    // The same names as the CLI, so this process finds the profile's files to check them.
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_inputs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_inputs->isValid());
    m_profile = QStringLiteral("cli-%1-%2")
                    .arg(QString::fromLatin1(QTest::currentTestFunction()).left(40))
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_transcript.clear();
    m_moreSecrets.clear();
    // This process looks at the same files as the child (vaultContents()).
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
}

void TestCli::cleanup()
{
    const QStringList secrets = QStringList{clientToken, instanceId, instanceToken, otherId, otherToken,
                                            csvId1, csvToken1, csvId2, csvToken2, csvToken3, moreId, moreToken,
                                            Testing::SandboxProcess::defaultPartnerToken()}
                                + m_moreSecrets;
    for (const QString &secret : secrets)
        QVERIFY2(!m_transcript.contains(secret), qPrintable(QStringLiteral("%1 was printed").arg(secret)));
    for (const QString &path : filesWritten()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets) {
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(utf16),
                     qPrintable(QStringLiteral("%1 found in %2").arg(secret, path)));
        }
    }

    // The profile's keychain item goes with the test.
    KeychainVaultKeyStore keyStore(Profile::keychainService(),
                                   QStringLiteral("partnerdesk/%1/vault-key").arg(m_profile));
    Test::waitFor<Error>([&](QObject *context, auto done) { keyStore.deleteKey(context, done); });
    m_sandbox.reset();
    m_home.reset();
    m_inputs.reset();
}

Result TestCli::runRaw(const QStringList &arguments, const QByteArray &input, Keychain keychain, int stderrTerminal)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    // English messages, compared with Error::message() of this (untranslated) process.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    // What a user sees: the suite's debug logging rules are not the CLI's defaults.
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (keychain == Keychain::Missing) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        environment.remove(QStringLiteral("DISPLAY"));
    }

    QProcess process;
    process.setProcessEnvironment(environment);
#if defined(Q_OS_LINUX)
    if (stderrTerminal >= 0)
        process.setChildProcessModifier([stderrTerminal] { ::dup2(stderrTerminal, STDERR_FILENO); });
#else
    Q_UNUSED(stderrTerminal);
#endif
    process.start(QStringLiteral(PARTNERDESK_CLI_EXECUTABLE), arguments);
    Result result;
    if (!process.waitForStarted(processTimeoutMs)) {
        result.err = QStringLiteral("(did not start: %1)").arg(process.errorString());
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("(timed out)");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_transcript += result.out + result.err;
    return result;
}

QString TestCli::writeInput(const QString &fileName, const QByteArray &contents)
{
    const QString path = m_inputs->filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

QJsonArray TestCli::listJson()
{
    const Result result = run({QStringLiteral("list"), QStringLiteral("--json")});
    if (result.exitCode != 0 || !result.err.isEmpty())
        return {QStringLiteral("list --json failed: ") + QString::fromUtf8(result.describe())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {QStringLiteral("not a JSON array: ") + result.out};
    return document.array();
}

// What the CLI stored, read back with the core (this process shares the keychain).
std::optional<StoredSecrets> TestCli::vaultContents()
{
    Profile profile;
    if (Profile::make(m_profile, &profile))
        return std::nullopt;
    Workspace workspace(profile, Clock::system());
    if (workspace.open())
        return std::nullopt;
    StoredSecrets stored;
    Error error;
    stored.clientToken = Test::clientTokenOf(workspace.repository(), &error);
    for (const InstanceRecord &record : workspace.repository()->allRecords()) {
        if (!error)
            stored.instances.insert(record.key, Test::secretsOf(workspace.repository(), record.key, &error));
    }
    if (error) {
        qWarning() << "vault:" << error.message();
        return std::nullopt;
    }
    return stored;
}

// Opening a profile makes its database (empty until something is saved, which listJson()
// and vaultContents() check); anything else written is a file too many.
QStringList TestCli::filesWritten() const
{
    QStringList files;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).fileName().startsWith(QLatin1String("partnerdesk.db")))
            files.append(path);
    }
    return files;
}

bool TestCli::startSandbox()
{
    m_sandbox = std::make_unique<Testing::SandboxProcess>();
    m_sandbox->setClientToken(clientToken);
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        *m_inputs, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                          {QStringLiteral("token"), instanceToken},
                                          {QStringLiteral("name"), sandboxCustomer}}});
    if (instances.isEmpty() || !m_sandbox->start({QStringLiteral("--instances"), instances})) {
        qWarning() << "sandbox:" << m_sandbox->errorString();
        return false;
    }
    return true;
}

bool TestCli::addSandboxCustomer(bool withClientToken)
{
    if (withClientToken && run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken})).exitCode != 0)
        return false;
    return run({QStringLiteral("add"), sandboxCustomer}, lines({instanceId, instanceToken})).exitCode == 0;
}

// A --json answer: exactly one line holding one object; an empty object otherwise.
QJsonObject TestCli::jsonLine(const Result &result)
{
    if (result.exitCode != 0 || !result.err.isEmpty() || !result.out.endsWith(u'\n') || result.out.count(u'\n') != 1)
        return {};
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCli::versionAndHelp()
{
    const Result version = runRaw({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("partnerdesk-cli " PARTNERDESK_VERSION "\n"));
    QCOMPARE(version.err, QString());

    for (const QString &helpOption : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result help = runRaw({helpOption});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.err, QString());
        const QStringList out = help.outLines();
        QVERIFY(out.first().startsWith(QLatin1String("Usage: partnerdesk-cli ")));
        // One line per command, each with its summary.
        for (const QString &synopsis : {QStringLiteral("client-token set "), QStringLiteral("client-token clear "),
                                        QStringLiteral("add NAME "), QStringLiteral("list "),
                                        QStringLiteral("remove NAME "), QStringLiteral("import FILE.csv "),
                                        QStringLiteral("code NAME "), QStringLiteral("status NAME | --all "),
                                        QStringLiteral("partner-token set "), QStringLiteral("partner-token clear "),
                                        QStringLiteral("edit NAME "), QStringLiteral("sync "),
                                        QStringLiteral("message NAME "), QStringLiteral("qr NAME --out FILE.png "),
                                        QStringLiteral("phone-code NAME ")}) {
            const auto line = std::find_if(out.cbegin(), out.cend(), [&](const QString &l) {
                return l.startsWith(QStringLiteral("  ") + synopsis);
            });
            QVERIFY2(line != out.cend(), qPrintable(synopsis));
            QVERIFY(line->size() > synopsis.size() + 10);
        }
        for (const QString &option : {QStringLiteral("--profile NAME"), QStringLiteral("--api-base URL"),
                                      QStringLiteral("--version")})
            QVERIFY2(help.out.contains(option), qPrintable(option));
        QVERIFY(out.contains(QStringLiteral("Exit codes:")));
        for (const QString &code : {QStringLiteral("  0  success"), QStringLiteral("  1  Z-API or network error"),
                                    QStringLiteral("  2  usage error"), QStringLiteral("  3  keychain, vault")}) {
            QVERIFY2(std::any_of(out.cbegin(), out.cend(), [&](const QString &l) { return l.startsWith(code); }),
                     qPrintable(code));
        }
    }
    // Help and version touch no file.
    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::commandHelp()
{
    const Result add = run({QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.err, QString());
    QCOMPARE(add.outLines().first(), QStringLiteral("Usage: partnerdesk-cli add [options] NAME"));
    QVERIFY(add.out.contains(QLatin1String("--phone PHONE")));
    QVERIFY(add.out.contains(QLatin1String("--note, --notes TEXT")));
    QVERIFY(add.out.contains(QLatin1String("standard input")));

    const Result list = run({QStringLiteral("list"), QStringLiteral("-h")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outLines().first(), QStringLiteral("Usage: partnerdesk-cli list [options]"));
    QVERIFY(list.out.contains(QLatin1String("--json")));

    const Result code = run({QStringLiteral("code"), QStringLiteral("--help")});
    QCOMPARE(code.exitCode, 0);
    QCOMPARE(code.outLines().first(), QStringLiteral("Usage: partnerdesk-cli code [options] NAME"));
    for (const QString &text : {QStringLiteral("--json"), QStringLiteral("Z-API Conector"),
                                QStringLiteral("https://web.whatsapp.com/"), QStringLiteral("secondsLeft")})
        QVERIFY2(code.out.contains(text), qPrintable(text));

    const Result status = run({QStringLiteral("status"), QStringLiteral("--help")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.outLines().first(), QStringLiteral("Usage: partnerdesk-cli status [options] NAME"));
    QVERIFY(status.out.contains(QLatin1String("--json")));
    QVERIFY(status.out.contains(QLatin1String("Exits with 0 whether the instance is connected or not")));

    const Result group = run({QStringLiteral("client-token"), QStringLiteral("--help")});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.contains(QLatin1String("client-token set")));
    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("helpHint");

    const QByteArray credentials = lines({instanceId, instanceToken});
    const QString general = QStringLiteral("Try 'partnerdesk-cli --help'.");
    QTest::newRow("no command") << QStringList() << QByteArray() << general;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray() << general;
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("list")} << QByteArray() << general;
    QTest::newRow("unknown command option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli list --help'.");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--profile")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli list --help'.");
    QTest::newRow("client-token alone") << QStringList{QStringLiteral("client-token")} << QByteArray() << general;
    QTest::newRow("client-token unknown")
        << QStringList{QStringLiteral("client-token"), QStringLiteral("show")} << QByteArray() << general;
    QTest::newRow("add without name") << QStringList{QStringLiteral("add")} << credentials
                                      << QStringLiteral("Try 'partnerdesk-cli add --help'.");
    QTest::newRow("add with blank name") << QStringList{QStringLiteral("add"), QStringLiteral("  ")} << credentials
                                         << QStringLiteral("Try 'partnerdesk-cli add --help'.");
    QTest::newRow("add without input") << QStringList{QStringLiteral("add"), QStringLiteral("Loja")} << QByteArray()
                                       << QStringLiteral("Try 'partnerdesk-cli add --help'.");
    QTest::newRow("add with the ID only") << QStringList{QStringLiteral("add"), QStringLiteral("Loja")}
                                          << lines({instanceId}) << QStringLiteral("Try 'partnerdesk-cli add --help'.");
    QTest::newRow("add with a blank token") << QStringList{QStringLiteral("add"), QStringLiteral("Loja")}
                                            << lines({instanceId, QStringLiteral("   ")})
                                            << QStringLiteral("Try 'partnerdesk-cli add --help'.");
    QTest::newRow("remove without name") << QStringList{QStringLiteral("remove")} << QByteArray()
                                         << QStringLiteral("Try 'partnerdesk-cli remove --help'.");
    QTest::newRow("remove two names")
        << QStringList{QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli remove --help'.");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QByteArray()
                                         << QStringLiteral("Try 'partnerdesk-cli import --help'.");
    QTest::newRow("code without name") << QStringList{QStringLiteral("code")} << QByteArray()
                                       << QStringLiteral("Try 'partnerdesk-cli code --help'.");
    QTest::newRow("status two names")
        << QStringList{QStringLiteral("status"), QStringLiteral("a"), QStringLiteral("b")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli status --help'.");
    QTest::newRow("list with argument") << QStringList{QStringLiteral("list"), QStringLiteral("all")} << QByteArray()
                                        << QStringLiteral("Try 'partnerdesk-cli list --help'.");
    QTest::newRow("client-token set without input")
        << QStringList{QStringLiteral("client-token"), QStringLiteral("set")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli client-token set --help'.");
    QTest::newRow("client-token set with a blank line")
        << QStringList{QStringLiteral("client-token"), QStringLiteral("set")} << QByteArray(" \t \n")
        << QStringLiteral("Try 'partnerdesk-cli client-token set --help'.");
    QTest::newRow("empty profile") << QStringList{QStringLiteral("--profile"), QString(), QStringLiteral("list")}
                                   << QByteArray() << QStringLiteral("Try 'partnerdesk-cli list --help'.");

    // The commands of the whole account and of each flow: checked before anything is opened.
    const QString partnerHint = QStringLiteral("Try 'partnerdesk-cli partner-token set --help'.");
    QTest::newRow("partner-token alone") << QStringList{QStringLiteral("partner-token")} << QByteArray() << general;
    QTest::newRow("partner-token set without input")
        << QStringList{QStringLiteral("partner-token"), QStringLiteral("set")} << QByteArray() << partnerHint;
    QTest::newRow("partner-token set with a blank line")
        << QStringList{QStringLiteral("partner-token"), QStringLiteral("set")} << QByteArray("\t \n") << partnerHint;
    QTest::newRow("sync with an argument") << QStringList{QStringLiteral("sync"), QStringLiteral("all")} << QByteArray()
                                           << QStringLiteral("Try 'partnerdesk-cli sync --help'.");
    QTest::newRow("sync with an unknown option")
        << QStringList{QStringLiteral("sync"), QStringLiteral("--remove")} << QByteArray()
        << QStringLiteral("Try 'partnerdesk-cli sync --help'.");
    const QString statusHint = QStringLiteral("Try 'partnerdesk-cli status --help'.");
    QTest::newRow("status without NAME or --all") << QStringList{QStringLiteral("status")} << QByteArray() << statusHint;
    QTest::newRow("status with NAME and --all")
        << QStringList{QStringLiteral("status"), QStringLiteral("Loja"), QStringLiteral("--all")} << QByteArray()
        << statusHint;
    const QString editHint = QStringLiteral("Try 'partnerdesk-cli edit --help'.");
    QTest::newRow("edit without name") << QStringList{QStringLiteral("edit")} << QByteArray() << editHint;
    QTest::newRow("edit an empty name")
        << QStringList{QStringLiteral("edit"), QStringLiteral(" "), QStringLiteral("--note"), QStringLiteral("x")}
        << QByteArray() << editHint;
    QTest::newRow("status of an empty name") << QStringList{QStringLiteral("status"), QString()} << QByteArray()
                                             << statusHint;
    QTest::newRow("edit with nothing to change") << QStringList{QStringLiteral("edit"), QStringLiteral("Loja")}
                                                 << QByteArray() << editHint;
    QTest::newRow("edit to a blank name")
        << QStringList{QStringLiteral("edit"), QStringLiteral("Loja"), QStringLiteral("--name"), QStringLiteral("  ")}
        << QByteArray() << editHint;
    const QString qrHint = QStringLiteral("Try 'partnerdesk-cli qr --help'.");
    QTest::newRow("qr without --out") << QStringList{QStringLiteral("qr"), QStringLiteral("Loja")} << QByteArray() << qrHint;
    QTest::newRow("qr with an empty --out")
        << QStringList{QStringLiteral("qr"), QStringLiteral("Loja"), QStringLiteral("--out"), QString()} << QByteArray()
        << qrHint;
    QTest::newRow("qr without name") << QStringList{QStringLiteral("qr"), QStringLiteral("--out"), QStringLiteral("x.png")}
                                     << QByteArray() << qrHint;
    QTest::newRow("message in an unknown language")
        << QStringList{QStringLiteral("message"), QStringLiteral("Loja"), QStringLiteral("--lang"), QStringLiteral("fr")}
        << QByteArray() << QStringLiteral("Try 'partnerdesk-cli message --help'.");
    QTest::newRow("phone-code in an unknown language")
        << QStringList{QStringLiteral("phone-code"), QStringLiteral("Loja"), QStringLiteral("--lang"), QStringLiteral("pt_PT")}
        << QByteArray() << QStringLiteral("Try 'partnerdesk-cli phone-code --help'.");
    QTest::newRow("phone-code without name") << QStringList{QStringLiteral("phone-code")} << QByteArray()
                                             << QStringLiteral("Try 'partnerdesk-cli phone-code --help'.");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, helpHint);

    const Result result = runRaw(arguments, input);
    QVERIFY2(result.exitCode == 2, result.describe());
    QCOMPARE(result.out, QString());
    // One line saying what is wrong, one saying where to look.
    const QStringList err = result.errLines();
    QVERIFY2(err.size() == 2, result.describe());
    QVERIFY(err.at(0).startsWith(QLatin1String("partnerdesk-cli: ")));
    QVERIFY(err.at(0).size() > 25);
    QCOMPARE(err.at(1), helpHint);
    // Nothing was created on the way.
    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::secretsOnTheCommandLineAreNotRepeated()
{
    const Result token = run({QStringLiteral("client-token"), QStringLiteral("set"), clientToken});
    QCOMPARE(token.exitCode, 2);
    QCOMPARE(token.errLines().first(),
             cliLine(QStringLiteral("Too many arguments for \"client-token set\". "
                                    "Secrets are read from standard input, never from the command line.")));

    const Result add = run({QStringLiteral("add"), QStringLiteral("Loja"), instanceId, instanceToken});
    QCOMPARE(add.exitCode, 2);
    QVERIFY(add.errLines().first().contains(QLatin1String("Secrets are read from standard input")));
    // cleanup() checks that neither secret was printed.
}

void TestCli::invalidProfile()
{
    for (const QString &name : {QStringLiteral("../etc"), QStringLiteral("a b"), QString(65, u'x')}) {
        const Result result = runRaw({QStringLiteral("--profile"), name, QStringLiteral("list")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines(),
                 QStringList({cliLine(QStringLiteral("--profile: ") + Error(ErrorCode::InvalidProfileName).message()),
                              QStringLiteral("Try 'partnerdesk-cli list --help'.")}));
    }
    // Names Windows keeps for devices, refused on every system so a profile can move anywhere.
    for (const QString &name : {QStringLiteral("CON"), QStringLiteral("nul"), QStringLiteral("Com1")}) {
        const Result result = runRaw({QStringLiteral("--profile"), name, QStringLiteral("list")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines(),
                 QStringList({cliLine(QStringLiteral("--profile: ") + Error(ErrorCode::ReservedProfileName, name).message()),
                              QStringLiteral("Try 'partnerdesk-cli list --help'.")}));
    }
    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::apiBase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    // A bad --api-base is a usage error (2), like a bad --profile: the fix is in the command
    // line just typed, and nothing stored is wrong (the same check on the saved setting is a
    // configuration error, 3).
    QTest::newRow("https") << QStringLiteral("https://api.example.test") << 0 << QString();
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << 0 << QString();
    QTest::newRow("plain http") << QStringLiteral("http://example.com") << 2
                                << Error(ErrorCode::InsecureApiBaseUrl).message();
    QTest::newRow("not a url") << QStringLiteral("api.z-api.io") << 2 << Error(ErrorCode::InvalidApiBaseUrl).message();
    QTest::newRow("ftp") << QStringLiteral("ftp://api.z-api.io") << 2 << Error(ErrorCode::InvalidApiBaseUrl).message();
    QTest::newRow("user info") << QStringLiteral("https://user:pw@api.z-api.io") << 2
                               << Error(ErrorCode::InvalidApiBaseUrl).message();
    QTest::newRow("empty") << QString() << 2 << Error(ErrorCode::InvalidApiBaseUrl).message();
}

void TestCli::apiBase()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const Result result = run({QStringLiteral("--api-base"), url, QStringLiteral("list")});
    QVERIFY2(result.exitCode == exitCode, result.describe());
    if (exitCode == 0) {
        QCOMPARE(result.err, QString());
    } else {
        QCOMPARE(result.errLines(), QStringList({cliLine(QStringLiteral("--api-base: ") + message),
                                                 QStringLiteral("Try 'partnerdesk-cli list --help'.")}));
    }
    // Used for this run only: no setting is saved.
    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::addListRemove()
{
    Result result = run({QStringLiteral("client-token"), QStringLiteral("set")},
                        QStringLiteral("  %1  \n").arg(clientToken).toUtf8());
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Client-Token saved.\n"));
    QCOMPARE(result.err, QString());

    // Typed without the country code; listed in the one international format, stored as E.164.
    const QString phone = QStringLiteral("+55 11 98765-4321");
    const QString stored = QStringLiteral("+5511987654321");
    const QString note = QStringLiteral("Cliente VIP; liga às 9h");
    result = run({QStringLiteral("add"), QStringLiteral("Loja Centro"), QStringLiteral("--phone"), QStringLiteral("(11) 98765-4321"),
                  QStringLiteral("--note"), note},
                 lines({QStringLiteral(" ") + instanceId, instanceToken + QStringLiteral("\r")}));
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Added Loja Centro.\n"));
    QCOMPARE(result.err, QString());

    result = run({QStringLiteral("add"), QStringLiteral("Ótica Sul")}, lines({otherId, otherToken}));
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Added Ótica Sul.\n"));

    // The secrets are in the vault, trimmed, next to the Client-Token.
    std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, clientToken);
    QCOMPARE(vault->instances.size(), 2);
    QVERIFY(vault->instances.values().contains(InstanceSecrets({instanceId, instanceToken})));
    QVERIFY(vault->instances.values().contains(InstanceSecrets({otherId, otherToken})));

    // Setting the Client-Token again leaves the instances' secrets alone.
    result = run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken}));
    QCOMPARE(result.exitCode, 0);
    vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 2);

    // What the app records later (a code, a status check) shows up in the list.
    const QDateTime lastCode = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1763760000000));
    {
        Profile profile;
        QVERIFY(!Profile::make(m_profile, &profile));
        Workspace workspace(profile, Clock::system());
        QVERIFY(!workspace.open());
        const QUuid key = workspace.repository()->allRecords().at(0).key;
        QVERIFY(!workspace.repository()->setStatus(key, ConnectionStatus::Connected));
        QVERIFY(!workspace.repository()->setLastCodeAt(key, lastCode));
    }

    result = run({QStringLiteral("list")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.err, QString());
    const QStringList table = result.outLines();
    QCOMPARE(table.size(), 3);
    const QString &header = table.at(0);
    const QStringList columns{QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Status"),
                              QStringLiteral("Last code (local time)"), QStringLiteral("ID suffix")};
    QList<qsizetype> starts;
    for (const QString &column : columns) {
        starts.append(header.indexOf(column));
        QVERIFY2(starts.last() >= 0, qPrintable(column));
    }
    QCOMPARE(starts.first(), 0);
    QVERIFY(std::is_sorted(starts.cbegin(), starts.cend()));
    const QStringList first{QStringLiteral("Loja Centro"), phone, QStringLiteral("connected"),
                            lastCode.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            maskedSuffix(instanceId)};
    const QStringList second{QStringLiteral("Ótica Sul"), QStringLiteral("-"), QStringLiteral("unknown"),
                             QStringLiteral("-"), maskedSuffix(otherId)};
    for (int column = 0; column < columns.size(); ++column) {
        // Aligned: every value starts where its heading does.
        QVERIFY2(table.at(1).mid(starts.at(column)).startsWith(first.at(column) + QStringLiteral("  "))
                     || table.at(1).mid(starts.at(column)) == first.at(column),
                 qPrintable(table.at(1)));
        QVERIFY2(table.at(2).mid(starts.at(column)).startsWith(second.at(column) + QStringLiteral("  "))
                     || table.at(2).mid(starts.at(column)) == second.at(column),
                 qPrintable(table.at(2)));
    }

    const QJsonArray json = listJson();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("Loja Centro")},
                          {QStringLiteral("phone"), stored},
                          {QStringLiteral("notes"), note},
                          {QStringLiteral("status"), QStringLiteral("connected")},
                          {QStringLiteral("idSuffix"), maskedSuffix(instanceId)},
                          {QStringLiteral("lastCodeAt"), double(lastCode.toMSecsSinceEpoch())},
                          {QStringLiteral("paymentStatus"), QString()},
                          {QStringLiteral("due"), QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("goneSince"), QJsonValue(QJsonValue::Null)}}));
    QCOMPARE(json.at(1).toObject(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("Ótica Sul")},
                          {QStringLiteral("phone"), QString()},
                          {QStringLiteral("notes"), QString()},
                          {QStringLiteral("status"), QStringLiteral("unknown")},
                          {QStringLiteral("idSuffix"), maskedSuffix(otherId)},
                          {QStringLiteral("lastCodeAt"), QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("paymentStatus"), QString()},
                          {QStringLiteral("due"), QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("goneSince"), QJsonValue(QJsonValue::Null)}}));

    // Any case; the secrets leave the vault with the instance.
    result = run({QStringLiteral("remove"), QStringLiteral("LOJA centro")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Removed Loja Centro.\n"));
    QCOMPARE(result.err, QString());
    QCOMPARE(listJson().size(), 1);
    vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.values(), QList<InstanceSecrets>({{otherId, otherToken}}));

    result = run({QStringLiteral("remove"), QStringLiteral("ótica sul")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(listJson(), QJsonArray());
    result = run({QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.outLines().size(), 1);
    QVERIFY2(result.out.contains(QStringLiteral("'partnerdesk-cli --profile %1 add NAME'").arg(m_profile))
                 && result.out.contains(QStringLiteral("'partnerdesk-cli --profile %1 import FILE.csv'").arg(m_profile)),
             result.describe());
}

void TestCli::clientTokenSetAndClear()
{
    Result result = run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken}));
    QVERIFY2(result.exitCode == 0, result.describe());
    std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, clientToken);

    // Rejected by the core's validation: exit 3 with its message, nothing changed.
    result = run({QStringLiteral("client-token"), QStringLiteral("set")}, QByteArray("has a space\n"));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InvalidClientToken).message())));
    vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, clientToken);

    result = run({QStringLiteral("client-token"), QStringLiteral("clear")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Client-Token removed.\n"));
    QCOMPARE(result.err, QString());
    vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, QString());
}

void TestCli::removeUnknown()
{
    Result result = run({QStringLiteral("remove"), QStringLiteral("Nope")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::UnknownInstance, QStringLiteral("Nope")).message())));
    QCOMPARE(cliLine(Error(ErrorCode::UnknownInstance, QStringLiteral("Nope")).message()),
             QStringLiteral("partnerdesk-cli: There is no instance called \"Nope\"."));

    result = run({QStringLiteral("add"), QStringLiteral("Loja")}, lines({instanceId, instanceToken}));
    QCOMPARE(result.exitCode, 0);
    // Part of the one name: found, but remove wants the whole name (it cannot be undone).
    result = run({QStringLiteral("remove"), QStringLiteral("Loj")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(),
             QStringList(cliLine(QStringLiteral("\"Loj\" is only part of the name \"Loja\". 'remove' needs the whole "
                                                "name (in any case, accents optional), as it cannot be undone."))));
    QCOMPARE(listJson().size(), 1);
}

void TestCli::duplicateName()
{
    Result result = run({QStringLiteral("add"), QStringLiteral("Loja Centro")}, lines({instanceId, instanceToken}));
    QVERIFY2(result.exitCode == 0, result.describe());
    result = run({QStringLiteral("add"), QStringLiteral(" loja CENTRO ")}, lines({otherId, otherToken}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(),
             QStringList(cliLine(Error(ErrorCode::InstanceNameTaken, QStringLiteral("loja CENTRO")).message())));
    QCOMPARE(listJson().size(), 1);
    const std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 1);
}

void TestCli::invalidInstanceCredentials()
{
    // Refused before the keychain or any file is touched.
    Result result = run({QStringLiteral("add"), QStringLiteral("Loja")}, lines({QStringLiteral("../etc"), instanceToken}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InvalidInstanceId).message())));

    result = run({QStringLiteral("add"), QStringLiteral("Loja")}, lines({instanceId, QStringLiteral("tok/en?x=1")}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InvalidInstanceToken).message())));

    QCOMPARE(filesWritten(), QStringList());
}

void TestCli::importGoodAndBadRows()
{
    Result result = run({QStringLiteral("add"), QStringLiteral("Loja")}, lines({instanceId, instanceToken}));
    QVERIFY2(result.exitCode == 0, result.describe());

    const QString csv = writeInput(QStringLiteral("clientes.csv"),
                                   lines({QStringLiteral("name;instance_id;instance_token;phone;notes"),
                                          QStringLiteral("Padaria Sol;%1;%2;+55 21 3333-4444;entrega").arg(csvId1, csvToken1),
                                          QStringLiteral(";%1;%2;;").arg(csvId2, csvToken2),
                                          QStringLiteral("Bad Id;../etc;%1;;").arg(csvToken3),
                                          QStringLiteral("\"Açougue; Zé\";%1;%2;;").arg(csvId2, csvToken2),
                                          QStringLiteral("Duplicate;%1;%2;;").arg(csvId1, csvToken3),
                                          QStringLiteral("LOJA;%1;%2;;").arg(otherId, otherToken)}));
    QVERIFY(!csv.isEmpty());
    result = run({QStringLiteral("import"), csv});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Imported: 2 added, 0 updated, 4 skipped.\n"));
    QCOMPARE(result.errLines(),
             QStringList({QStringLiteral("line 3: the name is empty"),
                          QStringLiteral("line 4: the instance ID has characters Z-API does not use"),
                          QStringLiteral("line 6: the same instance ID is already on line 2"),
                          QStringLiteral("line 7: the name \"LOJA\" belongs to another instance")}));

    // Listed by name, accents folded: Açougue, Loja, Padaria.
    const QJsonArray json = listJson();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Padaria Sol"));
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+552133334444"));
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("notes")).toString(), QStringLiteral("entrega"));
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Açougue; Zé"));
    const std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 3);
    QVERIFY(vault->instances.values().contains(InstanceSecrets({csvId1, csvToken1})));
    QVERIFY(vault->instances.values().contains(InstanceSecrets({csvId2, csvToken2})));
}

// add and import take a phone in any written form, with the default country of the profile's
// Settings; one that cannot be a WhatsApp number is refused with what was understood.
void TestCli::phonesAreUnderstoodWithTheDefaultCountry()
{
    // The issue's number: without +55, once sent to the Netherlands.
    Result result = run({QStringLiteral("add"), QStringLiteral("Loja BH"), QStringLiteral("--phone"), QStringLiteral("(31) 98877-6655")},
                        lines({instanceId, instanceToken}));
    QVERIFY2(result.exitCode == 0, result.describe());

    // Too short: nothing added, the reason on standard error, a configuration exit code.
    result = run({QStringLiteral("add"), QStringLiteral("Loja Curta"), QStringLiteral("--phone"), QStringLiteral("(31) 8877")},
                 lines({otherId, otherToken}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::PhoneTooShort, QStringLiteral("+55 318877")).message())));

    const QString csv = writeInput(QStringLiteral("telefones.csv"),
                                   lines({QStringLiteral("name;instance_id;instance_token;phone"),
                                          QStringLiteral("Padaria Sol;%1;%2;0 21 21 3333-4444").arg(csvId1, csvToken1),
                                          QStringLiteral("Central;%1;%2;0800 123 4567").arg(csvId2, csvToken2)}));
    result = run({QStringLiteral("import"), csv});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Imported: 1 added, 0 updated, 1 skipped.\n"));
    QCOMPARE(result.errLines(),
             QStringList(QStringLiteral("line 3: ")
                         + Error(ErrorCode::PhoneNotForWhatsApp, QStringLiteral("+55 800 123 4567")).message()));

    // Listed in one format; stored as one international number.
    result = run({QStringLiteral("list")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.outLines().at(1).contains(QLatin1String("+55 31 98877-6655")), result.describe());
    QVERIFY2(result.outLines().at(2).contains(QLatin1String("+55 21 3333-4444")), result.describe());
    QJsonArray json = listJson();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+5531988776655"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+552133334444"));

    // Another default country in Settings: the same digits are a number in New York.
    {
        Profile profile;
        QVERIFY(!Profile::make(m_profile, &profile));
        Workspace workspace(profile, Clock::system());
        workspace.settings().setDefaultPhoneRegion(QStringLiteral("US"));
        workspace.settings().sync();
    }
    result = run({QStringLiteral("add"), QStringLiteral("Nova York"), QStringLiteral("--phone"), QStringLiteral("(212) 555-0100")},
                 lines({otherId, otherToken}));
    QVERIFY2(result.exitCode == 0, result.describe());
    json = listJson();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Nova York"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+12125550100"));
}

void TestCli::importAgainUpdates()
{
    const QString header = QStringLiteral("name,instance_id,instance_token,phone");
    const QString first = writeInput(QStringLiteral("first.csv"),
                                     lines({header, QStringLiteral("Padaria,%1,%2,(11) 3333-1111").arg(csvId1, csvToken1),
                                            QStringLiteral("Mercado,%1,%2,(11) 3333-2222").arg(csvId2, csvToken2)}));
    Result result = run({QStringLiteral("import"), first});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Imported: 2 added, 0 updated, 0 skipped.\n"));
    QCOMPARE(result.err, QString());

    // The same instance IDs: renamed, new phone and token, no duplicates.
    const QString second = writeInput(QStringLiteral("second.csv"),
                                      lines({header, QStringLiteral("Padaria Nova,%1,%2,(11) 3333-3333").arg(csvId1, csvToken3),
                                             QStringLiteral("Mercado,%1,%2,(11) 3333-2222").arg(csvId2, csvToken2)}));
    result = run({QStringLiteral("import"), second});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Imported: 0 added, 2 updated, 0 skipped.\n"));

    const QJsonArray json = listJson();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Padaria Nova"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+551133333333"));
    const std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 2);
    QVERIFY(vault->instances.values().contains(InstanceSecrets({csvId1, csvToken3})));
}

void TestCli::importNothingUsable()
{
    // Every row has a problem of its own: the file needs fixing, exit 3, and no keychain or
    // vault is touched.
    const QString bad = writeInput(QStringLiteral("bad.csv"),
                                   lines({QStringLiteral("name,instance_id,instance_token"),
                                          QStringLiteral("Padaria,,%1").arg(csvToken1),
                                          QStringLiteral("Mercado,%1,").arg(csvId2)}));
    Result result = run({QStringLiteral("import"), bad});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QStringLiteral("Imported: 0 added, 0 updated, 2 skipped.\n"));
    QCOMPARE(result.errLines(),
             QStringList({QStringLiteral("line 2: the instance ID is empty"),
                          QStringLiteral("line 3: the instance token is empty"),
                          cliLine(QStringLiteral("Nothing was imported from bad.csv: every row was skipped."))}));
    QCOMPARE(filesWritten(), QStringList());

    // Rows that are fine in themselves but all clash with existing names: the same.
    result = run({QStringLiteral("add"), QStringLiteral("Padaria")}, lines({instanceId, instanceToken}));
    QCOMPARE(result.exitCode, 0);
    const QString clash = writeInput(QStringLiteral("clash.csv"),
                                     lines({QStringLiteral("name,instance_id,instance_token"),
                                            QStringLiteral("padaria,%1,%2").arg(csvId1, csvToken1)}));
    result = run({QStringLiteral("import"), clash});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QStringLiteral("Imported: 0 added, 0 updated, 1 skipped.\n"));
    QCOMPARE(result.errLines().size(), 2);
    QCOMPARE(result.errLines().at(0), QStringLiteral("line 2: the name \"padaria\" belongs to another instance"));
    QCOMPARE(listJson().size(), 1);
}

void TestCli::importHeaderOnly()
{
    // Nothing to import is not a failure.
    const QString empty = writeInput(QStringLiteral("empty.csv"), lines({QStringLiteral("name,instance_id,instance_token")}));
    const Result result = run({QStringLiteral("import"), empty});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Imported: 0 added, 0 updated, 0 skipped.\n"));
    QCOMPARE(result.err, QString());
}

void TestCli::importUnreadableFile()
{
    Result result = run({QStringLiteral("import"), m_inputs->filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.err.startsWith(cliLine(Error(ErrorCode::ImportFileUnreadable, QString()).message())));

    const QString noHeader = writeInput(QStringLiteral("noheader.csv"),
                                        lines({QStringLiteral("Padaria,%1,%2").arg(csvId1, csvToken1)}));
    result = run({QStringLiteral("import"), noHeader});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(),
             QStringList(cliLine(Error(ErrorCode::ImportFileUnreadable,
                                       QStringLiteral("the first row must name the columns name, instance_id and "
                                                      "instance_token (phone and notes are optional)."))
                                     .message())));

    // A device that never ends, a pipe with no writer, a folder, and a file that says it is
    // empty but never ends (as one growing while read would): one clear line each, at once (no
    // hang, no running out of memory).
    const QString pipe = m_inputs->filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const QString notAFile = QStringLiteral("it is not a regular file (a device, a pipe or a socket).");
    const QList<std::pair<QString, QString>> refused{
        {QStringLiteral("/dev/zero"), notAFile},
        {pipe, notAFile},
        {m_inputs->path(), QStringLiteral("it is a folder, not a file.")},
        {QStringLiteral("/proc/self/pagemap"), QStringLiteral("it is larger than 64 MiB.")},
    };
    for (const auto &[path, why] : refused) {
        result = run({QStringLiteral("import"), path});
        QVERIFY2(result.exitCode == 3, result.describe());
        QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::ImportFileUnreadable, why).message())));
    }
    QVERIFY(QFile::remove(pipe));
    QCOMPARE(filesWritten(), QStringList());
}

// The review's case: the database replaced by a link to another file made every save write
// through it. Refused with one line naming it; the file it points to is left as it was.
void TestCli::linkInTheDatabasesPlaceIsRefused()
{
    Profile profile;
    QVERIFY(!Profile::make(m_profile, &profile));
    QVERIFY(QDir().mkpath(profile.dataDirectory()));
    const QString elsewhere = m_inputs->filePath(QStringLiteral("another-index.db"));
    QVERIFY(Test::writeBytes(elsewhere, QByteArrayLiteral("another program's file")));
    QVERIFY(QFile::setPermissions(elsewhere, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::link(elsewhere, profile.databasePath()));

    const Result result = run({QStringLiteral("add"), QStringLiteral("Loja Centro")}, lines({instanceId, instanceToken}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(),
             QStringList(cliLine(Error(ErrorCode::StoreNotARegularFile, QDir::toNativeSeparators(profile.databasePath())).message())));
    QCOMPARE(Test::readBytes(elsewhere), QByteArrayLiteral("another program's file"));
    QCOMPARE(QFile::permissions(elsewhere) & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup | QFile::ReadOther);
    QCOMPARE(QDir(m_inputs->path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList(QStringLiteral("another-index.db")));
    QVERIFY(QFile::remove(profile.databasePath()));
}

void TestCli::withoutKeychain()
{
    // A profile with no files at all.
    Result result = run({QStringLiteral("list")}, {}, Keychain::Missing);
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(result.out.contains(QLatin1String("There are no instances")));
    QCOMPARE(result.err, QString());

    result = run({QStringLiteral("add"), QStringLiteral("Loja Centro"), QStringLiteral("--phone"), QStringLiteral("(11) 98765-4321")},
                 lines({instanceId, instanceToken}));
    QVERIFY2(result.exitCode == 0, result.describe());
    result = run({QStringLiteral("add"), QStringLiteral("Ótica")}, lines({otherId, otherToken}));
    QVERIFY2(result.exitCode == 0, result.describe());

    // Listing reads the index only.
    result = run({QStringLiteral("list")}, {}, Keychain::Missing);
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.outLines().size(), 3);
    QVERIFY(result.outLines().at(1).startsWith(QLatin1String("Loja Centro")));
    result = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, Keychain::Missing);
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 2);

    // Anything that needs a secret says the keychain is the problem (exit 3).
    const QStringList keychainMessages{cliLine(Error(ErrorCode::KeychainUnavailable).message()),
                                       cliLine(Error(ErrorCode::KeychainFailed).message())};
    result = run({QStringLiteral("add"), QStringLiteral("Mercado")}, lines({csvId1, csvToken1}), Keychain::Missing);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.errLines().size() == 1 && keychainMessages.contains(result.errLines().first()), result.describe());
    result = run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken}), Keychain::Missing);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errLines().size() == 1 && keychainMessages.contains(result.errLines().first()), result.describe());
    const QString csv = writeInput(QStringLiteral("more.csv"), lines({QStringLiteral("name,instance_id,instance_token"),
                                                                     QStringLiteral("Mercado,%1,%2").arg(csvId1, csvToken1)}));
    result = run({QStringLiteral("import"), csv}, {}, Keychain::Missing);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errLines().size() == 1 && keychainMessages.contains(result.errLines().first()), result.describe());
    QCOMPARE(listJson().size(), 2);

    // Removing needs no secret: it works, and its sealed credentials go with it.
    result = run({QStringLiteral("remove"), QStringLiteral("loja centro")}, {}, Keychain::Missing);
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Removed Loja Centro.\n"));
    QCOMPARE(result.err, QString());
    QCOMPARE(listJson().size(), 1);

    // With the keychain back, everything still works and the remaining instance keeps its
    // credentials; the removed one's are gone.
    result = run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken}));
    QCOMPARE(result.exitCode, 0);
    const std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 1);
    QVERIFY(vault->instances.values().contains(InstanceSecrets{otherId, otherToken}));
    QCOMPARE(vault->clientToken, clientToken);
}

void TestCli::damagedDatabase()
{
    Profile profile;
    QVERIFY(!Profile::make(m_profile, &profile));
    QVERIFY(Test::writeBytes(profile.databasePath(), QByteArrayLiteral("{\"version\": 1, \"instances\": [ damaged")));

    // Said once, as an error: a script must not carry on as if the profile were empty.
    Result result = run({QStringLiteral("list")}, {}, Keychain::Missing);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.err.startsWith(cliLine(QStringLiteral("The instance list was damaged and could not be read. It was kept aside as ")))
                 && result.err.contains(QLatin1String("partnerdesk.db.damaged-")),
             result.describe());

    result = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, Keychain::Missing);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("[]\n"));
}

// The way back from a start over (made in the window; here by the core): the copy kept aside
// is listed, and recovering it brings the credentials and the Client-Token back.
void TestCli::recoverAfterStartingOver()
{
    Result result = run({QStringLiteral("recover")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("No copy was kept aside in this profile: it was never started over.\n"));

    QCOMPARE(run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken})).exitCode, 0);
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Loja Centro")}, lines({instanceId, instanceToken})).exitCode, 0);
    Profile profile;
    QVERIFY(!Profile::make(m_profile, &profile));
    QString copy;
    {
        // The key check damaged: the vault cannot be opened, and the user starts over.
        Database database;
        QVERIFY(!database.open(profile.databasePath(), Clock::system()));
        QVERIFY(!database.write([&]() -> Error {
            QSqlQuery statement = database.query(QStringLiteral(
                "UPDATE meta SET value = substr(value, 1, 30) || X'00' || substr(value, 32) WHERE name = 'key_check'"));
            return statement.exec() ? Error() : Database::failure(statement);
        }));
    }
    {
        Workspace workspace(profile, Clock::system());
        QVERIFY(!workspace.open());
        QCOMPARE(std::get<0>(Test::waitFor<Error>([&](QObject *context, auto done) { workspace.vault()->open(context, done); })).code,
                 ErrorCode::VaultUnreadable);
        const auto [error, kept] = Test::waitFor<Error, CredentialVault::KeptAside>(
            [&](QObject *context, auto done) { workspace.vault()->startOver(context, done); });
        QCOMPARE(error.code, ErrorCode::None);
        QVERIFY(kept.key);
        copy = QFileInfo(kept.store).fileName();
    }
    QVERIFY(copy.startsWith(QLatin1String("partnerdesk.db.unreadable-")));
    std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(!vault); // the instance's credentials are missing now

    result = run({QStringLiteral("recover")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.out.startsWith(QStringLiteral("Copies kept aside when this profile was started over, newest first:\n"))
                 && result.out.contains(copy)
                 && result.out.endsWith(QStringLiteral("Bring one back with: partnerdesk-cli recover COPY\n")),
             result.describe());

    result = run({QStringLiteral("recover"), QStringLiteral("20001231-000000")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(cliLine(QStringLiteral("No copy kept aside is called \"20001231-000000\". The copies are:")))
                 && result.out.contains(copy),
             result.describe());

    // By its date, as listed.
    result = run({QStringLiteral("recover"), copy.section(QStringLiteral(".unreadable-"), 1)});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Brought back from %1: the ID and token of 1 instance.\n"
                                        "The Client-Token was brought back.\n").arg(copy));
    QCOMPARE(result.err, QString());
    vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, clientToken);
    QCOMPARE(vault->instances.values(), QList<InstanceSecrets>{InstanceSecrets({instanceId, instanceToken})});

    // Again, by its name: nothing is missing any more, and that is no error.
    result = run({QStringLiteral("recover"), copy});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Brought back from %1: the ID and token of 0 instances.\n"
                                        "Left out 1 kept instance: removed since, or given new credentials since.\n").arg(copy));

    Test::deleteKeychainItem(profile.keychainKey() + QLatin1Char('.') + copy.section(QLatin1Char('.'), 2));
}

void TestCli::codeHumanAndJson()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("lastCodeAt")), QJsonValue(QJsonValue::Null));
    // Z-API's clock two hours ahead of ours: expiresAt stays on its clock, what is left and
    // the local time it ends are counted on ours.
    constexpr qint64 serverAheadMs = 2 * 60 * 60 * 1000;
    m_sandbox->setClockOffset(serverAheadMs);

    qint64 before = QDateTime::currentMSecsSinceEpoch();
    Result result = runApi({QStringLiteral("code"), QStringLiteral("LOJA centro")});
    qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QStringList out = result.outLines();
    QVERIFY2(out.size() == 3, result.describe());
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
    QVERIFY2(codePattern.match(out.at(0)).hasMatch(), result.describe());
    const QRegularExpressionMatch validity =
        QRegularExpression(QStringLiteral("^Valid for (\\d+):(\\d\\d), until (\\d\\d:\\d\\d:\\d\\d) \\(local time\\)\\.$"))
            .match(out.at(1));
    QVERIFY2(validity.hasMatch(), result.describe());
    const int secondsShown = validity.captured(1).toInt() * 60 + validity.captured(2).toInt();
    QVERIFY2(secondsShown >= 290 && secondsShown <= 300, result.describe());
    // Issued while the CLI ran; the server's Date header is only good to a second.
    QStringList possibleEnds;
    for (qint64 ms = before + codeLifetimeMs - 2000; ms <= after + codeLifetimeMs + 2000; ms += 1000)
        possibleEnds.append(QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss")));
    QVERIFY2(possibleEnds.contains(validity.captured(3)), result.describe());
    QVERIFY(out.at(2).contains(QLatin1String("Z-API Conector")));
    QVERIFY(out.at(2).contains(QLatin1String("https://web.whatsapp.com/")));
    QVERIFY(m_sandbox->redeem(out.at(0)));

    // When the code was made is recorded, on the local clock.
    const QJsonValue lastCodeAt = listJson().at(0).toObject().value(QStringLiteral("lastCodeAt"));
    QVERIFY2(lastCodeAt.toInteger() >= before && lastCodeAt.toInteger() <= after, qPrintable(QString::number(lastCodeAt.toInteger())));

    before = QDateTime::currentMSecsSinceEpoch();
    result = runApi({QStringLiteral("code"), QStringLiteral("loja centro"), QStringLiteral("--json")});
    after = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject json = jsonLine(result);
    QVERIFY2(!json.isEmpty(), result.describe());
    QCOMPARE(json.keys(), QStringList({QStringLiteral("code"), QStringLiteral("expiresAt"), QStringLiteral("instance"),
                                       QStringLiteral("secondsLeft")}));
    QCOMPARE(json.value(QStringLiteral("instance")).toString(), sandboxCustomer);
    const QString code = json.value(QStringLiteral("code")).toString();
    QVERIFY2(codePattern.match(code).hasMatch(), result.describe());
    QVERIFY(code != out.at(0));
    const qint64 expiresAt = json.value(QStringLiteral("expiresAt")).toInteger();
    QVERIFY2(expiresAt >= before + serverAheadMs + codeLifetimeMs && expiresAt <= after + serverAheadMs + codeLifetimeMs,
             result.describe());
    const qint64 secondsLeft = json.value(QStringLiteral("secondsLeft")).toInteger(-1);
    QVERIFY2(secondsLeft >= 290 && secondsLeft <= 300, result.describe());
    QVERIFY(m_sandbox->redeem(code));
    QVERIFY(listJson().at(0).toObject().value(QStringLiteral("lastCodeAt")).toInteger() >= before);
    // cleanup(): neither the instance's credentials nor the Client-Token was printed.
}

void TestCli::statusBeforeAndAfterRedeem()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    const auto listedStatus = [this] {
        return listJson().at(0).toObject().value(QStringLiteral("status")).toString();
    };
    QCOMPARE(listedStatus(), QStringLiteral("unknown"));

    // Not connected is an answer, not a failure: exit 0.
    Result result = runApi({QStringLiteral("status"), QStringLiteral("loja CENTRO")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out, QStringLiteral("Not connected\nZ-API says: You are not connected\n"));
    QCOMPARE(listedStatus(), QStringLiteral("disconnected"));
    result = runApi({QStringLiteral("status"), sandboxCustomer, QStringLiteral("--json")});
    QCOMPARE(jsonLine(result), QJsonObject({{QStringLiteral("instance"), sandboxCustomer},
                                            {QStringLiteral("connected"), false},
                                            {QStringLiteral("smartphoneConnected"), false},
                                            {QStringLiteral("message"), QStringLiteral("You are not connected")}}));

    // The customer types the code into the extension.
    result = runApi({QStringLiteral("code"), sandboxCustomer, QStringLiteral("--json")});
    QVERIFY(m_sandbox->redeem(jsonLine(result).value(QStringLiteral("code")).toString()));

    result = runApi({QStringLiteral("status"), sandboxCustomer});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out, QStringLiteral("Connected\nZ-API says: You are already connected\n"));
    QCOMPARE(listedStatus(), QStringLiteral("connected"));
    result = runApi({QStringLiteral("status"), sandboxCustomer, QStringLiteral("--json")});
    QCOMPARE(jsonLine(result), QJsonObject({{QStringLiteral("instance"), sandboxCustomer},
                                            {QStringLiteral("connected"), true},
                                            {QStringLiteral("smartphoneConnected"), true},
                                            {QStringLiteral("message"), QStringLiteral("You are already connected")}}));

    // WhatsApp unlinked later: the list follows.
    m_sandbox->setConnected(instanceId, false);
    result = runApi({QStringLiteral("status"), sandboxCustomer});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.outLines().first(), QStringLiteral("Not connected"));
    QCOMPARE(listedStatus(), QStringLiteral("disconnected"));
}

void TestCli::codeAndStatusUnknownName()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    // "Loja" alone would be enough of "Loja Centro"; "Loja Norte" is not a word of it.
    const QString message = cliLine(Error(ErrorCode::UnknownInstance, QStringLiteral("Loja Norte")).message());
    for (const QString &command : {QStringLiteral("code"), QStringLiteral("status"), QStringLiteral("message"),
                                   QStringLiteral("phone-code")}) {
        for (const QStringList &extra : {QStringList(), QStringList(QStringLiteral("--json"))}) {
            if (command == QLatin1String("message") && !extra.isEmpty())
                continue;
            const Result result = runApi(QStringList{command, QStringLiteral(" Loja  Norte ")} + extra);
            QCOMPARE(result.exitCode, 3);
            QCOMPARE(result.out, QString());
            QCOMPARE(result.errLines(), QStringList(message));
        }
    }
    // Nothing was asked of Z-API.
    QCOMPARE(m_sandbox->requests(), QJsonArray());
}

void TestCli::codeAndStatusWithoutClientToken()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(false));
    const Error missing(ErrorCode::ClientTokenMissing);
    for (const QString &command : {QStringLiteral("code"), QStringLiteral("status")}) {
        const Result result = runApi({command, sandboxCustomer, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 3, result.describe()); // configuration, as documented
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines(),
                 QStringList({cliLine(missing.message()),
                              cliLine(QStringLiteral("From the command line: partnerdesk-cli client-token set (reads the token from standard input)."))}));
    }
    const QJsonArray requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue &request : requests)
        QVERIFY(!request.toObject().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("client-token")));
    const QJsonObject listed = listJson().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("lastCodeAt")), QJsonValue(QJsonValue::Null));
    QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
}

void TestCli::codeAndStatusServerError()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("times"), 2}});
    const QString message = cliLine(Error(ErrorCode::ServerError, QStringLiteral("500")).message());
    for (const QString &command : {QStringLiteral("code"), QStringLiteral("status")}) {
        const Result result = runApi({command, sandboxCustomer});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines(), QStringList(message));
    }
    // A failed request records nothing.
    const QJsonObject listed = listJson().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("lastCodeAt")), QJsonValue(QJsonValue::Null));
    QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

    // The fault is used up: the same commands work again.
    QCOMPARE(runApi({QStringLiteral("status"), sandboxCustomer}).exitCode, 0);
}

void TestCli::codeAndStatusFollowSettings()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    {
        Profile profile;
        QVERIFY(!Profile::make(m_profile, &profile));
        Workspace workspace(profile, Clock::system());
        workspace.settings().setApiBaseUrl(m_sandbox->baseUrl());
        workspace.settings().setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
        workspace.settings().sync();
    }

    // The profile's API address, with no --api-base.
    Result result = run({QStringLiteral("code"), sandboxCustomer, QStringLiteral("--json")});
    QVERIFY2(m_sandbox->redeem(jsonLine(result).value(QStringLiteral("code")).toString()), result.describe());

    // --api-base wins over it for the run (nothing listens on port 1).
    result = run({QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("status"),
                  sandboxCustomer});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::ConnectionFailed).message())));

    // The profile's timeout: an answer slower than it is given up on. (With the default
    // timeout, far longer than the delay, this answer would arrive and the test fail.)
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                         {QStringLiteral("delayMs"), (Settings::minimumRequestTimeoutSeconds + 5) * 1000},
                         {QStringLiteral("endpoint"), QStringLiteral("status")},
                         {QStringLiteral("times"), 1}});
    result = run({QStringLiteral("status"), sandboxCustomer});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::Timeout).message())));
}

// ---- helpers of the account and flow tests ----

QJsonArray TestCli::jsonArray(const Result &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning() << "not a JSON array:" << result.out;
        return {};
    }
    return document.array();
}

bool TestCli::setPartnerToken()
{
    const Result result = run({QStringLiteral("partner-token"), QStringLiteral("set")}, lines({m_sandbox->partnerToken()}));
    if (result.exitCode != 0)
        qWarning() << result.describe();
    return result.exitCode == 0;
}

QJsonArray TestCli::generate(int count, const QString &prefix)
{
    QJsonArray generated;
    if (!m_sandbox->generateInstances(count, prefix, &generated))
        return {};
    for (const QJsonValue &value : std::as_const(generated)) {
        m_moreSecrets.append(value.toObject().value(QStringLiteral("id")).toString());
        m_moreSecrets.append(value.toObject().value(QStringLiteral("token")).toString());
    }
    return generated;
}

std::optional<QString> TestCli::storedPartnerToken()
{
    Profile profile;
    if (Profile::make(m_profile, &profile))
        return std::nullopt;
    Workspace workspace(profile, Clock::system());
    if (workspace.open())
        return std::nullopt;
    Test::Catcher<Error, QString> read;
    QObject context;
    workspace.repository()->partnerToken(&context, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, Test::storeTimeoutMs) || read.error())
        return std::nullopt;
    return read.get<1>();
}

Result TestCli::runOnTerminal(const QStringList &arguments, QString *terminal)
{
#if !defined(Q_OS_LINUX)
    Q_UNUSED(arguments);
    Q_UNUSED(terminal);
    Result none;
    none.err = QStringLiteral("(no pseudo-terminal here)");
    return none;
#else
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        Result failed;
        failed.err = QStringLiteral("(no pseudo-terminal)");
        return failed;
    }
    // Close-on-exec: the child gets the terminal as its standard error (dup2 clears the flag
    // on that copy) and nothing else of it.
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY | O_CLOEXEC);
    const Result result = runRaw(QStringList{QStringLiteral("--profile"), m_profile} + arguments, {},
                                 Keychain::Available, slave);
    // What the child wrote is waiting in the terminal; the slave stays open until it is read.
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QByteArray bytes;
    char buffer[4096];
    for (ssize_t got = ::read(master, buffer, sizeof buffer); got > 0; got = ::read(master, buffer, sizeof buffer))
        bytes.append(buffer, got);
    ::close(slave);
    ::close(master);
    *terminal = QString::fromUtf8(bytes);
    m_transcript += *terminal;
    return result;
#endif
}

QJsonObject TestCli::listed(const QString &name)
{
    for (const QJsonValue &value : listJson()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QStringList TestCli::listedNames()
{
    QStringList names;
    for (const QJsonValue &value : listJson())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// ---- every command's --help ----

void TestCli::everyCommandHasItsOwnHelp()
{
    struct Expected
    {
        QStringList command;
        QStringList usage; // the first lines
        QStringList mentions;
    };
    const QString stdinText = QStringLiteral("standard input");
    const QList<Expected> expected{
        {{QStringLiteral("client-token"), QStringLiteral("set")}, {QStringLiteral("Usage: partnerdesk-cli client-token set")}, {stdinText}},
        {{QStringLiteral("client-token"), QStringLiteral("clear")}, {QStringLiteral("Usage: partnerdesk-cli client-token clear")}, {}},
        {{QStringLiteral("partner-token"), QStringLiteral("set")},
         {QStringLiteral("Usage: partnerdesk-cli partner-token set")},
         {stdinText, QStringLiteral("sent only to Z-API's list")}},
        {{QStringLiteral("partner-token"), QStringLiteral("clear")}, {QStringLiteral("Usage: partnerdesk-cli partner-token clear")}, {}},
        {{QStringLiteral("add")}, {QStringLiteral("Usage: partnerdesk-cli add [options] NAME")},
         {QStringLiteral("--phone PHONE"), QStringLiteral("--note, --notes TEXT"), stdinText}},
        {{QStringLiteral("edit")}, {QStringLiteral("Usage: partnerdesk-cli edit [options] NAME")},
         {QStringLiteral("--name NEW-NAME"), QStringLiteral("--phone PHONE"), QStringLiteral("--note, --notes TEXT"),
          QStringLiteral("--credentials"), stdinText, QStringLiteral("without accents")}},
        {{QStringLiteral("list")}, {QStringLiteral("Usage: partnerdesk-cli list [options]")},
         {QStringLiteral("--json"), QStringLiteral("goneSince")}},
        {{QStringLiteral("remove")}, {QStringLiteral("Usage: partnerdesk-cli remove NAME")}, {QStringLiteral("whole name")}},
        {{QStringLiteral("import")}, {QStringLiteral("Usage: partnerdesk-cli import FILE.csv")}, {QStringLiteral("instance_token")}},
        {{QStringLiteral("sync")}, {QStringLiteral("Usage: partnerdesk-cli sync [options]")},
         {QStringLiteral("--prune"), QStringLiteral("--json"), QStringLiteral("{added, updated, unchanged, gone, failed}"),
          QStringLiteral("partner-token set"), QStringLiteral("stopped part-way")}},
        {{QStringLiteral("status")},
         {QStringLiteral("Usage: partnerdesk-cli status [options] NAME"), QStringLiteral("   or: partnerdesk-cli status [options] --all")},
         {QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("at most 4"),
          QStringLiteral("Exits with 0 whether the instance is connected or not")}},
        {{QStringLiteral("code")}, {QStringLiteral("Usage: partnerdesk-cli code [options] NAME")},
         {QStringLiteral("--json"), QStringLiteral("Z-API Conector"), QStringLiteral("https://web.whatsapp.com/"),
          QStringLiteral("secondsLeft")}},
        {{QStringLiteral("message")}, {QStringLiteral("Usage: partnerdesk-cli message [options] NAME")},
         {QStringLiteral("--lang LANGUAGE"), QStringLiteral("pt_BR, es or en")}},
        {{QStringLiteral("qr")}, {QStringLiteral("Usage: partnerdesk-cli qr [options] NAME --out FILE.png")},
         {QStringLiteral("--out FILE.png"), QStringLiteral("--force"), QStringLiteral("symbolic link"),
          QStringLiteral("readable by you only")}},
        {{QStringLiteral("phone-code")}, {QStringLiteral("Usage: partnerdesk-cli phone-code [options] NAME")},
         {QStringLiteral("--lang LANGUAGE"), QStringLiteral("--json"), QStringLiteral("edit NAME --phone NUMBER")}},
    };
    for (const Expected &command : expected) {
        for (const QString &helpOption : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Result result = run(command.command + QStringList(helpOption));
            const QByteArray what = command.command.join(u' ').toUtf8() + '\n' + result.describe();
            QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), what.constData());
            const QStringList out = result.outLines();
            QVERIFY2(out.mid(0, command.usage.size()) == command.usage, what.constData());
            for (const QString &mention : command.mentions)
                QVERIFY2(result.out.contains(mention), qPrintable(mention + u'\n' + QString::fromUtf8(what)));
            // Its exit codes, then the global options; not the list of every command.
            const qsizetype exitCodes = out.indexOf(QStringLiteral("Exit codes:"));
            const qsizetype globalOptions = out.indexOf(QStringLiteral("Global options:"));
            QVERIFY2(exitCodes > 0 && globalOptions > exitCodes, what.constData());
            QVERIFY2(out.at(exitCodes + 1).startsWith(QLatin1String("  0  ")), what.constData());
            for (qsizetype i = exitCodes + 1; i < globalOptions && !out.at(i).isEmpty(); ++i) {
                static const QRegularExpression row(QStringLiteral("^  [0-3]  |^     "));
                QVERIFY2(row.match(out.at(i)).hasMatch(), what.constData());
            }
            QVERIFY2(!out.contains(QStringLiteral("Commands:")), what.constData());
            QVERIFY2(std::all_of(out.cbegin(), out.cend(), [](const QString &line) { return line.size() <= 110; }),
                     what.constData());
        }
    }

    // A group: its own commands, and nothing else.
    for (const QString &group : {QStringLiteral("client-token"), QStringLiteral("partner-token")}) {
        const Result result = run({group, QStringLiteral("--help")});
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
        QCOMPARE(result.outLines().first(), QStringLiteral("Usage: partnerdesk-cli %1 set|clear").arg(group));
        QVERIFY(result.out.contains(QStringLiteral("  %1 set ").arg(group)));
        QVERIFY(result.out.contains(QStringLiteral("  %1 clear ").arg(group)));
        QVERIFY(!result.out.contains(QLatin1String("add NAME")));
    }
    QCOMPARE(filesWritten(), QStringList());
}

// ---- the partner token ----

void TestCli::partnerTokenSetAndClear()
{
    const QString partnerToken = Testing::SandboxProcess::defaultPartnerToken();
    Result result = run({QStringLiteral("partner-token"), QStringLiteral("set")}, QStringLiteral("  %1 \r\n").arg(partnerToken).toUtf8());
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Partner token saved.\n"));
    QCOMPARE(result.err, QString());
    QCOMPARE(storedPartnerToken(), std::optional<QString>(partnerToken));
    // The Client-Token is another secret, and stays as it was.
    const std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->clientToken, QString());

    // Refused by the core's validation: exit 3, nothing changed.
    result = run({QStringLiteral("partner-token"), QStringLiteral("set")}, QByteArray("has a space\n"));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InvalidPartnerToken).message())));
    QCOMPARE(storedPartnerToken(), std::optional<QString>(partnerToken));

    // On the command line: refused, and never repeated (cleanup() checks).
    result = run({QStringLiteral("partner-token"), QStringLiteral("set"), partnerToken});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().first(),
             cliLine(QStringLiteral("Too many arguments for \"partner-token set\". "
                                    "Secrets are read from standard input, never from the command line.")));

    result = run({QStringLiteral("partner-token"), QStringLiteral("clear")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Partner token removed.\n"));
    QCOMPARE(storedPartnerToken(), std::optional<QString>(QString()));

    // Without the keychain: a keychain error, exit 3.
    result = run({QStringLiteral("partner-token"), QStringLiteral("set")}, lines({partnerToken}), Keychain::Missing);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines().size(), 1);
}

// ---- NAME ----

void TestCli::namesIgnoreCaseAndAccents()
{
    const QList<QPair<QString, QPair<QString, QString>>> instances{
        {QStringLiteral("Padaria Pão de Mel"), {instanceId, instanceToken}},
        {QStringLiteral("Padaria Pao Doce"), {otherId, otherToken}},
        {QStringLiteral("Loja Centro"), {csvId1, csvToken1}},
        {QStringLiteral("Loja Centro Sul"), {csvId2, csvToken2}},
    };
    for (const auto &[name, secrets] : instances)
        QCOMPARE(run({QStringLiteral("add"), name}, lines({secrets.first, secrets.second})).exitCode, 0);

    const QList<QPair<QString, QString>> typedAndMeant{
        {QStringLiteral("padaria pao de mel"), QStringLiteral("Padaria Pão de Mel")}, // accents and case
        {QStringLiteral("PADARIA PÃO DE MEL"), QStringLiteral("Padaria Pão de Mel")},
        {QStringLiteral("mel pão"), QStringLiteral("Padaria Pão de Mel")},            // words, in any order
        {QStringLiteral("doce"), QStringLiteral("Padaria Pao Doce")},
        {QStringLiteral("LOJA centro"), QStringLiteral("Loja Centro")},               // a whole name first
        {QStringLiteral("centro sul"), QStringLiteral("Loja Centro Sul")},
        {QStringLiteral("  loja   centro  SUL "), QStringLiteral("Loja Centro Sul")},
    };
    for (const auto &[typed, meant] : typedAndMeant) {
        const Result result = run({QStringLiteral("edit"), typed, QStringLiteral("--note"), typed});
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(typed + u'\n' + QString::fromUtf8(result.describe())));
        QCOMPARE(result.out, QStringLiteral("Updated %1.\n").arg(meant));
        QCOMPARE(listed(meant).value(QStringLiteral("notes")).toString(), typed);
    }

    // None: one line, the same for every command that takes NAME.
    const QString unknown = QStringLiteral("padaria pão francês");
    for (const QStringList &command : {QStringList{QStringLiteral("edit"), unknown, QStringLiteral("--note"), QStringLiteral("x")},
                                       QStringList{QStringLiteral("remove"), unknown},
                                       QStringList{QStringLiteral("status"), unknown},
                                       QStringList{QStringLiteral("qr"), unknown, QStringLiteral("--out"),
                                                   m_inputs->filePath(QStringLiteral("qr.png"))}}) {
        const Result result = run(command);
        QVERIFY2(result.exitCode == 3, result.describe());
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::UnknownInstance, unknown).message())));
    }

    // Two names the same but for an accent: each by its own spelling, both when the accent
    // typed is neither's.
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Padaria Pao de Mel")}, lines({moreId, moreToken})).exitCode, 0);
    Result result = run({QStringLiteral("edit"), QStringLiteral("padaria pao de mel"), QStringLiteral("--note"), QStringLiteral("a")});
    QCOMPARE(result.out, QStringLiteral("Updated Padaria Pao de Mel.\n"));
    result = run({QStringLiteral("edit"), QStringLiteral("PADARIA PÃO DE MEL"), QStringLiteral("--note"), QStringLiteral("b")});
    QCOMPARE(result.out, QStringLiteral("Updated Padaria Pão de Mel.\n"));
    result = run({QStringLiteral("edit"), QStringLiteral("padaria pâo de mel"), QStringLiteral("--note"), QStringLiteral("c")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 3);

    // remove wants the whole name (any case, accents optional): a few words are not enough.
    result = run({QStringLiteral("remove"), QStringLiteral("pão doce")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines(),
             QStringList(cliLine(QStringLiteral("\"pão doce\" is only part of the name \"Padaria Pao Doce\". 'remove' needs "
                                                "the whole name (in any case, accents optional), as it cannot be undone."))));
    result = run({QStringLiteral("remove"), QStringLiteral("PADARIA PÃO DOCE")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Removed Padaria Pao Doce.\n"));
    QCOMPARE(listJson().size(), 4);
}

void TestCli::severalMatchesAreListed()
{
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Padaria Pão de Mel"), QStringLiteral("--phone"),
                  QStringLiteral("(11) 98765-4321")},
                 lines({instanceId, instanceToken}))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Padaria Pao Doce")}, lines({otherId, otherToken})).exitCode, 0);

    // Each with what tells it apart (phone, ID ending), in name order; nothing is changed.
    for (const QStringList &command : {QStringList{QStringLiteral("edit"), QStringLiteral("padaria"), QStringLiteral("--note"), QStringLiteral("x")},
                                       QStringList{QStringLiteral("remove"), QStringLiteral("PADARIA")},
                                       QStringList{QStringLiteral("code"), QStringLiteral("padaria")},
                                       QStringList{QStringLiteral("message"), QStringLiteral("padaria")}}) {
        const Result result = run(command);
        QVERIFY2(result.exitCode == 2, result.describe());
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines(),
                 QStringList({cliLine(QStringLiteral("\"%1\" matches 2 instances. Give more of the name, or the whole "
                                                     "name, of one of them:").arg(command.at(1))),
                              QStringLiteral("  Padaria Pão de Mel  +55 11 98765-4321  ") + maskedSuffix(instanceId),
                              QStringLiteral("  Padaria Pao Doce                       ") + maskedSuffix(otherId)}));
    }
    QCOMPARE(listJson().size(), 2);
    QCOMPARE(listed(QStringLiteral("Padaria Pão de Mel")).value(QStringLiteral("notes")).toString(), QString());

    // Many: the first twenty, and how many more.
    QStringList csv{QStringLiteral("name,instance_id,instance_token")};
    for (int i = 1; i <= 25; ++i) {
        const QString id = QStringLiteral("CLIENTEID%1").arg(i, 4, 10, QLatin1Char('0'));
        csv.append(QStringLiteral("Cliente %1,%2,TOKEN%3").arg(i, 2, 10, QLatin1Char('0')).arg(id).arg(i));
    }
    const QString file = writeInput(QStringLiteral("clientes.csv"), lines(csv));
    QCOMPARE(run({QStringLiteral("import"), file}).exitCode, 0);
    const Result result = run({QStringLiteral("edit"), QStringLiteral("cliente"), QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 2);
    const QStringList err = result.errLines();
    QCOMPARE(err.size(), 22);
    QCOMPARE(err.first(), cliLine(QStringLiteral("\"cliente\" matches 25 instances. Give more of the name, or the whole "
                                                 "name, of one of them:")));
    QVERIFY2(err.at(1).startsWith(QLatin1String("  Cliente 01  ")), qPrintable(err.at(1)));
    QVERIFY2(err.at(20).startsWith(QLatin1String("  Cliente 20  ")), qPrintable(err.at(20)));
    QCOMPARE(err.last(), QStringLiteral("  and 5 more"));
}

// ---- edit ----

void TestCli::editChangesWhatIsGiven()
{
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Loja Centro"), QStringLiteral("--phone"),
                  QStringLiteral("(11) 98765-4321"), QStringLiteral("--note"), QStringLiteral("antiga")},
                 lines({instanceId, instanceToken}))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Ótica Sul")}, lines({otherId, otherToken})).exitCode, 0);

    Result result = run({QStringLiteral("edit"), QStringLiteral("loja centro"), QStringLiteral("--name"), QStringLiteral(" Loja  Norte "),
                         QStringLiteral("--phone"), QStringLiteral("(21) 3333-4444"), QStringLiteral("--notes"), QStringLiteral("nova")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Updated Loja Norte (was Loja Centro).\n"));
    QCOMPARE(result.err, QString());
    QJsonObject loja = listed(QStringLiteral("Loja Norte"));
    QCOMPARE(loja.value(QStringLiteral("phone")).toString(), QStringLiteral("+552133334444"));
    QCOMPARE(loja.value(QStringLiteral("notes")).toString(), QStringLiteral("nova"));
    QCOMPARE(loja.value(QStringLiteral("idSuffix")).toString(), maskedSuffix(instanceId));

    // Only what is given; "" clears.
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--note"), QStringLiteral("outra")});
    QCOMPARE(result.out, QStringLiteral("Updated Loja Norte.\n"));
    QCOMPARE(listed(QStringLiteral("Loja Norte")).value(QStringLiteral("phone")).toString(), QStringLiteral("+552133334444"));
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--phone"), QString(),
                  QStringLiteral("--note"), QString()});
    QVERIFY2(result.exitCode == 0, result.describe());
    loja = listed(QStringLiteral("Loja Norte"));
    QCOMPARE(loja.value(QStringLiteral("phone")).toString(), QString());
    QCOMPARE(loja.value(QStringLiteral("notes")).toString(), QString());

    // New credentials from standard input; the other instance's stay.
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--credentials")},
                 lines({csvId1, QStringLiteral(" ") + csvToken1}));
    QVERIFY2(result.exitCode == 0, result.describe());
    std::optional<StoredSecrets> vault = vaultContents();
    QVERIFY(vault);
    QCOMPARE(vault->instances.size(), 2);
    QVERIFY(vault->instances.values().contains(InstanceSecrets({csvId1, csvToken1})));
    QVERIFY(vault->instances.values().contains(InstanceSecrets({otherId, otherToken})));
    QCOMPARE(listed(QStringLiteral("Loja Norte")).value(QStringLiteral("idSuffix")).toString(), maskedSuffix(csvId1));

    // Refused, and nothing changed: a name taken, a phone that cannot be WhatsApp's, an ID
    // another instance has, credentials missing or typed as arguments.
    const QJsonArray before = listJson();
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--name"), QStringLiteral("ótica SUL")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InstanceNameTaken, QStringLiteral("ótica SUL")).message())));
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--phone"), QStringLiteral("(31) 8877")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::PhoneTooShort, QStringLiteral("+55 318877")).message())));
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--credentials")},
                 lines({otherId, otherToken}));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::InstanceIdTaken, QStringLiteral("Ótica Sul")).message())));
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--credentials")}, lines({csvId2}));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines(),
             QStringList({cliLine(QStringLiteral("With --credentials, standard input must hold the new instance ID on the "
                                                 "first line and the new instance token on the second.")),
                          QStringLiteral("Try 'partnerdesk-cli edit --help'.")}));
    result = run({QStringLiteral("edit"), QStringLiteral("loja norte"), QStringLiteral("--credentials"), csvId2, csvToken2});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errLines().first().contains(QLatin1String("Secrets are read from standard input")));
    QCOMPARE(listJson(), before);
    vault = vaultContents();
    QVERIFY(vault);
    QVERIFY(vault->instances.values().contains(InstanceSecrets({csvId1, csvToken1})));
}

// ---- sync ----

void TestCli::syncPagesRenamesAndPrune()
{
    QVERIFY(startSandbox());
    const QJsonArray generated = generate(40, QStringLiteral("Cliente"));
    QCOMPARE(generated.size(), 40);
    const auto idOf = [&generated](int i) { return generated.at(i).toObject().value(QStringLiteral("id")).toString(); };
    // Seven a page, whatever the sync asks for: 41 instances are 6 pages.
    QVERIFY(m_sandbox->setMaxPageSize(7));
    QVERIFY(setPartnerToken());
    QCOMPARE(run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken})).exitCode, 0);
    m_sandbox->clearRequests();

    Result result = runApi({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out, QStringLiteral("{\"added\":41,\"updated\":0,\"unchanged\":0,\"gone\":0,\"failed\":0}\n"));
    QStringList pages;
    for (const QJsonValue &value : m_sandbox->requests()) {
        const QJsonObject request = value.toObject();
        QVERIFY2(request.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/instances?")),
                 qPrintable(request.value(QStringLiteral("path")).toString()));
        // The partner token as Bearer, and never the Client-Token.
        QVERIFY(request.value(QStringLiteral("bearerIsPartnerToken")).toBool());
        QVERIFY(!request.value(QStringLiteral("clientTokenSent")).toBool());
        QVERIFY(!request.value(QStringLiteral("bearerIsClientToken")).toBool());
        pages.append(request.value(QStringLiteral("path")).toString());
    }
    QCOMPARE(pages.size(), 6);
    QStringList names = listedNames();
    QCOMPARE(names.size(), 41);
    QCOMPARE(names.first(), QStringLiteral("Cliente 0001"));
    QCOMPARE(names.at(39), QStringLiteral("Cliente 0040"));
    QCOMPARE(names.last(), sandboxCustomer);

    // The account changes: a token rotated, a rename, an instance gone, one with a name
    // another already has, one with no name.
    const QString rotatedToken = QStringLiteral("ROTATEDtoken00000000000000004");
    m_moreSecrets << rotatedToken << moreId << moreToken;
    QVERIFY(m_sandbox->upsertInstance({{QStringLiteral("id"), idOf(2)}, {QStringLiteral("token"), rotatedToken}}));
    QVERIFY(m_sandbox->upsertInstance({{QStringLiteral("id"), idOf(3)}, {QStringLiteral("name"), QStringLiteral("Cliente Renomeado")}}));
    QVERIFY(m_sandbox->removeInstance(idOf(4)));
    QVERIFY(m_sandbox->upsertInstance({{QStringLiteral("id"), moreId}, {QStringLiteral("token"), moreToken},
                                       {QStringLiteral("name"), sandboxCustomer}}));
    QVERIFY(m_sandbox->upsertInstance({{QStringLiteral("id"), otherId}, {QStringLiteral("token"), otherToken},
                                       {QStringLiteral("name"), QString()}}));
    // Its old token no longer works.
    QCOMPARE(runApi({QStringLiteral("status"), QStringLiteral("cliente 0003")}).exitCode, 1);

    result = runApi({QStringLiteral("sync")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("Synced: 2 added, 2 updated, 38 unchanged, 1 gone, 0 failed.\n"));
    QCOMPARE(result.errLines(),
             QStringList({QStringLiteral("No longer in the account: Cliente 0005  ") + maskedSuffix(idOf(4)),
                          QStringLiteral("Kept in the list; 'partnerdesk-cli sync --prune' removes them.")}));
    names = listedNames();
    QCOMPARE(names.size(), 43);
    QVERIFY(names.contains(QStringLiteral("Cliente Renomeado")));
    QVERIFY(!names.contains(QStringLiteral("Cliente 0004")));
    QVERIFY(names.contains(QStringLiteral("Loja Centro (%1)").arg(maskedSuffix(moreId))));
    QVERIFY(names.contains(QStringLiteral("Instance %1").arg(maskedSuffix(otherId))));
    QVERIFY(listed(QStringLiteral("Cliente 0005")).value(QStringLiteral("goneSince")).isDouble());
    QVERIFY(listed(QStringLiteral("Cliente 0006")).value(QStringLiteral("goneSince")).isNull());
    // The new token is the one kept: the instance works again.
    result = runApi({QStringLiteral("status"), QStringLiteral("cliente 0003")});
    QVERIFY2(result.exitCode == 0, result.describe());
    // NAME still finds the first Loja Centro by its whole name.
    result = runApi({QStringLiteral("status"), QStringLiteral("loja centro"), QStringLiteral("--json")});
    QCOMPARE(jsonLine(result).value(QStringLiteral("instance")).toString(), sandboxCustomer);

    // --prune removes what the account no longer has, and only that.
    result = runApi({QStringLiteral("sync"), QStringLiteral("--prune"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("{\"added\":0,\"updated\":0,\"unchanged\":42,\"gone\":1,\"failed\":0}\n"));
    QCOMPARE(result.errLines(),
             QStringList({QStringLiteral("No longer in the account: Cliente 0005  ") + maskedSuffix(idOf(4)),
                          QStringLiteral("Removed from the list: 1 of 1.")}));
    names = listedNames();
    QCOMPARE(names.size(), 42);
    QVERIFY(!names.contains(QStringLiteral("Cliente 0005")));

    result = runApi({QStringLiteral("sync"), QStringLiteral("--prune")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out, QStringLiteral("Synced: 0 added, 0 updated, 42 unchanged, 0 gone, 0 failed.\n"));
}

void TestCli::syncStoppedPartWay()
{
    QVERIFY(startSandbox());
    const QJsonArray generated = generate(22, QStringLiteral("Cliente"));
    QCOMPARE(generated.size(), 22);
    QVERIFY(m_sandbox->setMaxPageSize(5)); // 23 instances: 5 pages
    QVERIFY(setPartnerToken());

    // Page 3 fails: pages 1 and 2 are kept, the rest not read, exit 1.
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("page"), 3},
                         {QStringLiteral("times"), 1}});
    Result result = runApi({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QStringLiteral("{\"added\":10,\"updated\":0,\"unchanged\":0,\"gone\":0,\"failed\":0}\n"));
    const QString stopped = QStringLiteral("The sync stopped after %1 of 5 pages; what they held is saved. The other "
                                           "pages were not read, and no instance was marked as gone%2. Run "
                                           "'partnerdesk-cli sync' again to finish."); // %2: with --prune
    QCOMPARE(result.errLines(), QStringList({cliLine(Error(ErrorCode::ServerError, QStringLiteral("500")).message()),
                                             cliLine(stopped.arg(2).arg(QString()))}));
    QCOMPARE(listJson().size(), 10);

    // An instance leaves the account, and the next sync fails on page 4: nothing is marked
    // gone or removed, even with --prune.
    const QString leaving = generated.at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(m_sandbox->removeInstance(leaving)); // 22 left: still 5 pages
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("page"), 4},
                         {QStringLiteral("times"), 1}});
    result = runApi({QStringLiteral("sync"), QStringLiteral("--prune")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QStringLiteral("Sync incomplete: 6 added, 0 updated, 9 unchanged, 0 failed.\n"));
    QCOMPARE(result.errLines(), QStringList({cliLine(Error(ErrorCode::ServerError, QStringLiteral("500")).message()),
                                             cliLine(stopped.arg(3).arg(QStringLiteral(" or removed")))}));
    QCOMPARE(listJson().size(), 16);
    QVERIFY(listed(QStringLiteral("Cliente 0001")).value(QStringLiteral("goneSince")).isNull());

    // Run again: it finishes, and only now is the gone one found (and, with --prune, removed).
    result = runApi({QStringLiteral("sync"), QStringLiteral("--prune"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("{\"added\":7,\"updated\":0,\"unchanged\":15,\"gone\":1,\"failed\":0}\n"));
    QCOMPARE(listJson().size(), 22);
    QVERIFY(!listedNames().contains(QStringLiteral("Cliente 0001")));
}

void TestCli::syncNeedsThePartnerTokenAndKeepsTheTokensApart()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    const QString hint = cliLine(QStringLiteral("From the command line: partnerdesk-cli partner-token set (reads the token "
                                                "from standard input)."));

    // None stored: a configuration error (3), and nothing is sent.
    Result result = runApi({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList({cliLine(Error(ErrorCode::PartnerTokenMissing).message()), hint}));
    QCOMPARE(m_sandbox->requests(), QJsonArray());

    // A wrong one: Z-API says no (1); the list is as it was.
    const QString wrong = QStringLiteral("not-the-partner-token");
    QCOMPARE(run({QStringLiteral("partner-token"), QStringLiteral("set")}, lines({wrong})).exitCode, 0);
    result = runApi({QStringLiteral("sync")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList({cliLine(Error(ErrorCode::PartnerTokenRejected).message()), hint}));
    QCOMPARE(listedNames(), QStringList(sandboxCustomer));

    // The right one, then the instance's own calls: each token only where it belongs.
    QVERIFY(setPartnerToken());
    result = runApi({QStringLiteral("sync")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(listedNames(), QStringList(sandboxCustomer)); // found by its ID, not added again
    QCOMPARE(runApi({QStringLiteral("status"), sandboxCustomer}).exitCode, 0);
    QCOMPARE(runApi({QStringLiteral("code"), sandboxCustomer}).exitCode, 0);
    QCOMPARE(runApi({QStringLiteral("status"), QStringLiteral("--all")}).exitCode, 0);
    int listRequests = 0;
    int instanceRequests = 0;
    for (const QJsonValue &value : m_sandbox->requests()) {
        const QJsonObject request = value.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        QVERIFY2(!request.value(QStringLiteral("bearerIsClientToken")).toBool(), qPrintable(path));
        QVERIFY2(!request.value(QStringLiteral("clientTokenIsPartnerToken")).toBool(), qPrintable(path));
        if (path.startsWith(QLatin1String("/instances?"))) {
            ++listRequests;
            QVERIFY(!request.value(QStringLiteral("clientTokenSent")).toBool());
            QVERIFY(request.value(QStringLiteral("bearerSent")).toBool());
        } else {
            ++instanceRequests;
            QVERIFY(request.value(QStringLiteral("clientTokenSent")).toBool());
            QVERIFY(!request.value(QStringLiteral("bearerSent")).toBool());
        }
    }
    QCOMPARE(listRequests, 2);
    QCOMPARE(instanceRequests, 3);
}

void TestCli::progressOnATerminalOnly()
{
    QVERIFY(startSandbox());
    QCOMPARE(generate(12, QStringLiteral("Cliente")).size(), 12);
    QVERIFY(m_sandbox->setMaxPageSize(5)); // 13 instances: 3 pages
    QVERIFY(setPartnerToken());
    QCOMPARE(run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken})).exitCode, 0);

    // On a terminal: how far it got, on standard error; standard output as without.
    QString terminal;
    Result result = runOnTerminal({QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("sync"),
                                   QStringLiteral("--json")},
                                  &terminal);
    QVERIFY2(result.exitCode == 0, qPrintable(QString::fromUtf8(result.describe()) + terminal));
    QCOMPARE(result.out, QStringLiteral("{\"added\":13,\"updated\":0,\"unchanged\":0,\"gone\":0,\"failed\":0}\n"));
    for (const QString &step : {QStringLiteral("\rReading the account: page 1 of 3, 5 of 13 instances"),
                                QStringLiteral("\rReading the account: page 3 of 3, 13 of 13 instances")})
        QVERIFY2(terminal.contains(step), qPrintable(terminal));
    // The line is blanked at the end: the terminal's last line is the prompt's again.
    QVERIFY2(terminal.endsWith(u'\r'), qPrintable(terminal));

    result = runOnTerminal({QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("status"),
                            QStringLiteral("--all"), QStringLiteral("--json")},
                           &terminal);
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(jsonArray(result).size(), 13);
    QVERIFY2(terminal.contains(QLatin1String("\rChecking the instances: 1 of 13")), qPrintable(terminal));
    QVERIFY2(terminal.contains(QLatin1String("\rChecking the instances: 13 of 13")), qPrintable(terminal));

    // Not a terminal (a pipe, a log): no progress at all.
    result = runApi({QStringLiteral("sync")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.err, QString());
    result = runApi({QStringLiteral("status"), QStringLiteral("--all")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.err, QString());
}

// ---- status --all ----

void TestCli::statusOfHundredsAtMostFourAtOnce()
{
    QVERIFY(startSandbox());
    const QJsonArray generated = generate(300, QStringLiteral("Cliente"));
    QCOMPARE(generated.size(), 300);
    QVERIFY(setPartnerToken());
    QCOMPARE(run({QStringLiteral("client-token"), QStringLiteral("set")}, lines({clientToken})).exitCode, 0);
    Result result = runApi({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(result.out, QStringLiteral("{\"added\":301,\"updated\":0,\"unchanged\":0,\"gone\":0,\"failed\":0}\n"));
    const QString firstId = generated.first().toObject().value(QStringLiteral("id")).toString();
    const QString lastId = generated.last().toObject().value(QStringLiteral("id")).toString();
    m_sandbox->setConnected(firstId, true);
    m_sandbox->setConnected(lastId, true);
    QVERIFY(m_sandbox->resetStats());

    result = runApi({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    const QJsonArray rows = jsonArray(result);
    QCOMPARE(rows.size(), 301);
    const QJsonObject stats = m_sandbox->stats();
    QVERIFY2(stats.value(QStringLiteral("maxInFlight")).toInt() <= 4 && stats.value(QStringLiteral("maxInFlight")).toInt() >= 1,
             QJsonDocument(stats).toJson().constData());
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 301);

    // In the list's order, one object each, nothing secret.
    const QStringList names = listedNames();
    int connected = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys(), QStringList({QStringLiteral("connected"), QStringLiteral("message"), QStringLiteral("name"),
                                          QStringLiteral("status")}));
        QCOMPARE(row.value(QStringLiteral("name")).toString(), names.at(i));
        const bool isConnected = row.value(QStringLiteral("connected")).toBool();
        connected += isConnected ? 1 : 0;
        QCOMPARE(row.value(QStringLiteral("status")).toString(),
                 isConnected ? QStringLiteral("connected") : QStringLiteral("disconnected"));
        QCOMPARE(row.value(QStringLiteral("message")).toString(),
                 isConnected ? QStringLiteral("You are already connected") : QStringLiteral("You are not connected"));
    }
    QCOMPARE(connected, 2);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Cliente 0001"));
    QVERIFY(rows.first().toObject().value(QStringLiteral("connected")).toBool());
    QVERIFY(rows.at(299).toObject().value(QStringLiteral("connected")).toBool());

    // Recorded in the list.
    QCOMPARE(listed(QStringLiteral("Cliente 0001")).value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(listed(QStringLiteral("Cliente 0002")).value(QStringLiteral("status")).toString(), QStringLiteral("disconnected"));
}

void TestCli::statusOfAllHumanJsonAndFailures()
{
    // No instance at all: an empty answer.
    Result result = run({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QStringLiteral("[]\n"));
    result = run({QStringLiteral("status"), QStringLiteral("--all")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(result.out.startsWith(QLatin1String("There are no instances in this profile yet.")));

    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    // One the sandbox does not know (its rows fails), one connected.
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Ótica Sul")}, lines({otherId, otherToken})).exitCode, 0);
    QVERIFY(m_sandbox->upsertInstance({{QStringLiteral("id"), csvId1}, {QStringLiteral("token"), csvToken1},
                                       {QStringLiteral("name"), QStringLiteral("Padaria")}}));
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("Padaria")}, lines({csvId1, csvToken1})).exitCode, 0);
    m_sandbox->setConnected(csvId1, true);
    // What that instance's failure says on its own.
    result = runApi({QStringLiteral("status"), QStringLiteral("ótica sul")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines().size(), 1);
    const QString failure = result.errLines().first().mid(QStringLiteral("partnerdesk-cli: ").size());

    result = runApi({QStringLiteral("status"), QStringLiteral("--all")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    const QStringList out = result.outLines();
    QCOMPARE(out.size(), 5);
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    QCOMPARE(out.at(0).split(spaces), QStringList({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Z-API says")}));
    QCOMPARE(out.at(1).split(spaces), QStringList({sandboxCustomer, QStringLiteral("not connected"), QStringLiteral("You are not connected")}));
    QCOMPARE(out.at(2).split(spaces), QStringList({QStringLiteral("Ótica Sul"), QStringLiteral("failed"), failure}));
    QCOMPARE(out.at(3).split(spaces), QStringList({QStringLiteral("Padaria"), QStringLiteral("connected"), QStringLiteral("You are already connected")}));
    QCOMPARE(out.at(4), QStringLiteral("1 connected, 1 not connected, 1 failed."));
    QCOMPARE(out.at(0).indexOf(QLatin1String("Status")), out.at(2).indexOf(QLatin1String("failed")));

    result = runApi({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(jsonArray(result),
             QJsonArray({QJsonObject{{QStringLiteral("name"), sandboxCustomer},
                                     {QStringLiteral("status"), QStringLiteral("disconnected")},
                                     {QStringLiteral("connected"), false},
                                     {QStringLiteral("message"), QStringLiteral("You are not connected")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ótica Sul")},
                                     {QStringLiteral("status"), QStringLiteral("unknown")},
                                     {QStringLiteral("connected"), QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("message"), QString()},
                                     {QStringLiteral("error"), failure}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Padaria")},
                                     {QStringLiteral("status"), QStringLiteral("connected")},
                                     {QStringLiteral("connected"), true},
                                     {QStringLiteral("message"), QStringLiteral("You are already connected")}}}));
    // A failed row changes nothing in the list.
    QCOMPARE(listed(QStringLiteral("Ótica Sul")).value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

    // What would hit every instance alike (Z-API asking to slow down) stops the check, said
    // once: no table, no storm of the same line.
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("rate-limit")}, {QStringLiteral("endpoint"), QStringLiteral("status")},
                         {QStringLiteral("times"), 1}});
    result = runApi({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.errLines().first().startsWith(cliLine(QStringLiteral("Z-API is receiving too many requests."))),
             result.describe());
    QVERIFY2(result.errLines().size() <= 2, result.describe());

    // Every instance failing (nothing listens there): the rows say why, and the exit status
    // says it failed.
    result = run({QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("status"),
                  QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray rows = jsonArray(result);
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("error")).toString(), Error(ErrorCode::ConnectionFailed).message());
    QCOMPARE(result.errLines(), QStringList(cliLine(QStringLiteral("No instance could be checked. The first failure: ")
                                                    + Error(ErrorCode::ConnectionFailed).message())));
}

void TestCli::statusOfAllWithoutClientToken()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(false));
    for (const QStringList &command : {QStringList{QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")},
                                       QStringList{QStringLiteral("message"), sandboxCustomer},
                                       QStringList{QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"),
                                                   m_inputs->filePath(QStringLiteral("qr.png"))}}) {
        const Result result = runApi(command);
        QVERIFY2(result.exitCode == 3, result.describe()); // configuration, as documented
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines(),
                 QStringList({cliLine(Error(ErrorCode::ClientTokenMissing).message()),
                              cliLine(QStringLiteral("From the command line: partnerdesk-cli client-token set (reads the token from standard input)."))}));
    }
    QVERIFY(!QFileInfo::exists(m_inputs->filePath(QStringLiteral("qr.png"))));
    QCOMPARE(listed(sandboxCustomer).value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
}

// ---- qr, phone-code, message ----

void TestCli::qrWritesAPngAndNeverThroughALink()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    const QByteArray pngSignature("\x89PNG\r\n\x1a\n");
    const auto contents = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QString png = m_inputs->filePath(QStringLiteral("qr.png"));
    Result result = runApi({QStringLiteral("qr"), QStringLiteral("loja centro"), QStringLiteral("--out"), png});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    QCOMPARE(result.out, QStringLiteral("Saved the QR code of Loja Centro to %1. The customer scans it in WhatsApp (Linked "
                                        "devices, Link a device) at once: it changes about every 20 seconds.\n").arg(png));
    const QByteArray first = contents(png);
    QVERIFY(first.startsWith(pngSignature));
    // Whoever scans it links their WhatsApp: readable by the owner only.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(png) & others, QFileDevice::Permissions());

    // There already: refused before anything is asked, the file as it was.
    const qsizetype requests = m_sandbox->requests().size();
    result = runApi({QStringLiteral("qr"), QStringLiteral("loja centro"), QStringLiteral("--out"), png});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines(),
             QStringList({cliLine(QStringLiteral("--out: %1 already exists. Choose another name, or add --force to replace it.").arg(png)),
                          QStringLiteral("Try 'partnerdesk-cli qr --help'.")}));
    QCOMPARE(m_sandbox->requests().size(), requests);
    QCOMPARE(contents(png), first);
    result = runApi({QStringLiteral("qr"), QStringLiteral("loja centro"), QStringLiteral("--out"), png, QStringLiteral("--force")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(contents(png).startsWith(pngSignature));

    // A symbolic link, even one to nowhere, is there too; with --force the link itself is
    // replaced, and what it points to is never written.
    const QString target = writeInput(QStringLiteral("target.txt"), "keep me\n");
    const QString link = m_inputs->filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(target, link));
    const QString nowhere = m_inputs->filePath(QStringLiteral("nowhere.png"));
    const QString dangling = m_inputs->filePath(QStringLiteral("dangling.png"));
    QVERIFY(QFile::link(nowhere, dangling));
    for (const QString &path : {link, dangling}) {
        result = runApi({QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(QFileInfo(path).isSymLink());
    }
    result = runApi({QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"), link, QStringLiteral("--force")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(contents(link).startsWith(pngSignature));
    QCOMPARE(contents(target), QByteArray("keep me\n"));
    result = runApi({QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"), dangling, QStringLiteral("--force")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(!QFileInfo::exists(nowhere));

    // A folder, with or without --force: refused. A folder that does not exist: the file
    // cannot be written (3).
    for (const QStringList &extra : {QStringList(), QStringList(QStringLiteral("--force"))}) {
        result = runApi(QStringList{QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"), m_inputs->path()} + extra);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines().first(), cliLine(QStringLiteral("--out: %1 is a folder; name the file to write.").arg(m_inputs->path())));
    }
    result = runApi({QStringLiteral("qr"), sandboxCustomer, QStringLiteral("--out"), m_inputs->filePath(QStringLiteral("no/such/qr.png"))});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.err.startsWith(cliLine(QStringLiteral("Could not write %1: ").arg(m_inputs->filePath(QStringLiteral("no/such/qr.png"))))),
             result.describe());
}

void TestCli::phoneCodeUsesTheSavedPhone()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    Result result = runApi({QStringLiteral("phone-code"), sandboxCustomer});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(),
             QStringList(cliLine(QStringLiteral("Loja Centro has no phone number, and the code is made for the customer's "
                                                "number. Save it first: partnerdesk-cli edit \"Loja Centro\" --phone NUMBER"))));
    QCOMPARE(m_sandbox->requests(), QJsonArray());

    QCOMPARE(run({QStringLiteral("edit"), sandboxCustomer, QStringLiteral("--phone"), QStringLiteral("(11) 98765-4321")}).exitCode, 0);
    result = runApi({QStringLiteral("phone-code"), QStringLiteral("loja centro")});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.describe());
    const QStringList out = result.out.split(u'\n');
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{10}$"));
    QVERIFY2(codePattern.match(out.at(0)).hasMatch(), result.describe());
    QCOMPARE(out.at(1), QStringLiteral("For +55 11 98765-4321: the customer types it in WhatsApp (Linked devices, Link a "
                                       "device, Link with phone number instead) at once. The message for them:"));
    QCOMPARE(out.at(2), QString());
    // Settings' language unless told: Portuguese.
    QCOMPARE(out.mid(3).join(u'\n'), ExtensionFlow::phoneCodeMessage(QStringLiteral("pt_BR"), out.at(0)) + u'\n');
    // The international digits went to Z-API.
    const QJsonArray requests = m_sandbox->requests();
    QVERIFY(requests.last().toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/phone-code/5511987654321")));

    result = runApi({QStringLiteral("phone-code"), sandboxCustomer, QStringLiteral("--lang"), QStringLiteral("EN"), QStringLiteral("--json")});
    const QJsonObject json = jsonLine(result);
    QVERIFY2(!json.isEmpty(), result.describe());
    QCOMPARE(json.keys(), QStringList({QStringLiteral("code"), QStringLiteral("instance"), QStringLiteral("message"), QStringLiteral("phone")}));
    QCOMPARE(json.value(QStringLiteral("instance")).toString(), sandboxCustomer);
    QCOMPARE(json.value(QStringLiteral("phone")).toString(), QStringLiteral("+5511987654321"));
    const QString code = json.value(QStringLiteral("code")).toString();
    QVERIFY(codePattern.match(code).hasMatch());
    QCOMPARE(json.value(QStringLiteral("message")).toString(), ExtensionFlow::phoneCodeMessage(QStringLiteral("en"), code));
}

void TestCli::messageInTheCustomersLanguage()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    static const QRegularExpression codePattern(QStringLiteral("\\b[A-Z0-9]{4}-[A-Z0-9]{4}\\b"));
    // Exactly the text the window copies, in that language, for some validity left.
    const auto check = [this](const QStringList &arguments, const QString &language) {
        const Result result = runApi(arguments);
        if (result.exitCode != 0 || !result.err.isEmpty()) {
            qWarning() << result.describe();
            return false;
        }
        const QString code = codePattern.match(result.out).captured();
        bool matches = false;
        for (qint64 leftMs = 0; leftMs <= codeLifetimeMs && !matches; leftMs += 1000)
            matches = result.out == ExtensionFlow::customerMessage(language, code, leftMs) + u'\n';
        if (!matches)
            qWarning() << language << result.out;
        // A fresh, real code: the customer can use it.
        return matches && m_sandbox->redeem(code);
    };
    QVERIFY(check({QStringLiteral("message"), QStringLiteral("loja centro")}, QStringLiteral("pt_BR")));
    QVERIFY(!listed(sandboxCustomer).value(QStringLiteral("lastCodeAt")).isNull());
    QVERIFY(check({QStringLiteral("message"), sandboxCustomer, QStringLiteral("--lang"), QStringLiteral("es")}, QStringLiteral("es")));
    QVERIFY(check({QStringLiteral("message"), sandboxCustomer, QStringLiteral("--lang"), QStringLiteral("pt-br")},
                  QStringLiteral("pt_BR")));

    // Settings' customer language is the default.
    {
        Profile profile;
        QVERIFY(!Profile::make(m_profile, &profile));
        Workspace workspace(profile, Clock::system());
        workspace.settings().setCustomerLanguage(QStringLiteral("en"));
        workspace.settings().sync();
    }
    QVERIFY(check({QStringLiteral("message"), sandboxCustomer}, QStringLiteral("en")));
}

// A server that sends its answer a byte at a time ends at the request deadline, not later.
void TestCli::slowAnswerEndsAtTheDeadline()
{
    QVERIFY(startSandbox());
    QVERIFY(addSandboxCustomer(true));
    {
        Profile profile;
        QVERIFY(!Profile::make(m_profile, &profile));
        Workspace workspace(profile, Clock::system());
        workspace.settings().setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
        workspace.settings().sync();
    }
    // One byte every 500 ms: the answer would take half a minute, far past the deadline.
    m_sandbox->setFault({{QStringLiteral("mode"), QStringLiteral("slow-body")}, {QStringLiteral("endpoint"), QStringLiteral("status")},
                         {QStringLiteral("intervalMs"), 500}, {QStringLiteral("times"), 1}});
    const Result result = runApi({QStringLiteral("status"), sandboxCustomer});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.errLines(), QStringList(cliLine(Error(ErrorCode::Timeout).message())));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
