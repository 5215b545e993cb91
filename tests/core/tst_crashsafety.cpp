// A crash at any point of a save never leaves a damaged or empty index or vault. A real
// writer process (partnerdesk-crash-writer: IndexFile::save and PrivateFile::write, the app's
// own code) saves numbered states in a tight loop; the test kills it with SIGKILL hundreds of
// times, after a varying number of its progress lines, and after every kill loads both files
// as the app would at its next start.

#include "CoreTestSupport.h"
#include "CrashWriterStates.h"
#include "ManualClock.h"

#include "store/IndexFile.h"
#include "util/PrivateFile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace PartnerDesk;

namespace {

constexpr int kills = 500;
// Where a kill lands is up to timing; a slow build (sanitizers, a loaded machine) can see none
// of the first 500 inside a save, so the run goes on until one has, up to this many.
constexpr int maximumKills = 5000;
constexpr int timeoutMs = 30000;

// Which of the states `candidates` the records are, or -1.
int whichIndexState(const QList<InstanceRecord> &records, std::initializer_list<int> candidates)
{
    for (const int n : candidates) {
        if (n >= 0 && records == CrashWriter::indexState(n))
            return n;
    }
    return -1;
}

int whichVaultState(const VaultContents &contents, std::initializer_list<int> candidates)
{
    for (const int n : candidates) {
        if (n >= 0 && contents == CrashWriter::vaultState(n))
            return n;
    }
    return -1;
}

// Whether the process has a file open in `directory`: a save under way (QSaveFile's file,
// named or, with O_TMPFILE, "#123 (deleted)").
bool hasFileOpenIn(qint64 pid, const QString &directory)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().startsWith(directory + u'/'))
            return true;
    }
    return false;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesACompleteIndexAndVault();
    void leftoverSaveFileIsNeverLoaded();
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_CRASH_WRITER)).isExecutable(), PARTNERDESK_CRASH_WRITER);
}

void TestCrashSafety::killedWriterLeavesACompleteIndexAndVault()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString dir = QFileInfo(directory.path()).canonicalFilePath();
    const QString indexPath = dir + QStringLiteral("/instances.json");
    const QString vaultPath = dir + QStringLiteral("/credentials.vault");
    const ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    const SecureBytes key = CrashWriter::vaultKey();

    // State 0 of both, complete, before the first kill.
    QCOMPARE(IndexFile::save(indexPath, CrashWriter::indexState(0)).code, ErrorCode::None);
    QCOMPARE(PrivateFile::write(vaultPath, VaultFile::seal(CrashWriter::vaultState(0), key), ErrorCode::VaultWriteFailed).code,
             ErrorCode::None);
    int indexOnDisk = 0;
    int vaultOnDisk = 0;

    // The same sequence of kill points every run; where in a save each lands is up to timing.
    QRandomGenerator random(20261121);
    int killedWithASaveOpen = 0;
    int killedAfterAnUnreportedSave = 0;
    int savesReported = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    int kill = 0;
    for (; kill < kills || (killedWithASaveOpen + killedAfterAnUnreportedSave == 0 && kill < maximumKills); ++kill) {
        const int first = std::max(indexOnDisk, vaultOnDisk) + 1;
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(PARTNERDESK_CRASH_WRITER),
                     {indexPath, vaultPath, QString::number(first)});
        QVERIFY(writer.waitForStarted(timeoutMs));

        // 0: as it starts, before its first save completes; else after that many saves.
        const int linesBeforeKill = int(random.bounded(0, 7));
        int lastIndex = indexOnDisk;
        int lastVault = vaultOnDisk;
        QByteArrayList unexpected;
        auto readProgress = [&] {
            int lines = 0;
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                const QList<QByteArray> words = line.split(' ');
                if (words.size() != 2 || (words.at(0) != "index" && words.at(0) != "vault")) {
                    unexpected.append(line);
                    continue;
                }
                (words.at(0) == "index" ? lastIndex : lastVault) = words.at(1).toInt();
                ++lines;
                ++savesReported;
            }
            return lines;
        };
        for (int seen = 0; seen < linesBeforeKill;) {
            QVERIFY2(writer.canReadLine() || writer.waitForReadyRead(timeoutMs),
                     qPrintable(QStringLiteral("the writer stopped: exit code %1").arg(writer.exitCode())));
            seen += readProgress();
        }
        if (hasFileOpenIn(writer.processId(), dir))
            ++killedWithASaveOpen;
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(timeoutMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        readProgress();
        QVERIFY2(unexpected.isEmpty(), unexpected.join('\n').constData());

        // What the next start of the app would find: complete states only, the last reported
        // save or the one after it (done, but killed before it could say so).
        const IndexFile::LoadResult index = IndexFile::load(indexPath, clock);
        QVERIFY2(!index.error, qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(index.error.message())));
        // A writer starts at `first`, so its first save of a file may skip states: when the
        // last run was killed between an index save and its vault save, no vault first - 1 exists.
        const int nextIndex = std::max(lastIndex + 1, first);
        const int nextVault = std::max(lastVault + 1, first);
        const int indexState = whichIndexState(index.records, {lastIndex, nextIndex});
        QVERIFY2(indexState >= 0, qPrintable(QStringLiteral("kill %1: the index holds %2 records, not state %3 or %4")
                                                 .arg(kill).arg(index.records.size()).arg(lastIndex).arg(nextIndex)));
        VaultContents vault;
        QVERIFY2(VaultFile::open(Test::readBytes(vaultPath), key, &vault),
                 qPrintable(QStringLiteral("kill %1: the vault does not open").arg(kill)));
        const int vaultState = whichVaultState(vault, {lastVault, nextVault});
        QVERIFY2(vaultState >= 0, qPrintable(QStringLiteral("kill %1: the vault is not state %2 or %3")
                                                 .arg(kill).arg(lastVault).arg(nextVault)));
        if (indexState != lastIndex || vaultState != lastVault)
            ++killedAfterAnUnreportedSave;
        indexOnDisk = indexState;
        vaultOnDisk = vaultState;

        // Whatever else a kill left (a QSaveFile temporary file, if the file system has no
        // O_TMPFILE) is never taken for the index: nothing was found damaged and moved aside.
        for (const QString &file : Test::filesUnder(dir)) {
            QVERIFY2(file == QLatin1String("instances.json") || file == QLatin1String("credentials.vault")
                         || ((file.startsWith(QLatin1String("instances.json.")) || file.startsWith(QLatin1String("credentials.vault.")))
                             && !file.contains(QLatin1String("damaged"))),
                     qPrintable(QStringLiteral("kill %1 left %2").arg(kill).arg(file)));
        }
    }
    const int leftovers = int(Test::filesUnder(dir).size()) - 2;
    qInfo("%d kills in %lld ms: %d saves reported, %d kills with a save file open, %d after a save it had not "
          "reported yet, %d temporary files left; last states: index %d, vault %d",
          kill, elapsed.elapsed(), savesReported, killedWithASaveOpen, killedAfterAnUnreportedSave, leftovers,
          indexOnDisk, vaultOnDisk);
    // Some kills must have landed inside a save, or this test proved nothing.
    QVERIFY(killedWithASaveOpen + killedAfterAnUnreportedSave > 0);
}

// Where the file system has no O_TMPFILE, QSaveFile writes "<name>.XXXXXX" and a kill leaves it
// behind, half written. The index next to it is the one that counts, and stays good.
void TestCrashSafety::leftoverSaveFileIsNeverLoaded()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString indexPath = directory.filePath(QStringLiteral("instances.json"));
    const ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
    QCOMPARE(IndexFile::save(indexPath, CrashWriter::indexState(7)).code, ErrorCode::None);
    const QByteArray halfWritten = IndexFile::serialize(CrashWriter::indexState(8)).left(100);
    const QString leftover = indexPath + QStringLiteral(".aB3xYz");
    QVERIFY(Test::writeBytes(leftover, halfWritten));

    const IndexFile::LoadResult loaded = IndexFile::load(indexPath, clock);
    QCOMPARE(loaded.error.code, ErrorCode::None);
    QVERIFY(loaded.records == CrashWriter::indexState(7));
    QCOMPARE(IndexFile::save(indexPath, CrashWriter::indexState(9)).code, ErrorCode::None);
    QVERIFY(IndexFile::load(indexPath, clock).records == CrashWriter::indexState(9));
    QCOMPARE(Test::readBytes(leftover), halfWritten);
    QCOMPARE(Test::filesUnder(directory.path()), (QStringList{QStringLiteral("instances.json"), QStringLiteral("instances.json.aB3xYz")}));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
