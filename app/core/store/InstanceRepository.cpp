#include "InstanceRepository.h"

#include "IndexFile.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"
#include "util/Validation.h"

#include <QFileInfo>
#include <QLockFile>

namespace PartnerDesk {

namespace {
constexpr int lockTimeoutMs = 5000;
constexpr int maximumNameLength = 200;
} // namespace

InstanceRepository::InstanceRepository(QString indexPath, CredentialVault *vault,
                                       const Clock &clock, QObject *parent)
    : QObject(parent), m_indexPath(std::move(indexPath)), m_vault(vault), m_clock(clock)
{
}

Error InstanceRepository::load()
{
    IndexFile::LoadResult result;
    if (!m_indexPath.isEmpty())
        result = IndexFile::load(m_indexPath, m_clock);
    emit aboutToReset();
    m_records = std::move(result.records);
    emit reset();
    return result.error;
}

int InstanceRepository::indexOf(const QUuid &key) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).key == key)
            return row;
    }
    return -1;
}

int InstanceRepository::indexOfName(const QString &name) const
{
    const QString wanted = name.simplified();
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

// Normalises the name (one line, single spaces) and checks it is usable and free.
Error InstanceRepository::checkRecord(InstanceRecord &record, int ignoreRow) const
{
    record.name = record.name.simplified();
    record.phone = record.phone.simplified();
    if (record.name.isEmpty() || record.name.size() > maximumNameLength)
        return ErrorCode::InvalidInstanceName;
    const int sameName = indexOfName(record.name);
    if (sameName >= 0 && sameName != ignoreRow)
        return Error(ErrorCode::InstanceNameTaken, record.name);
    return {};
}

Error InstanceRepository::changeIndex(Notify notify, const QUuid &key,
                                      const std::function<Error(QList<InstanceRecord> &)> &change)
{
    QList<InstanceRecord> next = m_records;
    if (m_indexPath.isEmpty()) {
        if (Error error = change(next))
            return error;
        publish(std::move(next), false, notify, key);
        return {};
    }

    PrivateFile::makeDirectory(QFileInfo(m_indexPath).absolutePath());
    QLockFile lock(m_indexPath + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return Error(ErrorCode::IndexWriteFailed, tr("another Partner Desk is saving"));
    bool reloaded = false;
    if (QFileInfo::exists(m_indexPath)) {
        IndexFile::LoadResult fresh = IndexFile::load(m_indexPath, m_clock);
        if (fresh.error)
            return fresh.error;
        reloaded = fresh.records != m_records;
        next = std::move(fresh.records);
    }
    Error error = change(next);
    if (!error)
        error = IndexFile::save(m_indexPath, next);
    if (!error) {
        publish(std::move(next), reloaded, notify, key);
    } else if (reloaded) {
        // Our change failed, but show what another process saved meanwhile.
        IndexFile::LoadResult fresh = IndexFile::load(m_indexPath, m_clock);
        if (!fresh.error)
            publish(std::move(fresh.records), true, notify, key);
    }
    return error;
}

void InstanceRepository::publish(QList<InstanceRecord> next, bool reloaded, Notify notify, const QUuid &key)
{
    if (reloaded || notify == Notify::Reset) {
        emit aboutToReset();
        m_records = std::move(next);
        emit reset();
        return;
    }
    switch (notify) {
    case Notify::Insert: {
        const int row = static_cast<int>(m_records.size());
        emit aboutToInsert(row);
        m_records = std::move(next);
        emit inserted(row);
        return;
    }
    case Notify::Remove: {
        const int row = indexOf(key);
        emit aboutToRemove(row);
        m_records = std::move(next);
        emit removed(row);
        return;
    }
    case Notify::Update:
        m_records = std::move(next);
        emit changed(indexOf(key));
        return;
    case Notify::Reset:
        break; // handled above
    }
}

void InstanceRepository::addInstance(InstanceRecord record, const InstanceSecrets &secrets,
                                     QObject *context,
                                     std::function<void(const Error &, const QUuid &)> done)
{
    Error error = checkRecord(record, -1);
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
        const VaultContents &current = m_vault->contents();
        for (auto it = current.instances.cbegin(); it != current.instances.cend(); ++it) {
            const int owner = indexOf(it.key());
            if (it->instanceId == secrets.instanceId && owner >= 0) {
                done(Error(ErrorCode::InstanceIdTaken, m_records.at(owner).name), {});
                return;
            }
        }
        // Secrets first: an index entry without secrets would be visible and broken.
        const QUuid key = record.key;
        ReplacedSecrets replaced;
        if (Error vaultError = m_vault->update([&](VaultContents &c) { replaced = putSecrets(c, {{key, secrets}}); })) {
            done(vaultError, {});
            return;
        }
        const Error indexError = changeIndex(Notify::Insert, key, [&](QList<InstanceRecord> &records) {
            InstanceRecord added = record;
            // Checked again on the freshest list: the keychain may have taken a while.
            for (const InstanceRecord &existing : std::as_const(records)) {
                if (existing.name.compare(added.name, Qt::CaseInsensitive) == 0)
                    return Error(ErrorCode::InstanceNameTaken, added.name);
            }
            records.append(added);
            return Error();
        });
        if (indexError) {
            putBack(replaced);
            done(indexError, {});
            return;
        }
        done({}, key);
    });
}

void InstanceRepository::updateInstance(const InstanceRecord &edited,
                                        const std::optional<InstanceSecrets> &secrets,
                                        QObject *context, Callback done)
{
    const int row = indexOf(edited.key);
    if (row < 0) {
        done(ErrorCode::UnknownInstance);
        return;
    }
    InstanceRecord record = m_records.at(row);
    record.name = edited.name;
    record.phone = edited.phone;
    record.notes = edited.notes;
    Error error = checkRecord(record, row);
    if (!error && secrets) {
        error = Validation::checkInstanceId(secrets->instanceId);
        if (!error)
            error = Validation::checkInstanceToken(secrets->instanceToken);
        record.idSuffix = maskedSuffix(secrets->instanceId);
    }
    if (error) {
        done(error);
        return;
    }
    auto replace = [this, record] {
        return changeIndex(Notify::Update, record.key, [&](QList<InstanceRecord> &records) {
            for (InstanceRecord &existing : records) {
                if (existing.key == record.key) {
                    existing.name = record.name;
                    existing.phone = record.phone;
                    existing.notes = record.notes;
                    existing.idSuffix = record.idSuffix;
                    return Error();
                }
            }
            return Error(ErrorCode::UnknownInstance);
        });
    };
    if (!secrets) {
        done(replace());
        return;
    }
    m_vault->open(context, [this, record, secrets, replace, done](const Error &openError) {
        if (openError) {
            done(openError);
            return;
        }
        const QUuid key = record.key;
        ReplacedSecrets replaced;
        if (Error vaultError = m_vault->update([&](VaultContents &c) { replaced = putSecrets(c, {{key, *secrets}}); })) {
            done(vaultError);
            return;
        }
        if (Error indexError = replace()) {
            putBack(replaced);
            done(indexError);
            return;
        }
        done({});
    });
}

InstanceRepository::ReplacedSecrets InstanceRepository::putSecrets(VaultContents &contents,
                                                                    const QHash<QUuid, InstanceSecrets> &secrets)
{
    ReplacedSecrets replaced;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const auto previous = contents.instances.constFind(it.key());
        replaced.insert(it.key(), previous == contents.instances.cend() ? std::nullopt
                                                                        : std::optional<InstanceSecrets>(*previous));
        contents.instances.insert(it.key(), it.value());
    }
    return replaced;
}

void InstanceRepository::putBack(const ReplacedSecrets &replaced)
{
    const Error error = m_vault->update([&](VaultContents &c) {
        for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
            if (*it)
                c.instances.insert(it.key(), **it);
            else
                c.instances.remove(it.key());
        }
    });
    if (error) {
        // Sealed in the vault and listed nowhere; the next change of those instances replaces them.
        qCWarning(lcStore) << "Could not put the vault back after the index failed:" << error.message();
    }
}

Error InstanceRepository::removeInstance(const QUuid &key)
{
    const Error error = changeIndex(Notify::Remove, key, [&](QList<InstanceRecord> &records) {
        for (qsizetype row = 0; row < records.size(); ++row) {
            if (records.at(row).key == key) {
                records.removeAt(row);
                return Error();
            }
        }
        return Error(ErrorCode::UnknownInstance);
    });
    if (!error)
        forgetSecrets(key);
    return error;
}

void InstanceRepository::forgetSecrets(const QUuid &key)
{
    auto forget = [this, key](const Error &openError) {
        const Error error = openError ? openError
                                      : m_vault->update([&](VaultContents &c) { c.instances.remove(key); });
        if (error) {
            // Still sealed in the vault; nothing shows it, and it goes with "Start over".
            qCWarning(lcStore) << "The removed instance's secrets stay in the vault:" << error.message();
        }
    };
    // At once when the vault is open (a CLI run ends right after), else when it opens.
    if (m_vault->isOpen())
        forget({});
    else
        m_vault->open(this, forget);
}

void InstanceRepository::importInstances(const QList<ImportRow> &rows, QObject *context,
                                         std::function<void(const Error &, const ImportSummary &)> done)
{
    m_vault->open(context, [this, rows, done](const Error &openError) {
        if (openError) {
            done(openError, {});
            return;
        }
        // Each row's key is fixed before anything is written, so vault and index agree: an
        // instance ID we already hold keeps its key (and so updates its instance).
        QHash<QString, QUuid> keyByInstanceId;
        const VaultContents &current = m_vault->contents();
        for (auto it = current.instances.cbegin(); it != current.instances.cend(); ++it)
            keyByInstanceId.insert(it->instanceId, it.key());
        for (const ImportRow &row : rows) {
            if (!keyByInstanceId.contains(row.secrets.instanceId))
                keyByInstanceId.insert(row.secrets.instanceId, QUuid::createUuid());
        }

        ImportSummary summary;
        QHash<QUuid, InstanceSecrets> imported;
        auto merge = [&](QList<InstanceRecord> &records) {
            summary = {};
            imported.clear();
            QHash<QUuid, qsizetype> rowByKey;
            QHash<QString, QUuid> keyByName;
            rowByKey.reserve(records.size() + rows.size());
            for (qsizetype row = 0; row < records.size(); ++row) {
                rowByKey.insert(records.at(row).key, row);
                keyByName.insert(records.at(row).name.toCaseFolded(), records.at(row).key);
            }
            for (const ImportRow &importRow : rows) {
                const QUuid key = keyByInstanceId.value(importRow.secrets.instanceId);
                const auto existingRow = rowByKey.constFind(key);
                const bool updating = existingRow != rowByKey.cend();
                InstanceRecord record = updating ? records.at(*existingRow) : InstanceRecord();
                const QString previousName = record.name.toCaseFolded();
                record.key = key;
                record.name = importRow.name.simplified();
                record.phone = importRow.phone.simplified();
                record.notes = importRow.notes;
                record.idSuffix = maskedSuffix(importRow.secrets.instanceId);
                if (record.name.isEmpty() || record.name.size() > maximumNameLength) {
                    summary.skipped.append({importRow.line, tr("the name is empty or too long")});
                    continue;
                }
                const QUuid nameOwner = keyByName.value(record.name.toCaseFolded());
                if (!nameOwner.isNull() && nameOwner != key) {
                    summary.skipped.append({importRow.line, tr("the name \"%1\" belongs to another instance").arg(record.name)});
                    continue;
                }
                if (updating) {
                    keyByName.remove(previousName);
                    records[*existingRow] = record;
                    ++summary.updated;
                } else {
                    rowByKey.insert(key, records.size());
                    records.append(record);
                    ++summary.added;
                }
                keyByName.insert(record.name.toCaseFolded(), key);
                imported.insert(key, importRow.secrets);
            }
            return Error();
        };

        // Secrets first, so no row is ever listed without its credentials.
        QList<InstanceRecord> planned = m_records;
        merge(planned);
        ReplacedSecrets replaced;
        if (Error vaultError = m_vault->update([&](VaultContents &c) { replaced = putSecrets(c, imported); })) {
            done(vaultError, {});
            return;
        }
        // Merged again on the freshest list, in case another process saved meanwhile.
        if (Error indexError = changeIndex(Notify::Reset, {}, merge)) {
            putBack(replaced);
            done(indexError, {});
            return;
        }
        done({}, summary);
    });
}

void InstanceRepository::instanceSecrets(const QUuid &key, QObject *context,
                                         std::function<void(const Error &, const InstanceSecrets &)> done)
{
    m_vault->open(context, [this, key, done](const Error &error) {
        if (error) {
            done(error, {});
            return;
        }
        const InstanceSecrets secrets = m_vault->contents().instances.value(key);
        if (!secrets.isComplete())
            done(ErrorCode::InstanceSecretsMissing, {});
        else
            done({}, secrets);
    });
}

void InstanceRepository::apiCredentials(const QUuid &key, QObject *context,
                                        std::function<void(const Error &, const ApiCredentials &)> done)
{
    instanceSecrets(key, context, [this, done](const Error &error, const InstanceSecrets &secrets) {
        if (error) {
            done(error, {});
            return;
        }
        done({}, ApiCredentials{secrets, m_vault->contents().clientToken});
    });
}

void InstanceRepository::clientToken(QObject *context,
                                     std::function<void(const Error &, const QString &)> done)
{
    m_vault->open(context, [this, done](const Error &error) {
        done(error, error ? QString() : m_vault->contents().clientToken);
    });
}

void InstanceRepository::setClientToken(const QString &token, QObject *context, Callback done)
{
    const QString trimmed = token.trimmed();
    if (!trimmed.isEmpty()) {
        if (Error error = Validation::checkClientToken(trimmed)) {
            done(error);
            return;
        }
    }
    m_vault->open(context, [this, trimmed, done](const Error &error) {
        if (error) {
            done(error);
            return;
        }
        done(m_vault->update([&](VaultContents &c) { c.clientToken = trimmed; }));
    });
}

Error InstanceRepository::setStatus(const QUuid &key, ConnectionStatus status)
{
    const QDateTime now = m_clock.now();
    return changeIndex(Notify::Update, key, [&](QList<InstanceRecord> &records) {
        for (InstanceRecord &record : records) {
            if (record.key == key) {
                record.status = status;
                record.statusCheckedAt = now;
                return Error();
            }
        }
        return Error(ErrorCode::UnknownInstance);
    });
}

Error InstanceRepository::setLastCodeAt(const QUuid &key, const QDateTime &when)
{
    return changeIndex(Notify::Update, key, [&](QList<InstanceRecord> &records) {
        for (InstanceRecord &record : records) {
            if (record.key == key) {
                record.lastCodeAt = when;
                return Error();
            }
        }
        return Error(ErrorCode::UnknownInstance);
    });
}

} // namespace PartnerDesk
