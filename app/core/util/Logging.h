#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcZApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace PartnerDesk {

// What may be logged of a Z-API path: the instance ID reduced to its last four
// characters, the token replaced ("/instances/…1A2B/token/***/status").
QString redactedPath(const QString &path);
// The last four characters of an instance ID, used to tell two instances apart on screen.
QString maskedSuffix(const QString &instanceId);

} // namespace PartnerDesk
