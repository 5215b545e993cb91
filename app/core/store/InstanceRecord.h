#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace PartnerDesk {

enum class ConnectionStatus { Unknown, Connected, Disconnected };

// The stable, untranslated name ("connected", "disconnected", "unknown") used in the index
// file and in the CLI's JSON.
QString statusKey(ConnectionStatus status);

// What the index keeps of a customer instance: nothing here is secret, so the list can be
// shown without opening the vault. `key` is ours, not Z-API's, and links the record to its
// secrets in the vault.
struct InstanceRecord
{
    QUuid key;
    QString name;
    QString phone;
    QString notes;
    QString idSuffix; // last four characters of the instance ID, to tell two apart
    ConnectionStatus status = ConnectionStatus::Unknown;
    QDateTime statusCheckedAt;
    QDateTime lastCodeAt;

    friend bool operator==(const InstanceRecord &a, const InstanceRecord &b)
    {
        return a.key == b.key && a.name == b.name && a.phone == b.phone && a.notes == b.notes
            && a.idSuffix == b.idSuffix && a.status == b.status
            && a.statusCheckedAt == b.statusCheckedAt && a.lastCodeAt == b.lastCodeAt;
    }
};

// The instance's credentials, as kept in the vault.
struct InstanceSecrets
{
    QString instanceId;
    QString instanceToken;

    bool isComplete() const { return !instanceId.isEmpty() && !instanceToken.isEmpty(); }
    friend bool operator==(const InstanceSecrets &a, const InstanceSecrets &b)
    {
        return a.instanceId == b.instanceId && a.instanceToken == b.instanceToken;
    }
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::InstanceRecord)
