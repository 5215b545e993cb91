#include "SandboxProcess.h"
#include "SandboxServer.h"
#include "TestCertificates.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using PartnerDesk::Sandbox::Fault;
using PartnerDesk::Sandbox::SandboxServer;
using PartnerDesk::Testing::SandboxProcess;
using PartnerDesk::Testing::TestCertificates;

namespace {

const QString InstanceId = QStringLiteral("5E1F0A2B3C4D5E6F708192A3B4C5D6E7");
const QString InstanceToken = QStringLiteral("PROCESSTOKEN000000000001");
const QByteArray Disconnected = R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})";
const QByteArray Connected = R"({"connected":true,"error":"You are already connected","smartphoneConnected":true})";

QString instancePath(const QString &endpoint, const QString &id = InstanceId, const QString &token = InstanceToken)
{
    return QStringLiteral("/instances/%1/token/%2/%3").arg(id, token, endpoint);
}

SandboxProcess::Headers clientToken(const QString &token)
{
    return {{QByteArrayLiteral("Client-Token"), token.toLatin1()}};
}

SandboxProcess::Headers bearer(const QString &token)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}};
}

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TstSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firstStdoutLineIsTheBaseUrl();
    void instancesFileIsServed();
    void demoServesDemoInstancesWithDemoTokens();
    void demoCodesWaitForTheCustomer();
    void missingTokensFallBackToAnnouncedDefaults();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void portInUseExitsWithOne();
    void versionAndHelpExitCleanly();
    void redeemFlowEndToEnd();
    void faultsAndClockThroughControlEndpoints();
    void connectionStateThroughControlEndpoints();
    void partnerAccountThroughControlEndpoints();
    void requestsInFlightThroughControlEndpoints();
    void tlsPortServesTheSameApi();

private:
    bool startWithInstance(SandboxProcess &sandbox);

    QTemporaryDir m_dir;
    QString m_instancesFile;
    TestCertificates m_certificates;
};

void TstSandboxProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_instancesFile = SandboxProcess::writeInstancesFile(
        m_dir, QJsonArray{QJsonObject{{QStringLiteral("id"), InstanceId},
                                      {QStringLiteral("token"), InstanceToken},
                                      {QStringLiteral("name"), QStringLiteral("Papelaria Estrela")},
                                      {QStringLiteral("phone"), QStringLiteral("5547991112233")}},
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("0000000000000000000000000000000B")},
                                      {QStringLiteral("token"), QStringLiteral("SECONDTOKEN0000000000002")},
                                      {QStringLiteral("name"), QStringLiteral("Borracharia Central")}}});
    QVERIFY(!m_instancesFile.isEmpty());
    QVERIFY2(m_certificates.create(), qPrintable(m_certificates.errorString()));
}

bool TstSandboxProcess::startWithInstance(SandboxProcess &sandbox)
{
    const bool started = sandbox.start({QStringLiteral("--instances"), m_instancesFile});
    if (!started)
        qWarning("%s", qPrintable(sandbox.errorString()));
    return started;
}

void TstSandboxProcess::firstStdoutLineIsTheBaseUrl()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QUrl url = sandbox.baseUrl();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), QString());

    int status = 0;
    QCOMPARE(sandbox.get(QStringLiteral("/nowhere"), {}, &status), QByteArrayLiteral(R"({"error":"Not found"})"));
    QCOMPARE(status, 404);
    QCOMPARE(sandbox.requests().size(), 1);
}

void TstSandboxProcess::instancesFileIsServed()
{
    SandboxProcess sandbox;
    QVERIFY(startWithInstance(sandbox));

    int status = 0;
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), clientToken(sandbox.clientToken()), &status), Disconnected);
    QCOMPARE(status, 200);
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), clientToken(QStringLiteral("stale")), &status),
             QByteArrayLiteral(R"({"error":"Client-Token stale not allowed"})"));
    QCOMPARE(status, 403);

    const QJsonObject list = object(sandbox.get(QStringLiteral("/instances?page=1&pageSize=10"), bearer(sandbox.partnerToken()), &status));
    QCOMPARE(status, 200);
    QCOMPARE(list.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray content = list.value(QLatin1String("content")).toArray();
    QCOMPARE(content.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Papelaria Estrela"));
    QCOMPARE(content.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Borracharia Central"));
}

void TstSandboxProcess::demoServesDemoInstancesWithDemoTokens()
{
    SandboxProcess sandbox;
    sandbox.setClientToken({});
    sandbox.setPartnerToken({});
    QVERIFY2(sandbox.start({QStringLiteral("--demo")}), qPrintable(sandbox.errorString()));

    const auto demo = SandboxServer::demoInstances();
    const QString bakeryStatus = instancePath(QStringLiteral("status"), demo.first().id, demo.first().token);
    int status = 0;
    QCOMPARE(sandbox.get(bakeryStatus, clientToken(SandboxServer::demoClientToken()), &status), Disconnected);
    QCOMPARE(status, 200);
    sandbox.get(bakeryStatus, clientToken(SandboxProcess::defaultClientToken()), &status);
    QCOMPARE(status, 403);

    const QJsonObject list = object(
        sandbox.get(QStringLiteral("/instances?page=1&pageSize=20"), bearer(SandboxServer::demoPartnerToken()), &status));
    QCOMPARE(status, 200);
    QCOMPARE(list.value(QLatin1String("total")).toInt(), 8);
    const QJsonArray content = list.value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 8);
    for (qsizetype i = 0; i < demo.size(); ++i) {
        QCOMPARE(content.at(i).toObject().value(QLatin1String("id")).toString(), demo.at(i).id);
        QCOMPARE(content.at(i).toObject().value(QLatin1String("name")).toString(), demo.at(i).name);
    }
}

// A demo shows the countdown, its last minute and expiry: nothing redeems a code by itself,
// it stays the customer's to use until its very end.
void TstSandboxProcess::demoCodesWaitForTheCustomer()
{
    SandboxProcess sandbox;
    sandbox.setClientToken({});
    sandbox.setPartnerToken({});
    QVERIFY2(sandbox.start({QStringLiteral("--demo")}), qPrintable(sandbox.errorString()));
    const auto bakery = SandboxServer::demoInstances().first();
    const auto token = clientToken(SandboxServer::demoClientToken());
    const QString statusPath = instancePath(QStringLiteral("status"), bakery.id, bakery.token);

    int status = 0;
    const QJsonObject code = object(sandbox.get(instancePath(QStringLiteral("extension-token"), bakery.id, bakery.token), token, &status));
    QCOMPARE(status, 200);
    // The server's clock (the machine's, like ours) moved to a few seconds before the code expires.
    sandbox.setClockOffset(code.value(QLatin1String("expiresAt")).toInteger() - QDateTime::currentMSecsSinceEpoch() - 5000);
    QCOMPARE(sandbox.get(statusPath, token), Disconnected);
    QVERIFY2(sandbox.redeem(code.value(QLatin1String("token")).toString()), "the customer can still use the code");
    QCOMPARE(sandbox.get(statusPath, token), Connected);
}

void TstSandboxProcess::missingTokensFallBackToAnnouncedDefaults()
{
    SandboxProcess sandbox;
    sandbox.setClientToken({});
    sandbox.setPartnerToken({});
    QVERIFY(startWithInstance(sandbox));

    int status = 0;
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), clientToken(QStringLiteral("sandbox-client-token")), &status),
             Disconnected);
    QCOMPARE(status, 200);
    sandbox.get(QStringLiteral("/instances"), bearer(QStringLiteral("sandbox-partner-token")), &status);
    QCOMPARE(status, 200);
    QTRY_VERIFY(sandbox.standardError().contains("no --client-token given, using \"sandbox-client-token\""));
    QVERIFY(sandbox.standardError().contains("no --partner-token given, using \"sandbox-partner-token\""));
}

void TstSandboxProcess::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                                       << QStringLiteral("--port needs a number from 0 to 65535, not \"http\"");
    QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("65536")}
                                    << QStringLiteral("--port needs a number from 0 to 65535, not \"65536\"");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--port")} << QStringLiteral("Missing value after '--port'.");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("demo")} << QStringLiteral("unexpected argument \"demo\"");
    QTest::newRow("missing instances file") << QStringList{QStringLiteral("--instances"), QStringLiteral("/nonexistent/i.json")}
                                            << QStringLiteral("/nonexistent/i.json: No such file or directory");
    const TestCertificates::Files tls = m_certificates.files(TestCertificates::Kind::Loopback);
    const QString certificateOption = QStringLiteral("--tls-certificate");
    const QString keyOption = QStringLiteral("--tls-key");
    QTest::newRow("certificate without key") << QStringList{certificateOption, tls.certificate}
                                             << QStringLiteral("--tls-certificate and --tls-key go together");
    QTest::newRow("key without certificate") << QStringList{keyOption, tls.key}
                                             << QStringLiteral("--tls-certificate and --tls-key go together");
    QTest::newRow("missing certificate file")
        << QStringList{certificateOption, QStringLiteral("/nonexistent/c.pem"), keyOption, tls.key}
        << QStringLiteral("/nonexistent/c.pem: No such file or directory");
    QTest::newRow("not a certificate") << QStringList{certificateOption, m_instancesFile, keyOption, tls.key}
                                       << m_instancesFile + QStringLiteral(": not a PEM certificate");
    QTest::newRow("a certificate as the key") << QStringList{certificateOption, tls.certificate, keyOption, tls.certificate}
                                              << tls.certificate + QStringLiteral(": not an unencrypted PEM private key (EC or RSA)");
    QTest::newRow("TLS port too large") << QStringList{QStringLiteral("--tls-port"), QStringLiteral("65536")}
                                        << QStringLiteral("--tls-port needs a number from 0 to 65535, not \"65536\"");
    QTest::newRow("TLS port without TLS") << QStringList{QStringLiteral("--tls-port"), QStringLiteral("8443")}
                                          << QStringLiteral("--tls-port needs --tls-certificate and --tls-key");
    QTest::newRow("page size 0") << QStringList{QStringLiteral("--max-page-size"), QStringLiteral("0")}
                                 << QStringLiteral("--max-page-size needs a positive whole number, not \"0\"");
    QTest::newRow("page size not a number") << QStringList{QStringLiteral("--max-page-size"), QStringLiteral("ten")}
                                            << QStringLiteral("--max-page-size needs a positive whole number, not \"ten\"");
}

void TstSandboxProcess::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    SandboxProcess sandbox;
    QVERIFY(!sandbox.start(arguments));
    QCOMPARE(sandbox.exitCode(), 2);
    const QString standardError = QString::fromUtf8(sandbox.standardError());
    QCOMPARE(standardError.count(QLatin1Char('\n')), 1);
    QVERIFY2(standardError.startsWith(QStringLiteral("partnerdesk-sandbox: ") + message), qPrintable(standardError));
}

void TstSandboxProcess::portInUseExitsWithOne()
{
    SandboxProcess first;
    QVERIFY(first.start());
    const QString port = QString::number(first.baseUrl().port());

    SandboxProcess second;
    QVERIFY(!second.start({QStringLiteral("--port"), port}));
    QCOMPARE(second.exitCode(), 1);
    const QString standardError = QString::fromUtf8(second.standardError());
    QVERIFY2(standardError.contains(QStringLiteral("partnerdesk-sandbox: cannot listen on 127.0.0.1:") + port + QLatin1Char(':')),
             qPrintable(standardError));
}

void TstSandboxProcess::versionAndHelpExitCleanly()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(SandboxProcess::executablePath(), {QStringLiteral("--version")});
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArrayLiteral("partnerdesk-sandbox " PARTNERDESK_VERSION "\n"));

    process.start(SandboxProcess::executablePath(), {QStringLiteral("--help")});
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port <N>", "--client-token <T>", "--partner-token <T>", "--max-page-size <N>",
                               "--instances <FILE.json>", "--demo", "--tls-certificate <FILE.pem>", "--tls-key <FILE.pem>",
                               "--tls-port <N>"})
        QVERIFY2(help.contains(option), option);
}

void TstSandboxProcess::redeemFlowEndToEnd()
{
    SandboxProcess sandbox;
    QVERIFY(startWithInstance(sandbox));
    const auto token = clientToken(sandbox.clientToken());

    int status = 0;
    const QString code = object(sandbox.get(instancePath(QStringLiteral("extension-token")), token, &status))
                             .value(QLatin1String("token"))
                             .toString();
    QCOMPARE(status, 200);
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), token), Disconnected);
    QVERIFY(!sandbox.redeem(QStringLiteral("NOPE-NOPE")));
    QVERIFY(sandbox.redeem(code));
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), token), Connected);
    QVERIFY2(!sandbox.redeem(code), "a code connects only once");

    const QJsonArray requests = sandbox.requests();
    QCOMPARE(requests.size(), 3);
    const QStringList expectedPaths{instancePath(QStringLiteral("extension-token")), instancePath(QStringLiteral("status")),
                                    instancePath(QStringLiteral("status"))};
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QLatin1String("path")).toString(), expectedPaths.at(i));
        QCOMPARE(request.value(QLatin1String("headers")).toObject().value(QLatin1String("client-token")).toString(),
                 sandbox.clientToken());
    }
    sandbox.clearRequests();
    QCOMPARE(sandbox.requests(), QJsonArray());
}

void TstSandboxProcess::faultsAndClockThroughControlEndpoints()
{
    SandboxProcess sandbox;
    QVERIFY(startWithInstance(sandbox));
    const auto token = clientToken(sandbox.clientToken());
    const QString extensionToken = instancePath(QStringLiteral("extension-token"));

    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("rate-limit")}, {QStringLiteral("times"), 1}});
    int status = 0;
    QCOMPARE(sandbox.get(extensionToken, token, &status), QByteArrayLiteral(R"({"error":"Too many requests"})"));
    QCOMPARE(status, 429);
    sandbox.get(extensionToken, token, &status);
    QCOMPARE(status, 200);

    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("wrong-types")}});
    QCOMPARE(sandbox.get(extensionToken, token), QByteArrayLiteral(R"({"token":1234,"expiresAt":"soon"})"));
    sandbox.clearFaults();
    sandbox.get(extensionToken, token, &status);
    QCOMPARE(status, 200);

    const QJsonObject refused = object(sandbox.post(QStringLiteral("/sandbox/faults"), {{QStringLiteral("mode"), QStringLiteral("melt")}}, &status));
    QCOMPARE(status, 400);
    QCOMPARE(refused.value(QLatin1String("error")).toString(), QStringLiteral(R"(Unknown fault mode "melt")"));
    QCOMPARE(refused.value(QLatin1String("modes")).toArray(), QJsonArray::fromStringList(Fault::modeNames()));
    QCOMPARE(sandbox.faultModes(), Fault::modeNames());

    constexpr qint64 offset = -60 * 60 * 1000;
    sandbox.setClockOffset(offset);
    const qint64 before = QDateTime::currentMSecsSinceEpoch() + offset;
    const qint64 expiresAt = object(sandbox.get(extensionToken, token)).value(QLatin1String("expiresAt")).toInteger();
    const qint64 after = QDateTime::currentMSecsSinceEpoch() + offset;
    QVERIFY(expiresAt >= before + 5 * 60 * 1000 && expiresAt <= after + 5 * 60 * 1000);

    sandbox.reset();
    QCOMPARE(sandbox.requests(), QJsonArray());
    const qint64 resetExpiry = object(sandbox.get(extensionToken, token)).value(QLatin1String("expiresAt")).toInteger();
    QVERIFY(resetExpiry >= after - offset + 5 * 60 * 1000);
}

void TstSandboxProcess::connectionStateThroughControlEndpoints()
{
    SandboxProcess sandbox;
    QVERIFY(startWithInstance(sandbox));
    const auto token = clientToken(sandbox.clientToken());

    sandbox.setConnected(InstanceId, true);
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), token), Connected);
    sandbox.reset();
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status")), token), Disconnected);
}

void TstSandboxProcess::partnerAccountThroughControlEndpoints()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--instances"), m_instancesFile, QStringLiteral("--max-page-size"), QStringLiteral("10")}),
             qPrintable(sandbox.errorString()));
    const auto token = clientToken(sandbox.clientToken());
    const auto listPage = [&sandbox](int page, int pageSize) {
        return object(sandbox.get(QStringLiteral("/instances?page=%1&pageSize=%2").arg(page).arg(pageSize),
                                  bearer(sandbox.partnerToken())));
    };

    QJsonArray generated;
    QVERIFY(sandbox.generateInstances(23, QStringLiteral("Loja"), &generated)); // 25 in all
    QCOMPARE(generated.size(), 23);
    QCOMPARE(generated.last()[QLatin1String("name")].toString(), QStringLiteral("Loja 0023"));
    QJsonObject list = listPage(3, 100);
    QCOMPARE(list.value(QLatin1String("pageSize")).toInt(), 10);
    QCOMPARE(list.value(QLatin1String("totalPage")).toInt(), 3);
    QCOMPARE(list.value(QLatin1String("content")).toArray().size(), 5);
    QVERIFY(sandbox.setMaxPageSize(25));
    list = listPage(1, 100);
    QCOMPARE(list.value(QLatin1String("pageSize")).toInt(), 25);
    QCOMPARE(list.value(QLatin1String("content")).toArray().size(), 25);

    // Rename, rotate the token, fall behind on payments; then go.
    const QString rotated = QStringLiteral("ROTATEDPROCESSTOKEN00001");
    QVERIFY(sandbox.upsertInstance({{QStringLiteral("id"), InstanceId}, {QStringLiteral("name"), QStringLiteral("Papelaria Nova")},
                                    {QStringLiteral("token"), rotated}, {QStringLiteral("paymentStatus"), QStringLiteral("OVERDUE")}}));
    const QJsonObject changed = listPage(1, 1).value(QLatin1String("content")).toArray().first().toObject();
    QCOMPARE(changed.value(QLatin1String("name")).toString(), QStringLiteral("Papelaria Nova"));
    QCOMPARE(changed.value(QLatin1String("paymentStatus")).toString(), QStringLiteral("OVERDUE"));
    int status = 0;
    sandbox.get(instancePath(QStringLiteral("status")), token, &status);
    QCOMPARE(status, 401);
    QCOMPARE(sandbox.get(instancePath(QStringLiteral("status"), InstanceId, rotated), token), Disconnected);
    QVERIFY(sandbox.removeInstance(InstanceId));
    sandbox.get(instancePath(QStringLiteral("status"), InstanceId, rotated), token, &status);
    QCOMPARE(status, 404);
    QVERIFY(!sandbox.removeInstance(InstanceId));
    QCOMPARE(listPage(1, 100).value(QLatin1String("total")).toInt(), 24);

    // A new one, with no name.
    QVERIFY(sandbox.upsertInstance({{QStringLiteral("id"), QStringLiteral("NEW0000000000000000000000000000A")},
                                    {QStringLiteral("token"), QStringLiteral("NEWPROCESSTOKEN000000001")},
                                    {QStringLiteral("name"), QString()}}));
    list = listPage(1, 100);
    QCOMPARE(list.value(QLatin1String("total")).toInt(), 25);
    QCOMPARE(list.value(QLatin1String("content")).toArray().last()[QLatin1String("name")].toString(), QString());

    // A new partner token takes over at once.
    const QString oldPartnerToken = sandbox.partnerToken();
    QVERIFY(sandbox.changePartnerToken(QStringLiteral("rotated-partner-token-5b3c")));
    QCOMPARE(sandbox.partnerToken(), QStringLiteral("rotated-partner-token-5b3c"));
    sandbox.get(QStringLiteral("/instances?page=1&pageSize=10"), bearer(oldPartnerToken), &status);
    QCOMPARE(status, 401);
    QCOMPARE(listPage(1, 10).value(QLatin1String("total")).toInt(), 25);

    // The log says where each token went, never which it was beyond the headers.
    const QJsonObject lastRequest = sandbox.requests().last().toObject();
    QCOMPARE(lastRequest.value(QLatin1String("bearerIsPartnerToken")), QJsonValue(true));
    QCOMPARE(lastRequest.value(QLatin1String("clientTokenSent")), QJsonValue(false));
    QCOMPARE(lastRequest.value(QLatin1String("bearerIsClientToken")), QJsonValue(false));
}

void TstSandboxProcess::requestsInFlightThroughControlEndpoints()
{
    SandboxProcess sandbox;
    QVERIFY(startWithInstance(sandbox));
    sandbox.setFault({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 600000}});

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(instancePath(QStringLiteral("status")))));
        request.setRawHeader("Client-Token", sandbox.clientToken().toLatin1());
        replies.emplace_back(network.get(request));
    }
    const auto inFlight = [&sandbox] { return sandbox.stats().value(QLatin1String("inFlight")).toInt(); };
    QTRY_COMPARE(inFlight(), 3);
    replies.front()->abort();
    QTRY_COMPARE(inFlight(), 2);
    QCOMPARE(sandbox.stats(), (QJsonObject{{QStringLiteral("inFlight"), 2}, {QStringLiteral("maxInFlight"), 3},
                                           {QStringLiteral("requests"), 3}}));

    QVERIFY(sandbox.resetStats());
    QCOMPARE(sandbox.stats(), (QJsonObject{{QStringLiteral("inFlight"), 2}, {QStringLiteral("maxInFlight"), 2},
                                           {QStringLiteral("requests"), 0}}));
    for (const auto &reply : replies)
        reply->abort();
    QTRY_COMPARE(inFlight(), 0);

    const QJsonObject logged = sandbox.requests().first().toObject();
    QCOMPARE(logged.value(QLatin1String("clientTokenSent")), QJsonValue(true));
    QCOMPARE(logged.value(QLatin1String("bearerSent")), QJsonValue(false));
    QCOMPARE(logged.value(QLatin1String("clientTokenIsPartnerToken")), QJsonValue(false));
}

void TstSandboxProcess::tlsPortServesTheSameApi()
{
    SandboxProcess sandbox;
    const TestCertificates::Files files = m_certificates.files(TestCertificates::Kind::Loopback);
    sandbox.setTls(files.certificate, files.key);
    QVERIFY(startWithInstance(sandbox));
    const QUrl url = sandbox.tlsBaseUrl();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0 && url.port() != sandbox.baseUrl().port());

    // A client that trusts the test authority, and nothing else.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url.resolved(QUrl(instancePath(QStringLiteral("status")))));
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.setCaCertificates({m_certificates.authority()});
    request.setSslConfiguration(configuration);
    request.setRawHeader("Client-Token", sandbox.clientToken().toLatin1());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->sslConfiguration().peerCertificate(), m_certificates.certificate(TestCertificates::Kind::Loopback));
    QCOMPARE(reply->readAll(), Disconnected);

    // One request log for both ports.
    const QJsonArray requests = sandbox.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QLatin1String("path")).toString(), instancePath(QStringLiteral("status")));
}

QTEST_GUILESS_MAIN(TstSandboxProcess)
#include "tst_sandboxprocess.moc"
