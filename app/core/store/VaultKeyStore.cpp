#include "VaultKeyStore.h"

#include "util/Logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

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
    case QKeychain::AccessDenied:
        return ErrorCode::KeychainAccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return ErrorCode::KeychainFailed;
}

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

} // namespace

KeychainVaultKeyStore::KeychainVaultKeyStore(QString service, QString key)
    : m_service(std::move(service)), m_key(std::move(key))
{
}

void KeychainVaultKeyStore::readKey(QObject *context, ReadCallback done)
{
    if (!keychainReachable()) {
        deliver(context, [done = std::move(done)] { done(ErrorCode::KeychainUnavailable, false, {}); });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, m_key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound) {
            done({}, false, {});
            return;
        }
        if (job->error() != QKeychain::NoError) {
            // errorString() names the backend's problem, never the secret.
            qCWarning(lcStore) << "Keychain read failed:" << job->error() << job->errorString();
            done(errorFromKeychain(job->error()), false, {});
            return;
        }
        QByteArray raw = job->binaryData();
        SecureBytes key = SecureBytes::fromByteArray(raw);
        wipe(raw);
        done({}, true, std::move(key));
    });
    job->start();
}

void KeychainVaultKeyStore::writeKey(const SecureBytes &key, QObject *context, WriteCallback done)
{
    if (!keychainReachable()) {
        deliver(context, [done = std::move(done)] { done(ErrorCode::KeychainUnavailable); });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, m_key);
    QByteArray raw = key.toByteArray();
    job->setBinaryData(raw);
    wipe(raw);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            qCWarning(lcStore) << "Keychain write failed:" << job->error() << job->errorString();
        done(errorFromKeychain(job->error()));
    });
    job->start();
}

void KeychainVaultKeyStore::deleteKey(QObject *context, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, m_key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(errorFromKeychain(job->error()));
    });
    job->start();
}

void EphemeralVaultKeyStore::readKey(QObject *context, ReadCallback done)
{
    deliver(context, [this, done = std::move(done)] {
        if (m_key.isEmpty())
            done({}, false, {});
        else
            done({}, true, SecureBytes::fromByteArray(m_key));
    });
}

void EphemeralVaultKeyStore::writeKey(const SecureBytes &key, QObject *context, WriteCallback done)
{
    m_key = key.toByteArray();
    deliver(context, [done = std::move(done)] { done({}); });
}

} // namespace PartnerDesk
