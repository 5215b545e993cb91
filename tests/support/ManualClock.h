#pragma once

#include "util/Clock.h"

#include <QDateTime>

namespace PartnerDesk {

// A Clock that moves only when the test says so (KeePassXC's MockClock, for us).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 msecsSinceEpoch = 0) : m_msecs(msecsSinceEpoch) {}
    explicit ManualClock(const QDateTime &now) : m_msecs(now.toMSecsSinceEpoch()) {}

    qint64 currentMSecsSinceEpoch() const override { return m_msecs; }

    void setMSecsSinceEpoch(qint64 msecs) { m_msecs = msecs; }
    void setNow(const QDateTime &now) { m_msecs = now.toMSecsSinceEpoch(); }
    void advance(qint64 msecs) { m_msecs += msecs; }

private:
    qint64 m_msecs;
};

} // namespace PartnerDesk
