// A large import runs on a thread of its own: the caller's event loop keeps turning, progress
// is reported, and Cancel (or closing the profile) undoes all of it. Real database file, real
// keychain (scripts/test-session.sh).

#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "StoreTestSupport.h"

#include "Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 120000;

QList<ImportRow> manyRows(int count)
{
    QList<ImportRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        ImportRow row;
        row.line = i + 2;
        row.name = QStringLiteral("Cliente Importado %1").arg(i, 6, 10, QLatin1Char('0'));
        row.phone = QStringLiteral("55119%1").arg(i, 8, 10, QLatin1Char('0'));
        row.secrets = {QStringLiteral("BULK%1").arg(i, 28, 10, QLatin1Char('0')),
                       QStringLiteral("TOKEN%1").arg(i, 19, 10, QLatin1Char('0'))};
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestBackgroundImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importRunsBesideTheEventLoopAndReportsProgress();
    void cancelLeavesTheStoreAsItWas();
    void closingTheProfileCancelsIt();
    void oneImportAtATime();
    void legacyProfileMovesInBesideTheEventLoop();
    void cancelledMoveLeavesTheOldFilesAndTheDatabase();

private:
    void openWorkspace();
    // A Partner Desk 0.1 list of `count` instances in the profile's folder (no vault: the list
    // is what moves at start).
    void writeLegacyList(int count);
    // Three instances that are there before each import.
    void addExisting();
    Test::Catcher<Error, ImportSummary> *startImport(const QList<ImportRow> &rows);

    ManualClock m_clock;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
    QList<std::shared_ptr<Test::Catcher<Error, ImportSummary>>> m_imports;
};

void TestBackgroundImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackgroundImport::init()
{
    m_clock.setMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    openWorkspace();
    addExisting();
}

void TestBackgroundImport::cleanup()
{
    m_workspace.reset();
    m_imports.clear();
    Test::wipeProfile(m_profile);
}

void TestBackgroundImport::openWorkspace()
{
    m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
    QCOMPARE(m_workspace->open().code, ErrorCode::None);
}

void TestBackgroundImport::addExisting()
{
    Catcher<Error, ImportSummary> *imported = startImport(manyRows(3));
    QTRY_COMPARE_WITH_TIMEOUT(imported->calls(), 1, timeoutMs);
    QCOMPARE(imported->error().code, ErrorCode::None);
}

Test::Catcher<Error, ImportSummary> *TestBackgroundImport::startImport(const QList<ImportRow> &rows)
{
    auto catcher = std::make_shared<Catcher<Error, ImportSummary>>();
    m_imports.append(catcher);
    m_workspace->repository()->importInstances(rows, m_workspace.get(), catcher->callback());
    return catcher.get();
}

void TestBackgroundImport::importRunsBesideTheEventLoopAndReportsProgress()
{
    QSignalSpy progress(m_workspace->repository(), &InstanceRepository::progress);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);

    const QList<ImportRow> rows = manyRows(20000);
    Catcher<Error, ImportSummary> *imported = startImport(rows);
    // Until it commits, the list is what it was, and can be read meanwhile.
    QVERIFY(progress.wait(timeoutMs));
    QCOMPARE(m_workspace->repository()->count(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(imported->calls(), 1, timeoutMs);
    QCOMPARE(imported->error().code, ErrorCode::None);
    QCOMPARE(imported->get<1>().added, 20000 - 3);
    QCOMPARE(imported->get<1>().updated, 3);

    // The window's loop went on while the rows were written.
    QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
    // Progress from 0 to all of it, in steps, never backwards.
    QVERIFY(progress.size() > 10);
    int last = -1;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        QCOMPARE(report.at(1).toInt(), 20000);
        QVERIFY(report.at(0).toInt() >= last);
        last = report.at(0).toInt();
    }
    QCOMPARE(last, 20000);

    QCOMPARE(m_workspace->repository()->count(), 20000);
    QCOMPARE(Test::countOf(m_workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 20000);
    const QUuid key = m_workspace->repository()->recordNamed(QStringLiteral("Cliente Importado 012345"))->key;
    QCOMPARE(Test::secretsOf(m_workspace->repository(), key), rows.at(12345).secrets);
}

void TestBackgroundImport::cancelLeavesTheStoreAsItWas()
{
    const QList<InstanceRecord> before = m_workspace->repository()->allRecords();
    QList<ImportRow> rows = manyRows(20000);
    rows[1].name = QStringLiteral("Renomeado pelo import"); // an update that must not stay either

    QSignalSpy progress(m_workspace->repository(), &InstanceRepository::progress);
    connect(m_workspace->repository(), &InstanceRepository::progress, this, [this](int rowsDone) {
        if (rowsDone >= 5000)
            m_workspace->repository()->cancelBackgroundWork();
    });
    QSignalSpy changed(m_workspace->repository(), &InstanceRepository::changed);
    Catcher<Error, ImportSummary> *imported = startImport(rows);
    QTRY_COMPARE_WITH_TIMEOUT(imported->calls(), 1, timeoutMs);
    QCOMPARE(imported->error().code, ErrorCode::Cancelled);
    QVERIFY(!m_workspace->repository()->isWorkingInBackground());
    QCOMPARE(changed.size(), 0);

    QCOMPARE(m_workspace->repository()->allRecords(), before);
    QCOMPARE(Test::countOf(m_workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 3);
    QCOMPARE(Test::secretsOf(m_workspace->repository(), before.at(1).key), manyRows(3).at(1).secrets);
    // And the next import works.
    Catcher<Error, ImportSummary> *again = startImport(manyRows(10));
    QTRY_COMPARE_WITH_TIMEOUT(again->calls(), 1, timeoutMs);
    QCOMPARE(again->error().code, ErrorCode::None);
    QCOMPARE(m_workspace->repository()->count(), 10);
}

void TestBackgroundImport::closingTheProfileCancelsIt()
{
    const QList<InstanceRecord> before = m_workspace->repository()->allRecords();
    QSignalSpy progress(m_workspace->repository(), &InstanceRepository::progress);
    Catcher<Error, ImportSummary> *imported = startImport(manyRows(20000));
    QVERIFY(progress.wait(timeoutMs));
    m_workspace.reset(); // waits for the import's thread, which rolls back
    QCOMPARE(imported->calls(), 0);

    openWorkspace();
    QCOMPARE(m_workspace->repository()->allRecords(), before);
    QCOMPARE(Test::countOf(m_workspace->database(), QStringLiteral("SELECT count(*) FROM instance_credentials")), 3);
}

void TestBackgroundImport::oneImportAtATime()
{
    Catcher<Error, ImportSummary> *first = startImport(manyRows(20000));
    QSignalSpy progress(m_workspace->repository(), &InstanceRepository::progress);
    QVERIFY(progress.wait(timeoutMs));
    Catcher<Error, ImportSummary> *second = startImport(manyRows(5));
    QCOMPARE(second->calls(), 1);
    QCOMPARE(second->error().code, ErrorCode::StoreWriteFailed);
    QTRY_COMPARE_WITH_TIMEOUT(first->calls(), 1, timeoutMs);
    QCOMPARE(first->error().code, ErrorCode::None);
    QCOMPARE(m_workspace->repository()->count(), 20000);
}

void TestBackgroundImport::writeLegacyList(int count)
{
    QJsonArray instances;
    for (int i = 0; i < count; ++i) {
        instances.append(QJsonObject{{QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("name"), QStringLiteral("Cliente Antigo %1").arg(i, 5, 10, QLatin1Char('0'))},
                                     {QStringLiteral("idSuffix"), QStringLiteral("…%1").arg(i % 10000, 4, 10, QLatin1Char('0'))},
                                     {QStringLiteral("status"), QStringLiteral("unknown")}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("instances"), instances}};
    QVERIFY(Test::writeBytes(QDir(m_profile.dataDirectory()).filePath(QStringLiteral("instances.json")),
                             QJsonDocument(root).toJson(QJsonDocument::Compact)));
}

void TestBackgroundImport::legacyProfileMovesInBesideTheEventLoop()
{
    m_workspace.reset();
    writeLegacyList(20000);
    const QByteArray legacy = Test::readBytes(QDir(m_profile.dataDirectory()).filePath(QStringLiteral("instances.json")));
    m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
    QCOMPARE(m_workspace->open(InstanceRepository::LegacyMove::Later).code, ErrorCode::None);
    InstanceRepository *repository = m_workspace->repository();
    QVERIFY(repository->hasLegacyProfileToMove());
    QCOMPARE(repository->count(), 3); // nothing moved yet

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    QSignalSpy progress(repository, &InstanceRepository::progress);
    QSignalSpy changed(repository, &InstanceRepository::changed);
    Catcher<Error> moved;
    repository->moveLegacyProfile(m_workspace.get(), moved.callback());
    QTRY_COMPARE_WITH_TIMEOUT(moved.calls(), 1, timeoutMs);
    QCOMPARE(moved.error().code, ErrorCode::None);
    QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
    QVERIFY(progress.size() > 5);
    QCOMPARE(progress.last().at(0).toInt(), 20000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository->count(), 20003);
    QVERIFY(!repository->hasLegacyProfileToMove());
    // The old list is kept aside, byte for byte.
    const QStringList aside = QDir(m_profile.dataDirectory()).entryList({QStringLiteral("instances.json.migrated-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(Test::readBytes(QDir(m_profile.dataDirectory()).filePath(aside.first())), legacy);
}

void TestBackgroundImport::cancelledMoveLeavesTheOldFilesAndTheDatabase()
{
    m_workspace.reset();
    writeLegacyList(20000);
    const QString legacyPath = QDir(m_profile.dataDirectory()).filePath(QStringLiteral("instances.json"));
    const QByteArray legacy = Test::readBytes(legacyPath);
    m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
    QCOMPARE(m_workspace->open(InstanceRepository::LegacyMove::Later).code, ErrorCode::None);
    InstanceRepository *repository = m_workspace->repository();
    const QList<InstanceRecord> before = repository->allRecords();
    connect(repository, &InstanceRepository::progress, this, [repository](int rowsDone) {
        if (rowsDone >= 5000)
            repository->cancelBackgroundWork();
    });
    Catcher<Error> moved;
    repository->moveLegacyProfile(m_workspace.get(), moved.callback());
    QTRY_COMPARE_WITH_TIMEOUT(moved.calls(), 1, timeoutMs);
    QCOMPARE(moved.error().code, ErrorCode::Cancelled);
    QCOMPARE(repository->allRecords(), before);
    QCOMPARE(Test::readBytes(legacyPath), legacy);
    QVERIFY(repository->hasLegacyProfileToMove());

    // The next start moves it.
    m_workspace.reset();
    openWorkspace();
    QCOMPARE(m_workspace->repository()->count(), 20003);
    QVERIFY(!QFileInfo::exists(legacyPath));
}

QTEST_GUILESS_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
