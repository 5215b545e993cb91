// bench_store: how Partner Desk's store behaves at N instances (default 100,000): import,
// opening the list, a search keystroke, an edit, a status change, the first secret read.
// Not a test (nothing fails on a number); it prints a table and, with --json FILE, writes
// the figures for scripts/bench.sh. Run it the way the tests run, with a real keychain:
//   dbus-run-session -- scripts/test-session.sh build/release/tests/bench/bench_store [rows] [--json FILE]
// It works in a throw-away profile and removes it (files and keychain item) at the end.

#include "model/InstanceListModel.h"
#include "store/CsvImport.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/PhoneNumbers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <algorithm>
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

// One measure: every sample, reported as median, min and max.
struct Measure
{
    QString name;
    QList<double> samples;
    QString note;

    double median() const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n == 0 ? 0 : (n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2);
    }
    double min() const { return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend()); }
    double max() const { return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend()); }
};

// Runs an asynchronous repository call to its end in an event loop of its own (QTest::qWaitFor
// would add its 10 ms polling to every figure); false when it failed.
template<typename Start>
bool waitFor(Start start, Error *error)
{
    QEventLoop loop;
    bool done = false;
    start([&](const Error &result) {
        *error = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return !*error;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList arguments = app.arguments().mid(1);
    QString jsonPath;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--json")); at >= 0 && at + 1 < arguments.size()) {
        jsonPath = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const int rowCount = arguments.isEmpty() ? 100000 : arguments.first().toInt();
    if (rowCount <= 0) {
        std::fprintf(stderr, "usage: bench_store [rows] [--json FILE]\n");
        return 2;
    }

    Profile profile;
    if (Profile::make(QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces), &profile)) {
        std::fprintf(stderr, "bad profile name\n");
        return 2;
    }
    const Clock &clock = Clock::system();
    QObject context;
    QList<Measure> measures;
    bool ok = true;
    auto fail = [&](const char *what, const Error &error) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.message()));
        ok = false;
    };
    QElapsedTimer timer;

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
    timer.start();
    const CsvImport::Result parsed = CsvImport::parseFile(csvPath, PhoneNumbers::defaultRegion());
    measures.append({QStringLiteral("csv_parse"), {msSince(timer)},
                     QStringLiteral("%1 rows, %2 KiB").arg(parsed.rows.size()).arg(csv.size() / 1024)});
    if (parsed.error || parsed.rows.size() != rowCount) {
        fail("CSV parse", parsed.error);
        return 1;
    }

    // 2. Import into a fresh profile: the keychain key made, every row sealed, one transaction.
    {
        Workspace workspace(profile, clock);
        Error error = workspace.open();
        if (error)
            fail("open", error);
        ImportSummary summary;
        timer.restart();
        const bool imported = waitFor([&](auto done) {
            workspace.repository()->importInstances(parsed.rows, &context, [&, done](const Error &e, const ImportSummary &s) {
                summary = s;
                done(e);
            });
        }, &error);
        measures.append({QStringLiteral("import"), {msSince(timer)},
                         QStringLiteral("%1 added (keychain key + %2 rows sealed, one transaction)").arg(summary.added).arg(rowCount)});
        if (!imported)
            fail("import", error);
    }
    const qint64 databaseKiB = QFileInfo(profile.databasePath()).size() / 1024;

    // 3. Opening the list: the database and the row ids in name order; no keychain.
    Workspace workspace(profile, clock);
    timer.restart();
    const Error openError = workspace.open();
    InstanceListModel model(workspace.repository());
    for (int row = 0; row < 40 && row < model.rowCount(); ++row)
        static_cast<void>(model.index(row, InstanceListModel::NameColumn).data()); // the first screenful
    const double openMs = msSince(timer);
    const bool vaultClosed = workspace.vault()->state() == CredentialVault::State::Closed;
    measures.append({QStringLiteral("open_list"), {openMs},
                     QStringLiteral("%1 rows; vault %2").arg(model.rowCount())
                         .arg(vaultClosed ? QStringLiteral("not opened") : QStringLiteral("OPENED (unexpected)"))});
    if (openError)
        fail("open", openError);
    if (!vaultClosed)
        ok = false;

    // 4. Search, one keystroke at a time, as an agent types (every prefix of each word list).
    Measure keystroke{QStringLiteral("search_keystroke"), {}, {}};
    int lastMatches = 0;
    for (const QString &typed : {QStringLiteral("padaria joao"), QStringLiteral("98765"), QStringLiteral("pao de mel"),
                                 QStringLiteral("farmacia central"), QStringLiteral("zzz")}) {
        for (int i = 1; i <= typed.size(); ++i) {
            timer.restart();
            model.setSearchText(typed.left(i));
            for (int row = 0; row < 40 && row < model.rowCount(); ++row)
                static_cast<void>(model.index(row, InstanceListModel::NameColumn).data());
            keystroke.samples.append(msSince(timer));
        }
        lastMatches = model.rowCount();
        model.setSearchText(QString());
    }
    keystroke.note = QStringLiteral("%1 keystrokes, name order, first screenful read").arg(keystroke.samples.size());
    Q_UNUSED(lastMatches)
    measures.append(keystroke);

    // 5. The first action that needs a secret: keychain read, key check, one row unsealed.
    const QList<InstanceRecord> sample = workspace.repository()->records(
        workspace.repository()->rowIds(ListQuery()).mid(rowCount / 2, 1));
    Error error;
    timer.restart();
    const bool read = waitFor([&](auto done) {
        workspace.repository()->instanceSecrets(sample.first().key, &context,
                                                [done](const Error &e, const InstanceSecrets &) { done(e); });
    }, &error);
    measures.append({QStringLiteral("first_secret_read"), {msSince(timer)}, QStringLiteral("keychain read + one row unsealed")});
    if (!read)
        fail("first secret read", error);

    // 6. Edits and status changes of one instance among all of them, each its own transaction.
    Measure edit{QStringLiteral("edit_instance"), {}, QStringLiteral("notes and new credentials sealed, one transaction")};
    Measure status{QStringLiteral("status_change"), {}, QStringLiteral("one row, one transaction")};
    QRandomGenerator random(42);
    InstanceRecord edited = sample.first();
    for (int i = 0; i < 31; ++i) {
        edited.notes = QStringLiteral("editada no benchmark %1").arg(i);
        const InstanceSecrets secrets{randomHex(random, 32), randomToken(random, 24)};
        timer.restart();
        if (!waitFor([&](auto done) { workspace.repository()->updateInstance(edited, secrets, &context, done); }, &error))
            fail("edit", error);
        edit.samples.append(msSince(timer));
        timer.restart();
        if (Error statusError = workspace.repository()->setStatus(edited.key, i % 2 ? ConnectionStatus::Connected
                                                                                     : ConnectionStatus::Disconnected))
            fail("status", statusError);
        status.samples.append(msSince(timer));
    }
    measures.append(edit);
    measures.append(status);

    // 7. What a check of every instance (Shift+F5, each round of the disconnection watch)
    //    reads on the UI thread before its first request: keys and statuses, next to the whole
    //    records it used to read.
    Measure keys{QStringLiteral("check_all_keys"), {}, QString()};
    Measure records{QStringLiteral("all_records"), {}, QStringLiteral("every whole record, for comparison")};
    for (int i = 0; i < 9; ++i) {
        timer.restart();
        const qsizetype listed = workspace.repository()->keysAndStatuses().size();
        keys.samples.append(msSince(timer));
        timer.restart();
        const qsizetype whole = workspace.repository()->allRecords().size();
        records.samples.append(msSince(timer));
        if (listed != rowCount || whole != rowCount)
            ok = false;
    }
    keys.note = QStringLiteral("%1 keys and statuses, what Check all and the watch read").arg(rowCount);
    measures.append(keys);
    measures.append(records);
    measures.append({QStringLiteral("peak_rss_mib"), {double(peakRssKiB()) / 1024.0},
                     QStringLiteral("whole run, database %1 MiB on disk").arg(double(databaseKiB) / 1024.0, 0, 'f', 1)});

    std::printf("\nPartner Desk store benchmark, %d instances (real keychain, %s build)\n\n", rowCount,
#ifdef QT_DEBUG
                "Debug"
#else
                "Release"
#endif
    );
    std::printf("| %-20s | %10s | %10s | %10s | %s\n", "measure", "median", "min", "max", "notes");
    std::printf("|%s|%s|%s|%s|%s\n", QByteArray(22, '-').constData(), QByteArray(12, '-').constData(),
                QByteArray(12, '-').constData(), QByteArray(12, '-').constData(), QByteArray(40, '-').constData());
    QJsonArray json;
    for (const Measure &measure : std::as_const(measures)) {
        std::printf("| %-20s | %10.2f | %10.2f | %10.2f | %s\n", qPrintable(measure.name), measure.median(), measure.min(),
                    measure.max(), qPrintable(measure.note));
        json.append(QJsonObject{{QStringLiteral("name"), measure.name},
                                {QStringLiteral("instances"), rowCount},
                                {QStringLiteral("unit"), measure.name.endsWith(QLatin1String("_mib")) ? QStringLiteral("MiB") : QStringLiteral("ms")},
                                {QStringLiteral("median"), measure.median()},
                                {QStringLiteral("min"), measure.min()},
                                {QStringLiteral("max"), measure.max()},
                                {QStringLiteral("samples"), int(measure.samples.size())},
                                {QStringLiteral("note"), measure.note}});
    }
    std::printf("\n");
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
            fail("writing the JSON", Error(ErrorCode::StoreWriteFailed, jsonPath));
    }

    // Leave nothing behind.
    QDir(profile.dataDirectory()).removeRecursively();
    QFile::remove(profile.settingsPath());
    deleteKeychainItem(profile.keychainKey());
    return ok ? 0 : 1;
}
