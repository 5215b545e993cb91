#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>
#include <optional>

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

std::optional<uint> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    return ok && port <= 65535 ? std::optional<uint>(port) : std::nullopt;
}

std::optional<QByteArray> readFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// The first certificate of a PEM file (the server's; any others would be its chain).
QSslCertificate loadCertificate(const QString &path, QString *errorMessage)
{
    const auto pem = readFile(path, errorMessage);
    if (!pem)
        return QSslCertificate();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *errorMessage = QStringLiteral("%1: not a PEM certificate").arg(path);
        return QSslCertificate();
    }
    return certificates.first();
}

QSslKey loadPrivateKey(const QString &path, QString *errorMessage)
{
    const auto pem = readFile(path, errorMessage);
    if (!pem)
        return {};
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        const QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *errorMessage = QStringLiteral("%1: not an unencrypted PEM private key (EC or RSA)").arg(path);
    return {};
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
                       "Prints its base URL as the first line on stdout (with --tls-certificate, the\n"
                       "HTTPS base URL follows as the second line); logs go to stderr.\n"
                       "Control endpoints live under /sandbox/ on the same port (on both, with HTTPS):\n"
                       "requests, faults, faults/modes, redeem, status, clock, partner (maxPageSize,\n"
                       "token), instances (add or change one), instances/generate, instances/ID\n"
                       "(DELETE), stats (requests in flight) and reset."));
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
    const QCommandLineOption maxPageSizeOption(
        QStringLiteral("max-page-size"),
        QStringLiteral("Most instances the partner list serves a page, whatever pageSize asks (default %1).")
            .arg(SandboxServer::DefaultMaxPageSize),
        QStringLiteral("N"), QString::number(SandboxServer::DefaultMaxPageSize));
    const QCommandLineOption instancesOption(QStringLiteral("instances"),
                                             QStringLiteral("JSON array of {\"id\",\"token\",\"name\"[,\"phone\"]} to serve."),
                                             QStringLiteral("FILE.json"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Serve eight demo customers with the demo tokens; nothing connects "
                                                       "until you play the customer (/sandbox/redeem, /sandbox/status)."));
    const QCommandLineOption tlsCertificateOption(QStringLiteral("tls-certificate"),
                                                  QStringLiteral("Also serve HTTPS, with this PEM certificate (needs --tls-key)."),
                                                  QStringLiteral("FILE.pem"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("Unencrypted PEM private key of --tls-certificate."),
                                          QStringLiteral("FILE.pem"));
    const QCommandLineOption tlsPortOption(QStringLiteral("tls-port"),
                                           QStringLiteral("HTTPS port on 127.0.0.1 (default 0: any free port)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOption, clientTokenOption, partnerTokenOption, maxPageSizeOption, instancesOption, demoOption,
                       tlsCertificateOption, tlsKeyOption, tlsPortOption});

    // parse() rather than process(): process() exits with 1, and usage errors must exit with 2.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const std::optional<uint> port = parsePort(parser.value(portOption));
    if (!port)
        return usageError(QStringLiteral("--port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(portOption)));
    const std::optional<uint> tlsPort = parsePort(parser.value(tlsPortOption));
    if (!tlsPort)
        return usageError(QStringLiteral("--tls-port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(tlsPortOption)));
    bool maxPageSizeIsNumber = false;
    const int maxPageSize = parser.value(maxPageSizeOption).toInt(&maxPageSizeIsNumber);
    if (!maxPageSizeIsNumber || maxPageSize < 1) {
        return usageError(
            QStringLiteral("--max-page-size needs a positive whole number, not \"%1\"").arg(parser.value(maxPageSizeOption)));
    }
    const bool tls = parser.isSet(tlsCertificateOption);
    if (tls != parser.isSet(tlsKeyOption))
        return usageError(QStringLiteral("--tls-certificate and --tls-key go together"));
    if (!tls && parser.isSet(tlsPortOption))
        return usageError(QStringLiteral("--tls-port needs --tls-certificate and --tls-key"));
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    if (tls) {
        QString errorMessage;
        tlsCertificate = loadCertificate(parser.value(tlsCertificateOption), &errorMessage);
        if (!tlsCertificate.isNull())
            tlsKey = loadPrivateKey(parser.value(tlsKeyOption), &errorMessage);
        if (tlsKey.isNull())
            return failure(ExitUsage, errorMessage);
    }

    const bool demo = parser.isSet(demoOption);
    SandboxServer server;
    server.setMaxPageSize(maxPageSize);
    if (demo) {
        for (const auto &instance : SandboxServer::demoInstances())
            server.addInstance(instance);
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

    if (!server.listen(static_cast<quint16>(*port))) {
        return failure(ExitCannotListen,
                       QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(*port).arg(server.errorString()));
    }
    if (tls && !server.listenTls(tlsCertificate, tlsKey, static_cast<quint16>(*tlsPort))) {
        return failure(ExitCannotListen,
                       QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(*tlsPort).arg(server.errorString()));
    }

    // Whoever started us reads these lines to learn the ports, so they go out before anything else.
    QString urls = server.baseUrl().toString() + QLatin1Char('\n');
    if (tls)
        urls += server.tlsBaseUrl().toString() + QLatin1Char('\n');
    std::fputs(qPrintable(urls), stdout);
    std::fflush(stdout);

    log(QStringLiteral("Client-Token: %1").arg(server.clientToken()));
    log(QStringLiteral("Partner token: %1").arg(server.partnerToken()));
    log(QStringLiteral("partner list: at most %1 instances a page").arg(server.maxPageSize()));
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
