#include "ZApiClient.h"

#include "util/Clock.h"
#include "util/LogRedaction.h"
#include "util/Logging.h"
#include "util/SecureBytes.h"
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
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { stop(ErrorCode::Timeout); });
}

void ZApiCall::cancel()
{
    stop(ErrorCode::Cancelled);
}

void ZApiCall::stop(ErrorCode reason)
{
    if (m_stoppedFor != ErrorCode::None)
        return;
    m_stoppedFor = reason;
    m_deadline.stop();
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

Error ZApiClient::checkCall(const Request &request) const
{
    if (Error error = Validation::checkApiBaseUrl(m_settings.apiBaseUrl()))
        return error;
    if (const auto *instance = std::get_if<InstanceRequest>(&request)) {
        const ApiCredentials &credentials = instance->credentials;
        if (Error error = Validation::checkInstanceId(credentials.instance.instanceId))
            return error;
        if (Error error = Validation::checkInstanceToken(credentials.instance.instanceToken))
            return error;
        if (!credentials.clientToken.isEmpty())
            return Validation::checkClientToken(credentials.clientToken);
        return {};
    }
    const QString &partnerToken = std::get<PartnerRequest>(request).partnerToken;
    if (partnerToken.isEmpty())
        return ErrorCode::PartnerTokenMissing;
    return Validation::checkPartnerToken(partnerToken);
}

QNetworkRequest ZApiClient::buildRequest(const Request &request, QString *builtPath) const
{
    QNetworkRequest networkRequest;
    QUrl url = m_settings.apiBaseUrl();
    QStringList segments;
    if (const auto *instance = std::get_if<InstanceRequest>(&request)) {
        const ApiCredentials &credentials = instance->credentials;
        segments = QStringList{QStringLiteral("instances"), credentials.instance.instanceId, QStringLiteral("token"),
                               credentials.instance.instanceToken}
                 + instance->endpoint;
        // An account that never activated its security token takes requests without one.
        if (!credentials.clientToken.isEmpty())
            networkRequest.setRawHeader("Client-Token", credentials.clientToken.toLatin1());
    } else {
        const auto &partner = std::get<PartnerRequest>(request);
        segments = partner.endpoint;
        url.setQuery(partner.query);
        QByteArray token = partner.partnerToken.toLatin1();
        networkRequest.setRawHeader("Authorization", "Bearer " + token);
        wipe(token);
    }
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // The path holds the instance ID and token: each copy made on the way is wiped here, and
    // room for the whole path is made first so that growing it leaves no copy behind in freed
    // memory. QUrl keeps this very buffer when the path needs no recoding (the usual case):
    // wiping it now would send zeros, so the caller wipes it once the reply is finished.
    qsizetype pathSize = path.size();
    for (const QString &segment : std::as_const(segments))
        pathSize += 1 + 3 * segment.size(); // "/" and every character percent-encoded at most
    path.reserve(pathSize);
    for (const QString &segment : std::as_const(segments)) {
        QByteArray encoded = QUrl::toPercentEncoding(segment);
        path += QLatin1Char('/');
        path += QLatin1String(encoded);
        wipe(encoded);
    }
    url.setPath(path, QUrl::StrictMode);
    networkRequest.setUrl(url);
    *builtPath = path;

    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(3);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return networkRequest;
}

ZApiCall *ZApiClient::get(const Request &request, QObject *context, Handler handler, const Error &invalidArgument)
{
    Error refusal = checkCall(request);
    if (!refusal)
        refusal = invalidArgument;
    if (refusal) {
        auto *call = new ZApiCall(nullptr);
        call->setParent(this);
        // Timed on the call, not the context: a context gone by then must not leave the call behind.
        QTimer::singleShot(0, call, [call, receiver = QPointer<QObject>(context), refusal, handler] {
            if (receiver)
                handler(call->m_stoppedFor == ErrorCode::Cancelled ? Error(ErrorCode::Cancelled) : refusal, {});
            call->deleteLater();
        });
        return call;
    }

    auto path = std::make_shared<QString>();
    QNetworkRequest networkRequest = buildRequest(request, path.get());
    const int timeoutMs = m_settings.requestTimeoutSeconds() * 1000;
    // Between two bytes, which Qt measures itself; the deadline below covers a server that
    // keeps sending a byte now and then.
    networkRequest.setTransferTimeout(timeoutMs);
    const qint64 maximumBytes = std::visit([](const auto &sent) { return sent.maximumBytes; }, request);
    QNetworkReply *reply = m_network.get(networkRequest);
    // Shallow copies of the header values that carry a secret: once the reply is finished they
    // are wiped in place, in the buffer Qt's own copies of the request share with them.
    auto secretHeaders = std::make_shared<QList<QByteArray>>();
    for (const QByteArray &name : {QByteArrayLiteral("Client-Token"), QByteArrayLiteral("Authorization")}) {
        if (networkRequest.hasRawHeader(name))
            secretHeaders->append(networkRequest.rawHeader(name));
    }
    networkRequest = QNetworkRequest();
    // Qt stops taking bytes from the socket once one more than the cap waits unread, and
    // limitBody below keeps at most that much: a body that never ends cannot fill the memory.
    reply->setReadBufferSize(maximumBytes + 1);
    auto *call = new ZApiCall(reply);
    call->setParent(this);
    call->m_deadline.start(timeoutMs);
    auto body = std::make_shared<QByteArray>();
    // Checked when the headers arrive (a length announced over the cap ends it before the
    // body) and on every readyRead, which also takes what came: Qt's HTTP thread can stop
    // feeding a read buffer that nobody empties just short of its size, and the answer would
    // then end at the timeout instead of here.
    const auto limitBody = [call, reply, body, maximumBytes] {
        if (!reply->isOpen()) // cancelled or stopped: the reply was aborted, nothing to read
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        body->append(reply->read(maximumBytes + 1 - body->size()));
        if (body->size() > maximumBytes || announced > maximumBytes)
            call->stop(ErrorCode::ResponseTooLarge);
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, limitBody);
    connect(reply, &QNetworkReply::readyRead, reply, limitBody);
    // The endpoint's name only: the path holds the instance credentials and the query of
    // the partner list is nobody's business either.
    const QString endpointName = std::visit([](const auto &sent) { return sent.endpoint.first(); }, request);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QPointer<QObject> receiver(context);
    connect(reply, &QNetworkReply::finished, this, [=] {
        call->m_deadline.stop();
        Error error;
        ZApiAnswer answer;
        answer.receivedAtMs = m_clock.currentMSecsSinceEpoch();
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError transportError = reply->error();
        // Errors below ContentAccessDenied happened on the way (no answer, or an answer cut
        // off); the others came with an HTTP status, which says more.
        const bool brokeInTransit = transportError != QNetworkReply::NoError
            && (answer.httpStatus == 0 || transportError < QNetworkReply::ContentAccessDenied);
        if (call->m_stoppedFor != ErrorCode::None) {
            error = call->m_stoppedFor;
        } else if (brokeInTransit) {
            error = networkError(transportError);
        } else {
            answer.body = *body + reply->read(maximumBytes + 1 - body->size());
            if (answer.body.size() > maximumBytes)
                error = ErrorCode::ResponseTooLarge;
            answer.retryAfter = reply->rawHeader("Retry-After");
            answer.serverDateMs = ZApiReplies::parseHttpDate(reply->rawHeader("Date"));
        }
        qCDebug(lcZApi).noquote() << "GET" << endpointName << "->"
                                 << (answer.httpStatus ? QString::number(answer.httpStatus) : QStringLiteral("no answer"))
                                 << "in" << elapsed->elapsed() << "ms"
                                 << (error ? QStringLiteral("(error %1)").arg(int(error.code)) : QString());
        for (QByteArray &header : *secretHeaders)
            wipe(header);
        wipe(*path);
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
ZApiCall *ZApiClient::getTyped(const Request &request, QObject *context, Error (*parse)(const ZApiAnswer &, T *),
                               Done<T> done, const Error &invalidArgument)
{
    return get(request, context, [parse, done](const Error &error, const ZApiAnswer &answer) {
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
    return getTyped(InstanceRequest{credentials, {QStringLiteral("extension-token")}}, context,
                    &ZApiReplies::parseExtensionCode, std::move(done));
}

ZApiCall *ZApiClient::instanceStatus(const ApiCredentials &credentials, QObject *context, Done<InstanceStatus> done)
{
    return getTyped(InstanceRequest{credentials, {QStringLiteral("status")}}, context,
                    &ZApiReplies::parseInstanceStatus, std::move(done));
}

ZApiCall *ZApiClient::qrCode(const ApiCredentials &credentials, QObject *context, Done<QrCode> done)
{
    return getTyped(InstanceRequest{credentials, {QStringLiteral("qr-code"), QStringLiteral("image")}}, context,
                    &ZApiReplies::parseQrCode, std::move(done));
}

ZApiCall *ZApiClient::phoneCode(const ApiCredentials &credentials, const PhoneNumber &phone, QObject *context,
                                Done<PhoneCode> done)
{
    // Without digits the path would end in "/phone-code/", which Z-API answers as if the
    // instance were unknown.
    return getTyped(InstanceRequest{credentials, {QStringLiteral("phone-code"), phone.digits()}}, context,
                    &ZApiReplies::parsePhoneCode, std::move(done),
                    phone.e164.isEmpty() ? Error(ErrorCode::InvalidPhone) : Error());
}

ZApiCall *ZApiClient::device(const ApiCredentials &credentials, QObject *context, Done<DeviceInfo> done)
{
    return getTyped(InstanceRequest{credentials, {QStringLiteral("device")}}, context, &ZApiReplies::parseDeviceInfo,
                    std::move(done));
}

ZApiCall *ZApiClient::restart(const ApiCredentials &credentials, QObject *context, Done<bool> done)
{
    return getTyped(InstanceRequest{credentials, {QStringLiteral("restart")}}, context, &ZApiReplies::parseRestart,
                    std::move(done));
}

ZApiCall *ZApiClient::disconnectWhatsApp(const ApiCredentials &credentials, QObject *context, Done<bool> done)
{
    return getTyped(InstanceRequest{credentials, {QStringLiteral("disconnect")}}, context,
                    &ZApiReplies::parseDisconnect, std::move(done));
}

ZApiCall *ZApiClient::accountPage(const QString &partnerToken, int page, int pageSize, QObject *context,
                                  Done<AccountPage> done)
{
    Q_ASSERT(page >= 1 && pageSize >= 1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    const PartnerRequest request{partnerToken, {QStringLiteral("instances")}, query, maximumAccountPageBytes};
    return getTyped<AccountPage>(request, context, &ZApiReplies::parseAccountPage,
                                 [page, done = std::move(done)](const Error &error, const AccountPage &answer) {
        // A server that ignores `page` would hand a sync the first page again and again;
        // what it did not ask for is not an answer.
        if (!error && answer.page != page) {
            done(ErrorCode::MalformedResponse, {});
            return;
        }
        // Secrets that did not come from the vault: the log redaction learns them here.
        for (const AccountInstance &instance : answer.instances) {
            LogRedaction::remember(instance.instanceId);
            LogRedaction::remember(instance.instanceToken);
        }
        done(error, answer);
    });
}

} // namespace PartnerDesk
