#include "SandboxProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace PartnerDesk::Testing {

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int RequestTimeoutMs = 10000;

void fail(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

} // namespace

SandboxProcess::SandboxProcess()
    : m_clientToken(defaultClientToken())
    , m_partnerToken(defaultPartnerToken())
{
    // A proxy from the environment must never see loopback test traffic.
    m_network.setProxy(QNetworkProxy::NoProxy);
    // Drained continuously: the sandbox logs every request, and a full pipe would block it.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_standardError += m_process.readAllStandardError(); });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString SandboxProcess::executablePath()
{
    return QStringLiteral(PARTNERDESK_SANDBOX_EXECUTABLE);
}

QString SandboxProcess::defaultClientToken()
{
    return QStringLiteral("test-client-token-3f9a");
}

QString SandboxProcess::defaultPartnerToken()
{
    return QStringLiteral("test-partner-token-77c1");
}

QString SandboxProcess::writeInstancesFile(const QTemporaryDir &dir, const QJsonArray &instances)
{
    const QString path = dir.filePath(QStringLiteral("instances.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(instances).toJson()) < 0)
        return {};
    return path;
}

void SandboxProcess::setClientToken(const QString &token)
{
    m_clientToken = token;
}

void SandboxProcess::setPartnerToken(const QString &token)
{
    m_partnerToken = token;
}

void SandboxProcess::setTls(const QString &certificateFile, const QString &keyFile)
{
    m_tlsArguments = {QStringLiteral("--tls-certificate"), certificateFile, QStringLiteral("--tls-key"), keyFile};
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    QStringList arguments;
    if (!m_clientToken.isEmpty())
        arguments << QStringLiteral("--client-token") << m_clientToken;
    if (!m_partnerToken.isEmpty())
        arguments << QStringLiteral("--partner-token") << m_partnerToken;
    arguments += m_tlsArguments;
    arguments += extraArgs;
    m_process.start(executablePath(), arguments);

    const auto isLoopbackUrl = [](const QUrl &url, const char *scheme) {
        return url.scheme() == QLatin1String(scheme) && url.host() == QLatin1String("127.0.0.1") && url.port() > 0;
    };
    const std::optional<QString> line = readLine();
    if (!line)
        return false;
    const QUrl url(*line, QUrl::StrictMode);
    if (!isLoopbackUrl(url, "http")) {
        m_errorString = QStringLiteral("first stdout line is not a loopback base URL: \"%1\"").arg(*line);
        return false;
    }
    m_baseUrl = url;
    if (m_tlsArguments.isEmpty())
        return true;

    const std::optional<QString> tlsLine = readLine();
    if (!tlsLine)
        return false;
    const QUrl tlsUrl(*tlsLine, QUrl::StrictMode);
    if (!isLoopbackUrl(tlsUrl, "https")) {
        m_errorString = QStringLiteral("second stdout line is not a loopback HTTPS URL: \"%1\"").arg(*tlsLine);
        return false;
    }
    m_tlsBaseUrl = tlsUrl;
    return true;
}

std::optional<QString> SandboxProcess::readLine()
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (m_process.canReadLine())
            loop.quit();
    });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    if (m_process.state() != QProcess::NotRunning && !m_process.canReadLine()) {
        timeout.start(StartTimeoutMs);
        loop.exec();
    }

    if (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_standardError += m_process.readAllStandardError();
            m_errorString = m_process.error() == QProcess::FailedToStart
                                ? QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process.errorString())
                                : QStringLiteral("exited with code %1 before printing its URL").arg(m_process.exitCode());
        } else {
            m_errorString = QStringLiteral("printed no URL within %1 ms").arg(StartTimeoutMs);
        }
        return std::nullopt;
    }
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

QString SandboxProcess::errorString() const
{
    return m_errorString;
}

int SandboxProcess::exitCode() const
{
    if (m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

QByteArray SandboxProcess::standardError()
{
    m_standardError += m_process.readAllStandardError();
    return m_standardError;
}

QUrl SandboxProcess::baseUrl() const
{
    return m_baseUrl;
}

QUrl SandboxProcess::tlsBaseUrl() const
{
    return m_tlsBaseUrl;
}

QString SandboxProcess::clientToken() const
{
    return m_clientToken;
}

QString SandboxProcess::partnerToken() const
{
    return m_partnerToken;
}

QJsonArray SandboxProcess::requests()
{
    return QJsonDocument::fromJson(control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/requests"))).array();
}

void SandboxProcess::clearRequests()
{
    control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/requests"));
}

bool SandboxProcess::redeem(const QString &code)
{
    int status = 0;
    const QByteArray body = post(QStringLiteral("/sandbox/redeem"), QJsonObject{{QStringLiteral("code"), code}}, &status);
    if (status != 200 && status != 404)
        fail(QStringLiteral("POST /sandbox/redeem answered %1: %2").arg(status).arg(QString::fromUtf8(body)));
    return status == 200;
}

void SandboxProcess::setFault(const QJsonObject &fault)
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/faults"), fault);
}

QStringList SandboxProcess::faultModes()
{
    QStringList modes;
    const QJsonArray names =
        QJsonDocument::fromJson(control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/faults/modes"))).array();
    for (const QJsonValue &name : names)
        modes.append(name.toString());
    return modes;
}

void SandboxProcess::clearFaults()
{
    control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/faults"));
}

void SandboxProcess::setClockOffset(qint64 ms)
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/clock"), QJsonObject{{QStringLiteral("offsetMs"), ms}});
}

void SandboxProcess::setConnected(const QString &instanceId, bool connected)
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/status"),
            QJsonObject{{QStringLiteral("instance"), instanceId}, {QStringLiteral("connected"), connected}});
}

void SandboxProcess::reset()
{
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/reset"));
}

bool SandboxProcess::setMaxPageSize(int size)
{
    bool succeeded = false;
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/partner"), {{QStringLiteral("maxPageSize"), size}}, &succeeded);
    return succeeded;
}

bool SandboxProcess::changePartnerToken(const QString &token)
{
    bool succeeded = false;
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/partner"), {{QStringLiteral("token"), token}}, &succeeded);
    if (succeeded)
        m_partnerToken = token;
    return succeeded;
}

bool SandboxProcess::upsertInstance(const QJsonObject &instance)
{
    bool succeeded = false;
    control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances"), instance, &succeeded);
    return succeeded;
}

bool SandboxProcess::removeInstance(const QString &instanceId)
{
    int status = 0;
    const QString path = QStringLiteral("/sandbox/instances/") + QString::fromLatin1(QUrl::toPercentEncoding(instanceId));
    const QByteArray answer = send(QByteArrayLiteral("DELETE"), path, {}, {}, &status);
    if (status != 200 && status != 404)
        fail(QStringLiteral("DELETE %1 answered %2: %3").arg(path).arg(status).arg(QString::fromUtf8(answer)));
    return status == 200;
}

bool SandboxProcess::generateInstances(int count, const QString &prefix, QJsonArray *generated)
{
    bool succeeded = false;
    const QByteArray answer = control(QByteArrayLiteral("POST"), QStringLiteral("/sandbox/instances/generate"),
                                      {{QStringLiteral("count"), count}, {QStringLiteral("prefix"), prefix}}, &succeeded);
    if (generated)
        *generated = QJsonDocument::fromJson(answer).object().value(QLatin1String("instances")).toArray();
    return succeeded;
}

QJsonObject SandboxProcess::stats()
{
    return QJsonDocument::fromJson(control(QByteArrayLiteral("GET"), QStringLiteral("/sandbox/stats"))).object();
}

bool SandboxProcess::resetStats()
{
    bool succeeded = false;
    control(QByteArrayLiteral("DELETE"), QStringLiteral("/sandbox/stats"), {}, &succeeded);
    return succeeded;
}

QByteArray SandboxProcess::get(const QString &pathAndQuery, const Headers &headers, int *httpStatus)
{
    return send(QByteArrayLiteral("GET"), pathAndQuery, headers, {}, httpStatus);
}

QByteArray SandboxProcess::post(const QString &path, const QJsonObject &body, int *httpStatus)
{
    return send(QByteArrayLiteral("POST"), path, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                QJsonDocument(body).toJson(QJsonDocument::Compact), httpStatus);
}

QByteArray SandboxProcess::send(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers,
                                const QByteArray &body, int *httpStatus)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    // Raw calls must show redirects as they are, not follow them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(RequestTimeoutMs);
    loop.exec();

    if (!reply->isFinished())
        reply->abort();
    if (httpStatus)
        *httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QByteArray SandboxProcess::control(const QByteArray &verb, const QString &path, const QJsonObject &body, bool *succeeded)
{
    int status = 0;
    const QByteArray answer = verb == "POST" ? post(path, body, &status) : send(verb, path, {}, {}, &status);
    if (succeeded)
        *succeeded = status == 200;
    if (status != 200) {
        fail(QStringLiteral("%1 %2 answered %3: %4")
                 .arg(QString::fromLatin1(verb), path)
                 .arg(status)
                 .arg(QString::fromUtf8(answer)));
    }
    return answer;
}

} // namespace PartnerDesk::Testing
