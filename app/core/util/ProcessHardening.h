#pragma once

namespace PartnerDesk::ProcessHardening {

// Keeps the process's memory, which holds the vault key and (briefly) decrypted credentials,
// out of crash dumps and away from other processes of the same user. Call first thing in
// main(), before anything is read from the keychain. True when every step succeeded; a
// failure is not fatal (the app still works), the caller may log it.
//
// Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0): no core even
// where a core pattern pipes to a collector such as systemd-coredump (which ignores
// RLIMIT_CORE), and /proc/PID/mem, ptrace and the like refused to other non-root processes.
// macOS: no core file (RLIMIT_CORE 0); cores are off by default there anyway.
// Windows: nothing to switch off. Partner Desk registers no crash handler and writes no
// minidump; Windows Error Reporting's own dumps are the system's (and off by default for
// local dumps), with access limited to the user and administrators.
bool disableCoreDumps();

} // namespace PartnerDesk::ProcessHardening
