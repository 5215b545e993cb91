#pragma once

#include <QDateTime>

namespace PartnerDesk {

// The one source of "now" for everything that counts time, so tests can move it by hand
// (a countdown test must not sleep for five minutes).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 currentMSecsSinceEpoch() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(currentMSecsSinceEpoch()); }

    static const Clock &system();
};

} // namespace PartnerDesk
