#include "Faults.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace PartnerDesk::Sandbox {

namespace {

constexpr std::array<std::pair<FaultMode, const char *>, 20> ModeNames{{
    {FaultMode::Delay, "delay"},
    {FaultMode::Hang, "hang"},
    {FaultMode::SlowBody, "slow-body"},
    {FaultMode::MalformedJson, "malformed-json"},
    {FaultMode::WrongTypes, "wrong-types"},
    {FaultMode::RateLimit, "rate-limit"},
    {FaultMode::ServerError, "server-error"},
    {FaultMode::Redirect, "redirect"},
    {FaultMode::Oversized, "oversized"},
    {FaultMode::OversizedChunked, "oversized-chunked"},
    {FaultMode::Truncated, "truncated"},
    {FaultMode::WrongContentType, "wrong-content-type"},
    {FaultMode::NonUtf8, "non-utf8"},
    {FaultMode::DeepJson, "deep-json"},
    {FaultMode::HugeNumber, "huge-number"},
    {FaultMode::Expired, "expired"},
    {FaultMode::FarFuture, "far-future"},
    {FaultMode::NegativeExpiry, "negative-expiry"},
    {FaultMode::EmptyToken, "empty-token"},
    {FaultMode::LongToken, "long-token"},
}};

constexpr std::array<std::pair<Endpoint, const char *>, 8> EndpointNames{{
    {Endpoint::ExtensionToken, "extension-token"},
    {Endpoint::Status, "status"},
    {Endpoint::QrCode, "qr-code"},
    {Endpoint::PhoneCode, "phone-code"},
    {Endpoint::Device, "device"},
    {Endpoint::Restart, "restart"},
    {Endpoint::Disconnect, "disconnect"},
    {Endpoint::List, "list"},
}};

// Slower than any sensible inactivity timeout would tolerate between two bytes is the point;
// a minute is already far past that.
constexpr int MaxSlowBodyIntervalMs = 60000;

bool shapesExtensionCode(FaultMode mode)
{
    switch (mode) {
    case FaultMode::NonUtf8:
    case FaultMode::HugeNumber:
    case FaultMode::Expired:
    case FaultMode::FarFuture:
    case FaultMode::NegativeExpiry:
    case FaultMode::EmptyToken:
    case FaultMode::LongToken:
        return true;
    default:
        return false;
    }
}

std::optional<Fault> invalid(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return std::nullopt;
}

HttpResponse rawJson(const QByteArray &body)
{
    HttpResponse response = HttpResponse::json(200, QJsonObject());
    response.body = body;
    return response;
}

QByteArray wrongTypesBody(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::ExtensionToken:
        return QByteArrayLiteral(R"({"token":1234,"expiresAt":"soon"})");
    case Endpoint::Status:
        return QByteArrayLiteral(R"({"connected":"yes","error":404,"smartphoneConnected":"no"})");
    case Endpoint::QrCode:
        return QByteArrayLiteral(R"({"value":42})");
    case Endpoint::PhoneCode:
        return QByteArrayLiteral(R"({"value":["A1B2C3D4E5"]})");
    case Endpoint::Device:
        return QByteArrayLiteral(R"({"phone":5511999990001,"name":["Z-API"],"device":"Z-API","isBusiness":"no"})");
    case Endpoint::Restart:
    case Endpoint::Disconnect:
        return QByteArrayLiteral(R"({"value":"true"})");
    case Endpoint::List:
        return QByteArrayLiteral(R"({"total":"8","totalPage":true,"pageSize":"10","page":[1],"content":{"id":1}})");
    }
    return {};
}

} // namespace

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QStringList Fault::modeNames()
{
    QStringList names;
    for (const auto &[mode, name] : ModeNames)
        names.append(QLatin1String(name));
    return names;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *errorMessage)
{
    static const QStringList knownFields{QStringLiteral("mode"),       QStringLiteral("instance"),
                                         QStringLiteral("endpoint"),   QStringLiteral("page"),
                                         QStringLiteral("times"),      QStringLiteral("delayMs"),
                                         QStringLiteral("intervalMs"), QStringLiteral("retryAfter"),
                                         QStringLiteral("redirectTo")};
    // A misspelt field would otherwise silently produce a fault that never fires.
    for (const QString &key : json.keys()) {
        if (!knownFields.contains(key))
            return invalid(errorMessage, QStringLiteral("Unknown field \"%1\"").arg(key));
    }

    Fault fault;
    const QString modeName = json.value(QLatin1String("mode")).toString();
    const auto mode = std::find_if(ModeNames.cbegin(), ModeNames.cend(),
                                   [&modeName](const auto &entry) { return modeName == QLatin1String(entry.second); });
    if (mode == ModeNames.cend())
        return invalid(errorMessage, QStringLiteral("Unknown fault mode \"%1\"").arg(modeName));
    fault.mode = mode->first;

    if (json.contains(QLatin1String("instance"))) {
        fault.instanceId = json.value(QLatin1String("instance")).toString();
        if (fault.instanceId.isEmpty())
            return invalid(errorMessage, QStringLiteral("\"instance\" must be a non-empty string"));
    }

    if (json.contains(QLatin1String("endpoint"))) {
        const QString endpointName = json.value(QLatin1String("endpoint")).toString();
        const auto endpoint = std::find_if(EndpointNames.cbegin(), EndpointNames.cend(), [&endpointName](const auto &entry) {
            return endpointName == QLatin1String(entry.second);
        });
        if (endpoint == EndpointNames.cend()) {
            QStringList names;
            for (const auto &entry : EndpointNames)
                names.append(QLatin1String(entry.second));
            return invalid(errorMessage, QStringLiteral("\"endpoint\" must be one of ") + names.join(QStringLiteral(", ")));
        }
        fault.endpoint = endpoint->first;
    }
    if (shapesExtensionCode(fault.mode)) {
        if (fault.endpoint.value_or(Endpoint::ExtensionToken) != Endpoint::ExtensionToken)
            return invalid(errorMessage, QStringLiteral("Mode \"%1\" only applies to extension-token").arg(modeName));
        fault.endpoint = Endpoint::ExtensionToken;
    }

    if (json.contains(QLatin1String("page"))) {
        const auto page = jsonInteger(json.value(QLatin1String("page")));
        if (!page || *page < 1 || *page > std::numeric_limits<int>::max())
            return invalid(errorMessage, QStringLiteral("\"page\" must be a positive integer"));
        if (fault.endpoint.value_or(Endpoint::List) != Endpoint::List)
            return invalid(errorMessage, QStringLiteral("\"page\" only applies to the list endpoint"));
        fault.endpoint = Endpoint::List;
        fault.page = static_cast<int>(*page);
    }

    if (json.contains(QLatin1String("times"))) {
        const auto times = jsonInteger(json.value(QLatin1String("times")));
        if (!times || *times < 1 || *times > std::numeric_limits<int>::max())
            return invalid(errorMessage, QStringLiteral("\"times\" must be a positive integer"));
        fault.remainingTimes = static_cast<int>(*times);
    }

    if (fault.mode == FaultMode::Delay) {
        const auto delay = jsonInteger(json.value(QLatin1String("delayMs")));
        if (!delay || *delay < 0 || *delay > 600000)
            return invalid(errorMessage, QStringLiteral("Mode \"delay\" needs \"delayMs\" between 0 and 600000"));
        fault.delayMs = static_cast<int>(*delay);
    }

    if (json.contains(QLatin1String("intervalMs"))) {
        if (fault.mode != FaultMode::SlowBody)
            return invalid(errorMessage, QStringLiteral("\"intervalMs\" only applies to slow-body"));
        const auto interval = jsonInteger(json.value(QLatin1String("intervalMs")));
        if (!interval || *interval < 1 || *interval > MaxSlowBodyIntervalMs) {
            return invalid(errorMessage,
                           QStringLiteral("\"intervalMs\" must be between 1 and %1").arg(MaxSlowBodyIntervalMs));
        }
        fault.intervalMs = static_cast<int>(*interval);
    }

    if (json.contains(QLatin1String("retryAfter"))) {
        const auto retryAfter = jsonInteger(json.value(QLatin1String("retryAfter")));
        if (!retryAfter || *retryAfter < 0 || *retryAfter > 86400)
            return invalid(errorMessage, QStringLiteral("\"retryAfter\" must be between 0 and 86400 seconds"));
        fault.retryAfterSeconds = static_cast<int>(*retryAfter);
    }

    if (fault.mode == FaultMode::Redirect) {
        const QUrl target(json.value(QLatin1String("redirectTo")).toString(), QUrl::StrictMode);
        const bool isOrigin = target.isValid() && !target.host().isEmpty()
                              && (target.scheme() == QLatin1String("http") || target.scheme() == QLatin1String("https"))
                              && (target.path().isEmpty() || target.path() == QLatin1String("/"))
                              && !target.hasQuery() && !target.hasFragment();
        if (!isOrigin) {
            return invalid(errorMessage,
                           QStringLiteral("Mode \"redirect\" needs \"redirectTo\" like \"http://127.0.0.1:8080\""));
        }
        fault.redirectTo = target.adjusted(QUrl::RemovePath).toEncoded();
    }
    return fault;
}

bool Fault::matches(Endpoint callEndpoint, const QString &callInstanceId, int callListPage) const
{
    return (!endpoint || *endpoint == callEndpoint) && (instanceId.isEmpty() || instanceId == callInstanceId)
           && (page == 0 || page == callListPage);
}

void FaultPlan::add(const Fault &fault)
{
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultPlan::take(Stage stage, Endpoint endpoint, const QString &instanceId, int listPage)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        const bool stageMatches = (it->mode == FaultMode::Redirect) == (stage == Stage::BeforeAuth);
        if (!stageMatches || !it->matches(endpoint, instanceId, listPage))
            continue;
        const Fault fault = *it;
        if (it->remainingTimes > 0 && --it->remainingTimes == 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

HttpResponse faultResponse(const Fault &fault, Endpoint endpoint, const HttpResponse &normal,
                           const QByteArray &requestTarget, qint64 nowMs)
{
    QJsonObject body = QJsonDocument::fromJson(normal.body).object();
    const QString code = body.value(QLatin1String("token")).toString();

    switch (fault.mode) {
    case FaultMode::Delay:
    case FaultMode::Hang:
    case FaultMode::SlowBody:
        return normal;
    case FaultMode::MalformedJson:
        return rawJson(QByteArrayLiteral(R"({"token": "AB)"));
    case FaultMode::WrongTypes:
        return rawJson(wrongTypesBody(endpoint));
    case FaultMode::RateLimit: {
        HttpResponse response = HttpResponse::error(429, QStringLiteral("Too many requests"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        return response;
    }
    case FaultMode::ServerError:
        return HttpResponse::error(500, QStringLiteral("Internal server error"));
    case FaultMode::Redirect: {
        HttpResponse response;
        response.status = 302;
        response.headers.append({QByteArrayLiteral("Location"), fault.redirectTo + requestTarget});
        return response;
    }
    case FaultMode::Oversized:
        body.insert(QLatin1String("padding"), QString(2 * 1024 * 1024, QLatin1Char('x')));
        return HttpResponse::json(200, body);
    case FaultMode::OversizedChunked: {
        // No Content-Length to refuse up front: only counting what arrives stops it.
        HttpResponse response = HttpResponse::json(200, body);
        response.body.clear();
        response.endlessChunk = QByteArray(16 * 1024, 'x');
        return response;
    }
    case FaultMode::Truncated: {
        HttpResponse response = normal;
        response.announcedLength = normal.body.size();
        response.body.truncate(normal.body.size() / 2);
        return response;
    }
    case FaultMode::WrongContentType: {
        HttpResponse response;
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
        response.body = QByteArrayLiteral("<html><body>Maintenance</body></html>");
        return response;
    }
    case FaultMode::NonUtf8:
        // C3 28 is a broken two-byte sequence; FF and FE never occur in UTF-8.
        return rawJson(R"({"expiresAt":)" + QByteArray::number(body.value(QLatin1String("expiresAt")).toInteger())
                       + R"(,"token":")" + code.left(5).toLatin1() + "\xC3\x28\xFF\xFE\"}");
    case FaultMode::DeepJson:
        // Balanced, so it is well-formed: only a parser without a depth limit is at risk.
        return rawJson(QByteArray(100000, '[') + QByteArray(100000, ']'));
    case FaultMode::HugeNumber:
        body.insert(QLatin1String("expiresAt"), 1e300);
        return HttpResponse::json(200, body);
    case FaultMode::Expired:
        body.insert(QLatin1String("expiresAt"), nowMs - 60000);
        return HttpResponse::json(200, body);
    case FaultMode::FarFuture:
        body.insert(QLatin1String("expiresAt"),
                    QDateTime(QDate(2400, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        return HttpResponse::json(200, body);
    case FaultMode::NegativeExpiry:
        body.insert(QLatin1String("expiresAt"), -5);
        return HttpResponse::json(200, body);
    case FaultMode::EmptyToken:
        body.insert(QLatin1String("token"), QString());
        return HttpResponse::json(200, body);
    case FaultMode::LongToken:
        body.insert(QLatin1String("token"), QString(code).remove(QLatin1Char('-')).repeated(1280));
        return HttpResponse::json(200, body);
    }
    return normal;
}

} // namespace PartnerDesk::Sandbox
