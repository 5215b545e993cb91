#include "Workspace.h"

#include "VaultKeyStore.h"

namespace PartnerDesk {

Workspace::Workspace(const Profile &profile, const Clock &clock, QObject *parent)
    : Workspace(profile, clock, false)
{
    setParent(parent);
}

Workspace::Workspace(const Profile &profile, const Clock &clock, bool inMemory)
    : m_profile(profile)
    , m_clock(clock)
    , m_settings(inMemory ? m_scratch.filePath(QStringLiteral("settings.ini")) : profile.settingsPath())
    , m_inMemory(inMemory)
{
    std::unique_ptr<VaultKeyStore> keyStore;
    if (inMemory)
        keyStore = std::make_unique<EphemeralVaultKeyStore>();
    else
        keyStore = std::make_unique<KeychainVaultKeyStore>(Profile::keychainService(), profile.keychainKey());
    m_vault = new CredentialVault(inMemory ? QString() : profile.vaultPath(), std::move(keyStore), clock, this);
    m_repository = new InstanceRepository(inMemory ? QString() : profile.indexPath(), m_vault, clock, this);
    m_client = new ZApiClient(m_settings, clock, this);
}

std::unique_ptr<Workspace> Workspace::inMemory(const Profile &profile, const Clock &clock)
{
    return std::unique_ptr<Workspace>(new Workspace(profile, clock, true));
}

} // namespace PartnerDesk
