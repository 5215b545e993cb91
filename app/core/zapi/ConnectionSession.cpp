#include "ConnectionSession.h"

#include "store/InstanceRepository.h"
#include "util/Clock.h"
#include "util/Logging.h"

namespace PartnerDesk {

ConnectionSession::ConnectionSession(InstanceRepository *repository, ZApiClient *client, const Clock &clock,
                                     const QUuid &instance, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_client(client)
    , m_clock(clock)
    , m_instance(instance)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectionSession::pollStatus);
}

ConnectionSession::~ConnectionSession()
{
    for (Request *request : {&m_codeRequest, &m_qrRequest, &m_phoneRequest, &m_statusRequest})
        cancel(*request);
}

void ConnectionSession::cancel(Request &request)
{
    ++request.generation; // answers of the old request, still on their way, are dropped
    request.running = false;
    if (request.call)
        request.call->cancel();
    request.call = nullptr;
}

void ConnectionSession::start(Request &request, std::function<ZApiCall *(const ApiCredentials &, quint64)> send,
                              const Failed &failed)
{
    cancel(request);
    const quint64 generation = ++request.generation;
    request.running = true;
    if (const qint64 waitMs = retryWaitMs(); waitMs > 0) {
        Error wait(ErrorCode::RateLimited);
        wait.retryAfterSeconds = static_cast<int>((waitMs + 999) / 1000);
        // Later, like every answer: the caller has finished its own bookkeeping by then.
        QTimer::singleShot(0, this, [&request, generation, failed, wait] {
            if (generation != request.generation)
                return;
            request.running = false;
            failed(wait);
        });
        return;
    }
    // The vault may need the keychain first (a prompt, on some systems): asynchronous too.
    m_repository->apiCredentials(m_instance, this, [&request, generation, send, failed](
                                                        const Error &error, const ApiCredentials &credentials) {
        if (generation != request.generation)
            return;
        if (error) {
            request.running = false;
            failed(error);
            return;
        }
        request.call = send(credentials, generation);
    });
}

template<typename T>
ZApiClient::Done<T> ConnectionSession::answer(Request &request, quint64 generation, Failed failed,
                                              std::function<void(const T &)> succeeded)
{
    return [this, &request, generation, failed, succeeded](const Error &error, const T &value) {
        if (generation != request.generation)
            return;
        request.running = false;
        request.call = nullptr;
        if (error.code == ErrorCode::RateLimited && error.retryAfterSeconds > 0)
            m_retryAllowedAtMs = m_clock.currentMSecsSinceEpoch() + error.retryAfterSeconds * 1000LL;
        if (error)
            failed(error);
        else
            succeeded(value);
    };
}

qint64 ConnectionSession::retryWaitMs() const
{
    return qMax<qint64>(0, m_retryAllowedAtMs - m_clock.currentMSecsSinceEpoch());
}

void ConnectionSession::requestExtensionCode()
{
    const Failed failed = [this](const Error &error) { emit extensionCodeFailed(error); };
    start(m_codeRequest, [this, failed](const ApiCredentials &credentials, quint64 generation) {
        return m_client->extensionCode(credentials, this, answer<ExtensionCode>(m_codeRequest, generation, failed,
            [this](const ExtensionCode &code) {
                m_code = code;
                if (Error error = m_repository->setLastCodeAt(m_instance, m_clock.now()))
                    qCWarning(lcStore) << "could not record when the code was generated:" << error.message();
                emit extensionCodeReady(code);
            }));
    }, failed);
}

void ConnectionSession::cancelExtensionCode()
{
    cancel(m_codeRequest);
}

qint64 ConnectionSession::remainingMs() const
{
    return m_code ? m_code->remainingMs(m_clock.currentMSecsSinceEpoch()) : 0;
}

void ConnectionSession::requestQrCode()
{
    const Failed failed = [this](const Error &error) { emit qrCodeFailed(error); };
    start(m_qrRequest, [this, failed](const ApiCredentials &credentials, quint64 generation) {
        return m_client->qrCode(credentials, this, answer<QrCode>(m_qrRequest, generation, failed,
            [this](const QrCode &qrCode) { emit qrCodeReady(qrCode); }));
    }, failed);
}

void ConnectionSession::cancelQrCode()
{
    cancel(m_qrRequest);
}

Error ConnectionSession::requestPhoneCode(const QString &phone)
{
    PhoneNumber number;
    if (Error error = PhoneNumbers::parse(phone, m_repository->defaultPhoneRegion(), &number))
        return error;
    const Failed failed = [this](const Error &error) { emit phoneCodeFailed(error); };
    start(m_phoneRequest, [this, failed, number](const ApiCredentials &credentials, quint64 generation) {
        return m_client->phoneCode(credentials, number, this, answer<PhoneCode>(m_phoneRequest, generation, failed,
            [this](const PhoneCode &phoneCode) { emit phoneCodeReady(phoneCode); }));
    }, failed);
    return {};
}

void ConnectionSession::requestStatus()
{
    const Failed failed = [this](const Error &error) {
        if (m_watching) {
            // Z-API's own Retry-After, when it gave one, outlasts the backoff.
            m_nextPollMs = static_cast<int>(qMax<qint64>(qMin(m_nextPollMs * 2, maximumStatusPollMs), retryWaitMs()));
            m_pollTimer.start(m_nextPollMs);
        }
        emit statusFailed(error);
    };
    start(m_statusRequest, [this, failed](const ApiCredentials &credentials, quint64 generation) {
        return m_client->instanceStatus(credentials, this, answer<InstanceStatus>(m_statusRequest, generation, failed,
            [this](const InstanceStatus &status) {
                recordStatus(status.connected);
                const bool newlyConnected = status.connected && !m_connected;
                m_connected = status.connected;
                m_nextPollMs = m_statusPollMs;
                if (m_connected)
                    stopWatching();
                else if (m_watching)
                    m_pollTimer.start(m_nextPollMs);
                // Only now, so that a slot sees the session as this answer left it (no backoff
                // delay from the errors before it, watching already stopped when connected).
                emit statusReady(status);
                if (newlyConnected)
                    emit connected();
            }));
    }, failed);
}

void ConnectionSession::startWatching()
{
    if (m_watching || m_connected)
        return;
    m_watching = true;
    m_nextPollMs = m_statusPollMs;
    pollStatus();
}

void ConnectionSession::stopWatching()
{
    m_watching = false;
    m_pollTimer.stop();
    cancel(m_statusRequest);
}

void ConnectionSession::pollStatus()
{
    if (m_watching && !m_statusRequest.running)
        requestStatus();
}

void ConnectionSession::recordStatus(bool connected)
{
    const std::optional<InstanceRecord> record = m_repository->record(m_instance);
    if (!record)
        return;
    const ConnectionStatus status = connected ? ConnectionStatus::Connected : ConnectionStatus::Disconnected;
    // Polling every few seconds writes only when the answer changes.
    if (record->status == status)
        return;
    if (Error error = m_repository->setStatus(m_instance, status))
        qCWarning(lcStore) << "could not record the connection status:" << error.message();
}

} // namespace PartnerDesk
