#pragma once

#include "ZApiReplies.h"
#include "store/InstanceRepository.h"
#include "util/PhoneNumbers.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <variant>

class QNetworkReply;

namespace PartnerDesk {

class Clock;
class Settings;

// One request in flight. It deletes itself once its callback has run; keep it in a
// QPointer to cancel it.
class ZApiCall : public QObject
{
    Q_OBJECT
public:
    // The callback runs with ErrorCode::Cancelled (unless it already ran), possibly before
    // cancel() returns.
    void cancel();

private:
    friend class ZApiClient;
    explicit ZApiCall(QNetworkReply *reply);
    // Ends the request early for `reason` (Cancelled, Timeout at the deadline,
    // ResponseTooLarge), unless something ended it already: the first reason is the one the
    // callback gets. Aborting finishes the reply at once, so the callback may run inside.
    void stop(ErrorCode reason);

    QNetworkReply *m_reply;
    ErrorCode m_stoppedFor = ErrorCode::None;
    QTimer m_deadline; // the whole request, from sending to the last byte
};

// Z-API over HTTPS. The one place that builds URLs, sets headers, reads answers and turns
// them into typed results: widgets and the CLI never see a QNetworkReply.
//
// Every request: the credentials validated before anything is sent (an instance's in the
// path, percent-encoded, with the Client-Token header; the partner token in the Authorization
// header of the partner list, and nowhere else), redirects followed only to the same origin
// (Qt would otherwise carry our headers to another host), the timeout from Settings both
// between two bytes and for the whole request, a capped body. The API address is checked
// before anything is sent: https, or plain http to this computer only.
class ZApiClient : public QObject
{
    Q_OBJECT
public:
    // Settings are read on every request, so a change in the Settings dialog applies at once.
    ZApiClient(const Settings &settings, const Clock &clock, QObject *parent = nullptr);

    // Z-API's answers are a few hundred bytes; a QR code image about 10 KiB.
    static constexpr qint64 maximumBodyBytes = 64 * 1024;
    // A page of the partner list: about 250 bytes an instance as documented, 25 KiB for the
    // 100 a sync asks for; real items carry more fields than documented (webhook addresses
    // among them), so room for ten times that.
    static constexpr qint64 maximumAccountPageBytes = 1024 * 1024;

    template<typename T>
    using Done = std::function<void(const Error &, const T &)>;

    // The callbacks run only while `context` lives, always later (never inside the call).
    ZApiCall *extensionCode(const ApiCredentials &credentials, QObject *context, Done<ExtensionCode> done);
    ZApiCall *instanceStatus(const ApiCredentials &credentials, QObject *context, Done<InstanceStatus> done);
    ZApiCall *qrCode(const ApiCredentials &credentials, QObject *context, Done<QrCode> done);
    // The customer's number, understood (PhoneNumbers::parse); its international digits are
    // sent ("5511999999999"). An empty one is answered with InvalidPhone, and nothing is sent.
    ZApiCall *phoneCode(const ApiCredentials &credentials, const PhoneNumber &phone, QObject *context,
                        Done<PhoneCode> done);
    // Who is linked to the instance's WhatsApp; nobody is an answer (DeviceInfo::connected).
    ZApiCall *device(const ApiCredentials &credentials, QObject *context, Done<DeviceInfo> done);
    // Restarts the instance (the customer need not connect again); true when Z-API says so.
    ZApiCall *restart(const ApiCredentials &credentials, QObject *context, Done<bool> done);
    // Unlinks WhatsApp from the instance: the customer must connect again. Not "disconnect",
    // which would hide QObject::disconnect.
    ZApiCall *disconnectWhatsApp(const ApiCredentials &credentials, QObject *context, Done<bool> done);

    // One page of the partner account's instances, `page` from 1, with the partner token as
    // a Bearer token and no Client-Token. Z-API may serve fewer than `pageSize` a page (see
    // AccountPage). An empty token is answered with PartnerTokenMissing, and nothing is sent.
    // The answer carries every instance's token: whatever holds it is holding secrets.
    ZApiCall *accountPage(const QString &partnerToken, int page, int pageSize, QObject *context,
                          Done<AccountPage> done);

    static QByteArray userAgent();

private:
    // Whose credentials a request carries, and so where they go. Each request is built from
    // exactly one of the two: an instance request has no place for the partner token, and a
    // partner request none for instance credentials or the Client-Token.
    struct InstanceRequest
    {
        ApiCredentials credentials;
        QStringList endpoint; // after /instances/{id}/token/{token}; endpoint.first() is logged
        qint64 maximumBytes = maximumBodyBytes;
    };
    struct PartnerRequest
    {
        QString partnerToken;
        QStringList endpoint; // after the API address; endpoint.first() is logged
        QUrlQuery query;      // never logged
        qint64 maximumBytes = maximumBodyBytes;
    };
    using Request = std::variant<InstanceRequest, PartnerRequest>;

    using Handler = std::function<void(const Error &, const ZApiAnswer &)>;
    // `invalidArgument`: what the caller found wrong with the call's own arguments; the call
    // is then refused like one with invalid credentials.
    ZApiCall *get(const Request &request, QObject *context, Handler handler, const Error &invalidArgument = {});
    template<typename T>
    ZApiCall *getTyped(const Request &request, QObject *context, Error (*parse)(const ZApiAnswer &, T *), Done<T> done,
                       const Error &invalidArgument = {});
    Error checkCall(const Request &request) const;
    // `path` gets the URL path as the request's QUrl took it (a shallow copy, it holds an
    // instance's credentials): wiped once the reply is finished, never before.
    QNetworkRequest buildRequest(const Request &request, QString *path) const;

    const Settings &m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
};

} // namespace PartnerDesk
