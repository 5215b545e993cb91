// A crash at any moment of a change never leaves a damaged database, half a change, or
// credentials without their instance (or an instance without its credentials). A real
// writer process (partnerdesk-store-writer crash: the real InstanceRepository on the real
// database, one transaction a change: adds with credentials, edits, status changes, removes
// and imports of a few hundred rows) makes numbered changes in a tight loop; the test kills it
// with SIGKILL hundreds of times and after every kill opens the database as the app would at
// its next start. The states the steps lead to come from StoreWriterSteps.h, shared with the
// writer. The writer seals with a fixed key (see FixedVaultKeyStore for why not the keychain).

#include "CoreTestSupport.h"
#include "StoreWriterSteps.h"

#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "util/Settings.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace PartnerDesk;
using namespace PartnerDesk::StoreWriter;

namespace {

constexpr int kills = 500;
// Kills must land between a "started" and its "committed" line (inside a change) for the
// test to prove anything; where a kill lands is up to timing, so a slow build (sanitizers, a
// loaded machine) goes on past 500 kills until this many did, up to maximumKills.
constexpr int wantedKillsInsideAChange = 150;
constexpr int maximumKills = 5000;
constexpr int timeoutMs = 30000;
constexpr int secretsSampled = 3;

QString describe(const State &state)
{
    return QStringLiteral("%1 instances").arg(state.size());
}

// The first difference between two states' list entries, or an empty string.
QString difference(const State &expected, const State &found)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto other = found.constFind(it.key());
        if (other == found.cend())
            return QStringLiteral("identity %1 (%2) is missing").arg(it.key()).arg(it->name);
        if (!it->sameListEntry(*other)) {
            return QStringLiteral("identity %1 is \"%2\" %3 \"%4\" status %5 at %6, not \"%7\" %8 \"%9\" status %10 at %11")
                .arg(it.key())
                .arg(other->name, other->phone, other->notes)
                .arg(int(other->status))
                .arg(other->statusCheckedAt)
                .arg(it->name, it->phone, it->notes)
                .arg(int(it->status))
                .arg(it->statusCheckedAt);
        }
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!expected.contains(it.key()))
            return QStringLiteral("identity %1 (%2) should not be there").arg(it.key()).arg(it->name);
    }
    return {};
}

int countOf(const Database &database, const QString &sql)
{
    QSqlQuery statement = database.query(sql);
    return statement.exec() && statement.next() ? statement.value(0).toInt() : -1;
}

// The writer's progress as its lines tell it.
struct Progress
{
    int started = 0;
    int committed = 0;
    int lines = 0;
    QByteArrayList unexpected;

    void read(QProcess &writer)
    {
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            bool ok = false;
            const int n = words.value(1).toInt(&ok);
            const bool isStarted = words.value(0) == "started";
            const bool isCommitted = words.value(0) == "committed";
            // Strictly in order: started n, committed n, started n + 1, ...
            if (words.size() != 2 || !ok || (isStarted && (n != committed + 1 || started != committed))
                || (isCommitted && (n != started || committed != started - 1)) || (!isStarted && !isCommitted)) {
                unexpected.append(line);
                continue;
            }
            (isStarted ? started : committed) = n;
            ++lines;
        }
    }
};

// The database as the app would find it at its next start.
class Opened
{
public:
    explicit Opened(const QString &path)
        : m_clock()
        , m_settings(path + QStringLiteral(".settings.ini")) // never written: the defaults
    {
        m_openError = m_database.open(path, m_clock);
        m_vault = std::make_unique<CredentialVault>(&m_database, std::make_unique<FixedVaultKeyStore>(), QString(), m_clock);
        m_repository = std::make_unique<InstanceRepository>(&m_database, m_vault.get(), m_settings, QString(), m_clock);
        if (!m_openError)
            m_openError = m_repository->load();
    }
    ~Opened()
    {
        m_repository.reset();
        m_vault.reset();
    }

    Error openError() const { return m_openError; }
    const Database &database() const { return m_database; }
    InstanceRepository &repository() { return *m_repository; }

    // The list entries by identity (no tokens); an empty string or what is wrong.
    QString read(State *state, QMap<int, QUuid> *keys)
    {
        for (const InstanceRecord &record : m_repository->allRecords()) {
            const int identity = identityOf(record);
            if (identity < 0 || state->contains(identity))
                return QStringLiteral("a row the writer never made: \"%1\" %2").arg(record.name, record.idSuffix);
            Instance instance;
            instance.name = record.name;
            instance.phone = record.phone;
            instance.notes = record.notes;
            instance.status = record.status;
            instance.statusCheckedAt = record.statusCheckedAt.isValid() ? record.statusCheckedAt.toMSecsSinceEpoch() : 0;
            state->insert(identity, instance);
            keys->insert(identity, record.key);
        }
        return {};
    }

private:
    StepClock m_clock;
    Settings m_settings;
    Database m_database;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<InstanceRepository> m_repository;
    Error m_openError;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesTheLastCommittedState();
    void restartedWriterContinuesFromTheStateOnDisk();

private:
    // After a kill (or a clean end): the database opens as it is, holds one of `candidates`
    // (steps, with their states), every instance has its credentials and no credentials are
    // left without an instance, and a sample of secrets reads back. *found: which step.
    void checkDatabase(const QString &path, const QList<std::pair<int, State>> &candidates, const QList<int> &sample,
                       int *found);
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_STORE_WRITER)).isExecutable(), PARTNERDESK_STORE_WRITER);
}

void TestCrashSafety::checkDatabase(const QString &path, const QList<std::pair<int, State>> &candidates,
                                    const QList<int> &sample, int *found)
{
    *found = -1;
    Opened opened(path);
    // Never StoreUnreadable: nothing may be found damaged and kept aside.
    QVERIFY2(!opened.openError(), qPrintable(opened.openError().message()));
    const QStringList files = Test::filesUnder(QFileInfo(path).absolutePath());
    const QString name = QFileInfo(path).fileName();
    for (const QString &file : files) {
        QVERIFY2(file == name || file == name + QStringLiteral("-wal") || file == name + QStringLiteral("-shm"),
                 qPrintable(QStringLiteral("left beside the database: %1").arg(file)));
    }

    State onDisk;
    QMap<int, QUuid> keys;
    const QString unreadable = opened.read(&onDisk, &keys);
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable));
    QStringList differences;
    const State *expected = nullptr;
    for (const auto &[step, state] : candidates) {
        const QString why = difference(state, onDisk);
        if (why.isEmpty()) {
            *found = step;
            expected = &state;
            break;
        }
        differences.append(QStringLiteral("not step %1 (%2): %3").arg(step).arg(describe(state), why));
    }
    QVERIFY2(expected, qPrintable(QStringLiteral("the database holds %1: %2").arg(describe(onDisk), differences.join(QStringLiteral("; ")))));

    // One transaction a change: an instance and its sealed credentials come and go together.
    const Database &database = opened.database();
    QCOMPARE(countOf(database, QStringLiteral("SELECT count(*) FROM instance_credentials")), int(onDisk.size()));
    QCOMPARE(countOf(database, QStringLiteral("SELECT count(*) FROM instances i"
                                              " LEFT JOIN instance_credentials c ON c.instance = i.id WHERE c.instance IS NULL")),
             0);
    QCOMPARE(countOf(database, QStringLiteral("SELECT count(*) FROM instance_credentials c"
                                              " LEFT JOIN instances i ON i.id = c.instance WHERE i.id IS NULL")),
             0);

    for (const int identity : sample) {
        if (!expected->contains(identity))
            continue;
        Test::Catcher<Error, InstanceSecrets> secrets;
        opened.repository().instanceSecrets(keys.value(identity), this, secrets.callback());
        QTRY_COMPARE(secrets.calls(), 1);
        QVERIFY2(!secrets.error(), qPrintable(secrets.error().message()));
        QCOMPARE(secrets.get<1>().instanceId, instanceIdFor(identity));
        QCOMPARE(secrets.get<1>().instanceToken, expected->value(identity).token);
    }
}

void TestCrashSafety::killedWriterLeavesTheLastCommittedState()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    // The first writer creates the database: a kill may land while it is made.
    const QString path = directory.filePath(QStringLiteral("partnerdesk.db"));

    // The same kill points every run; where in a change each lands is up to timing.
    QRandomGenerator random(20261121);
    int onDisk = 0;
    State state; // at step onDisk
    int killedInsideAChange = 0;
    int killedInsideAnImport = 0;
    int killedAfterAnUnreportedCommit = 0;
    int stepsCommitted = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    int kill = 0;
    for (; kill < kills || (killedInsideAChange < wantedKillsInsideAChange && kill < maximumKills); ++kill) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(PARTNERDESK_STORE_WRITER), {QStringLiteral("crash"), path, QString::number(onDisk)});
        QVERIFY(writer.waitForStarted(timeoutMs));

        // 0: while it starts, before its first change; else after that many lines, that is
        // just after a "started" (in a change) or a "committed" (between two).
        const int linesBeforeKill = int(random.bounded(0, 9));
        Progress progress{onDisk, onDisk, 0, {}};
        while (progress.lines < linesBeforeKill) {
            QVERIFY2(writer.canReadLine() || writer.waitForReadyRead(timeoutMs),
                     qPrintable(QStringLiteral("kill %1: the writer stopped (exit code %2)").arg(kill).arg(writer.exitCode())));
            progress.read(writer);
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(timeoutMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        progress.read(writer);
        QVERIFY2(progress.unexpected.isEmpty(), progress.unexpected.join('\n').constData());

        // Complete states only: the last committed step's, or the next one's when it was
        // started and committed but the kill came before it could say so.
        for (int n = onDisk + 1; n <= progress.committed; ++n)
            apply(stepFor(n, state.keys()), &state);
        QList<std::pair<int, State>> candidates{{progress.committed, state}};
        std::optional<Step> unfinished;
        QList<int> sample;
        if (progress.started > progress.committed) {
            unfinished = stepFor(progress.started, state.keys());
            State next = state;
            apply(*unfinished, &next);
            candidates.append({progress.started, next});
            if (unfinished->identity >= 0)
                sample.append(unfinished->identity); // the change the kill interrupted
            else
                sample.append(unfinished->identities.first());
        }
        const QList<int> present = candidates.last().second.keys();
        while (sample.size() < secretsSampled && !present.isEmpty())
            sample.append(present.at(int(random.bounded(qsizetype(0), present.size()))));

        int found = -1;
        checkDatabase(path, candidates, sample, &found);
        if (QTest::currentTestFailed()) {
            qWarning("kill %d, after %d lines: started %d, committed %d%s", kill, progress.lines, progress.started,
                     progress.committed, unfinished ? qPrintable(QStringLiteral(", interrupted %1").arg(QLatin1String(kindName(unfinished->kind)))) : "");
            return;
        }
        if (unfinished) {
            ++killedInsideAChange;
            if (unfinished->kind == Step::Import)
                ++killedInsideAnImport;
            if (found == progress.started)
                ++killedAfterAnUnreportedCommit;
        }
        if (found != progress.committed)
            state = candidates.last().second;
        stepsCommitted += found - onDisk;
        onDisk = found;
    }
    qInfo("%d kills in %lld ms: %d steps committed, %d kills inside a change (%d inside an import), "
          "%d of them after a commit not reported yet; last step %d, %d instances",
          kill, elapsed.elapsed(), stepsCommitted, killedInsideAChange, killedInsideAnImport,
          killedAfterAnUnreportedCommit, onDisk, int(state.size()));
    QVERIFY(killedInsideAChange >= wantedKillsInsideAChange);
    QVERIFY2(stepsCommitted > kills, "the writer hardly got anything done between kills");

    // After all that, a writer left to finish carries on from the state on disk.
    const int until = onDisk + 40;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(PARTNERDESK_STORE_WRITER),
                 {QStringLiteral("crash"), path, QString::number(onDisk), QString::number(until)});
    QVERIFY(writer.waitForFinished(timeoutMs));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    for (int n = onDisk + 1; n <= until; ++n)
        apply(stepFor(n, state.keys()), &state);
    int found = -1;
    checkDatabase(path, {{until, state}}, state.keys().mid(0, 20), &found);
}

// Without kills: a writer that ends, and another started on what it left, make exactly the
// steps the test predicts, whichever of the six kinds they are.
void TestCrashSafety::restartedWriterContinuesFromTheStateOnDisk()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("partnerdesk.db"));
    State state;
    QSet<int> kinds;
    int from = 0;
    for (const int until : {70, 150}) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(PARTNERDESK_STORE_WRITER),
                     {QStringLiteral("crash"), path, QString::number(from), QString::number(until)});
        QVERIFY(writer.waitForFinished(timeoutMs));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        Progress progress{from, from, 0, {}};
        progress.read(writer);
        QVERIFY2(progress.unexpected.isEmpty(), progress.unexpected.join('\n').constData());
        QCOMPARE(progress.committed, until);
        for (int n = from + 1; n <= until; ++n) {
            const Step step = stepFor(n, state.keys());
            kinds.insert(step.kind);
            apply(step, &state);
        }
        int found = -1;
        checkDatabase(path, {{until, state}}, state.keys(), &found);
        if (QTest::currentTestFailed())
            return;
        from = until;
    }
    QCOMPARE(kinds.size(), 6);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
