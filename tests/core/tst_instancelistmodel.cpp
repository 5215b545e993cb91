// InstanceListModel over a repository, checked by QAbstractItemModelTester while the
// repository changes: the database sorts and searches, the model holds row ids and reads the
// rows asked for. The repository is an in-memory workspace (demo mode: the vault key lives in
// this process), so no keychain is involved.

#include "CoreTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "model/InstanceListModel.h"
#include "store/InstanceRepository.h"
#include "util/Folding.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;
using Test::Catcher;

namespace {

constexpr int timeoutMs = 10000;

QDateTime localTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

class TestInstanceListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTesterWhileAddingRemovingAndImporting();
    void displayTextOfEachColumn();
    void headers();
    void toolTips();
    void keyRoleAndRowOf();
    void folding();
    void filtering_data();
    void filtering();
    void filterFollowsEditsAndRemovals();
    void statusFilterCombinesWithTheSearch();
    void sortingByEachColumn_data();
    void sortingByEachColumn();
    void selectionFollowsItsRowThroughSortAndRename();
    void cellChangesThatMoveNoRowAreDataChanged();
    void statusesCheckedTogetherAreOneChange();
    void accountSyncShowsInTheList();
    void manyRowsAreReadInBlocks();
    void startReadsTheFirstScreenfulThenTheRest();
    void changeBeforeTheRestIsReadStartsTheViewsOver();
    void restIsReadInPiecesFromTheEventLoop();

private:
    QUuid add(const QString &name, const QString &phone, const QString &notes, const QString &id);
    void addSampleInstances();
    QStringList names() const;
    void search(const QString &text) { m_model->setSearchText(text); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<InstanceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_padaria;
    QUuid m_oficina;
    QUuid m_acai;
    QUuid m_mercadinho;
};

void TestInstanceListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Brazilian agents: dates as 21/11/2026 22:15, and collation of accented names.
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
}

void TestInstanceListModel::init()
{
    m_clock = std::make_unique<ManualClock>(localTime(2026, 11, 21, 22, 15));
    m_workspace = Workspace::inMemory(Test::makeProfile(Test::uniqueProfileName()), *m_clock);
    QCOMPARE(m_workspace->open().code, ErrorCode::None);
    m_model = std::make_unique<InstanceListModel>(m_workspace->repository());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInstanceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace.reset();
}

QUuid TestInstanceListModel::add(const QString &name, const QString &phone, const QString &notes, const QString &id)
{
    InstanceRecord record;
    record.name = name;
    record.phone = phone;
    record.notes = notes;
    Catcher<Error, QUuid> added;
    QObject context;
    m_workspace->repository()->addInstance(record, {id, QStringLiteral("TOKEN0123456789ABCDEFGHI")}, &context,
                                           added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs) || added.error())
        qWarning("addInstance failed: %s", qPrintable(added.error().message()));
    return added.get<1>();
}

void TestInstanceListModel::addSampleInstances()
{
    m_padaria = add(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("+55 (11) 98765-4321"),
                    QStringLiteral("Dona Márcia"), QStringLiteral("PADARIA00000000000000000000001A"));
    m_oficina = add(QStringLiteral("Oficina do Zé"), QStringLiteral("(21) 3333-4444"), QStringLiteral("troca de óleo"),
                    QStringLiteral("OFICINA00000000000000000000002B"));
    m_acai = add(QStringLiteral("Açaí da Praia"), QString(), QStringLiteral("pao de queijo também"),
                 QStringLiteral("ACAI0000000000000000000000003C"));
    m_mercadinho = add(QStringLiteral("Mercadinho"), QStringLiteral("+55 11 91234-5678"), QString(),
                       QStringLiteral("MERCADINHO000000000000000004D"));
}

QStringList TestInstanceListModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result.append(m_model->index(row, InstanceListModel::NameColumn).data().toString());
    return result;
}

void TestInstanceListModel::modelTesterWhileAddingRemovingAndImporting()
{
    QSignalSpy rowsInserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy rowsRemoved(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);

    search(QStringLiteral("a")); // a live search while rows come and go
    addSampleInstances();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->totalCount(), 4);
    // Each add is one inserted row, where the name sorts.
    QCOMPARE(rowsInserted.size(), 4);
    QCOMPARE(rowsInserted.at(3).at(1).toInt(), 1); // Mercadinho after Açaí
    QCOMPARE(modelReset.size(), 0);
    QCOMPARE(names(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Mercadinho"),
                                   QStringLiteral("Oficina do Zé"), QStringLiteral("Padaria Pão de Mel")}));

    // Sorted by name, a status change moves no row: only that row's cells change.
    QCOMPARE(m_workspace->repository()->setStatus(m_oficina, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), m_model->index(2, 0));
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), m_model->index(2, InstanceListModel::ColumnCount - 1));
    QCOMPARE(m_model->index(2, InstanceListModel::StatusColumn).data().toString(), QStringLiteral("Connected"));

    QCOMPARE(m_workspace->repository()->removeInstance(m_acai).code, ErrorCode::None);
    QCOMPARE(rowsRemoved.size(), 1);
    QCOMPARE(rowsRemoved.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Mercadinho"));

    ImportRow updated;
    updated.line = 2;
    updated.name = QStringLiteral("Padaria Pão de Mel e Café");
    updated.secrets = {QStringLiteral("PADARIA00000000000000000000001A"), QStringLiteral("NEWTOKEN")};
    ImportRow fresh;
    fresh.line = 3;
    fresh.name = QStringLiteral("Sorveteria Gelato");
    fresh.phone = QStringLiteral("11 90000-0000");
    fresh.secrets = {QStringLiteral("SORVETERIA0000000000000000005E"), QStringLiteral("TOKEN5")};
    Catcher<Error, ImportSummary> imported;
    QObject context;
    m_workspace->repository()->importInstances({updated, fresh}, &context, imported.callback());
    QTRY_COMPARE_WITH_TIMEOUT(imported.calls(), 1, timeoutMs);
    QCOMPARE(imported.error().code, ErrorCode::None);
    QCOMPARE(imported.get<1>().added, 1);
    QCOMPARE(imported.get<1>().updated, 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(names(), (QStringList{QStringLiteral("Mercadinho"), QStringLiteral("Oficina do Zé"),
                                   QStringLiteral("Padaria Pão de Mel e Café"), QStringLiteral("Sorveteria Gelato")}));

    search(QStringLiteral("gelato"));
    QCOMPARE(names(), QStringList{QStringLiteral("Sorveteria Gelato")});
    QCOMPARE(m_model->totalCount(), 4);
    search(QString());
    QCOMPARE(m_model->rowCount(), 4);
}

void TestInstanceListModel::displayTextOfEachColumn()
{
    addSampleInstances();
    InstanceRepository *repository = m_workspace->repository();
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_oficina, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_padaria, localTime(2026, 11, 21, 22, 15)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_oficina, localTime(2027, 1, 2, 3, 4)).code, ErrorCode::None);

    const auto text = [&](const QUuid &key, int column) {
        return m_model->index(m_model->rowOf(key), column).data(Qt::DisplayRole).toString();
    };
    QCOMPARE(text(m_padaria, InstanceListModel::NameColumn), QStringLiteral("Padaria Pão de Mel"));
    // Every phone in one international format, whichever way it was typed.
    QCOMPARE(text(m_padaria, InstanceListModel::PhoneColumn), QStringLiteral("+55 11 98765-4321"));
    QCOMPARE(text(m_oficina, InstanceListModel::PhoneColumn), QStringLiteral("+55 21 3333-4444"));
    QCOMPARE(text(m_padaria, InstanceListModel::StatusColumn), QStringLiteral("Connected"));
    QCOMPARE(text(m_padaria, InstanceListModel::LastCodeColumn), QStringLiteral("21/11/2026 22:15"));
    QCOMPARE(text(m_oficina, InstanceListModel::StatusColumn), QStringLiteral("Not connected"));
    QCOMPARE(text(m_oficina, InstanceListModel::LastCodeColumn), QStringLiteral("02/01/2027 03:04"));
    QCOMPARE(text(m_acai, InstanceListModel::NameColumn), QStringLiteral("Açaí da Praia"));
    QCOMPARE(text(m_acai, InstanceListModel::PhoneColumn), QString());
    QCOMPARE(text(m_acai, InstanceListModel::StatusColumn), QStringLiteral("Not checked yet"));
    QCOMPARE(text(m_acai, InstanceListModel::LastCodeColumn), QString());

    QVERIFY(!m_model->index(4, 0).data().isValid());
    QVERIFY(!m_model->data(QModelIndex()).isValid());
}

void TestInstanceListModel::headers()
{
    const auto header = [&](int section) { return m_model->headerData(section, Qt::Horizontal).toString(); };
    QCOMPARE(header(InstanceListModel::NameColumn), QStringLiteral("Name"));
    QCOMPARE(header(InstanceListModel::PhoneColumn), QStringLiteral("Customer phone"));
    QCOMPARE(header(InstanceListModel::StatusColumn), QStringLiteral("Last known status"));
    QCOMPARE(header(InstanceListModel::LastCodeColumn), QStringLiteral("Last code generated"));
    QVERIFY(!m_model->headerData(InstanceListModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    QVERIFY(!m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestInstanceListModel::toolTips()
{
    addSampleInstances();
    m_clock->setNow(localTime(2026, 11, 21, 9, 30));
    QCOMPARE(m_workspace->repository()->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    const auto tip = [&](const QUuid &key, int column) {
        return m_model->index(m_model->rowOf(key), column).data(Qt::ToolTipRole);
    };
    QCOMPARE(tip(m_padaria, InstanceListModel::NameColumn).toString(), QStringLiteral("Instance ID ends in …001A\nDona Márcia"));
    QCOMPARE(tip(m_mercadinho, InstanceListModel::NameColumn).toString(), QStringLiteral("Instance ID ends in …004D"));
    QCOMPARE(tip(m_padaria, InstanceListModel::StatusColumn).toString(), QStringLiteral("Checked 21/11/2026 09:30"));
    QVERIFY(!tip(m_oficina, InstanceListModel::StatusColumn).isValid());
    QVERIFY(!tip(m_padaria, InstanceListModel::PhoneColumn).isValid());
}

void TestInstanceListModel::keyRoleAndRowOf()
{
    addSampleInstances();
    // By name, accents and case folded: Açaí, Mercadinho, Oficina, Padaria.
    QCOMPARE(m_model->index(0, 0).data(InstanceListModel::KeyRole).toUuid(), m_acai);
    QCOMPARE(m_model->index(3, 2).data(InstanceListModel::KeyRole).toUuid(), m_padaria);
    QCOMPARE(m_model->rowOf(m_oficina), 2);
    QCOMPARE(m_model->rowOf(QUuid::createUuid()), -1);
    search(QStringLiteral("padaria"));
    QCOMPARE(m_model->rowOf(m_padaria), 0);
    QCOMPARE(m_model->rowOf(m_oficina), -1); // exists, but not shown
}

void TestInstanceListModel::folding()
{
    QCOMPARE(foldForSearch(QStringLiteral("Açaí ÇÃO Über")), QStringLiteral("acai cao uber"));
    // "Ótica" sorts with "otica", between "Oficina" and "Padaria".
    addSampleInstances();
    add(QStringLiteral("Ótica Visão"), QString(), QString(), QStringLiteral("OTICA000000000000000000000000A1"));
    add(QStringLiteral("otica barata"), QString(), QString(), QStringLiteral("OTICA000000000000000000000000B2"));
    QCOMPARE(names(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Mercadinho"),
                                   QStringLiteral("Oficina do Zé"), QStringLiteral("otica barata"),
                                   QStringLiteral("Ótica Visão"), QStringLiteral("Padaria Pão de Mel")}));
}

void TestInstanceListModel::filtering_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    const QString oficina = QStringLiteral("Oficina do Zé");
    const QString acai = QStringLiteral("Açaí da Praia");
    const QString mercadinho = QStringLiteral("Mercadinho");
    QTest::newRow("nothing typed") << QString() << QStringList{acai, mercadinho, oficina, padaria};
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList{acai, mercadinho, oficina, padaria};
    QTest::newRow("name, accent-insensitive") << QStringLiteral("pao") << QStringList{acai, padaria};
    QTest::newRow("name, accented upper case") << QStringLiteral("PÃO DE MEL") << QStringList{padaria};
    QTest::newRow("name start") << QStringLiteral("merc") << QStringList{mercadinho};
    QTest::newRow("cedilla folded") << QStringLiteral("acai") << QStringList{acai};
    QTest::newRow("phone as written") << QStringLiteral("98765-4321") << QStringList{padaria};
    QTest::newRow("phone digits only") << QStringLiteral("987654321") << QStringList{padaria};
    QTest::newRow("phone with area code") << QStringLiteral("(21) 3333") << QStringList{oficina};
    QTest::newRow("phone as shown") << QStringLiteral("+55 21 3333-4444") << QStringList{oficina};
    QTest::newRow("phone as typed elsewhere") << QStringLiteral("(11) 91234-5678") << QStringList{mercadinho};
    QTest::newRow("digits in two phones") << QStringLiteral("5511") << QStringList{mercadinho, padaria};
    QTest::newRow("notes") << QStringLiteral("marcia") << QStringList{padaria};
    QTest::newRow("notes accent-insensitive") << QStringLiteral("oleo") << QStringList{oficina};
    QTest::newRow("instance-ID ending") << QStringLiteral("002b") << QStringList{oficina};
    QTest::newRow("instance-ID ending as shown") << QStringLiteral("…004D") << QStringList{mercadinho};
    QTest::newRow("two words, same field") << QStringLiteral("padaria mel") << QStringList{padaria};
    QTest::newRow("two words, any order") << QStringLiteral("mel  padaria") << QStringList{padaria};
    QTest::newRow("two words, name and phone") << QStringLiteral("oficina 4444") << QStringList{oficina};
    QTest::newRow("two words, name and notes") << QStringLiteral("padaria márcia") << QStringList{padaria};
    QTest::newRow("two words, two instances") << QStringLiteral("padaria oficina") << QStringList{};
    QTest::newRow("surrounding spaces") << QStringLiteral("  zé ") << QStringList{oficina};
    QTest::newRow("SQL wildcards are plain text") << QStringLiteral("%") << QStringList{};
    QTest::newRow("quote") << QStringLiteral("d'") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("xyz") << QStringList{};
}

void TestInstanceListModel::filtering()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    addSampleInstances();
    m_model->setSearchText(search);
    QCOMPARE(m_model->searchText(), search);
    QCOMPARE(names(), expected);
    QCOMPARE(m_model->totalCount(), 4);
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 4);
}

void TestInstanceListModel::filterFollowsEditsAndRemovals()
{
    addSampleInstances();
    search(QStringLiteral("sorvete"));
    QCOMPARE(m_model->rowCount(), 0);
    InstanceRecord edited = *m_workspace->repository()->record(m_oficina);
    edited.notes = QStringLiteral("também vende sorvete");
    Catcher<Error> updated;
    QObject context;
    m_workspace->repository()->updateInstance(edited, std::nullopt, &context, updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
    QCOMPARE(updated.error().code, ErrorCode::None);
    QCOMPARE(names(), QStringList{QStringLiteral("Oficina do Zé")});
    QCOMPARE(m_workspace->repository()->removeInstance(m_oficina).code, ErrorCode::None);
    QCOMPARE(m_model->rowCount(), 0);
    search(QStringLiteral("mel"));
    QCOMPARE(names(), QStringList{QStringLiteral("Padaria Pão de Mel")});
}

// The Show filter: each status on its own, with a search on top, and a row that changes
// status leaves or joins the filtered list at once.
void TestInstanceListModel::statusFilterCombinesWithTheSearch()
{
    addSampleInstances();
    InstanceRepository *repository = m_workspace->repository();
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_oficina, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_mercadinho, ConnectionStatus::Connected).code, ErrorCode::None);
    QVERIFY(!m_model->isFiltered());

    m_model->setStatusFilter(ConnectionStatus::Connected);
    QVERIFY(m_model->isFiltered());
    QCOMPARE(names(), (QStringList{QStringLiteral("Mercadinho"), QStringLiteral("Padaria Pão de Mel")}));
    m_model->setStatusFilter(ConnectionStatus::Disconnected);
    QCOMPARE(names(), QStringList{QStringLiteral("Oficina do Zé")});
    m_model->setStatusFilter(ConnectionStatus::Unknown);
    QCOMPARE(names(), QStringList{QStringLiteral("Açaí da Praia")});

    m_model->setStatusFilter(ConnectionStatus::Connected);
    search(QStringLiteral("mel"));
    QCOMPARE(names(), QStringList{QStringLiteral("Padaria Pão de Mel")});
    search(QStringLiteral("oficina"));
    QCOMPARE(names(), QStringList{});
    QCOMPARE(m_model->totalCount(), 4);

    // The customer disconnects: gone from "Connected", there under "Not connected".
    search(QString());
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(names(), QStringList{QStringLiteral("Mercadinho")});
    m_model->setStatusFilter(ConnectionStatus::Disconnected);
    QCOMPARE(names(), (QStringList{QStringLiteral("Oficina do Zé"), QStringLiteral("Padaria Pão de Mel")}));

    m_model->setStatusFilter(std::nullopt);
    QVERIFY(!m_model->isFiltered());
    QCOMPARE(m_model->rowCount(), 4);
}

void TestInstanceListModel::sortingByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    const QString oficina = QStringLiteral("Oficina do Zé");
    const QString acai = QStringLiteral("Açaí da Praia");
    const QString mercadinho = QStringLiteral("Mercadinho");
    QTest::newRow("name") << int(InstanceListModel::NameColumn) << QStringList{acai, mercadinho, oficina, padaria};
    // International digits: "" < 5511912345678 < 5511987654321 < 552133334444.
    QTest::newRow("phone") << int(InstanceListModel::PhoneColumn) << QStringList{acai, mercadinho, padaria, oficina};
    // Not checked yet < Connected < Not connected; by name within one status.
    QTest::newRow("status") << int(InstanceListModel::StatusColumn) << QStringList{acai, mercadinho, padaria, oficina};
    // Never < 2026-01-01 < 2026-11-21 < 2026-12-01.
    QTest::newRow("last code") << int(InstanceListModel::LastCodeColumn) << QStringList{oficina, acai, padaria, mercadinho};
}

void TestInstanceListModel::sortingByEachColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    addSampleInstances();
    InstanceRepository *repository = m_workspace->repository();
    QCOMPARE(repository->setStatus(m_oficina, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_mercadinho, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_padaria, localTime(2026, 11, 21, 22, 15)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_acai, localTime(2026, 1, 1, 0, 0)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_mercadinho, localTime(2026, 12, 1, 8, 0)).code, ErrorCode::None);

    m_model->sort(column, Qt::AscendingOrder);
    QCOMPARE(names(), ascending);
    m_model->sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(names(), descending);

    // Sorted and searched at once.
    search(QStringLiteral("a"));
    m_model->sort(column, Qt::AscendingOrder);
    QCOMPARE(names(), ascending);
}

void TestInstanceListModel::selectionFollowsItsRowThroughSortAndRename()
{
    addSampleInstances();
    QPersistentModelIndex held(m_model->index(m_model->rowOf(m_oficina), InstanceListModel::PhoneColumn));
    QSignalSpy layoutChanged(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy rowsMoved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->sort(InstanceListModel::PhoneColumn, Qt::DescendingOrder);
    QCOMPARE(layoutChanged.size(), 1);
    QCOMPARE(held.row(), m_model->rowOf(m_oficina));
    QCOMPARE(held.column(), int(InstanceListModel::PhoneColumn));
    QCOMPARE(held.data(InstanceListModel::KeyRole).toUuid(), m_oficina);

    m_model->sort(InstanceListModel::NameColumn, Qt::AscendingOrder);
    InstanceRecord renamed = *m_workspace->repository()->record(m_oficina);
    renamed.name = QStringLiteral("Zebra Oficina");
    Catcher<Error> updated;
    QObject context;
    m_workspace->repository()->updateInstance(renamed, std::nullopt, &context, updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
    // One row moved where its new name belongs: the others stay where they were.
    QCOMPARE(layoutChanged.size(), 2);
    QCOMPARE(rowsMoved.size(), 1);
    QCOMPARE(held.row(), 3); // moved to the end with its new name
    QCOMPARE(names(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Mercadinho"),
                                   QStringLiteral("Padaria Pão de Mel"), QStringLiteral("Zebra Oficina")}));
    QCOMPARE(held.data(InstanceListModel::KeyRole).toUuid(), m_oficina);
    QCOMPARE(modelReset.size(), 0);
    // And back to the top, with a search on: still one move.
    search(QStringLiteral("a"));
    renamed.name = QStringLiteral("Abacate Oficina");
    Catcher<Error> again;
    m_workspace->repository()->updateInstance(renamed, std::nullopt, &context, again.callback());
    QTRY_COMPARE_WITH_TIMEOUT(again.calls(), 1, timeoutMs);
    QCOMPARE(rowsMoved.size(), 2);
    QCOMPARE(held.row(), 0);
    // Out of the search by a rename: removed from what is shown.
    search(QStringLiteral("oficina"));
    QCOMPARE(m_model->rowOf(m_oficina), 0);
    QSignalSpy rowsRemoved(m_model.get(), &QAbstractItemModel::rowsRemoved);
    renamed.name = QStringLiteral("Zzz");
    Catcher<Error> out;
    m_workspace->repository()->updateInstance(renamed, std::nullopt, &context, out.callback());
    QTRY_COMPARE_WITH_TIMEOUT(out.calls(), 1, timeoutMs);
    QCOMPARE(rowsRemoved.size(), 1);
    QCOMPARE(m_model->rowOf(m_oficina), -1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 4);
}

void TestInstanceListModel::cellChangesThatMoveNoRowAreDataChanged()
{
    addSampleInstances();
    m_model->sort(InstanceListModel::StatusColumn, Qt::AscendingOrder);
    QSignalSpy layoutChanged(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    // Sorted by status, a last-code change moves nothing.
    QCOMPARE(m_workspace->repository()->setLastCodeAt(m_acai, localTime(2026, 1, 1, 0, 0)).code, ErrorCode::None);
    QCOMPARE(layoutChanged.size(), 0);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), m_model->rowOf(m_acai));
    // ...but a status change does.
    QCOMPARE(m_workspace->repository()->setStatus(m_acai, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(layoutChanged.size(), 1);
    QCOMPARE(m_model->rowOf(m_acai), 3);
}

// A status check of many instances (setStatuses) is one change: neighbouring rows are told
// as one range, and a filtered list follows it with one refresh.
void TestInstanceListModel::statusesCheckedTogetherAreOneChange()
{
    addSampleInstances(); // Açaí, Mercadinho, Oficina, Padaria
    InstanceRepository *repository = m_workspace->repository();
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layoutChanged(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(repository->setStatuses({{m_padaria, ConnectionStatus::Disconnected},
                                      {m_acai, ConnectionStatus::Connected},
                                      {m_mercadinho, ConnectionStatus::Connected}}).code,
             ErrorCode::None);
    QCOMPARE(layoutChanged.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(dataChanged.size(), 2);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(dataChanged.at(1).at(0).toModelIndex().row(), 3);
    QCOMPARE(dataChanged.at(1).at(1).toModelIndex().row(), 3);
    const auto statusText = [&](int row) { return m_model->index(row, InstanceListModel::StatusColumn).data().toString(); };
    QCOMPARE(statusText(0), QStringLiteral("Connected"));
    QCOMPARE(statusText(1), QStringLiteral("Connected"));
    QCOMPARE(statusText(2), QStringLiteral("Not checked yet"));
    QCOMPARE(statusText(3), QStringLiteral("Not connected"));

    m_model->setStatusFilter(ConnectionStatus::Connected);
    QCOMPARE(names(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Mercadinho")}));
    QCOMPARE(repository->setStatuses({{m_acai, ConnectionStatus::Disconnected},
                                      {m_oficina, ConnectionStatus::Connected},
                                      {m_padaria, ConnectionStatus::Connected}}).code,
             ErrorCode::None);
    QCOMPARE(names(), (QStringList{QStringLiteral("Mercadinho"), QStringLiteral("Oficina do Zé"),
                                   QStringLiteral("Padaria Pão de Mel")}));
}

// What a sync of the partner's account adds shows at once; what the agent prunes goes.
void TestInstanceListModel::accountSyncShowsInTheList()
{
    addSampleInstances();
    InstanceRepository *repository = m_workspace->repository();
    AccountInstance loja;
    loja.instanceId = QStringLiteral("LOJA000000000000000000000000AB12");
    loja.instanceToken = QStringLiteral("TOKEN0123456789ABCDEFGHJ");
    loja.name = QStringLiteral("Loja da Esquina");
    AccountInstance unnamed = loja;
    unnamed.instanceId = QStringLiteral("UNNAMED0000000000000000000000CD34");
    unnamed.name.clear();
    Catcher<Error, SyncSummary> applied;
    QObject context;
    repository->applyAccountPage({loja, unnamed}, &context, applied.callback());
    QTRY_COMPARE_WITH_TIMEOUT(applied.calls(), 1, timeoutMs);
    QCOMPARE(applied.error().code, ErrorCode::None);
    QCOMPARE(applied.get<1>().added, 2);
    QCOMPARE(names(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Instance …CD34"),
                                   QStringLiteral("Loja da Esquina"), QStringLiteral("Mercadinho"),
                                   QStringLiteral("Oficina do Zé"), QStringLiteral("Padaria Pão de Mel")}));
    QCOMPARE(m_model->totalCount(), 6);

    QList<InstanceRecord> missing;
    QCOMPARE(repository->markMissingFromAccount(applied.get<1>().seen, &missing).code, ErrorCode::None);
    QCOMPARE(missing.size(), 4);
    QList<QUuid> keys;
    for (const InstanceRecord &record : missing)
        keys.append(record.key);
    int removed = 0;
    QCOMPARE(repository->removeMarkedMissing(keys, &removed).code, ErrorCode::None);
    QCOMPARE(removed, 4);
    QCOMPARE(names(), (QStringList{QStringLiteral("Instance …CD34"), QStringLiteral("Loja da Esquina")}));
    QCOMPARE(m_model->totalCount(), 2);
}

void TestInstanceListModel::manyRowsAreReadInBlocks()
{
    // More rows than one block, imported at once; every row shows its own record, wherever
    // the view asks first.
    QList<ImportRow> rows;
    for (int i = 0; i < 1000; ++i) {
        ImportRow row;
        row.line = i + 2;
        row.name = QStringLiteral("Cliente %1").arg(i, 4, 10, QLatin1Char('0'));
        row.secrets = {QStringLiteral("ID%1").arg(i, 30, 10, QLatin1Char('0')), QStringLiteral("TOKEN%1").arg(i)};
        rows.append(row);
    }
    Catcher<Error, ImportSummary> imported;
    QObject context;
    QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);
    m_workspace->repository()->importInstances(rows, &context, imported.callback());
    QTRY_COMPARE_WITH_TIMEOUT(imported.calls(), 1, timeoutMs);
    QCOMPARE(imported.get<1>().added, 1000);
    QCOMPARE(modelReset.size(), 1);
    QCOMPARE(m_model->rowCount(), 1000);
    for (int row : {999, 0, 500, 127, 128, 255, 640, 998}) {
        QCOMPARE(m_model->index(row, InstanceListModel::NameColumn).data().toString(),
                 QStringLiteral("Cliente %1").arg(row, 4, 10, QLatin1Char('0')));
    }
    m_model->sort(InstanceListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Cliente 0999"));
    search(QStringLiteral("cliente 099")); // 0099 and 0990 to 0999
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(m_model->totalCount(), 1000);
}

// 1,000 rows in the store before the model exists, as when the window opens.
static void importNumbered(InstanceRepository *repository, int count)
{
    QList<ImportRow> rows;
    for (int i = 0; i < count; ++i) {
        ImportRow row;
        row.line = i + 2;
        row.name = QStringLiteral("Cliente %1").arg(i, count > 10000 ? 5 : 4, 10, QLatin1Char('0'));
        row.secrets = {QStringLiteral("ID%1").arg(i, 30, 10, QLatin1Char('0')), QStringLiteral("TOKEN%1").arg(i)};
        rows.append(row);
    }
    Catcher<Error, ImportSummary> imported;
    QObject context;
    repository->importInstances(rows, &context, imported.callback());
    QTRY_COMPARE_WITH_TIMEOUT(imported.calls(), 1, timeoutMs);
    QCOMPARE(imported.error().code, ErrorCode::None);
}

void TestInstanceListModel::startReadsTheFirstScreenfulThenTheRest()
{
    importNumbered(m_workspace->repository(), 1000);
    InstanceListModel model(m_workspace->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Every row is there at once (the scroll bar is right), whether or not its id was read.
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Cliente 0003"));
    // A view looking further down reads the rest there and then.
    QCOMPARE(model.index(998, 0).data().toString(), QStringLiteral("Cliente 0998"));
    // Otherwise when asked (the window asks once it has drawn the first screenful), telling
    // the views nothing: nothing changed.
    InstanceListModel later(m_workspace->repository());
    QSignalSpy laterReset(&later, &QAbstractItemModel::modelReset);
    QSignalSpy laterLayout(&later, &QAbstractItemModel::layoutChanged);
    later.readRemainingRows();
    QCOMPARE(later.rowCount(), 1000);
    QCOMPARE(later.index(999, 0).data().toString(), QStringLiteral("Cliente 0999"));
    QCOMPARE(later.rowOf(m_workspace->repository()->recordNamed(QStringLiteral("Cliente 0500"))->key), 500);
    QCOMPARE(laterReset.size(), 0);
    QCOMPARE(laterLayout.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestInstanceListModel::changeBeforeTheRestIsReadStartsTheViewsOver()
{
    importNumbered(m_workspace->repository(), 1000);
    InstanceListModel model(m_workspace->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1000);
    // Added before the rest of the ids were read: the count read at the start is stale.
    add(QStringLiteral("Aaa Primeiro"), QString(), QString(), QStringLiteral("FIRST0000000000000000000000001"));
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aaa Primeiro"));
    QCOMPARE(model.index(1000, 0).data().toString(), QStringLiteral("Cliente 0999"));
}

// 25,000 rows: pieces read by the event loop, every row right; an add in the middle of it is
// still seen.
void TestInstanceListModel::restIsReadInPiecesFromTheEventLoop()
{
    importNumbered(m_workspace->repository(), 25000);
    InstanceListModel model(m_workspace->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.readRestInPieces();
    QCoreApplication::processEvents(); // the first piece
    add(QStringLiteral("Cliente 12345a"), QString(), QString(), QStringLiteral("MIDDLE000000000000000000000001"));
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 25001);
    QCOMPARE(model.index(12346, 0).data().toString(), QStringLiteral("Cliente 12345a"));
    QCOMPARE(model.index(25000, 0).data().toString(), QStringLiteral("Cliente 24999"));
    QCOMPARE(model.index(20000, 0).data().toString(), QStringLiteral("Cliente 19999"));
    QCOMPARE(layout.size(), 0);
    // A change before the whole list is read starts the views over (the window then puts its
    // selection back): the ids read so far no longer tell where the new row goes.
    QCOMPARE(reset.size(), 1);
}

QTEST_GUILESS_MAIN(TestInstanceListModel)
#include "tst_instancelistmodel.moc"
