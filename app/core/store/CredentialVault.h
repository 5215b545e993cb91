#pragma once

#include "Sealing.h"
#include "VaultKeyStore.h"
#include "util/Error.h"

#include <QObject>

#include <functional>
#include <memory>

class QLockFile;

namespace PartnerDesk {

class Clock;
class Database;

// The key that seals the profile's secrets in its database: the one item Partner Desk keeps
// in the OS keychain. Read lazily, on the first action that needs a secret, so listing
// instances never touches the keychain; kept in guarded memory while the process runs.
// A sealed "key check" in the database tells a key that belongs to it from one that does not.
class CredentialVault : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };

    // `keyLockPath` serialises the first use of a profile between processes (two creating the
    // key at once would leave one of them sealing with a key the keychain no longer has);
    // empty in memory.
    CredentialVault(Database *database, std::unique_ptr<VaultKeyStore> keyStore, QString keyLockPath,
                    const Clock &clock, QObject *parent = nullptr);
    ~CredentialVault() override;

    using Callback = std::function<void(const Error &)>;

    // Calls back once the key is at hand (at once if it already is). Concurrent calls share
    // one keychain read. Failed until startOver() with VaultKeyMissing, VaultUnreadable or
    // VaultKeyWrongSize; Failed for good with StoreTooNew (a key check sealed by a newer version).
    void open(QObject *context, Callback done);
    State state() const { return m_state; }
    // Why the vault is Failed.
    Error failure() const { return m_failure; }
    bool isOpen() const { return m_state == State::Open; }
    // False for a vault a newer version sealed: only that version may replace its key.
    bool canStartOver() const { return m_failure.code != ErrorCode::StoreTooNew; }

    // What "start over" kept, so that it can be undone (partnerdesk-cli recover).
    struct KeptAside
    {
        QString store;       // the database as it was: "<database>.unreadable-<date>", native separators
        bool key = false;    // the keychain held a key, now kept under "<entry>.unreadable-<date>" too
    };
    // For a vault that failed and canStartOver(): a new key, and every sealed value dropped (the
    // instances stay listed; their credentials must be entered again). Nothing is lost: first a
    // copy of the database as it was is kept aside under a dated name, then whatever the
    // keychain held under the same date beside the profile's entry, and only then is the new
    // key written. When any of that fails, nothing changes.
    void startOver(QObject *context, std::function<void(const Error &, const KeptAside &)> done);

    // The key a start over kept for the copy `keptStore` (a "<database>.unreadable-<date>"
    // beside this database): found=false when none was kept for it.
    void readKeptKey(const QString &keptStore, QObject *context, VaultKeyStore::ReadCallback done);

    // Only while open.
    QByteArray seal(const QByteArray &plain, const Sealing::Binding &binding) const;
    bool unseal(const QByteArray &sealed, const Sealing::Binding &binding, QByteArray *plain) const;
    QByteArray instanceIdTag(const QString &instanceId) const;
    // For work on another thread; kept alive by whoever holds it.
    std::shared_ptr<const Sealing::Sealer> sealer() const { return m_sealer; }

    // Runs once the key is read and checked, before anyone is told the vault is open; an
    // error leaves the vault Failed with it. The repository moves a 0.1 profile's secrets here.
    using KeyReadyHook = std::function<Error(const SecureBytes &key)>;
    void setKeyReadyHook(KeyReadyHook hook) { m_keyReadyHook = std::move(hook); }

signals:
    void stateChanged(State state);

private:
    void useKey(SecureBytes key);
    void createKey();
    void finishOpening(const Error &error, State state);
    void abandonStartOver(State state, const Error &failure, const Error &error);
    void replaceKey(std::shared_ptr<KeptAside> kept, State previousState, Error previousFailure, const QString &aside);
    // True when the database holds anything sealed: then a missing key is a lost key.
    bool holdsSealedValues() const;
    QByteArray storedKeyCheck() const;
    Error storeKeyCheck(const SecureBytes &key);

    Database *m_database;
    std::unique_ptr<VaultKeyStore> m_keyStore;
    QString m_keyLockPath;
    std::unique_ptr<QLockFile> m_keyLock;
    const Clock &m_clock;
    State m_state = State::Closed;
    Error m_failure;
    std::shared_ptr<const Sealing::Sealer> m_sealer;
    KeyReadyHook m_keyReadyHook;
    QList<Callback> m_waiting;
};

} // namespace PartnerDesk
