#include "CredentialVault.h"

#include "Database.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

namespace PartnerDesk {

namespace {
// A first use in another process takes a keychain write: seconds at most.
constexpr int keyLockTimeoutMs = 15000;
const QString keyCheckName = QStringLiteral("key_check");
} // namespace

CredentialVault::CredentialVault(Database *database, std::unique_ptr<VaultKeyStore> keyStore,
                                 QString keyLockPath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_keyStore(std::move(keyStore))
    , m_keyLockPath(std::move(keyLockPath))
    , m_clock(clock)
{
}

CredentialVault::~CredentialVault() = default;

void CredentialVault::open(QObject *context, Callback done)
{
    auto guarded = [context = QPointer<QObject>(context), done](const Error &error) {
        if (context)
            done(error);
    };
    switch (m_state) {
    case State::Open:
    case State::Failed: {
        const Error result = m_state == State::Failed ? m_failure : Error();
        QTimer::singleShot(0, context, [done, result] { done(result); });
        return;
    }
    case State::Opening:
        m_waiting.append(guarded);
        return;
    case State::Closed:
        break;
    }

    m_state = State::Opening;
    emit stateChanged(m_state);
    m_waiting.append(guarded);
    m_keyStore->readKey(this, [this](const Error &error, bool found, SecureBytes key) {
        if (error)
            finishOpening(error, State::Closed); // keychain trouble may pass: allow a retry
        else if (found)
            useKey(std::move(key));
        else
            createKey(); // a lost key or a first use: told apart under the lock
    });
}

void CredentialVault::useKey(SecureBytes key)
{
    m_keyLock.reset();
    if (key.size() != Sealing::keySize) {
        qCWarning(lcStore) << "The keychain's entry holds" << key.size() << "bytes, not a vault key";
        finishOpening(Error(ErrorCode::VaultKeyWrongSize, QString::number(key.size())), State::Failed);
        return;
    }
    const QByteArray check = storedKeyCheck();
    // A newer version's sealing cannot be judged here: its key may well be the right one.
    if (!check.isEmpty() && check.at(0) > Sealing::formatVersion) {
        qCWarning(lcStore) << "The database's key check was sealed by a newer version, format" << int(check.at(0));
        finishOpening(ErrorCode::StoreTooNew, State::Failed);
        return;
    }
    if (!check.isEmpty() && !Sealing::matchesKeyCheck(check, key)) {
        qCWarning(lcStore) << "The keychain's key does not open this profile's database";
        finishOpening(ErrorCode::VaultUnreadable, State::Failed);
        return;
    }
    if (m_keyReadyHook) {
        if (Error error = m_keyReadyHook(key)) {
            finishOpening(error, error.code == ErrorCode::VaultUnreadable ? State::Failed : State::Closed);
            return;
        }
    }
    // A key and nothing sealed with it yet (a first use cut short, or a profile moved over
    // from the files of Partner Desk 0.1): this key is the profile's from now on.
    if (check.isEmpty()) {
        if (Error error = storeKeyCheck(key)) {
            finishOpening(error, State::Closed);
            return;
        }
    }
    m_sealer = std::make_shared<const Sealing::Sealer>(std::move(key));
    finishOpening({}, State::Open);
}

// No key in the keychain: a first use, or a lost key. Under a lock shared with other
// processes, the keychain is asked again: another process may have made the key while we
// waited, and then that key is the one to use.
void CredentialVault::createKey()
{
    if (!m_keyLockPath.isEmpty() && !m_keyLock) {
        m_keyLock = std::make_unique<QLockFile>(m_keyLockPath);
        m_keyLock->setStaleLockTime(std::chrono::milliseconds(keyLockTimeoutMs * 2));
        if (!m_keyLock->tryLock(keyLockTimeoutMs)) {
            m_keyLock.reset();
            finishOpening(Error(ErrorCode::VaultWriteFailed, Database::busyDetail()), State::Closed);
            return;
        }
        m_keyStore->readKey(this, [this](const Error &error, bool found, SecureBytes key) {
            if (error) {
                m_keyLock.reset();
                finishOpening(error, State::Closed);
            } else if (found) {
                useKey(std::move(key));
            } else {
                createKey();
            }
        });
        return;
    }
    // Still no key. Sealed values mean it was lost; they are only looked for now, under the
    // lock: another process's first use may have sealed something since our first read
    // found no key, and its key (in the keychain by now) is the one to use, not a lost one.
    if (holdsSealedValues()) {
        m_keyLock.reset();
        finishOpening(ErrorCode::VaultKeyMissing, State::Failed);
        return;
    }
    auto key = std::make_shared<SecureBytes>(SecureBytes::random(Sealing::keySize));
    m_keyStore->writeKey(*key, this, [this, key](const Error &error) {
        if (error) {
            m_keyLock.reset();
            finishOpening(error, State::Closed);
            return;
        }
        useKey(std::move(*key));
    });
}

void CredentialVault::finishOpening(const Error &error, State state)
{
    m_state = state;
    m_failure = state == State::Failed ? error : Error();
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    emit stateChanged(m_state);
    for (const Callback &callback : waiting)
        callback(error);
}

bool CredentialVault::holdsSealedValues() const
{
    QSqlQuery statement = m_database->query(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM meta WHERE name IN ('key_check', 'legacy_vault'))"
        " OR EXISTS (SELECT 1 FROM instance_credentials) OR EXISTS (SELECT 1 FROM account_secrets)"));
    // Unreadable: better to say the key is missing than to make a new one over sealed data.
    return !statement.exec() || !statement.next() || statement.value(0).toBool();
}

QByteArray CredentialVault::storedKeyCheck() const
{
    QSqlQuery statement = m_database->query(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    statement.addBindValue(keyCheckName);
    if (!statement.exec() || !statement.next())
        return {};
    return statement.value(0).toByteArray();
}

Error CredentialVault::storeKeyCheck(const SecureBytes &key)
{
    return m_database->write([&]() -> Error {
        QSqlQuery statement = m_database->query(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
        statement.addBindValue(keyCheckName);
        statement.addBindValue(Sealing::keyCheck(key));
        return statement.exec() ? Error() : Database::failure(statement);
    });
}

void CredentialVault::startOver(QObject *context, std::function<void(const Error &, const KeptAside &)> done)
{
    if (!canStartOver()) {
        QTimer::singleShot(0, context, [done, refused = m_failure] { done(refused, {}); });
        return;
    }
    const State previousState = m_state;
    const Error previousFailure = m_failure;
    auto kept = std::make_shared<KeptAside>();
    m_state = State::Opening;
    m_failure = {};
    m_waiting.append([context = QPointer<QObject>(context), done, kept](const Error &error) {
        if (context)
            done(error, *kept);
    });
    // What the keychain holds now, whatever it is, goes aside with the database.
    m_keyStore->readKey(this, [this, kept, previousState, previousFailure](const Error &error, bool found, SecureBytes oldKey) {
        if (error) {
            abandonStartOver(previousState, previousFailure, error);
            return;
        }
        const QString path = m_database->path();
        if (path.isEmpty()) { // in memory (demo): nothing outlives the process to keep
            replaceKey(kept, previousState, previousFailure, {});
            return;
        }
        const QString aside = Database::keptAsidePath(path, QStringLiteral("unreadable"), m_clock);
        if (Error copyError = m_database->copyTo(aside)) {
            abandonStartOver(previousState, previousFailure, copyError);
            return;
        }
        qCInfo(lcStore) << "The database as it was is kept aside as" << aside;
        kept->store = QDir::toNativeSeparators(aside);
        if (!found) {
            replaceKey(kept, previousState, previousFailure, aside);
            return;
        }
        // Under the copy's own suffix, so each kept key names the copy it opens.
        std::shared_ptr<VaultKeyStore> keptEntry = m_keyStore->keptEntry(aside.mid(path.size() + 1));
        auto old = std::make_shared<SecureBytes>(std::move(oldKey));
        keptEntry->writeKey(*old, this, [this, keptEntry, old, kept, previousState, previousFailure, aside](const Error &keepError) {
            if (keepError) {
                QFile::remove(aside);
                *kept = {};
                abandonStartOver(previousState, previousFailure, keepError);
                return;
            }
            qCInfo(lcStore) << "The key the keychain held is kept beside it, for" << aside;
            kept->key = true;
            replaceKey(kept, previousState, previousFailure, aside);
        });
    });
}

void CredentialVault::replaceKey(std::shared_ptr<KeptAside> kept, State previousState, Error previousFailure,
                                 const QString &aside)
{
    auto key = std::make_shared<SecureBytes>(SecureBytes::random(Sealing::keySize));
    m_keyStore->writeKey(*key, this, [this, key, kept, previousState, previousFailure, aside](const Error &error) {
        if (error) {
            // The old key is still in place: the copy is not needed. A key kept beside it stays
            // (a second copy of that same key): VaultKeyStore has no delete to take it back.
            if (!aside.isEmpty())
                QFile::remove(aside);
            *kept = {};
            abandonStartOver(previousState, previousFailure, error);
            return;
        }
        const Error dropError = m_database->write([&]() -> Error {
            for (const QString &sql : {QStringLiteral("DELETE FROM instance_credentials"),
                                       QStringLiteral("DELETE FROM account_secrets"),
                                       QStringLiteral("DELETE FROM meta WHERE name = 'legacy_vault'")}) {
                QSqlQuery statement = m_database->query(sql);
                if (!statement.exec())
                    return Database::failure(statement);
            }
            QSqlQuery check = m_database->query(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
            check.addBindValue(keyCheckName);
            check.addBindValue(Sealing::keyCheck(*key));
            return check.exec() ? Error() : Database::failure(check);
        });
        if (dropError) {
            // The old key and the database as it was are both kept: starting over again works.
            abandonStartOver(State::Failed, ErrorCode::VaultUnreadable, dropError);
            return;
        }
        m_sealer = std::make_shared<const Sealing::Sealer>(std::move(*key));
        finishOpening({}, State::Open);
    });
}

void CredentialVault::readKeptKey(const QString &keptStore, QObject *context, VaultKeyStore::ReadCallback done)
{
    const QString prefix = m_database->path() + QLatin1Char('.');
    const QString path = QDir::fromNativeSeparators(keptStore);
    if (m_database->path().isEmpty() || !path.startsWith(prefix) || path.size() == prefix.size()) {
        QTimer::singleShot(0, context, [done] { done({}, false, {}); });
        return;
    }
    std::shared_ptr<VaultKeyStore> keptEntry = m_keyStore->keptEntry(path.mid(prefix.size()));
    keptEntry->readKey(context, [keptEntry, done](const Error &error, bool found, SecureBytes key) {
        done(error, found, std::move(key));
    });
}

void CredentialVault::abandonStartOver(State state, const Error &failure, const Error &error)
{
    // startOver() announced no state change, so going back announces none either.
    m_state = state;
    m_failure = failure;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(error);
}

QByteArray CredentialVault::seal(const QByteArray &plain, const Sealing::Binding &binding) const
{
    Q_ASSERT(isOpen());
    return m_sealer->seal(plain, binding);
}

bool CredentialVault::unseal(const QByteArray &sealed, const Sealing::Binding &binding, QByteArray *plain) const
{
    Q_ASSERT(isOpen());
    return m_sealer->open(sealed, binding, plain);
}

QByteArray CredentialVault::instanceIdTag(const QString &instanceId) const
{
    Q_ASSERT(isOpen());
    return m_sealer->instanceIdTag(instanceId);
}

} // namespace PartnerDesk
