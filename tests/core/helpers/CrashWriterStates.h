#pragma once

// The states partnerdesk-crash-writer saves, one numbered state after the other, and that
// core.crashsafety expects to find after killing it: state n of the index and of the vault,
// the same in both processes. Sizes grow with n and wrap, so saves of every length get killed.

#include "store/InstanceRecord.h"
#include "store/VaultFile.h"
#include "util/SecureBytes.h"

#include <QList>

namespace PartnerDesk::CrashWriter {

inline QList<InstanceRecord> indexState(int n)
{
    QList<InstanceRecord> records;
    const int count = 1 + n % 300; // up to ~60 KB
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        InstanceRecord record;
        record.key = QUuid(uint(i + 1), ushort(n), ushort(n >> 16), 0x80, 0, 0, 0, 0, 0, 0, 1);
        record.name = QStringLiteral("Cliente %1 (gravação %2)").arg(i).arg(n);
        record.phone = QStringLiteral("+55 11 9%1").arg(i, 8, 10, QLatin1Char('0'));
        record.notes = QString(i % 17, u'ç');
        record.idSuffix = QStringLiteral("…%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        record.status = ConnectionStatus(i % 3);
        record.statusCheckedAt = QDateTime::fromMSecsSinceEpoch(1795000000000 + qint64(n) * 1000 + i, Qt::UTC);
        records.append(record);
    }
    return records;
}

inline VaultContents vaultState(int n)
{
    VaultContents contents;
    contents.clientToken = QStringLiteral("CrashClientToken%1").arg(n);
    const int count = 1 + n % 200;
    for (int i = 0; i < count; ++i) {
        contents.instances.insert(QUuid(uint(i + 1), 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 2),
                                  {QStringLiteral("CRASH%1ID%2").arg(n).arg(i), QStringLiteral("TOKEN%1X%2").arg(i).arg(n)});
    }
    return contents;
}

// A fixed key: the vault file is what is tested here, not the keychain.
inline SecureBytes vaultKey()
{
    QByteArray bytes(VaultFile::keySize, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(0x40 + i);
    return SecureBytes::fromByteArray(bytes);
}

} // namespace PartnerDesk::CrashWriter
