#pragma once

#include "InstanceRecord.h"
#include "util/SecureBytes.h"

#include <QHash>
#include <QList>

namespace PartnerDesk::LegacyProfile {

// Reads what Partner Desk 0.1 kept in a profile, for the migration into the database only:
// `instances.json` (the list, nothing secret) and `credentials.vault` (every secret in one
// XChaCha20-Poly1305 envelope whose key is the same keychain item the database uses now).

// Strict: any structural problem rejects the whole file.
bool parseIndex(const QByteArray &json, QList<InstanceRecord> *records);

struct VaultContents
{
    QString clientToken;
    QString partnerToken;
    QHash<QUuid, InstanceSecrets> instances;
};
// False on anything but an authentic vault sealed with this key.
bool openVault(const QByteArray &sealed, const SecureBytes &key, VaultContents *contents);

QString indexFileName();
QString vaultFileName();

} // namespace PartnerDesk::LegacyProfile
