#pragma once

#include "CredentialVault.h"
#include "InstanceRecord.h"
#include "util/Error.h"

#include <QList>
#include <QObject>

#include <functional>

namespace PartnerDesk {

class Clock;

// What an API call needs; only ever held for the duration of one request.
struct ApiCredentials
{
    InstanceSecrets instance;
    QString clientToken;
};

// One row of a bulk import, already validated.
struct ImportRow
{
    int line = 0; // in the source file, for the report
    QString name;
    InstanceSecrets secrets;
    QString phone;
    QString notes;
};

struct SkippedRow
{
    int line = 0;
    QString reason; // translated, for the report
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    QList<SkippedRow> skipped; // rows whose name belongs to another instance
};

// The customer instances: the index (names, phones, notes, status) and, behind it, the
// vault (IDs and tokens). Each change is all-or-nothing from the user's point of view: the
// in-memory list changes only after the files it depends on were written.
class InstanceRepository : public QObject
{
    Q_OBJECT
public:
    InstanceRepository(QString indexPath, CredentialVault *vault, const Clock &clock,
                       QObject *parent = nullptr);

    // Reads the index only (no keychain, no vault). IndexUnreadable: the damaged file was
    // kept aside and the list starts empty.
    Error load();

    const QList<InstanceRecord> &records() const { return m_records; }
    int indexOf(const QUuid &key) const;
    // Case-insensitive; -1 when absent.
    int indexOfName(const QString &name) const;
    CredentialVault *vault() const { return m_vault; }

    using Callback = std::function<void(const Error &)>;

    // `record.key` is assigned here; name, phone and notes are taken from `record`.
    void addInstance(InstanceRecord record, const InstanceSecrets &secrets, QObject *context,
                     std::function<void(const Error &, const QUuid &key)> done);
    // Changes name, phone and notes; also the credentials when `secrets` is given.
    void updateInstance(const InstanceRecord &record, const std::optional<InstanceSecrets> &secrets,
                        QObject *context, Callback done);
    // Needs no secret: works even when the keychain does not. The secrets are deleted from
    // the vault too when it can be opened.
    Error removeInstance(const QUuid &key);
    // An instance ID already present updates that instance instead of adding a duplicate.
    void importInstances(const QList<ImportRow> &rows, QObject *context,
                         std::function<void(const Error &, const ImportSummary &)> done);

    void instanceSecrets(const QUuid &key, QObject *context,
                         std::function<void(const Error &, const InstanceSecrets &)> done);
    void apiCredentials(const QUuid &key, QObject *context,
                        std::function<void(const Error &, const ApiCredentials &)> done);
    void clientToken(QObject *context, std::function<void(const Error &, const QString &)> done);
    void setClientToken(const QString &token, QObject *context, Callback done);

    Error setStatus(const QUuid &key, ConnectionStatus status);
    Error setLastCodeAt(const QUuid &key, const QDateTime &when);

signals:
    void aboutToReset();
    void reset();
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void changed(int row);

private:
    enum class Notify { Insert, Remove, Update, Reset };
    Error checkRecord(InstanceRecord &record, int ignoreRow) const;
    // The one way the index changes: under a lock file, on the list as it is on disk (another
    // process, e.g. the CLI, may have saved since we loaded; file times are too coarse to
    // tell), saved before it is shown.
    Error changeIndex(Notify notify, const QUuid &key,
                      const std::function<Error(QList<InstanceRecord> &)> &change);
    void publish(QList<InstanceRecord> next, bool reloaded, Notify notify, const QUuid &key);
    // Best effort, after the index no longer shows the instance.
    void forgetSecrets(const QUuid &key);
    // The vault is written before the index (a listed instance must have its secrets); when
    // the index then fails, the vault is put back as it was. nullopt: there were none.
    using ReplacedSecrets = QHash<QUuid, std::optional<InstanceSecrets>>;
    static ReplacedSecrets putSecrets(VaultContents &contents, const QHash<QUuid, InstanceSecrets> &secrets);
    void putBack(const ReplacedSecrets &replaced);

    QString m_indexPath;
    CredentialVault *m_vault;
    const Clock &m_clock;
    QList<InstanceRecord> m_records;
};

} // namespace PartnerDesk
