#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace PartnerDesk {

// Where the vault's key lives. Asynchronous because the OS keychain is (and may prompt).
class VaultKeyStore
{
public:
    virtual ~VaultKeyStore() = default;

    // found=false with no error: there is no key yet (first use, or it was wiped).
    using ReadCallback = std::function<void(const Error &, bool found, SecureBytes key)>;
    using WriteCallback = std::function<void(const Error &)>;

    virtual void readKey(QObject *context, ReadCallback done) = 0;
    virtual void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) = 0;
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
    void deleteKey(QObject *context, WriteCallback done);

private:
    QString m_service;
    QString m_key;
    std::chrono::milliseconds m_answerTimeout;
};

// Demo mode: a key that exists only in this process, so demo needs no keychain.
class EphemeralVaultKeyStore final : public VaultKeyStore
{
public:
    void readKey(QObject *context, ReadCallback done) override;
    void writeKey(const SecureBytes &key, QObject *context, WriteCallback done) override;

private:
    QByteArray m_key;
};

} // namespace PartnerDesk
