#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace PartnerDesk::ProcessHardening {

bool disableCoreDumps()
{
    bool done = true;
#if defined(Q_OS_UNIX)
    // Soft and hard limit both: a hard limit of 0 cannot be raised again by this process or
    // its children (a shell's "ulimit -c unlimited" in a helper, say).
    const rlimit noCore{0, 0};
    done = setrlimit(RLIMIT_CORE, &noCore) == 0 && done;
#endif
#if defined(Q_OS_LINUX)
    done = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && done;
#endif
    return done;
}

} // namespace PartnerDesk::ProcessHardening
