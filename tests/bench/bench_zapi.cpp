// bench_zapi: what the agent waits for in the extension flow. Not a test (nothing fails);
// it prints a table. Needs the keychain like the tests:
//   dbus-run-session -- scripts/test-session.sh build/<dir>/tests/bench/bench_zapi [requests]
// The Z-API side is the real sandbox process on loopback, so the numbers are Partner Desk's own
// cost (keychain, vault, request building, parsing) plus a loopback round trip, not Z-API's.

#include "KeychainTestSupport.h"
#include "SandboxProcess.h"

#include "Workspace.h"
#include "util/Clock.h"
#include "zapi/ConnectionSession.h"
#include "zapi/ZApiReplies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace PartnerDesk;

namespace {

const QString instanceId = QStringLiteral("F596D87FBD69A26E46D1BDE34ACAB6AD");
const QString instanceToken = QStringLiteral("0UN0ONCOBQ6U0HVOP3XIMX5J");
constexpr int timeoutMs = 30000;

struct Row
{
    QString what;
    QString value;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString summary(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    double total = 0;
    for (const double sample : std::as_const(samples))
        total += sample;
    const auto percentile = [&samples](double p) { return samples.at(qMin(samples.size() - 1, qsizetype(p * samples.size()))); };
    return QStringLiteral("mean %1 ms, median %2 ms, p95 %3 ms")
        .arg(total / samples.size(), 0, 'f', 2)
        .arg(percentile(0.5), 0, 'f', 2)
        .arg(percentile(0.95), 0, 'f', 2);
}

// One request through the session, as the dialog makes it; the time until its answer.
template<typename Signal>
double timed(ConnectionSession &session, Signal ready, const std::function<void()> &request)
{
    QSignalSpy spy(&session, ready);
    QElapsedTimer timer;
    timer.start();
    request();
    if (!spy.wait(timeoutMs))
        qFatal("no answer from the sandbox");
    return msSince(timer);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int requests = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    if (requests <= 0) {
        std::fprintf(stderr, "usage: bench_zapi [requests]\n");
        return 2;
    }
    QList<Row> table;

    // Parsing alone: what every answer costs before anything is shown.
    {
        ZApiAnswer answer;
        answer.httpStatus = 200;
        answer.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        answer.serverDateMs = answer.receivedAtMs;
        answer.body = QByteArrayLiteral(R"({"token":"FA48-HS63","expiresAt":)") + QByteArray::number(answer.receivedAtMs + 300000) + '}';
        constexpr int rounds = 100000;
        QElapsedTimer timer;
        timer.start();
        int parsed = 0;
        for (int i = 0; i < rounds; ++i) {
            ExtensionCode code;
            parsed += !ZApiReplies::parseExtensionCode(answer, &code);
        }
        table.append({QStringLiteral("parse an extension-token answer"),
                      QStringLiteral("%1 µs (%2 parsed)").arg(msSince(timer) * 1000 / rounds, 0, 'f', 2).arg(parsed)});
    }

    QTemporaryDir sandboxDir;
    Testing::SandboxProcess sandbox;
    const QString instances = Testing::SandboxProcess::writeInstancesFile(
        sandboxDir, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                           {QStringLiteral("token"), instanceToken},
                                           {QStringLiteral("name"), QStringLiteral("Bench")}}});
    if (!sandbox.start({QStringLiteral("--instances"), instances}))
        qFatal("sandbox: %s", qPrintable(sandbox.errorString()));

    Profile profile;
    if (Profile::make(QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces), &profile))
        qFatal("profile");
    QUuid key;
    {
        Workspace workspace(profile, Clock::system());
        workspace.open();
        bool done = false;
        workspace.repository()->setClientToken(sandbox.clientToken(), &workspace, [&](const Error &) {
            InstanceRecord record;
            record.name = QStringLiteral("Bench");
            workspace.repository()->addInstance(record, {instanceId, instanceToken}, &workspace,
                                                [&](const Error &error, const QUuid &added) {
                                                    if (error)
                                                        qFatal("add: %s", qPrintable(error.message()));
                                                    key = added;
                                                    done = true;
                                                });
        });
        QElapsedTimer wait;
        wait.start();
        while (!done && wait.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }

    // As after starting the app: index loaded, vault closed, keychain not yet asked.
    Workspace workspace(profile, Clock::system());
    workspace.open();
    workspace.settings().setApiBaseUrlOverride(sandbox.baseUrl());
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), key);
    const double first = timed(session, &ConnectionSession::extensionCodeReady, [&] { session.requestExtensionCode(); });
    table.append({QStringLiteral("first code after start (keychain read, one row unsealed, request)"),
                  QStringLiteral("%1 ms").arg(first, 0, 'f', 1)});

    QList<double> codeTimes;
    for (int i = 0; i < requests; ++i)
        codeTimes.append(timed(session, &ConnectionSession::extensionCodeReady, [&] { session.requestExtensionCode(); }));
    table.append({QStringLiteral("next codes (%1 requests, key at hand)").arg(requests), summary(codeTimes)});

    QList<double> statusTimes;
    for (int i = 0; i < requests; ++i)
        statusTimes.append(timed(session, &ConnectionSession::statusReady, [&] { session.requestStatus(); }));
    table.append({QStringLiteral("status polls (%1 requests)").arg(requests), summary(statusTimes)});

    Test::wipeProfile(profile);

    std::printf("| operation (loopback sandbox) | time |\n| --- | --- |\n");
    for (const Row &row : std::as_const(table))
        std::printf("| %s | %s |\n", qPrintable(row.what), qPrintable(row.value));
    return 0;
}
