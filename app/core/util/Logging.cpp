#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "partnerdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcZApi, "partnerdesk.zapi", QtWarningMsg)

namespace PartnerDesk {

QString maskedSuffix(const QString &instanceId)
{
    return instanceId.size() <= 4 ? QStringLiteral("…") : QStringLiteral("…") + instanceId.right(4);
}

} // namespace PartnerDesk
