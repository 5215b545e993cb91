#include "StatusCheck.h"

#include "Workspace.h"
#include "zapi/ZApiClient.h"

#include <QSet>
#include <QTimer>

namespace PartnerDesk {

StatusCheck::StatusCheck(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

StatusCheck::~StatusCheck()
{
    // Nothing of the workspace is touched here: it may be on its way out (its repository
    // first). Only the requests, which are the client's, are cancelled.
    ++m_run;
    m_running = false;
    cancelRequests();
}

bool StatusCheck::isCommonFailure(const Error &error)
{
    switch (error.code) {
    // The account's Client-Token goes with every request.
    case ErrorCode::ClientTokenMissing:
    case ErrorCode::ClientTokenRejected:
    case ErrorCode::InvalidClientToken:
    case ErrorCode::ClientTokenUnreadable:
    // Every instance's credentials are unsealed with the same key.
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainAccessDenied:
    case ErrorCode::KeychainFailed:
    case ErrorCode::KeychainTimeout:
    case ErrorCode::VaultKeyMissing:
    case ErrorCode::VaultUnreadable:
    case ErrorCode::VaultKeyWrongSize:
    case ErrorCode::VaultAccessFailed:
    case ErrorCode::VaultWriteFailed:
    case ErrorCode::StoreUnreadable:
    case ErrorCode::StoreAccessFailed:
    case ErrorCode::StoreWriteFailed:
    case ErrorCode::StoreTooNew:
    // Every request goes to the same address.
    case ErrorCode::InvalidApiBaseUrl:
    case ErrorCode::InsecureApiBaseUrl:
    case ErrorCode::HostNotFound:
    case ErrorCode::TlsFailure:
    case ErrorCode::RedirectBlocked:
    // Z-API asks to slow down: asking on for the other instances would not help.
    case ErrorCode::RateLimited:
        return true;
    default:
        return false;
    }
}

void StatusCheck::start(const QList<QUuid> &keys)
{
    if (m_running)
        return;
    m_running = true;
    const quint64 run = ++m_run;
    m_keys.clear();
    QSet<QUuid> given;
    for (const QUuid &key : keys) {
        if (!given.contains(key)) {
            given.insert(key);
            m_keys.append(key);
        }
    }
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_connected = 0;
    m_disconnected = 0;
    m_failed = 0;
    m_unsaved.clear();
    cancelRequests(); // any of a check that stopped before still on their way
    // Later, so that even an empty check answers after start() has returned.
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run)
            startMore();
    });
}

void StatusCheck::cancel()
{
    stop(ErrorCode::Cancelled, Requests::Abort);
}

void StatusCheck::startMore()
{
    const quint64 run = m_run;
    while (run == m_run && m_inFlight < maximumInFlight && m_next < m_keys.size())
        checkOne(m_keys.at(m_next++));
    if (run != m_run || m_inFlight > 0 || m_next < m_keys.size())
        return;

    // Every instance has answered.
    if (!save() || run != m_run)
        return;
    ++m_run;
    m_running = false;
    emit finished(m_connected, m_disconnected, m_failed, {});
}

void StatusCheck::checkOne(const QUuid &key)
{
    ++m_inFlight;
    const quint64 run = m_run;
    m_workspace->repository()->apiCredentials(key, this, [this, run, key](const Error &error,
                                                                           const ApiCredentials &credentials) {
        if (run != m_run)
            return;
        if (error.code == ErrorCode::UnknownInstance) {
            answered({key, ConnectionStatus::Unknown, {}, {}}, true); // removed meanwhile
            return;
        }
        if (isCommonFailure(error)) {
            stop(error, Requests::LetEnd);
            return;
        }
        if (error) {
            answered({key, ConnectionStatus::Unknown, {}, error}, false);
            return;
        }
        // The credentials go into the request and are not kept here.
        ZApiCall *call = m_workspace->client()->instanceStatus(
            credentials, this, [this, run, key](const Error &statusError, const InstanceStatus &status) {
                if (run != m_run)
                    return; // stopped: its end was said already
                if (isCommonFailure(statusError)) {
                    stop(statusError, Requests::LetEnd);
                    return;
                }
                if (statusError) {
                    answered({key, ConnectionStatus::Unknown, {}, statusError}, false);
                    return;
                }
                answered({key, status.connected ? ConnectionStatus::Connected : ConnectionStatus::Disconnected,
                          status.serverMessage, {}},
                         false);
            });
        m_calls.removeAll(nullptr); // those answered are gone
        m_calls.append(call);
    });
}

void StatusCheck::answered(const StatusCheckResult &result, bool skipped)
{
    const quint64 run = m_run;
    --m_inFlight;
    ++m_done;
    if (!skipped) {
        if (result.error) {
            ++m_failed;
        } else {
            if (result.status == ConnectionStatus::Connected)
                ++m_connected;
            else
                ++m_disconnected;
            m_unsaved.append({result.key, result.status});
        }
        emit checked(result);
        if (run != m_run)
            return; // cancelled from a slot
    }
    emit progress(m_done, static_cast<int>(m_keys.size()));
    if (run != m_run)
        return;
    if (m_unsaved.size() >= resultsPerSave && !save())
        return;
    startMore();
}

bool StatusCheck::save()
{
    if (m_unsaved.isEmpty())
        return true;
    const QList<StatusResult> batch = std::exchange(m_unsaved, {});
    if (const Error error = m_workspace->repository()->setStatuses(batch)) {
        stop(error, Requests::LetEnd);
        return false;
    }
    return true;
}

void StatusCheck::stop(const Error &error, Requests requests)
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    // A failure common to all is typically in every answer at once: the others in flight
    // have theirs already, or nearly. Aborting a reply whose answer is half in makes Qt warn
    // ("error: Internal problem, this method must only be called once"); left alone, they end
    // by themselves (their deadline bounds them) and are dropped. The next start() or the
    // destructor aborts whatever is left.
    if (requests == Requests::Abort)
        cancelRequests();
    Error reported = error;
    if (!m_unsaved.isEmpty()) {
        const QList<StatusResult> batch = std::exchange(m_unsaved, {});
        if (const Error saveError = m_workspace->repository()->setStatuses(batch); saveError && !reported)
            reported = saveError;
    }
    emit finished(m_connected, m_disconnected, m_failed, reported);
}

void StatusCheck::cancelRequests()
{
    // Their callbacks run (maybe inside cancel()) for a run that is over, and are dropped.
    const QList<QPointer<ZApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ZApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

} // namespace PartnerDesk
