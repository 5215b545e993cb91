// InstanceListModel and InstanceFilterModel over a repository, checked by
// QAbstractItemModelTester while the repository changes. The repository is an in-memory
// workspace (demo mode: the vault key lives in this process), so no keychain is involved.

#include "CoreTestSupport.h"
#include "ManualClock.h"

#include "model/InstanceListModel.h"
#include "store/InstanceRepository.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
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
    void keyAndSearchRoles();
    void filtering_data();
    void filtering();
    void filterFollowsEditsAndRemovals();
    void sortingByEachColumn_data();
    void sortingByEachColumn();

private:
    QUuid add(const QString &name, const QString &phone, const QString &notes, const QString &id);
    void addSampleInstances();
    QStringList proxyNames() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<InstanceListModel> m_model;
    std::unique_ptr<InstanceFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
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
    m_model = std::make_unique<InstanceListModel>(m_workspace->repository());
    m_proxy = std::make_unique<InstanceFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInstanceListModel::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
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

QStringList TestInstanceListModel::proxyNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names.append(m_proxy->index(row, InstanceListModel::NameColumn).data().toString());
    return names;
}

void TestInstanceListModel::modelTesterWhileAddingRemovingAndImporting()
{
    QSignalSpy rowsInserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy rowsRemoved(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);

    m_proxy->setSearchText(QStringLiteral("a")); // a live filter while rows come and go
    m_proxy->sort(InstanceListModel::NameColumn);
    addSampleInstances();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(rowsInserted.size(), 4);
    QCOMPARE(rowsInserted.at(3).at(1).toInt(), 3);
    QCOMPARE(rowsInserted.at(3).at(2).toInt(), 3);
    QCOMPARE(proxyNames(), (QStringList{QStringLiteral("Açaí da Praia"), QStringLiteral("Mercadinho"),
                                        QStringLiteral("Oficina do Zé"), QStringLiteral("Padaria Pão de Mel")}));

    QCOMPARE(m_workspace->repository()->setStatus(m_oficina, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), m_model->index(1, 0));
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), m_model->index(1, InstanceListModel::ColumnCount - 1));

    QCOMPARE(m_workspace->repository()->removeInstance(m_acai).code, ErrorCode::None);
    QCOMPARE(rowsRemoved.size(), 1);
    QCOMPARE(rowsRemoved.at(0).at(1).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("Mercadinho"));

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
    QCOMPARE(modelReset.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(proxyNames(), (QStringList{QStringLiteral("Mercadinho"), QStringLiteral("Oficina do Zé"),
                                        QStringLiteral("Padaria Pão de Mel e Café"), QStringLiteral("Sorveteria Gelato")}));

    m_proxy->setSearchText(QStringLiteral("gelato"));
    QCOMPARE(proxyNames(), QStringList{QStringLiteral("Sorveteria Gelato")});
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);

    // A reload resets everything (an in-memory repository has no index to read).
    QCOMPARE(m_workspace->repository()->load().code, ErrorCode::None);
    QCOMPARE(modelReset.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    add(QStringLiteral("Depois do reset"), QString(), QString(), QStringLiteral("AFTERRESET"));
    QCOMPARE(proxyNames(), QStringList{QStringLiteral("Depois do reset")});
}

void TestInstanceListModel::displayTextOfEachColumn()
{
    addSampleInstances();
    InstanceRepository *repository = m_workspace->repository();
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setStatus(m_oficina, ConnectionStatus::Disconnected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_padaria, localTime(2026, 11, 21, 22, 15)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_oficina, localTime(2027, 1, 2, 3, 4)).code, ErrorCode::None);

    const auto text = [&](int row, int column) { return m_model->index(row, column).data(Qt::DisplayRole).toString(); };
    QCOMPARE(text(0, InstanceListModel::NameColumn), QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(text(0, InstanceListModel::PhoneColumn), QStringLiteral("+55 (11) 98765-4321"));
    QCOMPARE(text(0, InstanceListModel::StatusColumn), QStringLiteral("Connected"));
    QCOMPARE(text(0, InstanceListModel::LastCodeColumn), QStringLiteral("21/11/2026 22:15"));
    QCOMPARE(text(1, InstanceListModel::StatusColumn), QStringLiteral("Not connected"));
    QCOMPARE(text(1, InstanceListModel::LastCodeColumn), QStringLiteral("02/01/2027 03:04"));
    QCOMPARE(text(2, InstanceListModel::NameColumn), QStringLiteral("Açaí da Praia"));
    QCOMPARE(text(2, InstanceListModel::PhoneColumn), QString());
    QCOMPARE(text(2, InstanceListModel::StatusColumn), QStringLiteral("Not checked yet"));
    QCOMPARE(text(2, InstanceListModel::LastCodeColumn), QString());

    // Out of range and the proxy show the same.
    QVERIFY(!m_model->index(4, 0).data().isValid());
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    m_proxy->sort(InstanceListModel::NameColumn);
    QCOMPARE(m_proxy->index(3, InstanceListModel::LastCodeColumn).data().toString(), QStringLiteral("21/11/2026 22:15"));
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
    QCOMPARE(m_proxy->headerData(InstanceListModel::PhoneColumn, Qt::Horizontal).toString(), QStringLiteral("Customer phone"));
}

void TestInstanceListModel::toolTips()
{
    addSampleInstances();
    m_clock->setNow(localTime(2026, 11, 21, 9, 30));
    QCOMPARE(m_workspace->repository()->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    const auto tip = [&](int row, int column) { return m_model->index(row, column).data(Qt::ToolTipRole).toString(); };
    QCOMPARE(tip(0, InstanceListModel::NameColumn), QStringLiteral("Instance ID ends in …001A\nDona Márcia"));
    QCOMPARE(tip(3, InstanceListModel::NameColumn), QStringLiteral("Instance ID ends in …004D"));
    QCOMPARE(tip(0, InstanceListModel::StatusColumn), QStringLiteral("Checked 21/11/2026 09:30"));
    QVERIFY(!m_model->index(1, InstanceListModel::StatusColumn).data(Qt::ToolTipRole).isValid());
    QVERIFY(!m_model->index(0, InstanceListModel::PhoneColumn).data(Qt::ToolTipRole).isValid());
}

void TestInstanceListModel::keyAndSearchRoles()
{
    addSampleInstances();
    QCOMPARE(m_model->index(0, 0).data(InstanceListModel::KeyRole).toUuid(), m_padaria);
    QCOMPARE(m_model->index(3, 2).data(InstanceListModel::KeyRole).toUuid(), m_mercadinho);
    QCOMPARE(m_model->index(0, 0).data(InstanceListModel::SearchTextRole).toString(),
             QStringLiteral("padaria pao de mel\n+55 (11) 98765-4321\n5511987654321\ndona marcia"));
    QCOMPARE(InstanceListModel::foldForSearch(QStringLiteral("Açaí ÇÃO Über")), QStringLiteral("acai cao uber"));
}

void TestInstanceListModel::filtering_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString padaria = QStringLiteral("Padaria Pão de Mel");
    const QString oficina = QStringLiteral("Oficina do Zé");
    const QString acai = QStringLiteral("Açaí da Praia");
    const QString mercadinho = QStringLiteral("Mercadinho");
    QTest::newRow("nothing typed") << QString() << QStringList{padaria, oficina, acai, mercadinho};
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList{padaria, oficina, acai, mercadinho};
    QTest::newRow("name, accent-insensitive") << QStringLiteral("pao") << QStringList{padaria, acai};
    QTest::newRow("name, accented upper case") << QStringLiteral("PÃO DE MEL") << QStringList{padaria};
    QTest::newRow("name start") << QStringLiteral("merc") << QStringList{mercadinho};
    QTest::newRow("cedilla folded") << QStringLiteral("acai") << QStringList{acai};
    QTest::newRow("phone as written") << QStringLiteral("98765-4321") << QStringList{padaria};
    QTest::newRow("phone digits only") << QStringLiteral("987654321") << QStringList{padaria};
    QTest::newRow("phone with area code") << QStringLiteral("(21) 3333") << QStringList{oficina};
    QTest::newRow("digits in two phones") << QStringLiteral("5511") << QStringList{padaria, mercadinho};
    QTest::newRow("notes") << QStringLiteral("marcia") << QStringList{padaria};
    QTest::newRow("notes accent-insensitive") << QStringLiteral("oleo") << QStringList{oficina};
    QTest::newRow("two words, same field") << QStringLiteral("padaria mel") << QStringList{padaria};
    QTest::newRow("two words, any order") << QStringLiteral("mel  padaria") << QStringList{padaria};
    QTest::newRow("two words, name and phone") << QStringLiteral("oficina 4444") << QStringList{oficina};
    QTest::newRow("two words, name and notes") << QStringLiteral("padaria márcia") << QStringList{padaria};
    QTest::newRow("two words, two instances") << QStringLiteral("padaria oficina") << QStringList{};
    QTest::newRow("surrounding spaces") << QStringLiteral("  zé ") << QStringList{oficina};
    QTest::newRow("no match") << QStringLiteral("xyz") << QStringList{};
}

void TestInstanceListModel::filtering()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    addSampleInstances();
    m_proxy->setSearchText(search);
    QCOMPARE(m_proxy->searchText(), search);
    QCOMPARE(proxyNames(), expected);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestInstanceListModel::filterFollowsEditsAndRemovals()
{
    addSampleInstances();
    m_proxy->setSearchText(QStringLiteral("sorvete"));
    QCOMPARE(m_proxy->rowCount(), 0);
    InstanceRecord edited = m_workspace->repository()->records().at(1);
    edited.notes = QStringLiteral("também vende sorvete");
    Catcher<Error> updated;
    QObject context;
    m_workspace->repository()->updateInstance(edited, std::nullopt, &context, updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, timeoutMs);
    QCOMPARE(updated.error().code, ErrorCode::None);
    QCOMPARE(proxyNames(), QStringList{QStringLiteral("Oficina do Zé")});
    QCOMPARE(m_workspace->repository()->removeInstance(m_oficina).code, ErrorCode::None);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QStringLiteral("mel"));
    QCOMPARE(proxyNames(), QStringList{QStringLiteral("Padaria Pão de Mel")});
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
    // Digits only: "" < 2133334444 < 5511912345678 < 5511987654321.
    QTest::newRow("phone") << int(InstanceListModel::PhoneColumn) << QStringList{acai, oficina, mercadinho, padaria};
    // Not checked yet < Connected < Not connected.
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
    m_clock->advance(1000);
    QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_padaria, localTime(2026, 11, 21, 22, 15)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_acai, localTime(2026, 1, 1, 0, 0)).code, ErrorCode::None);
    QCOMPARE(repository->setLastCodeAt(m_mercadinho, localTime(2026, 12, 1, 8, 0)).code, ErrorCode::None);
    // Mercadinho and Padaria are both Connected: put them in that order in the source.
    if (column == InstanceListModel::StatusColumn) {
        QCOMPARE(repository->removeInstance(m_padaria).code, ErrorCode::None);
        m_padaria = add(QStringLiteral("Padaria Pão de Mel"), QStringLiteral("+55 (11) 98765-4321"),
                        QStringLiteral("Dona Márcia"), QStringLiteral("PADARIA00000000000000000000001A"));
        QCOMPARE(repository->setStatus(m_padaria, ConnectionStatus::Connected).code, ErrorCode::None);
    }

    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(proxyNames(), ascending);
    m_proxy->sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    if (column == InstanceListModel::StatusColumn) // equal keys keep their source order
        descending = QStringList{ascending.at(3), ascending.at(1), ascending.at(2), ascending.at(0)};
    QCOMPARE(proxyNames(), descending);

    // Sorted and filtered at once.
    m_proxy->setSearchText(QStringLiteral("a"));
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(proxyNames(), ascending);
}

QTEST_GUILESS_MAIN(TestInstanceListModel)
#include "tst_instancelistmodel.moc"
