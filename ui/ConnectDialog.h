#pragma once

#include "ClipboardSafety.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QScopedPointer>
#include <QTimer>
#include <QUuid>

namespace Ui {
class ConnectDialog;
}

namespace PartnerDesk {

class ConnectionSession;
class CopiedFeedback;
class Workspace;
struct Error;
struct InstanceStatus;
struct PhoneCode;
struct QrCode;

// The normal way to link a customer's WhatsApp to an instance: a QR code to scan, or a code
// to type after "Link with phone number instead", with a message to send the customer.
// While it is open, minimised too, it watches /status and turns into a success page once
// the customer is connected. The extension code is the alternative for phones that WhatsApp
// asks for a passkey; this dialog only offers it. A window of its own, never modal.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(Workspace *workspace, const QUuid &instance, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // WhatsApp rotates its QR code every 20 s; a new one is fetched a little earlier.
    static constexpr int defaultQrRefreshMs = 15000;
    // After the first code and this many new ones nobody scanned, the code is hidden until
    // the agent asks for another round: a dialog left open must not poll Z-API forever.
    static constexpr int qrRefreshesPerRound = 3;
    // Phone cameras read a QR code reliably from this size (logical pixels) up.
    static constexpr int minimumQrSide = 264;
    // The box the code is shown in (logical pixels): the minimum and a quiet margin.
    static constexpr int qrRoomSide = minimumQrSide + 32;

    // Test hooks: tests cannot wait 15 s per refresh, nor 3 s per status poll.
    void setQrRefreshInterval(int msec);
    ConnectionSession *session() const { return m_session; }
    QUuid instance() const { return m_instance; }

signals:
    // The agent chose the extension code instead; the dialog closes itself.
    void extensionFlowRequested();
    // Once, for telling an agent who is looking at another window.
    void customerConnected();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class QrState { Idle, Loading, Showing, Expired, Failed };

    void startWatching();
    void stopWatching();

    void startQrRound();
    void fetchQrCode();
    void pauseQr();
    void refreshQr();
    void showQrCode(const QrCode &qrCode);
    void showQrProblem(const Error &error);
    void updateQrCountdown();

    void requestPhoneCode();
    void showPhoneCode(const PhoneCode &phoneCode);
    void showPhoneProblem(const QString &message, bool canRetry);
    void setPhoneBusy(bool busy);
    void copyPhoneCode();
    void copyPhoneMessage();
    void updateRequestButtons();

    void showStatusProblem(const Error &error);
    void showConnected();

    bool qrTabIsCurrent() const;

    QScopedPointer<Ui::ConnectDialog> m_ui;
    QUuid m_instance;
    ConnectionSession *m_session;
    QString m_instanceName;

    QrState m_qrState = QrState::Idle;
    int m_qrRefreshes = 0;
    int m_qrRefreshMs = defaultQrRefreshMs;
    QTimer m_qrRefreshTimer;
    QDeadlineTimer m_qrRefreshDue; // for the countdown: QTimer's own may run over its interval
    QTimer m_qrCountdownTimer;
    bool m_phoneBusy = false;
    // Counts Z-API's Retry-After down on the buttons, while it lasts.
    QTimer m_retryTicker;
    CopiedFeedback *m_copied;
    // The phone code and its message copied from here. WhatsApp does not say how long the
    // code lives, so they go when the customer has connected (the code is spent) or the app
    // quits, if the clipboard still holds them.
    ExpiringCopies m_copies;
};

} // namespace PartnerDesk
