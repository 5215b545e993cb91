#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace PartnerDesk {

// Where the vault's key lives. Asynchronous because the OS keychain is (and may prompt).
class VaultKeyStore
{
public:
    virtual ~VaultKeyStore() = default;

    // found=false with no error: there is no key yet (first use, or it was wiped).
    using ReadCallback = std::function<void(const Error &, bool found, SecureBytes key)>;
    using WriteCallback = std::function<void(const Error &)>;

    // found=true with a key of any size: what the entry holds, even when it is no key of ours.
    virtual void readKey(QObject *context, ReadCallback done) = 0;
    virtual void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) = 0;
    // Another entry of the same keychain, beside this one: "<entry>.<suffix>". Where "start over"
    // keeps the key it replaces, under the suffix of the database copy it kept aside.
    virtual std::unique_ptr<VaultKeyStore> keptEntry(const QString &suffix) const = 0;
};

// The real one: one item in the OS keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain, with no insecure fallback.
class KeychainVaultKeyStore final : public VaultKeyStore
{
public:
    // Long enough to type a password into the keychain's unlock prompt; libsecret would wait
    // for an unanswered prompt forever.
    static constexpr std::chrono::milliseconds defaultAnswerTimeout{120000};

    KeychainVaultKeyStore(QString service, QString key,
                          std::chrono::milliseconds answerTimeout = defaultAnswerTimeout);
    // Every callback runs once: with the keychain's answer, or KeychainTimeout.
    void readKey(QObject *context, ReadCallback done) override;
    void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) override;
    std::unique_ptr<VaultKeyStore> keptEntry(const QString &suffix) const override;
    void deleteKey(QObject *context, WriteCallback done);

private:
    QString m_service;
    QString m_key;
    std::chrono::milliseconds m_answerTimeout;
};

// Demo mode: keys that exist only in this process, so demo needs no keychain.
class EphemeralVaultKeyStore final : public VaultKeyStore
{
public:
    EphemeralVaultKeyStore();
    void readKey(QObject *context, ReadCallback done) override;
    void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) override;
    std::unique_ptr<VaultKeyStore> keptEntry(const QString &suffix) const override;

private:
    using Entries = QHash<QString, QByteArray>;
    EphemeralVaultKeyStore(std::shared_ptr<Entries> entries, QString entry);

    std::shared_ptr<Entries> m_entries; // shared with the entries kept beside it
    QString m_entry;
};

} // namespace PartnerDesk
