#include "VaultKeyStore.h"

#include "util/Logging.h"

#include <QLibrary>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#endif

#include <memory>

namespace PartnerDesk {

namespace {

Error errorFromKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return ErrorCode::KeychainUnavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: // libsecret: the keyring is locked
        return ErrorCode::KeychainAccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return ErrorCode::KeychainFailed;
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)

const QString secretServiceName = QStringLiteral("org.freedesktop.secrets");
constexpr int probeTimeoutMs = 5000;

// Calls `then` with the bus's answer (an error message if none came) on the context's thread.
void whenAnswered(QDBusMessage call, QObject *context, std::function<void(const QDBusMessage &)> then)
{
    call.setAutoStartService(false); // a probe asks what is there; it starts nothing
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, probeTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->reply());
    });
}

// The items QtKeychain's libsecret backend keeps for (service, key), locked or not.
QDBusMessage searchItems(const QString &service, const QString &key)
{
    qDBusRegisterMetaType<QMap<QString, QString>>(); // a{ss}; registering again is harmless
    QDBusMessage call = QDBusMessage::createMethodCall(secretServiceName, QStringLiteral("/org/freedesktop/secrets"),
                                                      QStringLiteral("org.freedesktop.Secret.Service"),
                                                      QStringLiteral("SearchItems"));
    call << QVariant::fromValue(QMap<QString, QString>{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}});
    return call;
}

// Turns what QtKeychain says on Linux into what the user can act on, asking the Secret
// Service when QtKeychain cannot know.
void explainFailure(QKeychain::Error error, const QString &service, const QString &key, QObject *context,
                    std::function<void(const Error &)> done)
{
    if (error == QKeychain::EntryNotFound) {
        // libsecret reads an item it could not unlock (locked keyring, unlock prompt dismissed
        // or impossible) as absent, and QtKeychain 0.13 passes that on as EntryNotFound. A
        // locked keyring must not look like a lost key: the vault would offer to start over.
        whenAnswered(searchItems(service, key), context, [done](const QDBusMessage &reply) {
            const bool locked = reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2
                && !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
            done(locked ? Error(ErrorCode::KeychainAccessDenied) : Error());
        });
        return;
    }
    if (error == QKeychain::OtherError) {
        // A session bus with no keychain on it: libsecret only says a D-Bus name is unknown.
        const QDBusMessage listNames = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"));
        whenAnswered(listNames, context, [done](const QDBusMessage &reply) {
            const QStringList names = reply.arguments().value(0).toStringList();
            const bool keychainRunning = names.contains(secretServiceName)
                || names.contains(QLatin1String("org.kde.kwalletd5")) || names.contains(QLatin1String("org.kde.kwalletd6"));
            done(keychainRunning ? ErrorCode::KeychainFailed : ErrorCode::KeychainUnavailable);
        });
        return;
    }
    done(errorFromKeychain(error));
}

#else

void explainFailure(QKeychain::Error error, const QString &, const QString &, QObject *,
                    std::function<void(const Error &)> done)
{
    done(errorFromKeychain(error));
}

#endif

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // Never store a secret unencrypted when no keychain is available: fail instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// On Linux the Secret Service lives on the D-Bus session bus. Without a bus QtKeychain only
// says "OtherError"; this tells the user the useful thing: there is no keychain to talk to.
bool keychainReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

// Runs `action` on the context's thread later, unless the context is gone by then.
void deliver(QObject *context, std::function<void()> action)
{
    QTimer::singleShot(0, context, std::move(action));
}

// A callback that runs once: whoever takes it first (the keychain's answer or the timeout)
// gets it, the other gets an empty one.
template<typename Callback>
class OneAnswer
{
public:
    explicit OneAnswer(Callback done) : m_done(std::make_shared<Callback>(std::move(done))) {}
    Callback take() const { return std::exchange(*m_done, Callback()); }

private:
    std::shared_ptr<Callback> m_done;
};

// libsecret keeps the session it opened with the Secret Service for the life of the process:
// once the keyring daemon restarts (a crash, a log-out of another session, an update), every
// call fails with "The session wrapping the secret does not exist" until the app restarts.
// Dropping libsecret's cached service makes the next call open a new session. QtKeychain loads
// libsecret itself; asking for it again gives the same loaded copy. True when there was one.
bool forgetSecretServiceSession()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QLibrary libsecret(QStringLiteral("secret-1"), 0);
    using Disconnect = void (*)();
    if (auto disconnect = reinterpret_cast<Disconnect>(libsecret.resolve("secret_service_disconnect"))) {
        disconnect();
        return true;
    }
#endif
    return false;
}

void warnNoAnswer(std::chrono::milliseconds waited)
{
    qCWarning(lcStore) << "The keychain did not answer within" << waited.count() << "ms";
}

// A plain copy of the key handed to a QtKeychain job, wiped when the job is destroyed: by then
// the job's own shallow copy is released, and this wipes the one buffer they shared.
void wipeWhenDestroyed(QObject *job, QByteArray plain)
{
    struct PlainCopy
    {
        QByteArray bytes;
        ~PlainCopy() { wipe(bytes); }
    };
    // Made in place: a temporary PlainCopy would wipe the shared buffer as it goes.
    auto copy = std::make_shared<PlainCopy>();
    copy->bytes = std::move(plain);
    QObject::connect(job, &QObject::destroyed, job, [copy] {}); // released with the job's connections
}

void startRead(const QString &service, const QString &key, QObject *context,
               const OneAnswer<VaultKeyStore::ReadCallback> &answer, bool mayRetry)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(service, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, answer, context, mayRetry, service, key] {
        if (job->error() == QKeychain::OtherError && mayRetry && forgetSecretServiceSession()) {
            qCInfo(lcStore) << "Keychain read failed; asking again on a new Secret Service session";
            startRead(service, key, context, answer, false);
            return;
        }
        if (job->error() == QKeychain::NoError) {
            // binaryData() is a shallow copy of the job's own: wiping it in place wipes the
            // job's too. What QtKeychain's backend made on the way (libsecret's base64 text, the
            // D-Bus message) is out of reach here: it is wiped as it is freed, in the
            // executables on Linux (util/WipeOnFree.cpp); libsecret wipes the password it returns.
            QByteArray raw = job->binaryData();
            SecureBytes found = SecureBytes::fromByteArray(raw);
            wipe(raw);
            if (VaultKeyStore::ReadCallback callback = answer.take())
                callback({}, true, std::move(found));
            return;
        }
        if (job->error() != QKeychain::EntryNotFound) {
            // errorString() names the backend's problem, never the secret.
            qCWarning(lcStore) << "Keychain read failed:" << job->error() << job->errorString();
        }
        explainFailure(job->error(), service, key, context, [answer](const Error &error) {
            if (VaultKeyStore::ReadCallback callback = answer.take())
                callback(error, false, {});
        });
    });
    job->start();
}

void startWrite(const QString &service, const QString &itemKey, const SecureBytes &key, QObject *context,
                const OneAnswer<VaultKeyStore::WriteCallback> &answer, bool mayRetry)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service, itemKey);
    // The job keeps a shallow copy of the key until it is gone: wiped only then (see
    // wipeWhenDestroyed), since wiping it sooner would zero the key the job is to write.
    QByteArray raw = key.toByteArray();
    job->setBinaryData(raw);
    wipeWhenDestroyed(job, std::move(raw));
    // The retry needs the key again: a guarded copy lives only until this job has answered.
    std::shared_ptr<SecureBytes> retryKey;
    if (mayRetry) {
        QByteArray copy = key.toByteArray();
        retryKey = std::make_shared<SecureBytes>(SecureBytes::fromByteArray(copy));
        wipe(copy);
    }
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, answer, context, retryKey, service, itemKey] {
        if (job->error() == QKeychain::OtherError && retryKey && forgetSecretServiceSession()) {
            qCInfo(lcStore) << "Keychain write failed; trying again on a new Secret Service session";
            startWrite(service, itemKey, *retryKey, context, answer, false);
            return;
        }
        if (job->error() == QKeychain::NoError) {
            if (VaultKeyStore::WriteCallback callback = answer.take())
                callback({});
            return;
        }
        qCWarning(lcStore) << "Keychain write failed:" << job->error() << job->errorString();
        explainFailure(job->error(), service, itemKey, context, [answer](const Error &error) {
            if (VaultKeyStore::WriteCallback callback = answer.take())
                callback(error);
        });
    });
    job->start();
}

} // namespace

KeychainVaultKeyStore::KeychainVaultKeyStore(QString service, QString key, std::chrono::milliseconds answerTimeout)
    : m_service(std::move(service)), m_key(std::move(key)), m_answerTimeout(answerTimeout)
{
}

void KeychainVaultKeyStore::readKey(QObject *context, ReadCallback done)
{
    if (!keychainReachable()) {
        deliver(context, [done = std::move(done)] { done(ErrorCode::KeychainUnavailable, false, {}); });
        return;
    }
    const OneAnswer<ReadCallback> answer(std::move(done));
    QTimer::singleShot(m_answerTimeout, context, [answer, waited = m_answerTimeout] {
        if (ReadCallback callback = answer.take()) {
            warnNoAnswer(waited);
            callback(ErrorCode::KeychainTimeout, false, {});
        }
    });
    startRead(m_service, m_key, context, answer, true);
}

void KeychainVaultKeyStore::writeKey(const SecureBytes &key, QObject *context, WriteCallback done)
{
    if (!keychainReachable()) {
        deliver(context, [done = std::move(done)] { done(ErrorCode::KeychainUnavailable); });
        return;
    }
    const OneAnswer<WriteCallback> answer(std::move(done));
    QTimer::singleShot(m_answerTimeout, context, [answer, waited = m_answerTimeout] {
        if (WriteCallback callback = answer.take()) {
            warnNoAnswer(waited);
            callback(ErrorCode::KeychainTimeout);
        }
    });
    startWrite(m_service, m_key, key, context, answer, true);
}

std::unique_ptr<VaultKeyStore> KeychainVaultKeyStore::keptEntry(const QString &suffix) const
{
    return std::make_unique<KeychainVaultKeyStore>(m_service, m_key + QLatin1Char('.') + suffix, m_answerTimeout);
}

void KeychainVaultKeyStore::deleteKey(QObject *context, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, m_key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(errorFromKeychain(job->error()));
    });
    job->start();
}

EphemeralVaultKeyStore::EphemeralVaultKeyStore() : EphemeralVaultKeyStore(std::make_shared<Entries>(), QString()) {}

EphemeralVaultKeyStore::EphemeralVaultKeyStore(std::shared_ptr<Entries> entries, QString entry)
    : m_entries(std::move(entries)), m_entry(std::move(entry))
{
}

void EphemeralVaultKeyStore::readKey(QObject *context, ReadCallback done)
{
    deliver(context, [entries = m_entries, entry = m_entry, done = std::move(done)] {
        const auto found = entries->constFind(entry);
        if (found == entries->cend())
            done({}, false, {});
        else
            done({}, true, SecureBytes::fromByteArray(*found));
    });
}

void EphemeralVaultKeyStore::writeKey(const SecureBytes &key, QObject *context, WriteCallback done)
{
    QByteArray &stored = (*m_entries)[m_entry];
    wipe(stored);
    stored = key.toByteArray();
    deliver(context, [done = std::move(done)] { done({}); });
}

std::unique_ptr<VaultKeyStore> EphemeralVaultKeyStore::keptEntry(const QString &suffix) const
{
    return std::unique_ptr<VaultKeyStore>(new EphemeralVaultKeyStore(m_entries, m_entry + QLatin1Char('.') + suffix));
}

} // namespace PartnerDesk
