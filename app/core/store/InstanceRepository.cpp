#include "InstanceRepository.h"

#include "Database.h"
#include "LegacyProfile.h"
#include "SearchKeys.h"
#include "util/Clock.h"
#include "util/Folding.h"
#include "util/LogRedaction.h"
#include "util/Logging.h"
#include "util/PhoneNumbers.h"
#include "util/PrivateFile.h"
#include "util/Settings.h"
#include "util/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace PartnerDesk {

namespace {

constexpr int maximumNameLength = 200;
const QString legacyVaultName = QStringLiteral("legacy_vault");
const QString migratedMarkName = QStringLiteral("migrated_from_files");
const QString recordColumns = QStringLiteral(
    "id, key, name, phone, notes, id_suffix, status, status_checked_at, last_code_at, payment_status, due_at, gone_since");
// recordColumns' count: what a statement selects after them starts here.
constexpr int recordColumnCount = 12;

// Stored numbers, fixed once written: not the enum's order.
int statusColumn(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return 1;
    case ConnectionStatus::Disconnected:
        return 2;
    case ConnectionStatus::Unknown:
        break;
    }
    return 0;
}

ConnectionStatus statusFromColumn(int value)
{
    switch (value) {
    case 1:
        return ConnectionStatus::Connected;
    case 2:
        return ConnectionStatus::Disconnected;
    default:
        return ConnectionStatus::Unknown;
    }
}

QVariant timeColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromColumn(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

InstanceRecord recordFromQuery(const QSqlQuery &row)
{
    InstanceRecord record;
    record.rowId = row.value(0).toLongLong();
    record.key = QUuid::fromString(row.value(1).toString());
    record.name = row.value(2).toString();
    record.phone = row.value(3).toString();
    record.notes = row.value(4).toString();
    record.idSuffix = row.value(5).toString();
    record.status = statusFromColumn(row.value(6).toInt());
    record.statusCheckedAt = timeFromColumn(row.value(7));
    record.lastCodeAt = timeFromColumn(row.value(8));
    record.paymentStatus = row.value(9).toString();
    record.due = timeFromColumn(row.value(10));
    record.goneSince = timeFromColumn(row.value(11));
    return record;
}

// The columns every write of a record's text sets, in bindText()'s order.
const QString textColumns = QStringLiteral("name, name_fold, name_key, phone, phone_key, notes, id_suffix, search_key");
// A new record: its key, then bindText().
const QString insertRecordSql = QStringLiteral("INSERT INTO instances (key, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(textColumns);
// A record's text: bindText(), then its row id.
const QString updateTextSql = QStringLiteral("UPDATE instances SET name = ?, name_fold = ?, name_key = ?, phone = ?, phone_key = ?,"
                                             " notes = ?, id_suffix = ?, search_key = ? WHERE id = ?");
const QString writeCredentialsSql = QStringLiteral(
    "INSERT OR REPLACE INTO instance_credentials (instance, id_tag, sealed_id, sealed_token) VALUES (?, ?, ?, ?)");

void bindText(QSqlQuery &statement, const InstanceRecord &record)
{
    // A null QString would be bound as SQL NULL; the columns hold '' for "none".
    for (const QString &text : {record.name, record.name.toCaseFolded(), foldForSearch(record.name), record.phone,
                                SearchKeys::phoneKey(record.phone), record.notes, record.idSuffix,
                                SearchKeys::searchKey(record)})
        statement.addBindValue(text.isNull() ? QStringLiteral("") : text);
}

Sealing::Binding credentialBinding(const QUuid &key, const QString &column)
{
    return {QStringLiteral("instance_credentials"), column, key.toString(QUuid::WithoutBraces)};
}

Sealing::Binding accountBinding(const QString &name)
{
    return {QStringLiteral("account_secrets"), QStringLiteral("sealed"), name};
}

QString orderClause(const ListQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QStringList columns;
    switch (query.order) {
    case ListQuery::Order::Name:
        columns = {QStringLiteral("name_key"), QStringLiteral("id")};
        break;
    case ListQuery::Order::Phone:
        columns = {QStringLiteral("phone_key"), QStringLiteral("id")};
        break;
    case ListQuery::Order::Status:
        columns = {QStringLiteral("status"), QStringLiteral("name_key"), QStringLiteral("id")};
        break;
    case ListQuery::Order::LastCode:
        columns = {QStringLiteral("last_code_at"), QStringLiteral("id")};
        break;
    }
    return QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction;
}

// The index a name-order list walks: the narrow one, or, for a search, the one that also
// carries the search text (SQLite would take the wide one for the plain list too).
QString nameIndexFor(const ListQuery &query)
{
    return query.terms.isEmpty() ? QStringLiteral("instances_by_name") : QStringLiteral("instances_search_by_name");
}

// What a row must hold for one word of a search, or for a run of words that may be a phone
// number ("+55 11 98765-4321", "(11) 98765-4321"): each word as typed, so names and notes find
// what they always did, or any of the run's digit forms, so a number written another way
// than it is stored (E.164) is found too.
struct SearchClause
{
    QStringList words;
    QStringList digits;
};

QList<SearchClause> searchClauses(const ListQuery &query, const QString &phoneRegion)
{
    QList<SearchClause> clauses;
    QStringList run;
    const auto endRun = [&] {
        if (run.isEmpty())
            return;
        QStringList digits = PhoneNumbers::searchDigits(run.join(u' '), phoneRegion);
        if (run.size() == 1)
            digits.removeAll(run.first()); // a word of bare digits is its own digit form
        clauses.append({run, digits});
        run.clear();
    };
    for (const QString &term : query.terms) {
        if (PhoneNumbers::isNumberFragment(term)) {
            run.append(term);
            continue;
        }
        endRun();
        clauses.append({{term}, {}});
    }
    endRun();
    return clauses;
}

// " AND instr(<prefix>search_key, ?) > 0" for each search clause (every one must be in the
// row), with its alternatives, and " AND <prefix>status = ?" for a status filter; bindFilter()
// binds them in order. Only search_key is read: the search walks an index that carries it.
QString filterConditions(const ListQuery &query, const QList<SearchClause> &clauses, const QString &prefix = {})
{
    const QString contains = QStringLiteral("instr(%1search_key, ?) > 0").arg(prefix);
    QString conditions;
    for (const SearchClause &clause : clauses) {
        QStringList alternatives{QStringList(clause.words.size(), contains).join(QStringLiteral(" AND "))};
        if (!clause.digits.isEmpty()) {
            alternatives.first() = u'(' + alternatives.first() + u')';
            alternatives.append(QStringList(clause.digits.size(), contains));
        }
        conditions += alternatives.size() == 1 ? QStringLiteral(" AND ") + alternatives.first()
                                               : QStringLiteral(" AND (%1)").arg(alternatives.join(QStringLiteral(" OR ")));
    }
    if (query.status)
        conditions += QStringLiteral(" AND %1status = ?").arg(prefix);
    return conditions;
}

void bindFilter(QSqlQuery &statement, const ListQuery &query, const QList<SearchClause> &clauses)
{
    for (const SearchClause &clause : clauses) {
        for (const QString &text : clause.words + clause.digits)
            statement.addBindValue(text);
    }
    if (query.status)
        statement.addBindValue(static_cast<int>(*query.status));
}

QList<qint64> executedIds(QSqlQuery &statement)
{
    QList<qint64> ids;
    if (!statement.exec())
        return ids;
    while (statement.next())
        ids.append(statement.value(0).toLongLong());
    return ids;
}

} // namespace

InstanceRepository::InstanceRepository(Database *database, CredentialVault *vault, const Settings &settings,
                                       QString legacyDirectory, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_vault(vault)
    , m_settings(settings)
    , m_legacyDirectory(std::move(legacyDirectory))
    , m_clock(clock)
{
    qRegisterMetaType<InstanceChange>();
    m_vault->setKeyReadyHook([this](const SecureBytes &key) { return sealLegacySecrets(key); });
    connect(&m_watchTimer, &QTimer::timeout, this, &InstanceRepository::lookForOtherProcesses);
}

Error InstanceRepository::load(LegacyMove move)
{
    Error error;
    if (!m_legacyDirectory.isEmpty() && isMarkedAsMoved())
        keepLegacyFilesAside(); // moved in by a start that stopped before it kept the files aside
    else if (move == LegacyMove::Now)
        error = migrateLegacyList();
    m_seenDataVersion = m_database->dataVersion();
    return error;
}

// ---- reading ----

int InstanceRepository::count() const
{
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT count(*) FROM instances"));
    return statement.exec() && statement.next() ? statement.value(0).toInt() : 0;
}

QList<qint64> InstanceRepository::rowIds(const ListQuery &query, int limit) const
{
    QString sql = QStringLiteral("SELECT id FROM instances");
    if (query.order == ListQuery::Order::Name)
        sql += QStringLiteral(" INDEXED BY ") + nameIndexFor(query);
    const QList<SearchClause> clauses = searchClauses(query, defaultPhoneRegion());
    sql += QStringLiteral(" WHERE 1") + filterConditions(query, clauses) + orderClause(query);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery statement = m_database->query(sql);
    bindFilter(statement, query, clauses);
    return executedIds(statement);
}

QList<qint64> InstanceRepository::rowIdsAfter(const ListQuery &query, qint64 afterRowId, int limit) const
{
    Q_ASSERT(query.order == ListQuery::Order::Name);
    const QList<SearchClause> clauses = searchClauses(query, defaultPhoneRegion());
    QSqlQuery statement = m_database->query(
        QStringLiteral("SELECT id FROM instances INDEXED BY %1 WHERE (name_key, id) %2"
                       " ((SELECT name_key FROM instances WHERE id = ?), ?)%3%4 LIMIT %5")
            .arg(nameIndexFor(query), query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                 filterConditions(query, clauses), orderClause(query))
            .arg(limit));
    statement.addBindValue(afterRowId);
    statement.addBindValue(afterRowId);
    bindFilter(statement, query, clauses);
    return executedIds(statement);
}

int InstanceRepository::position(const ListQuery &query, qint64 rowId) const
{
    Q_ASSERT(query.order == ListQuery::Order::Name);
    const QList<SearchClause> clauses = searchClauses(query, defaultPhoneRegion());
    QSqlQuery statement = m_database->query(
        QStringLiteral("SELECT (SELECT count(*) FROM instances INDEXED BY %1 WHERE (name_key, id) %2 (me.name_key, me.id)%3)"
                       " FROM instances me WHERE me.id = ?%4")
            .arg(nameIndexFor(query), query.descending ? QStringLiteral(">") : QStringLiteral("<"),
                 filterConditions(query, clauses), filterConditions(query, clauses, QStringLiteral("me."))));
    bindFilter(statement, query, clauses);
    statement.addBindValue(rowId);
    bindFilter(statement, query, clauses);
    if (!statement.exec() || !statement.next())
        return -1;
    return statement.value(0).toInt();
}

QList<InstanceRecord> InstanceRepository::records(const QList<qint64> &rowIds) const
{
    QList<InstanceRecord> result;
    if (rowIds.isEmpty())
        return result;
    // Row ids are our own integers, so they can be written into the statement.
    QStringList idList;
    idList.reserve(rowIds.size());
    for (qint64 id : rowIds)
        idList.append(QString::number(id));
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT %1 FROM instances WHERE id IN (%2)")
                                                .arg(recordColumns, idList.join(u',')));
    if (!statement.exec())
        return result;
    QHash<qint64, InstanceRecord> byId;
    byId.reserve(rowIds.size());
    while (statement.next()) {
        InstanceRecord record = recordFromQuery(statement);
        byId.insert(record.rowId, std::move(record));
    }
    result.reserve(byId.size());
    for (qint64 id : rowIds) {
        const auto found = byId.constFind(id);
        if (found != byId.cend())
            result.append(*found);
    }
    return result;
}

std::optional<InstanceRecord> InstanceRepository::record(const QUuid &key) const
{
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT %1 FROM instances WHERE key = ?").arg(recordColumns));
    statement.addBindValue(key.toString(QUuid::WithoutBraces));
    if (!statement.exec() || !statement.next())
        return std::nullopt;
    return recordFromQuery(statement);
}

std::optional<InstanceRecord> InstanceRepository::recordNamed(const QString &name) const
{
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT %1 FROM instances WHERE name_fold = ?").arg(recordColumns));
    statement.addBindValue(name.simplified().toCaseFolded());
    if (!statement.exec() || !statement.next())
        return std::nullopt;
    return recordFromQuery(statement);
}

namespace {

// The records `condition` (SQL, with a ? for each of `values`) picks, by name.
Error selectRecords(const Database &database, const QString &condition, const QStringList &values,
                    QList<InstanceRecord> *records)
{
    QSqlQuery statement = database.query(
        QStringLiteral("SELECT %1 FROM instances WHERE %2 ORDER BY name_key, id").arg(recordColumns, condition));
    for (const QString &value : values)
        statement.addBindValue(value);
    if (!statement.exec())
        return Database::failure(statement);
    while (statement.next())
        records->append(recordFromQuery(statement));
    return {};
}

} // namespace

QList<InstanceRecord> InstanceRepository::recordsMatching(const QString &name) const
{
    if (const std::optional<InstanceRecord> named = recordNamed(name))
        return {*named};
    const QString folded = foldForSearch(name.simplified());
    if (folded.isEmpty())
        return {};
    QList<InstanceRecord> result;
    selectRecords(*m_database, QStringLiteral("name_key = ?"), {folded}, &result);
    if (!result.isEmpty())
        return result;
    const QStringList words = folded.split(u' ');
    selectRecords(*m_database, QStringList(words.size(), QStringLiteral("instr(name_key, ?) > 0")).join(QStringLiteral(" AND ")),
                  words, &result);
    return result;
}

QList<InstanceRecord> InstanceRepository::allRecords() const
{
    QList<InstanceRecord> result;
    selectRecords(*m_database, QStringLiteral("1"), {}, &result);
    return result;
}

QList<InstanceRepository::KeyAndStatus> InstanceRepository::keysAndStatuses() const
{
    QList<KeyAndStatus> result;
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT key, status FROM instances"));
    if (!statement.exec()) {
        qCWarning(lcStore) << "Could not list the instances:" << statement.lastError().databaseText();
        return result;
    }
    while (statement.next())
        result.append({QUuid(statement.value(0).toString()), statusFromColumn(statement.value(1).toInt())});
    return result;
}

// ---- changing ----

// Names are one line with single spaces, at most 200 characters, unique ignoring case.
Error InstanceRepository::checkName(const QString &name, qint64 exceptRowId) const
{
    if (name.isEmpty() || name.size() > maximumNameLength)
        return ErrorCode::InvalidInstanceName;
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT id, name FROM instances WHERE name_fold = ?"));
    statement.addBindValue(name.toCaseFolded());
    if (!statement.exec())
        return Database::failure(statement);
    if (statement.next() && statement.value(0).toLongLong() != exceptRowId)
        return Error(ErrorCode::InstanceNameTaken, name);
    return {};
}

Error InstanceRepository::writeCredentials(qint64 rowId, const QUuid &key, const InstanceSecrets &secrets)
{
    const QByteArray tag = m_vault->instanceIdTag(secrets.instanceId);
    QSqlQuery owner = m_database->query(QStringLiteral(
        "SELECT i.id, i.name FROM instance_credentials c JOIN instances i ON i.id = c.instance WHERE c.id_tag = ?"));
    owner.addBindValue(tag);
    if (!owner.exec())
        return Database::failure(owner);
    if (owner.next() && owner.value(0).toLongLong() != rowId)
        return Error(ErrorCode::InstanceIdTaken, owner.value(1).toString());
    owner.finish();

    QSqlQuery statement = m_database->query(writeCredentialsSql);
    statement.addBindValue(rowId);
    statement.addBindValue(tag);
    statement.addBindValue(m_vault->seal(secrets.instanceId.toUtf8(), credentialBinding(key, QStringLiteral("sealed_id"))));
    statement.addBindValue(m_vault->seal(secrets.instanceToken.toUtf8(), credentialBinding(key, QStringLiteral("sealed_token"))));
    if (!statement.exec())
        return Database::failure(statement);
    LogRedaction::remember(secrets.instanceId);
    LogRedaction::remember(secrets.instanceToken);
    return {};
}

QString InstanceRepository::defaultPhoneRegion() const
{
    return m_settings.defaultPhoneRegion();
}

Error InstanceRepository::phoneToStore(const QString &typed, const QString &current, QString *stored) const
{
    const QString phone = typed.simplified();
    // A phone kept as typed by the migration, because it could not be understood, stays
    // until it is changed: renaming the instance does not require fixing it first.
    if (phone.isEmpty() || phone == current) {
        *stored = phone;
        return {};
    }
    PhoneNumber number;
    if (Error error = PhoneNumbers::parse(phone, defaultPhoneRegion(), &number))
        return error;
    *stored = number.e164;
    return {};
}

void InstanceRepository::announce(int fields, QList<qint64> rowIds)
{
    // Our own commits do not move data_version; only other processes' do.
    emit changed(InstanceChange{fields, std::move(rowIds)});
}

void InstanceRepository::addInstance(InstanceRecord record, const InstanceSecrets &secrets,
                                     QObject *context,
                                     std::function<void(const Error &, const QUuid &)> done)
{
    record.name = record.name.simplified();
    Error error = checkName(record.name, 0);
    if (!error)
        error = phoneToStore(record.phone, {}, &record.phone);
    if (!error)
        error = Validation::checkInstanceId(secrets.instanceId);
    if (!error)
        error = Validation::checkInstanceToken(secrets.instanceToken);
    if (error) {
        done(error, {});
        return;
    }
    record.key = QUuid::createUuid();
    record.idSuffix = maskedSuffix(secrets.instanceId);

    m_vault->open(context, [this, record, secrets, done](const Error &openError) {
        if (openError) {
            done(openError, {});
            return;
        }
        qint64 rowId = 0;
        const Error writeError = m_database->write([&]() -> Error {
            // Checked again inside the transaction: the keychain may have taken a while, and
            // another process may have saved meanwhile.
            if (Error nameError = checkName(record.name, 0))
                return nameError;
            QSqlQuery insert = m_database->query(insertRecordSql);
            insert.addBindValue(record.key.toString(QUuid::WithoutBraces));
            bindText(insert, record);
            if (!insert.exec())
                return Database::failure(insert);
            rowId = insert.lastInsertId().toLongLong();
            return writeCredentials(rowId, record.key, secrets);
        });
        if (writeError) {
            done(writeError, {});
            return;
        }
        announce(InstanceChange::Membership, {rowId});
        done({}, record.key);
    });
}

void InstanceRepository::updateInstance(const InstanceRecord &edited,
                                        const std::optional<InstanceSecrets> &secrets,
                                        QObject *context, Callback done)
{
    std::optional<InstanceRecord> current = record(edited.key);
    if (!current) {
        done(ErrorCode::UnknownInstance);
        return;
    }
    InstanceRecord changedRecord = *current;
    changedRecord.name = edited.name.simplified();
    changedRecord.notes = edited.notes;
    Error error = checkName(changedRecord.name, changedRecord.rowId);
    if (!error)
        error = phoneToStore(edited.phone, current->phone, &changedRecord.phone);
    if (!error && secrets) {
        error = Validation::checkInstanceId(secrets->instanceId);
        if (!error)
            error = Validation::checkInstanceToken(secrets->instanceToken);
        changedRecord.idSuffix = maskedSuffix(secrets->instanceId);
    }
    if (error) {
        done(error);
        return;
    }
    auto save = [this, changedRecord, secrets]() -> Error {
        return m_database->write([&]() -> Error {
            if (Error nameError = checkName(changedRecord.name, changedRecord.rowId))
                return nameError;
            QSqlQuery update = m_database->query(updateTextSql);
            bindText(update, changedRecord);
            update.addBindValue(changedRecord.rowId);
            if (!update.exec())
                return Database::failure(update);
            if (update.numRowsAffected() != 1)
                return ErrorCode::UnknownInstance;
            return secrets ? writeCredentials(changedRecord.rowId, changedRecord.key, *secrets) : Error();
        });
    };
    auto finish = [this, done, rowId = changedRecord.rowId](const Error &saveError) {
        if (!saveError)
            announce(InstanceChange::Text, {rowId});
        done(saveError);
    };
    if (!secrets) {
        finish(save());
        return;
    }
    m_vault->open(context, [save, finish](const Error &openError) { finish(openError ? openError : save()); });
}

Error InstanceRepository::removeInstance(const QUuid &key)
{
    return changeOne(QStringLiteral("DELETE FROM instances WHERE key = ? RETURNING id"), {}, key, InstanceChange::Membership);
}

Error InstanceRepository::changeOne(const QString &sql, const QVariantList &values, const QUuid &key, int fields)
{
    qint64 rowId = 0;
    const Error error = m_database->write([&]() -> Error {
        QSqlQuery statement = m_database->query(sql);
        for (const QVariant &value : values)
            statement.addBindValue(value);
        statement.addBindValue(key.toString(QUuid::WithoutBraces));
        if (!statement.exec())
            return Database::failure(statement);
        if (!statement.next())
            return ErrorCode::UnknownInstance;
        rowId = statement.value(0).toLongLong();
        return {};
    });
    if (!error)
        announce(fields, {rowId});
    return error;
}

// What a long piece of work (an import, moving a 0.1 profile in) shares with its thread.
struct InstanceRepository::BackgroundJob
{
    QThread *thread = nullptr;
    std::atomic<bool> cancelled{false};
    Error error;
};

namespace {

// Rows between two progress reports (and two looks at Cancel): a few milliseconds of work.
constexpr int progressStep = 500;

// The import itself, on whichever connection it is given: one transaction for all rows.
// `keepGoing(rowsDone)` reports progress; false rolls everything back (Cancelled).
Error importRows(Database &database, const Sealing::Sealer &sealer, const QList<ImportRow> &rows,
                 const QString &phoneRegion, ImportSummary *summary, const std::function<bool(int)> &keepGoing)
{
    *summary = {};
    return database.write([&]() -> Error {
        // Prepared once for all rows.
        QSqlQuery byTag = database.query(QStringLiteral(
            "SELECT i.id, i.key FROM instance_credentials c JOIN instances i ON i.id = c.instance WHERE c.id_tag = ?"));
        QSqlQuery byName = database.query(QStringLiteral("SELECT id FROM instances WHERE name_fold = ?"));
        QSqlQuery insert = database.query(insertRecordSql);
        QSqlQuery update = database.query(updateTextSql);
        QSqlQuery credentials = database.query(writeCredentialsSql);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i % progressStep == 0 && !keepGoing(static_cast<int>(i)))
                return ErrorCode::Cancelled;
            const ImportRow &row = rows.at(i);
            InstanceRecord record;
            record.name = row.name.simplified();
            record.phone = row.phone.simplified();
            record.notes = row.notes;
            record.idSuffix = maskedSuffix(row.secrets.instanceId);
            if (record.name.isEmpty() || record.name.size() > maximumNameLength) {
                summary->skipped.append({row.line, InstanceRepository::tr("the name is empty or too long")});
                continue;
            }
            // CsvImport hands over international numbers already (understanding them is the
            // costly part of a phone: not done twice); any other caller's are understood here.
            if (PhoneNumber number; !record.phone.isEmpty() && !PhoneNumbers::isE164(record.phone)) {
                if (const Error phoneError = PhoneNumbers::parse(record.phone, phoneRegion, &number)) {
                    summary->skipped.append({row.line, phoneError.message()});
                    continue;
                }
                record.phone = number.e164;
            }
            const QByteArray tag = sealer.instanceIdTag(row.secrets.instanceId);
            byTag.addBindValue(tag);
            if (!byTag.exec())
                return Database::failure(byTag);
            const bool updating = byTag.next();
            record.rowId = updating ? byTag.value(0).toLongLong() : 0;
            record.key = updating ? QUuid::fromString(byTag.value(1).toString()) : QUuid::createUuid();
            byTag.finish();

            byName.addBindValue(record.name.toCaseFolded());
            if (!byName.exec())
                return Database::failure(byName);
            const bool nameTaken = byName.next() && byName.value(0).toLongLong() != record.rowId;
            byName.finish();
            if (nameTaken) {
                summary->skipped.append(
                    {row.line, InstanceRepository::tr("the name \"%1\" belongs to another instance").arg(record.name)});
                continue;
            }

            QSqlQuery &write = updating ? update : insert;
            if (!updating)
                write.addBindValue(record.key.toString(QUuid::WithoutBraces));
            bindText(write, record);
            if (updating)
                write.addBindValue(record.rowId);
            if (!write.exec())
                return Database::failure(write);
            if (!updating)
                record.rowId = write.lastInsertId().toLongLong();

            credentials.addBindValue(record.rowId);
            credentials.addBindValue(tag);
            credentials.addBindValue(sealer.seal(row.secrets.instanceId.toUtf8(), credentialBinding(record.key, QStringLiteral("sealed_id"))));
            credentials.addBindValue(sealer.seal(row.secrets.instanceToken.toUtf8(), credentialBinding(record.key, QStringLiteral("sealed_token"))));
            if (!credentials.exec())
                return Database::failure(credentials);
            ++(updating ? summary->updated : summary->added);
        }
        return keepGoing(static_cast<int>(rows.size())) ? Error() : Error(ErrorCode::Cancelled);
    });
}

} // namespace

InstanceRepository::~InstanceRepository()
{
    if (m_job) {
        m_job->cancelled = true;
        m_job->thread->wait();
        // Its finished() would have deleted it, through this object, which is going.
        delete m_job->thread;
    }
}

void InstanceRepository::importInstances(const QList<ImportRow> &rows, QObject *context,
                                         std::function<void(const Error &, const ImportSummary &)> done)
{
    if (m_job) {
        done(Error(ErrorCode::StoreWriteFailed, tr("an import is already running")), {});
        return;
    }
    m_vault->open(context, [this, rows, context = QPointer<QObject>(context), done](const Error &openError) {
        if (openError) {
            done(openError, {});
            return;
        }
        // Asked for again before the keychain answered the first: that one runs now.
        if (m_job) {
            done(Error(ErrorCode::StoreWriteFailed, tr("an import is already running")), {});
            return;
        }
        auto summary = std::make_shared<ImportSummary>();
        const int total = static_cast<int>(rows.size());
        runInBackground(
            [rows, total, summary, sealer = m_vault->sealer(), region = defaultPhoneRegion()](
                Database &database, const std::function<bool(int, int)> &keepGoing) {
                return importRows(database, *sealer, rows, region, summary.get(),
                                  [&keepGoing, total](int rowsDone) { return keepGoing(rowsDone, total); });
            },
            context, [this, rows, summary, done](const Error &error) { finishImport(error, *summary, rows, done); });
    });
}

void InstanceRepository::runInBackground(BackgroundWork work, QObject *context, std::function<void(const Error &)> done)
{
    if (m_database->path().isEmpty()) {
        // In memory (demo mode) there is one connection: the work runs here.
        done(work(*m_database, [this](int rowsDone, int rowsTotal) {
            emit progress(rowsDone, rowsTotal);
            return true;
        }));
        return;
    }
    auto job = std::make_shared<BackgroundJob>();
    job->thread = QThread::create([this, job, work, path = m_database->path()] {
        Database database;
        job->error = database.openAnotherConnection(path);
        if (job->error)
            return;
        // Rows land all over the name, key and tag indexes: with SQLite's default 2 MiB page
        // cache, most of a large write is spent reading back pages it just evicted.
        QSqlQuery cache = database.query(QStringLiteral("PRAGMA cache_size = -65536"));
        cache.exec();
        job->error = work(database, [this, job](int rowsDone, int rowsTotal) {
            emit progress(rowsDone, rowsTotal);
            return !job->cancelled;
        });
    });
    m_job = job;
    connect(job->thread, &QThread::finished, this, [this, job, context = QPointer<QObject>(context), done] {
        job->thread->deleteLater();
        m_job.reset();
        if (context)
            done(job->error);
    });
    job->thread->start();
}

void InstanceRepository::cancelBackgroundWork()
{
    if (m_job)
        m_job->cancelled = true;
}

void InstanceRepository::finishImport(const Error &error, const ImportSummary &summary, const QList<ImportRow> &rows,
                                      const std::function<void(const Error &, const ImportSummary &)> &done)
{
    if (error) {
        done(error, {});
        return;
    }
    for (const ImportRow &row : rows) {
        LogRedaction::remember(row.secrets.instanceId);
        LogRedaction::remember(row.secrets.instanceToken);
    }
    announce(InstanceChange::Everything, {});
    done({}, summary);
}

void InstanceRepository::instanceSecrets(const QUuid &key, QObject *context,
                                         std::function<void(const Error &, const InstanceSecrets &)> done)
{
    m_vault->open(context, [this, key, done](const Error &error) {
        if (error) {
            done(error, {});
            return;
        }
        QSqlQuery statement = m_database->query(QStringLiteral(
            "SELECT c.sealed_id, c.sealed_token FROM instances i LEFT JOIN instance_credentials c ON c.instance = i.id WHERE i.key = ?"));
        statement.addBindValue(key.toString(QUuid::WithoutBraces));
        if (!statement.exec()) {
            done(Database::failure(statement), {});
            return;
        }
        if (!statement.next()) {
            done(ErrorCode::UnknownInstance, {});
            return;
        }
        QByteArray id;
        QByteArray token;
        if (statement.value(0).isNull()) {
            done(ErrorCode::InstanceSecretsMissing, {});
            return;
        }
        if (!m_vault->unseal(statement.value(0).toByteArray(), credentialBinding(key, QStringLiteral("sealed_id")), &id)
            || !m_vault->unseal(statement.value(1).toByteArray(), credentialBinding(key, QStringLiteral("sealed_token")), &token)) {
            qCWarning(lcStore) << "An instance's sealed credentials failed authentication";
            done(ErrorCode::InstanceSecretsUnreadable, {});
            return;
        }
        const InstanceSecrets secrets{QString::fromUtf8(id), QString::fromUtf8(token)};
        wipe(id);
        wipe(token);
        LogRedaction::remember(secrets.instanceId);
        LogRedaction::remember(secrets.instanceToken);
        done({}, secrets);
    });
}

void InstanceRepository::apiCredentials(const QUuid &key, QObject *context,
                                        std::function<void(const Error &, const ApiCredentials &)> done)
{
    instanceSecrets(key, context, [this, context, done](const Error &error, const InstanceSecrets &secrets) {
        if (error) {
            done(error, {});
            return;
        }
        // Shallow copies of what instanceSecrets() and clientToken() unsealed: wiping them
        // wipes the one buffer each value was decrypted into.
        clientToken(context, [secrets = InstanceSecrets(secrets), done](const Error &tokenError, const QString &token) mutable {
            ApiCredentials credentials = tokenError ? ApiCredentials() : ApiCredentials{secrets, token};
            done(tokenError, credentials);
            wipe(credentials);
            wipe(secrets);
        });
    });
}

void wipe(InstanceSecrets &secrets)
{
    wipe(secrets.instanceId);
    wipe(secrets.instanceToken);
}

void wipe(ApiCredentials &credentials)
{
    wipe(credentials.instance);
    wipe(credentials.clientToken);
}

namespace {

// A secret of the whole account, sealed in a row of its own of account_secrets.
struct AccountSecret
{
    QString row;                      // its name there, bound into its seal
    Error (*check)(const QString &);  // what may be saved
    ErrorCode unreadable;             // its sealed value does not open
};

const AccountSecret clientTokenSecret{QStringLiteral("client_token"), &Validation::checkClientToken,
                                      ErrorCode::ClientTokenUnreadable};
const AccountSecret partnerTokenSecret{QStringLiteral("partner_token"), &Validation::checkPartnerToken,
                                       ErrorCode::PartnerTokenUnreadable};

// Empty when it is not set.
void readAccountSecret(Database *database, CredentialVault *vault, const AccountSecret &secret, QObject *context,
                       std::function<void(const Error &, const QString &)> done)
{
    vault->open(context, [database, vault, secret, done](const Error &error) {
        if (error) {
            done(error, {});
            return;
        }
        QSqlQuery statement = database->query(QStringLiteral("SELECT sealed FROM account_secrets WHERE name = ?"));
        statement.addBindValue(secret.row);
        if (!statement.exec()) {
            done(Database::failure(statement), {});
            return;
        }
        if (!statement.next()) {
            done({}, {});
            return;
        }
        QByteArray plain;
        if (!vault->unseal(statement.value(0).toByteArray(), accountBinding(secret.row), &plain)) {
            qCWarning(lcStore) << "A sealed account secret failed authentication:" << secret.row;
            done(secret.unreadable, {});
            return;
        }
        const QString value = QString::fromUtf8(plain);
        wipe(plain);
        LogRedaction::remember(value);
        done({}, value);
    });
}

// Trimmed; empty (or blank) removes it.
void writeAccountSecret(Database *database, CredentialVault *vault, const AccountSecret &secret, const QString &value,
                        QObject *context, std::function<void(const Error &)> done)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty()) {
        if (Error error = secret.check(trimmed)) {
            done(error);
            return;
        }
    }
    vault->open(context, [database, vault, secret, trimmed, done](const Error &error) {
        if (error) {
            done(error);
            return;
        }
        LogRedaction::remember(trimmed);
        done(database->write([&]() -> Error {
            QSqlQuery statement = database->query(trimmed.isEmpty()
                    ? QStringLiteral("DELETE FROM account_secrets WHERE name = ?")
                    : QStringLiteral("INSERT OR REPLACE INTO account_secrets (name, sealed) VALUES (?, ?)"));
            statement.addBindValue(secret.row);
            if (!trimmed.isEmpty())
                statement.addBindValue(vault->seal(trimmed.toUtf8(), accountBinding(secret.row)));
            return statement.exec() ? Error() : Database::failure(statement);
        }));
    });
}

} // namespace

namespace {

// Reads what `kept` sealed with `keptKey` and seals it again with the open vault's key into
// `database`, in one transaction, only where nothing is there now.
Error resealKeptSecrets(Database &kept, const SecureBytes &keptKey, Database &database,
                        const CredentialVault &vault, RecoveredSecrets *recovered)
{
    QSqlQuery version = kept.query(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                                  " (SELECT user_version FROM pragma_user_version)"));
    if (!version.exec() || !version.next())
        return Database::failure(version);
    if (version.value(0).toInt() != Database::applicationId)
        return Error(ErrorCode::StoreUnreadable, QStringLiteral("not a Partner Desk database"));
    if (version.value(1).toInt() > Database::currentSchemaVersion)
        return Error(ErrorCode::StoreTooNew, version.value(1).toString());
    version.finish();
    // No key check: each sealed value proves the key itself, and the check may be the very
    // thing that was damaged when the user started over.
    QSqlQuery credentials = kept.query(QStringLiteral(
        "SELECT i.key, c.sealed_id, c.sealed_token FROM instance_credentials c JOIN instances i ON i.id = c.instance"));
    QSqlQuery accountSecrets = kept.query(QStringLiteral("SELECT name, sealed FROM account_secrets"));
    if (!credentials.exec())
        return Database::failure(credentials);
    if (!accountSecrets.exec())
        return Database::failure(accountSecrets);
    int opened = 0;
    int failed = 0;
    const Error error = database.write([&]() -> Error {
        // Only an instance still listed with no credentials now, and an ID no other instance holds.
        QSqlQuery insert = database.query(QStringLiteral(
            "INSERT INTO instance_credentials (instance, id_tag, sealed_id, sealed_token)"
            " SELECT id, ?, ?, ? FROM instances WHERE key = ?"
            " AND NOT EXISTS (SELECT 1 FROM instance_credentials WHERE instance = instances.id)"
            " AND NOT EXISTS (SELECT 1 FROM instance_credentials WHERE id_tag = ?)"));
        while (credentials.next()) {
            const QUuid key(credentials.value(0).toString());
            QByteArray id;
            QByteArray token;
            if (!Sealing::open(credentials.value(1).toByteArray(), credentialBinding(key, QStringLiteral("sealed_id")), keptKey, &id)
                || !Sealing::open(credentials.value(2).toByteArray(), credentialBinding(key, QStringLiteral("sealed_token")), keptKey, &token)) {
                wipe(id);
                ++failed;
                continue;
            }
            ++opened;
            const QByteArray tag = vault.instanceIdTag(QString::fromUtf8(id));
            insert.addBindValue(tag);
            insert.addBindValue(vault.seal(id, credentialBinding(key, QStringLiteral("sealed_id"))));
            insert.addBindValue(vault.seal(token, credentialBinding(key, QStringLiteral("sealed_token"))));
            insert.addBindValue(key.toString(QUuid::WithoutBraces));
            insert.addBindValue(tag);
            wipe(id);
            wipe(token);
            if (!insert.exec())
                return Database::failure(insert);
            if (insert.numRowsAffected() == 1)
                ++recovered->instances;
            else
                ++recovered->notUsed;
        }
        QSqlQuery account = database.query(QStringLiteral("INSERT OR IGNORE INTO account_secrets (name, sealed) VALUES (?, ?)"));
        while (accountSecrets.next()) {
            const QString name = accountSecrets.value(0).toString();
            QByteArray plain;
            if (!Sealing::open(accountSecrets.value(1).toByteArray(), accountBinding(name), keptKey, &plain)) {
                ++failed;
                continue;
            }
            ++opened;
            account.addBindValue(name);
            account.addBindValue(vault.seal(plain, accountBinding(name)));
            wipe(plain);
            if (!account.exec())
                return Database::failure(account);
            const bool added = account.numRowsAffected() == 1;
            if (name == clientTokenSecret.row)
                recovered->clientToken = added;
            else if (name == partnerTokenSecret.row)
                recovered->partnerToken = added;
        }
        // Not one value opens: this is not the key they were sealed with. Nothing is written.
        return opened == 0 && failed > 0 ? Error(ErrorCode::VaultUnreadable) : Error();
    });
    recovered->unreadable = failed;
    return error;
}

} // namespace

void InstanceRepository::recoverKeptSecrets(const QString &keptStore, QObject *context,
                                            std::function<void(const Error &, const RecoveredSecrets &)> done)
{
    m_vault->open(context, [this, keptStore, context, done](const Error &error) {
        if (error) {
            done(error, {});
            return;
        }
        m_vault->readKeptKey(keptStore, context, [this, keptStore, done](const Error &readError, bool found, SecureBytes keptKey) {
            if (readError || !found) {
                done(readError ? readError : Error(ErrorCode::VaultKeyMissing), {});
                return;
            }
            if (keptKey.size() != Sealing::keySize) {
                done(Error(ErrorCode::VaultKeyWrongSize, QString::number(keptKey.size())), {});
                return;
            }
            // Its own connection, with no checks and no migration: the copy is read, never
            // moved aside or changed (a damaged one fails here and stays as it is). SQLite
            // would make an empty database where there is none.
            const QString keptPath = QDir::fromNativeSeparators(keptStore);
            switch (PrivateFile::whatIsAt(keptPath)) {
            case PrivateFile::Found::RegularFile:
                break;
            case PrivateFile::Found::Nothing:
                done(Error(ErrorCode::StoreAccessFailed, tr("%1 does not exist").arg(keptStore)), {});
                return;
            case PrivateFile::Found::SomethingElse:
                done(Error(ErrorCode::StoreNotARegularFile, keptStore), {});
                return;
            }
            Database kept;
            if (Error openError = kept.openAnotherConnection(keptPath)) {
                done(openError, {});
                return;
            }
            RecoveredSecrets recovered;
            const Error resealError = resealKeptSecrets(kept, keptKey, *m_database, *m_vault, &recovered);
            if (resealError) {
                done(resealError, {});
                return;
            }
            qCInfo(lcStore) << "Recovered" << recovered.instances << "instances' credentials from" << keptStore;
            announce(InstanceChange::Everything, {});
            done({}, recovered);
        });
    });
}

void InstanceRepository::clientToken(QObject *context, std::function<void(const Error &, const QString &)> done)
{
    readAccountSecret(m_database, m_vault, clientTokenSecret, context, std::move(done));
}

void InstanceRepository::setClientToken(const QString &token, QObject *context, Callback done)
{
    writeAccountSecret(m_database, m_vault, clientTokenSecret, token, context, std::move(done));
}

void InstanceRepository::partnerToken(QObject *context, std::function<void(const Error &, const QString &)> done)
{
    readAccountSecret(m_database, m_vault, partnerTokenSecret, context, std::move(done));
}

void InstanceRepository::setPartnerToken(const QString &token, QObject *context, Callback done)
{
    writeAccountSecret(m_database, m_vault, partnerTokenSecret, token, context, std::move(done));
}

namespace {
// A status, when it was checked, the instance's key.
const QString setStatusSql = QStringLiteral("UPDATE instances SET status = ?, status_checked_at = ? WHERE key = ? RETURNING id");
} // namespace

Error InstanceRepository::setStatus(const QUuid &key, ConnectionStatus status)
{
    return changeOne(setStatusSql, {statusColumn(status), m_clock.now().toMSecsSinceEpoch()}, key, InstanceChange::Status);
}

Error InstanceRepository::setStatuses(const QList<StatusResult> &results)
{
    const qint64 checkedAt = m_clock.now().toMSecsSinceEpoch();
    QList<qint64> rowIds;
    const Error error = m_database->write([&]() -> Error {
        QSqlQuery statement = m_database->query(setStatusSql);
        for (const StatusResult &result : results) {
            statement.addBindValue(statusColumn(result.status));
            statement.addBindValue(checkedAt);
            statement.addBindValue(result.key.toString(QUuid::WithoutBraces));
            if (!statement.exec())
                return Database::failure(statement);
            if (statement.next())
                rowIds.append(statement.value(0).toLongLong());
            statement.finish();
        }
        return {};
    });
    if (error)
        return error;
    if (!rowIds.isEmpty())
        announce(InstanceChange::Status, std::move(rowIds));
    return {};
}

Error InstanceRepository::setLastCodeAt(const QUuid &key, const QDateTime &when)
{
    return changeOne(QStringLiteral("UPDATE instances SET last_code_at = ? WHERE key = ? RETURNING id"),
                     {timeColumn(when)}, key, InstanceChange::LastCode);
}

// ---- the partner's Z-API account ----

namespace {

// What the sync gives an instance of the account as its name: the account's own, or a
// readable one when the account gives none.
QString accountDisplayName(const QString &accountName, const QString &idSuffix)
{
    return accountName.isEmpty() ? InstanceRepository::tr("Instance %1").arg(idSuffix) : accountName.left(maximumNameLength);
}

// `wanted`, or, when another instance has that name (names are unique ignoring case), the
// same told apart by the instance ID's ending: "Loja (…AB12)", then "Loja (…AB12, 2)", ...
// `byName` selects the id of the instance with a folded name.
Error freeName(QSqlQuery &byName, const QString &wanted, const QString &idSuffix, qint64 rowId, QString *name)
{
    for (int attempt = 1;; ++attempt) {
        const QString tail = attempt == 1 ? QString()
            : attempt == 2                ? QStringLiteral(" (%1)").arg(idSuffix)
                                          : QStringLiteral(" (%1, %2)").arg(idSuffix).arg(attempt - 1);
        const QString candidate = wanted.left(maximumNameLength - tail.size()).trimmed() + tail;
        byName.addBindValue(candidate.toCaseFolded());
        if (!byName.exec())
            return Database::failure(byName);
        const bool taken = byName.next() && byName.value(0).toLongLong() != rowId;
        byName.finish();
        if (!taken) {
            *name = candidate;
            return {};
        }
    }
}

// An instance as a sync finds it in the store: its record, what the last sync left, and its
// sealed token (empty when its credentials were dropped by "start over").
const QString syncedRowColumns = recordColumns + QStringLiteral(", account_name, synced_name, sealed_token");

struct SyncedRow
{
    InstanceRecord record;
    std::optional<QString> accountName; // nullopt: no sync has found it yet
    QString syncedName;                 // the name the sync last gave it; null when none
    QByteArray sealedToken;
};

SyncedRow syncedRowFromQuery(const QSqlQuery &row)
{
    SyncedRow synced;
    synced.record = recordFromQuery(row);
    if (!row.value(recordColumnCount).isNull())
        synced.accountName = row.value(recordColumnCount).toString();
    synced.syncedName = row.value(recordColumnCount + 1).toString();
    synced.sealedToken = row.value(recordColumnCount + 2).toByteArray();
    return synced;
}

// One page of the account, on `database`, inside the caller's transaction. `touched`: the
// rows whose list fields changed, and which (InstanceChange fields).
Error applyAccountEntries(Database &database, const Sealing::Sealer &sealer, const QList<AccountInstance> &instances,
                          SyncSummary *summary, QList<qint64> *touched, int *fields)
{
    // Prepared once for the page.
    QSqlQuery byTag = database.query(QStringLiteral(
        "SELECT %1 FROM instance_credentials JOIN instances ON id = instance WHERE id_tag = ?").arg(syncedRowColumns));
    QSqlQuery byNameWithoutCredentials = database.query(QStringLiteral(
        "SELECT %1 FROM instances LEFT JOIN instance_credentials ON id = instance"
        " WHERE name_fold = ? AND id_suffix = ? AND instance IS NULL").arg(syncedRowColumns));
    QSqlQuery byName = database.query(QStringLiteral("SELECT id FROM instances WHERE name_fold = ?"));
    QSqlQuery insert = database.query(QStringLiteral(
        "INSERT INTO instances (key, %1, payment_status, due_at, account_name, synced_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(textColumns));
    QSqlQuery updateText = database.query(updateTextSql);
    QSqlQuery updateAccount = database.query(QStringLiteral(
        "UPDATE instances SET payment_status = ?, due_at = ?, account_name = ?, synced_name = ?, gone_since = NULL WHERE id = ?"));
    QSqlQuery credentials = database.query(writeCredentialsSql);
    const auto sealCredentials = [&](qint64 rowId, const QUuid &key, const QByteArray &tag, const AccountInstance &entry) {
        credentials.addBindValue(rowId);
        credentials.addBindValue(tag);
        credentials.addBindValue(sealer.seal(entry.instanceId.toUtf8(), credentialBinding(key, QStringLiteral("sealed_id"))));
        credentials.addBindValue(sealer.seal(entry.instanceToken.toUtf8(), credentialBinding(key, QStringLiteral("sealed_token"))));
        return credentials.exec() ? Error() : Database::failure(credentials);
    };

    for (const AccountInstance &entry : instances) {
        const QString idSuffix = maskedSuffix(entry.instanceId);
        const QString accountName = entry.name.simplified();
        // Bound as '' when empty: a null QString would be NULL, which means "never synced".
        const QString storedAccountName = accountName.isNull() ? QStringLiteral("") : accountName;
        const QString paymentStatus = entry.paymentStatus.isNull() ? QStringLiteral("") : entry.paymentStatus;
        if (const Error invalid = Validation::checkInstanceId(entry.instanceId)) {
            summary->failed.append({idSuffix, accountName, invalid.message()});
            continue;
        }
        const QString wanted = accountDisplayName(accountName, idSuffix);

        const QByteArray tag = sealer.instanceIdTag(entry.instanceId);
        std::optional<SyncedRow> found;
        byTag.addBindValue(tag);
        if (!byTag.exec())
            return Database::failure(byTag);
        if (byTag.next())
            found = syncedRowFromQuery(byTag);
        byTag.finish();
        if (!found) {
            // Credentials dropped by "start over": the instance named as the account names
            // it, whose ID ends the same and has no credentials, is this one.
            byNameWithoutCredentials.addBindValue(wanted.toCaseFolded());
            byNameWithoutCredentials.addBindValue(idSuffix);
            if (!byNameWithoutCredentials.exec())
                return Database::failure(byNameWithoutCredentials);
            if (byNameWithoutCredentials.next())
                found = syncedRowFromQuery(byNameWithoutCredentials);
            byNameWithoutCredentials.finish();
        }
        if (found)
            summary->seen.append(found->record.key);
        if (const Error invalid = Validation::checkInstanceToken(entry.instanceToken)) {
            summary->failed.append({idSuffix, accountName, invalid.message()});
            continue;
        }

        if (!found) {
            InstanceRecord record;
            record.key = QUuid::createUuid();
            record.idSuffix = idSuffix;
            if (Error error = freeName(byName, wanted, idSuffix, 0, &record.name))
                return error;
            insert.addBindValue(record.key.toString(QUuid::WithoutBraces));
            bindText(insert, record);
            insert.addBindValue(paymentStatus);
            insert.addBindValue(timeColumn(entry.due));
            insert.addBindValue(storedAccountName);
            insert.addBindValue(record.name);
            if (!insert.exec())
                return Database::failure(insert);
            const qint64 rowId = insert.lastInsertId().toLongLong();
            if (Error error = sealCredentials(rowId, record.key, tag, entry))
                return error;
            ++summary->added;
            summary->seen.append(record.key);
            touched->append(rowId);
            *fields |= InstanceChange::Membership;
            continue;
        }

        const SyncedRow &row = *found;
        InstanceRecord record = row.record;
        bool tokenChanged = true;
        if (QByteArray token; sealer.open(row.sealedToken, credentialBinding(record.key, QStringLiteral("sealed_token")), &token)) {
            tokenChanged = token != entry.instanceToken.toUtf8();
            wipe(token);
        }
        // While the list shows the name the sync gave it, the agent has not renamed it: it
        // follows a rename in the account. A name the agent gave it stays.
        QString syncedName = row.syncedName;
        if (record.name == row.syncedName && row.accountName != accountName) {
            if (Error error = freeName(byName, wanted, idSuffix, record.rowId, &record.name))
                return error;
            syncedName = record.name;
        } else if (record.name == wanted) {
            syncedName = record.name; // the agent's name is the account's: it follows from now on
        }
        const bool renamed = record.name != row.record.name;
        const bool accountChanged = record.paymentStatus != paymentStatus || record.due != entry.due
            || record.goneSince.isValid();
        if (!tokenChanged && !renamed && !accountChanged && row.accountName == accountName
            && syncedName == row.syncedName) {
            ++summary->unchanged;
            continue;
        }
        if (renamed) {
            bindText(updateText, record);
            updateText.addBindValue(record.rowId);
            if (!updateText.exec())
                return Database::failure(updateText);
        }
        updateAccount.addBindValue(paymentStatus);
        updateAccount.addBindValue(timeColumn(entry.due));
        updateAccount.addBindValue(storedAccountName);
        updateAccount.addBindValue(syncedName);
        updateAccount.addBindValue(record.rowId);
        if (!updateAccount.exec())
            return Database::failure(updateAccount);
        if (tokenChanged) {
            if (Error error = sealCredentials(record.rowId, record.key, tag, entry))
                return error;
        }
        ++summary->updated;
        if (renamed)
            *fields |= InstanceChange::Text;
        if (accountChanged)
            *fields |= InstanceChange::Account;
        if (renamed || accountChanged)
            touched->append(record.rowId);
    }
    return {};
}

} // namespace

void InstanceRepository::applyAccountPage(const QList<AccountInstance> &instances, QObject *context,
                                          std::function<void(const Error &, const SyncSummary &)> done)
{
    m_vault->open(context, [this, instances, done](const Error &openError) {
        if (openError) {
            done(openError, {});
            return;
        }
        SyncSummary summary;
        QList<qint64> touched;
        int fields = 0;
        const Error error = m_database->write([&] {
            return applyAccountEntries(*m_database, *m_vault->sealer(), instances, &summary, &touched, &fields);
        });
        if (error) {
            done(error, {});
            return;
        }
        for (const AccountInstance &entry : instances) {
            LogRedaction::remember(entry.instanceId);
            LogRedaction::remember(entry.instanceToken);
        }
        if (!touched.isEmpty())
            announce(fields, std::move(touched));
        done({}, summary);
    });
}

Error InstanceRepository::markMissingFromAccount(const QList<QUuid> &seen, QList<InstanceRecord> *missing)
{
    const QSet<QUuid> seenKeys(seen.cbegin(), seen.cend());
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QList<InstanceRecord> notSeen;
    QList<qint64> marked;
    const Error error = m_database->write([&]() -> Error {
        QList<InstanceRecord> all;
        if (Error readError = selectRecords(*m_database, QStringLiteral("1"), {}, &all))
            return readError;
        QSqlQuery mark = m_database->query(QStringLiteral("UPDATE instances SET gone_since = ? WHERE id = ?"));
        for (InstanceRecord &record : all) {
            if (seenKeys.contains(record.key))
                continue;
            if (!record.goneSince.isValid()) {
                mark.addBindValue(now);
                mark.addBindValue(record.rowId);
                if (!mark.exec())
                    return Database::failure(mark);
                record.goneSince = QDateTime::fromMSecsSinceEpoch(now);
                marked.append(record.rowId);
            }
            notSeen.append(record);
        }
        return {};
    });
    if (error)
        return error;
    if (!marked.isEmpty())
        announce(InstanceChange::Account, std::move(marked));
    *missing = std::move(notSeen);
    return {};
}

Error InstanceRepository::removeMarkedMissing(const QList<QUuid> &keys, int *removed)
{
    QList<qint64> rowIds;
    const Error error = m_database->write([&]() -> Error {
        QSqlQuery remove = m_database->query(
            QStringLiteral("DELETE FROM instances WHERE key = ? AND gone_since IS NOT NULL RETURNING id"));
        for (const QUuid &key : keys) {
            remove.addBindValue(key.toString(QUuid::WithoutBraces));
            if (!remove.exec())
                return Database::failure(remove);
            if (remove.next())
                rowIds.append(remove.value(0).toLongLong());
            remove.finish();
        }
        return {};
    });
    if (error)
        return error;
    *removed = static_cast<int>(rowIds.size());
    if (!rowIds.isEmpty())
        announce(InstanceChange::Membership, std::move(rowIds));
    return {};
}

// ---- other processes ----

void InstanceRepository::watchOtherProcesses(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_watchTimer.stop();
        return;
    }
    m_seenDataVersion = m_database->dataVersion();
    m_watchTimer.start(interval);
}

void InstanceRepository::lookForOtherProcesses()
{
    const qint64 version = m_database->dataVersion();
    if (version == m_seenDataVersion)
        return;
    m_seenDataVersion = version;
    announce(InstanceChange::Everything, {});
}

// ---- Partner Desk 0.1's files ----

bool InstanceRepository::isMarkedAsMoved() const
{
    QSqlQuery marked = m_database->query(QStringLiteral("SELECT 1 FROM meta WHERE name = ?"));
    marked.addBindValue(migratedMarkName);
    return marked.exec() && marked.next();
}

bool InstanceRepository::hasLegacyProfileToMove() const
{
    if (m_legacyDirectory.isEmpty() || isMarkedAsMoved())
        return false;
    const QDir directory(m_legacyDirectory);
    return QFileInfo::exists(directory.filePath(LegacyProfile::indexFileName()))
        || QFileInfo::exists(directory.filePath(LegacyProfile::vaultFileName()));
}

namespace {

// Moves the list of a Partner Desk 0.1 profile (and its vault, still sealed as one envelope)
// into the database, in one transaction. A damaged list is kept aside and reported
// (StoreUnreadable); the rest still moves. Phones become international numbers, those
// without a country code taken as `phoneRegion`'s.
Error moveLegacyList(Database &database, const QString &legacyDirectory, const QString &phoneRegion,
                     const Clock &clock, const std::function<bool(int, int)> &keepGoing)
{
    const QDir directory(legacyDirectory);
    const QString indexPath = directory.filePath(LegacyProfile::indexFileName());
    const QString vaultPath = directory.filePath(LegacyProfile::vaultFileName());
    Error result;
    QList<InstanceRecord> records;
    QFile index(indexPath);
    if (index.exists()) {
        if (!index.open(QIODevice::ReadOnly))
            return Error(ErrorCode::StoreAccessFailed, index.errorString());
        const QByteArray json = index.readAll();
        index.close();
        if (!LegacyProfile::parseIndex(json, &records)) {
            const QString aside = Database::keptAsidePath(indexPath, QStringLiteral("damaged"), clock);
            QFile::rename(indexPath, aside);
            qCWarning(lcStore) << "The instance list of Partner Desk 0.1 was damaged; kept aside as" << aside;
            result = Error(ErrorCode::StoreUnreadable, QDir::toNativeSeparators(aside));
            records.clear();
        }
    }
    QByteArray sealedVault;
    QFile vault(vaultPath);
    if (vault.exists()) {
        if (!vault.open(QIODevice::ReadOnly))
            return Error(ErrorCode::StoreAccessFailed, vault.errorString());
        sealedVault = vault.readAll();
    }

    const int total = static_cast<int>(records.size());
    const Error writeError = database.write([&]() -> Error {
        QSqlQuery insert = database.query(QStringLiteral(
            "INSERT OR IGNORE INTO instances (key, %1, status, status_checked_at, last_code_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(textColumns));
        QSqlQuery taken = database.query(QStringLiteral("SELECT 1 FROM instances WHERE name_fold = ?"));
        for (int i = 0; i < total; ++i) {
            if (i % progressStep == 0 && !keepGoing(i, total))
                return ErrorCode::Cancelled;
            InstanceRecord record = records.at(i);
            record.name = record.name.simplified();
            // 0.1 kept names unique ignoring case too; a hand-edited file may not have.
            const QString base = record.name;
            for (int n = 2;; ++n) {
                taken.addBindValue(record.name.toCaseFolded());
                if (!taken.exec())
                    return Database::failure(taken);
                const bool isTaken = taken.next();
                taken.finish();
                if (!isTaken)
                    break;
                record.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            }
            // As the schema migration does: one that cannot be understood is kept as typed.
            if (PhoneNumber number; !PhoneNumbers::parse(record.phone, phoneRegion, &number))
                record.phone = number.e164;
            insert.addBindValue(record.key.toString(QUuid::WithoutBraces));
            bindText(insert, record);
            insert.addBindValue(statusColumn(record.status));
            insert.addBindValue(timeColumn(record.statusCheckedAt));
            insert.addBindValue(timeColumn(record.lastCodeAt));
            if (!insert.exec())
                return Database::failure(insert);
        }
        QSqlQuery meta = database.query(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
        if (!sealedVault.isEmpty()) {
            meta.addBindValue(legacyVaultName);
            meta.addBindValue(sealedVault);
            if (!meta.exec())
                return Database::failure(meta);
        }
        meta.addBindValue(migratedMarkName);
        meta.addBindValue(clock.now().toString(Qt::ISODate).toUtf8());
        if (!meta.exec())
            return Database::failure(meta);
        return keepGoing(total, total) ? Error() : Error(ErrorCode::Cancelled);
    });
    if (writeError)
        return writeError;
    qCInfo(lcStore) << "Moved" << total << "instances from Partner Desk 0.1's files into the database";
    return result;
}

} // namespace

Error InstanceRepository::migrateLegacyList()
{
    if (!hasLegacyProfileToMove())
        return {};
    const Error error = moveLegacyList(*m_database, m_legacyDirectory, defaultPhoneRegion(), m_clock,
                                       [](int, int) { return true; });
    if (error.code != ErrorCode::None && error.code != ErrorCode::StoreUnreadable)
        return error;
    keepLegacyFilesAside();
    return error;
}

void InstanceRepository::moveLegacyProfile(QObject *context, Callback done)
{
    if (m_job) {
        done(Error(ErrorCode::StoreWriteFailed, tr("an import is already running")));
        return;
    }
    runInBackground(
        [directory = m_legacyDirectory, region = defaultPhoneRegion(), &clock = m_clock](
            Database &database, const std::function<bool(int, int)> &keepGoing) {
            return moveLegacyList(database, directory, region, clock, keepGoing);
        },
        context, [this, done](const Error &error) {
            if (error.code == ErrorCode::None || error.code == ErrorCode::StoreUnreadable) {
                keepLegacyFilesAside();
                announce(InstanceChange::Everything, {});
            }
            done(error);
        });
}

void InstanceRepository::keepLegacyFilesAside()
{
    const QDir directory(m_legacyDirectory);
    for (const QString &name : {LegacyProfile::indexFileName(), LegacyProfile::vaultFileName()}) {
        const QString path = directory.filePath(name);
        if (QFileInfo::exists(path))
            QFile::rename(path, Database::keptAsidePath(path, QStringLiteral("migrated"), m_clock));
        QFile::remove(path + QStringLiteral(".lock"));
    }
}

Error InstanceRepository::sealLegacySecrets(const SecureBytes &key)
{
    QSqlQuery pending = m_database->query(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    pending.addBindValue(legacyVaultName);
    if (!pending.exec() || !pending.next())
        return {};
    const QByteArray sealedVault = pending.value(0).toByteArray();
    pending.finish();
    LegacyProfile::VaultContents contents;
    if (!LegacyProfile::openVault(sealedVault, key, &contents)) {
        qCWarning(lcStore) << "The keychain's key does not open the vault of Partner Desk 0.1";
        return ErrorCode::VaultUnreadable;
    }
    const SecureBytes tagKey = Sealing::tagKey(key);
    const Error error = m_database->write([&]() -> Error {
        QSqlQuery credentials = m_database->query(QStringLiteral(
            "INSERT OR IGNORE INTO instance_credentials (instance, id_tag, sealed_id, sealed_token)"
            " SELECT id, ?, ?, ? FROM instances WHERE key = ?"));
        for (auto it = contents.instances.cbegin(); it != contents.instances.cend(); ++it) {
            if (!it->isComplete())
                continue;
            credentials.addBindValue(Sealing::instanceIdTag(it->instanceId, tagKey));
            credentials.addBindValue(Sealing::seal(it->instanceId.toUtf8(), credentialBinding(it.key(), QStringLiteral("sealed_id")), key));
            credentials.addBindValue(Sealing::seal(it->instanceToken.toUtf8(), credentialBinding(it.key(), QStringLiteral("sealed_token")), key));
            credentials.addBindValue(it.key().toString(QUuid::WithoutBraces));
            if (!credentials.exec())
                return Database::failure(credentials);
        }
        if (!contents.clientToken.isEmpty()) {
            QSqlQuery token = m_database->query(QStringLiteral("INSERT OR IGNORE INTO account_secrets (name, sealed) VALUES (?, ?)"));
            token.addBindValue(clientTokenSecret.row);
            token.addBindValue(Sealing::seal(contents.clientToken.toUtf8(), accountBinding(clientTokenSecret.row), key));
            if (!token.exec())
                return Database::failure(token);
        }
        QSqlQuery done = m_database->query(QStringLiteral("DELETE FROM meta WHERE name = ?"));
        done.addBindValue(legacyVaultName);
        return done.exec() ? Error() : Database::failure(done);
    });
    if (!error)
        qCInfo(lcStore) << "Sealed" << contents.instances.size() << "instances' credentials from Partner Desk 0.1's vault";
    return error;
}

} // namespace PartnerDesk
