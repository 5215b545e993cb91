#include "Database.h"

#include "InstanceRecord.h"
#include "SearchKeys.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PhoneNumbers.h"
#include "util/PrivateFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

namespace PartnerDesk {

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them.
constexpr int sqliteBusy = 5;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

int nativeCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
}

bool meansDamage(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

// Version 1: the tables and their indexes.
const char *const schemaVersion1 =
    "CREATE TABLE meta ("
    "  name TEXT PRIMARY KEY,"
    "  value BLOB NOT NULL"
    ") WITHOUT ROWID;"
    "CREATE TABLE instances ("
    "  id INTEGER PRIMARY KEY,"
    "  key TEXT NOT NULL UNIQUE,"             // ours, not Z-API's: a UUID
    "  name TEXT NOT NULL,"
    "  name_fold TEXT NOT NULL UNIQUE,"       // names are unique ignoring case
    "  name_key TEXT NOT NULL,"               // case and accents folded: the sort order
    "  phone TEXT NOT NULL DEFAULT '',"
    "  phone_key TEXT NOT NULL DEFAULT '',"   // digits only
    "  notes TEXT NOT NULL DEFAULT '',"
    "  id_suffix TEXT NOT NULL DEFAULT '',"   // the instance ID's last four characters
    "  search_key TEXT NOT NULL DEFAULT '',"  // everything searchable, folded
    "  status INTEGER NOT NULL DEFAULT 0,"
    "  status_checked_at INTEGER,"
    "  last_code_at INTEGER"
    ");"
    // Each sort of the list walks an index. Opening the list reads a narrow one; a search in
    // the usual order reads a second name index that also carries the search text, so it
    // never touches the table (but is four times the size: too slow to walk just for ids).
    "CREATE INDEX instances_by_name ON instances (name_key, id);"
    "CREATE INDEX instances_search_by_name ON instances (name_key, id, search_key);"
    "CREATE INDEX instances_by_phone ON instances (phone_key, id);"
    "CREATE INDEX instances_by_status ON instances (status, name_key, id);"
    "CREATE INDEX instances_by_last_code ON instances (last_code_at, id);"
    // Sealed per row; deleting an instance deletes its credentials in the same transaction.
    "CREATE TABLE instance_credentials ("
    "  instance INTEGER PRIMARY KEY REFERENCES instances (id) ON DELETE CASCADE,"
    "  id_tag BLOB NOT NULL UNIQUE,"          // keyed hash of the instance ID: finds it without unsealing
    "  sealed_id BLOB NOT NULL,"
    "  sealed_token BLOB NOT NULL"
    ");"
    "CREATE TABLE account_secrets ("
    "  name TEXT PRIMARY KEY,"
    "  sealed BLOB NOT NULL"
    ") WITHOUT ROWID;";

// Statements separated by ';', one after the other.
Error runStatements(const Database &database, const char *statements)
{
    for (const QString &sql : QString::fromLatin1(statements).split(u';', Qt::SkipEmptyParts)) {
        QSqlQuery statement = database.query(sql);
        if (!statement.exec())
            return Database::failure(statement);
    }
    return {};
}

Error createTables(const Database &database)
{
    return runStatements(database, schemaVersion1);
}

// Every phone as one international number (E.164), as Add, Edit and the import now store
// them: "(31) 98877-6655" was sent to Z-API as 31988776655, which WhatsApp reads as the
// Netherlands. Their sort and search keys change with them.
Error normalisePhones(const Database &database)
{
    // Numbers without a country code are Brazilian: the default country in Settings comes
    // with this version, which migrates the database as it first opens it, before anyone
    // could choose another.
    const QString region = PhoneNumbers::defaultRegion();
    constexpr int batchSize = 1000;
    // A batch at a time, by id: rows are not changed under a statement still reading them.
    QSqlQuery batch = database.query(QStringLiteral(
        "SELECT id, name, phone, notes, id_suffix FROM instances WHERE id > ? AND phone <> '' ORDER BY id LIMIT %1")
                                         .arg(batchSize));
    QSqlQuery update = database.query(QStringLiteral(
        "UPDATE instances SET phone = ?, phone_key = ?, search_key = ? WHERE id = ?"));
    for (qint64 after = 0;;) {
        batch.addBindValue(after);
        if (!batch.exec())
            return Database::failure(batch);
        QList<InstanceRecord> records;
        while (batch.next()) {
            InstanceRecord record;
            record.rowId = batch.value(0).toLongLong();
            record.name = batch.value(1).toString();
            record.phone = batch.value(2).toString();
            record.notes = batch.value(3).toString();
            record.idSuffix = batch.value(4).toString();
            records.append(record);
        }
        batch.finish();
        if (records.isEmpty())
            return {};
        after = records.constLast().rowId;
        for (InstanceRecord &record : records) {
            PhoneNumber number;
            // One that cannot be understood is kept as typed rather than lost: it is still
            // how the agent noted the customer's number, and editing the instance shows what
            // is wrong with it. Nothing is sent to it until it is corrected.
            if (PhoneNumbers::parse(record.phone, region, &number) || number.e164 == record.phone)
                continue;
            record.phone = number.e164;
            update.addBindValue(record.phone);
            update.addBindValue(SearchKeys::phoneKey(record.phone));
            update.addBindValue(SearchKeys::searchKey(record));
            update.addBindValue(record.rowId);
            if (!update.exec())
                return Database::failure(update);
        }
    }
}

// What a sync of the partner's Z-API account learns about each instance. Rows from before
// have never been synced: every new column starts empty.
const char *const accountColumns =
    "ALTER TABLE instances ADD COLUMN payment_status TEXT NOT NULL DEFAULT '';" // Z-API's word, as given
    "ALTER TABLE instances ADD COLUMN due_at INTEGER;"                          // ms since the epoch
    // The account's own name for the instance at the last sync, as given (NULL: never
    // synced), and the name the sync last gave it in the list: while the list still shows
    // that one, the agent has not renamed it, and it follows a rename in the account.
    "ALTER TABLE instances ADD COLUMN account_name TEXT;"
    "ALTER TABLE instances ADD COLUMN synced_name TEXT;"
    // When a sync that read the whole account first found it missing; NULL while present.
    "ALTER TABLE instances ADD COLUMN gone_since INTEGER;";

Error addAccountColumns(const Database &database)
{
    return runStatements(database, accountColumns);
}

// One step per version: step N takes a database at version N to N + 1. A step never changes
// once released; a new version adds a step.
using MigrationStep = Error (*)(const Database &);
const MigrationStep migrations[] = {
    &createTables,      // 0 -> 1
    &normalisePhones,   // 1 -> 2
    &addAccountColumns, // 2 -> 3
};
static_assert(std::size(migrations) == Database::currentSchemaVersion);

QAtomicInteger<quint64> connectionCounter;

quint32 bigEndian32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

// Created owner-only before SQLite opens it: SQLite gives its log files the database file's
// permissions. Never through a symbolic link: one already there is refused by
// refuseWhatIsNotOurs() before SQLite opens anything. `created`: this call made the file.
Error createOwnerOnly(const QString &path, bool *created)
{
    bool made = false;
    // Another process may have just created it: that is not a failure.
    if (Error error = PrivateFile::createEmpty(path, &made))
        return error;
    *created = made;
    return {};
}

// SQLite follows a symbolic link at the database's own name (Qt's driver cannot ask it not
// to), so a link there would have every save written wherever it points. Its log files it
// opens without following one, but then fails with a bare "unable to open database file".
// So each of the names SQLite may open is looked at first: nothing but a regular file, or
// nothing at all.
Error refuseWhatIsNotOurs(const QString &path)
{
    for (const QString &name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                path + QStringLiteral("-journal")}) {
        if (PrivateFile::whatIsAt(name) == PrivateFile::Found::SomethingElse)
            return Error(ErrorCode::StoreNotARegularFile, QDir::toNativeSeparators(name));
    }
    return {};
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("partnerdesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

QString Database::keptAsidePath(const QString &path, const QString &why, const Clock &clock)
{
    const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.%2-%3").arg(path, why, stamp);
    // A link, even one pointing nowhere, takes the name as well as a file does: a copy
    // written under it would land wherever it points.
    for (int n = 2; PrivateFile::whatIsAt(candidate) != PrivateFile::Found::Nothing; ++n)
        candidate = QStringLiteral("%1.%2-%3-%4").arg(path, why, stamp).arg(n);
    return candidate;
}

// What can be told from the file alone, before SQLite reads it: the header, and whether the
// file is as long as the header says (a truncated copy). With a write-ahead log beside it the
// newest pages may live there, so the length is not checked then.
Error Database::checkFile() const
{
    QFile file(m_path);
    if (file.size() == 0)
        return {}; // new, or created by a process that has not written yet
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::StoreAccessFailed, file.errorString());
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return ErrorCode::StoreUnreadable;
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = bigEndian32(header.constData() + 24);
    const quint32 pageCount = bigEndian32(header.constData() + 28);
    const quint32 validFor = bigEndian32(header.constData() + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return ErrorCode::StoreUnreadable;
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (changeCounter == validFor && (!wal.exists() || wal.size() == 0) && pageCount * pageSize > file.size())
        return ErrorCode::StoreUnreadable;
    return {};
}

Error Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error(ErrorCode::StoreAccessFailed, QStringLiteral("Qt SQLite driver (QSQLITE) not available"));
    db.setDatabaseName(m_path.isEmpty() ? QStringLiteral(":memory:") : m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return Error(meansDamage(error) ? ErrorCode::StoreUnreadable : ErrorCode::StoreAccessFailed,
                     error.databaseText());
    }
    m_open = true;
    const char *const pragmas[] = {
        // A crash (of the app, not the machine) loses no committed change in WAL mode with
        // NORMAL; FULL would add a sync to every status change.
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        // Deleted rows (a removed customer's sealed credentials, names) are overwritten.
        "PRAGMA secure_delete = ON",
        "PRAGMA trusted_schema = OFF",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery statement = query(QString::fromLatin1(pragma));
        if (!statement.exec())
            return failure(statement);
    }
    return {};
}

Error Database::migrate()
{
    QSqlQuery read = query(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                          " (SELECT user_version FROM pragma_user_version),"
                                          " (SELECT count(*) FROM sqlite_schema)"));
    if (!read.exec() || !read.next())
        return failure(read);
    const int foundApplicationId = read.value(0).toInt();
    const int version = read.value(1).toInt();
    const int objects = read.value(2).toInt();
    read.finish();
    if (foundApplicationId != applicationId && !(foundApplicationId == 0 && version == 0 && objects == 0))
        return Error(ErrorCode::StoreUnreadable, QStringLiteral("not a Partner Desk database"));
    if (version > currentSchemaVersion)
        return Error(ErrorCode::StoreTooNew, QString::number(version));
    // Only once the file is known to be ours (or empty): switching to WAL rewrites the header,
    // and another program's database is kept aside with its bytes as they were.
    if (!m_path.isEmpty()) {
        // Two processes opening a new file at once both switch it; SQLite refuses one of them
        // at once, without its busy timeout (both hold a read lock and want the write lock:
        // waiting would deadlock). Once the other has switched, asking again is a no-op.
        const QDeadlineTimer deadline(5000);
        for (;;) {
            QSqlQuery wal = query(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (wal.exec())
                break;
            if (nativeCode(wal.lastError()) != sqliteBusy || deadline.hasExpired())
                return failure(wal);
            QThread::msleep(5);
        }
    }
    if (version == currentSchemaVersion)
        return {};
    return write([&]() -> Error {
        // Checked again inside the transaction: another process may have migrated meanwhile.
        QSqlQuery again = query(QStringLiteral("PRAGMA user_version"));
        if (!again.exec() || !again.next())
            return failure(again);
        for (int step = again.value(0).toInt(); step < currentSchemaVersion; ++step) {
            if (Error error = migrations[step](*this))
                return error;
        }
        for (const QString &pragma : {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion)}) {
            QSqlQuery statement = query(pragma);
            if (!statement.exec())
                return failure(statement);
        }
        return {};
    });
}

Error Database::keepAside(const Clock &clock, QString *keptAside)
{
    close();
    const QString aside = keptAsidePath(m_path, QStringLiteral("damaged"), clock);
    if (!QFile::rename(m_path, aside))
        return Error(ErrorCode::StoreAccessFailed, QDir::toNativeSeparators(m_path));
    // The log belongs to the damaged file: it goes with it. The shared-memory index is
    // rebuilt from the log by whoever opens it.
    QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    qCWarning(lcStore) << "The profile's database was damaged; kept aside as" << aside;
    *keptAside = aside;
    return {};
}

Error Database::open(const QString &path, const Clock &clock)
{
    close();
    m_path = path;
    m_created = false;
    if (!m_path.isEmpty()) {
        if (Error error = PrivateFile::makeDirectory(QFileInfo(m_path).absolutePath()))
            return error;
        // Before anything is created: refused, the profile is left exactly as it was.
        if (Error error = refuseWhatIsNotOurs(m_path))
            return error;
        if (Error error = createOwnerOnly(m_path, &m_created))
            return error;
    }

    auto attempt = [this]() -> Error {
        if (!m_path.isEmpty()) {
            // Again just before SQLite opens them: the file was created meanwhile, or (on the
            // second attempt) the damaged one kept aside.
            if (Error error = refuseWhatIsNotOurs(m_path))
                return error;
            if (Error error = checkFile())
                return error;
        }
        if (Error error = openConnection())
            return error;
        if (Error error = migrate())
            return error;
        // Reads the list's pages once: a file damaged past its header fails here, not later.
        QSqlQuery count = query(QStringLiteral("SELECT count(*) FROM instances"));
        if (!count.exec() || !count.next())
            return failure(count);
        return {};
    };

    Error error = attempt();
    // Opening saves nothing the user asked for: a statement failing here means the file is out
    // of reach (a folder that is not writable, so no room for the log), not a lost change.
    if (error.code == ErrorCode::StoreWriteFailed)
        error.code = ErrorCode::StoreAccessFailed;
    if (error.code != ErrorCode::StoreUnreadable || m_path.isEmpty()) {
        if (error)
            close();
        return error;
    }
    QString aside;
    if (Error asideError = keepAside(clock, &aside))
        return asideError;
    // The new file owner-only too, not left for SQLite to create with the umask's permissions.
    if (Error createError = createOwnerOnly(m_path, &m_created))
        return createError;
    m_created = true;
    if (Error retry = attempt()) {
        close();
        return retry;
    }
    return Error(ErrorCode::StoreUnreadable, QDir::toNativeSeparators(aside));
}

Error Database::openAnotherConnection(const QString &path)
{
    close();
    m_path = path;
    m_created = false;
    const Error error = openConnection();
    if (error)
        close();
    return error;
}

QSqlQuery Database::query(const QString &sql) const
{
    QSqlQuery statement(QSqlDatabase::database(m_connectionName, false));
    statement.setForwardOnly(true);
    if (!statement.prepare(sql))
        qCWarning(lcStore) << "Could not prepare a statement:" << statement.lastError().databaseText();
    return statement;
}

Error Database::failure(const QSqlQuery &statement)
{
    const QSqlError error = statement.lastError();
    return Error(meansDamage(error) ? ErrorCode::StoreUnreadable : ErrorCode::StoreWriteFailed,
                 error.databaseText());
}

Error Database::write(const std::function<Error()> &work)
{
    if (!m_open)
        return Error(ErrorCode::StoreWriteFailed, QStringLiteral("not open"));
    QSqlQuery begin = query(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin.exec()) {
        const Error error = failure(begin);
        return error.code == ErrorCode::StoreWriteFailed && nativeCode(begin.lastError()) == 5 /* SQLITE_BUSY */
            ? Error(ErrorCode::StoreWriteFailed, busyDetail())
            : error;
    }
    Error error = work();
    QSqlQuery end = query(error ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
    if (!end.exec() && !error) {
        error = failure(end);
        QSqlQuery rollback = query(QStringLiteral("ROLLBACK"));
        rollback.exec();
    }
    return error;
}

QString Database::busyDetail()
{
    return QCoreApplication::translate("PartnerDesk::Database", "another Partner Desk is saving");
}

qint64 Database::dataVersion() const
{
    QSqlQuery statement = query(QStringLiteral("PRAGMA data_version"));
    if (!statement.exec() || !statement.next())
        return -1;
    return statement.value(0).toLongLong();
}

Error Database::copyTo(const QString &target) const
{
    // Made here, empty and owner-only, and never through a link: SQLite would follow one at
    // the target's name and write the copy wherever it points. A name already taken, by a
    // file or a link, is never overwritten: a kept-aside copy stays what it was.
    bool created = false;
    if (Error error = PrivateFile::createEmpty(target, &created))
        return Error(ErrorCode::StoreWriteFailed, error.detail);
    if (!created)
        return Error(ErrorCode::StoreWriteFailed,
                     QCoreApplication::translate("PartnerDesk::Database", "%1 already exists")
                         .arg(QDir::toNativeSeparators(target)));
    QSqlQuery statement = query(QStringLiteral("VACUUM INTO ?"));
    statement.addBindValue(target);
    if (!statement.exec()) {
        // A copy cut short (a full disk) must not lie about under a kept-aside name as if it
        // were the user's data.
        QFile::remove(target);
        // Not failure(): StoreUnreadable would say the profile's database was kept aside,
        // when it is the copy that could not be written.
        return Error(ErrorCode::StoreWriteFailed, statement.lastError().databaseText());
    }
    return {};
}

} // namespace PartnerDesk
