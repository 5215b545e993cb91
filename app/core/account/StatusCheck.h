#pragma once

#include "store/InstanceRecord.h"
#include "store/InstanceRepository.h"
#include "util/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace PartnerDesk {

class Workspace;
class ZApiCall;

// One instance's answer in a status check.
struct StatusCheckResult
{
    QUuid key;
    ConnectionStatus status = ConnectionStatus::Unknown; // Unknown when `error`
    QString serverMessage; // Z-API's own words ("You are not connected"), plain text
    Error error;           // this instance's failure (its credentials rejected, a timeout...)
};

// Asks Z-API for the status of many instances, at most maximumInFlight requests at once,
// and saves the results in batches (InstanceRepository::setStatuses), not one write per row.
// A failure stays with its instance (checked() carries it); only a failure that would hit
// every instance alike (no Client-Token, a rejected one, the keychain) stops the check, once.
//
// Each instance takes one of the maximumInFlight places from the moment its credentials are
// read (InstanceRepository::apiCredentials) until Z-API's answer is in.
//
// Saving: every resultsPerSave answers, and once more when the check ends (finished, stopped
// or cancelled), in one transaction each, so a change of the list follows per batch (one
// InstanceRepository::changed()). checked() comes as each answer arrives, before its batch
// is saved. A failed check of an instance saves nothing: its row keeps its last known status.
//
// Which failures stop the check: the Client-Token missing, rejected, invalid or unreadable;
// the keychain, the vault and the database; the API address (invalid, insecure, not found,
// TLS, a redirect elsewhere); and Z-API asking to slow down (RateLimited, whose
// retryAfterSeconds finished() carries). Everything else (the instance's credentials
// rejected or missing, an expired subscription, a timeout, a failed connection, a server
// error, an answer that makes no sense) is that instance's. Stopped by such a failure, the
// check sends nothing more and says so at once; the few requests already sent (answered alike,
// as a rule) end by themselves and their answers are dropped. A new start() cancels any left.
//
// Must not outlive the workspace.
class StatusCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumInFlight = 4;
    static constexpr int resultsPerSave = 50;

    explicit StatusCheck(Workspace *workspace, QObject *parent = nullptr);
    // A check still running stops without finished(); results not saved yet are dropped (the
    // workspace may be going too).
    ~StatusCheck() override;

    // Instances removed meanwhile are skipped (no checked(), not in finished()'s counts; in
    // progress() they count as done), and a key given twice is checked once. One check at a
    // time per object: does nothing while one runs.
    // Everything it reports comes later, never inside the call (an empty list too).
    void start(const QList<QUuid> &keys);
    // Stops at once: requests in flight are cancelled, the results so far are saved;
    // finished() follows with Cancelled, before cancel() returns. Nothing while no check runs.
    void cancel();
    bool isRunning() const { return m_running; }

    // Whether `error` would hit every instance alike, and so stops a check.
    static bool isCommonFailure(const Error &error);

signals:
    void checked(const PartnerDesk::StatusCheckResult &result);
    // After each instance (a skipped one too): `done` of `total`.
    void progress(int done, int total);
    // `error`: why it stopped early (Cancelled, or a failure common to every instance).
    void finished(int connected, int disconnected, int failed, const PartnerDesk::Error &error);

private:
    void startMore();
    void checkOne(const QUuid &key);
    void answered(const StatusCheckResult &result, bool skipped);
    // Saves the batch so far; false (and the check stopped) when that failed.
    bool save();
    enum class Requests { Abort, LetEnd };
    void stop(const Error &error, Requests requests);
    void cancelRequests();

    Workspace *m_workspace;
    bool m_running = false;
    quint64 m_run = 0; // which run a callback belongs to: an older one's are dropped
    QList<QUuid> m_keys;
    int m_next = 0;     // of m_keys, the next to start
    int m_inFlight = 0; // credentials being read or a request waiting for its answer
    int m_done = 0;
    int m_connected = 0;
    int m_disconnected = 0;
    int m_failed = 0;
    QList<StatusResult> m_unsaved;
    QList<QPointer<ZApiCall>> m_calls;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::StatusCheckResult)
