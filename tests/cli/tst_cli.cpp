// Runs the real partnerdesk-cli the way a user or a script does: arguments, standard input,
// exit status, standard output and standard error. Each test has its own profile and its own
// XDG data and config directories (QStandardPaths' test mode cannot reach a child process);
// the keychain is the private one scripts/test-session.sh starts; the commands that call Z-API
// talk to the real sandbox process. After every test, no test secret may appear in anything
// the CLI printed or in any file it wrote.

#include "SandboxProcess.h"
#include "StoreTestSupport.h"
#include "store/VaultKeyStore.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "util/Logging.h"
#include "util/Profile.h"

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
    void withoutKeychain();
    void damagedDatabase();
    void codeHumanAndJson();
    void statusBeforeAndAfterRedeem();
    void codeAndStatusUnknownName();
    void codeAndStatusWithoutClientToken();
    void codeAndStatusServerError();
    void codeAndStatusFollowSettings();

private:
    Result runRaw(const QStringList &arguments, const QByteArray &input = {},
                  Keychain keychain = Keychain::Available);
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

    std::unique_ptr<Testing::SandboxProcess> m_sandbox;
    QString m_profile;
    std::unique_ptr<QTemporaryDir> m_home;   // the child's XDG data and config directories
    std::unique_ptr<QTemporaryDir> m_inputs; // CSV files: they hold secrets on purpose
    QString m_transcript;                    // everything the CLI printed in this test
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
    // This process looks at the same files as the child (vaultContents()).
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
}

void TestCli::cleanup()
{
    const QStringList secrets{clientToken, instanceId, instanceToken, otherId, otherToken,
                              csvId1, csvToken1, csvId2, csvToken2, csvToken3};
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

Result TestCli::runRaw(const QStringList &arguments, const QByteArray &input, Keychain keychain)
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
                                        QStringLiteral("code NAME "), QStringLiteral("status NAME ")}) {
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
    QVERIFY(add.out.contains(QLatin1String("--note TEXT")));
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
                          {QStringLiteral("lastCodeAt"), double(lastCode.toMSecsSinceEpoch())}}));
    QCOMPARE(json.at(1).toObject(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("Ótica Sul")},
                          {QStringLiteral("phone"), QString()},
                          {QStringLiteral("notes"), QString()},
                          {QStringLiteral("status"), QStringLiteral("unknown")},
                          {QStringLiteral("idSuffix"), maskedSuffix(otherId)},
                          {QStringLiteral("lastCodeAt"), QJsonValue(QJsonValue::Null)}}));

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
    result = run({QStringLiteral("remove"), QStringLiteral("Loj")});
    QCOMPARE(result.exitCode, 3);
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
    // The number: without +55, once sent to the Netherlands.
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

    // A device that never ends and a folder: one clear line each, at once (no hang, no
    // running out of memory).
    for (const QString &path : {QStringLiteral("/dev/zero"), m_inputs->path()}) {
        result = run({QStringLiteral("import"), path});
        QVERIFY2(result.exitCode == 3, result.describe());
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.err.startsWith(cliLine(Error(ErrorCode::ImportFileUnreadable, QString()).message())), result.describe());
    }
    QCOMPARE(filesWritten(), QStringList());
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
    const QString message = cliLine(Error(ErrorCode::UnknownInstance, QStringLiteral("Loja")).message());
    for (const QString &command : {QStringLiteral("code"), QStringLiteral("status")}) {
        for (const QStringList &extra : {QStringList(), QStringList(QStringLiteral("--json"))}) {
            const Result result = runApi(QStringList{command, QStringLiteral(" Loja ")} + extra);
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
        QVERIFY2(result.exitCode == missing.exitCode(), result.describe());
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
