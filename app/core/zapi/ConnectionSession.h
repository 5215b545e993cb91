#pragma once

#include "ZApiClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace PartnerDesk {

class Clock;
class InstanceRepository;

// Everything the agent does to help one customer instance connect: the extension code, the
// QR code, the phone code and watching /status until WhatsApp is linked. Fetches the
// credentials from the vault for each request, answers with typed signals, and records what
// it learnt in the instance list (when a code was generated, the connection status); a
// failed request changes nothing there.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    ConnectionSession(InstanceRepository *repository, ZApiClient *client, const Clock &clock, const QUuid &instance,
                      QObject *parent = nullptr);
    ~ConnectionSession() override;

    const Clock &clock() const { return m_clock; }

    // A new code replaces the current one; a request already running is cancelled first.
    void requestExtensionCode();
    bool isRequestingExtensionCode() const { return m_codeRequest.running; }
    void cancelExtensionCode();
    const std::optional<ExtensionCode> &extensionCode() const { return m_code; }
    // 0 when there is no code or it has expired.
    qint64 remainingMs() const;
    bool isExpired() const { return m_code && remainingMs() == 0; }

    void requestQrCode();
    // The answer of a QR request still running is dropped (nobody looks at the code any more).
    void cancelQrCode();
    // `phone` as typed, understood with the default country in Settings; its international
    // digits are sent. One that cannot be a WhatsApp number is refused here, with the reason,
    // and nothing is sent; any other outcome comes as phoneCodeReady() or phoneCodeFailed().
    [[nodiscard]] Error requestPhoneCode(const QString &phone);
    void requestStatus();

    // How long Z-API asked this session to wait (a 429 answer with Retry-After, to any of
    // its requests); 0 when it may ask again. Until then nothing is sent, whoever asks:
    // every request is answered with RateLimited and the seconds still to wait.
    qint64 retryWaitMs() const;

    // Polls /status until it says connected (every statusPollMs; on errors, twice as long
    // each time, up to maximumStatusPollMs).
    void startWatching();
    void stopWatching();
    bool isWatching() const { return m_watching; }
    bool isConnected() const { return m_connected; }

    static constexpr int defaultStatusPollMs = 3000;
    static constexpr int maximumStatusPollMs = 60000;
    // Tests poll faster; nothing else should need to.
    void setStatusPollInterval(int msec) { m_statusPollMs = msec; }
    // When the next poll is due after an error, for "trying again in 12 s".
    int nextStatusPollMs() const { return m_nextPollMs; }

signals:
    void extensionCodeReady(const PartnerDesk::ExtensionCode &code);
    void extensionCodeFailed(const PartnerDesk::Error &error);
    void qrCodeReady(const PartnerDesk::QrCode &qrCode);
    void qrCodeFailed(const PartnerDesk::Error &error);
    void phoneCodeReady(const PartnerDesk::PhoneCode &phoneCode);
    void phoneCodeFailed(const PartnerDesk::Error &error);
    void statusReady(const PartnerDesk::InstanceStatus &status);
    void statusFailed(const PartnerDesk::Error &error);
    // Once, the first time /status says connected.
    void connected();

private:
    // One kind of request at a time; a newer one supersedes (and cancels) the older.
    struct Request
    {
        quint64 generation = 0;
        bool running = false;
        QPointer<ZApiCall> call;
    };
    using Failed = std::function<void(const Error &)>;
    // Credentials first, then `send`; `failed` hears about either going wrong.
    void start(Request &request, std::function<ZApiCall *(const ApiCredentials &, quint64 generation)> send,
               const Failed &failed);
    // The callback for the request's answer, dropped when a newer request took its place.
    template<typename T>
    ZApiClient::Done<T> answer(Request &request, quint64 generation, Failed failed,
                               std::function<void(const T &)> succeeded);
    static void cancel(Request &request);
    void pollStatus();
    void recordStatus(bool connected);

    InstanceRepository *m_repository;
    ZApiClient *m_client;
    const Clock &m_clock;
    QUuid m_instance;

    std::optional<ExtensionCode> m_code;
    Request m_codeRequest;
    Request m_qrRequest;
    Request m_phoneRequest;
    Request m_statusRequest;

    QTimer m_pollTimer;
    bool m_watching = false;
    bool m_connected = false;
    int m_statusPollMs = defaultStatusPollMs;
    int m_nextPollMs = defaultStatusPollMs;
    qint64 m_retryAllowedAtMs = 0; // local clock
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ExtensionCode)
Q_DECLARE_METATYPE(PartnerDesk::InstanceStatus)
Q_DECLARE_METATYPE(PartnerDesk::QrCode)
Q_DECLARE_METATYPE(PartnerDesk::PhoneCode)
