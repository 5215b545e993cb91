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
    // A profile name becomes a folder and a file name on every system the app runs on, so
    // it is held to what all of them agree on. Letters, digits, '-' and '_' only: no path
    // separator, no "..", and no trailing dot or space, which Windows drops from a name
    // (so "Work." and "Work " would be the folder "Work" there).
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{1,64}\\z"));
    if (!allowed.match(profileName).hasMatch())
        return ErrorCode::InvalidProfileName;
    // Windows opens a device instead of a file for these, in any case and with any
    // extension ("nul.ini" too); COM0 and LPT0 are on Microsoft's list as well.
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?\\z"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(profileName).hasMatch())
        return Error(ErrorCode::ReservedProfileName, profileName);
    return {};
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
