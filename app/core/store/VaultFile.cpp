#include "VaultFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace PartnerDesk::VaultFile {

namespace {
constexpr char magic[] = "PDVAULT";
constexpr char formatVersion = 1;
constexpr char algorithmXChaCha20Poly1305 = 1;
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray toJson(const VaultContents &contents)
{
    QJsonObject instances;
    for (auto it = contents.instances.cbegin(); it != contents.instances.cend(); ++it) {
        instances.insert(it.key().toString(QUuid::WithoutBraces),
                         QJsonObject{{QStringLiteral("id"), it->instanceId},
                                     {QStringLiteral("token"), it->instanceToken}});
    }
    const QJsonObject root{{QStringLiteral("clientToken"), contents.clientToken},
                           {QStringLiteral("partnerToken"), contents.partnerToken},
                           {QStringLiteral("instances"), instances}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool fromJson(const QByteArray &json, VaultContents *contents)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject root = document.object();
    VaultContents parsed;
    parsed.clientToken = root.value(QStringLiteral("clientToken")).toString();
    parsed.partnerToken = root.value(QStringLiteral("partnerToken")).toString();
    const QJsonObject instances = root.value(QStringLiteral("instances")).toObject();
    parsed.instances.reserve(instances.size());
    for (auto it = instances.constBegin(); it != instances.constEnd(); ++it) {
        const QUuid key = QUuid::fromString(it.key());
        const QJsonObject secrets = it.value().toObject();
        if (key.isNull())
            return false;
        parsed.instances.insert(key, {secrets.value(QStringLiteral("id")).toString(),
                                      secrets.value(QStringLiteral("token")).toString()});
    }
    *contents = std::move(parsed);
    return true;
}
} // namespace

QByteArray header()
{
    QByteArray result(magic, sizeof magic); // includes the terminating NUL
    result.append(formatVersion);
    result.append(algorithmXChaCha20Poly1305);
    return result;
}

QByteArray seal(const VaultContents &contents, const SecureBytes &key)
{
    Q_ASSERT(key.size() == keySize);
    QByteArray plain = toJson(contents);
    const QByteArray associated = header();

    QByteArray sealed = associated;
    sealed.resize(associated.size() + nonceSize + plain.size() + tagSize);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data()) + associated.size();
    randombytes_buf(nonce, nonceSize);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceSize, &cipherLength, bytes(plain),
                                               static_cast<unsigned long long>(plain.size()),
                                               bytes(associated),
                                               static_cast<unsigned long long>(associated.size()),
                                               nullptr, nonce, key.data());
    wipe(plain);
    return sealed;
}

bool open(const QByteArray &sealed, const SecureBytes &key, VaultContents *contents)
{
    const QByteArray associated = header();
    if (key.size() != keySize || sealed.size() < associated.size() + nonceSize + tagSize
        || !sealed.startsWith(associated))
        return false;
    const auto *nonce = bytes(sealed) + associated.size();
    const auto *cipher = nonce + nonceSize;
    const auto cipherLength = static_cast<unsigned long long>(sealed.size() - associated.size() - nonceSize);

    QByteArray plain(static_cast<qsizetype>(cipherLength - tagSize), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &plainLength, nullptr, cipher, cipherLength,
        bytes(associated), static_cast<unsigned long long>(associated.size()), nonce, key.data());
    const bool ok = rc == 0 && fromJson(plain, contents);
    wipe(plain);
    return ok;
}

} // namespace PartnerDesk::VaultFile
