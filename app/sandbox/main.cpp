#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using PartnerDesk::Sandbox::SandboxServer;

namespace {

constexpr int ExitCannotListen = 1;
constexpr int ExitUsage = 2;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void log(const QString &message)
{
    err() << QTime::currentTime().toString(QStringLiteral("hh:mm:ss.zzz")) << ' ' << message << Qt::endl;
}

int failure(int exitCode, const QString &message)
{
    err() << "partnerdesk-sandbox: " << message << Qt::endl;
    return exitCode;
}

int usageError(const QString &message)
{
    return failure(ExitUsage, message + QStringLiteral(" (see --help)"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Z-API stand-in for developing, testing and demonstrating Partner Desk.\n"
                       "Prints its base URL as the first line on stdout; logs go to stderr.\n"
                       "Control endpoints live under /sandbox/ on the same port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default 0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption clientTokenOption(QStringLiteral("client-token"),
                                               QStringLiteral("Account security token every per-instance call must carry."),
                                               QStringLiteral("T"));
    const QCommandLineOption partnerTokenOption(QStringLiteral("partner-token"),
                                                QStringLiteral("Bearer token of the partner instance list."),
                                                QStringLiteral("T"));
    const QCommandLineOption instancesOption(QStringLiteral("instances"),
                                             QStringLiteral("JSON array of {\"id\",\"token\",\"name\"[,\"phone\"]} to serve."),
                                             QStringLiteral("FILE.json"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Serve eight demo customers with the demo tokens; codes redeem "
                                                       "themselves after 8 s."));
    parser.addOptions({portOption, clientTokenOption, partnerTokenOption, instancesOption, demoOption});

    // parse() rather than process(): process() exits with 1, and usage errors must exit with 2.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(QStringLiteral("--port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(portOption)));

    const bool demo = parser.isSet(demoOption);
    SandboxServer server;
    if (demo) {
        for (const auto &instance : SandboxServer::demoInstances())
            server.addInstance(instance);
        server.setAutoRedeemDelay(8000);
    }
    if (parser.isSet(instancesOption)) {
        QString errorMessage;
        if (!server.loadInstancesFile(parser.value(instancesOption), &errorMessage))
            return failure(ExitUsage, errorMessage);
    }

    const auto chooseToken = [&parser](const QCommandLineOption &option, const QString &demoToken,
                                       const QString &fallback, bool demoMode) {
        if (parser.isSet(option))
            return parser.value(option);
        if (demoMode)
            return demoToken;
        log(QStringLiteral("no --%1 given, using \"%2\"").arg(option.names().constFirst(), fallback));
        return fallback;
    };
    server.setClientToken(chooseToken(clientTokenOption, SandboxServer::demoClientToken(),
                                      QStringLiteral("sandbox-client-token"), demo));
    server.setPartnerToken(chooseToken(partnerTokenOption, SandboxServer::demoPartnerToken(),
                                       QStringLiteral("sandbox-partner-token"), demo));

    if (!server.listen(static_cast<quint16>(port))) {
        return failure(ExitCannotListen,
                       QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server.errorString()));
    }

    // Whoever started us reads this line to learn the port, so it goes out before anything else.
    std::fputs(qPrintable(server.baseUrl().toString() + QLatin1Char('\n')), stdout);
    std::fflush(stdout);

    log(QStringLiteral("Client-Token: %1").arg(server.clientToken()));
    log(QStringLiteral("Partner token: %1").arg(server.partnerToken()));
    const auto instances = server.instances();
    for (const auto &instance : instances)
        log(QStringLiteral("instance %1 token %2: %3").arg(instance.id, instance.token, instance.name));
    if (instances.isEmpty())
        log(QStringLiteral("no instances: pass --instances FILE.json or --demo"));

    QObject::connect(&server, &SandboxServer::requestReceived, &server, [](const QJsonObject &request) {
        log(request.value(QLatin1String("method")).toString() + QLatin1Char(' ')
            + request.value(QLatin1String("path")).toString());
    });
    QObject::connect(&server, &SandboxServer::connectionChanged, &server, [](const QString &id, bool connected) {
        log(QStringLiteral("instance %1 %2").arg(id, connected ? QStringLiteral("connected") : QStringLiteral("disconnected")));
    });

    return QCoreApplication::exec();
}
