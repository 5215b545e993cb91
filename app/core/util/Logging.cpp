#include "Logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcZApi, "partnerdesk.zapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "partnerdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "partnerdesk.ui", QtInfoMsg)

namespace PartnerDesk {

QString maskedSuffix(const QString &instanceId)
{
    return instanceId.size() <= 4 ? QStringLiteral("…") : QStringLiteral("…") + instanceId.right(4);
}

QString redactedPath(const QString &path)
{
    static const QRegularExpression credentials(QStringLiteral("/instances/([^/]*)/token/[^/]*"));
    QString redacted = path;
    auto match = credentials.match(redacted);
    if (match.hasMatch()) {
        redacted.replace(match.capturedStart(0), match.capturedLength(0),
                         QStringLiteral("/instances/%1/token/***").arg(maskedSuffix(match.captured(1))));
    }
    return redacted;
}

} // namespace PartnerDesk
