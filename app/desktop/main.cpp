// partnerdesk: the desktop app. Parses options, wires the workspace to the main window, runs.
#include "MainWindow.h"
#include "SandboxServer.h"

#include "Workspace.h"
#include "util/Clock.h"
#include "util/LogRedaction.h"
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

// Demo mode: an in-process sandbox Z-API with made-up customers, an in-memory workspace
// pointed at it, some history so the list looks lived-in. Nothing is written to disk and
// no keychain is needed.
void fillDemo(Workspace *workspace, Sandbox::SandboxServer *sandbox)
{
    const QList<Sandbox::SandboxInstance> customers = Sandbox::SandboxServer::demoInstances();
    QList<ImportRow> rows;
    for (const Sandbox::SandboxInstance &customer : customers)
        rows.append({static_cast<int>(rows.size()) + 1, customer.name, {customer.id, customer.token}, customer.phone, {}});
    InstanceRepository *repository = workspace->repository();
    repository->setClientToken(Sandbox::SandboxServer::demoClientToken(), workspace, [](const Error &) {});
    repository->importInstances(rows, workspace, [repository, sandbox, customers](const Error &error, const ImportSummary &) {
        if (error)
            return;
        const QDateTime now = Clock::system().now();
        for (int i = 0; i < customers.size(); ++i) {
            const std::optional<InstanceRecord> record = repository->recordNamed(customers.at(i).name);
            if (!record)
                continue;
            // Every third customer is already connected; the others are waiting for help.
            const bool connected = i % 3 == 0;
            sandbox->setConnected(customers.at(i).id, connected);
            repository->setStatus(record->key, connected ? ConnectionStatus::Connected : ConnectionStatus::Disconnected);
            if (i % 2 == 1)
                repository->setLastCodeAt(record->key, now.addSecs(-3600L * (i + 1)));
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    LogRedaction::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Partner Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.partnerdesk.PartnerDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));
    installTranslations(QString());

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

    std::unique_ptr<Workspace> workspace;
    // Only in demo mode: making one sets up TLS (its HTTPS mode), which costs start-up time.
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    if (demo) {
        sandbox = std::make_unique<Sandbox::SandboxServer>();
        sandbox->setClientToken(Sandbox::SandboxServer::demoClientToken());
        for (const Sandbox::SandboxInstance &instance : Sandbox::SandboxServer::demoInstances())
            sandbox->addInstance(instance);
        sandbox->setAutoRedeemDelay(8000);
        if (!sandbox->listen()) {
            QTextStream(stderr) << "partnerdesk: " << sandbox->errorString() << '\n';
            return 1;
        }
        workspace = Workspace::inMemory(profile, Clock::system());
        workspace->settings().setApiBaseUrlOverride(sandbox->baseUrl());
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
    if (demo)
        fillDemo(workspace.get(), sandbox.get());
    if (loadError)
        window.showStartupProblem(loadError.message());
    if (parser.isSet(quitAfterFirstPaintOption))
        window.quitAfterFirstPaint();
    window.show();
    if (workspace->repository()->hasLegacyProfileToMove())
        window.moveLegacyProfile();
    return QApplication::exec();
}
