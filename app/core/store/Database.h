#pragma once

#include "util/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;

namespace PartnerDesk {

class Clock;

// One profile's SQLite database (Qt SQL, QSQLITE): WAL, a busy timeout so two processes wait
// for each other instead of failing, our application_id, and the schema version in
// PRAGMA user_version with forward migrations in code. Every change goes through write(), one
// transaction per user action. The connection belongs to the thread that opened it.
class Database
{
public:
    // Version 1: instances, their sealed credentials, sealed account tokens, meta.
    // Version 2: phones as one international number (E.164).
    // Version 3: what the partner's Z-API account says about each instance (payment status,
    // due date, its name there) and when a sync found it missing.
    static constexpr int currentSchemaVersion = 3;
    // "PDSK": tells our file from any other SQLite file.
    static constexpr int applicationId = 0x5044534B;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // An empty path: in memory only (demo mode). A damaged file (bad header, truncated, not a
    // database, not ours) is kept aside under a dated name and an empty database takes its
    // place: StoreUnreadable with the kept-aside path as detail, and the database is usable.
    // A database written by a newer version is left untouched: StoreTooNew, not usable.
    // A symbolic link or anything else but a regular file in the place of the database or of
    // its -wal, -shm or -journal file is refused before anything is created or opened:
    // StoreNotARegularFile with that path as detail. The profile's folder is made owner-only,
    // also when it already existed.
    Error open(const QString &path, const Clock &clock);
    // One more connection, for another thread, to a file this process has already opened with
    // open(): no checks, no migration, nothing kept aside.
    Error openAnotherConnection(const QString &path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // True when this open() created the file (first use of the profile).
    bool isNew() const { return m_created; }

    // A prepared statement on this connection.
    QSqlQuery query(const QString &sql) const;
    // Runs `work` in one write transaction (BEGIN IMMEDIATE: another process waits for the
    // busy timeout rather than both writing). Commits when `work` returns no error, rolls back
    // otherwise; a failing statement inside `work` becomes StoreWriteFailed.
    Error write(const std::function<Error()> &work);
    // StoreWriteFailed (or StoreUnreadable for a damaged file) for a failed statement.
    static Error failure(const QSqlQuery &query);

    // The detail of a write refused because another process held the database too long.
    static QString busyDetail();

    // Changes each time another connection (another process) commits; ours leave it alone.
    qint64 dataVersion() const;

    // Copies the whole database to `target` (VACUUM INTO): a consistent snapshot even while
    // another process writes. Owner-only; a name already taken (by a file, or a link even
    // one pointing nowhere) is never written to: StoreWriteFailed.
    Error copyTo(const QString &target) const;

    // "<path>.damaged-20261121-221500": the name files are kept aside under, never deleted.
    static QString keptAsidePath(const QString &path, const QString &why, const Clock &clock);

private:
    Error openConnection();
    Error checkFile() const;
    Error migrate();
    Error keepAside(const Clock &clock, QString *keptAside);
    void close();

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    bool m_created = false;
};

} // namespace PartnerDesk
