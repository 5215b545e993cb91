// partnerdesk-cli's own commands (CliApplication, the partnerdesk_cli_commands library) in a
// process that stays alive once the work is done, for e2e.memoryscan to read its memory then.
// Starts like app/cli/main.cpp (core dumps off, zero on free linked in). When done it prints
// "done <exit status>" on standard output and waits for standard input to close.
//
//   partnerdesk-memoryscan-cli ARGUMENTS...            runs the CLI command, which ends (its
//                                                      workspace closed) before the wait
//   partnerdesk-memoryscan-cli --session PROFILE API NAME
//                                                      asks NAME's status as the window does,
//                                                      and waits with the workspace, the vault,
//                                                      the session and the network still open

#include "CliApplication.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/LogRedaction.h"
#include "util/ProcessHardening.h"
#include "util/Profile.h"
#include "util/Translations.h"
#include "zapi/ConnectionSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

#include <cstdio>

using namespace PartnerDesk;

namespace {

int askStatusInOpenSession(const QString &profileName, const QString &apiBase, const QString &name,
                           const std::function<int()> &whileOpen)
{
    Profile profile;
    if (Profile::make(profileName, &profile))
        return 3;
    Workspace workspace(profile, Clock::system());
    workspace.settings().setApiBaseUrlOverride(QUrl(apiBase));
    if (workspace.open())
        return 3;
    const QList<InstanceRecord> found = workspace.repository()->recordsMatching(name);
    if (found.size() != 1)
        return 3;
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), found.first().key);
    QEventLoop loop;
    int status = 1;
    QObject::connect(&session, &ConnectionSession::statusReady, &loop, [&] {
        status = 0;
        loop.quit();
    });
    QObject::connect(&session, &ConnectionSession::statusFailed, &loop, [&] { loop.quit(); });
    session.requestStatus();
    loop.exec();
    // What the window's event loop would do next: the finished request's objects go.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return status == 0 ? whileOpen() : status;
}

int waitForEndOfInput(int status)
{
    std::printf("done %d\n", status);
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    LogRedaction::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    installTranslations(QString());
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("--session")) {
        const int status = askStatusInOpenSession(arguments.at(2), arguments.at(3), arguments.at(4),
                                                  [] { return waitForEndOfInput(0); });
        return status == 0 ? 0 : waitForEndOfInput(status);
    }
    return waitForEndOfInput(Cli::CliApplication(arguments).run());
}
