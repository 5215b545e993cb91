#pragma once

#include "store/InstanceRecord.h"
#include "util/Error.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace PartnerDesk {

class StatusCheck;
class Workspace;

// Every `Settings::watchIntervalMinutes()`, while Settings::watchForDisconnections() is on,
// checks every instance (a StatusCheck) and reports the customers that went from connected
// to not connected since the check before. No timer runs while it is off.
//
// "Before" is the status the list holds when a round starts (whoever recorded it: the round
// before, a Connect window, the CLI); "after" is what the round found. An instance the round
// could not check is not reported. The interval runs from the end of one round to the start
// of the next, so rounds never overlap, however long one takes.
//
// A round fails as a whole when its StatusCheck stops on a failure common to every instance,
// or when it could check none of the instances it tried (no network: every one timed out).
//
// Must not outlive the workspace.
class DisconnectionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DisconnectionWatcher(Workspace *workspace, QObject *parent = nullptr);
    ~DisconnectionWatcher() override;

    // Reads the two settings again (call after Settings changed them). Turned off, a round
    // running is cancelled; a new interval counts from now.
    void applySettings();
    bool isWatching() const { return m_watching; }
    // Checks now, whatever the timer says (the timer starts again from this round's end).
    // Works while off too (without starting the timer); does nothing while a round runs.
    void checkNow();
    bool isChecking() const;

signals:
    // The customers (as the list holds them after the round) whose WhatsApp was connected
    // before the round and is not any more. Not emitted when there are none.
    void disconnected(const QList<PartnerDesk::InstanceRecord> &customers);
    // A whole check failed (e.g. no Client-Token): said once until a check works again.
    void checkFailed(const PartnerDesk::Error &error);

private:
    void roundFinished(int connected, int notConnected, int failed, const Error &error);
    void scheduleNext();

    Workspace *m_workspace;
    QTimer m_timer; // single shot, active only while watching and no round runs
    StatusCheck *m_check;
    bool m_watching = false;
    int m_intervalMinutes = 0;
    bool m_failureReported = false;
    // The round running: the status each instance had when it started, and what it found.
    QHash<QUuid, ConnectionStatus> m_before;
    QList<QUuid> m_wentDown;
    Error m_firstInstanceError;
};

} // namespace PartnerDesk
