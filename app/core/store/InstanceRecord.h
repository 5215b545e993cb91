#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

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
    // What the partner's Z-API account said about it at the last sync; empty and invalid
    // until one has found it there.
    QString paymentStatus; // Z-API's own word ("PAID", "OVERDUE", ...), as given
    QDateTime due;         // when its subscription is due
    // When a sync that read the whole account first found it missing; invalid while the
    // account has it (or no sync has looked).
    QDateTime goneSince;

    // Equal content; where it is stored (rowId) does not count.
    friend bool operator==(const InstanceRecord &a, const InstanceRecord &b)
    {
        return a.key == b.key && a.name == b.name && a.phone == b.phone && a.notes == b.notes
            && a.idSuffix == b.idSuffix && a.status == b.status
            && a.statusCheckedAt == b.statusCheckedAt && a.lastCodeAt == b.lastCodeAt
            && a.paymentStatus == b.paymentStatus && a.due == b.due && a.goneSince == b.goneSince;
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

// One instance of the partner's Z-API account, as the partner list (GET /instances) gives
// it. Secret: it carries the instance's ID and token.
struct AccountInstance
{
    QString instanceId;
    QString instanceToken;
    QString name;                  // may be empty
    QString paymentStatus;         // Z-API's own word ("PAID", ...); empty when not given
    QDateTime due;                 // when the subscription is due; invalid when not given
    std::optional<bool> connected; // whatsappConnected; nullopt when not given
};

// One page of the partner list. The server may serve fewer per page than asked: `pageSize`
// is what it says it served, `totalPages` how many pages there are at that size.
struct AccountPage
{
    int page = 0;
    int pageSize = 0;
    int totalPages = 0;
    qint64 total = 0;
    QList<AccountInstance> instances;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::InstanceRecord)
