#include "DisconnectionWatcher.h"

#include "StatusCheck.h"
#include "Workspace.h"

namespace PartnerDesk {

DisconnectionWatcher::DisconnectionWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(this)
    , m_check(new StatusCheck(workspace, this))
{
    m_timer.setObjectName(QStringLiteral("watchTimer"));
    m_timer.setSingleShot(true);
    // Minutes apart: a coarse timer may fire a few seconds late and wakes the system less.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DisconnectionWatcher::checkNow);
    connect(m_check, &StatusCheck::checked, this, [this](const StatusCheckResult &result) {
        if (result.error) {
            if (!m_firstInstanceError)
                m_firstInstanceError = result.error;
            return;
        }
        if (result.status == ConnectionStatus::Disconnected
            && m_before.value(result.key, ConnectionStatus::Unknown) == ConnectionStatus::Connected)
            m_wentDown.append(result.key);
    });
    connect(m_check, &StatusCheck::finished, this, &DisconnectionWatcher::roundFinished);
    applySettings();
}

DisconnectionWatcher::~DisconnectionWatcher() = default;

void DisconnectionWatcher::applySettings()
{
    const Settings &settings = m_workspace->settings();
    const bool watching = settings.watchForDisconnections();
    const int minutes = settings.watchIntervalMinutes();
    if (watching == m_watching && minutes == m_intervalMinutes)
        return;
    m_watching = watching;
    m_intervalMinutes = minutes;
    if (!watching) {
        m_timer.stop();
        m_check->cancel(); // roundFinished() sees Cancelled and schedules nothing
        return;
    }
    m_timer.setInterval(minutes * 60 * 1000);
    if (!m_check->isRunning())
        m_timer.start();
}

bool DisconnectionWatcher::isChecking() const
{
    return m_check->isRunning();
}

void DisconnectionWatcher::checkNow()
{
    if (m_check->isRunning())
        return;
    m_timer.stop();
    m_before.clear();
    m_wentDown.clear();
    m_firstInstanceError = Error();
    QList<QUuid> keys;
    const QList<InstanceRepository::KeyAndStatus> instances = m_workspace->repository()->keysAndStatuses();
    keys.reserve(instances.size());
    for (const InstanceRepository::KeyAndStatus &instance : instances) {
        m_before.insert(instance.key, instance.status);
        keys.append(instance.key);
    }
    m_check->start(keys);
}

void DisconnectionWatcher::roundFinished(int connected, int notConnected, int failed, const Error &error)
{
    const bool cancelled = error.code == ErrorCode::Cancelled;
    // Found before a failure stopped it, they are in the list now: say so now or never.
    QList<InstanceRecord> customers;
    for (const QUuid &key : std::as_const(m_wentDown)) {
        if (const std::optional<InstanceRecord> record = m_workspace->repository()->record(key))
            customers.append(*record);
    }
    m_before.clear();
    m_wentDown.clear();
    Error roundError = error;
    if (!roundError && failed > 0 && connected + notConnected == 0)
        roundError = m_firstInstanceError; // not one instance could be checked
    m_firstInstanceError = Error();

    if (!cancelled)
        scheduleNext();
    if (!customers.isEmpty() && !cancelled)
        emit disconnected(customers);
    if (cancelled)
        return;
    if (!roundError) {
        m_failureReported = false;
    } else if (!m_failureReported) {
        m_failureReported = true;
        emit checkFailed(roundError);
    }
}

void DisconnectionWatcher::scheduleNext()
{
    if (m_watching)
        m_timer.start();
}

} // namespace PartnerDesk
