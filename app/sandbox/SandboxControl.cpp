// The /sandbox/ control endpoints: how tests and demos steer the server from outside the process.
#include "SandboxServer.h"

#include <QJsonDocument>

#include <functional>

namespace PartnerDesk::Sandbox {

namespace {

HttpResponse ok()
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

} // namespace

HttpResponse SandboxServer::control(const HttpRequest &request)
{
    using JsonHandler = HttpResponse (SandboxServer::*)(const QJsonObject &);
    const auto withBody = [this, &request](JsonHandler handler) {
        QJsonParseError parseError{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject())
            return HttpResponse::error(400, QStringLiteral("Body must be a JSON object"));
        return (this->*handler)(body.object());
    };
    struct Action
    {
        const char *path;
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
        {"/sandbox/reset", "POST", [this] { reset(); return ok(); }},
    };

    const QByteArray path = request.path();
    QByteArrayList allowed;
    for (const Action &action : actions) {
        if (path != action.path)
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
        return HttpResponse::error(400, QStringLiteral("\"code\" must be a string"));
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
        return HttpResponse::error(400, QStringLiteral("\"offsetMs\" must be an integer"));
    setClockOffset(*offset);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("offsetMs"), *offset}});
}

HttpResponse SandboxServer::controlStatus(const QJsonObject &body)
{
    const QJsonValue instanceId = body.value(QLatin1String("instance"));
    const QJsonValue connected = body.value(QLatin1String("connected"));
    if (!instanceId.isString() || !connected.isBool())
        return HttpResponse::error(400, QStringLiteral("Needs \"instance\" (string) and \"connected\" (boolean)"));
    if (!setConnected(instanceId.toString(), connected.toBool()))
        return HttpResponse::error(404, QStringLiteral("Instance not found"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("instance"), instanceId}, {QStringLiteral("connected"), connected}});
}

} // namespace PartnerDesk::Sandbox
