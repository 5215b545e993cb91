#include "ZApiReplies.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

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

} // namespace

Error statusError(const ZApiAnswer &answer)
{
    const int status = answer.httpStatus;
    if (status >= 200 && status < 300)
        return {};
    const QString detail = QString::number(status);
    const QString error = bodyError(answer.body);
    if (mentionsMissingClientToken(error))
        return ErrorCode::ClientTokenMissing;
    switch (status) {
    case 401:
    case 404:
        return ErrorCode::InstanceCredentialsRejected;
    case 403:
        return ErrorCode::ClientTokenRejected;
    case 429: {
        Error rateLimited(ErrorCode::RateLimited);
        rateLimited.retryAfterSeconds = retryAfterSeconds(answer);
        return rateLimited;
    }
    default:
        break;
    }
    if (error.contains(QLatin1String("instance not found"), Qt::CaseInsensitive))
        return ErrorCode::InstanceCredentialsRejected;
    if (status >= 500 && status < 600)
        return Error(ErrorCode::ServerError, detail);
    return Error(ErrorCode::UnexpectedStatus, detail);
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
    if (!token.isString() && mentionsMissingClientToken(object.value(QLatin1String("error")).toString()))
        return ErrorCode::ClientTokenMissing;
    if (!token.isString() || !isPlausibleCode(token.toString()) || !expiresAt || *expiresAt <= 0)
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
        return ErrorCode::MalformedResponse;
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
        if (!parseObject(text, &object) || !object.value(QLatin1String("value")).isString())
            return ErrorCode::MalformedResponse;
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
    if (!value.isString() || !isPlausibleCode(value.toString()))
        return ErrorCode::MalformedResponse;
    *phoneCode = PhoneCode{value.toString()};
    return {};
}

} // namespace PartnerDesk::ZApiReplies
