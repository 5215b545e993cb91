#pragma once

#include "CredentialVault.h"
#include "InstanceRecord.h"
#include "util/Error.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace PartnerDesk {

class Clock;
class Database;
class Settings;

// What an API call needs; only ever held for the duration of one request.
struct ApiCredentials
{
    InstanceSecrets instance;
    QString clientToken;
};

// Overwrites every plain value where it lies, in the buffers its shallow copies share (wipe()
// in util/SecureBytes.h), and empties it.
void wipe(InstanceSecrets &secrets);
void wipe(ApiCredentials &credentials);

// One row of a bulk import, already validated (CsvImport::parse): its phone empty or one
// international number (E.164); one written any other way is understood on import.
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

// What recoverKeptSecrets() brought back from a copy "start over" kept aside.
struct RecoveredSecrets
{
    int instances = 0;    // instances whose ID and token were sealed again
    int notUsed = 0;      // kept credentials of an instance now gone, or with credentials entered since
    int unreadable = 0;   // kept credentials that did not open with the kept key
    bool clientToken = false;
    bool partnerToken = false;
};

// What applying one page of the partner's Z-API account did (applyAccountPage).
struct SyncFailure
{
    QString idSuffix; // "…AB12": the instance ID itself is secret
    QString name;     // as the account names it; may be empty
    QString reason;   // translated, for the report
};

struct SyncSummary
{
    int added = 0;
    int updated = 0; // what the store keeps of the account changed (token, name, payment, due), or it was back
    int unchanged = 0;
    QList<SyncFailure> failed; // entries that could not be stored (the rest of the page was)
    // Every instance of the store the page holds (failed ones included when found): what
    // markMissingFromAccount() is given once every page has been read.
    QList<QUuid> seen;
};

// One instance's status, as a check found it.
struct StatusResult
{
    QUuid key;
    ConnectionStatus status = ConnectionStatus::Unknown;
};

// Which rows the list shows, in which order.
struct ListQuery
{
    enum class Order { Name, Phone, Status, LastCode };
    // Folded (foldForSearch) words; a row matches when its name, phone, notes or instance-ID
    // ending contains every one. Words that may be a phone number, or part of one, match a
    // phone however it is written: "+55 11 98765-4321", "(11) 98765-4321", "98765-4321".
    QStringList terms;
    // Only the rows with this last known status; every row when empty.
    std::optional<ConnectionStatus> status;
    Order order = Order::Name;
    bool descending = false;

    // Whether some rows may be left out: then the total needs a count of its own.
    bool isFiltered() const { return !terms.isEmpty() || status.has_value(); }
};

// What a change touched, so the list refreshes only what it must.
struct InstanceChange
{
    enum Field {
        Membership = 0x1, // added or removed
        Text = 0x2,       // name, phone, notes, instance-ID ending
        Status = 0x4,
        LastCode = 0x8,
        Account = 0x10, // payment status, due date, missing from the account
        Everything = 0x1f,
    };
    int fields = Everything;
    // Empty: any row may have changed (an import, another process).
    QList<qint64> rowIds;
};

// The customer instances in the profile's database: the list (names, phones, notes, status)
// readable without the keychain, and each instance's ID and token sealed in its own row.
// Every change is one transaction: another process (the CLI, a second window) sees all of it
// or none, and a failed change leaves nothing behind.
class InstanceRepository : public QObject
{
    Q_OBJECT
public:
    // `legacyDirectory`: where Partner Desk 0.1 kept this profile's files (empty: none).
    // `settings`: the default country of phone numbers typed without one, read on every use.
    InstanceRepository(Database *database, CredentialVault *vault, const Settings &settings,
                       QString legacyDirectory, const Clock &clock, QObject *parent = nullptr);
    // Waits for a running import to stop (it is cancelled).
    ~InstanceRepository() override;

    // Moves a 0.1 profile's files into the database on first use (the list without the
    // keychain; the secrets when the vault is first opened), now or, with Later, when
    // moveLegacyProfile() is called. The old files are kept aside under a dated name.
    // StoreUnreadable: a damaged old list was kept aside, not moved.
    enum class LegacyMove { Now, Later };
    Error load(LegacyMove move = LegacyMove::Now);
    // A 0.1 profile's files wait to be moved in (load() was told Later).
    bool hasLegacyProfileToMove() const;
    // Moves them in on a thread of its own, with progress() and cancelBackgroundWork() as for
    // an import; Cancelled leaves the database and the old files as they were.
    void moveLegacyProfile(QObject *context, std::function<void(const Error &)> done);

    // Reading needs no secret.
    int count() const;
    // At most `limit` rows when it is not negative (the first screenful).
    QList<qint64> rowIds(const ListQuery &query, int limit = -1) const;
    // The next `limit` rows after `afterRowId` in name order: the list read a piece at a time.
    QList<qint64> rowIdsAfter(const ListQuery &query, qint64 afterRowId, int limit) const;
    // Where the row stands in the list `query` describes (how many rows come before it); -1
    // when it is not in it (no such row, or the search leaves it out). Name order only: the
    // cost of one index walk up to the row, against reading every id again.
    int position(const ListQuery &query, qint64 rowId) const;
    // The records of these rows, in the same order (rows that no longer exist are left out).
    QList<InstanceRecord> records(const QList<qint64> &rowIds) const;
    std::optional<InstanceRecord> record(const QUuid &key) const;
    // Ignoring case; nullopt when absent.
    std::optional<InstanceRecord> recordNamed(const QString &name) const;
    // The instances a name typed on the command line means, in name order: the one named so
    // ignoring case; else those named so ignoring case and accents ("padaria pao de mel" is
    // "Padaria Pão de Mel", and may also be "Padaria Pao de Mel"); else those whose name
    // contains every word of it, ignoring case and accents. Empty when none.
    QList<InstanceRecord> recordsMatching(const QString &name) const;
    // Every record, by name: for the CLI's list and for tests, not for the window.
    QList<InstanceRecord> allRecords() const;
    // Every instance's key and last known status, in the table's own order (the name index
    // would make it a lookup per row, four times slower): what a check of every instance
    // starts from, without making a whole record of each (100,000 of them) on the UI thread.
    struct KeyAndStatus
    {
        QUuid key;
        ConnectionStatus status = ConnectionStatus::Unknown;
    };
    QList<KeyAndStatus> keysAndStatuses() const;
    CredentialVault *vault() const { return m_vault; }
    // The country ("BR") phones typed without a country code belong to (Settings).
    QString defaultPhoneRegion() const;

    using Callback = std::function<void(const Error &)>;

    // `record.key` is assigned here; name, phone and notes are taken from `record`. The
    // phone, in any written form, is stored as one international number (PhoneNumbers).
    void addInstance(InstanceRecord record, const InstanceSecrets &secrets, QObject *context,
                     std::function<void(const Error &, const QUuid &key)> done);
    // Changes name, phone and notes; also the credentials when `secrets` is given.
    void updateInstance(const InstanceRecord &record, const std::optional<InstanceSecrets> &secrets,
                        QObject *context, Callback done);
    // Needs no secret: works even when the keychain does not; the sealed credentials go in
    // the same transaction.
    Error removeInstance(const QUuid &key);
    // An instance ID already present updates that instance instead of adding a duplicate.
    // All rows in one transaction, written by a thread of its own (in memory: here), so the
    // window stays usable; progress() tells how far it got. cancelBackgroundWork() undoes all
    // of it: `done` gets Cancelled and the store is as it was. One such work at a time.
    void importInstances(const QList<ImportRow> &rows, QObject *context,
                         std::function<void(const Error &, const ImportSummary &)> done);
    void cancelBackgroundWork();
    bool isWorkingInBackground() const { return m_job != nullptr; }

    void instanceSecrets(const QUuid &key, QObject *context,
                         std::function<void(const Error &, const InstanceSecrets &)> done);
    // The way back from a start over: opens the copy of the database it kept aside
    // (`keptStore`) with the key it kept beside it, and seals with today's key what is still
    // missing here: the credentials of each instance still listed that has none now, and
    // each account token not set since. What was entered since the start over wins. The copy
    // and the kept key are left as they were. Open the vault first and report its own failure
    // as for any action: then VaultKeyMissing here means no key was kept for that copy,
    // VaultKeyWrongSize that what was kept is no key, and VaultUnreadable that the kept key
    // does not open the copy (KeptAside::failure() says each in words).
    void recoverKeptSecrets(const QString &keptStore, QObject *context,
                            std::function<void(const Error &, const RecoveredSecrets &)> done);
    // For one request: the credentials are valid while `done` runs, which builds the request
    // with them, and wiped as soon as it returns. Nothing may keep them (not even a shallow
    // copy, which would read zeros); the plain values are held for no longer than that.
    void apiCredentials(const QUuid &key, QObject *context,
                        std::function<void(const Error &, const ApiCredentials &)> done);
    // The account's secrets, each sealed in its own row: empty when not set; setting an
    // empty (or blank) one removes it.
    void clientToken(QObject *context, std::function<void(const Error &, const QString &)> done);
    void setClientToken(const QString &token, QObject *context, Callback done);
    // The partner (integrator) token, for the partner API that lists the account's instances.
    void partnerToken(QObject *context, std::function<void(const Error &, const QString &)> done);
    void setPartnerToken(const QString &token, QObject *context, Callback done);

    Error setStatus(const QUuid &key, ConnectionStatus status);
    // Many checks at once: one transaction and one changed() for all of them. Instances
    // removed meanwhile are left out.
    Error setStatuses(const QList<StatusResult> &results);
    Error setLastCodeAt(const QUuid &key, const QDateTime &when);

    // The store's side of a sync of the partner's Z-API account, one page of it at a time, in
    // a transaction of its own (a sync cut short keeps the pages applied before). An instance
    // is found by its ID, never added twice; its token, payment status and due date become
    // the account's, and it is no longer marked missing. A new one is named as the account
    // names it (or "Instance …AB12" when the account gives no name), told apart from an
    // instance already named so by its ID's ending ("Loja (…AB12)"). An instance keeps a
    // name the agent gave it, and follows a rename in the account while it still has the
    // name the sync gave it. An instance whose credentials "start over" dropped is found by
    // that name and its ID's ending. An entry that cannot be stored (an ID or token Z-API
    // would not have given) is reported in the summary; the rest of the page is applied.
    // The connection status is not taken from the page: setStatuses() records it.
    void applyAccountPage(const QList<AccountInstance> &instances, QObject *context,
                          std::function<void(const Error &, const SyncSummary &)> done);
    // Once every page has been read: every instance not `seen` (the summaries' seen) is
    // marked missing from the account, since now if it was not already. `missing` gets all
    // of them, those marked before included.
    Error markMissingFromAccount(const QList<QUuid> &seen, QList<InstanceRecord> *missing);
    // Removes those of `keys` (what the agent was shown and confirmed) still marked missing;
    // one found in the account meanwhile stays. `removed`: how many went.
    Error removeMarkedMissing(const QList<QUuid> &keys, int *removed);

    // Looks for changes committed by other processes every `interval` and announces them
    // (changed() with no rows); zero stops looking. The window looks; the CLI does not.
    void watchOtherProcesses(std::chrono::milliseconds interval);

signals:
    void changed(const PartnerDesk::InstanceChange &change);
    // From the import's or the move's thread; connect with the default (queued) connection.
    void progress(int rowsDone, int rowsTotal);

private:
    Error migrateLegacyList();
    bool isMarkedAsMoved() const;
    Error sealLegacySecrets(const SecureBytes &key);
    void keepLegacyFilesAside();
    Error checkName(const QString &name, qint64 exceptRowId) const;
    // `typed` as stored: empty, unchanged from `current`, or understood as one international
    // number; otherwise why it cannot be a WhatsApp number.
    Error phoneToStore(const QString &typed, const QString &current, QString *stored) const;
    Error writeCredentials(qint64 rowId, const QUuid &key, const InstanceSecrets &secrets);
    void announce(int fields, QList<qint64> rowIds);
    // One statement on one instance (`sql` ends in "WHERE key = ? RETURNING id", after
    // `values`), in a transaction of its own; announces `fields` for that row.
    Error changeOne(const QString &sql, const QVariantList &values, const QUuid &key, int fields);
    void lookForOtherProcesses();
    struct BackgroundJob;
    // Runs on a connection of its own on a thread of its own; `keepGoing(done, total)` reports
    // progress and says whether to go on. In memory (one connection) it runs here.
    using BackgroundWork = std::function<Error(Database &, const std::function<bool(int, int)> &keepGoing)>;
    void runInBackground(BackgroundWork work, QObject *context, std::function<void(const Error &)> done);
    void finishImport(const Error &error, const ImportSummary &summary, const QList<ImportRow> &rows,
                      const std::function<void(const Error &, const ImportSummary &)> &done);

    Database *m_database;
    CredentialVault *m_vault;
    const Settings &m_settings;
    QString m_legacyDirectory;
    const Clock &m_clock;
    QTimer m_watchTimer;
    qint64 m_seenDataVersion = -1;
    std::shared_ptr<BackgroundJob> m_job;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::InstanceChange)
