// partnerdesk-crash-writer INDEX VAULT FIRST: saves index state FIRST, then vault state
// FIRST, then FIRST+1, ... until killed, the way the app saves them (IndexFile::save and
// PrivateFile::write, both QSaveFile). After each save it prints "index N" or "vault N",
// so core.crashsafety knows which states were complete when it killed it.

#include "CrashWriterStates.h"

#include "store/IndexFile.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace PartnerDesk;

namespace {

void report(const char *what, int n)
{
    std::printf("%s %d\n", what, n);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    std::fprintf(stderr, "partnerdesk-crash-writer: %s\n", qPrintable(error.message()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const int first = arguments.value(3).toInt(&ok);
    if (arguments.size() != 4 || !ok) {
        std::fprintf(stderr, "usage: partnerdesk-crash-writer INDEX VAULT FIRST\n");
        return 2;
    }
    const SecureBytes key = CrashWriter::vaultKey();
    for (int n = first;; ++n) {
        if (Error error = IndexFile::save(arguments.at(1), CrashWriter::indexState(n)))
            return fail(error);
        report("index", n);
        if (Error error = PrivateFile::write(arguments.at(2), VaultFile::seal(CrashWriter::vaultState(n), key),
                                             ErrorCode::VaultWriteFailed))
            return fail(error);
        report("vault", n);
    }
}
