#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTemporaryDir;

namespace PartnerDesk::Testing {

// The real partnerdesk-sandbox executable in a child process, for tests that need a
// genuine socket and process boundary. The control helpers run a local event loop
// and record a test failure (QTest::qFail) when the sandbox answers unexpectedly.
class SandboxProcess
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    static QString executablePath();
    static QString defaultClientToken();
    static QString defaultPartnerToken();
    // Writes instances as "instances.json" in dir and returns its path, or an empty string.
    static QString writeInstancesFile(const QTemporaryDir &dir, const QJsonArray &instances);

    // Passed as --client-token / --partner-token; empty leaves the flag out so the
    // sandbox chooses (the demo tokens under --demo). Call before start().
    void setClientToken(const QString &token);
    void setPartnerToken(const QString &token);
    // Also serve HTTPS with this PEM certificate and key (--tls-certificate, --tls-key),
    // at tlsBaseUrl(). The control helpers keep using the plain port. Call before start().
    void setTls(const QString &certificateFile, const QString &keyFile);

    // Waits up to 10 s for the base URL on the first stdout line (and the HTTPS one on the
    // second). False if the process could not start, exited first or printed something
    // else; see errorString().
    bool start(const QStringList &extraArgs = {});
    QString errorString() const;
    // -1 while running or after a crash.
    int exitCode() const;
    // Everything the process wrote to stderr so far.
    QByteArray standardError();

    QUrl baseUrl() const;
    QUrl tlsBaseUrl() const; // empty without setTls()
    QString clientToken() const;
    QString partnerToken() const;

    QJsonArray requests();
    void clearRequests();
    bool redeem(const QString &code);
    void setFault(const QJsonObject &fault);
    // Every fault mode the sandbox knows, in its own order.
    QStringList faultModes();
    void clearFaults();
    void setClockOffset(qint64 ms);
    void setConnected(const QString &instanceId, bool connected);
    void reset();

    // The partner account (/sandbox/partner, /sandbox/instances...). Each returns whether the
    // sandbox did it; a refusal also records a failure, except removeInstance's unknown id.

    // How many instances the partner list serves a page at most (--max-page-size at start).
    bool setMaxPageSize(int size);
    // Changes the partner token of the running sandbox; partnerToken() follows.
    bool changePartnerToken(const QString &token);
    // Adds the instance, or changes the fields given of the one with that id:
    // {"id", "token", "name", "phone", "paymentStatus", "due"} (due in ms; name may be "").
    bool upsertInstance(const QJsonObject &instance);
    // Its calls then answer as for an unknown instance. False for an id the sandbox does not have.
    bool removeInstance(const QString &instanceId);
    // Adds count instances named "<prefix> 0001" onwards; generated, if given, receives
    // their {"id", "token", "name"}.
    bool generateInstances(int count, const QString &prefix, QJsonArray *generated = nullptr);

    // {"inFlight", "maxInFlight", "requests"}: Z-API requests not yet answered in full, the
    // most at once and all of them since the last resetStats() (or reset()).
    QJsonObject stats();
    // The peak starts again from the requests still in flight; the total from 0.
    bool resetStats();

    // Raw calls; httpStatus gets 0 when no HTTP response arrived within 10 s.
    QByteArray get(const QString &pathAndQuery, const Headers &headers = {}, int *httpStatus = nullptr);
    QByteArray post(const QString &path, const QJsonObject &body, int *httpStatus = nullptr);

private:
    // The next stdout line, trimmed; nullopt (and errorString() set) if none came.
    std::optional<QString> readLine();
    QByteArray send(const QByteArray &verb, const QString &pathAndQuery, const Headers &headers,
                    const QByteArray &body, int *httpStatus);
    // Records a failure unless the sandbox answers 200; succeeded, if given, says whether it did.
    QByteArray control(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                       bool *succeeded = nullptr);

    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_clientToken;
    QString m_partnerToken;
    QStringList m_tlsArguments;
    QUrl m_baseUrl;
    QUrl m_tlsBaseUrl;
    QString m_errorString;
    QByteArray m_standardError;
};

} // namespace PartnerDesk::Testing
