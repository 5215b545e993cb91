#pragma once

#include "Faults.h"
#include "HttpMessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <optional>

namespace PartnerDesk::Sandbox {

class HttpConnection;

struct SandboxInstance
{
    QString id;
    QString token;
    QString name;
    QString phone;
};

// A loopback stand-in for the part of Z-API the product uses, plus /sandbox/ control
// endpoints that let tests play the customer, inject faults and shift the server clock.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);

    // Empty (the default) disables the check, like an account that never activated the
    // security token; otherwise every per-instance call must carry it.
    void setClientToken(const QString &token);
    QString clientToken() const;
    // Empty (the default) makes the partner list refuse everyone.
    void setPartnerToken(const QString &token);
    QString partnerToken() const;

    // Replaces an instance with the same id, keeping its position.
    void addInstance(const SandboxInstance &instance);
    // A JSON array of {"id","token","name"[,"phone"]}. All or nothing: on error nothing
    // is added and errorMessage says which entry is wrong and why.
    bool loadInstancesFile(const QString &path, QString *errorMessage);
    QList<SandboxInstance> instances() const;

    static QList<SandboxInstance> demoInstances();
    static QString demoClientToken();
    static QString demoPartnerToken();

    // The server clock (Date headers, expiresAt, code expiry) is system time plus this.
    void setClockOffset(qint64 msec);
    qint64 clockOffset() const;
    qint64 currentTimeMs() const;

    bool listen(quint16 port = 0); // 127.0.0.1 only
    // Serves the same API and control endpoints over HTTPS as well, on a second port of
    // 127.0.0.1, for tests of the client's certificate checks.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    // Why the last listen or listenTls failed.
    QString errorString() const;
    QUrl baseUrl() const;
    QUrl tlsBaseUrl() const; // empty unless listenTls succeeded

    // Plays the customer typing the code into the extension. False for unknown or expired codes.
    bool redeem(const QString &code);
    // False for an unknown instance.
    bool setConnected(const QString &instanceId, bool connected);
    bool isConnected(const QString &instanceId) const;

    struct LiveCode
    {
        QString code;
        qint64 expiresAtMs = 0; // server clock
    };
    // The instance's newest extension code that is neither redeemed nor expired: the one its
    // code window shows.
    std::optional<LiveCode> liveCode(const QString &instanceId) const;

    QJsonArray recordedRequests() const;
    // Forgets requests, faults, codes and the clock offset; disconnects every instance.
    void reset();

signals:
    void requestReceived(const QJsonObject &request);
    void connectionChanged(const QString &instanceId, bool connected);

private:
    struct InstanceState
    {
        SandboxInstance instance;
        bool connected = false;
        qint64 createdMs = 0;
    };
    struct IssuedCode
    {
        QString instanceId;
        qint64 expiresAtMs = 0;
    };
    struct Route
    {
        Endpoint endpoint = Endpoint::Status;
        QString instanceId;
        QString instanceToken;
        QString phone;
    };

    static std::optional<Route> parseRoute(const QByteArray &path);

    void acceptConnections(QTcpServer *server);
    void handle(HttpConnection *connection, const HttpRequest &request);
    void handleZapi(HttpConnection *connection, const HttpRequest &request);
    void send(HttpConnection *connection, HttpResponse response) const;
    void record(const HttpRequest &request);

    std::optional<HttpResponse> authenticate(const Route &route, const HttpRequest &request) const;
    // issueCode is false when a fault replaces the reply: a faulted call leaves no trace.
    HttpResponse zapiResponse(const Route &route, const HttpRequest &request, bool issueCode);
    HttpResponse extensionToken(const QString &instanceId, bool issueCode);
    HttpResponse instanceList(const HttpRequest &request) const;

    HttpResponse control(const HttpRequest &request);
    HttpResponse controlRedeem(const QJsonObject &body);
    HttpResponse controlFaults(const QJsonObject &body);
    HttpResponse controlClock(const QJsonObject &body);
    HttpResponse controlStatus(const QJsonObject &body);

    std::optional<QString> redeemCode(const QString &code); // the instance it connected
    const InstanceState *findInstance(const QString &instanceId) const;
    void pruneExpiredCodes();

    QTcpServer m_server;
    QSslServer m_tlsServer;
    QString m_listenError;
    QString m_clientToken;
    QString m_partnerToken;
    QList<InstanceState> m_instances;
    QHash<QString, IssuedCode> m_codes;
    FaultPlan m_faults;
    QJsonArray m_requests;
    qint64 m_clockOffsetMs = 0;
};

} // namespace PartnerDesk::Sandbox
