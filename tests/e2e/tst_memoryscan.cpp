// e2e.memoryscan: what the memory of a process holds once its work with secrets is done.
// A core dump, or anyone allowed to read /proc/PID/mem, sees every byte the process has mapped,
// freed heap memory included: a secret must be wiped where it was, not just let go.
//
// - statusLeavesNoSecretInMemory: partnerdesk-cli's own code (partnerdesk-memoryscan-cli runs
//   the same CliApplication, then waits) checks an instance's status against the real sandbox
//   process, which needs the vault key from the real keychain, the Client-Token and the
//   instance's ID and token. Afterwards its memory (read through /proc/PID/mem: the test runs
//   as root, which may read a process that is not dumpable) holds none of them, in any of the
//   forms they take on the way (UTF-8, UTF-16, base64 in QtKeychain's libsecret backend, hex).
// - executablesRunWithoutCoreDumps: the real partnerdesk and partnerdesk-cli run with a core
//   size limit of 0 (and not dumpable, which /proc cannot show to root).
// - scannerFindsSecretsInMemory proves the scanner itself can fail.

#include "KeychainTestSupport.h"
#include "SandboxProcess.h"
#include "StoreTestSupport.h"

#include "store/VaultKeyStore.h"
#include "util/Error.h"
#include "util/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <memory>
#include <optional>

using namespace PartnerDesk;

namespace {

constexpr int processTimeoutMs = 60000;

// Distinctive enough that a hit is never a coincidence.
const QString clientToken = QStringLiteral("Ct-MemScanClientToken-0001");
const QString instanceId = QStringLiteral("MEMSCANID0000000000000000A1B2C3");
const QString instanceToken = QStringLiteral("MEMSCANTOKEN00000000000001");
const QString customerName = QStringLiteral("Loja Centro");

struct Secret
{
    QString name;
    QByteArray bytes; // UTF-8 for text
    bool text = true;
};

// The byte forms a secret can take in memory: text in UTF-8 or UTF-16, and the usual ways of
// packing bytes as text. Base64 depends on where the secret starts, so all three alignments;
// the characters that also depend on the bytes around it are left out.
QList<QPair<QString, QByteArray>> byteForms(const Secret &secret)
{
    QList<QPair<QString, QByteArray>> forms{{QStringLiteral("raw"), secret.bytes},
                                            {QStringLiteral("hex"), secret.bytes.toHex()},
                                            {QStringLiteral("HEX"), secret.bytes.toHex().toUpper()}};
    if (secret.text) {
        const QString text = QString::fromUtf8(secret.bytes);
        forms.append({QStringLiteral("UTF-16"), QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)});
    }
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, '\0') + secret.bytes).toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype first = shift == 0 ? 0 : (shift * 4 + 2) / 3 + 1;
        forms.append({QStringLiteral("base64/%1").arg(shift), encoded.mid(first, encoded.size() - first - 2)});
    }
    return forms;
}

struct Region
{
    quint64 start = 0;
    quint64 end = 0;
    QString name;
    // MADV_DONTDUMP ("dd" in VmFlags): left out of a core dump. libsodium's guarded memory,
    // where the open vault keeps its key, is marked so.
    bool leftOutOfCores = false;
};

// Every readable mapping of the process, from /proc/PID/smaps.
QList<Region> readableRegions(qint64 pid)
{
    QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    QList<Region> regions;
    static const QRegularExpression header(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) (\\S+) \\S+ \\S+ \\S+ *(.*)$"));
    std::optional<Region> current;
    bool readable = false;
    const auto keep = [&] {
        if (current && readable && current->name != QLatin1String("[vvar]") && current->name != QLatin1String("[vsyscall]"))
            regions.append(*current); // the two are not readable through /proc/PID/mem
    };
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QRegularExpressionMatch match = header.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            keep();
            current = Region{match.captured(1).toULongLong(nullptr, 16), match.captured(2).toULongLong(nullptr, 16),
                             match.captured(4).isEmpty() ? QStringLiteral("[anonymous]") : match.captured(4)};
            readable = match.captured(3).startsWith(u'r');
        } else if (current && line.startsWith("VmFlags:")) {
            current->leftOutOfCores = line.mid(8).simplified().split(' ').contains("dd");
        }
    }
    keep();
    return regions;
}

// What lies around a hit, printable ASCII only, to tell which copy it is: a request line, a
// header, a URL, a QString of its own.
QString surroundings(const QByteArray &bytes, qsizetype at, qsizetype length)
{
    constexpr qsizetype around = 48;
    const qsizetype from = qMax<qsizetype>(0, at - around);
    QString text;
    for (const char c : bytes.mid(from, at - from + length + around))
        text += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.');
    return text;
}

// "secret (form) in region at address" for every copy of every secret in the process's memory.
QStringList findSecretsInMemory(qint64 pid, const QList<Secret> &secrets, int *regionsRead)
{
    QStringList found;
    *regionsRead = 0;
    const int memory = ::open(QStringLiteral("/proc/%1/mem").arg(pid).toLocal8Bit().constData(), O_RDONLY);
    if (memory < 0)
        return {QStringLiteral("/proc/%1/mem could not be opened").arg(pid)};
    for (const Region &region : readableRegions(pid)) {
        QByteArray bytes(static_cast<qsizetype>(region.end - region.start), Qt::Uninitialized);
        const ssize_t read = ::pread(memory, bytes.data(), static_cast<std::size_t>(bytes.size()),
                                     static_cast<off_t>(region.start));
        if (read <= 0)
            continue;
        bytes.truncate(read);
        ++*regionsRead;
        for (const Secret &secret : secrets) {
            for (const auto &[formName, form] : byteForms(secret)) {
                for (qsizetype at = bytes.indexOf(form); at >= 0; at = bytes.indexOf(form, at + 1)) {
                    found.append(QStringLiteral("%1 (%2) in %3%4 at 0x%5: %6")
                                     .arg(secret.name, formName, region.name,
                                          region.leftOutOfCores ? QStringLiteral(" (left out of cores)") : QString())
                                     .arg(region.start + static_cast<quint64>(at), 0, 16)
                                     .arg(surroundings(bytes, at, form.size())));
                }
            }
        }
    }
    ::close(memory);
    return found;
}

// The "Max core file size" line of /proc/PID/limits: its soft and hard limit.
QStringList coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(int(qstrlen("Max core file size")))).simplified().split(u' ').mid(0, 2);
    }
    return {};
}

} // namespace

class TestMemoryScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scannerFindsSecretsInMemory();
    void statusLeavesNoSecretInMemory_data();
    void statusLeavesNoSecretInMemory();
    void executablesRunWithoutCoreDumps();

private:
    QProcessEnvironment childEnvironment() const;
    // Runs the real partnerdesk-cli on the test's profile to its end; its exit status.
    int runCli(const QStringList &arguments, const QByteArray &input);
    // The profile's vault key, read from the keychain as the CLI reads it.
    QByteArray vaultKey();

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_profile;
};

void TestMemoryScan::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    if (::geteuid() != 0) {
        // A process that is not dumpable (as partnerdesk-cli makes itself) lets only root in.
        QSKIP("Reading another process's memory needs root here (the tests run as root in CI).");
    }
}

void TestMemoryScan::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_profile = QStringLiteral("memscan-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestMemoryScan::cleanup()
{
    KeychainVaultKeyStore keyStore(Profile::keychainService(), QStringLiteral("partnerdesk/%1/vault-key").arg(m_profile));
    Test::waitFor<Error>([&](QObject *context, auto done) { keyStore.deleteKey(context, done); });
    m_home.reset();
}

QProcessEnvironment TestMemoryScan::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return environment;
}

int TestMemoryScan::runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(QStringLiteral(PARTNERDESK_CLI_EXECUTABLE), QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    if (!process.waitForStarted(processTimeoutMs))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (process.exitCode() != 0)
        qWarning() << arguments << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QByteArray TestMemoryScan::vaultKey()
{
    KeychainVaultKeyStore keyStore(Profile::keychainService(), QStringLiteral("partnerdesk/%1/vault-key").arg(m_profile));
    QByteArray key;
    QEventLoop loop;
    keyStore.readKey(&loop, [&](const Error &, bool found, SecureBytes read) {
        if (found)
            key = read.toByteArray();
        loop.quit();
    });
    loop.exec();
    return key;
}

void TestMemoryScan::scannerFindsSecretsInMemory()
{
#if PARTNERDESK_SANITIZED
    QSKIP("A sanitizer maps terabytes of shadow memory, which a scan of this process cannot read (the dev pass runs it).");
#endif
    // This process holds the test secrets in its constants: the scanner must find them here.
    int regionsRead = 0;
    const QStringList found = findSecretsInMemory(QCoreApplication::applicationPid(),
                                                  {{QStringLiteral("client token"), clientToken.toUtf8()}}, &regionsRead);
    QVERIFY(regionsRead > 0);
    QVERIFY2(found.join(u'\n').contains(QLatin1String("(UTF-16)")), qPrintable(found.join(u'\n')));
    // And the vault key's forms as QtKeychain's libsecret backend keeps them: planted here.
    QByteArray plantedKey(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(plantedKey.data()), 8);
    const QByteArray planted = plantedKey.toBase64();
    const QStringList foundKey = findSecretsInMemory(QCoreApplication::applicationPid(),
                                                     {{QStringLiteral("key"), plantedKey, false}}, &regionsRead);
    QVERIFY2(foundKey.join(u'\n').contains(QLatin1String("(base64/0)")), qPrintable(foundKey.join(u'\n')));
    QVERIFY(planted.size() == 44);
}

void TestMemoryScan::statusLeavesNoSecretInMemory_data()
{
    QTest::addColumn<bool>("session");
    // partnerdesk-cli status NAME: the command ends, its workspace closed, the process alive.
    QTest::newRow("cli command") << false;
    // As the window asks: the workspace, the open vault, the session and the network (its
    // kept-alive connection and HTTP thread) still there, as long as the window is open.
    QTest::newRow("open session") << true;
}

void TestMemoryScan::statusLeavesNoSecretInMemory()
{
    QFETCH(bool, session);
#if PARTNERDESK_SANITIZED
    QSKIP("A sanitizer's allocator keeps freed memory in quarantine, unwiped (see util/WipeOnFree.cpp).");
#endif
    Testing::SandboxProcess sandbox;
    sandbox.setClientToken(clientToken);
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        *m_home, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                        {QStringLiteral("token"), instanceToken},
                                        {QStringLiteral("name"), customerName}}});
    QVERIFY2(sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(sandbox.errorString()));
    QFile::remove(instances);
    QCOMPARE(runCli({QStringLiteral("client-token"), QStringLiteral("set")}, (clientToken + u'\n').toUtf8()), 0);
    QCOMPARE(runCli({QStringLiteral("add"), customerName}, (instanceId + u'\n' + instanceToken + u'\n').toUtf8()), 0);
    const QByteArray key = vaultKey();
    QCOMPARE(key.size(), 32);

    QProcess helper;
    helper.setProcessEnvironment(childEnvironment());
    const QString apiBase = sandbox.baseUrl().toString();
    helper.start(QStringLiteral(PARTNERDESK_MEMORYSCAN_CLI),
                 session ? QStringList{QStringLiteral("--session"), m_profile, apiBase, customerName}
                         : QStringList{QStringLiteral("--profile"), m_profile, QStringLiteral("--api-base"), apiBase,
                                       QStringLiteral("status"), customerName});
    QVERIFY(helper.waitForStarted(processTimeoutMs));
    QByteArray said;
    const auto finishedItsWork = [&said] { return said.contains("done ") && said.endsWith('\n'); };
    while (!finishedItsWork() && helper.state() == QProcess::Running && helper.waitForReadyRead(processTimeoutMs))
        said += helper.readAllStandardOutput();
    said += helper.readAllStandardOutput();
    // The work was done: Z-API was asked, with the Client-Token, and answered.
    QVERIFY2(said.endsWith("done 0\n"), said + helper.readAllStandardError());
    QCOMPARE(sandbox.requests().size(), 1);

    int regionsRead = 0;
    const QStringList found = findSecretsInMemory(helper.processId(),
                                                  {{QStringLiteral("vault key"), key, false},
                                                   {QStringLiteral("Client-Token"), clientToken.toUtf8()},
                                                   {QStringLiteral("instance ID"), instanceId.toUtf8()},
                                                   {QStringLiteral("instance token"), instanceToken.toUtf8()}},
                                                  &regionsRead);
    helper.closeWriteChannel();
    QVERIFY(helper.waitForFinished(processTimeoutMs));
    QVERIFY(regionsRead > 0);
    // The one copy an open vault may hold: the key itself, in libsodium's guarded memory (locked
    // in RAM and left out of core dumps), until the vault closes.
    const QString guardedKey = QStringLiteral("vault key (raw) in [anonymous] (left out of cores) at ");
    QStringList unexpected;
    qsizetype guardedKeys = 0;
    for (const QString &copy : found) {
        if (session && copy.startsWith(guardedKey)) {
            ++guardedKeys;
            continue;
        }
        unexpected.append(copy);
        qWarning().noquote() << copy; // one message each: QTest cuts a long failure message short
    }
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("%1 copies of secrets found (listed above)").arg(unexpected.size())));
    // And the scan does see into that process: while the vault is open, it finds the key.
    if (session)
        QCOMPARE(guardedKeys, 1);
}

void TestMemoryScan::executablesRunWithoutCoreDumps()
{
    // Each waits for something (standard input; the window's event loop) once main() has
    // begun; the limit is set first thing there.
    const QStringList noCore{QStringLiteral("0"), QStringLiteral("0")};
    QProcess cli;
    cli.setProcessEnvironment(childEnvironment());
    cli.start(QStringLiteral(PARTNERDESK_CLI_EXECUTABLE),
              {QStringLiteral("--profile"), m_profile, QStringLiteral("client-token"), QStringLiteral("set")});
    QVERIFY(cli.waitForStarted(processTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(coreLimits(cli.processId()), noCore, processTimeoutMs);
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(processTimeoutMs));

    QProcess app;
    QProcessEnvironment environment = childEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(PARTNERDESK_APP_EXECUTABLE), {QStringLiteral("--profile"), m_profile});
    QVERIFY(app.waitForStarted(processTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(coreLimits(app.processId()), noCore, processTimeoutMs);
    app.kill();
    app.waitForFinished(processTimeoutMs);
}

QTEST_GUILESS_MAIN(TestMemoryScan)
#include "tst_memoryscan.moc"
