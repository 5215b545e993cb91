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
    // What the partner list serves a page unless --max-page-size or /sandbox/partner say otherwise.
    static constexpr int DefaultMaxPageSize = 100;

    explicit SandboxServer(QObject *parent = nullptr);

    // Empty (the default) disables the check, like an account that never activated the
    // security token; otherwise every per-instance call must carry it.
    void setClientToken(const QString &token);
    QString clientToken() const;
    // Empty (the default) makes the partner list refuse everyone.
    void setPartnerToken(const QString &token);
    QString partnerToken() const;
    // The partner list serves min(pageSize, this) instances a page, like Z-API's own cap.
    void setMaxPageSize(int size);
    int maxPageSize() const;

    // Replaces an instance with the same id, keeping its position.
    void addInstance(const SandboxInstance &instance);
    // Its calls then answer as for an instance that never existed, and its codes stop
    // working. False for an unknown instance.
    bool removeInstance(const QString &instanceId);
    // Adds count instances with fresh ids and tokens (letters and digits, like Z-API's),
    // named "<prefix> 0001" onwards, after the others; returns them.
    QList<SandboxInstance> generateInstances(int count, const QString &prefix);
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
    // Forgets requests, faults, codes, the clock offset and the request counts of
    // /sandbox/stats; disconnects every instance. Instances, tokens and the page cap stay.
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
        qint64 dueMs = 0;
        QString paymentStatus;
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
        int listPage = 0; // the page a list call asks for; 0 for other calls and unreadable pages
    };

    static std::optional<Route> parseRoute(const HttpRequest &request);
    // Ids and tokens become path segments, so they are kept to URL-safe characters.
    static bool isCredential(const QString &text);
    static bool isPhone(const QString &text); // international digits, 10 to 15 of them

    void acceptConnections(QTcpServer *server);
    void handle(HttpConnection *connection, const HttpRequest &request);
    void handleZapi(HttpConnection *connection, const HttpRequest &request);
    void send(HttpConnection *connection, HttpResponse response) const;
    void record(const HttpRequest &request);
    void trackInFlight(HttpConnection *connection);

    std::optional<HttpResponse> authenticate(const Route &route, const HttpRequest &request) const;
    // takeEffect is false when a fault replaces the reply: a faulted call leaves no trace
    // (no code issued, no instance disconnected).
    HttpResponse zapiResponse(const Route &route, const HttpRequest &request, bool takeEffect);
    HttpResponse extensionToken(const QString &instanceId, bool takeEffect);
    HttpResponse device(const QString &instanceId) const;
    HttpResponse instanceList(const HttpRequest &request) const;
    static QJsonObject listItem(const InstanceState &state);

    HttpResponse control(const HttpRequest &request);
    HttpResponse controlRedeem(const QJsonObject &body);
    HttpResponse controlFaults(const QJsonObject &body);
    HttpResponse controlClock(const QJsonObject &body);
    HttpResponse controlStatus(const QJsonObject &body);
    HttpResponse controlPartner(const QJsonObject &body);
    HttpResponse controlInstance(const QJsonObject &body);
    HttpResponse controlGenerate(const QJsonObject &body);
    HttpResponse controlRemove(const QString &instanceId);
    HttpResponse controlStats() const;
    void resetStats();

    std::optional<QString> redeemCode(const QString &code); // the instance it connected
    // Not connected, created now, paid for a billing period.
    InstanceState freshState(const SandboxInstance &instance) const;
    const InstanceState *findInstance(const QString &instanceId) const;
    InstanceState *findInstance(const QString &instanceId);
    void pruneExpiredCodes();

    QTcpServer m_server;
    QSslServer m_tlsServer;
    QString m_listenError;
    QString m_clientToken;
    QString m_partnerToken;
    int m_maxPageSize = DefaultMaxPageSize;
    QList<InstanceState> m_instances; // in the order they were added: the partner list's order
    QHash<QString, qsizetype> m_instanceIndex; // id → position in m_instances: thousands are checked by id
    QHash<QString, IssuedCode> m_codes;
    FaultPlan m_faults;
    QJsonArray m_requests;
    qint64 m_clockOffsetMs = 0;
    // Z-API requests received whose connection is still open: the answer has not gone out
    // whole (a delay, hang or slow-body fault holds it) and the client has not given up.
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    qint64 m_requestCount = 0;
};

} // namespace PartnerDesk::Sandbox
