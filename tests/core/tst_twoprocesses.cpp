// Two processes, one profile: the window and partnerdesk-cli, or two windows. Real processes
// (partnerdesk-store-writer and the real partnerdesk-cli, both on the real Workspace) on a
// profile under this test's own XDG directories, with the vault key in the session's real
// gnome-keyring:
// - two processes writing hundreds of changes at once both succeed and lose nothing (the
//   database's busy timeout makes one wait for the other instead of failing);
// - two processes using a new profile for the first time at once make ONE vault key, and
//   what each sealed opens with the key the keychain keeps;
// - a change made by another process shows in this process's list within a second, as the
//   smallest change (a row in, a row out, a cell), without the list starting over.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "StoreTestSupport.h"

#include "Workspace.h"
#include "model/InstanceListModel.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <tuple>

using namespace PartnerDesk;
using namespace std::chrono_literals;

namespace {

constexpr int writesEach = 300;
constexpr int firstUseRounds = 10;
// Each process takes well under a second; a minute means it hangs.
constexpr int processTimeoutMs = 60000;

// What partnerdesk-store-writer's "concurrent" mode gives writer TAG's i-th instance.
QString writerInstanceName(const QString &tag, int i)
{
    return QStringLiteral("Escritor %1 #%2").arg(tag).arg(i);
}

InstanceSecrets writerSecrets(const QString &tag, int i)
{
    return {QStringLiteral("3C%1%2").arg(tag.toUpper(), QStringLiteral("%1").arg(i, 28, 10, QLatin1Char('0'))),
            QStringLiteral("TOKEN%1X%2").arg(tag).arg(i)};
}

// It sets the status of its instance t (t < COUNT / 2) after its add 2t + 1.
ConnectionStatus writerStatus(int i, int count)
{
    if (i >= count / 2)
        return ConnectionStatus::Unknown;
    return i % 2 == 0 ? ConnectionStatus::Connected : ConnectionStatus::Disconnected;
}

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Waits for a started process while this thread's event loop runs (the list's timer too).
Finished finish(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(processTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-3, process.readAllStandardOutput(), "(timed out) " + process.readAllStandardError()};
        }
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString describe(const Finished &finished)
{
    return QStringLiteral("exit %1, stdout \"%2\", stderr \"%3\"")
        .arg(finished.exitCode)
        .arg(QString::fromUtf8(finished.out.trimmed()), QString::fromUtf8(finished.err.trimmed()));
}

// The CLI takes the instance ID and token from standard input, as a script gives them.
void startCli(QProcess &process, const Profile &profile, const QStringList &arguments, const QByteArray &input = {})
{
    process.start(QStringLiteral(PARTNERDESK_CLI), QStringList{QStringLiteral("--profile"), profile.name()} + arguments);
    process.write(input);
    process.closeWriteChannel();
}

void startWriter(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(PARTNERDESK_STORE_WRITER), arguments);
    process.closeWriteChannel();
}

// Whether one of the dataChanged signals caught covers the cells of `row`.
bool coversRow(const QSignalSpy &dataChanged, int row)
{
    for (const QList<QVariant> &signal : dataChanged) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        if (topLeft.row() <= row && row <= bottomRight.row() && topLeft.column() == 0
            && bottomRight.column() == InstanceListModel::ColumnCount - 1)
            return true;
    }
    return false;
}

} // namespace

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void twoWritersAtOnceLoseNothing();
    void firstUseByTwoProcessesMakesOneKey();
    void changeInAnotherProcessShowsInTheList();

private:
    Profile newProfile();
    // Every instance's secrets, as this process reads them with the key in the keychain.
    void checkSecrets(Workspace &workspace, const QHash<QString, InstanceSecrets> &expected);

    std::unique_ptr<QTemporaryDir> m_home; // this process's and the children's XDG directories
    QList<Profile> m_profiles;             // to wipe, keychain item included
};

void TestTwoProcesses::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The children's data directories are shared through XDG variables, which only Linux honours.");
#endif
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_CLI)).isExecutable(), PARTNERDESK_CLI);
    QVERIFY2(QFileInfo(QStringLiteral(PARTNERDESK_STORE_WRITER)).isExecutable(), PARTNERDESK_STORE_WRITER);
    // The names of the app and the CLI, and XDG directories the children inherit: this
    // process and its children open the same profile files (QStandardPaths' test mode
    // cannot reach a child process).
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    // Only their failure lines on standard error, in English.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
}

void TestTwoProcesses::cleanup()
{
    for (const Profile &profile : std::as_const(m_profiles))
        Test::wipeProfile(profile);
    m_profiles.clear();
}

Profile TestTwoProcesses::newProfile()
{
    const Profile profile = Test::makeProfile(Test::uniqueProfileName());
    m_profiles.append(profile);
    return profile;
}

void TestTwoProcesses::checkSecrets(Workspace &workspace, const QHash<QString, InstanceSecrets> &expected)
{
    InstanceRepository &repository = *workspace.repository();
    QCOMPARE(repository.count(), int(expected.size()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const std::optional<InstanceRecord> record = repository.recordNamed(it.key());
        QVERIFY2(record, qPrintable(it.key()));
        const auto [error, secrets] = Test::waitFor<Error, InstanceSecrets>([&](QObject *context, auto done) {
            repository.instanceSecrets(record->key, context, done);
        });
        QVERIFY2(!error, qPrintable(QStringLiteral("%1: %2").arg(it.key(), error.message())));
        QVERIFY2(secrets == it.value(), qPrintable(it.key()));
    }
}

// Each process makes its 300 adds and 150 status changes one transaction at a time while the
// other does the same: they take turns, and every change of both is there at the end.
void TestTwoProcesses::twoWritersAtOnceLoseNothing()
{
    const Profile profile = newProfile();
    // The key is made first: this is about the database; two first uses at once are the
    // next test's.
    Workspace workspace(profile, Clock::system());
    QVERIFY(!workspace.open());
    const auto [openError] = Test::waitFor<Error>([&](QObject *context, auto done) { workspace.vault()->open(context, done); });
    QVERIFY2(!openError, qPrintable(openError.message()));

    const QStringList tags{QStringLiteral("A"), QStringLiteral("B")};
    QProcess writers[2];
    for (int w = 0; w < 2; ++w) {
        writers[w].start(QStringLiteral(PARTNERDESK_STORE_WRITER),
                         {QStringLiteral("concurrent"), profile.name(), tags.at(w), QString::number(writesEach)});
    }
    // Both open the profile, then start writing together.
    for (QProcess &writer : writers) {
        while (!writer.canReadLine())
            QVERIFY2(writer.waitForReadyRead(processTimeoutMs), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
    }
    for (QProcess &writer : writers) {
        writer.write("go\n");
        writer.closeWriteChannel();
    }
    for (int w = 0; w < 2; ++w) {
        const Finished finished = finish(writers[w]);
        // A writer that gave up on a busy database fails here with its message.
        QVERIFY2(finished.exitCode == 0 && finished.out.trimmed() == "done",
                 qPrintable(QStringLiteral("writer %1: %2").arg(tags.at(w), describe(finished))));
    }

    QHash<QString, InstanceSecrets> expected;
    for (const QString &tag : tags) {
        for (int i = 0; i < writesEach; ++i) {
            const QString name = writerInstanceName(tag, i);
            expected.insert(name, writerSecrets(tag, i));
            const std::optional<InstanceRecord> record = workspace.repository()->recordNamed(name);
            QVERIFY2(record, qPrintable(name));
            QCOMPARE(record->status, writerStatus(i, writesEach));
        }
    }
    QCOMPARE(workspace.repository()->count(), 2 * writesEach);

    // How often they took turns, in the order the rows were made (one after the other
    // would be one switch). Not asserted: SQLite lets whoever asks first after a commit go
    // next, so a run of one writer is normal; that both started writing together is
    // ensured above, and a busy timeout of 0 fails this test at once.
    int switches = 0;
    QChar previous;
    QList<InstanceRecord> records = workspace.repository()->allRecords();
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.rowId < b.rowId; });
    for (const InstanceRecord &record : std::as_const(records)) {
        const QChar writer = record.name.at(QStringLiteral("Escritor ").size());
        switches += !previous.isNull() && writer != previous;
        previous = writer;
    }
    qInfo("the two writers took turns %d times", switches);
    checkSecrets(workspace, expected);
}

// A new profile, no key in the keychain, and two CLIs adding an instance at the same moment:
// both would make the key. The lock makes the second wait and take the first one's key;
// without it both write one, and one of them seals with a key the keychain no longer holds.
void TestTwoProcesses::firstUseByTwoProcessesMakesOneKey()
{
    for (int round = 0; round < firstUseRounds; ++round) {
        const Profile profile = newProfile();
        const Test::KeychainItem before = Test::readKeychainItem(profile.keychainKey());
        QVERIFY(before.finished);
        QCOMPARE(before.error, QKeychain::EntryNotFound);

        const QHash<QString, InstanceSecrets> added{
            {QStringLiteral("Padaria Aurora"), {QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F8%1").arg(round, 2, 10, QLatin1Char('0')),
                                                QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K%1").arg(round)}},
            {QStringLiteral("Oficina Beira-Mar"), {QStringLiteral("4D2B3C5E6F708192A3B4C5D6E7F809%1").arg(round, 2, 10, QLatin1Char('0')),
                                                   QStringLiteral("A9B8C7D6E5F4G3H2I1J0K9L%1").arg(round)}},
        };
        QProcess clis[2];
        int c = 0;
        for (auto it = added.cbegin(); it != added.cend(); ++it, ++c) {
            startCli(clis[c], profile, {QStringLiteral("add"), it.key()},
                     (it->instanceId + u'\n' + it->instanceToken + u'\n').toUtf8());
        }
        for (QProcess &cli : clis) {
            const Finished finished = finish(cli);
            QVERIFY2(finished.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(describe(finished))));
        }

        QString items;
        QCOMPARE(Test::secretToolItemCount(profile.keychainKey(), &items), 1);
        const Test::KeychainItem key = Test::readKeychainItem(profile.keychainKey());
        QCOMPARE(key.error, QKeychain::NoError);
        QCOMPARE(key.data.size(), qsizetype(32));

        // This process takes the key from the keychain, as the next start would.
        Workspace workspace(profile, Clock::system());
        QVERIFY(!workspace.open());
        checkSecrets(workspace, added);
        if (QTest::currentTestFailed()) {
            qWarning("round %d", round);
            return;
        }
    }
}

// The window watches for other processes' commits every 500 ms; what the CLI or another
// window changes is on screen within a second, as rows inserted, removed or changed.
void TestTwoProcesses::changeInAnotherProcessShowsInTheList()
{
    const Profile profile = newProfile();
    Workspace workspace(profile, Clock::system());
    QVERIFY(!workspace.open());
    InstanceRepository &repository = *workspace.repository();
    InstanceRecord first;
    first.name = QStringLiteral("Padaria Aurora");
    const auto [addError, firstKey] = Test::waitFor<Error, QUuid>([&](QObject *context, auto done) {
        repository.addInstance(first, {QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809"), QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2")},
                               context, done);
    });
    QVERIFY2(!addError, qPrintable(addError.message()));

    InstanceListModel model(&repository);
    repository.watchOtherProcesses(500ms);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    auto nameAt = [&](int row) { return model.data(model.index(row, InstanceListModel::NameColumn)).toString(); };

    // Added by the CLI: one row inserted, before "Padaria" by name.
    const QString added = QStringLiteral("Oficina Beira-Mar");
    {
        QProcess cli;
        startCli(cli, profile, {QStringLiteral("add"), added}, "4D2B3C5E6F708192A3B4C5D6E7F8091A\nA9B8C7D6E5F4G3H2I1J0K9L8\n");
        const Finished finished = finish(cli);
        QVERIFY2(finished.exitCode == 0, qPrintable(describe(finished)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 1000);
    QCOMPARE(nameAt(0), added);
    QCOMPARE(nameAt(1), first.name);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.size(), 0);

    // Renamed by another process: the cell shows the new name (the order stays), and the
    // views are told that row changed, so they paint it again.
    const QString renamed = QStringLiteral("Padaria Aurora do Centro");
    dataChanged.clear();
    {
        QProcess writer;
        startWriter(writer, {QStringLiteral("rename"), profile.name(), first.name, renamed});
        const Finished finished = finish(writer);
        QVERIFY2(finished.exitCode == 0, qPrintable(describe(finished)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(model.rowOf(firstKey)), renamed, 1000);
    QCOMPARE(model.rowOf(firstKey), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(coversRow(dataChanged, 1));

    // Its status set by another process: that row's cells are announced changed.
    dataChanged.clear();
    {
        QProcess writer;
        startWriter(writer, {QStringLiteral("set-status"), profile.name(), added, QStringLiteral("connected")});
        const Finished finished = finish(writer);
        QVERIFY2(finished.exitCode == 0, qPrintable(describe(finished)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(coversRow(dataChanged, 0), 1000);
    QCOMPARE(model.data(model.index(0, InstanceListModel::StatusColumn)).toString(),
             InstanceListModel::statusText(ConnectionStatus::Connected));
    QCOMPARE(nameAt(0), added);

    // Removed by the CLI: that one row goes.
    {
        QProcess cli;
        startCli(cli, profile, {QStringLiteral("remove"), added});
        const Finished finished = finish(cli);
        QVERIFY2(finished.exitCode == 0, qPrintable(describe(finished)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 1000);
    QCOMPARE(nameAt(0), renamed);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
