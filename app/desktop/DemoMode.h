#pragma once

#include "SandboxServer.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace PartnerDesk {

class Clock;
class Profile;
class Workspace;

// partnerdesk --demo: a sandbox Z-API inside the app with made-up customers, an in-memory
// workspace pointed at it, and the customers' side of the flow, which the Demo menu plays.
// Nothing is written to disk and no keychain is needed.
class DemoMode
{
public:
    DemoMode();
    ~DemoMode();
    DemoMode(const DemoMode &) = delete;
    DemoMode &operator=(const DemoMode &) = delete;

    // Starts the sandbox; false, with errorString(), when it cannot listen.
    bool start();
    QString errorString() const;
    // An in-memory workspace talking to the sandbox. It counts time with this demo's clock,
    // so the demo must outlive it.
    std::unique_ptr<Workspace> makeWorkspace(const Profile &profile) const;
    // Adds the customers to the opened workspace, with some history so the list looks
    // lived-in. They arrive a moment later (the repository saves in the background).
    void fill(Workspace *workspace);

    // The customer of an instance the agent added is not in the sandbox: nothing to play.
    bool isCustomer(const QUuid &instance) const;
    bool isConnected(const QUuid &instance) const;
    // How long the instance's live extension code has left; nullopt when it has none.
    std::optional<qint64> codeRemainingMs(const QUuid &instance) const;

    // The customer types the live extension code, or (without one) scans the QR code or
    // types the phone code: the instance is connected, and an open window for it sees so
    // the next time it polls.
    void connectCustomer(const QUuid &instance);
    void disconnectCustomer(const QUuid &instance);
    // The live code's last minute starts now.
    void skipToLastMinute(const QUuid &instance);
    void skipToExpiry(const QUuid &instance);

    // What is left of a code after skipToLastMinute: inside the code window's last minute,
    // with a second to spare so the countdown reads 0:59 rather than 1:00.
    static constexpr qint64 lastMinuteLeftMs = 59 * 1000;

private:
    std::optional<Sandbox::SandboxServer::LiveCode> liveCode(const QUuid &instance) const;
    void skipAhead(qint64 msec);

    Sandbox::SandboxServer m_sandbox;
    std::unique_ptr<const Clock> m_clock;
    // From the seeding: the instance ID itself is sealed, and names can be edited.
    QHash<QUuid, QString> m_sandboxIds;
};

} // namespace PartnerDesk
