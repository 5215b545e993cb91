// ConnectionSession on a real Workspace (vault key in the REAL keychain, see
// scripts/test-session.sh) talking to the real sandbox process: the signals the dialogs
// rely on, what is recorded in the instance list, status watching and its backoff.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "SandboxProcess.h"

#include "Workspace.h"
#include "zapi/ConnectionSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Testing::SandboxProcess;
using Test::Catcher;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)

namespace {

constexpr int timeoutMs = 30000;
constexpr qint64 minute = 60 * 1000;
constexpr qint64 codeLifetimeMs = 5 * minute;

const QString idA = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString tokenA = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString idB = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString tokenB = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");

QStringList loggedMessages;
QMutex loggedMessagesMutex; // Qt's network thread may log too
QtMessageHandler previousMessageHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&loggedMessagesMutex);
        loggedMessages.append(message);
    }
    previousMessageHandler(type, context, message);
}

Error errorOf(const QSignalSpy &spy, qsizetype i = 0)
{
    return spy.at(i).at(0).value<Error>();
}

int requestsTo(const QJsonArray &requests, const QString &endpoint)
{
    int count = 0;
    for (const QJsonValue &request : requests) {
        if (request.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1Char('/') + endpoint))
            ++count;
    }
    return count;
}

} // namespace

class TstConnectionSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void extensionCodeIsReadyAndRecorded();
    void remainingMsFollowsTheClock();
    void failureLeavesTheRecordsUnchanged_data();
    void failureLeavesTheRecordsUnchanged();
    void secondRequestCancelsTheFirst();
    void requestsInARowSendOnlyTheLast();
    void cancelExtensionCodeDropsTheAnswer();
    void watchingStopsOnceConnected();
    void errorsBackOffThenRecover();
    void backoffIsCapped();
    void missingSecretsAreReportedWithoutSending();
    void noClientTokenIsReportedAsMissing();
    void qrCodeAndPhoneCode();
    void phoneCodeCarriesInternationalDigits_data();
    void phoneCodeCarriesInternationalDigits();
    void phoneThatCannotBeWhatsAppIsRefusedAtOnce();
    void cancelledQrCodeNeverArrives();
    void destroyingTheSessionCancelsItsRequests();
    void retryAfterHoldsEveryRequest();

private:
    std::unique_ptr<Workspace> startWorkspace();
    QUuid addInstance(const QString &name, const QString &id, const QString &token);
    Error setClientToken(const QString &token);
    std::unique_ptr<ConnectionSession> session(const QUuid &instance);
    std::unique_ptr<ConnectionSession> session() { return session(m_keyA); }
    // Round trip that the server holds for `delayMs`: when its answer is in, any answer the
    // server was holding for less time, from earlier, has arrived too.
    void waitForADelayedRoundTrip(int delayMs);
    InstanceRecord recordA() const;

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QObject> m_context;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_keyA;
};

void TstConnectionSession::initTestCase()
{
    previousMessageHandler = qInstallMessageHandler(recordMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("partnerdesk.*.debug=true"));
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = Test::secretServiceProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(m_dir.isValid());
    const QString instances = SandboxProcess::writeInstancesFile(
        m_dir, QJsonArray{QJsonObject{{QStringLiteral("id"), idA},
                                      {QStringLiteral("token"), tokenA},
                                      {QStringLiteral("name"), QStringLiteral("Padaria Pão de Mel")}},
                          QJsonObject{{QStringLiteral("id"), idB},
                                      {QStringLiteral("token"), tokenB},
                                      {QStringLiteral("name"), QStringLiteral("Oficina do Zé")}}});
    QVERIFY(!instances.isEmpty());
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), instances}), qPrintable(m_sandbox.errorString()));
}

void TstConnectionSession::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    // Far from the real time on purpose: the countdown must follow this clock alone.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
    m_context = std::make_unique<QObject>();
    m_workspace = startWorkspace();
    m_keyA = addInstance(QStringLiteral("Padaria Pão de Mel"), idA, tokenA);
    QVERIFY(!m_keyA.isNull());
    QCOMPARE(addInstance(QStringLiteral("Oficina do Zé"), idB, tokenB).isNull(), false);
    QCOMPARE(setClientToken(m_sandbox.clientToken()).code, ErrorCode::None);
    m_sandbox.reset();
}

void TstConnectionSession::cleanup()
{
    m_workspace.reset();
    m_context.reset();
    Test::wipeProfile(m_profile);
}

void TstConnectionSession::cleanupTestCase()
{
    qInstallMessageHandler(previousMessageHandler);
    const QMutexLocker locker(&loggedMessagesMutex);
    QVERIFY2(!loggedMessages.filter(QStringLiteral("GET status")).isEmpty(),
             "the request log was not seen, so the check below proves nothing");
    for (const QString &message : std::as_const(loggedMessages)) {
        for (const QString &secret : {idA, tokenA, idB, tokenB, m_sandbox.clientToken()})
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
}

std::unique_ptr<Workspace> TstConnectionSession::startWorkspace()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    if (const Error error = workspace->open())
        qWarning("load() failed: %s", qPrintable(error.message()));
    workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
    return workspace;
}

QUuid TstConnectionSession::addInstance(const QString &name, const QString &id, const QString &token)
{
    InstanceRecord record;
    record.name = name;
    Catcher<Error, QUuid> added;
    m_workspace->repository()->addInstance(record, {id, token}, m_context.get(), added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() > 0; }, timeoutMs) || added.error())
        return {};
    return added.get<1>();
}

Error TstConnectionSession::setClientToken(const QString &token)
{
    Catcher<Error> set;
    m_workspace->repository()->setClientToken(token, m_context.get(), set.callback());
    if (!QTest::qWaitFor([&] { return set.calls() > 0; }, timeoutMs))
        return Error(ErrorCode::Cancelled, QStringLiteral("no callback"));
    return set.error();
}

std::unique_ptr<ConnectionSession> TstConnectionSession::session(const QUuid &instance)
{
    return std::make_unique<ConnectionSession>(m_workspace->repository(), m_workspace->client(), *m_clock, instance);
}

void TstConnectionSession::waitForADelayedRoundTrip(int delayMs)
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), delayMs},
                        {QStringLiteral("endpoint"), QStringLiteral("qr-code")},
                        {QStringLiteral("times"), 1}});
    auto marker = session(m_keyA);
    QSignalSpy ready(marker.get(), &ConnectionSession::qrCodeReady);
    marker->requestQrCode();
    QVERIFY(ready.wait(timeoutMs));
}

InstanceRecord TstConnectionSession::recordA() const
{
    return m_workspace->repository()->record(m_keyA).value_or(InstanceRecord());
}

void TstConnectionSession::extensionCodeIsReadyAndRecorded()
{
    auto codeSession = session();
    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);
    QSignalSpy changed(m_workspace->repository(), &InstanceRepository::changed);
    QVERIFY(!recordA().lastCodeAt.isValid());

    codeSession->requestExtensionCode();
    QVERIFY(codeSession->isRequestingExtensionCode());
    QCOMPARE(ready.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, timeoutMs);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!codeSession->isRequestingExtensionCode());
    const ExtensionCode code = ready.first().first().value<ExtensionCode>();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(code.code).hasMatch(),
             qPrintable(code.code));
    QVERIFY(codeSession->extensionCode());
    QCOMPARE(codeSession->extensionCode()->code, code.code);
    QCOMPARE(code.receivedAtMs, m_clock->currentMSecsSinceEpoch());

    QCOMPARE(recordA().lastCodeAt, m_clock->now());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(recordA().status, ConnectionStatus::Unknown);

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QLatin1String("headers")).toObject().value(QLatin1String("client-token")).toString(),
             m_sandbox.clientToken());
    QVERIFY2(m_sandbox.redeem(code.code), "the code shown is the one the server issued");

    // Recorded in the index file, not only in memory.
    m_workspace = startWorkspace();
    QCOMPARE(recordA().lastCodeAt.toMSecsSinceEpoch(), m_clock->currentMSecsSinceEpoch());
}

void TstConnectionSession::remainingMsFollowsTheClock()
{
    auto codeSession = session();
    QCOMPARE(codeSession->remainingMs(), qint64(0));
    QVERIFY(!codeSession->isExpired());

    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, timeoutMs);

    // This clock is months away from the server's: the Date header bridges the two, to
    // within its one-second resolution and the time the answer took.
    const qint64 remaining = codeSession->remainingMs();
    QVERIFY2(remaining >= codeLifetimeMs - 1000 && remaining <= codeLifetimeMs + 1000,
             qPrintable(QString::number(remaining)));
    QVERIFY(!codeSession->isExpired());

    m_clock->advance(minute);
    QCOMPARE(codeSession->remainingMs(), remaining - minute);
    m_clock->advance(remaining - minute - 1);
    QCOMPARE(codeSession->remainingMs(), qint64(1));
    QVERIFY(!codeSession->isExpired());
    m_clock->advance(1);
    QCOMPARE(codeSession->remainingMs(), qint64(0));
    QVERIFY(codeSession->isExpired());
    m_clock->advance(60 * minute);
    QCOMPARE(codeSession->remainingMs(), qint64(0));
    QVERIFY(codeSession->isExpired());
}

void TstConnectionSession::failureLeavesTheRecordsUnchanged_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("server error") << QStringLiteral("server-error") << ErrorCode::ServerError;
    QTest::newRow("rate limited") << QStringLiteral("rate-limit") << ErrorCode::RateLimited;
    QTest::newRow("expired code") << QStringLiteral("expired") << ErrorCode::CodeAlreadyExpired;
    QTest::newRow("malformed") << QStringLiteral("malformed-json") << ErrorCode::MalformedResponse;
}

void TstConnectionSession::failureLeavesTheRecordsUnchanged()
{
    QFETCH(QString, mode);
    QFETCH(ErrorCode, expected);

    m_sandbox.setFault({{QStringLiteral("mode"), mode}, {QStringLiteral("endpoint"), QStringLiteral("extension-token")}});
    const QList<InstanceRecord> recordsBefore = m_workspace->repository()->allRecords();

    auto codeSession = session();
    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);
    QSignalSpy changed(m_workspace->repository(), &InstanceRepository::changed);
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);

    QCOMPARE(errorOf(failed).code, expected);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!codeSession->extensionCode());
    QVERIFY(!codeSession->isRequestingExtensionCode());
    QCOMPARE(codeSession->remainingMs(), qint64(0));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_workspace->repository()->allRecords(), recordsBefore);
}

void TstConnectionSession::secondRequestCancelsTheFirst()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 1000},
                        {QStringLiteral("endpoint"), QStringLiteral("extension-token")},
                        {QStringLiteral("times"), 1}});
    auto codeSession = session();
    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);

    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, timeoutMs); // the server holds it
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, timeoutMs);
    const QString shown = codeSession->extensionCode()->code;

    // Had the first request not been cancelled, its answer would be in by now.
    waitForADelayedRoundTrip(1000);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(codeSession->extensionCode()->code, shown);
    QCOMPARE(ready.first().first().value<ExtensionCode>().code, shown);
    QCOMPARE(requestsTo(m_sandbox.requests(), QStringLiteral("extension-token")), 2);
}

void TstConnectionSession::requestsInARowSendOnlyTheLast()
{
    auto codeSession = session();
    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);

    // The first two are superseded before the vault has handed out their credentials.
    codeSession->requestExtensionCode();
    codeSession->requestExtensionCode();
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, timeoutMs);
    waitForADelayedRoundTrip(0);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(requestsTo(m_sandbox.requests(), QStringLiteral("extension-token")), 1);
}

void TstConnectionSession::cancelExtensionCodeDropsTheAnswer()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 500},
                        {QStringLiteral("endpoint"), QStringLiteral("extension-token")},
                        {QStringLiteral("times"), 1}});
    auto codeSession = session();
    QSignalSpy ready(codeSession.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, timeoutMs);

    codeSession->cancelExtensionCode();
    QVERIFY(!codeSession->isRequestingExtensionCode());
    waitForADelayedRoundTrip(500);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!codeSession->extensionCode());
    QVERIFY(!recordA().lastCodeAt.isValid());
}

void TstConnectionSession::watchingStopsOnceConnected()
{
    auto watcher = session();
    QSignalSpy codeReady(watcher.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy statusReady(watcher.get(), &ConnectionSession::statusReady);
    QSignalSpy statusFailed(watcher.get(), &ConnectionSession::statusFailed);
    QSignalSpy connected(watcher.get(), &ConnectionSession::connected);
    watcher->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(codeReady.size(), 1, timeoutMs);

    watcher->setStatusPollInterval(50);
    watcher->startWatching();
    QVERIFY(watcher->isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(statusReady.size() >= 3, timeoutMs); // it keeps asking
    QCOMPARE(connected.size(), 0);
    QVERIFY(!watcher->isConnected());
    QCOMPARE(recordA().status, ConnectionStatus::Disconnected);

    QVERIFY(m_sandbox.redeem(watcher->extensionCode()->code));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, timeoutMs);
    QVERIFY(watcher->isConnected());
    QVERIFY(!watcher->isWatching());
    QVERIFY(statusReady.last().first().value<InstanceStatus>().connected);
    QCOMPARE(statusFailed.size(), 0);
    QCOMPARE(recordA().status, ConnectionStatus::Connected);
    QCOMPARE(recordA().statusCheckedAt, m_clock->now());
    const int statusRequests = requestsTo(m_sandbox.requests(), QStringLiteral("status"));
    const qsizetype statusAnswers = statusReady.size();

    // Ten poll intervals later nothing more was asked, and starting again does nothing.
    waitForADelayedRoundTrip(500);
    watcher->startWatching();
    QVERIFY(!watcher->isWatching());
    waitForADelayedRoundTrip(0);
    QCOMPARE(requestsTo(m_sandbox.requests(), QStringLiteral("status")), statusRequests);
    QCOMPARE(statusReady.size(), statusAnswers);
    QCOMPARE(connected.size(), 1);

    m_workspace = startWorkspace();
    QCOMPARE(recordA().status, ConnectionStatus::Connected);
}

void TstConnectionSession::errorsBackOffThenRecover()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("server-error")},
                        {QStringLiteral("endpoint"), QStringLiteral("status")},
                        {QStringLiteral("times"), 2}});
    auto watcher = session();
    QList<int> delaysAfterFailures;
    QList<int> delaysAfterAnswers;
    QList<ConnectionStatus> recordedAtFailures;
    connect(watcher.get(), &ConnectionSession::statusFailed, this, [&](const Error &error) {
        QCOMPARE(error.code, ErrorCode::ServerError);
        delaysAfterFailures.append(watcher->nextStatusPollMs());
        recordedAtFailures.append(recordA().status);
    });
    connect(watcher.get(), &ConnectionSession::statusReady, this,
            [&] { delaysAfterAnswers.append(watcher->nextStatusPollMs()); });

    watcher->setStatusPollInterval(50);
    watcher->startWatching();
    QCOMPARE(watcher->nextStatusPollMs(), 50);
    QTRY_VERIFY_WITH_TIMEOUT(delaysAfterAnswers.size() >= 2, timeoutMs);
    QCOMPARE(delaysAfterFailures, (QList<int>{100, 200}));
    QCOMPARE(recordedAtFailures, (QList<ConnectionStatus>{ConnectionStatus::Unknown, ConnectionStatus::Unknown}));
    QCOMPARE(delaysAfterAnswers.mid(0, 2), (QList<int>{50, 50}));
    QCOMPARE(recordA().status, ConnectionStatus::Disconnected);
    QVERIFY(watcher->isWatching());

    watcher->stopWatching();
    QVERIFY(!watcher->isWatching());
}

void TstConnectionSession::backoffIsCapped()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("server-error")},
                        {QStringLiteral("endpoint"), QStringLiteral("status")}});
    auto watcher = session();
    QSignalSpy failed(watcher.get(), &ConnectionSession::statusFailed);
    watcher->setStatusPollInterval(40000);
    watcher->startWatching();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);
    QCOMPARE(watcher->nextStatusPollMs(), ConnectionSession::maximumStatusPollMs);
    watcher->stopWatching();
    QVERIFY(!watcher->isWatching());
}

void TstConnectionSession::missingSecretsAreReportedWithoutSending()
{
    auto stranger = session(QUuid::createUuid());
    QSignalSpy codeFailed(stranger.get(), &ConnectionSession::extensionCodeFailed);
    QSignalSpy statusFailed(stranger.get(), &ConnectionSession::statusFailed);
    QSignalSpy qrFailed(stranger.get(), &ConnectionSession::qrCodeFailed);
    QSignalSpy phoneFailed(stranger.get(), &ConnectionSession::phoneCodeFailed);

    stranger->requestExtensionCode();
    stranger->requestStatus();
    stranger->requestQrCode();
    QCOMPARE(stranger->requestPhoneCode(QStringLiteral("5511987654321")).code, ErrorCode::None);
    QTRY_COMPARE_WITH_TIMEOUT(phoneFailed.size(), 1, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(codeFailed.size() + statusFailed.size() + qrFailed.size(), 3, timeoutMs);
    // Not in the database at all (removed meanwhile, say): nothing to send.
    for (const QSignalSpy *spy : {&codeFailed, &statusFailed, &qrFailed, &phoneFailed})
        QCOMPARE(errorOf(*spy).code, ErrorCode::UnknownInstance);
    QVERIFY(!stranger->isRequestingExtensionCode());
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TstConnectionSession::noClientTokenIsReportedAsMissing()
{
    QCOMPARE(setClientToken(QString()).code, ErrorCode::None);
    auto codeSession = session();
    QSignalSpy failed(codeSession.get(), &ConnectionSession::extensionCodeFailed);
    codeSession->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);

    const Error error = errorOf(failed);
    QCOMPARE(error.code, ErrorCode::ClientTokenMissing);
    QVERIFY(error.message().contains(QLatin1String("Settings")));
    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(!requests.first().toObject().value(QLatin1String("headers")).toObject().contains(QLatin1String("client-token")));
    QVERIFY(!recordA().lastCodeAt.isValid());
}

void TstConnectionSession::cancelledQrCodeNeverArrives()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 500},
                        {QStringLiteral("endpoint"), QStringLiteral("qr-code")},
                        {QStringLiteral("times"), 1}});
    auto connectSession = session();
    QSignalSpy ready(connectSession.get(), &ConnectionSession::qrCodeReady);
    QSignalSpy failed(connectSession.get(), &ConnectionSession::qrCodeFailed);
    connectSession->requestQrCode();
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(m_sandbox.requests(), QStringLiteral("qr-code/image")), 1, timeoutMs);
    connectSession->cancelQrCode();
    // Had it not been cancelled, its answer would be in by now.
    waitForADelayedRoundTrip(500);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TstConnectionSession::qrCodeAndPhoneCode()
{
    auto connectSession = session();
    QSignalSpy qrReady(connectSession.get(), &ConnectionSession::qrCodeReady);
    QSignalSpy phoneReady(connectSession.get(), &ConnectionSession::phoneCodeReady);
    QSignalSpy phoneFailed(connectSession.get(), &ConnectionSession::phoneCodeFailed);

    connectSession->requestQrCode();
    QCOMPARE(connectSession->requestPhoneCode(QStringLiteral("+55 (11) 98765-4321")).code, ErrorCode::None);
    QTRY_COMPARE_WITH_TIMEOUT(qrReady.size(), 1, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(phoneReady.size(), 1, timeoutMs);
    QCOMPARE(phoneFailed.size(), 0);
    QVERIFY(qrReady.first().first().value<QrCode>().png.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(phoneReady.first().first().value<PhoneCode>().code.size(), 10);

    QStringList paths;
    for (const QJsonValue &request : m_sandbox.requests())
        paths.append(request.toObject().value(QLatin1String("path")).toString());
    paths.sort();
    const QString prefix = QStringLiteral("/instances/%1/token/%2/").arg(idA, tokenA);
    QCOMPARE(paths, (QStringList{prefix + QStringLiteral("phone-code/5511987654321"), prefix + QStringLiteral("qr-code/image")}));
    // Neither is a code for the extension: nothing recorded.
    QVERIFY(!recordA().lastCodeAt.isValid());
}

void TstConnectionSession::phoneCodeCarriesInternationalDigits_data()
{
    QTest::addColumn<QString>("region"); // the default country in Settings
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");

    // The issue: WhatsApp read /phone-code/31988776655 as a number in the Netherlands (+31).
    QTest::newRow("area code only") << QStringLiteral("BR") << QStringLiteral("(31) 98877-6655") << QStringLiteral("5531988776655");
    QTest::newRow("trunk and carrier prefix") << QStringLiteral("BR") << QStringLiteral("0 21 31 98877-6655")
                                              << QStringLiteral("5531988776655");
    QTest::newRow("another country by default") << QStringLiteral("PT") << QStringLiteral("912 345 678")
                                                << QStringLiteral("351912345678");
    QTest::newRow("another country with +") << QStringLiteral("BR") << QStringLiteral("+1 (212) 555-0100")
                                            << QStringLiteral("12125550100");
}

void TstConnectionSession::phoneCodeCarriesInternationalDigits()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    m_workspace->settings().setDefaultPhoneRegion(region);
    auto connectSession = session();
    QSignalSpy phoneReady(connectSession.get(), &ConnectionSession::phoneCodeReady);
    QCOMPARE(connectSession->requestPhoneCode(typed).code, ErrorCode::None);
    QTRY_COMPARE_WITH_TIMEOUT(phoneReady.size(), 1, timeoutMs);
    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("/instances/%1/token/%2/phone-code/%3").arg(idA, tokenA, sent));
}

void TstConnectionSession::phoneThatCannotBeWhatsAppIsRefusedAtOnce()
{
    auto connectSession = session();
    QSignalSpy phoneReady(connectSession.get(), &ConnectionSession::phoneCodeReady);
    QSignalSpy phoneFailed(connectSession.get(), &ConnectionSession::phoneCodeFailed);
    // Nine digits: the area code is missing. The reason comes back at once, with what was
    // understood, and nothing is sent.
    const Error refused = connectSession->requestPhoneCode(QStringLiteral("98877-6655"));
    QCOMPARE(refused.code, ErrorCode::PhoneNotValid);
    QVERIFY2(refused.message().contains(QLatin1String("+55 988776655")), qPrintable(refused.message()));
    QCOMPARE(connectSession->requestPhoneCode(QStringLiteral("0800 123 4567")).code, ErrorCode::PhoneNotForWhatsApp);
    QCOMPARE(connectSession->requestPhoneCode(QString()).code, ErrorCode::InvalidPhone);
    // A request that could have been sent would be answered by now (the sandbox is local).
    QCOMPARE(connectSession->requestPhoneCode(QStringLiteral("(31) 98877-6655")).code, ErrorCode::None);
    QTRY_COMPARE_WITH_TIMEOUT(phoneReady.size(), 1, timeoutMs);
    QCOMPARE(phoneFailed.size(), 0);
    QCOMPARE(m_sandbox.requests().size(), 1);
}

void TstConnectionSession::destroyingTheSessionCancelsItsRequests()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}});
    auto doomed = session();
    int signalsAfterDeath = 0;
    QObject listener;
    connect(doomed.get(), &ConnectionSession::connected, &listener, [&signalsAfterDeath] { ++signalsAfterDeath; });
    connect(doomed.get(), &ConnectionSession::extensionCodeReady, &listener, [&signalsAfterDeath] { ++signalsAfterDeath; });
    connect(doomed.get(), &ConnectionSession::extensionCodeFailed, &listener, [&signalsAfterDeath] { ++signalsAfterDeath; });
    connect(doomed.get(), &ConnectionSession::statusFailed, &listener, [&signalsAfterDeath] { ++signalsAfterDeath; });

    doomed->setStatusPollInterval(50);
    doomed->startWatching();
    doomed->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 2, timeoutMs);
    signalsAfterDeath = 0;
    doomed.reset();

    // Both requests are aborted and their calls gone, without a signal.
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->client()->findChildren<ZApiCall *>().size(), 0, timeoutMs);
    QCOMPARE(signalsAfterDeath, 0);
}

// A 429 with Retry-After holds every request of the session until the wait is over: nothing
// reaches the server, whoever asks, and each asker hears how long is left.
void TstConnectionSession::retryAfterHoldsEveryRequest()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("rate-limit")},
                        {QStringLiteral("endpoint"), QStringLiteral("extension-token")},
                        {QStringLiteral("times"), 1},
                        {QStringLiteral("retryAfter"), 30}});
    auto held = session();
    QSignalSpy codeReady(held.get(), &ConnectionSession::extensionCodeReady);
    QSignalSpy codeFailed(held.get(), &ConnectionSession::extensionCodeFailed);
    QSignalSpy qrFailed(held.get(), &ConnectionSession::qrCodeFailed);
    QSignalSpy phoneFailed(held.get(), &ConnectionSession::phoneCodeFailed);
    QSignalSpy statusFailed(held.get(), &ConnectionSession::statusFailed);
    QCOMPARE(held->retryWaitMs(), qint64(0));
    held->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(codeFailed.size(), 1, timeoutMs);
    QCOMPARE(errorOf(codeFailed).code, ErrorCode::RateLimited);
    QCOMPARE(held->retryWaitMs(), qint64(30000));

    m_clock->advance(18000);
    held->requestExtensionCode();
    held->requestQrCode();
    QCOMPARE(held->requestPhoneCode(QStringLiteral("+55 11 98765-4321")).code, ErrorCode::None);
    held->requestStatus();
    QTRY_COMPARE_WITH_TIMEOUT(codeFailed.size(), 2, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(qrFailed.size() + phoneFailed.size() + statusFailed.size(), 3, timeoutMs);
    for (const Error &error : {errorOf(codeFailed, 1), errorOf(qrFailed), errorOf(phoneFailed), errorOf(statusFailed)}) {
        QCOMPARE(error.code, ErrorCode::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 12);
    }
    QVERIFY(!held->isRequestingExtensionCode());
    waitForADelayedRoundTrip(0); // anything sent meanwhile has arrived by now
    const QJsonArray heldRequests = m_sandbox.requests();
    QCOMPARE(requestsTo(heldRequests, QStringLiteral("extension-token")), 1);
    QCOMPARE(requestsTo(heldRequests, QStringLiteral("status")), 0);
    QCOMPARE(requestsTo(heldRequests, QStringLiteral("qr-code/image")), 1); // the round trip's own
    for (const QJsonValue &request : heldRequests)
        QVERIFY(!request.toObject().value(QLatin1String("path")).toString().contains(QLatin1String("/phone-code/")));

    m_clock->advance(12000);
    QCOMPARE(held->retryWaitMs(), qint64(0));
    held->requestExtensionCode();
    QTRY_COMPARE_WITH_TIMEOUT(codeReady.size(), 1, timeoutMs);
    QCOMPARE(requestsTo(m_sandbox.requests(), QStringLiteral("extension-token")), 2);
}

QTEST_GUILESS_MAIN(TstConnectionSession)
#include "tst_connectionsession.moc"
