#include "SandboxServer.h"

#include "FakeQrCode.h"
#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace PartnerDesk::Sandbox {

namespace {

constexpr qint64 CodeLifetimeMs = 5 * 60 * 1000;
constexpr qint64 BillingPeriodMs = 30LL * 24 * 60 * 60 * 1000;
// WhatsApp rotates its QR code every 20 s; the fake one follows suit.
constexpr qint64 QrRotationMs = 20 * 1000;

constexpr QLatin1String UpperAlphanumerics("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
constexpr QLatin1String UpperHexDigits("0123456789ABCDEF");
// Z-API's shapes: 32 hex digits for an instance id, 24 letters and digits for its token.
constexpr int InstanceIdLength = 32;
constexpr int InstanceTokenLength = 24;

QString randomText(int length, QLatin1String alphabet = UpperAlphanumerics)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
    return text;
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

QJsonObject valueTrue()
{
    return QJsonObject{{QStringLiteral("value"), true}};
}

// The token of "Authorization: Bearer <token>" (the scheme in any case), if that is what was sent.
std::optional<QString> bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.size() <= 7 || authorization.left(7).toLower() != "bearer ")
        return std::nullopt;
    return QString::fromLatin1(authorization.mid(7).trimmed());
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

void SandboxServer::setMaxPageSize(int size)
{
    m_maxPageSize = std::max(size, 1);
}

int SandboxServer::maxPageSize() const
{
    return m_maxPageSize;
}

void SandboxServer::addInstance(const SandboxInstance &instance)
{
    const InstanceState state = freshState(instance);
    if (InstanceState *existing = findInstance(instance.id)) {
        *existing = state;
        return;
    }
    m_instanceIndex.insert(instance.id, m_instances.size());
    m_instances.append(state);
}

bool SandboxServer::removeInstance(const QString &instanceId)
{
    const auto removed = m_instances.removeIf([&instanceId](const InstanceState &state) { return state.instance.id == instanceId; });
    // The ones after it moved up.
    m_instanceIndex.clear();
    for (qsizetype i = 0; i < m_instances.size(); ++i)
        m_instanceIndex.insert(m_instances.at(i).instance.id, i);
    // Its codes go with it: redeeming one would connect nothing.
    m_codes.removeIf([&instanceId](const auto &issued) { return issued.value().instanceId == instanceId; });
    return removed > 0;
}

QList<SandboxInstance> SandboxServer::generateInstances(int count, const QString &prefix)
{
    QSet<QString> ids;
    QSet<QString> tokens;
    for (const auto &state : std::as_const(m_instances)) {
        ids.insert(state.instance.id);
        tokens.insert(state.instance.token);
    }
    const auto fresh = [](QSet<QString> &taken, int length, QLatin1String alphabet) {
        QString text;
        do {
            text = randomText(length, alphabet);
        } while (taken.contains(text));
        taken.insert(text);
        return text;
    };
    // Numbers of one width, so the names sort as they were made.
    const int width = std::max(4, static_cast<int>(QString::number(count).size()));

    QList<SandboxInstance> generated;
    generated.reserve(count);
    for (int number = 1; number <= count; ++number) {
        const SandboxInstance instance{fresh(ids, InstanceIdLength, UpperHexDigits),
                                       fresh(tokens, InstanceTokenLength, UpperAlphanumerics),
                                       QStringLiteral("%1 %2").arg(prefix).arg(number, width, 10, QLatin1Char('0')), QString()};
        m_instanceIndex.insert(instance.id, m_instances.size());
        m_instances.append(freshState(instance));
        generated.append(instance);
    }
    return generated;
}

SandboxServer::InstanceState SandboxServer::freshState(const SandboxInstance &instance) const
{
    const qint64 now = currentTimeMs();
    return InstanceState{instance, false, now, now + BillingPeriodMs, QStringLiteral("PAID")};
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
    InstanceState *state = findInstance(instanceId);
    if (!state)
        return false;
    if (state->connected != connected) {
        state->connected = connected;
        emit connectionChanged(instanceId, connected);
    }
    return true;
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
    resetStats();
    for (const auto &state : std::as_const(m_instances))
        setConnected(state.instance.id, false);
}

void SandboxServer::resetStats()
{
    // Requests still in flight stay counted: the next peak starts from them.
    m_maxInFlight = m_inFlight;
    m_requestCount = 0;
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
    trackInFlight(connection);
    handleZapi(connection, request);
}

void SandboxServer::trackInFlight(HttpConnection *connection)
{
    ++m_requestCount;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    // Closed once the answer has gone out whole, or when the client gives up first.
    connect(connection, &HttpConnection::closed, this, [this] { --m_inFlight; });
}

void SandboxServer::handleZapi(HttpConnection *connection, const HttpRequest &request)
{
    const auto route = parseRoute(request);
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
    if (const auto redirect =
            m_faults.take(FaultPlan::Stage::BeforeAuth, route->endpoint, route->instanceId, route->listPage)) {
        send(connection, faultResponse(*redirect, route->endpoint, HttpResponse(), request.target, currentTimeMs()));
        return;
    }
    if (const auto refusal = authenticate(*route, request)) {
        send(connection, *refusal);
        return;
    }

    const auto fault = m_faults.take(FaultPlan::Stage::AfterAuth, route->endpoint, route->instanceId, route->listPage);
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
    case FaultMode::SlowBody: {
        // The normal answer, so it takes effect; only its pace is the fault.
        HttpResponse response = zapiResponse(*route, request, true);
        response.byteIntervalMs = fault->intervalMs;
        send(connection, response);
        break;
    }
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
    // Which credential went where, judged against the tokens the server holds when the request
    // arrives: what tests check to prove that the Client-Token never goes to the partner list
    // and the partner token never to an instance.
    const std::optional<QString> bearer = bearerToken(request);
    const bool clientTokenSent = request.hasHeader("Client-Token");
    const QString clientToken = QString::fromLatin1(request.header("Client-Token"));
    const auto isToken = [](const QString &sent, const QString &token) { return !token.isEmpty() && sent == token; };
    const QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                            {QStringLiteral("path"), QString::fromLatin1(request.target)},
                            {QStringLiteral("headers"), headers},
                            {QStringLiteral("receivedAt"), currentTimeMs()},
                            {QStringLiteral("clientTokenSent"), clientTokenSent},
                            {QStringLiteral("bearerSent"), bearer.has_value()},
                            {QStringLiteral("bearerIsPartnerToken"), bearer && isToken(*bearer, m_partnerToken)},
                            {QStringLiteral("clientTokenIsPartnerToken"), clientTokenSent && isToken(clientToken, m_partnerToken)},
                            {QStringLiteral("bearerIsClientToken"), bearer && isToken(*bearer, m_clientToken)}};
    m_requests.append(entry);
    emit requestReceived(entry);
}

std::optional<SandboxServer::Route> SandboxServer::parseRoute(const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/instances") {
        const QUrlQuery query(QString::fromLatin1(request.query()));
        return Route{Endpoint::List, {}, {}, {}, pagingValue(query, QStringLiteral("page"), 1).value_or(0)};
    }

    QStringList segments;
    for (const QByteArray &segment : path.split('/'))
        segments.append(QUrl::fromPercentEncoding(segment));
    // "/instances/{id}/token/{token}/..." splits into "", "instances", id, "token", token, ...
    if (segments.size() < 6 || segments.at(1) != QLatin1String("instances") || segments.at(2).isEmpty()
        || segments.at(3) != QLatin1String("token") || segments.at(4).isEmpty()) {
        return std::nullopt;
    }
    Route route{Endpoint::Status, segments.at(2), segments.at(4), {}, 0};
    const QStringList rest = segments.mid(5);
    if (rest == QStringList{QStringLiteral("extension-token")})
        route.endpoint = Endpoint::ExtensionToken;
    else if (rest == QStringList{QStringLiteral("status")})
        route.endpoint = Endpoint::Status;
    else if (rest == QStringList{QStringLiteral("qr-code"), QStringLiteral("image")})
        route.endpoint = Endpoint::QrCode;
    else if (rest == QStringList{QStringLiteral("device")})
        route.endpoint = Endpoint::Device;
    else if (rest == QStringList{QStringLiteral("restart")})
        route.endpoint = Endpoint::Restart;
    else if (rest == QStringList{QStringLiteral("disconnect")})
        route.endpoint = Endpoint::Disconnect;
    else if (rest.size() == 2 && rest.first() == QLatin1String("phone-code") && !rest.last().isEmpty())
        route = Route{Endpoint::PhoneCode, route.instanceId, route.instanceToken, rest.last(), 0};
    else
        return std::nullopt;
    return route;
}

std::optional<HttpResponse> SandboxServer::authenticate(const Route &route, const HttpRequest &request) const
{
    if (route.endpoint == Endpoint::List) {
        // The partner token alone: a Client-Token is neither needed nor looked at here.
        const std::optional<QString> bearer = bearerToken(request);
        if (m_partnerToken.isEmpty() || bearer != m_partnerToken)
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

HttpResponse SandboxServer::zapiResponse(const Route &route, const HttpRequest &request, bool takeEffect)
{
    switch (route.endpoint) {
    case Endpoint::ExtensionToken:
        return extensionToken(route.instanceId, takeEffect);
    case Endpoint::Status:
        return HttpResponse::json(200, statusBody(isConnected(route.instanceId)));
    case Endpoint::QrCode: {
        const auto seed = static_cast<quint32>(qHash(route.instanceId) ^ static_cast<size_t>(currentTimeMs() / QrRotationMs));
        const QByteArray png = fakeQrCodePng(seed);
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("value"),
                                                    QLatin1String("data:image/png;base64,") + QString::fromLatin1(png.toBase64())}});
    }
    case Endpoint::PhoneCode: {
        if (!isPhone(route.phone))
            return HttpResponse::error(400, QStringLiteral("Invalid phone"));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), randomText(10)}});
    }
    case Endpoint::Device:
        return device(route.instanceId);
    case Endpoint::Restart:
        // Z-API restarts the instance without unlinking WhatsApp: whoever was connected still is.
        return HttpResponse::json(200, valueTrue());
    case Endpoint::Disconnect:
        if (takeEffect)
            setConnected(route.instanceId, false);
        return HttpResponse::json(200, valueTrue());
    case Endpoint::List:
        return instanceList(request);
    }
    return HttpResponse::error(404, QStringLiteral("Not found"));
}

HttpResponse SandboxServer::extensionToken(const QString &instanceId, bool takeEffect)
{
    pruneExpiredCodes();
    QString code;
    do {
        code = randomText(4) + QLatin1Char('-') + randomText(4);
    } while (m_codes.contains(code));
    const qint64 expiresAt = currentTimeMs() + CodeLifetimeMs;

    if (takeEffect)
        m_codes.insert(code, IssuedCode{instanceId, expiresAt});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("expiresAt"), expiresAt}});
}

HttpResponse SandboxServer::device(const QString &instanceId) const
{
    const InstanceState *state = findInstance(instanceId);
    // Z-API documents no answer for an instance nobody has linked. This one is /status's
    // own: a 200 carrying "You are not connected", so a client reads a state, not a failure.
    if (!state || !state->connected)
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("error"), QStringLiteral("You are not connected")}});

    // Whatever the instance does not store is made up from its id: the same phone on every call.
    const size_t seed = qHash(state->instance.id);
    const bool business = seed % 2 == 1;
    const bool iphone = seed / 2 % 2 == 1;
    const QString phone = state->instance.phone.isEmpty()
                              ? QStringLiteral("55119%1").arg(static_cast<qulonglong>(seed % 100000000), 8, 10, QLatin1Char('0'))
                              : state->instance.phone;
    const QString originalDevice = business ? (iphone ? QStringLiteral("smbi") : QStringLiteral("smba"))
                                            : (iphone ? QStringLiteral("iphone") : QStringLiteral("android"));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("phone"), phone},
                         {QStringLiteral("imgUrl"), QStringLiteral("https://pps.whatsapp.net/v/t61.24694-24/%1_n.jpg")
                                                        .arg(static_cast<qulonglong>(seed % 1000000000))},
                         {QStringLiteral("about"), business ? QStringLiteral("Atendimento de segunda a sábado, das 8h às 18h.")
                                                            : QStringLiteral("Disponível")},
                         {QStringLiteral("name"), state->instance.name},
                         {QStringLiteral("device"), QJsonObject{{QStringLiteral("sessionName"), QStringLiteral("Z-API")},
                                                                {QStringLiteral("device_model"), QStringLiteral("Z-API")}}},
                         {QStringLiteral("originalDevice"), originalDevice},
                         {QStringLiteral("sessionId"), static_cast<int>(seed % 100) + 1},
                         {QStringLiteral("isBusiness"), business}});
}

HttpResponse SandboxServer::instanceList(const HttpRequest &request) const
{
    const QUrlQuery query(QString::fromLatin1(request.query()));
    const auto page = pagingValue(query, QStringLiteral("page"), 1);
    const auto pageSize = pagingValue(query, QStringLiteral("pageSize"), 10);
    if (!page || !pageSize)
        return HttpResponse::error(400, QStringLiteral("page and pageSize must be positive integers"));
    const QString text = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);

    // Z-API's query looks in the name and the id.
    QList<const InstanceState *> matching;
    for (const auto &state : m_instances) {
        if (state.instance.name.contains(text, Qt::CaseInsensitive) || state.instance.id.contains(text, Qt::CaseInsensitive))
            matching.append(&state);
    }

    // Never more than the cap, whatever was asked; pageSize says what was served, and the
    // pages are counted in it.
    const qint64 served = std::min(*pageSize, m_maxPageSize);
    const qint64 total = matching.size();
    const qint64 first = (static_cast<qint64>(*page) - 1) * served;
    QJsonArray content;
    for (qint64 i = first; i < total && i < first + served; ++i)
        content.append(listItem(*matching.at(i)));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("total"), total},
                                               {QStringLiteral("totalPage"), (total + served - 1) / served},
                                               {QStringLiteral("pageSize"), served},
                                               {QStringLiteral("page"), *page},
                                               {QStringLiteral("content"), content}});
}

QJsonObject SandboxServer::listItem(const InstanceState &state)
{
    return QJsonObject{{QStringLiteral("id"), state.instance.id},
                       {QStringLiteral("token"), state.instance.token},
                       {QStringLiteral("name"), state.instance.name},
                       {QStringLiteral("created"), state.createdMs},
                       {QStringLiteral("due"), state.dueMs},
                       {QStringLiteral("paymentStatus"), state.paymentStatus},
                       {QStringLiteral("phoneConnected"), state.connected},
                       {QStringLiteral("whatsappConnected"), state.connected},
                       {QStringLiteral("middleware"), QStringLiteral("web")}};
}

const SandboxServer::InstanceState *SandboxServer::findInstance(const QString &instanceId) const
{
    const auto index = m_instanceIndex.constFind(instanceId);
    return index == m_instanceIndex.cend() ? nullptr : &m_instances.at(*index);
}

SandboxServer::InstanceState *SandboxServer::findInstance(const QString &instanceId)
{
    return const_cast<InstanceState *>(std::as_const(*this).findInstance(instanceId));
}

void SandboxServer::pruneExpiredCodes()
{
    const qint64 now = currentTimeMs();
    m_codes.removeIf([now](const auto &issued) { return issued.value().expiresAtMs <= now; });
}

} // namespace PartnerDesk::Sandbox
