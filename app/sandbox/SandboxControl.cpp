// The /sandbox/ control endpoints: how tests and demos steer the server from outside the process.
#include "SandboxServer.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>
#include <limits>

namespace PartnerDesk::Sandbox {

namespace {

// Enough for any test of "thousands of instances", small enough that a slip cannot eat the machine.
constexpr int MaxGeneratedInstances = 100000;

HttpResponse ok()
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, message);
}

// A misspelt field would otherwise change nothing without a word.
std::optional<HttpResponse> refuseUnknownFields(const QJsonObject &body, const QStringList &knownFields)
{
    for (const QString &key : body.keys()) {
        if (!knownFields.contains(key))
            return badRequest(QStringLiteral("Unknown field \"%1\"").arg(key));
    }
    return std::nullopt;
}

bool isPositiveInt(const std::optional<qint64> &value)
{
    return value && *value >= 1 && *value <= std::numeric_limits<int>::max();
}

} // namespace

HttpResponse SandboxServer::control(const HttpRequest &request)
{
    using JsonHandler = HttpResponse (SandboxServer::*)(const QJsonObject &);
    const auto withBody = [this, &request](JsonHandler handler) {
        QJsonParseError parseError{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject())
            return badRequest(QStringLiteral("Body must be a JSON object"));
        return (this->*handler)(body.object());
    };
    QString pathId; // what "{id}" stood for in the path that matched
    struct Action
    {
        const char *path; // a trailing "{id}" stands for any one path segment
        const char *method;
        std::function<HttpResponse()> run;
    };
    const Action actions[] = {
        {"/sandbox/requests", "GET", [this] { return HttpResponse::json(200, m_requests); }},
        {"/sandbox/requests", "DELETE", [this] { m_requests = QJsonArray(); return ok(); }},
        {"/sandbox/faults", "POST", [&withBody] { return withBody(&SandboxServer::controlFaults); }},
        {"/sandbox/faults", "DELETE", [this] { m_faults.clear(); return ok(); }},
        {"/sandbox/faults/modes", "GET",
         [] { return HttpResponse::json(200, QJsonArray::fromStringList(Fault::modeNames())); }},
        {"/sandbox/redeem", "POST", [&withBody] { return withBody(&SandboxServer::controlRedeem); }},
        {"/sandbox/clock", "POST", [&withBody] { return withBody(&SandboxServer::controlClock); }},
        {"/sandbox/status", "POST", [&withBody] { return withBody(&SandboxServer::controlStatus); }},
        {"/sandbox/partner", "POST", [&withBody] { return withBody(&SandboxServer::controlPartner); }},
        {"/sandbox/instances", "POST", [&withBody] { return withBody(&SandboxServer::controlInstance); }},
        {"/sandbox/instances/generate", "POST", [&withBody] { return withBody(&SandboxServer::controlGenerate); }},
        {"/sandbox/instances/{id}", "DELETE", [this, &pathId] { return controlRemove(pathId); }},
        {"/sandbox/stats", "GET", [this] { return controlStats(); }},
        {"/sandbox/stats", "DELETE", [this] { resetStats(); return controlStats(); }},
        {"/sandbox/reset", "POST", [this] { reset(); return ok(); }},
    };

    const QByteArray path = request.path();
    const auto matches = [&path, &pathId](QByteArrayView pattern) {
        if (!pattern.endsWith("{id}"))
            return path == pattern;
        const QByteArrayView prefix = pattern.chopped(4);
        const QByteArray segment = path.mid(prefix.size());
        if (!path.startsWith(prefix) || segment.isEmpty() || segment.contains('/'))
            return false;
        pathId = QUrl::fromPercentEncoding(segment);
        return true;
    };
    QByteArrayList allowed;
    for (const Action &action : actions) {
        if (!matches(action.path))
            continue;
        if (request.method == action.method)
            return action.run();
        allowed.append(QByteArray(action.method));
    }
    if (allowed.isEmpty())
        return HttpResponse::error(404, QStringLiteral("Not found"));
    HttpResponse response = HttpResponse::error(405, QStringLiteral("Method not allowed"));
    response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

HttpResponse SandboxServer::controlRedeem(const QJsonObject &body)
{
    const QJsonValue code = body.value(QLatin1String("code"));
    if (!code.isString())
        return badRequest(QStringLiteral("\"code\" must be a string"));
    const auto instanceId = redeemCode(code.toString());
    if (!instanceId)
        return HttpResponse::error(404, QStringLiteral("Unknown or expired code"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("instance"), *instanceId},
                                               {QStringLiteral("connected"), true}});
}

HttpResponse SandboxServer::controlFaults(const QJsonObject &body)
{
    QString errorMessage;
    const auto fault = Fault::fromJson(body, &errorMessage);
    if (!fault) {
        return HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), errorMessage},
                                                   {QStringLiteral("modes"), QJsonArray::fromStringList(Fault::modeNames())}});
    }
    m_faults.add(*fault);
    return ok();
}

HttpResponse SandboxServer::controlClock(const QJsonObject &body)
{
    const auto offset = jsonInteger(body.value(QLatin1String("offsetMs")));
    if (!offset)
        return badRequest(QStringLiteral("\"offsetMs\" must be an integer"));
    setClockOffset(*offset);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("offsetMs"), *offset}});
}

HttpResponse SandboxServer::controlStatus(const QJsonObject &body)
{
    const QJsonValue instanceId = body.value(QLatin1String("instance"));
    const QJsonValue connected = body.value(QLatin1String("connected"));
    if (!instanceId.isString() || !connected.isBool())
        return badRequest(QStringLiteral("Needs \"instance\" (string) and \"connected\" (boolean)"));
    if (!setConnected(instanceId.toString(), connected.toBool()))
        return HttpResponse::error(404, QStringLiteral("Instance not found"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("instance"), instanceId}, {QStringLiteral("connected"), connected}});
}

HttpResponse SandboxServer::controlPartner(const QJsonObject &body)
{
    if (const auto refusal = refuseUnknownFields(body, {QStringLiteral("maxPageSize"), QStringLiteral("token")}))
        return *refusal;
    if (body.isEmpty())
        return badRequest(QStringLiteral("Needs \"maxPageSize\", \"token\" or both"));

    const bool newSize = body.contains(QLatin1String("maxPageSize"));
    const auto size = jsonInteger(body.value(QLatin1String("maxPageSize")));
    if (newSize && !isPositiveInt(size))
        return badRequest(QStringLiteral("\"maxPageSize\" must be a positive integer"));
    const bool newToken = body.contains(QLatin1String("token"));
    const QString token = body.value(QLatin1String("token")).toString();
    // It is compared with what follows "Bearer " in a header: visible ASCII, no spaces.
    static const QRegularExpression tokenPattern(QStringLiteral("^[!-~]+$"));
    if (newToken && !tokenPattern.match(token).hasMatch())
        return badRequest(QStringLiteral("\"token\" must be a non-empty string of visible ASCII characters"));

    if (newSize)
        setMaxPageSize(static_cast<int>(*size));
    if (newToken)
        setPartnerToken(token);
    // The token is not echoed: whoever set it knows it, and answers end up in test logs.
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("maxPageSize"), m_maxPageSize}});
}

HttpResponse SandboxServer::controlInstance(const QJsonObject &body)
{
    if (const auto refusal = refuseUnknownFields(body, {QStringLiteral("id"), QStringLiteral("token"), QStringLiteral("name"),
                                                        QStringLiteral("phone"), QStringLiteral("paymentStatus"),
                                                        QStringLiteral("due")})) {
        return *refusal;
    }
    const auto given = [&body](const char *field) { return body.contains(QLatin1String(field)); };
    const auto text = [&body](const char *field) { return body.value(QLatin1String(field)).toString(); };

    const QString id = text("id");
    if (!isCredential(id))
        return badRequest(QStringLiteral("\"id\" must be a non-empty string of letters, digits, '-' or '_'"));
    if (given("token") && !isCredential(text("token")))
        return badRequest(QStringLiteral("\"token\" must be a non-empty string of letters, digits, '-' or '_'"));
    if (given("name") && !body.value(QLatin1String("name")).isString())
        return badRequest(QStringLiteral("\"name\" must be a string (it may be empty)"));
    if (given("phone") && !(body.value(QLatin1String("phone")).isString() && (text("phone").isEmpty() || isPhone(text("phone")))))
        return badRequest(QStringLiteral("\"phone\" must be a string of 10 to 15 digits, or empty for none"));
    if (given("paymentStatus") && text("paymentStatus").isEmpty())
        return badRequest(QStringLiteral("\"paymentStatus\" must be a non-empty string, such as \"PAID\" or \"OVERDUE\""));
    const auto due = jsonInteger(body.value(QLatin1String("due")));
    if (given("due") && !due)
        return badRequest(QStringLiteral("\"due\" must be an integer (Unix time in milliseconds)"));

    const bool added = !findInstance(id);
    if (added) {
        if (!given("token"))
            return badRequest(QStringLiteral("A new instance needs a \"token\""));
        addInstance(SandboxInstance{id, text("token"), QString(), QString()});
    }
    // Only what was given changes: a rename keeps the token, the state and the dates.
    InstanceState *state = findInstance(id);
    if (given("token"))
        state->instance.token = text("token");
    if (given("name"))
        state->instance.name = text("name");
    if (given("phone"))
        state->instance.phone = text("phone");
    if (given("paymentStatus"))
        state->paymentStatus = text("paymentStatus");
    if (due)
        state->dueMs = *due;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("instance"), listItem(*state)}});
}

HttpResponse SandboxServer::controlGenerate(const QJsonObject &body)
{
    if (const auto refusal = refuseUnknownFields(body, {QStringLiteral("count"), QStringLiteral("prefix")}))
        return *refusal;
    const auto count = jsonInteger(body.value(QLatin1String("count")));
    if (!count || *count < 1 || *count > MaxGeneratedInstances)
        return badRequest(QStringLiteral("\"count\" must be an integer from 1 to %1").arg(MaxGeneratedInstances));
    const QJsonValue prefix = body.value(QLatin1String("prefix"));
    if (body.contains(QLatin1String("prefix")) && (!prefix.isString() || prefix.toString().trimmed().isEmpty()))
        return badRequest(QStringLiteral("\"prefix\" must be a non-empty string"));

    QJsonArray instances;
    for (const SandboxInstance &instance : generateInstances(static_cast<int>(*count), prefix.toString(QStringLiteral("Customer")))) {
        instances.append(QJsonObject{{QStringLiteral("id"), instance.id},
                                     {QStringLiteral("token"), instance.token},
                                     {QStringLiteral("name"), instance.name}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("instances"), instances}});
}

HttpResponse SandboxServer::controlRemove(const QString &instanceId)
{
    if (!removeInstance(instanceId))
        return HttpResponse::error(404, QStringLiteral("Instance not found"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("instance"), instanceId}, {QStringLiteral("removed"), true}});
}

HttpResponse SandboxServer::controlStats() const
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("inFlight"), m_inFlight},
                                               {QStringLiteral("maxInFlight"), m_maxInFlight},
                                               {QStringLiteral("requests"), m_requestCount}});
}

} // namespace PartnerDesk::Sandbox
