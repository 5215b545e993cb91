#include "Sealing.h"

#include <sodium.h>

namespace PartnerDesk::Sealing {

namespace {
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::uint64_t idTagSubkey = 1;
constexpr char subkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "PDidtag_";

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray associatedData(char version, const Binding &binding)
{
    QByteArray data("partnerdesk-sealed");
    data.append('\0').append(version);
    for (const QString &part : {binding.table, binding.column, binding.row})
        data.append('\0').append(part.toUtf8());
    return data;
}

const Binding keyCheckBinding{QStringLiteral("meta"), QStringLiteral("value"), QStringLiteral("key_check")};
const QByteArray keyCheckText("Partner Desk vault key check");
} // namespace

QByteArray seal(const QByteArray &plain, const Binding &binding, const SecureBytes &key)
{
    Q_ASSERT(key.size() == keySize);
    const QByteArray associated = associatedData(formatVersion, binding);
    QByteArray sealed(1 + nonceSize + plain.size() + tagSize, Qt::Uninitialized);
    sealed[0] = formatVersion;
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data()) + 1;
    randombytes_buf(nonce, nonceSize);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceSize, &cipherLength, bytes(plain),
                                               static_cast<unsigned long long>(plain.size()),
                                               bytes(associated),
                                               static_cast<unsigned long long>(associated.size()),
                                               nullptr, nonce, key.data());
    return sealed;
}

bool open(const QByteArray &sealed, const Binding &binding, const SecureBytes &key, QByteArray *plain)
{
    if (key.size() != keySize || sealed.size() < 1 + nonceSize + tagSize || sealed.at(0) != formatVersion)
        return false;
    const QByteArray associated = associatedData(sealed.at(0), binding);
    const auto *nonce = bytes(sealed) + 1;
    const auto cipherLength = static_cast<unsigned long long>(sealed.size() - 1 - nonceSize);
    QByteArray result(static_cast<qsizetype>(cipherLength - tagSize), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(result.data()), &plainLength, nullptr, nonce + nonceSize,
            cipherLength, bytes(associated), static_cast<unsigned long long>(associated.size()), nonce,
            key.data())
        != 0)
        return false;
    *plain = std::move(result);
    return true;
}

SecureBytes tagKey(const SecureBytes &key)
{
    Q_ASSERT(key.size() == keySize);
    SecureBytes subkey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), idTagSubkey, subkeyContext, key.data());
    return subkey;
}

QByteArray instanceIdTag(const QString &instanceId, const SecureBytes &subkey)
{
    Q_ASSERT(subkey.size() == crypto_generichash_KEYBYTES);
    const QByteArray id = instanceId.toUtf8();
    QByteArray tag(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(tag.data()), static_cast<std::size_t>(tag.size()),
                       bytes(id), static_cast<unsigned long long>(id.size()), subkey.data(), subkey.size());
    return tag;
}

QByteArray keyCheck(const SecureBytes &key)
{
    return seal(keyCheckText, keyCheckBinding, key);
}

bool matchesKeyCheck(const QByteArray &check, const SecureBytes &key)
{
    QByteArray plain;
    return open(check, keyCheckBinding, key, &plain) && plain == keyCheckText;
}

} // namespace PartnerDesk::Sealing
