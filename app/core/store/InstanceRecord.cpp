#include "InstanceRecord.h"

namespace PartnerDesk {

QString statusKey(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace PartnerDesk
