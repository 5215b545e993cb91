#pragma once

#include "VaultFile.h"
#include "VaultKeyStore.h"
#include "util/Error.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace PartnerDesk {

class Clock;

// The profile's secrets: an encrypted file whose key is the one keychain item. Opened
// lazily, on the first action that needs a secret, so listing instances never touches the
// keychain. Every change re-reads the file under a lock file first, so two processes (the app
// and the CLI) never overwrite each other's edits.
class CredentialVault : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };

    // An empty vaultPath keeps the vault in memory only (demo mode).
    CredentialVault(QString vaultPath, std::unique_ptr<VaultKeyStore> keyStore, const Clock &clock,
                    QObject *parent = nullptr);
    ~CredentialVault() override;

    using Callback = std::function<void(const Error &)>;

    // Calls back once the vault is open (at once if it already is). Concurrent calls share
    // one keychain read. Failed with VaultKeyMissing or VaultUnreadable until startOver().
    void open(QObject *context, Callback done);
    State state() const { return m_state; }
    // Why the vault is Failed (VaultKeyMissing or VaultUnreadable).
    Error failure() const { return m_failure; }
    bool isOpen() const { return m_state == State::Open; }
    // Only while open.
    const VaultContents &contents() const { return m_contents; }

    // Applies `change` and saves. On failure the vault (memory and file) is unchanged.
    Error update(const std::function<void(VaultContents &)> &change);

    // For VaultKeyMissing / VaultUnreadable: makes a new key and an empty vault, keeping the
    // old file aside under a dated name (the second argument of `done`). When the keychain
    // refuses the new key, nothing changes: the old file stays and the vault stays Failed.
    void startOver(QObject *context, std::function<void(const Error &, const QString &keptAside)> done);

    QString path() const { return m_path; }

signals:
    void stateChanged(State state);

private:
    void finishOpening(const Error &error, State state);
    void abandonStartOver(State state, const Error &failure, const Error &error);
    void createKeyAndOpen();
    Error readFile(VaultContents *contents);
    Error writeFile(const VaultContents &contents);

    QString m_path;
    std::unique_ptr<VaultKeyStore> m_keyStore;
    const Clock &m_clock;
    State m_state = State::Closed;
    Error m_failure;
    SecureBytes m_key;
    VaultContents m_contents;
    QList<Callback> m_waiting;
};

} // namespace PartnerDesk
