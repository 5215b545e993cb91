#pragma once

#include "ZApiReplies.h"
#include "store/InstanceRepository.h"
#include "util/PhoneNumbers.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>

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
    QNetworkReply *m_reply;
    bool m_cancelled = false;
};

// Z-API over HTTPS. The one place that builds URLs, sets headers, reads answers and turns
// them into typed results: widgets and the CLI never see a QNetworkReply.
//
// Every request: the credentials in the path (validated, percent-encoded), the Client-Token
// header, redirects followed only to the same origin (Qt would otherwise carry our headers
// to another host), the timeout from Settings, at most maximumBodyBytes read. The API
// address is checked before anything is sent: https, or plain http to this computer only.
class ZApiClient : public QObject
{
    Q_OBJECT
public:
    // Settings are read on every request, so a change in the Settings dialog applies at once.
    ZApiClient(const Settings &settings, const Clock &clock, QObject *parent = nullptr);

    // Z-API's answers are a few hundred bytes; a QR code image about 10 KiB.
    static constexpr qint64 maximumBodyBytes = 64 * 1024;

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

    static QByteArray userAgent();

private:
    using Handler = std::function<void(const Error &, const ZApiAnswer &)>;
    // `invalidArgument`: what the caller found wrong with the call's own arguments; the call
    // is then refused like one with invalid credentials.
    ZApiCall *get(const ApiCredentials &credentials, const QStringList &endpoint, QObject *context,
                  Handler handler, const Error &invalidArgument = {});
    template<typename T>
    ZApiCall *getTyped(const ApiCredentials &credentials, const QStringList &endpoint, QObject *context,
                       Error (*parse)(const ZApiAnswer &, T *), Done<T> done, const Error &invalidArgument = {});
    Error checkCall(const ApiCredentials &credentials) const;

    const Settings &m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
};

} // namespace PartnerDesk
