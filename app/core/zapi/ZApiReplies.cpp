#include "ZApiReplies.h"

#include "util/Validation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace PartnerDesk::ZApiReplies {

namespace {

// The Date header has a resolution of one second and the answer took some time to arrive:
// a difference below this is noise, not a wrong clock.
constexpr qint64 negligibleSkewMs = 2000;
constexpr qsizetype maximumServerMessageLength = 200;

bool parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

// JSON numbers are doubles: only whole values a double holds exactly count as integers.
std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A count, a page number or a time in ms: a whole JSON number not below zero, or the same
// digits as a string. `page` and `pageSize` echo the query string, where they are text, and a
// server that copies them back unconverted is easy to imagine; a sign, a fraction, spaces or
// a boolean are not.
std::optional<qint64> countValue(const QJsonValue &value)
{
    if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}\\z"));
        const QString text = value.toString();
        return digits.match(text).hasMatch() ? std::optional<qint64>(text.toLongLong()) : std::nullopt;
    }
    const std::optional<qint64> number = integerValue(value);
    return number && *number >= 0 ? number : std::nullopt;
}

// Codes are short runs of letters and digits, possibly grouped with '-' (FA48-HS63).
bool isPlausibleCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*\\z"));
    return code.size() <= 32 && pattern.match(code).hasMatch();
}

// Z-API reports a missing Client-Token in two shapes; both say the same to the user. The
// first is matched whole: a wrong token is reported as "Client-Token <token> not allowed",
// and a token that happens to end in "null" is wrong, not missing.
bool mentionsMissingClientToken(const QString &error)
{
    static const QRegularExpression missing(QStringLiteral("^(client-token )?null not allowed\\z"),
                                            QRegularExpression::CaseInsensitiveOption);
    return missing.match(error.trimmed()).hasMatch()
        || error.contains(QLatin1String("client-token is not configured"), Qt::CaseInsensitive);
}

// Seen in public client code, with 400, for an instance whose subscription has run out.
bool mentionsExpiredSubscription(const QString &error)
{
    return error.contains(QLatin1String("must subscribe to this instance again"), Qt::CaseInsensitive);
}

// /status's words for an instance without a linked phone ("You are not connected", "You need
// to restore the session").
bool mentionsNotConnected(const QString &error)
{
    return error.contains(QLatin1String("not connected"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("restore the session"), Qt::CaseInsensitive);
}

// The documented error bodies that mean the same whatever status they come with (Z-API has
// answered with an error body and 200); None for any other text.
Error documentedError(const QString &error)
{
    if (mentionsMissingClientToken(error))
        return ErrorCode::ClientTokenMissing;
    if (mentionsExpiredSubscription(error))
        return ErrorCode::SubscriptionExpired;
    return {};
}

// A 2xx answer to an instance request whose body is not what the endpoint returns: one of the
// documented errors if it says so, malformed otherwise.
Error unexpectedShape(const QJsonObject &object)
{
    if (Error documented = documentedError(object.value(QLatin1String("error")).toString()))
        return documented;
    return ErrorCode::MalformedResponse;
}

QString bodyError(const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return {};
    return object.value(QLatin1String("error")).toString();
}

int retryAfterSeconds(const ZApiAnswer &answer)
{
    constexpr int maximumSeconds = 3600;
    const QByteArray value = answer.retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(qMin<qlonglong>(seconds, maximumSeconds));
    // The other form is an HTTP date, measured against the server's own clock when it sent one.
    const qint64 when = parseHttpDate(value);
    if (when < 0)
        return -1;
    const qint64 serverNow = answer.serverDateMs >= 0 ? answer.serverDateMs : answer.receivedAtMs;
    const qint64 secondsUntil = (when - serverNow + 999) / 1000;
    return static_cast<int>(qBound<qint64>(0, secondsUntil, qint64(maximumSeconds)));
}

// Whole code points, so that a character outside the BMP (an emoji) is neither dropped as
// two unprintable halves nor cut in two by the length limit; line breaks and tabs become
// spaces rather than gluing the words around them together.
QString plainServerMessage(const QString &text)
{
    QString clean;
    qsizetype kept = 0;
    for (const char32_t c : text.toUcs4()) {
        if (kept == maximumServerMessageLength)
            break;
        if (QChar::isSpace(c))
            clean.append(QLatin1Char(' '));
        else if (QChar::isPrint(c))
            clean.append(QStringView(QChar::fromUcs4(c)));
        else
            continue;
        ++kept;
    }
    return clean.simplified();
}

Error rateLimited(const ZApiAnswer &answer)
{
    Error error(ErrorCode::RateLimited);
    error.retryAfterSeconds = retryAfterSeconds(answer);
    return error;
}

// What a failed status says when nothing more particular was found in it.
Error failedStatus(const ZApiAnswer &answer)
{
    const QString detail = QString::number(answer.httpStatus);
    if (answer.httpStatus >= 500 && answer.httpStatus < 600)
        return Error(ErrorCode::ServerError, detail);
    return Error(ErrorCode::UnexpectedStatus, detail);
}

bool isSuccess(const ZApiAnswer &answer)
{
    return answer.httpStatus >= 200 && answer.httpStatus < 300;
}

// {"value":true}, the answer of the actions (restart, disconnect).
Error parseValueFlag(const ZApiAnswer &answer, bool *flag)
{
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const QJsonValue value = object.value(QLatin1String("value"));
    if (!value.isBool())
        return unexpectedShape(object);
    *flag = value.toBool();
    return {};
}

// Connected phones are international numbers in digits; E.164 allows at most 15, a little
// room is left on both sides.
bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,20}\\z"));
    return digits.match(phone).hasMatch();
}

// One item of the partner list's `content` (anything but an object has no `id`); false when
// its credentials could not be used in a request.
bool parseAccountInstance(const QJsonValue &value, AccountInstance *instance)
{
    const QJsonObject item = value.toObject();
    const QJsonValue id = item.value(QLatin1String("id"));
    const QJsonValue token = item.value(QLatin1String("token"));
    if (!id.isString() || !token.isString() || Validation::checkInstanceId(id.toString())
        || Validation::checkInstanceToken(token.toString()))
        return false;
    const std::optional<qint64> due = countValue(item.value(QLatin1String("due")));
    const QJsonValue connected = item.value(QLatin1String("whatsappConnected"));
    *instance = AccountInstance{
        id.toString(),
        token.toString(),
        plainServerMessage(item.value(QLatin1String("name")).toString()),
        plainServerMessage(item.value(QLatin1String("paymentStatus")).toString()),
        due && *due > 0 ? QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC) : QDateTime(),
        connected.isBool() ? std::optional<bool>(connected.toBool()) : std::nullopt,
    };
    return true;
}

} // namespace

Error statusError(const ZApiAnswer &answer)
{
    if (isSuccess(answer))
        return {};
    const QString error = bodyError(answer.body);
    if (Error documented = documentedError(error))
        return documented;
    switch (answer.httpStatus) {
    case 401:
    case 404:
        return ErrorCode::InstanceCredentialsRejected;
    case 403:
        return ErrorCode::ClientTokenRejected;
    case 429:
        return rateLimited(answer);
    default:
        break;
    }
    if (error.contains(QLatin1String("instance not found"), Qt::CaseInsensitive))
        return ErrorCode::InstanceCredentialsRejected;
    return failedStatus(answer);
}

Error partnerStatusError(const ZApiAnswer &answer)
{
    if (isSuccess(answer))
        return {};
    switch (answer.httpStatus) {
    case 401:
    case 403:
        return ErrorCode::PartnerTokenRejected;
    case 429:
        return rateLimited(answer);
    default:
        return failedStatus(answer);
    }
}

qint64 parseHttpDate(const QByteArray &value)
{
    // Qt's RFC 2822 parser wants a numeric zone where HTTP dates say GMT. Parsing as UTC
    // from the start also keeps local time (and its DST gaps) out of it.
    const QByteArray text = value.trimmed();
    if (!text.endsWith(" GMT"))
        return -1;
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(text.chopped(4)) + QLatin1String(" +0000"),
                                                 Qt::RFC2822Date);
    return date.isValid() ? date.toMSecsSinceEpoch() : -1;
}

qint64 clockSkewMs(const ZApiAnswer &answer)
{
    if (answer.serverDateMs < 0)
        return 0;
    // The server's clock was somewhere in [Date, Date + 1 s) when it answered.
    const qint64 skew = answer.serverDateMs + 500 - answer.receivedAtMs;
    return std::abs(skew) < negligibleSkewMs ? 0 : skew;
}

Error parseExtensionCode(const ZApiAnswer &answer, ExtensionCode *code)
{
    if (Error error = statusError(answer))
        return error;
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const QJsonValue token = object.value(QLatin1String("token"));
    const std::optional<qint64> expiresAt = integerValue(object.value(QLatin1String("expiresAt")));
    if (!token.isString())
        return unexpectedShape(object);
    if (!isPlausibleCode(token.toString()) || !expiresAt || *expiresAt <= 0)
        return ErrorCode::MalformedResponse;

    const qint64 skew = clockSkewMs(answer);
    const qint64 serverNow = answer.receivedAtMs + skew;
    if (*expiresAt <= serverNow)
        return ErrorCode::CodeAlreadyExpired;
    if (*expiresAt - serverNow > maximumCodeLifetimeMs)
        return ErrorCode::MalformedResponse;
    *code = ExtensionCode{token.toString(), *expiresAt, skew, answer.receivedAtMs};
    return {};
}

Error parseInstanceStatus(const ZApiAnswer &answer, InstanceStatus *status)
{
    if (Error error = statusError(answer))
        return error;
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const QJsonValue connected = object.value(QLatin1String("connected"));
    if (!connected.isBool())
        return unexpectedShape(object);
    *status = InstanceStatus{connected.toBool(),
                             object.value(QLatin1String("smartphoneConnected")).toBool(false),
                             plainServerMessage(object.value(QLatin1String("error")).toString())};
    return {};
}

Error parseQrCode(const ZApiAnswer &answer, QrCode *qrCode)
{
    if (Error error = statusError(answer))
        return error;
    // Newer docs: {"value":"data:image/png;base64,..."}; older ones: the base64 text itself.
    QByteArray text = answer.body.trimmed();
    QJsonObject object;
    if (text.startsWith('{')) {
        if (!parseObject(text, &object))
            return ErrorCode::MalformedResponse;
        if (!object.value(QLatin1String("value")).isString())
            return unexpectedShape(object);
        text = object.value(QLatin1String("value")).toString().toLatin1();
    }
    const QByteArray dataPrefix("data:image/png;base64,");
    if (text.startsWith(dataPrefix))
        text.remove(0, dataPrefix.size());
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("\x89PNG\r\n\x1a\n"))
        return ErrorCode::MalformedResponse;
    *qrCode = QrCode{decoded.decoded};
    return {};
}

Error parsePhoneCode(const ZApiAnswer &answer, PhoneCode *phoneCode)
{
    if (Error error = statusError(answer))
        return error;
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const QJsonValue value = object.value(QLatin1String("value"));
    if (!value.isString())
        return unexpectedShape(object);
    if (!isPlausibleCode(value.toString()))
        return ErrorCode::MalformedResponse;
    *phoneCode = PhoneCode{value.toString()};
    return {};
}

Error parseDeviceInfo(const ZApiAnswer &answer, DeviceInfo *device)
{
    if (Error error = statusError(answer))
        return error;
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const QJsonValue phone = object.value(QLatin1String("phone"));
    const QJsonValue connected = object.value(QLatin1String("connected"));
    const QString error = object.value(QLatin1String("error")).toString();
    // Nobody linked: Z-API documents no answer for it; /status's words and shape are what
    // an instance without a phone says elsewhere.
    if ((connected.isBool() && !connected.toBool()) || (!phone.isString() && mentionsNotConnected(error))) {
        DeviceInfo notConnected;
        notConnected.serverMessage = plainServerMessage(error);
        *device = notConnected;
        return {};
    }
    if (!phone.isString())
        return unexpectedShape(object);
    if (!isPlausiblePhone(phone.toString()))
        return ErrorCode::MalformedResponse;
    const QJsonObject phoneDevice = object.value(QLatin1String("device")).toObject();
    DeviceInfo linked;
    linked.connected = true;
    linked.phone = phone.toString();
    linked.name = plainServerMessage(object.value(QLatin1String("name")).toString());
    linked.deviceModel = plainServerMessage(phoneDevice.value(QLatin1String("device_model")).toString());
    linked.originalDevice = plainServerMessage(object.value(QLatin1String("originalDevice")).toString());
    linked.isBusiness = object.value(QLatin1String("isBusiness")).toBool(false);
    *device = linked;
    return {};
}

Error parseRestart(const ZApiAnswer &answer, bool *restarted)
{
    if (Error error = statusError(answer))
        return error;
    return parseValueFlag(answer, restarted);
}

Error parseDisconnect(const ZApiAnswer &answer, bool *disconnected)
{
    if (Error error = statusError(answer))
        return error;
    if (answer.body.trimmed().isEmpty()) {
        *disconnected = true;
        return {};
    }
    return parseValueFlag(answer, disconnected);
}

Error parseAccountPage(const ZApiAnswer &answer, AccountPage *page)
{
    if (Error error = partnerStatusError(answer))
        return error;
    QJsonObject object;
    if (!parseObject(answer.body, &object))
        return ErrorCode::MalformedResponse;
    const std::optional<qint64> total = countValue(object.value(QLatin1String("total")));
    const std::optional<qint64> totalPages = countValue(object.value(QLatin1String("totalPage")));
    const std::optional<qint64> pageSize = countValue(object.value(QLatin1String("pageSize")));
    const std::optional<qint64> pageNumber = countValue(object.value(QLatin1String("page")));
    const QJsonValue content = object.value(QLatin1String("content"));
    constexpr qint64 largestInt = std::numeric_limits<int>::max();
    if (!total || !totalPages || !pageSize || !pageNumber || !content.isArray() || *pageNumber < 1
        || *pageNumber > largestInt || *pageSize > largestInt || *totalPages > largestInt)
        return ErrorCode::MalformedResponse;
    // Numbers that contradict each other would send a sync round in circles: a page holds no
    // more than its size and the total, and there are no more pages than instances.
    const QJsonArray items = content.toArray();
    if (items.size() > *pageSize || items.size() > *total || *totalPages > qMax<qint64>(1, *total))
        return ErrorCode::MalformedResponse;

    AccountPage parsed;
    parsed.page = static_cast<int>(*pageNumber);
    parsed.pageSize = static_cast<int>(*pageSize);
    parsed.totalPages = static_cast<int>(*totalPages);
    parsed.total = *total;
    QSet<QString> instanceIds;
    for (const QJsonValue &item : items) {
        AccountInstance instance;
        if (!parseAccountInstance(item, &instance) || instanceIds.contains(instance.instanceId))
            return ErrorCode::MalformedResponse;
        instanceIds.insert(instance.instanceId);
        parsed.instances.append(instance);
    }
    *page = parsed;
    return {};
}

} // namespace PartnerDesk::ZApiReplies
