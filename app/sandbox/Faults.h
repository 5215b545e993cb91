#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartnerDesk::Sandbox {

enum class Endpoint { ExtensionToken, Status, QrCode, PhoneCode, Device, Restart, Disconnect, List };

enum class FaultMode {
    Delay,
    Hang,
    SlowBody,
    MalformedJson,
    WrongTypes,
    RateLimit,
    ServerError,
    Redirect,
    Oversized,
    OversizedChunked,
    Truncated,
    WrongContentType,
    NonUtf8,
    DeepJson,
    HugeNumber,
    Expired,
    FarFuture,
    NegativeExpiry,
    EmptyToken,
    LongToken,
};

struct Fault
{
    FaultMode mode = FaultMode::ServerError;
    QString instanceId; // empty: any instance (the list endpoint has none, so it never matches a scoped fault)
    std::optional<Endpoint> endpoint; // empty: any endpoint
    int page = 0; // the list endpoint's page it fails; 0: every page (and every other endpoint)
    int remainingTimes = -1; // -1: until cleared
    int delayMs = 0;
    int intervalMs = 500; // slow-body: the wait before each byte of the body
    int retryAfterSeconds = 30;
    QByteArray redirectTo;

    // Validates a POST /sandbox/faults body. Modes that shape the extension code
    // (expired, long-token, ...) only make sense for extension-token and are pinned to it;
    // a fault with a page only makes sense for the list and is pinned to it.
    static std::optional<Fault> fromJson(const QJsonObject &json, QString *errorMessage);
    static QStringList modeNames();

    // callListPage is the page a list call asks for (0 for every other call).
    bool matches(Endpoint callEndpoint, const QString &callInstanceId, int callListPage) const;
};

class FaultPlan
{
public:
    // Redirects are decided before authentication, like a load balancer would;
    // every other fault only hits calls that passed it.
    enum class Stage { BeforeAuth, AfterAuth };

    void add(const Fault &fault);
    void clear();
    // The earliest matching fault wins and one of its times is used up.
    std::optional<Fault> take(Stage stage, Endpoint endpoint, const QString &instanceId, int listPage);

private:
    QList<Fault> m_faults;
};

// JSON numbers are doubles: only whole values that a double holds exactly (|n| <= 2^53) count.
std::optional<qint64> jsonInteger(const QJsonValue &value);

// The reply of every fault except delay, hang and slow-body, which are about timing rather
// than content. normal is the reply the call would have had; nowMs is the server clock.
HttpResponse faultResponse(const Fault &fault, Endpoint endpoint, const HttpResponse &normal,
                           const QByteArray &requestTarget, qint64 nowMs);

} // namespace PartnerDesk::Sandbox
