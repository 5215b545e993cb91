#include "DemoMode.h"

#include "Workspace.h"
#include "util/Clock.h"

namespace PartnerDesk {

namespace {

// The app's clock in demo mode is the sandbox's. To show a code's last minute or its expiry
// the demo skips time ahead rather than shortening the code: Z-API never shortens a code,
// and the app learns expiresAt once, when the code arrives, so time passing is what truly
// brings the last minute. With one clock, the countdown, the Date headers and the server's
// expiry move together, as if the minutes had passed (for every customer at once, as they
// would).
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(const Sandbox::SandboxServer &sandbox) : m_sandbox(sandbox) {}
    qint64 currentMSecsSinceEpoch() const override { return m_sandbox.currentTimeMs(); }

private:
    const Sandbox::SandboxServer &m_sandbox;
};

} // namespace

DemoMode::DemoMode()
    : m_clock(std::make_unique<SandboxClock>(m_sandbox))
{
    m_sandbox.setClientToken(Sandbox::SandboxServer::demoClientToken());
    m_sandbox.setPartnerToken(Sandbox::SandboxServer::demoPartnerToken());
    for (const Sandbox::SandboxInstance &instance : Sandbox::SandboxServer::demoInstances())
        m_sandbox.addInstance(instance);
}

DemoMode::~DemoMode() = default;

bool DemoMode::start()
{
    return m_sandbox.listen();
}

QString DemoMode::errorString() const
{
    return m_sandbox.errorString();
}

std::unique_ptr<Workspace> DemoMode::makeWorkspace(const Profile &profile) const
{
    std::unique_ptr<Workspace> workspace = Workspace::inMemory(profile, *m_clock);
    workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
    return workspace;
}

void DemoMode::fill(Workspace *workspace)
{
    const QList<Sandbox::SandboxInstance> customers = Sandbox::SandboxServer::demoInstances();
    QList<ImportRow> rows;
    for (const Sandbox::SandboxInstance &customer : customers)
        rows.append({static_cast<int>(rows.size()) + 1, customer.name, {customer.id, customer.token}, customer.phone, {}});
    InstanceRepository *repository = workspace->repository();
    repository->setClientToken(Sandbox::SandboxServer::demoClientToken(), workspace, [](const Error &) {});
    // So File → Sync with Z-API account works in the demo too: it finds the same customers.
    repository->setPartnerToken(Sandbox::SandboxServer::demoPartnerToken(), workspace, [](const Error &) {});
    repository->importInstances(rows, workspace, [this, repository, customers](const Error &error, const ImportSummary &) {
        if (error)
            return;
        const QDateTime now = m_clock->now();
        for (int i = 0; i < customers.size(); ++i) {
            const std::optional<InstanceRecord> record = repository->recordNamed(customers.at(i).name);
            if (!record)
                continue;
            m_sandboxIds.insert(record->key, customers.at(i).id);
            // Every third customer is already connected; the others are waiting for help.
            const bool connected = i % 3 == 0;
            m_sandbox.setConnected(customers.at(i).id, connected);
            repository->setStatus(record->key, connected ? ConnectionStatus::Connected : ConnectionStatus::Disconnected);
            if (i % 2 == 1)
                repository->setLastCodeAt(record->key, now.addSecs(-3600L * (i + 1)));
        }
    });
}

bool DemoMode::isCustomer(const QUuid &instance) const
{
    return m_sandboxIds.contains(instance);
}

bool DemoMode::isConnected(const QUuid &instance) const
{
    return m_sandbox.isConnected(m_sandboxIds.value(instance));
}

std::optional<qint64> DemoMode::codeRemainingMs(const QUuid &instance) const
{
    const auto code = liveCode(instance);
    if (!code)
        return std::nullopt;
    return code->expiresAtMs - m_sandbox.currentTimeMs();
}

void DemoMode::connectCustomer(const QUuid &instance)
{
    if (const auto code = liveCode(instance))
        m_sandbox.redeem(code->code);
    else
        m_sandbox.setConnected(m_sandboxIds.value(instance), true);
}

void DemoMode::disconnectCustomer(const QUuid &instance)
{
    m_sandbox.setConnected(m_sandboxIds.value(instance), false);
}

void DemoMode::skipToLastMinute(const QUuid &instance)
{
    if (const auto remaining = codeRemainingMs(instance); remaining && *remaining > lastMinuteLeftMs)
        skipAhead(*remaining - lastMinuteLeftMs);
}

void DemoMode::skipToExpiry(const QUuid &instance)
{
    if (const auto remaining = codeRemainingMs(instance))
        skipAhead(*remaining);
}

std::optional<Sandbox::SandboxServer::LiveCode> DemoMode::liveCode(const QUuid &instance) const
{
    if (!isCustomer(instance))
        return std::nullopt;
    return m_sandbox.liveCode(m_sandboxIds.value(instance));
}

void DemoMode::skipAhead(qint64 msec)
{
    m_sandbox.setClockOffset(m_sandbox.clockOffset() + msec);
}

} // namespace PartnerDesk
