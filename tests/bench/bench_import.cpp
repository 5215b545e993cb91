// bench_import: how Partner Desk's store behaves at 10,000 instances. Not a test (nothing
// fails); it prints a table. Run it the way the tests run, with a real keychain:
//   dbus-run-session -- scripts/test-session.sh build/<dir>/tests/bench/bench_import [rows]
// It works in a throw-away profile and removes it (files and keychain item) at the end.

#include "model/InstanceListModel.h"
#include "store/CsvImport.h"
#include "store/Workspace.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace PartnerDesk;

namespace {

constexpr int timeoutMs = 120000;

QString randomHex(QRandomGenerator &random, int length)
{
    static const char digits[] = "0123456789ABCDEF";
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = QLatin1Char(digits[random.bounded(16)]);
    return result;
}

QString randomToken(QRandomGenerator &random, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = QLatin1Char(alphabet[random.bounded(36)]);
    return result;
}

// Realistic rows: Brazilian small businesses, mobile numbers, 32-hex IDs, 24-char tokens,
// a few notes with separators, quotes and accents.
QByteArray generateCsv(int rows)
{
    const QStringList kinds{QStringLiteral("Padaria"), QStringLiteral("Oficina"), QStringLiteral("Mercadinho"),
                            QStringLiteral("Farmácia"), QStringLiteral("Açaí"), QStringLiteral("Pet Shop"),
                            QStringLiteral("Salão"), QStringLiteral("Clínica"), QStringLiteral("Loja"),
                            QStringLiteral("Restaurante"), QStringLiteral("Auto Peças"), QStringLiteral("Pizzaria")};
    const QStringList owners{QStringLiteral("São João"), QStringLiteral("do Zé"), QStringLiteral("Pão de Mel"),
                             QStringLiteral("Dona Márcia"), QStringLiteral("Bom Preço"), QStringLiteral("da Praia"),
                             QStringLiteral("Estrela"), QStringLiteral("Boa Vista"), QStringLiteral("Central"),
                             QStringLiteral("do Bairro"), QStringLiteral("Irmãos Silva"), QStringLiteral("Nova Era")};
    const QStringList areas{QStringLiteral("11"), QStringLiteral("21"), QStringLiteral("31"), QStringLiteral("41"),
                            QStringLiteral("51"), QStringLiteral("61"), QStringLiteral("71"), QStringLiteral("81")};
    QRandomGenerator random(20261121);
    QString csv = QStringLiteral("name;phone;instance_id;instance_token;notes\r\n");
    csv.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(kinds.at(random.bounded(int(kinds.size()))),
                                      owners.at(random.bounded(int(owners.size()))))
                                 .arg(i + 1, 5, 10, QLatin1Char('0'));
        const QString phone = QStringLiteral("+55 (%1) 9%2-%3")
                                  .arg(areas.at(random.bounded(int(areas.size()))))
                                  .arg(random.bounded(1000, 10000))
                                  .arg(random.bounded(0, 10000), 4, 10, QLatin1Char('0'));
        QString notes;
        if (i % 7 == 0)
            notes = QStringLiteral("\"Falar com \"\"gerente\"\"; abre às 8h\"");
        else if (i % 11 == 0)
            notes = QStringLiteral("plano mensal");
        csv += name + u';' + phone + u';' + randomHex(random, 32) + u';' + randomToken(random, 24) + u';' + notes
            + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Row
{
    QString what;
    double ms;
    QString note;
};

void deleteKeychainItem(const QString &key)
{
    QKeychain::DeletePasswordJob job(Profile::keychainService());
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (finished.isEmpty())
        finished.wait(timeoutMs);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rowCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    if (rowCount <= 0) {
        std::fprintf(stderr, "usage: bench_import [rows]\n");
        return 2;
    }

    Profile profile;
    if (Profile::make(QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces), &profile)) {
        std::fprintf(stderr, "bad profile name\n");
        return 2;
    }
    const Clock &clock = Clock::system();
    QObject context;
    QList<Row> table;
    bool ok = true;
    auto fail = [&](const char *what, const Error &error) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.message()));
        ok = false;
    };

    // 1. CSV generation and parsing.
    QTemporaryDir scratch;
    const QString csvPath = scratch.filePath(QStringLiteral("instances.csv"));
    const QByteArray csv = generateCsv(rowCount);
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const CsvImport::Result parsed = CsvImport::parseFile(csvPath);
    table.append({QStringLiteral("CSV parse (parseFile)"), msSince(timer),
                  QStringLiteral("%1 rows, %2 skipped, %3 KiB").arg(parsed.rows.size()).arg(parsed.skipped.size()).arg(csv.size() / 1024)});
    if (parsed.error || parsed.rows.size() != rowCount) {
        fail("CSV parse", parsed.error);
        return 1;
    }

    // 2. Import into a fresh profile: keychain key created, vault and index written.
    {
        Workspace workspace(profile, clock);
        workspace.repository()->load();
        bool done = false;
        Error importError;
        ImportSummary summary;
        timer.restart();
        workspace.repository()->importInstances(parsed.rows, &context, [&](const Error &error, const ImportSummary &s) {
            importError = error;
            summary = s;
            done = true;
        });
        static_cast<void>(QTest::qWaitFor([&] { return done; }, timeoutMs)); // the flag says whether it finished
        table.append({QStringLiteral("importInstances (keychain + vault + index)"), msSince(timer),
                      QStringLiteral("%1 added, %2 updated, %3 skipped").arg(summary.added).arg(summary.updated).arg(summary.skipped.size())});
        if (!done || importError)
            fail("import", importError);
        table.append({QStringLiteral("  files written"), 0,
                      QStringLiteral("index %1 KiB, vault %2 KiB")
                          .arg(QFileInfo(profile.indexPath()).size() / 1024)
                          .arg(QFileInfo(profile.vaultPath()).size() / 1024)});
    }

    // 3. Start-up: load the index of 10,000 instances; the vault must stay closed.
    Workspace workspace(profile, clock);
    timer.restart();
    const Error loadError = workspace.repository()->load();
    const double loadMs = msSince(timer);
    const bool vaultClosed = workspace.vault()->state() == CredentialVault::State::Closed;
    table.append({QStringLiteral("repository load()"), loadMs,
                  QStringLiteral("%1 instances; vault %2").arg(workspace.repository()->records().size())
                      .arg(vaultClosed ? QStringLiteral("not opened (Closed)") : QStringLiteral("OPENED (unexpected)"))});
    if (loadError)
        fail("load", loadError);
    if (!vaultClosed)
        ok = false;

    // 4. The list and one keystroke in the search box.
    timer.restart();
    InstanceListModel model(workspace.repository());
    InstanceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(InstanceListModel::NameColumn);
    table.append({QStringLiteral("model + proxy, sorted by name"), msSince(timer),
                  QStringLiteral("%1 rows shown").arg(filter.rowCount())});
    const QString typed = QStringLiteral("padaria joao");
    double worstKeystroke = 0;
    double totalKeystrokes = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        timer.restart();
        filter.setSearchText(typed.left(i));
        const double ms = msSince(timer);
        worstKeystroke = qMax(worstKeystroke, ms);
        totalKeystrokes += ms;
    }
    table.append({QStringLiteral("filter, one keystroke (mean)"), totalKeystrokes / typed.size(),
                  QStringLiteral("typing \"%1\": worst %2 ms, %3 rows match")
                      .arg(typed).arg(worstKeystroke, 0, 'f', 2).arg(filter.rowCount())});
    timer.restart();
    filter.setSearchText(QStringLiteral("98765"));
    table.append({QStringLiteral("filter, phone digits"), msSince(timer), QStringLiteral("%1 rows match").arg(filter.rowCount())});
    filter.setSearchText(QString());

    // 5. One edit with new credentials at 10,000 instances: open the vault (keychain read +
    // decrypt), then the update (vault sealed and written, index written).
    bool opened = false;
    Error openError;
    timer.restart();
    workspace.vault()->open(&context, [&](const Error &error) {
        openError = error;
        opened = true;
    });
    static_cast<void>(QTest::qWaitFor([&] { return opened; }, timeoutMs)); // the flag says whether it finished
    table.append({QStringLiteral("vault open (keychain read + decrypt)"), msSince(timer),
                  QStringLiteral("%1 secrets").arg(workspace.vault()->isOpen() ? workspace.vault()->contents().instances.size() : 0)});
    if (!opened || openError)
        fail("vault open", openError);

    InstanceRecord edited = workspace.repository()->records().at(rowCount / 2);
    edited.notes = QStringLiteral("editada no benchmark");
    QRandomGenerator random(42);
    const InstanceSecrets secrets{randomHex(random, 32), randomToken(random, 24)};
    bool updated = false;
    Error updateError;
    timer.restart();
    workspace.repository()->updateInstance(edited, secrets, &context, [&](const Error &error) {
        updateError = error;
        updated = true;
    });
    static_cast<void>(QTest::qWaitFor([&] { return updated; }, timeoutMs)); // the flag says whether it finished
    table.append({QStringLiteral("updateInstance with new secrets"), msSince(timer), QStringLiteral("vault + index rewritten")});
    if (!updated || updateError)
        fail("update", updateError);

    timer.restart();
    const Error vaultError = workspace.vault()->update([](VaultContents &c) { c.clientToken = QStringLiteral("BenchClientToken"); });
    table.append({QStringLiteral("vault update() alone (one field)"), msSince(timer), QStringLiteral("seal + write")});
    if (vaultError)
        fail("vault update", vaultError);

    table.append({QStringLiteral("peak RSS (VmHWM)"), 0, QStringLiteral("%1 MiB").arg(double(peakRssKiB()) / 1024.0, 0, 'f', 1)});

    std::printf("\nPartner Desk store benchmark, %d instances (real keychain, Debug build: %s)\n\n", rowCount,
#ifdef QT_DEBUG
                "yes"
#else
                "no"
#endif
    );
    std::printf("| %-44s | %10s | %s\n", "measure", "ms", "notes");
    std::printf("|%s|%s|%s\n", QByteArray(46, '-').constData(), QByteArray(12, '-').constData(), QByteArray(40, '-').constData());
    for (const Row &row : std::as_const(table)) {
        const QByteArray ms = row.ms > 0 ? QByteArray::number(row.ms, 'f', 2) : QByteArray("");
        std::printf("| %-44s | %10s | %s\n", qPrintable(row.what), ms.constData(), qPrintable(row.note));
    }
    std::printf("\n");

    // Leave nothing behind.
    const QString dataDirectory = profile.dataDirectory();
    QDir(dataDirectory).removeRecursively();
    QFile::remove(profile.settingsPath());
    deleteKeychainItem(profile.keychainKey());
    return ok ? 0 : 1;
}
