#pragma once

#include "Error.h"

#include <QString>

namespace PartnerDesk {

// A profile separates everything a user keeps: the database (instances and their sealed
// credentials), the settings and the vault key's keychain entry. Tests and demo use their own profiles, so they never
// touch an agent's real data.
class Profile
{
public:
    static constexpr auto defaultName = "default";

    // Fails with InvalidProfileName for names that could escape the profile directory or that
    // Windows would change (a trailing dot or space), with ReservedProfileName for the names
    // Windows keeps for devices (CON, NUL, COM1…). A name that differs from an existing
    // profile's in case only is that profile: name() is then the existing spelling, so both
    // share one folder and one keychain item (see Profile.cpp).
    static Error make(const QString &name, Profile *profile);

    QString name() const { return m_name; }
    QString dataDirectory() const;
    QString databasePath() const;
    // Held while a first use makes the profile's vault key (see CredentialVault).
    QString keyLockPath() const;
    QString settingsPath() const;
    // QtKeychain ignores the service name on Windows, so the key itself is app- and
    // profile-prefixed too.
    static QString keychainService();
    QString keychainKey() const;

private:
    QString m_name;
};

} // namespace PartnerDesk
