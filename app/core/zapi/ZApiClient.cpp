#include "ZApiClient.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Settings.h"
#include "util/Validation.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace PartnerDesk {

namespace {

Error networkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return ErrorCode::Timeout;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorCode::TlsFailure;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ErrorCode::RedirectBlocked;
    default:
        return ErrorCode::ConnectionFailed;
    }
}

} // namespace

ZApiCall::ZApiCall(QNetworkReply *reply)
    : m_reply(reply)
{
}

void ZApiCall::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // Aborting finishes the reply at once: the callback runs inside this call, with Cancelled.
    if (m_reply && m_reply->isRunning())
        m_reply->abort();
}

ZApiClient::ZApiClient(const Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
{
    // No cookies: every request is authenticated by its path and header alone, and nothing
    // a server sets should follow us to the next request.
    m_network.setCookieJar(nullptr);
}

QByteArray ZApiClient::userAgent()
{
    return QByteArrayLiteral("PartnerDesk/" PARTNERDESK_VERSION " (Qt/") + qVersion() + ')';
}

Error ZApiClient::checkCall(const ApiCredentials &credentials) const
{
    if (Error error = Validation::checkApiBaseUrl(m_settings.apiBaseUrl()))
        return error;
    if (Error error = Validation::checkInstanceId(credentials.instance.instanceId))
        return error;
    if (Error error = Validation::checkInstanceToken(credentials.instance.instanceToken))
        return error;
    if (!credentials.clientToken.isEmpty()) {
        if (Error error = Validation::checkClientToken(credentials.clientToken))
            return error;
    }
    return {};
}

ZApiCall *ZApiClient::get(const ApiCredentials &credentials, const QStringList &endpoint, QObject *context,
                          Handler handler, const Error &invalidArgument)
{
    Error refusal = checkCall(credentials);
    if (!refusal)
        refusal = invalidArgument;
    if (refusal) {
        auto *call = new ZApiCall(nullptr);
        call->setParent(this);
        // Timed on the call, not the context: a context gone by then must not leave the call behind.
        QTimer::singleShot(0, call, [call, receiver = QPointer<QObject>(context), refusal, handler] {
            if (receiver)
                handler(call->m_cancelled ? Error(ErrorCode::Cancelled) : refusal, {});
            call->deleteLater();
        });
        return call;
    }

    QUrl url = m_settings.apiBaseUrl();
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QStringList segments{QStringLiteral("instances"), credentials.instance.instanceId, QStringLiteral("token"),
                         credentials.instance.instanceToken};
    segments.append(endpoint);
    for (const QString &segment : std::as_const(segments))
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    // An account that never activated its security token takes requests without one.
    if (!credentials.clientToken.isEmpty())
        request.setRawHeader("Client-Token", credentials.clientToken.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_settings.requestTimeoutSeconds() * 1000);

    QNetworkReply *reply = m_network.get(request);
    // Qt stops taking bytes from the socket once one more than the cap waits unread, and
    // limitBody below keeps at most that much: a body that never ends cannot fill the memory.
    reply->setReadBufferSize(maximumBodyBytes + 1);
    auto *call = new ZApiCall(reply);
    call->setParent(this);
    auto tooLarge = std::make_shared<bool>(false);
    auto body = std::make_shared<QByteArray>();
    // Checked when the headers arrive (a length announced over the cap ends it before the
    // body) and on every readyRead, which also takes what came: Qt's HTTP thread can stop
    // feeding a read buffer that nobody empties just short of its size, and the answer would
    // then end at the timeout instead of here.
    const auto limitBody = [reply, tooLarge, body] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        body->append(reply->read(maximumBodyBytes + 1 - body->size()));
        if (body->size() > maximumBodyBytes || announced > maximumBodyBytes) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, limitBody);
    connect(reply, &QNetworkReply::readyRead, reply, limitBody);
    const QString endpointName = endpoint.first();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QPointer<QObject> receiver(context);
    connect(reply, &QNetworkReply::finished, this, [=] {
        Error error;
        ZApiAnswer answer;
        answer.receivedAtMs = m_clock.currentMSecsSinceEpoch();
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError transportError = reply->error();
        // Errors below ContentAccessDenied happened on the way (no answer, or an answer cut
        // off); the others came with an HTTP status, which says more.
        const bool brokeInTransit = transportError != QNetworkReply::NoError
            && (answer.httpStatus == 0 || transportError < QNetworkReply::ContentAccessDenied);
        if (call->m_cancelled) {
            error = ErrorCode::Cancelled;
        } else if (*tooLarge) {
            error = ErrorCode::ResponseTooLarge;
        } else if (brokeInTransit) {
            error = networkError(transportError);
        } else {
            answer.body = *body + reply->read(maximumBodyBytes + 1 - body->size());
            if (answer.body.size() > maximumBodyBytes)
                error = ErrorCode::ResponseTooLarge;
            answer.retryAfter = reply->rawHeader("Retry-After");
            answer.serverDateMs = ZApiReplies::parseHttpDate(reply->rawHeader("Date"));
        }
        qCDebug(lcZApi).noquote() << "GET" << endpointName << "->"
                                 << (answer.httpStatus ? QString::number(answer.httpStatus) : QStringLiteral("no answer"))
                                 << "in" << elapsed->elapsed() << "ms"
                                 << (error ? QStringLiteral("(error %1)").arg(int(error.code)) : QString());
        reply->deleteLater();
        call->deleteLater();
        if (receiver)
            handler(error, answer);
    });
    // A context that goes away takes its requests with it.
    if (context)
        connect(context, &QObject::destroyed, call, &ZApiCall::cancel);
    return call;
}

template<typename T>
ZApiCall *ZApiClient::getTyped(const ApiCredentials &credentials, const QStringList &endpoint, QObject *context,
                               Error (*parse)(const ZApiAnswer &, T *), Done<T> done, const Error &invalidArgument)
{
    return get(credentials, endpoint, context, [parse, done](const Error &error, const ZApiAnswer &answer) {
        T value{};
        if (error) {
            done(error, value);
            return;
        }
        const Error parseError = parse(answer, &value);
        done(parseError, parseError ? T{} : value);
    }, invalidArgument);
}

ZApiCall *ZApiClient::extensionCode(const ApiCredentials &credentials, QObject *context, Done<ExtensionCode> done)
{
    return getTyped(credentials, {QStringLiteral("extension-token")}, context, &ZApiReplies::parseExtensionCode,
                    std::move(done));
}

ZApiCall *ZApiClient::instanceStatus(const ApiCredentials &credentials, QObject *context, Done<InstanceStatus> done)
{
    return getTyped(credentials, {QStringLiteral("status")}, context, &ZApiReplies::parseInstanceStatus,
                    std::move(done));
}

ZApiCall *ZApiClient::qrCode(const ApiCredentials &credentials, QObject *context, Done<QrCode> done)
{
    return getTyped(credentials, {QStringLiteral("qr-code"), QStringLiteral("image")}, context,
                    &ZApiReplies::parseQrCode, std::move(done));
}

ZApiCall *ZApiClient::phoneCode(const ApiCredentials &credentials, const PhoneNumber &phone, QObject *context,
                                Done<PhoneCode> done)
{
    // Without digits the path would end in "/phone-code/", which Z-API answers as if the
    // instance were unknown.
    return getTyped(credentials, {QStringLiteral("phone-code"), phone.digits()}, context, &ZApiReplies::parsePhoneCode,
                    std::move(done), phone.e164.isEmpty() ? Error(ErrorCode::InvalidPhone) : Error());
}

} // namespace PartnerDesk
