#include "Profile.h"

#include "Validation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace PartnerDesk {

namespace {

QString profilesDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QString profilesSettingsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
}

// The names of the profiles already on this computer whose name differs from `name` in case
// only (or not at all), spelled as they are on disk: a profile is its data folder and its
// settings file, and either may be there without the other.
QStringList spellingsOnDisk(const QString &name)
{
    QStringList spellings;
    const auto add = [&](const QString &found) {
        if (found.compare(name, Qt::CaseInsensitive) == 0 && !spellings.contains(found))
            spellings.append(found);
    };
    for (const QString &folder : QDir(profilesDataDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        add(folder);
    for (const QFileInfo &file : QDir(profilesSettingsDirectory()).entryInfoList({QStringLiteral("*.ini")}, QDir::Files | QDir::Hidden))
        add(file.completeBaseName());
    spellings.sort();
    return spellings;
}

} // namespace

// "Work" and "work" are one folder on Windows and macOS (whose file systems ignore case) but
// were two keychain items, so one of them would find a database sealed with a key it does
// not have. A profile is therefore known by the spelling it was first made with: any other
// spelling of the same name opens that profile, the same folder and the same keychain item,
// on every system (on Linux too, so that a profile behaves the same wherever it is used).
// Folding every name to lower case instead would have moved the folder and the keychain item
// of every existing profile with a capital letter, and a lost keychain item is lost data;
// refusing capitals would have locked those profiles out. Only on a case-sensitive disk can
// two spellings already exist side by side (made before this rule): the exact one is used,
// and any other spelling is refused as ambiguous rather than guessed.
Error Profile::make(const QString &name, Profile *profile)
{
    if (Error error = Validation::checkProfileName(name))
        return error;
    const QStringList spellings = spellingsOnDisk(name);
    if (spellings.isEmpty() || spellings.contains(name)) {
        profile->m_name = name;
        return {};
    }
    if (spellings.size() > 1)
        return Error(ErrorCode::AmbiguousProfileName, spellings.join(QStringLiteral(", ")));
    profile->m_name = spellings.first();
    return {};
}

QString Profile::dataDirectory() const
{
    return profilesDataDirectory() + QLatin1Char('/') + m_name;
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
    return profilesSettingsDirectory() + QLatin1Char('/') + m_name + QStringLiteral(".ini");
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
