#include "CredentialVault.h"

#include "IndexFile.h"
#include "util/Clock.h"
#include "util/LogRedaction.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTimer>

namespace PartnerDesk {

namespace {
constexpr int lockTimeoutMs = 5000;

// Every secret this process decrypts or is given is kept out of its log messages.
void keepOutOfLogs(const VaultContents &contents)
{
    LogRedaction::remember(contents.clientToken);
    LogRedaction::remember(contents.partnerToken);
    for (const InstanceSecrets &secrets : contents.instances) {
        LogRedaction::remember(secrets.instanceId);
        LogRedaction::remember(secrets.instanceToken);
    }
}
} // namespace

CredentialVault::CredentialVault(QString vaultPath, std::unique_ptr<VaultKeyStore> keyStore,
                                 const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(vaultPath)), m_keyStore(std::move(keyStore)), m_clock(clock)
{
}

CredentialVault::~CredentialVault() = default;

void CredentialVault::open(QObject *context, Callback done)
{
    auto deliver = [context, done](const Error &error) {
        QTimer::singleShot(0, context, [done, error] { done(error); });
    };
    switch (m_state) {
    case State::Open:
        deliver({});
        return;
    case State::Failed:
        deliver(m_failure);
        return;
    case State::Opening:
        m_waiting.append([context = QPointer<QObject>(context), done](const Error &error) {
            if (context)
                done(error);
        });
        return;
    case State::Closed:
        break;
    }

    m_state = State::Opening;
    emit stateChanged(m_state);
    m_waiting.append([context = QPointer<QObject>(context), done](const Error &error) {
        if (context)
            done(error);
    });
    m_keyStore->readKey(this, [this](const Error &error, bool found, SecureBytes key) {
        if (error) {
            finishOpening(error, State::Closed); // keychain trouble may pass: allow a retry
            return;
        }
        const bool fileExists = !m_path.isEmpty() && QFileInfo::exists(m_path);
        if (!found) {
            if (fileExists)
                finishOpening(ErrorCode::VaultKeyMissing, State::Failed);
            else
                createKeyAndOpen();
            return;
        }
        if (key.size() != VaultFile::keySize) {
            finishOpening(ErrorCode::VaultUnreadable, State::Failed);
            return;
        }
        m_key = std::move(key);
        VaultContents contents;
        if (fileExists) {
            if (Error readError = readFile(&contents)) {
                m_key = SecureBytes();
                finishOpening(readError, readError.code == ErrorCode::VaultUnreadable ? State::Failed
                                                                                      : State::Closed);
                return;
            }
        }
        m_contents = std::move(contents);
        finishOpening({}, State::Open);
    });
}

void CredentialVault::createKeyAndOpen()
{
    auto key = std::make_shared<SecureBytes>(SecureBytes::random(VaultFile::keySize));
    m_keyStore->writeKey(*key, this, [this, key](const Error &error) {
        if (error) {
            finishOpening(error, State::Closed);
            return;
        }
        m_key = std::move(*key);
        m_contents = {};
        finishOpening({}, State::Open);
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

Error CredentialVault::readFile(VaultContents *contents)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::VaultAccessFailed, file.errorString());
    const QByteArray sealed = file.readAll();
    file.close();
    if (!VaultFile::open(sealed, m_key, contents)) {
        qCWarning(lcStore) << "Vault failed authentication:" << QDir::toNativeSeparators(m_path);
        return ErrorCode::VaultUnreadable;
    }
    keepOutOfLogs(*contents);
    return {};
}

Error CredentialVault::writeFile(const VaultContents &contents)
{
    return PrivateFile::write(m_path, VaultFile::seal(contents, m_key), ErrorCode::VaultWriteFailed);
}

Error CredentialVault::update(const std::function<void(VaultContents &)> &change)
{
    Q_ASSERT(isOpen());
    if (m_path.isEmpty()) {
        change(m_contents);
        keepOutOfLogs(m_contents);
        return {};
    }

    PrivateFile::makeDirectory(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return Error(ErrorCode::VaultWriteFailed, tr("another Partner Desk is saving"));

    VaultContents next = m_contents;
    if (QFileInfo::exists(m_path)) {
        if (Error error = readFile(&next))
            return error;
    }
    change(next);
    keepOutOfLogs(next);
    if (Error error = writeFile(next))
        return error;
    m_contents = std::move(next);
    return {};
}

void CredentialVault::startOver(QObject *context,
                                std::function<void(const Error &, const QString &)> done)
{
    // The new key first: should the keychain refuse it, the old vault stays where it was and
    // the vault as it was. Only then is the old file, which the new key cannot read, moved.
    const State previousState = m_state;
    const Error previousFailure = m_failure;
    auto keptAside = std::make_shared<QString>();
    m_state = State::Opening;
    m_failure = {};
    m_waiting.append([context = QPointer<QObject>(context), done, keptAside](const Error &error) {
        if (context)
            done(error, QDir::toNativeSeparators(*keptAside));
    });
    auto key = std::make_shared<SecureBytes>(SecureBytes::random(VaultFile::keySize));
    m_keyStore->writeKey(*key, this, [this, key, keptAside, previousState, previousFailure](const Error &error) {
        if (error) {
            abandonStartOver(previousState, previousFailure, error);
            return;
        }
        if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
            const QString aside = IndexFile::keptAsidePath(m_path, QStringLiteral("unreadable"), m_clock);
            if (!QFile::rename(m_path, aside)) {
                abandonStartOver(State::Failed, ErrorCode::VaultUnreadable,
                                 Error(ErrorCode::VaultWriteFailed, QDir::toNativeSeparators(m_path)));
                return;
            }
            qCInfo(lcStore) << "Old vault kept aside as" << aside;
            *keptAside = aside;
        }
        m_key = std::move(*key);
        m_contents = {};
        finishOpening({}, State::Open);
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

} // namespace PartnerDesk
