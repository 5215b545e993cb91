#pragma once

#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "util/Profile.h"
#include "util/Settings.h"
#include "zapi/ZApiClient.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace PartnerDesk {

class Clock;

// Everything one profile keeps, wired together: settings, the database with its vault key in
// the OS keychain, the instance repository and the Z-API client. The desktop app and the CLI
// both start from here; nothing below it knows about the others.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // A real profile: a database under the user's data directory, the vault key in the keychain.
    Workspace(const Profile &profile, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;
    // Demo mode: nothing written anywhere, the vault key held in memory only.
    static std::unique_ptr<Workspace> inMemory(const Profile &profile, const Clock &clock);

    // Opens the database (no keychain) and moves a Partner Desk 0.1 profile into it (or, with
    // Later, leaves that to repository()->moveLegacyProfile(): the window shows first). After
    // StoreUnreadable (a damaged file kept aside) the workspace works on an empty list; after
    // any other error nothing can be read or saved.
    Error open(InstanceRepository::LegacyMove move = InstanceRepository::LegacyMove::Now);

    const Profile &profile() const { return m_profile; }
    Settings &settings() { return m_settings; }
    Database *database() const { return m_database.get(); }
    CredentialVault *vault() const { return m_vault; }
    InstanceRepository *repository() const { return m_repository; }
    ZApiClient *client() const { return m_client; }
    const Clock &clock() const { return m_clock; }
    bool isInMemory() const { return m_inMemory; }

private:
    Workspace(const Profile &profile, const Clock &clock, bool inMemory);

    Profile m_profile;
    const Clock &m_clock;
    QTemporaryDir m_scratch; // demo mode's settings live here and go with it
    Settings m_settings;
    bool m_inMemory;
    std::unique_ptr<Database> m_database;
    CredentialVault *m_vault;
    InstanceRepository *m_repository;
    ZApiClient *m_client;
};

} // namespace PartnerDesk
