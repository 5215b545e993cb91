// ZApiClient against the real partnerdesk-sandbox process on loopback: what it sends (path,
// headers), what it makes of every answer the sandbox can be told to give, and what it makes
// of a network that fails in each of the ways a user's can.

#include "SandboxProcess.h"
#include "TestCertificates.h"

#include "util/Clock.h"
#include "util/Settings.h"
#include "zapi/ZApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Testing::SandboxProcess;
using PartnerDesk::Testing::TestCertificates;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)
Q_DECLARE_METATYPE(PartnerDesk::Testing::TestCertificates::Kind)

namespace {

constexpr int timeoutMs = 20000;
constexpr qint64 codeLifetimeMs = 5 * 60 * 1000;
constexpr qint64 minute = 60 * 1000;

const QString instanceId = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString instanceToken = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString otherInstanceId = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString otherInstanceToken = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");
const QString wrongClientToken = QStringLiteral("wrong-client-token-d41c");
const QString wrongPartnerToken = QStringLiteral("wrong-partner-token-5be0");
// The page size a sync asks for.
constexpr int syncPageSize = 100;

QString instancePath(const QString &endpoint)
{
    return QStringLiteral("/instances/%1/token/%2/%3").arg(instanceId, instanceToken, endpoint);
}

QString pathOf(const QJsonValue &request)
{
    return request[QLatin1String("path")].toString();
}

bool flagOf(const QJsonValue &request, const char *name)
{
    return request[QLatin1String(name)].toBool();
}

QString headerOf(const QJsonObject &request, const char *name)
{
    return request.value(QLatin1String("headers")).toObject().value(QLatin1String(name)).toString();
}

// What the client is given for a phone-code request: a number already understood.
PhoneNumber understood(const QString &typed)
{
    PhoneNumber number;
    if (const Error error = PhoneNumbers::parse(typed, QStringLiteral("BR"), &number))
        qWarning("%s: %s", qPrintable(typed), qPrintable(error.message()));
    return number;
}

bool hasHeader(const QJsonObject &request, const char *name)
{
    return request.value(QLatin1String("headers")).toObject().contains(QLatin1String(name));
}

// Every message logged while the tests run, to show that no secret is ever among them; and
// the credentials the partner list handed out, which are secrets too.
QStringList loggedMessages;
QStringList listedSecrets;
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

// What became of one request: how often its callback ran (exactly once, and never inside
// the call that started it) and with what.
template<typename T>
struct Outcome
{
    int calls = 0;
    bool ranInsideTheCall = false;
    Error error;
    T value{};
};

template<typename T>
using Send = std::function<ZApiCall *(ZApiClient::Done<T>)>;

template<typename T>
Outcome<T> await(const Send<T> &send)
{
    auto outcome = std::make_shared<Outcome<T>>();
    auto insideTheCall = std::make_shared<bool>(true);
    send([outcome, insideTheCall](const Error &error, const T &value) {
        ++outcome->calls;
        outcome->ranInsideTheCall = outcome->ranInsideTheCall || *insideTheCall;
        outcome->error = error;
        outcome->value = value;
    });
    *insideTheCall = false;
    // A callback that never comes shows as calls == 0 in the caller's QCOMPARE.
    if (!QTest::qWaitFor([&outcome] { return outcome->calls > 0; }, timeoutMs))
        qWarning("no callback within %d ms", timeoutMs);
    return *outcome;
}

// A loopback server that is not the HTTPS server the client expects. It counts connections
// and either answers whatever arrives with a plain-HTTP 400 (what a web server says to a TLS
// hello), leaving the client to hang up, or hangs up itself without a word.
class LoopbackServer
{
public:
    enum class Behaviour { AnswerPlainHttp, HangUp };

    explicit LoopbackServer(Behaviour behaviour)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, behaviour] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, behaviour] {
                    socket->readAll();
                    if (behaviour == Behaviour::AnswerPlainHttp)
                        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    else
                        socket->disconnectFromHost();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

// While it lives, every request of this process to a host other than this computer goes to
// a loopback proxy that only counts connections (Qt never proxies loopback): whatever tries
// to leave is seen, and nothing leaves.
class CountingProxy
{
public:
    CountingProxy()
        : m_previous(QNetworkProxy::applicationProxy())
    {
    }
    ~CountingProxy() { QNetworkProxy::setApplicationProxy(m_previous); }
    CountingProxy(const CountingProxy &) = delete;
    CountingProxy &operator=(const CountingProxy &) = delete;

    bool install()
    {
        if (!m_server.listen())
            return false;
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server.port()));
        return true;
    }
    int connections() const { return m_server.connections(); }

private:
    LoopbackServer m_server{LoopbackServer::Behaviour::AnswerPlainHttp};
    QNetworkProxy m_previous;
};

} // namespace

class TstZApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void extensionCodeSendsTheCredentialsOnce();
    void emptyClientTokenSendsNoHeader();
    void wrongClientTokenIsRejectedWithoutRepeatingIt();
    void unknownInstanceOrTokenIsRejected_data();
    void unknownInstanceOrTokenIsRejected();
    void instanceStatusBeforeAndAfterRedeem();
    void qrCodeIsAPng();
    void phoneCodeSendsTheDigits();
    void emptyPhoneIsRefusedBeforeSending();
    void faults_data();
    void faults();
    void countdownFollowsTheLocalClockWhateverTheServerSays_data();
    void countdownFollowsTheLocalClockWhateverTheServerSays();
    void redirectToAnotherOriginIsBlocked();
    void redirectWithinTheOriginIsFollowed();
    void sameOriginRedirectsAreLimited_data();
    void sameOriginRedirectsAreLimited();
    void connectionRefused();
    void hostNotFound();
    void httpsToSomethingElse_data();
    void httpsToSomethingElse();
    void tlsCertificateIsVerified_data();
    void tlsCertificateIsVerified();
    void plainHttpToAnotherComputerIsRefusedBeforeSending();
    void credentialsAreCheckedBeforeSending_data();
    void credentialsAreCheckedBeforeSending();
    void cancelInFlight();
    void cancelBeforeTheRefusalArrives();
    void destroyedContextSilencesTheCallback_data();
    void destroyedContextSilencesTheCallback();

    void deviceBeforeAndAfterConnecting();
    void restartKeepsTheConnection();
    void disconnectUnlinksWhatsApp();
    void accountPageSendsThePartnerTokenOnly();
    void instanceRequestsNeverCarryThePartnerToken();
    void accountPagesFollowTheServersPageSize();
    void wrongPartnerTokenIsRejected_data();
    void wrongPartnerTokenIsRejected();
    void partnerTokenIsCheckedBeforeSending_data();
    void partnerTokenIsCheckedBeforeSending();
    void cancelDuringASlowBody();

private:
    ApiCredentials credentials(const QString &clientToken) const;
    ApiCredentials credentials() const { return credentials(m_sandbox.clientToken()); }
    Outcome<ExtensionCode> extensionCode(const ApiCredentials &credentials);
    Outcome<ExtensionCode> extensionCode() { return extensionCode(credentials()); }
    Outcome<InstanceStatus> instanceStatus();
    Outcome<DeviceInfo> device();
    Outcome<AccountPage> accountPage(const QString &partnerToken, int page, int pageSize = syncPageSize);
    // The error of a call to the endpoint named as in the sandbox's fault plan.
    Error callEndpoint(const QString &endpoint);
    void verifyNoSecrets(const Error &error);
    QUrl httpsUrl(quint16 port) const;

    QTemporaryDir m_dir;
    QString m_instancesFile;
    TestCertificates m_certificates;
    SandboxProcess m_sandbox;
    int m_settingsCount = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ZApiClient> m_client;
    std::unique_ptr<QObject> m_context;
};

void TstZApiClient::initTestCase()
{
    previousMessageHandler = qInstallMessageHandler(recordMessage);
    // The one line per request must be on for the secret check at the end to mean something.
    QLoggingCategory::setFilterRules(QStringLiteral("partnerdesk.*.debug=true"));

    QVERIFY(m_dir.isValid());
    m_instancesFile = SandboxProcess::writeInstancesFile(
        m_dir, QJsonArray{QJsonObject{{QStringLiteral("id"), instanceId},
                                      {QStringLiteral("token"), instanceToken},
                                      {QStringLiteral("name"), QStringLiteral("Padaria Pão de Mel")}},
                          QJsonObject{{QStringLiteral("id"), otherInstanceId},
                                      {QStringLiteral("token"), otherInstanceToken},
                                      {QStringLiteral("name"), QStringLiteral("Oficina do Zé")}}});
    QVERIFY(!m_instancesFile.isEmpty());
    QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), m_instancesFile}), qPrintable(m_sandbox.errorString()));
    QVERIFY2(m_certificates.create(), qPrintable(m_certificates.errorString()));
}

void TstZApiClient::init()
{
    m_sandbox.reset();
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
    m_settings->setApiBaseUrlOverride(m_sandbox.baseUrl());
    m_client = std::make_unique<ZApiClient>(*m_settings, Clock::system());
    m_context = std::make_unique<QObject>();
}

void TstZApiClient::cleanup()
{
    m_context.reset();
    m_client.reset();
    m_settings.reset();
}

void TstZApiClient::cleanupTestCase()
{
    qInstallMessageHandler(previousMessageHandler);
    const QMutexLocker locker(&loggedMessagesMutex);
    QVERIFY2(loggedMessages.filter(QStringLiteral("GET extension-token")).size() > 0,
             "the request log was not seen, so the check below proves nothing");
    QVERIFY2(loggedMessages.filter(QStringLiteral("GET instances")).size() > 0,
             "the partner list's request log was not seen");
    QVERIFY(!listedSecrets.isEmpty());
    const QStringList secrets = QStringList{instanceId, instanceToken, otherInstanceId, otherInstanceToken,
                                            m_sandbox.clientToken(), wrongClientToken, m_sandbox.partnerToken(),
                                            wrongPartnerToken}
                              + listedSecrets;
    for (const QString &message : std::as_const(loggedMessages)) {
        for (const QString &secret : secrets)
            QVERIFY2(!message.contains(secret), qPrintable(message));
        // The partner list's query is not logged either, nor anything of an answer.
        QVERIFY2(!message.contains(QLatin1String("pageSize")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Padaria")), qPrintable(message));
    }
}

ApiCredentials TstZApiClient::credentials(const QString &clientToken) const
{
    return ApiCredentials{InstanceSecrets{instanceId, instanceToken}, clientToken};
}

Outcome<ExtensionCode> TstZApiClient::extensionCode(const ApiCredentials &credentials)
{
    return await<ExtensionCode>([&](ZApiClient::Done<ExtensionCode> done) {
        return m_client->extensionCode(credentials, m_context.get(), std::move(done));
    });
}

Outcome<InstanceStatus> TstZApiClient::instanceStatus()
{
    return await<InstanceStatus>([&](ZApiClient::Done<InstanceStatus> done) {
        return m_client->instanceStatus(credentials(), m_context.get(), std::move(done));
    });
}

Outcome<DeviceInfo> TstZApiClient::device()
{
    return await<DeviceInfo>([&](ZApiClient::Done<DeviceInfo> done) {
        return m_client->device(credentials(), m_context.get(), std::move(done));
    });
}

Outcome<AccountPage> TstZApiClient::accountPage(const QString &partnerToken, int page, int pageSize)
{
    auto outcome = await<AccountPage>([&](ZApiClient::Done<AccountPage> done) {
        return m_client->accountPage(partnerToken, page, pageSize, m_context.get(), std::move(done));
    });
    for (const AccountInstance &instance : std::as_const(outcome.value.instances))
        listedSecrets << instance.instanceId << instance.instanceToken;
    return outcome;
}

Error TstZApiClient::callEndpoint(const QString &endpoint)
{
    const auto check = [](const auto &outcome) {
        if (outcome.calls != 1 || outcome.ranInsideTheCall)
            return Error(ErrorCode::None, QStringLiteral("callback ran %1 times").arg(outcome.calls));
        return outcome.error;
    };
    if (endpoint == QLatin1String("extension-token"))
        return check(extensionCode());
    if (endpoint == QLatin1String("status"))
        return check(instanceStatus());
    if (endpoint == QLatin1String("qr-code")) {
        return check(await<QrCode>([&](ZApiClient::Done<QrCode> done) {
            return m_client->qrCode(credentials(), m_context.get(), std::move(done));
        }));
    }
    if (endpoint == QLatin1String("device"))
        return check(device());
    if (endpoint == QLatin1String("restart")) {
        return check(await<bool>([&](ZApiClient::Done<bool> done) {
            return m_client->restart(credentials(), m_context.get(), std::move(done));
        }));
    }
    if (endpoint == QLatin1String("disconnect")) {
        return check(await<bool>([&](ZApiClient::Done<bool> done) {
            return m_client->disconnectWhatsApp(credentials(), m_context.get(), std::move(done));
        }));
    }
    if (endpoint == QLatin1String("list"))
        return check(accountPage(m_sandbox.partnerToken(), 1));
    return check(await<PhoneCode>([&](ZApiClient::Done<PhoneCode> done) {
        return m_client->phoneCode(credentials(), understood(QStringLiteral("5511987654321")), m_context.get(),
                                   std::move(done));
    }));
}

void TstZApiClient::verifyNoSecrets(const Error &error)
{
    for (const QString &text : {error.message(), error.detail}) {
        for (const QString &secret : {instanceId, instanceToken, m_sandbox.clientToken(), wrongClientToken})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
}

QUrl TstZApiClient::httpsUrl(quint16 port) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

void TstZApiClient::extensionCodeSendsTheCredentialsOnce()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto code = extensionCode();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QCOMPARE(code.calls, 1);
    QVERIFY(!code.ranInsideTheCall);
    QCOMPARE(code.error.code, ErrorCode::None);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(code.value.code).hasMatch(),
             qPrintable(code.value.code));
    QVERIFY(code.value.expiresAtMs >= before + codeLifetimeMs);
    QVERIFY(code.value.expiresAtMs <= after + codeLifetimeMs);
    QCOMPARE(code.value.serverSkewMs, qint64(0));
    QVERIFY(code.value.receivedAtMs >= before && code.value.receivedAtMs <= after);
    QCOMPARE(code.value.localExpiresAtMs(), code.value.expiresAtMs);

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.first().toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(request.value(QLatin1String("path")).toString(), instancePath(QStringLiteral("extension-token")));
    QCOMPARE(headerOf(request, "client-token"), m_sandbox.clientToken());
    QCOMPARE(headerOf(request, "accept"), QStringLiteral("application/json"));
    QCOMPARE(headerOf(request, "user-agent"), QString::fromLatin1(ZApiClient::userAgent()));
    QVERIFY(ZApiClient::userAgent().startsWith("PartnerDesk/"));
    QVERIFY(!hasHeader(request, "cookie"));

    QVERIFY2(m_sandbox.redeem(code.value.code), "the code the client returned is the one the sandbox issued");
}

void TstZApiClient::emptyClientTokenSendsNoHeader()
{
    const auto code = extensionCode(credentials(QString()));
    QCOMPARE(code.calls, 1);
    QVERIFY(!code.ranInsideTheCall);
    QCOMPARE(code.error.code, ErrorCode::ClientTokenMissing);
    QCOMPARE(code.value.code, QString());

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(!hasHeader(requests.first().toObject(), "client-token"));
}

void TstZApiClient::wrongClientTokenIsRejectedWithoutRepeatingIt()
{
    // The sandbox, like Z-API, repeats the wrong token in its answer.
    const auto code = extensionCode(credentials(wrongClientToken));
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, ErrorCode::ClientTokenRejected);
    QVERIFY(!code.error.message().contains(wrongClientToken));
    QVERIFY(!code.error.detail.contains(wrongClientToken));
    verifyNoSecrets(code.error);
    QCOMPARE(headerOf(m_sandbox.requests().first().toObject(), "client-token"), wrongClientToken);
}

void TstZApiClient::unknownInstanceOrTokenIsRejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");

    QTest::newRow("unknown instance") << QStringLiteral("00000000000000000000000000000000") << instanceToken;
    QTest::newRow("wrong instance token") << instanceId << QStringLiteral("WRONGTOKEN00000000000000");
    QTest::newRow("the other instance's token") << instanceId << otherInstanceToken;
}

void TstZApiClient::unknownInstanceOrTokenIsRejected()
{
    QFETCH(QString, id);
    QFETCH(QString, token);

    const auto code = extensionCode(ApiCredentials{InstanceSecrets{id, token}, m_sandbox.clientToken()});
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, ErrorCode::InstanceCredentialsRejected);
    QVERIFY(!code.error.message().contains(id));
    QVERIFY(!code.error.message().contains(token));
    verifyNoSecrets(code.error);
}

void TstZApiClient::instanceStatusBeforeAndAfterRedeem()
{
    const auto before = instanceStatus();
    QCOMPARE(before.calls, 1);
    QVERIFY(!before.ranInsideTheCall);
    QCOMPARE(before.error.code, ErrorCode::None);
    QCOMPARE(before.value.connected, false);
    QCOMPARE(before.value.smartphoneConnected, false);
    QCOMPARE(before.value.serverMessage, QStringLiteral("You are not connected"));

    const auto code = extensionCode();
    QCOMPARE(code.error.code, ErrorCode::None);
    QVERIFY(m_sandbox.redeem(code.value.code));

    const auto after = instanceStatus();
    QCOMPARE(after.error.code, ErrorCode::None);
    QCOMPARE(after.value.connected, true);
    QCOMPARE(after.value.smartphoneConnected, true);
    QCOMPARE(after.value.serverMessage, QStringLiteral("You are already connected"));

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).toObject().value(QLatin1String("path")).toString(), instancePath(QStringLiteral("status")));
    QCOMPARE(requests.at(2).toObject().value(QLatin1String("path")).toString(), instancePath(QStringLiteral("status")));
}

void TstZApiClient::qrCodeIsAPng()
{
    const auto qr = await<QrCode>([&](ZApiClient::Done<QrCode> done) {
        return m_client->qrCode(credentials(), m_context.get(), std::move(done));
    });
    QCOMPARE(qr.calls, 1);
    QVERIFY(!qr.ranInsideTheCall);
    QCOMPARE(qr.error.code, ErrorCode::None);
    QVERIFY(qr.value.png.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(qr.value.png.contains("IHDR"));
    QVERIFY(qr.value.png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    QCOMPARE(m_sandbox.requests().first().toObject().value(QLatin1String("path")).toString(),
             instancePath(QStringLiteral("qr-code/image")));
}

void TstZApiClient::phoneCodeSendsTheDigits()
{
    const auto phone = await<PhoneCode>([&](ZApiClient::Done<PhoneCode> done) {
        return m_client->phoneCode(credentials(), understood(QStringLiteral("(11) 98765-4321")), m_context.get(),
                                   std::move(done));
    });
    QCOMPARE(phone.calls, 1);
    QVERIFY(!phone.ranInsideTheCall);
    QCOMPARE(phone.error.code, ErrorCode::None);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{10}$")).match(phone.value.code).hasMatch(),
             qPrintable(phone.value.code));
    QCOMPARE(m_sandbox.requests().first().toObject().value(QLatin1String("path")).toString(),
             instancePath(QStringLiteral("phone-code/5511987654321")));
}

void TstZApiClient::emptyPhoneIsRefusedBeforeSending()
{
    // Sent, an empty one would ask for ".../phone-code/", which Z-API answers as if the
    // instance were unknown: a message that sends the agent to check the wrong thing.
    // (What people type is understood, or refused, before the client: tst_phonenumbers.)
    const auto refused = await<PhoneCode>([&](ZApiClient::Done<PhoneCode> done) {
        return m_client->phoneCode(credentials(), PhoneNumber(), m_context.get(), std::move(done));
    });
    QCOMPARE(refused.calls, 1);
    QVERIFY(!refused.ranInsideTheCall);
    QCOMPARE(refused.error.code, ErrorCode::InvalidPhone);
    QCOMPARE(refused.value.code, QString());
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TstZApiClient::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("expectationKnown");

    struct Expectation
    {
        QString endpoint;
        ErrorCode expected;
        QJsonObject extra;
        int retryAfter;
        QString detail;
    };
    QHash<QString, QList<Expectation>> expectations;
    const auto row = [&expectations](const QString &mode, const QString &endpoint, ErrorCode expected,
                                     const QJsonObject &extra = {}, int retryAfter = -1, const QString &detail = {}) {
        expectations[mode].append(Expectation{endpoint, expected, extra, retryAfter, detail});
    };
    const QString code = QStringLiteral("extension-token");
    const QString status = QStringLiteral("status");
    const QString qr = QStringLiteral("qr-code");
    const QString phone = QStringLiteral("phone-code");
    const QString device = QStringLiteral("device");
    const QString restart = QStringLiteral("restart");
    const QString disconnect = QStringLiteral("disconnect");
    const QString list = QStringLiteral("list");

    row(QStringLiteral("delay"), code, ErrorCode::None, {{QStringLiteral("delayMs"), 200}});
    row(QStringLiteral("delay"), list, ErrorCode::None, {{QStringLiteral("delayMs"), 200}});
    // Ends at the timeout faults() sets, the shortest Settings allows.
    row(QStringLiteral("delay"), status, ErrorCode::Timeout, {{QStringLiteral("delayMs"), 60000}});
    row(QStringLiteral("hang"), code, ErrorCode::Timeout);
    row(QStringLiteral("hang"), phone, ErrorCode::Timeout);
    row(QStringLiteral("hang"), list, ErrorCode::Timeout);
    // A byte every 200 ms never lets the time between two bytes reach the timeout, and the
    // whole answer would take 10 s (the code) or minutes (the list): only the deadline on the
    // whole request ends it, at the timeout.
    row(QStringLiteral("slow-body"), code, ErrorCode::Timeout, {{QStringLiteral("intervalMs"), 200}});
    row(QStringLiteral("slow-body"), list, ErrorCode::Timeout, {{QStringLiteral("intervalMs"), 200}});
    row(QStringLiteral("slow-body"), device, ErrorCode::Timeout);
    // Another origin; nothing listens there, and the client must not even try it (what such a
    // server would receive is in redirectToAnotherOriginIsBlocked).
    row(QStringLiteral("redirect"), code, ErrorCode::RedirectBlocked,
        {{QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}});
    row(QStringLiteral("rate-limit"), code, ErrorCode::RateLimited, {{QStringLiteral("retryAfter"), 17}}, 17);
    row(QStringLiteral("rate-limit"), status, ErrorCode::RateLimited, {}, 30);
    row(QStringLiteral("rate-limit"), phone, ErrorCode::RateLimited, {{QStringLiteral("retryAfter"), 0}}, 0);
    row(QStringLiteral("rate-limit"), list, ErrorCode::RateLimited, {{QStringLiteral("retryAfter"), 5}}, 5);
    row(QStringLiteral("rate-limit"), restart, ErrorCode::RateLimited, {}, 30);
    row(QStringLiteral("redirect"), list, ErrorCode::RedirectBlocked,
        {{QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}});
    row(QStringLiteral("server-error"), code, ErrorCode::ServerError, {}, -1, QStringLiteral("500"));
    row(QStringLiteral("server-error"), qr, ErrorCode::ServerError, {}, -1, QStringLiteral("500"));
    row(QStringLiteral("server-error"), list, ErrorCode::ServerError, {}, -1, QStringLiteral("500"));
    row(QStringLiteral("server-error"), disconnect, ErrorCode::ServerError, {}, -1, QStringLiteral("500"));
    row(QStringLiteral("malformed-json"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("malformed-json"), status, ErrorCode::MalformedResponse);
    row(QStringLiteral("malformed-json"), device, ErrorCode::MalformedResponse);
    row(QStringLiteral("malformed-json"), list, ErrorCode::MalformedResponse);
    for (const QString &endpoint : {code, status, qr, phone, device, restart, disconnect, list})
        row(QStringLiteral("wrong-types"), endpoint, ErrorCode::MalformedResponse);
    // 2 MiB announced: dropped as soon as the headers say so.
    row(QStringLiteral("oversized"), code, ErrorCode::ResponseTooLarge);
    row(QStringLiteral("oversized"), qr, ErrorCode::ResponseTooLarge);
    row(QStringLiteral("oversized"), list, ErrorCode::ResponseTooLarge); // over the list's own, larger cap
    // No size announced and no end: only counting the bytes as they come stops it.
    row(QStringLiteral("oversized-chunked"), code, ErrorCode::ResponseTooLarge);
    row(QStringLiteral("oversized-chunked"), status, ErrorCode::ResponseTooLarge);
    row(QStringLiteral("oversized-chunked"), list, ErrorCode::ResponseTooLarge);
    // Content-Length promises twice what comes before the server hangs up: the connection
    // broke in the middle of the answer.
    row(QStringLiteral("truncated"), code, ErrorCode::ConnectionFailed);
    row(QStringLiteral("truncated"), status, ErrorCode::ConnectionFailed);
    row(QStringLiteral("truncated"), list, ErrorCode::ConnectionFailed);
    row(QStringLiteral("wrong-content-type"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("wrong-content-type"), qr, ErrorCode::MalformedResponse);
    row(QStringLiteral("wrong-content-type"), restart, ErrorCode::MalformedResponse);
    row(QStringLiteral("wrong-content-type"), list, ErrorCode::MalformedResponse);
    row(QStringLiteral("non-utf8"), code, ErrorCode::MalformedResponse);
    // 200 KB of brackets: the size cap stops it before any parser sees it (the parser's own
    // depth limit is covered in tst_zapireplies).
    row(QStringLiteral("deep-json"), code, ErrorCode::ResponseTooLarge);
    row(QStringLiteral("deep-json"), status, ErrorCode::ResponseTooLarge);
    // Within the list's larger cap: the parser's depth limit refuses it.
    row(QStringLiteral("deep-json"), list, ErrorCode::MalformedResponse);
    row(QStringLiteral("huge-number"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("expired"), code, ErrorCode::CodeAlreadyExpired);
    row(QStringLiteral("far-future"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("negative-expiry"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("empty-token"), code, ErrorCode::MalformedResponse);
    row(QStringLiteral("long-token"), code, ErrorCode::MalformedResponse);

    // One set of rows per mode the sandbox has, so a new mode without an expectation here
    // fails instead of going untested; an expectation for a mode it no longer has fails too
    // (the sandbox refuses the fault).
    QStringList modes = m_sandbox.faultModes();
    for (auto it = expectations.cbegin(); it != expectations.cend(); ++it) {
        if (!modes.contains(it.key()))
            modes.append(it.key());
    }
    for (const QString &mode : std::as_const(modes)) {
        const QList<Expectation> rows = expectations.value(mode);
        if (rows.isEmpty()) {
            QTest::addRow("%s: no expectation", qPrintable(mode))
                << QJsonObject{{QStringLiteral("mode"), mode}} << code << ErrorCode::None << -1 << QString() << false;
        }
        for (const Expectation &expectation : rows) {
            QJsonObject fault = expectation.extra;
            fault.insert(QStringLiteral("mode"), mode);
            QTest::addRow("%s on %s", qPrintable(mode), qPrintable(expectation.endpoint))
                << fault << expectation.endpoint << expectation.expected << expectation.retryAfter << expectation.detail
                << true;
        }
    }
}

void TstZApiClient::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, endpoint);
    QFETCH(ErrorCode, expected);
    QFETCH(int, retryAfter);
    QFETCH(QString, detail);
    QFETCH(bool, expectationKnown);

    QVERIFY2(expectationKnown, "the sandbox has a fault mode this table expects nothing of: add its rows");
    m_settings->setRequestTimeoutSeconds(Settings::minimumRequestTimeoutSeconds);
    fault.insert(QStringLiteral("endpoint"), endpoint);
    fault.insert(QStringLiteral("times"), 1);
    m_sandbox.setFault(fault);

    const Error error = callEndpoint(endpoint);
    QCOMPARE(error.detail, detail);
    QCOMPARE(error.code, expected);
    QCOMPARE(error.retryAfterSeconds, retryAfter);
    verifyNoSecrets(error);
    QCOMPARE(m_sandbox.requests().size(), 1); // no retry behind the caller's back
    // Whatever ended it, the request is over on the wire too: the sandbox has nothing left
    // to answer (a connection it is still feeding, or waiting on, counts as in flight).
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.stats().value(QLatin1String("inFlight")).toInt(-1), 0, timeoutMs);

    // The fault was used up: the same call works again.
    QCOMPARE(callEndpoint(endpoint).code, ErrorCode::None);
}

void TstZApiClient::countdownFollowsTheLocalClockWhateverTheServerSays_data()
{
    QTest::addColumn<qint64>("serverOffsetMs");

    QTest::newRow("same clock") << qint64(0);
    QTest::newRow("server ten minutes ahead") << 10 * minute;
    QTest::newRow("server ten minutes behind") << -10 * minute;
}

void TstZApiClient::countdownFollowsTheLocalClockWhateverTheServerSays()
{
    QFETCH(qint64, serverOffsetMs);
    m_sandbox.setClockOffset(serverOffsetMs);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto code = extensionCode();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(code.error.code, ErrorCode::None);

    // The server's clock is read from its Date header, to the second.
    QVERIFY2(qAbs(code.value.serverSkewMs - serverOffsetMs) <= 1500, qPrintable(QString::number(code.value.serverSkewMs)));
    QVERIFY(code.value.expiresAtMs >= before + serverOffsetMs + codeLifetimeMs);
    QVERIFY(code.value.expiresAtMs <= after + serverOffsetMs + codeLifetimeMs);
    const qint64 localExpiresAt = code.value.localExpiresAtMs();
    QVERIFY2(localExpiresAt >= before + codeLifetimeMs - 1000 && localExpiresAt <= after + codeLifetimeMs + 1000,
             qPrintable(QStringLiteral("%1 ms after the request").arg(localExpiresAt - before)));
}

void TstZApiClient::redirectToAnotherOriginIsBlocked()
{
    SandboxProcess otherOrigin;
    QVERIFY2(otherOrigin.start(), qPrintable(otherOrigin.errorString()));
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("redirect")},
                        {QStringLiteral("redirectTo"), otherOrigin.baseUrl().toString()}});

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, ErrorCode::RedirectBlocked);
    QCOMPARE(m_sandbox.requests().size(), 1);
    QCOMPARE(otherOrigin.requests().size(), 0); // so it never saw the Client-Token, nor the path
}

void TstZApiClient::redirectWithinTheOriginIsFollowed()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("redirect")},
                        {QStringLiteral("redirectTo"), m_sandbox.baseUrl().toString()},
                        {QStringLiteral("times"), 1}});

    const auto code = extensionCode();
    QCOMPARE(code.error.code, ErrorCode::None);
    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue &request : requests)
        QCOMPARE(headerOf(request.toObject(), "client-token"), m_sandbox.clientToken());
}

void TstZApiClient::sameOriginRedirectsAreLimited_data()
{
    QTest::addColumn<int>("redirects"); // -1: for ever
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("three are followed") << 3 << ErrorCode::None;
    QTest::newRow("a fourth is not") << 4 << ErrorCode::RedirectBlocked;
    QTest::newRow("a loop ends") << -1 << ErrorCode::RedirectBlocked;
}

void TstZApiClient::sameOriginRedirectsAreLimited()
{
    QFETCH(int, redirects);
    QFETCH(ErrorCode, expected);

    QJsonObject fault{{QStringLiteral("mode"), QStringLiteral("redirect")},
                      {QStringLiteral("redirectTo"), m_sandbox.baseUrl().toString()}};
    if (redirects > 0)
        fault.insert(QStringLiteral("times"), redirects);
    m_sandbox.setFault(fault);

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, expected);
    // The request and three redirects, each to the same path, whatever the server keeps saying.
    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 4);
    for (const QJsonValue &request : requests)
        QCOMPARE(request[QLatin1String("path")].toString(), instancePath(QStringLiteral("extension-token")));
}

void TstZApiClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_settings->setApiBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QVERIFY(!code.ranInsideTheCall);
    QCOMPARE(code.error.code, ErrorCode::ConnectionFailed);
}

void TstZApiClient::hostNotFound()
{
    // Over 253 characters, so the resolver refuses the name on this computer: the test sends
    // no DNS query anywhere, yet goes through the same lookup failure as a mistyped host.
    QString host;
    for (const char letter : {'a', 'b', 'c', 'd', 'e'})
        host += QString(63, QLatin1Char(letter)) + QLatin1Char('.');
    host += QStringLiteral("invalid");
    const QUrl url(QStringLiteral("https://") + host);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    m_settings->setApiBaseUrlOverride(url);

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, ErrorCode::HostNotFound);
}

void TstZApiClient::httpsToSomethingElse_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<ErrorCode>("expected");

    // A web server answers the TLS hello with plain HTTP; OpenSSL reads that as a record of
    // the wrong version and the handshake fails.
    QTest::newRow("plain HTTP server") << QStringLiteral("plain") << ErrorCode::TlsFailure;
    QTest::newRow("hangs up at the hello") << QStringLiteral("hang-up") << ErrorCode::ConnectionFailed;
    // The sandbox answers what is not HTTP with a 400 at once, as a web server does.
    QTest::newRow("the sandbox's plain port") << QStringLiteral("sandbox") << ErrorCode::TlsFailure;
}

void TstZApiClient::httpsToSomethingElse()
{
    QFETCH(QString, server);
    QFETCH(ErrorCode, expected);

    LoopbackServer other(server == QLatin1String("plain") ? LoopbackServer::Behaviour::AnswerPlainHttp
                                                          : LoopbackServer::Behaviour::HangUp);
    QVERIFY(other.listen());
    m_settings->setApiBaseUrlOverride(httpsUrl(server == QLatin1String("sandbox") ? quint16(m_sandbox.baseUrl().port())
                                                                                  : other.port()));
    m_settings->setRequestTimeoutSeconds(3);

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, expected);
    QCOMPARE(other.connections(), server == QLatin1String("sandbox") ? 0 : 1);
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TstZApiClient::tlsCertificateIsVerified_data()
{
    QTest::addColumn<TestCertificates::Kind>("served");
    QTest::addColumn<QString>("trusted"); // what this process adds to the authorities it trusts
    QTest::addColumn<ErrorCode>("expected");

    using Kind = TestCertificates::Kind;
    const QString nothing;
    const QString itself = QStringLiteral("the certificate itself");
    const QString authority = QStringLiteral("the test authority");
    QTest::newRow("self-signed") << Kind::SelfSigned << nothing << ErrorCode::TlsFailure;
    // The two that work are what make the refusals mean something: TLS itself is fine, and
    // each refused certificate differs from an accepted one in one way only.
    QTest::newRow("self-signed, trusted") << Kind::SelfSigned << itself << ErrorCode::None;
    QTest::newRow("issued by an unknown authority") << Kind::Loopback << nothing << ErrorCode::TlsFailure;
    QTest::newRow("issued by a trusted authority") << Kind::Loopback << authority << ErrorCode::None;
    QTest::newRow("expired") << Kind::Expired << authority << ErrorCode::TlsFailure;
    QTest::newRow("for another host name") << Kind::OtherHost << authority << ErrorCode::TlsFailure;
}

void TstZApiClient::tlsCertificateIsVerified()
{
    QFETCH(TestCertificates::Kind, served);
    QFETCH(QString, trusted);
    QFETCH(ErrorCode, expected);

    SandboxProcess server;
    const TestCertificates::Files files = m_certificates.files(served);
    server.setTls(files.certificate, files.key);
    QVERIFY2(server.start({QStringLiteral("--instances"), m_instancesFile}), qPrintable(server.errorString()));
    QCOMPARE(server.clientToken(), m_sandbox.clientToken());

    // The client trusts what this process trusts; there is no other way to make it trust more.
    const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&previous] { QSslConfiguration::setDefaultConfiguration(previous); });
    QSslConfiguration configuration = previous;
    if (!trusted.isEmpty())
        configuration.addCaCertificate(trusted == QLatin1String("the test authority") ? m_certificates.authority()
                                                                                       : m_certificates.certificate(served));
    QSslConfiguration::setDefaultConfiguration(configuration);
    m_settings->setApiBaseUrlOverride(server.tlsBaseUrl());

    const auto code = extensionCode();
    QCOMPARE(code.calls, 1);
    QCOMPARE(code.error.code, expected);
    const QJsonArray requests = server.requests();
    if (expected == ErrorCode::None) {
        QCOMPARE(requests.size(), 1);
        QCOMPARE(headerOf(requests.first().toObject(), "client-token"), m_sandbox.clientToken());
        QVERIFY(server.redeem(code.value.code));
    } else {
        // Refused during the handshake, before a byte of the request: no path, no Client-Token.
        QCOMPARE(requests.size(), 0);
    }
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TstZApiClient::plainHttpToAnotherComputerIsRefusedBeforeSending()
{
    CountingProxy proxy;
    QVERIFY(proxy.install());

    m_settings->setApiBaseUrlOverride(QUrl(QStringLiteral("http://api.z-api.io")));
    const auto refused = extensionCode();
    QCOMPARE(refused.calls, 1);
    QVERIFY(!refused.ranInsideTheCall);
    QCOMPARE(refused.error.code, ErrorCode::InsecureApiBaseUrl);
    QCOMPARE(proxy.connections(), 0);

    // The same client over https does go out (to the proxy, which refuses it): the proxy sees
    // requests, and saw none before.
    m_settings->setApiBaseUrlOverride(QUrl(QStringLiteral("https://api.z-api.io")));
    const auto sent = extensionCode();
    QCOMPARE(sent.calls, 1);
    QVERIFY(sent.error);
    QCOMPARE(proxy.connections(), 1);
}

void TstZApiClient::credentialsAreCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("clientToken");
    QTest::addColumn<ErrorCode>("expected");

    const QString clientToken = SandboxProcess::defaultClientToken();
    // Each would take the request to another endpoint or host, or break the request line, if
    // it reached the URL as it is. Each is tried as the instance ID and as the token.
    const struct
    {
        const char *name;
        QString value;
    } hostile[] = {
        {"empty", QString()},
        {"dot-dot", QStringLiteral("..")},
        {"dot", QStringLiteral(".")},
        {"parent directory", QStringLiteral("../../sandbox/reset")},
        {"percent-encoded parent directory", QStringLiteral("..%2F..%2Fsandbox%2Freset")},
        {"slash", QStringLiteral("3C4D/status")},
        {"percent-encoded slash", QStringLiteral("3C4D%2F5E6F")},
        {"query", QStringLiteral("3C4D?x=1")},
        {"fragment", QStringLiteral("3C4D#frag")},
        {"user info and host", QStringLiteral("@evil.example")},
        {"another authority", QStringLiteral("//evil.example/x")},
        {"space", QStringLiteral("3C4D 5E6F")},
        {"accented letter", QStringLiteral("3C4DÉ")},
        {"full-width digits", QStringLiteral("３Ｃ４Ｄ")},
        {"emoji", QStringLiteral("3C4D😀")},
        {"CR LF and a header", QStringLiteral("3C4D\r\nX-Injected: 1")},
        {"trailing newline", instanceId + QLatin1Char('\n')},
        {"NUL", QStringLiteral("3C4D") + QChar(0) + QStringLiteral("5E6F")},
        {"129 characters", QString(129, QLatin1Char('A'))},
        {"a megabyte", QString(1024 * 1024, QLatin1Char('A'))},
    };
    for (const auto &[name, value] : hostile) {
        QTest::addRow("ID: %s", name) << value << instanceToken << clientToken << ErrorCode::InvalidInstanceId;
        QTest::addRow("token: %s", name) << instanceId << value << clientToken << ErrorCode::InvalidInstanceToken;
    }
    // The edges of what is accepted: sent, to exactly the path they make (the sandbox does
    // not know these instances).
    QTest::newRow("128 characters") << QString(128, QLatin1Char('A')) << QString(128, QLatin1Char('b')) << clientToken
                                    << ErrorCode::InstanceCredentialsRejected;
    QTest::newRow("dash and underscore") << QStringLiteral("-_3C4D_-") << QStringLiteral("_-A1B2-_") << clientToken
                                         << ErrorCode::InstanceCredentialsRejected;
    QTest::newRow("Client-Token with a space") << instanceId << instanceToken << QStringLiteral("abc def")
                                               << ErrorCode::InvalidClientToken;
    QTest::newRow("Client-Token splitting the header") << instanceId << instanceToken
                                                       << QStringLiteral("abc\r\nX-Injected: 1")
                                                       << ErrorCode::InvalidClientToken;
    QTest::newRow("Client-Token not ASCII") << instanceId << instanceToken << QStringLiteral("tokén")
                                            << ErrorCode::InvalidClientToken;
}

void TstZApiClient::credentialsAreCheckedBeforeSending()
{
    QFETCH(QString, id);
    QFETCH(QString, token);
    QFETCH(QString, clientToken);
    QFETCH(ErrorCode, expected);

    CountingProxy otherHosts;
    QVERIFY(otherHosts.install());
    const auto code = extensionCode(ApiCredentials{InstanceSecrets{id, token}, clientToken});
    QCOMPARE(code.calls, 1);
    QVERIFY(!code.ranInsideTheCall);
    QCOMPARE(code.error.code, expected);
    QCOMPARE(otherHosts.connections(), 0);
    const QJsonArray requests = m_sandbox.requests();
    if (expected != ErrorCode::InstanceCredentialsRejected) {
        QCOMPARE(requests.size(), 0);
        return;
    }
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first()[QLatin1String("path")].toString(),
             QStringLiteral("/instances/%1/token/%2/extension-token").arg(id, token));
    QCOMPARE(headerOf(requests.first().toObject(), "host"), m_sandbox.baseUrl().authority());
}

void TstZApiClient::cancelInFlight()
{
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}});
    auto outcome = std::make_shared<Outcome<ExtensionCode>>();
    QPointer<ZApiCall> call = m_client->extensionCode(credentials(), m_context.get(),
                                                      [outcome](const Error &error, const ExtensionCode &) {
                                                          ++outcome->calls;
                                                          outcome->error = error;
                                                      });
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, timeoutMs);
    QVERIFY(call);
    QCOMPARE(outcome->calls, 0);

    call->cancel();
    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), timeoutMs);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.code, ErrorCode::Cancelled);
}

void TstZApiClient::cancelBeforeTheRefusalArrives()
{
    auto outcome = std::make_shared<Outcome<ExtensionCode>>();
    QPointer<ZApiCall> call = m_client->extensionCode(ApiCredentials{InstanceSecrets{QStringLiteral("../x"), instanceToken}, {}},
                                                      m_context.get(),
                                                      [outcome](const Error &error, const ExtensionCode &) {
                                                          ++outcome->calls;
                                                          outcome->error = error;
                                                      });
    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), timeoutMs);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.code, ErrorCode::Cancelled);
}

void TstZApiClient::destroyedContextSilencesTheCallback_data()
{
    QTest::addColumn<QString>("when");

    QTest::newRow("while the server holds the request") << QStringLiteral("in flight");
    QTest::newRow("right after sending") << QStringLiteral("sent");
    QTest::newRow("before a refusal arrives") << QStringLiteral("refused");
}

void TstZApiClient::destroyedContextSilencesTheCallback()
{
    QFETCH(QString, when);

    if (when == QLatin1String("in flight"))
        m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("hang")}});
    const ApiCredentials sent = when == QLatin1String("refused")
                                    ? ApiCredentials{InstanceSecrets{QStringLiteral("../x"), instanceToken}, {}}
                                    : credentials();
    auto calls = std::make_shared<int>(0);
    auto *context = new QObject;
    QPointer<ZApiCall> call = m_client->extensionCode(sent, context, [calls](const Error &, const ExtensionCode &) {
        ++*calls;
    });
    if (when == QLatin1String("in flight"))
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, timeoutMs);
    delete context;

    // The call finishes and goes away without a word.
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), timeoutMs);
    QCOMPARE(*calls, 0);
}

void TstZApiClient::deviceBeforeAndAfterConnecting()
{
    const auto before = device();
    QCOMPARE(before.calls, 1);
    QVERIFY(!before.ranInsideTheCall);
    // Nobody linked is an answer, not an error.
    QCOMPARE(before.error.code, ErrorCode::None);
    QCOMPARE(before.value.connected, false);
    QCOMPARE(before.value.phone, QString());
    QCOMPARE(before.value.serverMessage, QStringLiteral("You are not connected"));

    m_sandbox.setConnected(instanceId, true);
    const auto after = device();
    QCOMPARE(after.error.code, ErrorCode::None);
    QCOMPARE(after.value.connected, true);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{12,13}$")).match(after.value.phone).hasMatch(),
             qPrintable(after.value.phone));
    QCOMPARE(after.value.name, QStringLiteral("Padaria Pão de Mel"));
    QVERIFY2(QStringList({QStringLiteral("iphone"), QStringLiteral("android"), QStringLiteral("smbi"),
                          QStringLiteral("smba")})
                 .contains(after.value.originalDevice),
             qPrintable(after.value.originalDevice));
    QCOMPARE(after.value.isBusiness, after.value.originalDevice.startsWith(QLatin1String("smb")));
    QCOMPARE(after.value.serverMessage, QString());

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue &request : requests) {
        QCOMPARE(pathOf(request), instancePath(QStringLiteral("device")));
        QCOMPARE(headerOf(request.toObject(), "client-token"), m_sandbox.clientToken());
    }
}

void TstZApiClient::restartKeepsTheConnection()
{
    m_sandbox.setConnected(instanceId, true);
    const auto restarted = await<bool>([&](ZApiClient::Done<bool> done) {
        return m_client->restart(credentials(), m_context.get(), std::move(done));
    });
    QCOMPARE(restarted.calls, 1);
    QVERIFY(!restarted.ranInsideTheCall);
    QCOMPARE(restarted.error.code, ErrorCode::None);
    QCOMPARE(restarted.value, true);
    QCOMPARE(instanceStatus().value.connected, true);
    QCOMPARE(pathOf(m_sandbox.requests().first()), instancePath(QStringLiteral("restart")));
}

void TstZApiClient::disconnectUnlinksWhatsApp()
{
    m_sandbox.setConnected(instanceId, true);
    const auto disconnected = await<bool>([&](ZApiClient::Done<bool> done) {
        return m_client->disconnectWhatsApp(credentials(), m_context.get(), std::move(done));
    });
    QCOMPARE(disconnected.calls, 1);
    QVERIFY(!disconnected.ranInsideTheCall);
    QCOMPARE(disconnected.error.code, ErrorCode::None);
    QCOMPARE(disconnected.value, true);
    QCOMPARE(instanceStatus().value.connected, false);
    QCOMPARE(device().value.connected, false);
    QCOMPARE(pathOf(m_sandbox.requests().first()), instancePath(QStringLiteral("disconnect")));
}

void TstZApiClient::accountPageSendsThePartnerTokenOnly()
{
    m_sandbox.setConnected(otherInstanceId, true);
    const auto page = accountPage(m_sandbox.partnerToken(), 1);
    QCOMPARE(page.calls, 1);
    QVERIFY(!page.ranInsideTheCall);
    QCOMPARE(page.error.code, ErrorCode::None);
    QCOMPARE(page.value.page, 1);
    QCOMPARE(page.value.pageSize, syncPageSize);
    QCOMPARE(page.value.totalPages, 1);
    QCOMPARE(page.value.total, qint64(2));
    QCOMPARE(page.value.instances.size(), 2);
    const AccountInstance &first = page.value.instances.at(0);
    QCOMPARE(first.instanceId, instanceId);
    QCOMPARE(first.instanceToken, instanceToken);
    QCOMPARE(first.name, QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(first.paymentStatus, QStringLiteral("PAID"));
    QVERIFY(first.due.isValid());
    QCOMPARE(first.due.timeSpec(), Qt::UTC);
    QCOMPARE(first.connected, std::optional<bool>(false));
    const AccountInstance &second = page.value.instances.at(1);
    QCOMPARE(second.instanceId, otherInstanceId);
    QCOMPARE(second.instanceToken, otherInstanceToken);
    QCOMPARE(second.connected, std::optional<bool>(true));

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.first().toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(pathOf(request), QStringLiteral("/instances?page=1&pageSize=%1").arg(syncPageSize));
    QCOMPARE(headerOf(request, "authorization"), QStringLiteral("Bearer ") + m_sandbox.partnerToken());
    QVERIFY(flagOf(request, "bearerSent"));
    QVERIFY(flagOf(request, "bearerIsPartnerToken"));
    QVERIFY(!flagOf(request, "bearerIsClientToken"));
    QVERIFY(!flagOf(request, "clientTokenSent"));
    QVERIFY(!hasHeader(request, "client-token"));
    QCOMPARE(headerOf(request, "accept"), QStringLiteral("application/json"));
    QCOMPARE(headerOf(request, "user-agent"), QString::fromLatin1(ZApiClient::userAgent()));
    QVERIFY(!hasHeader(request, "cookie"));
}

void TstZApiClient::instanceRequestsNeverCarryThePartnerToken()
{
    // A partner request first: whatever it set up must not follow into the instance requests.
    const QStringList endpoints{QStringLiteral("extension-token"), QStringLiteral("status"), QStringLiteral("qr-code"),
                                QStringLiteral("phone-code"),      QStringLiteral("device"), QStringLiteral("restart"),
                                QStringLiteral("disconnect")};
    for (const QString &endpoint : QStringList{QStringLiteral("list")} + endpoints) {
        const Error error = callEndpoint(endpoint);
        QVERIFY2(!error && error.detail.isEmpty(), qPrintable(endpoint + QLatin1Char(' ') + error.detail));
    }

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), endpoints.size() + 1);
    QVERIFY(pathOf(requests.first()).startsWith(QLatin1String("/instances?")));
    QVERIFY(!flagOf(requests.first(), "clientTokenSent"));
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const QJsonValue request = requests.at(i);
        QVERIFY2(pathOf(request).startsWith(QStringLiteral("/instances/%1/token/%2/").arg(instanceId, instanceToken)),
                 qPrintable(pathOf(request)));
        QVERIFY(flagOf(request, "clientTokenSent"));
        QVERIFY(!flagOf(request, "clientTokenIsPartnerToken"));
        QVERIFY(!flagOf(request, "bearerSent"));
        QVERIFY(!hasHeader(request.toObject(), "authorization"));
        QVERIFY(!pathOf(request).contains(m_sandbox.partnerToken()));
    }
}

void TstZApiClient::accountPagesFollowTheServersPageSize()
{
    // An account of its own, larger than a page and not a whole number of them.
    SandboxProcess account;
    QVERIFY2(account.start(), qPrintable(account.errorString()));
    QJsonArray generated;
    QVERIFY(account.generateInstances(250, QStringLiteral("Cliente"), &generated));
    QCOMPARE(generated.size(), 250);
    constexpr int servedPageSize = 40;
    QVERIFY(account.setMaxPageSize(servedPageSize));
    m_settings->setApiBaseUrlOverride(account.baseUrl());

    QStringList expected;
    for (const QJsonValue &instance : std::as_const(generated))
        expected << instance[QLatin1String("id")].toString() + QLatin1Char('/') + instance[QLatin1String("token")].toString();
    QStringList listed;
    int totalPages = 1;
    for (int page = 1; page <= totalPages; ++page) {
        const auto answer = accountPage(account.partnerToken(), page);
        QCOMPARE(answer.error.code, ErrorCode::None);
        QCOMPARE(answer.value.page, page);
        // Asked for 100, served 40: the page says so, and counts its pages in it.
        QCOMPARE(answer.value.pageSize, servedPageSize);
        QCOMPARE(answer.value.total, qint64(250));
        QCOMPARE(answer.value.totalPages, 7);
        totalPages = answer.value.totalPages;
        QCOMPARE(answer.value.instances.size(), page < 7 ? servedPageSize : 250 - 6 * servedPageSize);
        for (const AccountInstance &instance : answer.value.instances)
            listed << instance.instanceId + QLatin1Char('/') + instance.instanceToken;
    }
    QCOMPARE(listed, expected);

    // Past the last page: an empty page, not an error.
    const auto pastTheEnd = accountPage(account.partnerToken(), 8);
    QCOMPARE(pastTheEnd.error.code, ErrorCode::None);
    QCOMPARE(pastTheEnd.value.page, 8);
    QVERIFY(pastTheEnd.value.instances.isEmpty());

    const QJsonArray requests = account.requests();
    QCOMPARE(requests.size(), 8);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(pathOf(requests.at(i)), QStringLiteral("/instances?page=%1&pageSize=%2").arg(i + 1).arg(syncPageSize));
    for (const QJsonValue &request : requests) {
        QVERIFY(flagOf(request, "bearerIsPartnerToken"));
        QVERIFY(!flagOf(request, "clientTokenSent"));
    }
}

void TstZApiClient::wrongPartnerTokenIsRejected_data()
{
    QTest::addColumn<QString>("partnerToken");

    QTest::newRow("a wrong token") << wrongPartnerToken;
    // The easy mistake: the account's other token.
    QTest::newRow("the Client-Token") << SandboxProcess::defaultClientToken();
    QTest::newRow("4,096 characters") << QString(4096, QLatin1Char('P'));
}

void TstZApiClient::wrongPartnerTokenIsRejected()
{
    QFETCH(QString, partnerToken);

    const auto page = accountPage(partnerToken, 1);
    QCOMPARE(page.calls, 1);
    QVERIFY(!page.ranInsideTheCall);
    QCOMPARE(page.error.code, ErrorCode::PartnerTokenRejected);
    QVERIFY(page.value.instances.isEmpty());
    QVERIFY(!page.error.message().contains(partnerToken));
    QVERIFY(!page.error.detail.contains(partnerToken));

    const QJsonArray requests = m_sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(headerOf(requests.first().toObject(), "authorization"), QStringLiteral("Bearer ") + partnerToken);
    QVERIFY(!flagOf(requests.first(), "bearerIsPartnerToken"));
    QVERIFY(!flagOf(requests.first(), "clientTokenSent"));
}

void TstZApiClient::partnerTokenIsCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("partnerToken");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("empty") << QString() << ErrorCode::PartnerTokenMissing;
    QTest::newRow("a space") << QStringLiteral("abc def") << ErrorCode::InvalidPartnerToken;
    QTest::newRow("a leading space") << QStringLiteral(" abcdef") << ErrorCode::InvalidPartnerToken;
    QTest::newRow("splitting the header") << QStringLiteral("abc\r\nX-Injected: 1") << ErrorCode::InvalidPartnerToken;
    QTest::newRow("a trailing newline") << SandboxProcess::defaultPartnerToken() + QLatin1Char('\n')
                                        << ErrorCode::InvalidPartnerToken;
    QTest::newRow("NUL") << QStringLiteral("abc") + QChar(0) + QStringLiteral("def") << ErrorCode::InvalidPartnerToken;
    QTest::newRow("not ASCII") << QStringLiteral("tokén") << ErrorCode::InvalidPartnerToken;
    QTest::newRow("4,097 characters") << QString(4097, QLatin1Char('P')) << ErrorCode::InvalidPartnerToken;
}

void TstZApiClient::partnerTokenIsCheckedBeforeSending()
{
    QFETCH(QString, partnerToken);
    QFETCH(ErrorCode, expected);

    CountingProxy otherHosts;
    QVERIFY(otherHosts.install());
    const auto page = accountPage(partnerToken, 1);
    QCOMPARE(page.calls, 1);
    QVERIFY(!page.ranInsideTheCall);
    QCOMPARE(page.error.code, expected);
    QCOMPARE(otherHosts.connections(), 0);
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TstZApiClient::cancelDuringASlowBody()
{
    // Cancelled while the answer trickles in: Cancelled, once, and the deadline that would
    // have ended it goes with the call.
    m_sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("slow-body")}, {QStringLiteral("intervalMs"), 200}});
    auto outcome = std::make_shared<Outcome<AccountPage>>();
    QPointer<ZApiCall> call = m_client->accountPage(m_sandbox.partnerToken(), 1, syncPageSize, m_context.get(),
                                                    [outcome](const Error &error, const AccountPage &) {
                                                        ++outcome->calls;
                                                        outcome->error = error;
                                                    });
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.stats().value(QLatin1String("inFlight")).toInt(-1), 1, timeoutMs);
    QVERIFY(call);
    QCOMPARE(outcome->calls, 0);

    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), timeoutMs);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.code, ErrorCode::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.stats().value(QLatin1String("inFlight")).toInt(-1), 0, timeoutMs);
}

QTEST_GUILESS_MAIN(TstZApiClient)
#include "tst_zapiclient.moc"
