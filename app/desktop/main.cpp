// partnerdesk: the desktop app. Parses options, wires the workspace to the main window, runs.
#include "DemoMenu.h"
#include "DemoMode.h"
#include "Icons.h"
#include "MainWindow.h"

#include "Workspace.h"
#include "util/Clock.h"
#include "util/LogRedaction.h"
#include "util/Logging.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"
#include "util/Validation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

using namespace PartnerDesk;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "partnerdesk: " << message << '\n'
                        << QCoreApplication::translate("main", "Try 'partnerdesk --help'.") << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can read the vault key: no core dump of this process may carry it.
    const bool hardened = ProcessHardening::disableCoreDumps();
    LogRedaction::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.partnerdesk.PartnerDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));
    Icons::useForQtWidgets();
    installTranslations(QString());
    if (!hardened)
        qCWarning(lcStore) << "Could not switch core dumps off for this process";

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Partner Desk: your customers' Z-API instances and the extension connection code."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile <name> (its own instances, vault and settings)."),
        QStringLiteral("name"), QString::fromLatin1(Profile::defaultName));
    const QCommandLineOption apiBaseOption(
        QStringLiteral("api-base"),
        QCoreApplication::translate("main", "Talk to the Z-API at <url> for this run (default: from Settings)."),
        QStringLiteral("url"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try Partner Desk with made-up customers and a built-in sandbox Z-API; nothing is saved."));
    const QCommandLineOption quitAfterFirstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Exit as soon as the window has shown the list of instances, to time start-up."));
    parser.addOptions({profileOption, apiBaseOption, demoOption, quitAfterFirstPaintOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "Unexpected argument: %1").arg(parser.positionalArguments().first()));

    const bool demo = parser.isSet(demoOption);
    Profile profile;
    if (Error error = Profile::make(demo ? QStringLiteral("demo") : parser.value(profileOption), &profile))
        return usageError(error.message());

    // Only in demo mode: its sandbox sets up TLS (its HTTPS mode), which costs start-up time.
    // Made before the workspace and gone after it: the workspace counts time with its clock.
    std::unique_ptr<DemoMode> demoMode;
    std::unique_ptr<Workspace> workspace;
    if (demo) {
        demoMode = std::make_unique<DemoMode>();
        if (!demoMode->start()) {
            QTextStream(stderr) << "partnerdesk: " << demoMode->errorString() << '\n';
            return 1;
        }
        workspace = demoMode->makeWorkspace(profile);
    } else {
        workspace = std::make_unique<Workspace>(profile, Clock::system());
    }
    if (!workspace->settings().uiLanguage().isEmpty())
        installTranslations(workspace->settings().uiLanguage());

    if (parser.isSet(apiBaseOption)) {
        const QUrl url(parser.value(apiBaseOption));
        if (Error error = Validation::checkApiBaseUrl(url))
            return usageError(error.message());
        workspace->settings().setApiBaseUrlOverride(url);
    }

    // A Partner Desk 0.1 profile is moved in once the window is up, with progress and Cancel.
    const Error loadError = workspace->open(InstanceRepository::LegacyMove::Later);
    MainWindow window(workspace.get());
    if (demoMode) {
        demoMode->fill(workspace.get());
        DemoMenu::addTo(&window, demoMode.get());
    }
    if (loadError)
        window.showStartupProblem(loadError.message());
    if (parser.isSet(quitAfterFirstPaintOption))
        window.quitAfterFirstPaint();
    window.show();
    if (workspace->repository()->hasLegacyProfileToMove())
        window.moveLegacyProfile();
    return QApplication::exec();
}
