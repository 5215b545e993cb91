#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace PartnerDesk {

enum class ConnectionStatus { Unknown, Connected, Disconnected };

// The stable, untranslated name ("connected", "disconnected", "unknown") used in the CLI's
// JSON (and in the instance files of Partner Desk 0.1).
QString statusKey(ConnectionStatus status);

// What the list keeps of a customer instance: nothing here is secret, so the list can be
// shown without the keychain. `key` is ours, not Z-API's, and stable; `rowId` is where the
// database keeps it (what the list model holds for each row).
struct InstanceRecord
{
    qint64 rowId = 0;
    QUuid key;
    QString name;
    QString phone;
    QString notes;
    QString idSuffix; // last four characters of the instance ID, to tell two apart
    ConnectionStatus status = ConnectionStatus::Unknown;
    QDateTime statusCheckedAt;
    QDateTime lastCodeAt;

    // Equal content; where it is stored (rowId) does not count.
    friend bool operator==(const InstanceRecord &a, const InstanceRecord &b)
    {
        return a.key == b.key && a.name == b.name && a.phone == b.phone && a.notes == b.notes
            && a.idSuffix == b.idSuffix && a.status == b.status
            && a.statusCheckedAt == b.statusCheckedAt && a.lastCodeAt == b.lastCodeAt;
    }
};

// The instance's credentials, as sealed in its row.
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
