#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace PartnerDesk {

// The last four characters of an instance ID, used to tell two instances apart on screen.
QString maskedSuffix(const QString &instanceId);

} // namespace PartnerDesk
