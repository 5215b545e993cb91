#include "Validation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace PartnerDesk::Validation {

namespace {
bool isPathSafe(const QString &value)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{1,128}\\z"));
    return allowed.match(value).hasMatch();
}
} // namespace

Error checkInstanceId(const QString &instanceId)
{
    return isPathSafe(instanceId) ? Error() : Error(ErrorCode::InvalidInstanceId);
}

Error checkInstanceToken(const QString &instanceToken)
{
    return isPathSafe(instanceToken) ? Error() : Error(ErrorCode::InvalidInstanceToken);
}

Error checkClientToken(const QString &clientToken)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\x21-\\x7E]{1,256}\\z"));
    return allowed.match(clientToken).hasMatch() ? Error() : Error(ErrorCode::InvalidClientToken);
}

Error checkProfileName(const QString &profileName)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{1,64}\\z"));
    return allowed.match(profileName).hasMatch() ? Error() : Error(ErrorCode::InvalidProfileName);
}

Error checkApiBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return ErrorCode::InvalidApiBaseUrl;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return ErrorCode::InvalidApiBaseUrl;
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || address.isLoopback();
    return loopback ? Error() : Error(ErrorCode::InsecureApiBaseUrl);
}

Error checkPhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ().-]+\\z"));
    const qsizetype digits = phoneDigits(phone).size();
    const bool plausible = allowed.match(phone.trimmed()).hasMatch() && digits >= 10 && digits <= 15;
    return plausible ? Error() : Error(ErrorCode::InvalidPhone);
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

QString displayPhone(const QString &phone)
{
    const QString digits = phoneDigits(phone);
    if (digits.isEmpty() || digits != phone.trimmed())
        return phone.trimmed();
    const bool brazilian = digits.startsWith(QLatin1String("55")) && (digits.size() == 12 || digits.size() == 13);
    if (!brazilian)
        return digits.size() >= 10 ? u'+' + digits : digits;
    const QString area = digits.mid(2, 2);
    const QString local = digits.mid(4);
    const qsizetype split = local.size() - 4;
    return QStringLiteral("+55 %1 %2-%3").arg(area, local.left(split), local.mid(split));
}

} // namespace PartnerDesk::Validation
