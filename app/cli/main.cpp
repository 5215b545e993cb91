// partnerdesk-cli: the instance list of a Partner Desk profile from a terminal or a script.
// Uses the same application and organization names as the desktop app, so both share the
// profile's files and its vault key.

#include "CliApplication.h"
#include "util/LogRedaction.h"
#include "util/Logging.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // Before anything can read the vault key: no core dump of this process may carry it.
    const bool hardened = PartnerDesk::ProcessHardening::disableCoreDumps();
    PartnerDesk::LogRedaction::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    // Results on stdout and one line per failure on stderr: the core's log lines would only
    // repeat the failure. QT_LOGGING_RULES (e.g. "partnerdesk.*=true") still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    if (!hardened)
        qCWarning(lcStore) << "Could not switch core dumps off for this process";
    PartnerDesk::installTranslations(QString());
    return PartnerDesk::Cli::CliApplication(QCoreApplication::arguments()).run();
}
