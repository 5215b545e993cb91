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

Error checkPartnerToken(const QString &partnerToken)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\x21-\\x7E]{1,4096}\\z"));
    return allowed.match(partnerToken).hasMatch() ? Error() : Error(ErrorCode::InvalidPartnerToken);
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

} // namespace PartnerDesk::Validation
