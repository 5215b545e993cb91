#include "SandboxServer.h"

#include "FakeQrCode.h"
#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace PartnerDesk::Sandbox {

namespace {

constexpr qint64 CodeLifetimeMs = 5 * 60 * 1000;
constexpr qint64 BillingPeriodMs = 30LL * 24 * 60 * 60 * 1000;
// WhatsApp rotates its QR code every 20 s; the fake one follows suit.
constexpr qint64 QrRotationMs = 20 * 1000;

QString randomCode(int length)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
    return code;
}

QJsonObject statusBody(bool connected)
{
    return connected ? QJsonObject{{QStringLiteral("connected"), true},
                                   {QStringLiteral("error"), QStringLiteral("You are already connected")},
                                   {QStringLiteral("smartphoneConnected"), true}}
                     : QJsonObject{{QStringLiteral("connected"), false},
                                   {QStringLiteral("error"), QStringLiteral("You are not connected")},
                                   {QStringLiteral("smartphoneConnected"), false}};
}

// Missing means the default; anything else must be a positive integer.
std::optional<int> pagingValue(const QUrlQuery &query, const QString &key, int fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key, QUrl::FullyDecoded).toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    // Not newConnection: a TLS connection is only pending once its handshake is done.
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { acceptConnections(&m_server); });
    connect(&m_tlsServer, &QTcpServer::pendingConnectionAvailable, this, [this] { acceptConnections(&m_tlsServer); });
}

void SandboxServer::setClientToken(const QString &token)
{
    m_clientToken = token;
}

QString SandboxServer::clientToken() const
{
    return m_clientToken;
}

void SandboxServer::setPartnerToken(const QString &token)
{
    m_partnerToken = token;
}

QString SandboxServer::partnerToken() const
{
    return m_partnerToken;
}

void SandboxServer::addInstance(const SandboxInstance &instance)
{
    const InstanceState state{instance, false, currentTimeMs()};
    for (auto &existing : m_instances) {
        if (existing.instance.id == instance.id) {
            existing = state;
            return;
        }
    }
    m_instances.append(state);
}

QList<SandboxInstance> SandboxServer::instances() const
{
    QList<SandboxInstance> result;
    for (const auto &state : m_instances)
        result.append(state.instance);
    return result;
}

void SandboxServer::setClockOffset(qint64 msec)
{
    m_clockOffsetMs = msec;
}

qint64 SandboxServer::clockOffset() const
{
    return m_clockOffsetMs;
}

qint64 SandboxServer::currentTimeMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

bool SandboxServer::listen(quint16 port)
{
    const bool listening = m_server.listen(QHostAddress::LocalHost, port);
    m_listenError = listening ? QString() : m_server.errorString();
    return listening;
}

bool SandboxServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    m_tlsServer.setSslConfiguration(configuration);
    const bool listening = m_tlsServer.listen(QHostAddress::LocalHost, port);
    m_listenError = listening ? QString() : m_tlsServer.errorString();
    return listening;
}

QString SandboxServer::errorString() const
{
    return m_listenError;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QUrl SandboxServer::tlsBaseUrl() const
{
    return m_tlsServer.isListening() ? QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsServer.serverPort())) : QUrl();
}

bool SandboxServer::redeem(const QString &code)
{
    return redeemCode(code).has_value();
}

std::optional<QString> SandboxServer::redeemCode(const QString &code)
{
    pruneExpiredCodes();
    // People type codes in lower case and with stray spaces; the extension forgives that too.
    const auto issued = m_codes.constFind(code.trimmed().toUpper());
    if (issued == m_codes.cend())
        return std::nullopt;
    const QString instanceId = issued->instanceId;
    m_codes.erase(issued);
    setConnected(instanceId, true);
    return instanceId;
}

bool SandboxServer::setConnected(const QString &instanceId, bool connected)
{
    for (auto &state : m_instances) {
        if (state.instance.id != instanceId)
            continue;
        if (state.connected != connected) {
            state.connected = connected;
            emit connectionChanged(instanceId, connected);
        }
        return true;
    }
    return false;
}

bool SandboxServer::isConnected(const QString &instanceId) const
{
    const InstanceState *state = findInstance(instanceId);
    return state && state->connected;
}

std::optional<SandboxServer::LiveCode> SandboxServer::liveCode(const QString &instanceId) const
{
    const qint64 now = currentTimeMs();
    std::optional<LiveCode> newest;
    for (auto issued = m_codes.cbegin(); issued != m_codes.cend(); ++issued) {
        if (issued->instanceId == instanceId && issued->expiresAtMs > now && (!newest || issued->expiresAtMs > newest->expiresAtMs))
            newest = LiveCode{issued.key(), issued->expiresAtMs};
    }
    return newest;
}

QJsonArray SandboxServer::recordedRequests() const
{
    return m_requests;
}

void SandboxServer::reset()
{
    m_requests = QJsonArray();
    m_faults.clear();
    m_codes.clear();
    m_clockOffsetMs = 0;
    for (const auto &state : std::as_const(m_instances))
        setConnected(state.instance.id, false);
}

void SandboxServer::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
        connect(connection, &HttpConnection::requestRejected, this, [this, connection](int status, const QString &reason) {
            send(connection, HttpResponse::error(status, reason));
        });
    }
}

void SandboxServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/sandbox" || path.startsWith("/sandbox/")) {
        send(connection, control(request));
        return;
    }
    record(request);
    handleZapi(connection, request);
}

void SandboxServer::handleZapi(HttpConnection *connection, const HttpRequest &request)
{
    const auto route = parseRoute(request.path());
    if (!route) {
        send(connection, HttpResponse::error(404, QStringLiteral("Not found")));
        return;
    }
    if (request.method != "GET") {
        HttpResponse response = HttpResponse::error(405, QStringLiteral("Method not allowed"));
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")});
        send(connection, response);
        return;
    }
    if (const auto redirect = m_faults.take(FaultPlan::Stage::BeforeAuth, route->endpoint, route->instanceId)) {
        send(connection, faultResponse(*redirect, route->endpoint, HttpResponse(), request.target, currentTimeMs()));
        return;
    }
    if (const auto refusal = authenticate(*route, request)) {
        send(connection, *refusal);
        return;
    }

    const auto fault = m_faults.take(FaultPlan::Stage::AfterAuth, route->endpoint, route->instanceId);
    if (!fault) {
        send(connection, zapiResponse(*route, request, true));
        return;
    }
    switch (fault->mode) {
    case FaultMode::Delay: {
        const HttpResponse response = zapiResponse(*route, request, true);
        // Parented to the connection, so a client that gives up cancels the timer.
        QTimer::singleShot(fault->delayMs, connection, [this, connection, response] { send(connection, response); });
        break;
    }
    case FaultMode::Hang:
        break; // The socket stays open until the client gives up.
    default:
        send(connection, faultResponse(*fault, route->endpoint, zapiResponse(*route, request, false), request.target,
                                       currentTimeMs()));
        break;
    }
}

void SandboxServer::send(HttpConnection *connection, HttpResponse response) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(currentTimeMs(), QTimeZone::utc());
    const QString date = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    response.headers.prepend({QByteArrayLiteral("Date"), date.toLatin1()});
    connection->respond(response);
}

void SandboxServer::record(const HttpRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QString key = QString::fromLatin1(name).toLower();
        if (!headers.contains(key))
            headers.insert(key, QString::fromLatin1(request.header(name)));
    }
    const QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                            {QStringLiteral("path"), QString::fromLatin1(request.target)},
                            {QStringLiteral("headers"), headers},
                            {QStringLiteral("receivedAt"), currentTimeMs()}};
    m_requests.append(entry);
    emit requestReceived(entry);
}

std::optional<SandboxServer::Route> SandboxServer::parseRoute(const QByteArray &path)
{
    if (path == "/instances")
        return Route{Endpoint::List, {}, {}, {}};

    QStringList segments;
    for (const QByteArray &segment : path.split('/'))
        segments.append(QUrl::fromPercentEncoding(segment));
    // "/instances/{id}/token/{token}/..." splits into "", "instances", id, "token", token, ...
    if (segments.size() < 6 || segments.at(1) != QLatin1String("instances") || segments.at(2).isEmpty()
        || segments.at(3) != QLatin1String("token") || segments.at(4).isEmpty()) {
        return std::nullopt;
    }
    Route route{Endpoint::Status, segments.at(2), segments.at(4), {}};
    const QStringList rest = segments.mid(5);
    if (rest == QStringList{QStringLiteral("extension-token")})
        route.endpoint = Endpoint::ExtensionToken;
    else if (rest == QStringList{QStringLiteral("status")})
        route.endpoint = Endpoint::Status;
    else if (rest == QStringList{QStringLiteral("qr-code"), QStringLiteral("image")})
        route.endpoint = Endpoint::QrCode;
    else if (rest.size() == 2 && rest.first() == QLatin1String("phone-code") && !rest.last().isEmpty())
        route = Route{Endpoint::PhoneCode, route.instanceId, route.instanceToken, rest.last()};
    else
        return std::nullopt;
    return route;
}

std::optional<HttpResponse> SandboxServer::authenticate(const Route &route, const HttpRequest &request) const
{
    if (route.endpoint == Endpoint::List) {
        const QByteArray authorization = request.header("Authorization");
        const bool bearer = authorization.size() > 7 && authorization.left(7).toLower() == "bearer ";
        if (m_partnerToken.isEmpty() || !bearer || QString::fromLatin1(authorization.mid(7).trimmed()) != m_partnerToken)
            return HttpResponse::error(401, QStringLiteral("Unauthorized"));
        return std::nullopt;
    }

    if (!m_clientToken.isEmpty()) {
        const QString sent = QString::fromLatin1(request.header("Client-Token"));
        // Z-API's own wording: it reads the absent header as null.
        if (sent.isEmpty())
            return HttpResponse::error(400, QStringLiteral("null not allowed"));
        if (sent != m_clientToken)
            return HttpResponse::error(403, QStringLiteral("Client-Token %1 not allowed").arg(sent));
    }
    const InstanceState *state = findInstance(route.instanceId);
    if (!state)
        return HttpResponse::error(404, QStringLiteral("Instance not found"));
    if (state->instance.token != route.instanceToken)
        return HttpResponse::error(401, QStringLiteral("Invalid instance token"));
    return std::nullopt;
}

HttpResponse SandboxServer::zapiResponse(const Route &route, const HttpRequest &request, bool issueCode)
{
    switch (route.endpoint) {
    case Endpoint::ExtensionToken:
        return extensionToken(route.instanceId, issueCode);
    case Endpoint::Status:
        return HttpResponse::json(200, statusBody(isConnected(route.instanceId)));
    case Endpoint::QrCode: {
        const auto seed = static_cast<quint32>(qHash(route.instanceId) ^ static_cast<size_t>(currentTimeMs() / QrRotationMs));
        const QByteArray png = fakeQrCodePng(seed);
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("value"),
                                                    QLatin1String("data:image/png;base64,") + QString::fromLatin1(png.toBase64())}});
    }
    case Endpoint::PhoneCode: {
        static const QRegularExpression phonePattern(QStringLiteral("^[0-9]{10,15}$"));
        if (!phonePattern.match(route.phone).hasMatch())
            return HttpResponse::error(400, QStringLiteral("Invalid phone"));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), randomCode(10)}});
    }
    case Endpoint::List:
        return instanceList(request);
    }
    return HttpResponse::error(404, QStringLiteral("Not found"));
}

HttpResponse SandboxServer::extensionToken(const QString &instanceId, bool issueCode)
{
    pruneExpiredCodes();
    QString code;
    do {
        code = randomCode(4) + QLatin1Char('-') + randomCode(4);
    } while (m_codes.contains(code));
    const qint64 expiresAt = currentTimeMs() + CodeLifetimeMs;

    if (issueCode)
        m_codes.insert(code, IssuedCode{instanceId, expiresAt});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("expiresAt"), expiresAt}});
}

HttpResponse SandboxServer::instanceList(const HttpRequest &request) const
{
    const QUrlQuery query(QString::fromLatin1(request.query()));
    const auto page = pagingValue(query, QStringLiteral("page"), 1);
    const auto pageSize = pagingValue(query, QStringLiteral("pageSize"), 10);
    if (!page || !pageSize)
        return HttpResponse::error(400, QStringLiteral("page and pageSize must be positive integers"));
    const QString text = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);

    QJsonArray matching;
    for (const auto &state : m_instances) {
        if (!state.instance.name.contains(text, Qt::CaseInsensitive))
            continue;
        matching.append(QJsonObject{{QStringLiteral("id"), state.instance.id},
                                    {QStringLiteral("token"), state.instance.token},
                                    {QStringLiteral("name"), state.instance.name},
                                    {QStringLiteral("created"), state.createdMs},
                                    {QStringLiteral("due"), state.createdMs + BillingPeriodMs},
                                    {QStringLiteral("paymentStatus"), QStringLiteral("PAID")},
                                    {QStringLiteral("phoneConnected"), state.connected},
                                    {QStringLiteral("whatsappConnected"), state.connected},
                                    {QStringLiteral("middleware"), QStringLiteral("web")}});
    }

    const qint64 total = matching.size();
    const qint64 first = (static_cast<qint64>(*page) - 1) * *pageSize;
    QJsonArray content;
    for (qint64 i = first; i < total && i < first + *pageSize; ++i)
        content.append(matching.at(i));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("total"), total},
                                               {QStringLiteral("totalPage"), (total + *pageSize - 1) / *pageSize},
                                               {QStringLiteral("pageSize"), *pageSize},
                                               {QStringLiteral("page"), *page},
                                               {QStringLiteral("content"), content}});
}

const SandboxServer::InstanceState *SandboxServer::findInstance(const QString &instanceId) const
{
    for (const auto &state : m_instances) {
        if (state.instance.id == instanceId)
            return &state;
    }
    return nullptr;
}

void SandboxServer::pruneExpiredCodes()
{
    const qint64 now = currentTimeMs();
    m_codes.removeIf([now](const auto &issued) { return issued.value().expiresAtMs <= now; });
}

} // namespace PartnerDesk::Sandbox
