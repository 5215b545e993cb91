#include "Profile.h"

#include "Validation.h"

#include <QStandardPaths>

namespace PartnerDesk {

Error Profile::make(const QString &name, Profile *profile)
{
    if (Error error = Validation::checkProfileName(name))
        return error;
    profile->m_name = name;
    return {};
}

QString Profile::dataDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/profiles/") + m_name;
}

QString Profile::databasePath() const
{
    return dataDirectory() + QStringLiteral("/partnerdesk.db");
}

QString Profile::keyLockPath() const
{
    return dataDirectory() + QStringLiteral("/vault-key.lock");
}

QString Profile::settingsPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles/") + m_name + QStringLiteral(".ini");
}

QString Profile::keychainService()
{
    return QStringLiteral("Partner Desk");
}

QString Profile::keychainKey() const
{
    return QStringLiteral("partnerdesk/%1/vault-key").arg(m_name);
}

} // namespace PartnerDesk
