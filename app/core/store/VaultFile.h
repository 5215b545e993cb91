#pragma once

#include "InstanceRecord.h"
#include "util/SecureBytes.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace PartnerDesk {

// Everything secret a profile keeps.
struct VaultContents
{
    QString clientToken;
    QString partnerToken;
    QHash<QUuid, InstanceSecrets> instances;

    bool operator==(const VaultContents &other) const
    {
        return clientToken == other.clientToken && partnerToken == other.partnerToken
            && instances == other.instances;
    }
};

// The vault file: header || nonce || XChaCha20-Poly1305(JSON). The header (magic, format
// version, algorithm) is the AEAD's associated data, so a downgraded or edited header fails
// authentication like an edited body does.
namespace VaultFile {

constexpr std::size_t keySize = 32;
QByteArray header();

QByteArray seal(const VaultContents &contents, const SecureBytes &key);
// False on anything but an authentic vault sealed with this key.
bool open(const QByteArray &sealed, const SecureBytes &key, VaultContents *contents);

} // namespace VaultFile
} // namespace PartnerDesk
