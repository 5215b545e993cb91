#include "HttpConnection.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <vector>

using namespace PartnerDesk::Sandbox;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString ClientToken = QStringLiteral("client-token-under-test");
const QString PartnerToken = QStringLiteral("partner-token-under-test");
const SandboxInstance Bakery{QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9"), QStringLiteral("BAKERYTOKEN0000000000001"),
                             QStringLiteral("Padaria Teste Pão"), QStringLiteral("5511999990001")};
const SandboxInstance Garage{QStringLiteral("1F2E3D4C5B6A79880796A5B4C3D2E1F0"), QStringLiteral("GARAGETOKEN0000000000002"),
                             QStringLiteral("Oficina Teste"), QStringLiteral("5521999990002")};
const SandboxInstance Florist{QStringLiteral("AB12CD34EF56AB78CD90EF12AB34CD56"), QStringLiteral("FLORISTTOKEN000000000003"),
                              QStringLiteral("Floricultura Primavera"), QString()};

constexpr qint64 FiveMinutesMs = 5 * 60 * 1000;
constexpr qint64 NoExpiryCheck = std::numeric_limits<qint64>::min();
const QString CodePattern = QStringLiteral("[A-Z0-9]{4}-[A-Z0-9]{4}");

QString instancePath(const SandboxInstance &instance, const QString &endpoint)
{
    return QStringLiteral("/instances/%1/token/%2/%3").arg(instance.id, instance.token, endpoint);
}

Headers withClientToken(const QString &token = ClientToken)
{
    return {{QByteArrayLiteral("Client-Token"), token.toLatin1()}};
}

Headers withBearer(const QString &token = PartnerToken)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray rawGet(const QString &pathAndQuery, const Headers &headers = withClientToken())
{
    QByteArray request = "GET " + pathAndQuery.toLatin1() + " HTTP/1.1\r\nHost: x\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    return request + "\r\n";
}

QJsonObject counts(int inFlight, int maxInFlight, int requests)
{
    return QJsonObject{{QStringLiteral("inFlight"), inFlight},
                       {QStringLiteral("maxInFlight"), maxInFlight},
                       {QStringLiteral("requests"), requests}};
}

// A client on a bare socket: it keeps every read apart, to show how an answer arrives, and
// hangs up whenever the test says.
class RawClient
{
public:
    RawClient(const QUrl &baseUrl, const QByteArray &request)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this, request] { m_socket.write(request); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_reads.append(m_socket.readAll()); });
        m_socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(baseUrl.port()));
    }

    QTcpSocket &socket() { return m_socket; }
    QByteArray received() const { return m_reads.join(); }
    // The length of the status line and headers with their blank line; -1 until all are in.
    qsizetype headSize() const
    {
        const qsizetype end = received().indexOf("\r\n\r\n");
        return end < 0 ? -1 : end + 4;
    }
    QByteArray body() const { return headSize() < 0 ? QByteArray() : received().mid(headSize()); }
    // How many reads brought bytes of the body.
    int bodyReads() const
    {
        int reads = 0;
        qsizetype end = 0;
        for (const QByteArray &read : m_reads) {
            end += read.size();
            reads += headSize() >= 0 && end > headSize();
        }
        return reads;
    }

private:
    QTcpSocket m_socket;
    QByteArrayList m_reads;
};

// Date headers have whole seconds, so the lower bound is rounded down.
QDateTime parseHttpDate(const QByteArray &value)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}) "
        "(\\d{2}:\\d{2}:\\d{2}) GMT$"));
    const auto match = shape.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return {};
    const QDate date = QLocale::c().toDate(match.captured(2), QStringLiteral("dd MMM yyyy"));
    const QDateTime result(date, QTime::fromString(match.captured(3), QStringLiteral("hh:mm:ss")), QTimeZone::utc());
    return QLocale::c().toString(date, QStringLiteral("ddd")) == match.captured(1) ? result : QDateTime();
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TstSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void extensionTokenHasZapiShape();
    void extensionTokenIsFreshEachCallAndOlderCodesStayValid();
    void statusFollowsRedeem();
    void redeemRejectsUnknownAndExpiredCodes();
    void liveCodeIsTheNewestUsableOne();
    void qrCodeIsAPngDataUrl();
    void phoneCode_data();
    void phoneCode();
    void partnerList_data();
    void partnerList();
    void partnerListItemHasZapiFields();
    void partnerListNeedsThePartnerBearer_data();
    void partnerListNeedsThePartnerBearer();
    void partnerListRejectsBadPaging_data();
    void partnerListRejectsBadPaging();
    void partnerListServesAtMostTheCap();
    void partnerTokenChangesWhileRunning();
    void upsertAddsOrChangesOnlyWhatIsGiven();
    void removedInstanceAnswersAsUnknown();
    void generateMakesDistinctWorkingInstances();
    void deviceSaysWhoIsConnected();
    void restartKeepsTheConnection();
    void disconnectUnlinksWhatsApp();
    void clientTokenIsCheckedBeforeTheInstance();
    void instanceAndPathErrors_data();
    void instanceAndPathErrors();
    void onlyGetIsAllowedOnZapiRoutes();
    void everyResponseCarriesStandardHeaders();
    void recordsZapiRequestsOnly();
    void requestLogSaysWhichTokenWentWhere_data();
    void requestLogSaysWhichTokenWentWhere();
    void faultModes_data();
    void faultModes();
    void faultValidation_data();
    void faultValidation();
    void faultModesAreListed();
    void faultIsLimitedByTimes();
    void faultIsScopedToInstanceAndEndpoint();
    void faultsWaitForAuthenticationExceptRedirect();
    void faultedCallIssuesNoCode();
    void clearingFaultsRestoresNormalReplies();
    void delayFaultAnswersLater();
    void hangFaultNeverAnswers();
    void redirectFaultPointsAtRedirectTo();
    void truncatedFaultCutsTheBodyShort();
    void oversizedChunkedFaultNeverEnds();
    void listFaultTargetsOnePage();
    void slowBodySendsTheHeadAtOnce();
    void slowBodyArrivesInPieces();
    void slowBodyOfAnySizeStopsWhenTheClientLeaves();
    void statsCountRequestsInFlight();
    void answeredRequestsLeaveTheCount();
    void requestAbortedMidDelayLeavesTheCount();
    void clockOffsetMovesDateAndExpiry();
    void controlStatusSetsTheState();
    void resetForgetsEverything();
    void controlEndpointsCheckMethodAndBody_data();
    void controlEndpointsCheckMethodAndBody();
    void malformedRequestsAreRejected_data();
    void malformedRequestsAreRejected();
    void loadInstancesFile_data();
    void loadInstancesFile();
    void demoInstancesAreRealisticAndFixed();

private:
    QNetworkReply *startCall(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers = {},
                             const QByteArray &body = {});
    Reply call(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers = {},
               const QByteArray &body = {});
    Reply get(const QString &pathAndQuery, const Headers &headers = withClientToken())
    {
        return call(QByteArrayLiteral("GET"), pathAndQuery, headers);
    }
    Reply control(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return call(verb, path, {}, body);
    }
    // The canonical call for a fault's endpoint name, authenticated as the product would.
    Reply callEndpoint(const QString &endpoint);
    QString issueCode(const SandboxInstance &instance);
    QByteArray rawExchange(const QByteArray &request);
    // The instance as the partner list shows it.
    QJsonObject listed(const QString &instanceId);
    QStringList listedIds();
    QJsonObject stats() { return control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/stats")).object(); }
    int inFlight() { return stats().value(QLatin1String("inFlight")).toInt(); }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TstSandboxServer::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<SandboxServer>();
    m_server->setClientToken(ClientToken);
    m_server->setPartnerToken(PartnerToken);
    m_server->addInstance(Bakery);
    m_server->addInstance(Garage);
    m_server->addInstance(Florist);
    QVERIFY(m_server->listen());
}

void TstSandboxServer::cleanup()
{
    m_server.reset();
}

QNetworkReply *TstSandboxServer::startCall(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers,
                                           const QByteArray &body)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, verb, body);
}

Reply TstSandboxServer::call(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers,
                             const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(startCall(verb, pathAndQuery, headers, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        reply->abort();
    return Reply{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                 reply->rawHeaderPairs(), reply->readAll()};
}

Reply TstSandboxServer::callEndpoint(const QString &endpoint)
{
    if (endpoint == QLatin1String("list"))
        return get(QStringLiteral("/instances?page=1&pageSize=10"), withBearer());
    if (endpoint == QLatin1String("qr-code"))
        return get(instancePath(Bakery, QStringLiteral("qr-code/image")));
    if (endpoint == QLatin1String("phone-code"))
        return get(instancePath(Bakery, QStringLiteral("phone-code/5511999990001")));
    return get(instancePath(Bakery, endpoint));
}

QString TstSandboxServer::issueCode(const SandboxInstance &instance)
{
    return get(instancePath(instance, QStringLiteral("extension-token"))).object().value(QLatin1String("token")).toString();
}

QJsonObject TstSandboxServer::listed(const QString &instanceId)
{
    const QJsonObject page = get(QStringLiteral("/instances?page=1&pageSize=10&query=") + instanceId, withBearer()).object();
    const QJsonArray content = page.value(QLatin1String("content")).toArray();
    return content.size() == 1 ? content.first().toObject() : QJsonObject();
}

QStringList TstSandboxServer::listedIds()
{
    QStringList ids;
    const QJsonObject page = get(QStringLiteral("/instances?page=1&pageSize=100"), withBearer()).object();
    for (const QJsonValue &item : page.value(QLatin1String("content")).toArray())
        ids.append(item.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QByteArray TstSandboxServer::rawExchange(const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &answer] { answer += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_server->baseUrl().port()));
    if (!connected.wait(5000))
        return {};
    socket.write(request);
    disconnected.wait(5000);
    return answer;
}

void TstSandboxServer::extensionTokenHasZapiShape()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply reply = get(instancePath(Bakery, QStringLiteral("extension-token")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    const QJsonObject body = reply.object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("expiresAt"), QStringLiteral("token")}));
    QVERIFY(body.value(QLatin1String("token")).isString());
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(body.value(QLatin1String("token")).toString()).hasMatch());
    QVERIFY(body.value(QLatin1String("expiresAt")).isDouble());
    const qint64 expiresAt = body.value(QLatin1String("expiresAt")).toInteger();
    QVERIFY2(expiresAt >= before + FiveMinutesMs && expiresAt <= after + FiveMinutesMs, QByteArray::number(expiresAt));

    const QDateTime date = parseHttpDate(reply.header("Date"));
    QVERIFY2(date.isValid(), reply.header("Date"));
    QVERIFY(date.toMSecsSinceEpoch() >= before - 1000 && date.toMSecsSinceEpoch() <= after);
}

void TstSandboxServer::extensionTokenIsFreshEachCallAndOlderCodesStayValid()
{
    const QString first = issueCode(Bakery);
    const QString second = issueCode(Bakery);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);

    QVERIFY(m_server->redeem(first));
    QVERIFY2(!m_server->redeem(first), "a code connects only once");
    // What people type: lower case, stray spaces.
    QVERIFY(m_server->redeem(QStringLiteral("  %1 ").arg(second.toLower())));
}

void TstSandboxServer::statusFollowsRedeem()
{
    const QString statusPath = instancePath(Bakery, QStringLiteral("status"));
    Reply reply = get(statusPath);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})"));

    QSignalSpy changes(m_server.get(), &SandboxServer::connectionChanged);
    const QString code = issueCode(Bakery);
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/redeem"), json({{QStringLiteral("code"), code}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), (QJsonObject{{QStringLiteral("instance"), Bakery.id}, {QStringLiteral("connected"), true}}));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first(), (QVariantList{Bakery.id, true}));

    reply = get(statusPath);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"connected":true,"error":"You are already connected","smartphoneConnected":true})"));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).object().value(QLatin1String("connected")), QJsonValue(false));
}

void TstSandboxServer::redeemRejectsUnknownAndExpiredCodes()
{
    QVERIFY(!m_server->redeem(QStringLiteral("ZZZZ-ZZZZ")));
    Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/redeem"),
                          json({{QStringLiteral("code"), QStringLiteral("ZZZZ-ZZZZ")}}));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"Unknown or expired code"})"));

    const QString expiring = issueCode(Bakery);
    const QString lasting = issueCode(Garage);
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"),
                    json({{QStringLiteral("offsetMs"), FiveMinutesMs - 10000}}));
    QCOMPARE(reply.status, 200);
    QVERIFY2(m_server->redeem(lasting), "still inside its five minutes");

    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"), json({{QStringLiteral("offsetMs"), FiveMinutesMs + 1000}}));
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/redeem"), json({{QStringLiteral("code"), expiring}}));
    QCOMPARE(reply.status, 404);
    QVERIFY(!m_server->isConnected(Bakery.id));
}

// What the demo's "Code expires soon" acts on: the code the instance's window shows.
void TstSandboxServer::liveCodeIsTheNewestUsableOne()
{
    QVERIFY(!m_server->liveCode(Garage.id));
    const QJsonObject first = get(instancePath(Garage, QStringLiteral("extension-token"))).object();
    m_server->setClockOffset(1000); // a second later, so the second code outlives the first
    const QJsonObject second = get(instancePath(Garage, QStringLiteral("extension-token"))).object();
    QVERIFY(first.value(QLatin1String("token")) != second.value(QLatin1String("token")));

    std::optional<SandboxServer::LiveCode> live = m_server->liveCode(Garage.id);
    QVERIFY(live);
    QCOMPARE(live->code, second.value(QLatin1String("token")).toString());
    QCOMPARE(live->expiresAtMs, second.value(QLatin1String("expiresAt")).toInteger());
    QVERIFY2(!m_server->liveCode(Bakery.id), "a code belongs to its instance");

    QVERIFY(m_server->redeem(live->code));
    live = m_server->liveCode(Garage.id);
    QVERIFY2(live && live->code == first.value(QLatin1String("token")).toString(), "a redeemed code is used up");
    m_server->setClockOffset(FiveMinutesMs + 1000);
    QVERIFY2(!m_server->liveCode(Garage.id), "an expired code is not live");
}

void TstSandboxServer::qrCodeIsAPngDataUrl()
{
    const Reply reply = get(instancePath(Bakery, QStringLiteral("qr-code/image")));
    QCOMPARE(reply.status, 200);
    const QString value = reply.object().value(QLatin1String("value")).toString();
    const QLatin1String prefix("data:image/png;base64,");
    QVERIFY2(value.startsWith(prefix), qPrintable(value.left(40)));

    const QByteArray png = QByteArray::fromBase64(value.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(296, 296)); // (29 modules + 2 * 4 quiet) * 8 px
    const auto at = [&image](int column, int row) { return image.pixelColor(column * 8 + 36, row * 8 + 36); };
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // quiet zone
    for (const QPoint corner : {QPoint(0, 0), QPoint(22, 0), QPoint(0, 22)}) {
        QCOMPARE(at(corner.x(), corner.y()), QColor(Qt::black)); // finder ring
        QCOMPARE(at(corner.x() + 1, corner.y() + 1), QColor(Qt::white)); // gap inside the ring
        QCOMPARE(at(corner.x() + 3, corner.y() + 3), QColor(Qt::black)); // finder centre
    }
    QCOMPARE(at(7, 3), QColor(Qt::white)); // separator next to the top-left finder
}

void TstSandboxServer::phoneCode_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("status");

    QTest::newRow("13 digits") << QStringLiteral("5511999999999") << 200;
    QTest::newRow("10 digits") << QStringLiteral("1199999999") << 200;
    QTest::newRow("15 digits") << QStringLiteral("551199999999912") << 200;
    QTest::newRow("9 digits") << QStringLiteral("119999999") << 400;
    QTest::newRow("16 digits") << QStringLiteral("5511999999999123") << 400;
    QTest::newRow("plus sign") << QStringLiteral("+5511999999999") << 400;
    QTest::newRow("letters") << QStringLiteral("55119999ABCDE") << 400;
}

void TstSandboxServer::phoneCode()
{
    QFETCH(QString, phone);
    QFETCH(int, status);

    const Reply reply = get(instancePath(Bakery, QStringLiteral("phone-code/") + phone));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.object().keys(), QStringList{QStringLiteral("value")});
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{10}$")).match(reply.object().value(QLatin1String("value")).toString()).hasMatch());
    } else {
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"Invalid phone"})"));
    }
}

void TstSandboxServer::partnerList_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("totalPage");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("first page") << QStringLiteral("page=1&pageSize=2") << 3 << 2 << 1 << 2 << QStringList{Bakery.id, Garage.id};
    QTest::newRow("last page") << QStringLiteral("page=2&pageSize=2") << 3 << 2 << 2 << 2 << QStringList{Florist.id};
    QTest::newRow("past the end") << QStringLiteral("page=3&pageSize=2") << 3 << 2 << 3 << 2 << QStringList();
    QTest::newRow("defaults") << QString() << 3 << 1 << 1 << 10 << QStringList{Bakery.id, Garage.id, Florist.id};
    QTest::newRow("query ignores case") << QStringLiteral("page=1&pageSize=10&query=TESTE") << 2 << 1 << 1 << 10
                                        << QStringList{Bakery.id, Garage.id};
    QTest::newRow("query with accent") << QStringLiteral("page=1&pageSize=10&query=p%C3%83O") << 1 << 1 << 1 << 10
                                       << QStringList{Bakery.id};
    QTest::newRow("query without match") << QStringLiteral("page=1&pageSize=5&query=sorveteria") << 0 << 0 << 1 << 5
                                         << QStringList();
}

void TstSandboxServer::partnerList()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(int, totalPage);
    QFETCH(int, page);
    QFETCH(int, pageSize);
    QFETCH(QStringList, ids);

    const Reply reply = get(QStringLiteral("/instances?") + query, withBearer());
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QLatin1String("total")).toInt(), total);
    QCOMPARE(body.value(QLatin1String("totalPage")).toInt(), totalPage);
    QCOMPARE(body.value(QLatin1String("page")).toInt(), page);
    QCOMPARE(body.value(QLatin1String("pageSize")).toInt(), pageSize);
    QStringList contentIds;
    for (const QJsonValue &item : body.value(QLatin1String("content")).toArray())
        contentIds.append(item.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(contentIds, ids);
}

void TstSandboxServer::partnerListItemHasZapiFields()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    m_server->addInstance(Florist); // re-adding stamps a fresh creation time
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_server->setConnected(Florist.id, true));

    const Reply reply = get(QStringLiteral("/instances?page=1&pageSize=10&query=primavera"), withBearer());
    const QJsonObject item = reply.object().value(QLatin1String("content")).toArray().at(0).toObject();
    QCOMPARE(item.keys(), (QStringList{QStringLiteral("created"), QStringLiteral("due"), QStringLiteral("id"),
                                       QStringLiteral("middleware"), QStringLiteral("name"), QStringLiteral("paymentStatus"),
                                       QStringLiteral("phoneConnected"), QStringLiteral("token"),
                                       QStringLiteral("whatsappConnected")}));
    QCOMPARE(item.value(QLatin1String("id")).toString(), Florist.id);
    QCOMPARE(item.value(QLatin1String("token")).toString(), Florist.token);
    QCOMPARE(item.value(QLatin1String("name")).toString(), Florist.name);
    const qint64 created = item.value(QLatin1String("created")).toInteger();
    QVERIFY(created >= before && created <= after);
    QCOMPARE(item.value(QLatin1String("due")).toInteger(), created + 30LL * 24 * 60 * 60 * 1000);
    QCOMPARE(item.value(QLatin1String("paymentStatus")).toString(), QStringLiteral("PAID"));
    QCOMPARE(item.value(QLatin1String("phoneConnected")), QJsonValue(true));
    QCOMPARE(item.value(QLatin1String("whatsappConnected")), QJsonValue(true));
    QCOMPARE(item.value(QLatin1String("middleware")).toString(), QStringLiteral("web"));
}

void TstSandboxServer::partnerListNeedsThePartnerBearer_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    QTest::newRow("no header") << Headers() << 401;
    QTest::newRow("wrong token") << withBearer(QStringLiteral("nope")) << 401;
    QTest::newRow("client token instead") << withClientToken() << 401;
    QTest::newRow("basic scheme") << Headers{{QByteArrayLiteral("Authorization"), "Basic " + PartnerToken.toLatin1()}} << 401;
    QTest::newRow("lower-case scheme") << Headers{{QByteArrayLiteral("Authorization"), "bearer " + PartnerToken.toLatin1()}} << 200;
    QTest::newRow("scheme without token") << Headers{{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ")}} << 401;
    QTest::newRow("client token as the bearer") << withBearer(ClientToken) << 401;
    // Not needed, and not held against the caller either.
    QTest::newRow("partner token and a client token") << withBearer() + withClientToken() << 200;
}

void TstSandboxServer::partnerListNeedsThePartnerBearer()
{
    QFETCH(Headers, headers);
    QFETCH(int, status);

    const Reply reply = get(QStringLiteral("/instances?page=1&pageSize=10"), headers);
    QCOMPARE(reply.status, status);
    if (status == 401)
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"Unauthorized"})"));
}

void TstSandboxServer::partnerListRejectsBadPaging_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("page 0") << QStringLiteral("page=0&pageSize=10");
    QTest::newRow("negative pageSize") << QStringLiteral("page=1&pageSize=-2");
    QTest::newRow("text pageSize") << QStringLiteral("page=1&pageSize=ten");
}

void TstSandboxServer::partnerListRejectsBadPaging()
{
    QFETCH(QString, query);

    const Reply reply = get(QStringLiteral("/instances?") + query, withBearer());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"page and pageSize must be positive integers"})"));
}

void TstSandboxServer::clientTokenIsCheckedBeforeTheInstance()
{
    const SandboxInstance unknown{QStringLiteral("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"), Bakery.token, QString(), QString()};
    for (const SandboxInstance &instance : {Bakery, unknown}) {
        Reply reply = get(instancePath(instance, QStringLiteral("status")), {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"null not allowed"})"));

        reply = get(instancePath(instance, QStringLiteral("status")), withClientToken(QStringLiteral("guess-123")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"Client-Token guess-123 not allowed"})"));
    }
}

void TstSandboxServer::instanceAndPathErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("unknown instance") << QStringLiteral("/instances/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF/token/%1/status").arg(Bakery.token)
                                      << 404 << QByteArrayLiteral(R"({"error":"Instance not found"})");
    QTest::newRow("another instance's token") << QStringLiteral("/instances/%1/token/%2/status").arg(Bakery.id, Garage.token)
                                              << 401 << QByteArrayLiteral(R"({"error":"Invalid instance token"})");
    QTest::newRow("device of an unknown instance")
        << QStringLiteral("/instances/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF/token/%1/device").arg(Bakery.token) << 404
        << QByteArrayLiteral(R"({"error":"Instance not found"})");
    QTest::newRow("restart with another instance's token")
        << QStringLiteral("/instances/%1/token/%2/restart").arg(Garage.id, Bakery.token) << 401
        << QByteArrayLiteral(R"({"error":"Invalid instance token"})");
    QTest::newRow("disconnect with another instance's token")
        << QStringLiteral("/instances/%1/token/%2/disconnect").arg(Garage.id, Bakery.token) << 401
        << QByteArrayLiteral(R"({"error":"Invalid instance token"})");
    QTest::newRow("device with more after it") << instancePath(Bakery, QStringLiteral("device/model")) << 404
                                               << QByteArrayLiteral(R"({"error":"Not found"})");
    QTest::newRow("unsupported endpoint") << instancePath(Bakery, QStringLiteral("restore-session")) << 404
                                          << QByteArrayLiteral(R"({"error":"Not found"})");
    QTest::newRow("qr-code without image") << instancePath(Bakery, QStringLiteral("qr-code")) << 404
                                           << QByteArrayLiteral(R"({"error":"Not found"})");
    QTest::newRow("root") << QStringLiteral("/") << 404 << QByteArrayLiteral(R"({"error":"Not found"})");
}

void TstSandboxServer::instanceAndPathErrors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    const Reply reply = get(path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);
}

void TstSandboxServer::onlyGetIsAllowedOnZapiRoutes()
{
    for (const QByteArray &verb : {QByteArrayLiteral("POST"), QByteArrayLiteral("DELETE"), QByteArrayLiteral("PUT")}) {
        const Reply reply = call(verb, instancePath(Bakery, QStringLiteral("extension-token")), withClientToken(), "{}");
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"Method not allowed"})"));
        QCOMPARE(reply.header("Allow"), QByteArrayLiteral("GET"));
    }
    QVERIFY2(!m_server->redeem(QStringLiteral("AAAA-AAAA")), "a refused call issues nothing");
}

void TstSandboxServer::everyResponseCarriesStandardHeaders()
{
    const QList<Reply> replies{get(instancePath(Bakery, QStringLiteral("status"))),
                               get(instancePath(Bakery, QStringLiteral("status")), {}),
                               get(QStringLiteral("/nowhere")),
                               control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/requests"))};
    for (const Reply &reply : replies) {
        QVERIFY(reply.status != 0);
        QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
        QCOMPARE(reply.header("Content-Length"), QByteArray::number(reply.body.size()));
        QCOMPARE(reply.header("Connection"), QByteArrayLiteral("close"));
        QVERIFY2(parseHttpDate(reply.header("Date")).isValid(), reply.header("Date"));
    }
}

void TstSandboxServer::recordsZapiRequestsOnly()
{
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    get(instancePath(Bakery, QStringLiteral("status")));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"), json({{QStringLiteral("offsetMs"), 0}}));
    call(QByteArrayLiteral("POST"), QStringLiteral("/instances?page=1&pageSize=3"), withBearer(), "{}");
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const Reply reply = control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/requests"));
    QCOMPARE(reply.status, 200);
    const QJsonArray recorded = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded, m_server->recordedRequests());
    QCOMPARE(received.count(), 2);
    QCOMPARE(received.at(0).at(0).toJsonObject(), recorded.at(0).toObject());

    const QJsonObject first = recorded.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QLatin1String("path")).toString(), instancePath(Bakery, QStringLiteral("status")));
    QCOMPARE(first.value(QLatin1String("headers")).toObject().value(QLatin1String("client-token")).toString(), ClientToken);
    QVERIFY(first.value(QLatin1String("headers")).toObject().contains(QLatin1String("host")));
    const qint64 receivedAt = first.value(QLatin1String("receivedAt")).toInteger();
    QVERIFY(receivedAt >= before && receivedAt <= after);

    const QJsonObject second = recorded.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(second.value(QLatin1String("path")).toString(), QStringLiteral("/instances?page=1&pageSize=3"));
    QCOMPARE(second.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString(),
             QStringLiteral("Bearer ") + PartnerToken);

    QCOMPARE(control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/requests")).status, 200);
    QCOMPARE(m_server->recordedRequests(), QJsonArray());
}

void TstSandboxServer::faultModes_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type at all
    QTest::addColumn<QByteArray>("retryAfter"); // empty: no Retry-After at all
    QTest::addColumn<QString>("bodyPattern"); // matched against the body's bytes read as Latin-1
    QTest::addColumn<qint64>("expiresAtFromNow");

    const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    const auto mode = [](const char *name, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("mode"), QLatin1String(name));
        return extra;
    };
    const auto exactly = [](const char *body) { return QRegularExpression::escape(QLatin1String(body)); };
    const QString token = QStringLiteral(R"("token":")") + CodePattern + QLatin1Char('"');
    const QString codeBody = QStringLiteral(R"(\{"expiresAt":\d{13},)") + token + QStringLiteral(R"(\})");

    QTest::newRow("delay") << mode("delay", {{QStringLiteral("delayMs"), 1}}) << QStringLiteral("extension-token") << 200
                           << json << QByteArray() << codeBody << FiveMinutesMs;
    QTest::newRow("malformed-json") << mode("malformed-json") << QStringLiteral("extension-token") << 200 << json
                                    << QByteArray() << exactly(R"({"token": "AB)") << NoExpiryCheck;
    QTest::newRow("malformed-json on list") << mode("malformed-json") << QStringLiteral("list") << 200 << json
                                            << QByteArray() << exactly(R"({"token": "AB)") << NoExpiryCheck;
    QTest::newRow("wrong-types on extension-token")
        << mode("wrong-types") << QStringLiteral("extension-token") << 200 << json << QByteArray()
        << exactly(R"({"token":1234,"expiresAt":"soon"})") << NoExpiryCheck;
    QTest::newRow("wrong-types on status") << mode("wrong-types") << QStringLiteral("status") << 200 << json << QByteArray()
                                           << exactly(R"({"connected":"yes","error":404,"smartphoneConnected":"no"})")
                                           << NoExpiryCheck;
    QTest::newRow("wrong-types on qr-code") << mode("wrong-types") << QStringLiteral("qr-code") << 200 << json
                                            << QByteArray() << exactly(R"({"value":42})") << NoExpiryCheck;
    QTest::newRow("wrong-types on phone-code") << mode("wrong-types") << QStringLiteral("phone-code") << 200 << json
                                               << QByteArray() << exactly(R"({"value":["A1B2C3D4E5"]})") << NoExpiryCheck;
    QTest::newRow("wrong-types on list")
        << mode("wrong-types") << QStringLiteral("list") << 200 << json << QByteArray()
        << exactly(R"({"total":"8","totalPage":true,"pageSize":"10","page":[1],"content":{"id":1}})") << NoExpiryCheck;
    QTest::newRow("wrong-types on device")
        << mode("wrong-types") << QStringLiteral("device") << 200 << json << QByteArray()
        << exactly(R"({"phone":5511999990001,"name":["Z-API"],"device":"Z-API","isBusiness":"no"})") << NoExpiryCheck;
    QTest::newRow("wrong-types on restart") << mode("wrong-types") << QStringLiteral("restart") << 200 << json << QByteArray()
                                            << exactly(R"({"value":"true"})") << NoExpiryCheck;
    QTest::newRow("wrong-types on disconnect") << mode("wrong-types") << QStringLiteral("disconnect") << 200 << json
                                               << QByteArray() << exactly(R"({"value":"true"})") << NoExpiryCheck;
    QTest::newRow("delay on device") << mode("delay", {{QStringLiteral("delayMs"), 1}}) << QStringLiteral("device") << 200
                                     << json << QByteArray() << exactly(R"({"error":"You are not connected"})")
                                     << NoExpiryCheck;
    QTest::newRow("slow-body") << mode("slow-body", {{QStringLiteral("intervalMs"), 1}}) << QStringLiteral("restart") << 200
                               << json << QByteArray() << exactly(R"({"value":true})") << NoExpiryCheck;
    QTest::newRow("slow-body on extension-token") << mode("slow-body", {{QStringLiteral("intervalMs"), 1}})
                                                  << QStringLiteral("extension-token") << 200 << json << QByteArray()
                                                  << codeBody << FiveMinutesMs;
    QTest::newRow("rate-limit") << mode("rate-limit") << QStringLiteral("extension-token") << 429 << json
                                << QByteArrayLiteral("30") << exactly(R"({"error":"Too many requests"})") << NoExpiryCheck;
    QTest::newRow("rate-limit with retryAfter") << mode("rate-limit", {{QStringLiteral("retryAfter"), 7}})
                                                << QStringLiteral("status") << 429 << json << QByteArrayLiteral("7")
                                                << exactly(R"({"error":"Too many requests"})") << NoExpiryCheck;
    QTest::newRow("server-error") << mode("server-error") << QStringLiteral("qr-code") << 500 << json << QByteArray()
                                  << exactly(R"({"error":"Internal server error"})") << NoExpiryCheck;
    QTest::newRow("server-error on device") << mode("server-error") << QStringLiteral("device") << 500 << json << QByteArray()
                                            << exactly(R"({"error":"Internal server error"})") << NoExpiryCheck;
    QTest::newRow("redirect") << mode("redirect", {{QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}})
                              << QStringLiteral("status") << 302 << QByteArray() << QByteArray() << QString() << NoExpiryCheck;
    QTest::newRow("oversized") << mode("oversized") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                               << QStringLiteral(R"(\{"expiresAt":\d{13},"padding":"(?:x{32768}){64}",)") + token
                                      + QStringLiteral(R"(\})")
                               << FiveMinutesMs;
    QTest::newRow("wrong-content-type") << mode("wrong-content-type") << QStringLiteral("phone-code") << 200
                                        << QByteArrayLiteral("text/html; charset=utf-8") << QByteArray()
                                        << exactly("<html><body>Maintenance</body></html>") << NoExpiryCheck;
    QTest::newRow("non-utf8") << mode("non-utf8") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                              << QStringLiteral(R"(\{"expiresAt":\d{13},"token":"[A-Z0-9]{4}-\x{C3}\(\x{FF}\x{FE}"\})")
                              << FiveMinutesMs;
    QTest::newRow("deep-json") << mode("deep-json") << QStringLiteral("status") << 200 << json << QByteArray()
                               << QStringLiteral(R"((?:\[{50000}){2}(?:\]{50000}){2})") << NoExpiryCheck;
    QTest::newRow("huge-number") << mode("huge-number") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                                 << QStringLiteral(R"(\{"expiresAt":1e\+300,)") + token + QStringLiteral(R"(\})")
                                 << NoExpiryCheck;
    QTest::newRow("expired") << mode("expired") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                             << codeBody << qint64(-60000);
    QTest::newRow("far-future") << mode("far-future") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                                << QStringLiteral(R"(\{"expiresAt":13569465600000,)") + token + QStringLiteral(R"(\})")
                                << NoExpiryCheck; // 2400-01-01T00:00:00Z
    QTest::newRow("negative-expiry") << mode("negative-expiry") << QStringLiteral("extension-token") << 200 << json
                                     << QByteArray() << QStringLiteral(R"(\{"expiresAt":-5,)") + token + QStringLiteral(R"(\})")
                                     << NoExpiryCheck;
    QTest::newRow("empty-token") << mode("empty-token") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                                 << QStringLiteral(R"(\{"expiresAt":\d{13},"token":""\})") << FiveMinutesMs;
    QTest::newRow("long-token") << mode("long-token") << QStringLiteral("extension-token") << 200 << json << QByteArray()
                                << QStringLiteral(R"(\{"expiresAt":\d{13},"token":"[A-Z0-9]{10240}"\})") << FiveMinutesMs;
}

void TstSandboxServer::faultModes()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, bodyPattern);
    QFETCH(qint64, expiresAtFromNow);

    const Reply setFault = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), json(fault));
    QCOMPARE(setFault.status, 200);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply reply = callEndpoint(endpoint);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), contentType);
    QCOMPARE(reply.header("Retry-After"), retryAfter);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(reply.body.size()));
    const QString body = QString::fromLatin1(reply.body);
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(bodyPattern)).match(body).hasMatch(),
             qPrintable(body.left(300)));

    if (expiresAtFromNow != NoExpiryCheck) {
        const auto match = QRegularExpression(QStringLiteral(R"("expiresAt":(-?\d+))")).match(body);
        const qint64 expiresAt = match.captured(1).toLongLong();
        QVERIFY2(expiresAt >= before + expiresAtFromNow && expiresAt <= after + expiresAtFromNow,
                 qPrintable(match.captured(1)));
    }
}

void TstSandboxServer::faultValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown mode") << QByteArrayLiteral(R"({"mode":"explode"})") << QStringLiteral(R"(Unknown fault mode "explode")");
    QTest::newRow("no mode") << QByteArrayLiteral(R"({"times":1})") << QStringLiteral(R"(Unknown fault mode "")");
    QTest::newRow("misspelt field") << QByteArrayLiteral(R"({"mode":"hang","time":1})") << QStringLiteral(R"(Unknown field "time")");
    QTest::newRow("unknown endpoint") << QByteArrayLiteral(R"({"mode":"hang","endpoint":"me"})")
                                      << QStringLiteral("\"endpoint\" must be one of extension-token, status, qr-code, "
                                                        "phone-code, device, restart, disconnect, list");
    QTest::newRow("token mode elsewhere") << QByteArrayLiteral(R"({"mode":"expired","endpoint":"status"})")
                                          << QStringLiteral(R"(Mode "expired" only applies to extension-token)");
    QTest::newRow("zero times") << QByteArrayLiteral(R"({"mode":"hang","times":0})") << QStringLiteral("\"times\" must be a positive integer");
    QTest::newRow("fractional times") << QByteArrayLiteral(R"({"mode":"hang","times":1.5})")
                                      << QStringLiteral("\"times\" must be a positive integer");
    QTest::newRow("delay without delayMs") << QByteArrayLiteral(R"({"mode":"delay"})")
                                           << QStringLiteral(R"(Mode "delay" needs "delayMs" between 0 and 600000)");
    QTest::newRow("redirect without target") << QByteArrayLiteral(R"({"mode":"redirect"})")
                                             << QStringLiteral(R"(Mode "redirect" needs "redirectTo" like "http://127.0.0.1:8080")");
    QTest::newRow("redirect with a path") << QByteArrayLiteral(R"({"mode":"redirect","redirectTo":"http://127.0.0.1:1/x"})")
                                          << QStringLiteral(R"(Mode "redirect" needs "redirectTo" like "http://127.0.0.1:8080")");
    QTest::newRow("page of another endpoint") << QByteArrayLiteral(R"({"mode":"hang","endpoint":"status","page":2})")
                                              << QStringLiteral(R"("page" only applies to the list endpoint)");
    QTest::newRow("page with a token mode") << QByteArrayLiteral(R"({"mode":"expired","page":2})")
                                            << QStringLiteral(R"("page" only applies to the list endpoint)");
    QTest::newRow("page 0") << QByteArrayLiteral(R"({"mode":"hang","page":0})") << QStringLiteral("\"page\" must be a positive integer");
    QTest::newRow("page as text") << QByteArrayLiteral(R"({"mode":"hang","page":"2"})")
                                  << QStringLiteral("\"page\" must be a positive integer");
    QTest::newRow("intervalMs elsewhere") << QByteArrayLiteral(R"({"mode":"delay","delayMs":5,"intervalMs":5})")
                                          << QStringLiteral(R"("intervalMs" only applies to slow-body)");
    QTest::newRow("intervalMs 0") << QByteArrayLiteral(R"({"mode":"slow-body","intervalMs":0})")
                                  << QStringLiteral(R"("intervalMs" must be between 1 and 60000)");
    QTest::newRow("intervalMs over a minute") << QByteArrayLiteral(R"({"mode":"slow-body","intervalMs":60001})")
                                              << QStringLiteral(R"("intervalMs" must be between 1 and 60000)");
    QTest::newRow("not an object") << QByteArrayLiteral(R"(["hang"])") << QStringLiteral("Body must be a JSON object");
}

void TstSandboxServer::faultValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QLatin1String("error")).toString(), error);
    if (reply.object().contains(QLatin1String("modes"))) {
        QCOMPARE(reply.object().value(QLatin1String("modes")).toArray(), QJsonArray::fromStringList(Fault::modeNames()));
    } else {
        QCOMPARE(error, QStringLiteral("Body must be a JSON object"));
    }
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
}

void TstSandboxServer::faultModesAreListed()
{
    const Reply reply = control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/faults/modes"));
    QCOMPARE(reply.status, 200);
    const QJsonArray modes = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(modes, QJsonArray::fromStringList(Fault::modeNames()));
    QVERIFY(modes.contains(QStringLiteral("hang")));
    QVERIFY(modes.contains(QStringLiteral("oversized-chunked")));
    // Every name listed is one the fault endpoint takes.
    for (const QJsonValue &mode : modes) {
        QJsonObject fault{{QStringLiteral("mode"), mode}, {QStringLiteral("delayMs"), 1},
                          {QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}};
        if (mode != QStringLiteral("delay"))
            fault.remove(QStringLiteral("delayMs"));
        if (mode != QStringLiteral("redirect"))
            fault.remove(QStringLiteral("redirectTo"));
        QCOMPARE(control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), json(fault)).status, 200);
    }
    QCOMPARE(m_server->recordedRequests(), QJsonArray());
}

void TstSandboxServer::faultIsLimitedByTimes()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("times"), 2}}));
    const QString path = instancePath(Bakery, QStringLiteral("status"));
    QCOMPARE(get(path).status, 500);
    QCOMPARE(get(path).status, 500);
    QCOMPARE(get(path).status, 200);
    QCOMPARE(get(path).status, 200);
}

void TstSandboxServer::faultIsScopedToInstanceAndEndpoint()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("rate-limit")},
                  {QStringLiteral("instance"), Garage.id},
                  {QStringLiteral("endpoint"), QStringLiteral("status")}}));
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
    QCOMPARE(get(instancePath(Garage, QStringLiteral("extension-token"))).status, 200);
    QCOMPARE(get(QStringLiteral("/instances?page=1&pageSize=10"), withBearer()).status, 200);
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).status, 429);
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).status, 429);
}

void TstSandboxServer::faultsWaitForAuthenticationExceptRedirect()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("endpoint"), QStringLiteral("status")}}));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("redirect")},
                  {QStringLiteral("endpoint"), QStringLiteral("qr-code")},
                  {QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:9")}}));

    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status")), {}).status, 400);
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 500);
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("qr-code/image")), {}).status, 302);
}

void TstSandboxServer::faultedCallIssuesNoCode()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("far-future")}, {QStringLiteral("times"), 1}}));
    const QString faulted = issueCode(Bakery);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(faulted).hasMatch());
    QVERIFY(!m_server->redeem(faulted));
    QVERIFY(m_server->redeem(issueCode(Bakery)));
}

void TstSandboxServer::clearingFaultsRestoresNormalReplies()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), json({{QStringLiteral("mode"), QStringLiteral("server-error")}}));
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 500);
    const Reply cleared = control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/faults"));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.body, QByteArrayLiteral(R"({"ok":true})"));
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
}

void TstSandboxServer::delayFaultAnswersLater()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 400}}));
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> reply(startCall(QByteArrayLiteral("GET"), instancePath(Bakery, QStringLiteral("status")),
                                                   withClientToken()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY2(!finished.wait(150), "answered before the delay");
    // Another client is served meanwhile: the delay must not block the event loop.
    control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/faults"));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).status, 200);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY2(elapsed.elapsed() >= 400, QByteArray::number(elapsed.elapsed()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArrayLiteral(R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})"));
}

void TstSandboxServer::hangFaultNeverAnswers()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("times"), 1}}));
    std::unique_ptr<QNetworkReply> reply(startCall(QByteArrayLiteral("GET"), instancePath(Bakery, QStringLiteral("extension-token")),
                                                   withClientToken()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY2(!finished.wait(1000), "a hanging server answered");
    QVERIFY(reply->isRunning());
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);

    QCOMPARE(get(instancePath(Bakery, QStringLiteral("extension-token"))).status, 200);
    QCOMPARE(m_server->recordedRequests().size(), 2);
}

void TstSandboxServer::redirectFaultPointsAtRedirectTo()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("redirect")},
                  {QStringLiteral("endpoint"), QStringLiteral("list")},
                  {QStringLiteral("redirectTo"), QStringLiteral("http://127.0.0.1:4321/")}}));
    const Reply reply = get(QStringLiteral("/instances?page=2&pageSize=5&query=x"), {});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), QByteArrayLiteral("http://127.0.0.1:4321/instances?page=2&pageSize=5&query=x"));
    QCOMPARE(reply.body, QByteArray());
}

void TstSandboxServer::truncatedFaultCutsTheBodyShort()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), json({{QStringLiteral("mode"), QStringLiteral("truncated")}}));
    const Reply reply = get(instancePath(Bakery, QStringLiteral("status")));
    const QByteArray full = R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})";
    QVERIFY2(reply.error != QNetworkReply::NoError || reply.body.size() < full.size(),
             qPrintable(QStringLiteral("error %1, %2 bytes").arg(reply.error).arg(reply.body.size())));
    QVERIFY(full.startsWith(reply.body));

    const QByteArray raw = rawExchange("GET " + instancePath(Bakery, QStringLiteral("status")).toLatin1()
                                       + " HTTP/1.1\r\nHost: x\r\nClient-Token: " + ClientToken.toLatin1() + "\r\n\r\n");
    QVERIFY2(raw.contains("\r\nContent-Length: " + QByteArray::number(full.size()) + "\r\n"), raw);
    QVERIFY(raw.endsWith("\r\n\r\n" + full.left(full.size() / 2)));
}

void TstSandboxServer::oversizedChunkedFaultNeverEnds()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("oversized-chunked")}, {QStringLiteral("times"), 1}}));
    QTcpSocket socket;
    QByteArray answer;
    constexpr qsizetype enough = 4 * 1024 * 1024; // 64 times what the client accepts
    connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &answer] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_server->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + instancePath(Bakery, QStringLiteral("status")).toLatin1() + " HTTP/1.1\r\nHost: x\r\nClient-Token: "
                 + ClientToken.toLatin1() + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(answer.size() > enough, 20000);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // still sending

    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = answer.left(headEnd + 2);
    QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
    QVERIFY2(head.contains("\r\nTransfer-Encoding: chunked\r\n"), head);
    QVERIFY2(!head.contains("Content-Length"), head);
    // Well-formed chunks of 16 KiB: a client reading them has no reason to stop but their size.
    const QByteArray chunk = "4000\r\n" + QByteArray(16 * 1024, 'x') + "\r\n";
    const QByteArray body = answer.mid(headEnd + 4);
    for (qsizetype offset = 0; offset + chunk.size() <= body.size(); offset += chunk.size())
        QVERIFY2(body.mid(offset, chunk.size()) == chunk, qPrintable(QString::number(offset)));

    // The client hanging up ends it, and the server goes on as before.
    socket.abort();
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
}

void TstSandboxServer::clockOffsetMovesDateAndExpiry()
{
    constexpr qint64 offset = -3 * 60 * 60 * 1000;
    const Reply set = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"), json({{QStringLiteral("offsetMs"), offset}}));
    QCOMPARE(set.body, QByteArrayLiteral(R"({"offsetMs":-10800000})"));

    const qint64 before = QDateTime::currentMSecsSinceEpoch() + offset;
    const Reply reply = get(instancePath(Bakery, QStringLiteral("extension-token")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch() + offset;
    const qint64 date = parseHttpDate(reply.header("Date")).toMSecsSinceEpoch();
    QVERIFY2(date >= before - 1000 && date <= after, reply.header("Date"));
    const qint64 expiresAt = reply.object().value(QLatin1String("expiresAt")).toInteger();
    QVERIFY(expiresAt >= before + FiveMinutesMs && expiresAt <= after + FiveMinutesMs);
    QVERIFY(m_server->currentTimeMs() >= before && m_server->currentTimeMs() <= QDateTime::currentMSecsSinceEpoch() + offset);
}

void TstSandboxServer::controlStatusSetsTheState()
{
    Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/status"),
                          json({{QStringLiteral("instance"), Garage.id}, {QStringLiteral("connected"), true}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), (QJsonObject{{QStringLiteral("instance"), Garage.id}, {QStringLiteral("connected"), true}}));
    QVERIFY(m_server->isConnected(Garage.id));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).object().value(QLatin1String("connected")), QJsonValue(true));

    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/status"),
            json({{QStringLiteral("instance"), Garage.id}, {QStringLiteral("connected"), false}}));
    QVERIFY(!m_server->isConnected(Garage.id));

    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/status"),
                    json({{QStringLiteral("instance"), QStringLiteral("NOPE")}, {QStringLiteral("connected"), true}}));
    QCOMPARE(reply.status, 404);
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/status"),
                    json({{QStringLiteral("instance"), Garage.id}, {QStringLiteral("connected"), QStringLiteral("yes")}}));
    QCOMPARE(reply.status, 400);
}

void TstSandboxServer::resetForgetsEverything()
{
    const QString code = issueCode(Bakery);
    QVERIFY(m_server->setConnected(Garage.id, true));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), json({{QStringLiteral("mode"), QStringLiteral("server-error")}}));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"), json({{QStringLiteral("offsetMs"), 86400000}}));

    const Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/reset"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->recordedRequests(), QJsonArray());
    QCOMPARE(stats(), counts(0, 0, 0));
    QVERIFY(!m_server->isConnected(Garage.id));
    QVERIFY(!m_server->redeem(code));
    QVERIFY(qAbs(m_server->currentTimeMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
}

void TstSandboxServer::controlEndpointsCheckMethodAndBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("GET faults") << QByteArrayLiteral("GET") << QStringLiteral("/sandbox/faults") << QByteArray() << 405
                                << QByteArrayLiteral("POST, DELETE");
    QTest::newRow("POST requests") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/requests") << QByteArray() << 405
                                   << QByteArrayLiteral("GET, DELETE");
    QTest::newRow("GET reset") << QByteArrayLiteral("GET") << QStringLiteral("/sandbox/reset") << QByteArray() << 405
                               << QByteArrayLiteral("POST");
    QTest::newRow("unknown control") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/explode") << QByteArray() << 404
                                     << QByteArray();
    QTest::newRow("clock without JSON") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/clock")
                                        << QByteArrayLiteral("soon") << 400 << QByteArray();
    QTest::newRow("clock with text offset") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/clock")
                                            << QByteArrayLiteral(R"({"offsetMs":"1000"})") << 400 << QByteArray();
    QTest::newRow("GET instances") << QByteArrayLiteral("GET") << QStringLiteral("/sandbox/instances") << QByteArray() << 405
                                   << QByteArrayLiteral("POST");
    // "generate" could be an instance's id too: DELETE removes that one.
    QTest::newRow("GET generate") << QByteArrayLiteral("GET") << QStringLiteral("/sandbox/instances/generate") << QByteArray()
                                  << 405 << QByteArrayLiteral("POST, DELETE");
    QTest::newRow("POST stats") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/stats") << QByteArray() << 405
                                << QByteArrayLiteral("GET, DELETE");
    QTest::newRow("GET partner") << QByteArrayLiteral("GET") << QStringLiteral("/sandbox/partner") << QByteArray() << 405
                                 << QByteArrayLiteral("POST");
    QTest::newRow("remove an unknown instance") << QByteArrayLiteral("DELETE") << QStringLiteral("/sandbox/instances/NOPE")
                                                << QByteArray() << 404 << QByteArray();
    QTest::newRow("remove without an id") << QByteArrayLiteral("DELETE") << QStringLiteral("/sandbox/instances/") << QByteArray()
                                          << 404 << QByteArray();
    const auto post = [](const char *name, const char *path, const char *body) {
        QTest::newRow(name) << QByteArrayLiteral("POST") << QString::fromLatin1(path) << QByteArray(body) << 400 << QByteArray();
    };
    post("partner with nothing", "/sandbox/partner", "{}");
    post("partner, misspelt field", "/sandbox/partner", R"({"maxPagesize":10})");
    post("partner, page size 0", "/sandbox/partner", R"({"maxPageSize":0})");
    post("partner, page size as text", "/sandbox/partner", R"({"maxPageSize":"10"})");
    post("partner, fractional page size", "/sandbox/partner", R"({"maxPageSize":2.5})");
    post("partner, empty token", "/sandbox/partner", R"({"token":""})");
    post("partner, token with a space", "/sandbox/partner", R"({"token":"a b"})");
    post("partner, good size but bad token", "/sandbox/partner", R"({"maxPageSize":5,"token":7})");
    post("instance without id", "/sandbox/instances", R"({"token":"T"})");
    post("instance id with a slash", "/sandbox/instances", R"({"id":"A/B","token":"T"})");
    post("new instance without token", "/sandbox/instances", R"({"id":"NEWONE","name":"Nova"})");
    post("instance token with a space", "/sandbox/instances", R"({"id":"NEWONE","token":"T T"})");
    post("instance name as number", "/sandbox/instances", R"({"id":"NEWONE","token":"T","name":5})");
    post("instance phone too short", "/sandbox/instances", R"({"id":"NEWONE","token":"T","phone":"12345"})");
    post("instance phone as number", "/sandbox/instances", R"({"id":"NEWONE","token":"T","phone":5511999990001})");
    post("instance empty paymentStatus", "/sandbox/instances", R"({"id":"NEWONE","token":"T","paymentStatus":""})");
    post("instance due as text", "/sandbox/instances", R"({"id":"NEWONE","token":"T","due":"tomorrow"})");
    post("instance, misspelt field", "/sandbox/instances", R"({"id":"NEWONE","token":"T","nmae":"Nova"})");
    post("generate nothing", "/sandbox/instances/generate", R"({"count":0})");
    post("generate too many", "/sandbox/instances/generate", R"({"count":100001})");
    post("generate without count", "/sandbox/instances/generate", R"({"prefix":"Loja"})");
    post("generate with empty prefix", "/sandbox/instances/generate", R"({"count":1,"prefix":" "})");
    post("generate, misspelt field", "/sandbox/instances/generate", R"({"count":1,"prefx":"Loja"})");
    QTest::newRow("redeem without code") << QByteArrayLiteral("POST") << QStringLiteral("/sandbox/redeem")
                                         << QByteArrayLiteral(R"({"token":"AAAA-AAAA"})") << 400 << QByteArray();
}

void TstSandboxServer::controlEndpointsCheckMethodAndBody()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    const Reply reply = control(verb, path, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Allow"), allow);
    QVERIFY(reply.object().value(QLatin1String("error")).isString());
    QCOMPARE(m_server->recordedRequests(), QJsonArray());
    // A refused change changes nothing.
    QCOMPARE(m_server->instances().size(), 3);
    QVERIFY(!m_server->isConnected(QStringLiteral("NEWONE")));
    QCOMPARE(m_server->maxPageSize(), SandboxServer::DefaultMaxPageSize);
    QCOMPARE(m_server->partnerToken(), PartnerToken);
}

void TstSandboxServer::malformedRequestsAreRejected_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");

    const QByteArray badRequest = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("garbage") << QByteArrayLiteral("GARBAGE\r\n\r\n") << badRequest;
    QTest::newRow("no version") << QByteArrayLiteral("GET /instances\r\nHost: x\r\n\r\n") << badRequest;
    QTest::newRow("HTTP/2 preface") << QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << badRequest;
    QTest::newRow("absolute-form target") << QByteArrayLiteral("GET http://x/instances HTTP/1.1\r\nHost: x\r\n\r\n") << badRequest;
    QTest::newRow("header without colon") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n") << badRequest;
    QTest::newRow("space before colon") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << badRequest;
    QTest::newRow("folded header") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n more\r\n\r\n") << badRequest;
    QTest::newRow("bare LF") << QByteArrayLiteral("GET / HTTP/1.1\nHost: x\r\n\r\n") << badRequest;
    QTest::newRow("no Host") << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n") << badRequest;
    QTest::newRow("bad Content-Length") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")
                                        << badRequest;
    QTest::newRow("two Content-Lengths") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                                                              "Content-Length: 2\r\n\r\nab")
                                         << badRequest;
    QTest::newRow("chunked") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << QByteArrayLiteral("HTTP/1.1 411 Length Required\r\n");
    QTest::newRow("body over 64 KiB") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 65537\r\n\r\n")
                                      << QByteArrayLiteral("HTTP/1.1 413 Content Too Large\r\n");
    QTest::newRow("header over 16 KiB") << "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(17000, 'a') + "\r\n\r\n"
                                        << QByteArrayLiteral("HTTP/1.1 431 Request Header Fields Too Large\r\n");
    // What an HTTPS client sends first: a TLS record (0x16, version 3.1) holding a ClientHello.
    // It never contains CRLF CRLF, so waiting for the end of a header would wait for ever.
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("16030100c4010000c00303") + QByteArray(32, '\x5a')
                                     << badRequest;
    QTest::newRow("control character in the request line") << QByteArrayLiteral("GET /\x01 HTTP/1.1") << badRequest;
}

void TstSandboxServer::malformedRequestsAreRejected()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);

    const QByteArray answer = rawExchange(request);
    QVERIFY2(answer.startsWith(statusLine), answer);
    QVERIFY(answer.contains("\r\nContent-Type: application/json; charset=utf-8\r\n"));
    QVERIFY(answer.contains("\r\n\r\n{\"error\":\""));
    QCOMPARE(m_server->recordedRequests(), QJsonArray());

    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
    QVERIFY(rawExchange("GET / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 404 Not Found\r\n"));
}

void TstSandboxServer::loadInstancesFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("error"); // after "<path>: "

    QTest::newRow("good") << QByteArrayLiteral(R"([{"id":"C0FFEE00C0FFEE00C0FFEE00C0FFEE00","token":"TOKENTOKENTOKENTOKEN0001",
                                                  "name":"Sorveteria Gelato","phone":"5511912345678"},
                                                 {"id":"BEEF0000BEEF0000BEEF0000BEEF0000","token":"TOKENTOKENTOKENTOKEN0002",
                                                  "name":"Chaveiro 24h"}])")
                          << true << QString();
    QTest::newRow("empty array") << QByteArrayLiteral("[]") << true << QString();
    QTest::newRow("broken JSON") << QByteArrayLiteral(R"([{"id":)") << false
                                 << QStringLiteral("invalid JSON at offset 7: unterminated object");
    QTest::newRow("object, not array") << QByteArrayLiteral(R"({"id":"A","token":"B","name":"C"})") << false
                                       << QStringLiteral(R"(expected a JSON array of {"id", "token", "name", "phone"} objects)");
    QTest::newRow("entry not an object") << QByteArrayLiteral(R"(["A"])") << false << QStringLiteral("entry 1: not a JSON object");
    QTest::newRow("missing token") << QByteArrayLiteral(R"([{"id":"A","name":"C"}])") << false
                                   << QStringLiteral(R"(entry 1: "token" must be a non-empty string of letters, digits, '-' or '_')");
    QTest::newRow("slash in id") << QByteArrayLiteral(R"([{"id":"A/B","token":"T","name":"C"}])") << false
                                 << QStringLiteral(R"(entry 1: "id" must be a non-empty string of letters, digits, '-' or '_')");
    QTest::newRow("blank name") << QByteArrayLiteral(R"([{"id":"A","token":"T","name":"  "}])") << false
                                << QStringLiteral(R"(entry 1: "name" must be a non-empty string)");
    QTest::newRow("short phone") << QByteArrayLiteral(R"([{"id":"A","token":"T","name":"C","phone":"12345"}])") << false
                                 << QStringLiteral(R"(entry 1: "phone" must be a string of 10 to 15 digits)");
    QTest::newRow("duplicate id") << QByteArrayLiteral(R"([{"id":"A","token":"T","name":"C"},{"id":"A","token":"U","name":"D"}])")
                                  << false << QStringLiteral("entry 2: duplicate id A");
}

void TstSandboxServer::loadInstancesFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, loads);
    QFETCH(QString, error);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("instances.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    QString errorMessage;
    QCOMPARE(m_server->loadInstancesFile(path, &errorMessage), loads);
    const QJsonArray expected = QJsonDocument::fromJson(contents).array();
    if (!loads) {
        QCOMPARE(errorMessage, path + QStringLiteral(": ") + error);
        QCOMPARE(m_server->instances().size(), 3);
        return;
    }
    QCOMPARE(m_server->instances().size(), 3 + expected.size());
    for (const QJsonValue &entry : expected) {
        const QJsonObject instance = entry.toObject();
        const QString statusPath = QStringLiteral("/instances/%1/token/%2/status")
                                 .arg(instance.value(QLatin1String("id")).toString(), instance.value(QLatin1String("token")).toString());
        QCOMPARE(get(statusPath).status, 200);
    }
}

void TstSandboxServer::demoInstancesAreRealisticAndFixed()
{
    const QList<SandboxInstance> demo = SandboxServer::demoInstances();
    QCOMPARE(demo.size(), 8);
    QCOMPARE(demo.first().name, QStringLiteral("Padaria Pão de Mel"));
    QCOMPARE(demo.first().phone, QStringLiteral("5511987654321"));
    QStringList ids;
    for (const SandboxInstance &instance : demo) {
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-F]{32}$")).match(instance.id).hasMatch(), qPrintable(instance.id));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{24}$")).match(instance.token).hasMatch(), qPrintable(instance.token));
        QVERIFY2(QRegularExpression(QStringLiteral("^55[1-9][0-9]9[0-9]{8}$")).match(instance.phone).hasMatch(),
                 qPrintable(instance.phone));
        QVERIFY(!instance.name.isEmpty());
        ids.append(instance.id);
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 8);

    const QList<SandboxInstance> again = SandboxServer::demoInstances();
    for (qsizetype i = 0; i < demo.size(); ++i) {
        QCOMPARE(again.at(i).id, demo.at(i).id);
        QCOMPARE(again.at(i).token, demo.at(i).token);
    }
    QVERIFY(!SandboxServer::demoClientToken().isEmpty());
    QCOMPARE(SandboxServer::demoClientToken(), SandboxServer::demoClientToken());
    QVERIFY(SandboxServer::demoPartnerToken() != SandboxServer::demoClientToken());
}

void TstSandboxServer::partnerListServesAtMostTheCap()
{
    m_server->generateInstances(22, QStringLiteral("Loja")); // 25 in all
    const Reply capped =
        control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/partner"), json({{QStringLiteral("maxPageSize"), 10}}));
    QCOMPARE(capped.status, 200);
    QCOMPARE(capped.body, QByteArrayLiteral(R"({"maxPageSize":10})"));
    QCOMPARE(m_server->maxPageSize(), 10);

    QStringList expectedIds;
    for (const SandboxInstance &instance : m_server->instances())
        expectedIds.append(instance.id);
    QStringList pagedIds;
    for (int page = 1; page <= 3; ++page) {
        const Reply reply = get(QStringLiteral("/instances?page=%1&pageSize=100").arg(page), withBearer());
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(QLatin1String("total")).toInt(), 25);
        QCOMPARE(body.value(QLatin1String("totalPage")).toInt(), 3);
        QCOMPARE(body.value(QLatin1String("pageSize")).toInt(), 10); // what was served, not the 100 asked
        QCOMPARE(body.value(QLatin1String("page")).toInt(), page);
        const QJsonArray content = body.value(QLatin1String("content")).toArray();
        QCOMPARE(content.size(), page < 3 ? 10 : 5);
        for (const QJsonValue &item : content)
            pagedIds.append(item.toObject().value(QLatin1String("id")).toString());
    }
    QCOMPARE(pagedIds, expectedIds); // each once, in the order they were added

    // Under the cap, what is asked is what is served.
    const QJsonObject small = get(QStringLiteral("/instances?page=7&pageSize=4"), withBearer()).object();
    QCOMPARE(small.value(QLatin1String("pageSize")).toInt(), 4);
    QCOMPARE(small.value(QLatin1String("totalPage")).toInt(), 7);
    const QJsonArray lastPage = small.value(QLatin1String("content")).toArray();
    QCOMPARE(lastPage.size(), 1);
    QCOMPARE(lastPage.first().toObject().value(QLatin1String("id")).toString(), expectedIds.last());

    // The query looks in ids as well as names.
    const QString idPart = Garage.id.right(6).toLower();
    const QJsonObject byId = get(QStringLiteral("/instances?page=1&pageSize=10&query=") + idPart, withBearer()).object();
    QCOMPARE(byId.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(byId.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("id")).toString(), Garage.id);
}

void TstSandboxServer::partnerTokenChangesWhileRunning()
{
    const QString rotated = QStringLiteral("rotated-partner-token-9d2e");
    const Reply changed =
        control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/partner"), json({{QStringLiteral("token"), rotated}}));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.object(), (QJsonObject{{QStringLiteral("maxPageSize"), SandboxServer::DefaultMaxPageSize}}));
    QCOMPARE(m_server->partnerToken(), rotated);

    const QString list = QStringLiteral("/instances?page=1&pageSize=10");
    QCOMPARE(get(list, withBearer()).status, 401);
    QCOMPARE(get(list, withBearer(rotated)).status, 200);
    // Instances still take the Client-Token alone.
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
}

void TstSandboxServer::upsertAddsOrChangesOnlyWhatIsGiven()
{
    QSignalSpy changes(m_server.get(), &SandboxServer::connectionChanged);
    const SandboxInstance added{QStringLiteral("C0FFEE00C0FFEE00C0FFEE00C0FFEE00"), QStringLiteral("NEWTOKEN000000000000000A"),
                                QString(), QString()};
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"),
                          json({{QStringLiteral("id"), added.id},
                                {QStringLiteral("token"), added.token},
                                {QStringLiteral("name"), QString()}}));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("added")), QJsonValue(true));
    const QJsonObject item = reply.object().value(QLatin1String("instance")).toObject();
    QCOMPARE(item, listed(added.id)); // what the list will show
    QCOMPARE(item.value(QLatin1String("name")).toString(), QString()); // an instance with no name
    QCOMPARE(item.value(QLatin1String("token")).toString(), added.token);
    QCOMPARE(item.value(QLatin1String("paymentStatus")).toString(), QStringLiteral("PAID"));
    const qint64 created = item.value(QLatin1String("created")).toInteger();
    QVERIFY(created >= before && created <= after);
    QCOMPARE(item.value(QLatin1String("due")).toInteger(), created + 30LL * 24 * 60 * 60 * 1000);
    QCOMPARE(listedIds(), (QStringList{Bakery.id, Garage.id, Florist.id, added.id}));
    QCOMPARE(get(instancePath(added, QStringLiteral("status"))).status, 200);

    // A rename keeps the token, the dates, the connection and the place in the list.
    QVERIFY(m_server->setConnected(Garage.id, true));
    const QJsonObject garage = listed(Garage.id);
    const QString newName = QStringLiteral("Oficina do Zé");
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"),
                    json({{QStringLiteral("id"), Garage.id}, {QStringLiteral("name"), newName}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("added")), QJsonValue(false));
    QJsonObject renamed = garage;
    renamed.insert(QStringLiteral("name"), newName);
    QCOMPARE(reply.object().value(QLatin1String("instance")).toObject(), renamed);
    QCOMPARE(listed(Garage.id), renamed);
    QCOMPARE(listedIds().at(1), Garage.id);

    // A new token works at once, and the old one no more.
    SandboxInstance rotated = Garage;
    rotated.token = QStringLiteral("ROTATEDTOKEN000000000002");
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"),
                    json({{QStringLiteral("id"), Garage.id}, {QStringLiteral("token"), rotated.token}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).body, QByteArrayLiteral(R"({"error":"Invalid instance token"})"));
    QCOMPARE(get(instancePath(rotated, QStringLiteral("status"))).object().value(QLatin1String("connected")), QJsonValue(true));
    QCOMPARE(listed(Garage.id).value(QLatin1String("token")).toString(), rotated.token);

    // A customer who stopped paying.
    constexpr qint64 due = 1767225600000; // 2026-01-01T00:00:00Z
    reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"),
                    json({{QStringLiteral("id"), Bakery.id}, {QStringLiteral("paymentStatus"), QStringLiteral("OVERDUE")},
                          {QStringLiteral("due"), due}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject overdue = listed(Bakery.id);
    QCOMPARE(overdue.value(QLatin1String("paymentStatus")).toString(), QStringLiteral("OVERDUE"));
    QCOMPARE(overdue.value(QLatin1String("due")).toInteger(), due);
    QCOMPARE(overdue.value(QLatin1String("name")).toString(), Bakery.name);

    QCOMPARE(changes.count(), 1); // the setConnected above: changing an instance never links or unlinks it
}

void TstSandboxServer::removedInstanceAnswersAsUnknown()
{
    const QString code = issueCode(Garage);
    QVERIFY(m_server->setConnected(Garage.id, true));
    const Reply reply = control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/instances/") + Garage.id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), (QJsonObject{{QStringLiteral("instance"), Garage.id}, {QStringLiteral("removed"), true}}));

    for (const QString &endpoint : {QStringLiteral("status"), QStringLiteral("device"), QStringLiteral("extension-token")}) {
        const Reply gone = get(instancePath(Garage, endpoint));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.body, QByteArrayLiteral(R"({"error":"Instance not found"})"));
    }
    QCOMPARE(listedIds(), (QStringList{Bakery.id, Florist.id}));
    QVERIFY2(!m_server->redeem(code), "its codes went with it");
    QVERIFY(!m_server->isConnected(Garage.id));
    QCOMPARE(control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/instances/") + Garage.id).status, 404);
    QVERIFY(!m_server->removeInstance(Garage.id));

    // Back again, it is a new instance: at the end, not connected.
    m_server->addInstance(Garage);
    QCOMPARE(listedIds(), (QStringList{Bakery.id, Florist.id, Garage.id}));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("status"))).object().value(QLatin1String("connected")), QJsonValue(false));
}

void TstSandboxServer::generateMakesDistinctWorkingInstances()
{
    const Reply reply = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances/generate"),
                                json({{QStringLiteral("count"), 500}, {QStringLiteral("prefix"), QStringLiteral("Loja")}}));
    QCOMPARE(reply.status, 200);
    const QJsonArray generated = reply.object().value(QLatin1String("instances")).toArray();
    QCOMPARE(generated.size(), 500);

    const QRegularExpression idShape(QStringLiteral("^[0-9A-F]{32}$"));
    const QRegularExpression tokenShape(QStringLiteral("^[A-Z0-9]{24}$"));
    QSet<QString> ids{Bakery.id, Garage.id, Florist.id};
    QSet<QString> tokens{Bakery.token, Garage.token, Florist.token};
    for (qsizetype i = 0; i < generated.size(); ++i) {
        const QJsonObject instance = generated.at(i).toObject();
        QCOMPARE(instance.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("token")}));
        const QString id = instance.value(QLatin1String("id")).toString();
        const QString token = instance.value(QLatin1String("token")).toString();
        QVERIFY2(idShape.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(tokenShape.match(token).hasMatch(), qPrintable(token));
        QCOMPARE(instance.value(QLatin1String("name")).toString(), QStringLiteral("Loja %1").arg(i + 1, 4, 10, QLatin1Char('0')));
        ids.insert(id);
        tokens.insert(token);
    }
    QCOMPARE(ids.size(), 503);
    QCOMPARE(tokens.size(), 503);

    // After the others, in order; each with working credentials.
    const QJsonObject secondPage = get(QStringLiteral("/instances?page=2&pageSize=100"), withBearer()).object();
    QCOMPARE(secondPage.value(QLatin1String("total")).toInt(), 503);
    QCOMPARE(secondPage.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Loja 0098"));
    for (const QJsonValue &entry : {generated.first(), generated.last()}) {
        const SandboxInstance instance{entry[QLatin1String("id")].toString(), entry[QLatin1String("token")].toString(), {}, {}};
        QCOMPARE(get(instancePath(instance, QStringLiteral("status"))).status, 200);
    }

    // Without a prefix, and with more than four digits' worth.
    const Reply unnamed =
        control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances/generate"), json({{QStringLiteral("count"), 1}}));
    QCOMPARE(unnamed.object().value(QLatin1String("instances")).toArray().first()[QLatin1String("name")].toString(),
             QStringLiteral("Customer 0001"));
    const QList<SandboxInstance> many = m_server->generateInstances(10000, QStringLiteral("Loja"));
    QCOMPARE(many.first().name, QStringLiteral("Loja 00001"));
    QCOMPARE(many.last().name, QStringLiteral("Loja 10000"));
    QCOMPARE(m_server->instances().size(), 10504);
}

void TstSandboxServer::deviceSaysWhoIsConnected()
{
    const QString devicePath = instancePath(Bakery, QStringLiteral("device"));
    Reply reply = get(devicePath);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"error":"You are not connected"})"));

    QVERIFY(m_server->setConnected(Bakery.id, true));
    reply = get(devicePath);
    QCOMPARE(reply.status, 200);
    const QJsonObject device = reply.object();
    QCOMPARE(device.keys(), (QStringList{QStringLiteral("about"), QStringLiteral("device"), QStringLiteral("imgUrl"),
                                         QStringLiteral("isBusiness"), QStringLiteral("name"), QStringLiteral("originalDevice"),
                                         QStringLiteral("phone"), QStringLiteral("sessionId")}));
    QCOMPARE(device.value(QLatin1String("phone")).toString(), Bakery.phone);
    QCOMPARE(device.value(QLatin1String("name")).toString(), Bakery.name);
    QCOMPARE(device.value(QLatin1String("device")).toObject(),
             (QJsonObject{{QStringLiteral("sessionName"), QStringLiteral("Z-API")},
                          {QStringLiteral("device_model"), QStringLiteral("Z-API")}}));
    const QString originalDevice = device.value(QLatin1String("originalDevice")).toString();
    QVERIFY2((QStringList{QStringLiteral("iphone"), QStringLiteral("android"), QStringLiteral("smbi"), QStringLiteral("smba")}
                  .contains(originalDevice)),
             qPrintable(originalDevice));
    QVERIFY(device.value(QLatin1String("isBusiness")).isBool());
    // smbi and smba are WhatsApp Business on an iPhone and on Android.
    QCOMPARE(device.value(QLatin1String("isBusiness")).toBool(), originalDevice.startsWith(QLatin1String("smb")));
    const auto sessionId = jsonInteger(device.value(QLatin1String("sessionId")));
    QVERIFY(sessionId && *sessionId > 0);
    QVERIFY(device.value(QLatin1String("imgUrl")).toString().startsWith(QLatin1String("https://")));
    QVERIFY(!device.value(QLatin1String("about")).toString().isEmpty());
    QCOMPARE(get(devicePath).body, reply.body); // the same device every time

    // No phone stored: a made-up Brazilian mobile, the same every time.
    QVERIFY(m_server->setConnected(Florist.id, true));
    const QString madeUp = get(instancePath(Florist, QStringLiteral("device"))).object().value(QLatin1String("phone")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^55[1-9][0-9]9[0-9]{8}$")).match(madeUp).hasMatch(), qPrintable(madeUp));
    QCOMPARE(get(instancePath(Florist, QStringLiteral("device"))).object().value(QLatin1String("phone")).toString(), madeUp);
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"),
            json({{QStringLiteral("id"), Florist.id}, {QStringLiteral("phone"), QStringLiteral("5548999990003")}}));
    QCOMPARE(get(instancePath(Florist, QStringLiteral("device"))).object().value(QLatin1String("phone")).toString(),
             QStringLiteral("5548999990003"));
}

void TstSandboxServer::restartKeepsTheConnection()
{
    QSignalSpy changes(m_server.get(), &SandboxServer::connectionChanged);
    const QString restartPath = instancePath(Bakery, QStringLiteral("restart"));
    Reply reply = get(restartPath);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"value":true})"));
    QVERIFY(!m_server->isConnected(Bakery.id));

    QVERIFY(m_server->setConnected(Bakery.id, true));
    reply = get(restartPath);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"value":true})"));
    QVERIFY2(m_server->isConnected(Bakery.id), "no new QR code scan after a restart");
    QCOMPARE(changes.count(), 1);
}

void TstSandboxServer::disconnectUnlinksWhatsApp()
{
    QVERIFY(m_server->setConnected(Bakery.id, true));
    QSignalSpy changes(m_server.get(), &SandboxServer::connectionChanged);
    const QString disconnectPath = instancePath(Bakery, QStringLiteral("disconnect"));
    Reply reply = get(disconnectPath);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral(R"({"value":true})"));
    QVERIFY(!m_server->isConnected(Bakery.id));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first(), (QVariantList{Bakery.id, false}));
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).object().value(QLatin1String("connected")), QJsonValue(false));
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("device"))).body, QByteArrayLiteral(R"({"error":"You are not connected"})"));

    // Nobody linked: nothing to undo, the same answer.
    QCOMPARE(get(disconnectPath).body, QByteArrayLiteral(R"({"value":true})"));
    QCOMPARE(changes.count(), 1);

    // A faulted call leaves the customer linked; a delayed one unlinks, like the real thing.
    QVERIFY(m_server->setConnected(Garage.id, true));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("endpoint"), QStringLiteral("disconnect")},
                  {QStringLiteral("times"), 1}}));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("disconnect"))).status, 500);
    QVERIFY(m_server->isConnected(Garage.id));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 1},
                  {QStringLiteral("endpoint"), QStringLiteral("disconnect")}, {QStringLiteral("times"), 1}}));
    QCOMPARE(get(instancePath(Garage, QStringLiteral("disconnect"))).body, QByteArrayLiteral(R"({"value":true})"));
    QVERIFY(!m_server->isConnected(Garage.id));
}

void TstSandboxServer::requestLogSaysWhichTokenWentWhere_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("clientTokenSent");
    QTest::addColumn<bool>("bearerSent");
    QTest::addColumn<bool>("bearerIsPartnerToken");
    QTest::addColumn<bool>("clientTokenIsPartnerToken");
    QTest::addColumn<bool>("bearerIsClientToken");

    const QString status = instancePath(Bakery, QStringLiteral("status"));
    const QString list = QStringLiteral("/instances?page=1&pageSize=10");
    QTest::newRow("instance call as it should be") << status << withClientToken() << true << false << false << false << false;
    QTest::newRow("partner list as it should be") << list << withBearer() << false << true << true << false << false;
    QTest::newRow("Client-Token to the partner list") << list << withBearer() + withClientToken() << true << true << true << false
                                                      << false;
    QTest::newRow("partner token to an instance") << status << withClientToken() + withBearer() << true << true << true << false
                                                  << false;
    QTest::newRow("partner token as the Client-Token") << status << withClientToken(PartnerToken) << true << false << false << true
                                                       << false;
    QTest::newRow("Client-Token as the bearer") << list << withBearer(ClientToken) << false << true << false << false << true;
    QTest::newRow("another scheme") << list << Headers{{QByteArrayLiteral("Authorization"), "Basic " + PartnerToken.toLatin1()}}
                                    << false << false << false << false << false;
    QTest::newRow("no credentials") << list << Headers() << false << false << false << false << false;
}

void TstSandboxServer::requestLogSaysWhichTokenWentWhere()
{
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(bool, clientTokenSent);
    QFETCH(bool, bearerSent);
    QFETCH(bool, bearerIsPartnerToken);
    QFETCH(bool, clientTokenIsPartnerToken);
    QFETCH(bool, bearerIsClientToken);

    get(path, headers);
    const QJsonArray recorded = m_server->recordedRequests();
    QCOMPARE(recorded.size(), 1);
    const QJsonObject entry = recorded.first().toObject();
    QCOMPARE(entry.keys(), (QStringList{QStringLiteral("bearerIsClientToken"), QStringLiteral("bearerIsPartnerToken"),
                                        QStringLiteral("bearerSent"), QStringLiteral("clientTokenIsPartnerToken"),
                                        QStringLiteral("clientTokenSent"), QStringLiteral("headers"), QStringLiteral("method"),
                                        QStringLiteral("path"), QStringLiteral("receivedAt")}));
    QCOMPARE(entry.value(QLatin1String("clientTokenSent")), QJsonValue(clientTokenSent));
    QCOMPARE(entry.value(QLatin1String("bearerSent")), QJsonValue(bearerSent));
    QCOMPARE(entry.value(QLatin1String("bearerIsPartnerToken")), QJsonValue(bearerIsPartnerToken));
    QCOMPARE(entry.value(QLatin1String("clientTokenIsPartnerToken")), QJsonValue(clientTokenIsPartnerToken));
    QCOMPARE(entry.value(QLatin1String("bearerIsClientToken")), QJsonValue(bearerIsClientToken));
}

void TstSandboxServer::listFaultTargetsOnePage()
{
    m_server->generateInstances(7, QStringLiteral("Loja")); // 10 in all: four pages of 3
    const auto page = [this](int number) {
        return get(QStringLiteral("/instances?page=%1&pageSize=3").arg(number), withBearer()).status;
    };
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("server-error")}, {QStringLiteral("endpoint"), QStringLiteral("list")},
                  {QStringLiteral("page"), 2}}));
    QCOMPARE(page(1), 200);
    QCOMPARE(page(2), 500);
    QCOMPARE(page(3), 200);
    QCOMPARE(page(2), 500);
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
    control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/faults"));

    // The page alone pins a fault to the list.
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("hang")}, {QStringLiteral("page"), 3}, {QStringLiteral("times"), 1}}));
    std::unique_ptr<QNetworkReply> hanging(
        startCall(QByteArrayLiteral("GET"), QStringLiteral("/instances?page=3&pageSize=3"), withBearer()));
    QTRY_COMPARE(inFlight(), 1);
    QCOMPARE(page(1), 200);
    QCOMPARE(page(4), 200);
    QCOMPARE(get(instancePath(Bakery, QStringLiteral("status"))).status, 200);
    QVERIFY(hanging->isRunning());
    hanging->abort();
    QCOMPARE(page(3), 200); // its one time is used up

    // No page asked is page 1.
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("rate-limit")}, {QStringLiteral("page"), 1}, {QStringLiteral("times"), 1}}));
    QCOMPARE(get(QStringLiteral("/instances?pageSize=3"), withBearer()).status, 429);
}

void TstSandboxServer::slowBodySendsTheHeadAtOnce()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("slow-body")}, {QStringLiteral("endpoint"), QStringLiteral("restart")},
                  {QStringLiteral("intervalMs"), 60000}}));
    RawClient client(m_server->baseUrl(), rawGet(instancePath(Bakery, QStringLiteral("restart"))));
    QTRY_VERIFY(client.headSize() > 0);
    const QByteArray head = client.received().left(client.headSize());
    QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
    QVERIFY2(head.contains("\r\nContent-Length: 14\r\n"), head); // {"value":true}
    // Its first byte is a minute away: the head came alone, and the request is still being answered.
    QCOMPARE(client.body(), QByteArray());
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(stats(), counts(1, 1, 1));

    client.socket().abort();
    QTRY_COMPARE(inFlight(), 0);
}

void TstSandboxServer::slowBodyArrivesInPieces()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("slow-body")}, {QStringLiteral("endpoint"), QStringLiteral("restart")},
                  {QStringLiteral("intervalMs"), 30}}));
    RawClient client(m_server->baseUrl(), rawGet(instancePath(Bakery, QStringLiteral("restart"))));
    // The server hangs up once the last byte is out.
    QTRY_VERIFY(client.socket().state() == QAbstractSocket::UnconnectedState && client.headSize() > 0);
    QCOMPARE(client.body(), QByteArrayLiteral(R"({"value":true})"));
    QVERIFY2(client.bodyReads() > 1, qPrintable(QStringLiteral("the body came in %1 read(s)").arg(client.bodyReads())));
    QTRY_COMPARE(inFlight(), 0);
}

void TstSandboxServer::slowBodyOfAnySizeStopsWhenTheClientLeaves()
{
    m_server->generateInstances(500, QStringLiteral("Loja"));
    const QString list = QStringLiteral("/instances?page=1&pageSize=100");
    const QByteArray normal = get(list, withBearer()).body;
    QVERIFY(normal.size() > 10000);
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("slow-body")}, {QStringLiteral("endpoint"), QStringLiteral("list")},
                  {QStringLiteral("intervalMs"), 1}, {QStringLiteral("times"), 1}}));

    RawClient client(m_server->baseUrl(), rawGet(list, withBearer()));
    QTRY_VERIFY(client.body().size() >= 100);
    QVERIFY(client.received().left(client.headSize()).contains("\r\nContent-Length: " + QByteArray::number(normal.size()) + "\r\n"));
    QVERIFY(normal.startsWith(client.body()));
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(inFlight(), 1);

    // The server lets go: nothing in flight, and the connection (with the timer that fed it) is gone.
    client.socket().abort();
    QTRY_COMPARE(inFlight(), 0);
    QTRY_VERIFY(m_server->findChildren<HttpConnection *>().isEmpty());
    QCOMPARE(get(list, withBearer()).body, normal);
}

void TstSandboxServer::statsCountRequestsInFlight()
{
    QCOMPARE(stats(), counts(0, 0, 0));
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 600000},
                  {QStringLiteral("endpoint"), QStringLiteral("status")}}));
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 10; ++i)
        clients.push_back(std::make_unique<RawClient>(m_server->baseUrl(), rawGet(instancePath(Bakery, QStringLiteral("status")))));
    QTRY_COMPARE(inFlight(), 10);
    QCOMPARE(stats(), counts(10, 10, 10));

    // Another call is served meanwhile; answered, it is no longer in flight.
    QCOMPARE(get(instancePath(Garage, QStringLiteral("extension-token"))).status, 200);
    QTRY_COMPARE(inFlight(), 10);
    QCOMPARE(stats(), counts(10, 11, 11));

    // Clients that give up in the middle of the delay.
    for (int i = 0; i < 4; ++i)
        clients.at(i)->socket().abort();
    QTRY_COMPARE(inFlight(), 6);

    // A reset peak starts from what is still in flight.
    const Reply reset = control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/stats"));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.object(), counts(6, 6, 0));
    clients.clear();
    QTRY_COMPARE(inFlight(), 0);
    QCOMPARE(stats(), counts(0, 6, 0));
}

void TstSandboxServer::answeredRequestsLeaveTheCount()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 50}}));
    std::vector<std::unique_ptr<RawClient>> clients;
    for (const SandboxInstance &instance : {Bakery, Garage, Florist})
        clients.push_back(std::make_unique<RawClient>(m_server->baseUrl(), rawGet(instancePath(instance, QStringLiteral("status")))));
    for (const auto &client : clients) {
        QTRY_VERIFY(client->socket().state() == QAbstractSocket::UnconnectedState);
        QVERIFY2(client->received().startsWith("HTTP/1.1 200 OK\r\n"), client->received());
    }
    QTRY_COMPARE(inFlight(), 0);
    const QJsonObject counted = stats();
    QCOMPARE(counted.value(QLatin1String("requests")).toInt(), 3);
    QVERIFY(counted.value(QLatin1String("maxInFlight")).toInt() >= 1);
    // Control calls are not Z-API requests: reading the count does not change it.
    QCOMPARE(stats(), counted);
}

void TstSandboxServer::requestAbortedMidDelayLeavesTheCount()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"),
            json({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 600000}}));
    std::unique_ptr<QNetworkReply> reply(
        startCall(QByteArrayLiteral("GET"), instancePath(Bakery, QStringLiteral("status")), withClientToken()));
    QTRY_COMPARE(inFlight(), 1);
    reply->abort();
    QTRY_COMPARE(inFlight(), 0);
    QCOMPARE(stats(), counts(0, 1, 1));
}

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
