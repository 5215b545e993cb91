// bench_account: the partner-account features against a big account: AccountSync reading N
// instances (default 10,000) into an empty list, again with nothing changed, and again after
// 100 tokens changed; the same pages once more, fetching and applying timed apart (where a
// sync's time goes); StatusCheck over every instance, at most four requests at once (the
// sandbox's own count of the most at once is shown); and the peak RSS of the whole run.
// Not a test (nothing fails on a number: it exits 1 only when an instance's check failed or the
// sandbox saw more than four requests at once); it prints a table and, with --json FILE, writes
// the figures for scripts/bench.sh. Run it the way the tests run, with a real keychain:
//   dbus-run-session -- scripts/test-session.sh build/<dir>/tests/bench/bench_account [instances] [--json FILE]
// The Z-API side is the real sandbox process on loopback, so the numbers are Partner Desk's own
// cost (keychain, vault, sealing, the database, request building, parsing) plus a loopback
// round trip, not Z-API's. It works in a throw-away profile and removes it (files and keychain
// item) at the end. No token or instance ID is ever printed.

#include "KeychainTestSupport.h"
#include "SandboxProcess.h"

#include "account/AccountSync.h"
#include "account/StatusCheck.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "zapi/ZApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace PartnerDesk;

namespace {

constexpr int timeoutMs = 600000;      // a whole sync or check, at Debug speed
constexpr int changedTokens = 100;     // instances whose token changes before the third sync

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
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

// One row of the table: every sample (one for a whole run, one a page for the page rows),
// shown as the median (and min/max when there are several).
struct Measure
{
    QString name; // the JSON name
    QString what; // the table's words
    QString unit;
    QList<double> samples;
    QString note;

    QList<double> sorted() const
    {
        QList<double> result = samples;
        std::sort(result.begin(), result.end());
        return result;
    }
    double median() const
    {
        const QList<double> s = sorted();
        const qsizetype n = s.size();
        return n == 0 ? 0 : (n % 2 ? s.at(n / 2) : (s.at(n / 2 - 1) + s.at(n / 2)) / 2);
    }
    double percentile(double p) const
    {
        const QList<double> s = sorted();
        return s.isEmpty() ? 0 : s.at(qMin(s.size() - 1, qsizetype(p * s.size())));
    }
    double min() const { return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend()); }
    double max() const { return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend()); }

    QString value() const
    {
        const int decimals = unit == QLatin1String("ms") ? 1 : (unit == QLatin1String("MiB") ? 1 : 0);
        if (samples.size() == 1)
            return QStringLiteral("%1 %2").arg(samples.first(), 0, 'f', decimals).arg(unit);
        return QStringLiteral("median %1 %4, p95 %2, max %3")
            .arg(median(), 0, 'f', 2)
            .arg(percentile(0.95), 0, 'f', 2)
            .arg(max(), 0, 'f', 2)
            .arg(unit);
    }
};

// Runs until `done` is true; qFatal after timeoutMs. The event loop is left as soon as
// `quit` is called (QTest::qWaitFor would add its polling to every figure).
void runUntil(QEventLoop &loop, const bool &done, const char *what)
{
    if (done)
        return;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    if (!done)
        qFatal("%s: no end within %d s", what, timeoutMs / 1000);
}

void setToken(InstanceRepository *repository,
              void (InstanceRepository::*set)(const QString &, QObject *, InstanceRepository::Callback),
              const QString &token, const char *what)
{
    QEventLoop loop;
    bool done = false;
    Error error;
    QObject context;
    (repository->*set)(token, &context, [&](const Error &result) {
        error = result;
        done = true;
        loop.quit();
    });
    runUntil(loop, done, what);
    if (error)
        qFatal("%s: %s", what, qPrintable(error.message()));
}

struct SyncRun
{
    AccountSyncReport report;
    double totalMs = 0;
    QList<double> pageMs; // from one progress() (or the start) to the next: request, parse, apply
};

SyncRun runSync(Workspace *workspace)
{
    AccountSync sync(workspace);
    SyncRun run;
    QEventLoop loop;
    bool done = false;
    QElapsedTimer total;
    QElapsedTimer page;
    QObject::connect(&sync, &AccountSync::progress, &loop, [&](int, int, int, qint64) {
        run.pageMs.append(msSince(page));
        page.restart();
    });
    QObject::connect(&sync, &AccountSync::finished, &loop, [&](const AccountSyncReport &report) {
        run.totalMs = msSince(total);
        run.report = report;
        done = true;
        loop.quit();
    });
    total.start();
    page.start();
    sync.start();
    runUntil(loop, done, "account sync");
    if (run.report.error || !run.report.complete)
        qFatal("account sync: %s", qPrintable(run.report.error.message()));
    if (!run.report.failed.isEmpty())
        qFatal("account sync: %d instances could not be stored", int(run.report.failed.size()));
    return run;
}

QString perSecond(int count, double ms)
{
    return QString::number(ms > 0 ? qRound64(count * 1000.0 / ms) : 0);
}

void addSync(QList<Measure> &table, const QString &name, const QString &what, const SyncRun &run, int instances)
{
    const AccountSyncReport &r = run.report;
    table.append({name, what, QStringLiteral("ms"), {run.totalMs},
                  QStringLiteral("%1 pages, %2 instances/s; %3 added, %4 updated, %5 unchanged")
                      .arg(r.pagesRead)
                      .arg(perSecond(instances, run.totalMs))
                      .arg(r.added)
                      .arg(r.updated)
                      .arg(r.unchanged)});
    table.append({name + QStringLiteral("_page"), QStringLiteral("  one page of it (request, parse, apply)"),
                  QStringLiteral("ms"), run.pageMs, QStringLiteral("%1 pages").arg(run.pageMs.size())});
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
    const int instanceCount = arguments.isEmpty() ? 10000 : arguments.first().toInt();
    if (instanceCount <= 0 || instanceCount > 100000 || arguments.size() > 1) {
        std::fprintf(stderr, "usage: bench_account [instances, 1 to 100000] [--json FILE]\n");
        return 2;
    }
    QList<Measure> table;
    QElapsedTimer timer;

    // The sandbox's account: N generated instances, nothing else.
    Testing::SandboxProcess sandbox;
    if (!sandbox.start())
        qFatal("sandbox: %s", qPrintable(sandbox.errorString()));
    QJsonArray generated;
    timer.start();
    if (!sandbox.generateInstances(instanceCount, QStringLiteral("Cliente"), &generated) || generated.size() != instanceCount)
        qFatal("sandbox: could not generate %d instances", instanceCount);
    const double generateMs = msSince(timer);
    const int pageSize = AccountSync::pageSize; // the sandbox's own cap is the same (100)

    // A fresh profile holding the sandbox's Client-Token and partner token, pointed at it.
    Profile profile;
    if (Profile::make(QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces), &profile))
        qFatal("profile");
    int exitCode = 0;
    {
        Workspace workspace(profile, Clock::system());
        if (const Error error = workspace.open())
            qFatal("open: %s", qPrintable(error.message()));
        workspace.settings().setApiBaseUrlOverride(sandbox.baseUrl());
        InstanceRepository *repository = workspace.repository();
        timer.restart();
        setToken(repository, &InstanceRepository::setClientToken, sandbox.clientToken(), "Client-Token");
        setToken(repository, &InstanceRepository::setPartnerToken, sandbox.partnerToken(), "partner token");
        table.append({QStringLiteral("setup_tokens"), QStringLiteral("setup: keychain key made, both tokens sealed"),
                      QStringLiteral("ms"), {msSince(timer)},
                      QStringLiteral("sandbox generated its %1 instances in %2 ms").arg(instanceCount).arg(generateMs, 0, 'f', 0)});

        // 1. Account sync: everything new, then nothing changed, then some tokens changed.
        const SyncRun first = runSync(&workspace);
        if (first.report.added != instanceCount)
            qFatal("first sync added %d of %d", first.report.added, instanceCount);
        addSync(table, QStringLiteral("sync_first"), QStringLiteral("account sync, empty list (all added)"), first, instanceCount);

        const SyncRun second = runSync(&workspace);
        if (second.report.unchanged != instanceCount)
            qFatal("second sync found %d of %d unchanged", second.report.unchanged, instanceCount);
        addSync(table, QStringLiteral("sync_unchanged"), QStringLiteral("account sync again (all unchanged)"), second,
                instanceCount);

        const int changed = qMin(changedTokens, instanceCount);
        const qsizetype stride = qMax<qsizetype>(1, instanceCount / changed); // spread over the pages
        for (int i = 0; i < changed; ++i) {
            const QJsonObject instance = generated.at(i * stride).toObject();
            // 24 upper-case alphanumerics, like Z-API's, and unlike any generated one.
            const QString token = QStringLiteral("BENCH%1").arg(i, 19, 10, QLatin1Char('0'));
            if (!sandbox.upsertInstance({{QStringLiteral("id"), instance.value(QLatin1String("id"))},
                                         {QStringLiteral("token"), token}}))
                qFatal("sandbox: could not change a token");
        }
        const SyncRun third = runSync(&workspace);
        if (third.report.updated != changed)
            qFatal("third sync updated %d of %d", third.report.updated, changed);
        addSync(table, QStringLiteral("sync_changed"),
                QStringLiteral("account sync after %1 tokens changed").arg(changed), third, instanceCount);

        // The same pages again, split: fetched and parsed (ZApiClient::accountPage), then applied
        // (InstanceRepository::applyAccountPage, all unchanged by now), each timed on its own, to
        // show where a sync's time goes.
        {
            QList<double> fetchMs;
            QList<double> applyMs;
            QEventLoop loop;
            QObject context;
            int totalPages = 1;
            int read = 0;
            int unchanged = 0;
            QElapsedTimer step;
            for (int number = 1; number <= totalPages; ++number) {
                bool done = false;
                Error error;
                AccountPage page;
                step.restart();
                workspace.client()->accountPage(sandbox.partnerToken(), number, pageSize, &context,
                                                [&](const Error &result, const AccountPage &answer) {
                                                    error = result;
                                                    page = answer;
                                                    done = true;
                                                    loop.quit();
                                                });
                runUntil(loop, done, "account page");
                fetchMs.append(msSince(step));
                if (error)
                    qFatal("account page: %s", qPrintable(error.message()));
                totalPages = page.totalPages;
                read += int(page.instances.size());

                done = false;
                step.restart();
                repository->applyAccountPage(page.instances, &context, [&](const Error &result, const SyncSummary &summary) {
                    error = result;
                    unchanged += summary.unchanged;
                    done = true;
                    loop.quit();
                });
                runUntil(loop, done, "applying a page");
                applyMs.append(msSince(step));
                if (error)
                    qFatal("applying a page: %s", qPrintable(error.message()));
            }
            double fetchTotal = 0;
            double applyTotal = 0;
            for (const double ms : std::as_const(fetchMs))
                fetchTotal += ms;
            for (const double ms : std::as_const(applyMs))
                applyTotal += ms;
            table.append({QStringLiteral("page_fetch"), QStringLiteral("  split: one page fetched and parsed"), QStringLiteral("ms"),
                          fetchMs,
                          QStringLiteral("%1 pages, %2 ms in all (%3 instances/s)")
                              .arg(fetchMs.size())
                              .arg(fetchTotal, 0, 'f', 0)
                              .arg(perSecond(read, fetchTotal))});
            table.append({QStringLiteral("page_apply"), QStringLiteral("  split: one page applied (all unchanged)"),
                          QStringLiteral("ms"), applyMs,
                          QStringLiteral("%1 pages, %2 ms in all; %3 unchanged")
                              .arg(applyMs.size())
                              .arg(applyTotal, 0, 'f', 0)
                              .arg(unchanged)});
        }

        // 2. Status check over every instance of the list.
        QList<QUuid> keys;
        for (const InstanceRecord &record : repository->allRecords())
            keys.append(record.key);
        if (keys.size() != instanceCount)
            qFatal("the list holds %d instances, not %d", int(keys.size()), instanceCount);
        if (!sandbox.resetStats())
            qFatal("sandbox: could not reset its stats");
        {
            StatusCheck check(&workspace);
            QEventLoop loop;
            bool done = false;
            int counts[3] = {0, 0, 0};
            Error error;
            QList<double> answerMs; // from one instance's answer to the next
            QElapsedTimer between;
            QObject::connect(&check, &StatusCheck::progress, &loop, [&](int, int) {
                answerMs.append(msSince(between));
                between.restart();
            });
            QObject::connect(&check, &StatusCheck::finished, &loop,
                             [&](int connected, int disconnected, int failed, const Error &result) {
                                 counts[0] = connected;
                                 counts[1] = disconnected;
                                 counts[2] = failed;
                                 error = result;
                                 done = true;
                                 loop.quit();
                             });
            timer.restart();
            between.start();
            check.start(keys);
            runUntil(loop, done, "status check");
            const double totalMs = msSince(timer);
            if (error)
                qFatal("status check: %s", qPrintable(error.message()));
            const QJsonObject stats = sandbox.stats();
            const int maxInFlight = stats.value(QLatin1String("maxInFlight")).toInt(-1);
            const int requests = stats.value(QLatin1String("requests")).toInt(-1);
            if (counts[2] > 0 || requests != instanceCount)
                exitCode = 1;
            if (maxInFlight > StatusCheck::maximumInFlight)
                exitCode = 1; // the limit is the app's promise, not a timing
            table.append({QStringLiteral("status_check"),
                          QStringLiteral("status check of every instance (%1 at most at once)").arg(StatusCheck::maximumInFlight),
                          QStringLiteral("ms"), {totalMs},
                          QStringLiteral("%1 checks/s; %2 connected, %3 disconnected, %4 failed")
                              .arg(perSecond(instanceCount, totalMs))
                              .arg(counts[0])
                              .arg(counts[1])
                              .arg(counts[2])});
            table.append({QStringLiteral("status_check_answer"), QStringLiteral("  from one answer to the next"),
                          QStringLiteral("ms"), answerMs, QStringLiteral("%1 answers").arg(answerMs.size())});
            table.append({QStringLiteral("status_check_max_in_flight"), QStringLiteral("  most requests at once (sandbox's count)"),
                          QStringLiteral("requests"), {double(maxInFlight)},
                          QStringLiteral("%1 requests seen by the sandbox; limit %2")
                              .arg(requests)
                              .arg(StatusCheck::maximumInFlight)});
        }
    }
    const qint64 databaseKiB = QFileInfo(profile.databasePath()).size() / 1024;
    table.append({QStringLiteral("peak_rss_mib"), QStringLiteral("peak RSS of this process (VmHWM)"), QStringLiteral("MiB"),
                  {double(peakRssKiB()) / 1024.0},
                  QStringLiteral("whole run; database %1 MiB on disk").arg(double(databaseKiB) / 1024.0, 0, 'f', 1)});

    std::printf("\nPartner Desk account benchmark, %d instances (loopback sandbox, real keychain, %s build)\n\n",
                instanceCount,
#ifdef QT_DEBUG
                "Debug"
#else
                "Release"
#endif
    );
    std::printf("| operation | result | notes |\n| --- | --- | --- |\n");
    QJsonArray json;
    for (const Measure &measure : std::as_const(table)) {
        std::printf("| %s | %s | %s |\n", qPrintable(measure.what), qPrintable(measure.value()), qPrintable(measure.note));
        json.append(QJsonObject{{QStringLiteral("name"), measure.name},
                                {QStringLiteral("instances"), instanceCount},
                                {QStringLiteral("unit"), measure.unit},
                                {QStringLiteral("median"), measure.median()},
                                {QStringLiteral("min"), measure.min()},
                                {QStringLiteral("max"), measure.max()},
                                {QStringLiteral("samples"), int(measure.samples.size())},
                                {QStringLiteral("note"), measure.note}});
    }
    std::printf("\n");
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
            exitCode = 1;
        }
    }

    // Leave nothing behind.
    Test::wipeProfile(profile);
    return exitCode;
}
