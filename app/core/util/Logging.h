#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
// One line per request: the endpoint name, status and duration; never the URL, which
// carries the instance ID and token. Off unless QT_LOGGING_RULES="partnerdesk.zapi.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcZApi)

namespace PartnerDesk {

// The last four characters of an instance ID, used to tell two instances apart on screen.
QString maskedSuffix(const QString &instanceId);

} // namespace PartnerDesk
