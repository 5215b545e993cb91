#include "Workspace.h"

#include "store/VaultKeyStore.h"

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
    , m_database(std::make_unique<Database>())
{
    std::unique_ptr<VaultKeyStore> keyStore;
    if (inMemory)
        keyStore = std::make_unique<EphemeralVaultKeyStore>();
    else
        keyStore = std::make_unique<KeychainVaultKeyStore>(Profile::keychainService(), profile.keychainKey());
    m_vault = new CredentialVault(m_database.get(), std::move(keyStore),
                                  inMemory ? QString() : profile.keyLockPath(), clock, this);
    m_repository = new InstanceRepository(m_database.get(), m_vault, m_settings,
                                          inMemory ? QString() : profile.dataDirectory(), clock, this);
    m_client = new ZApiClient(m_settings, clock, this);
}

// The repository and the vault are children and go first; the database after them.
Workspace::~Workspace()
{
    delete m_client;
    delete m_repository;
    delete m_vault;
}

std::unique_ptr<Workspace> Workspace::inMemory(const Profile &profile, const Clock &clock)
{
    return std::unique_ptr<Workspace>(new Workspace(profile, clock, true));
}

Error Workspace::open(InstanceRepository::LegacyMove move)
{
    const Error openError = m_database->open(m_inMemory ? QString() : m_profile.databasePath(), m_clock);
    if (openError && openError.code != ErrorCode::StoreUnreadable)
        return openError;
    const Error loadError = m_repository->load(move);
    return openError ? openError : loadError;
}

} // namespace PartnerDesk
