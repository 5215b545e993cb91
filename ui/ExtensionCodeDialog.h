#pragma once

#include "ClipboardSafety.h"

#include "util/Error.h"

#include <QDialog>
#include <QScopedPointer>
#include <QTimer>
#include <QUuid>


namespace Ui {
class ExtensionCodeDialog;
}

namespace PartnerDesk {

class ConnectionSession;
class CopiedFeedback;
struct ExtensionCode;
class Workspace;

// The "connection problems" flow for one instance. It opens on what the customer must get
// ready first (a computer with Chrome, the extension, WhatsApp Web), with a message to send
// them, because a code lives only minutes; the agent generates the code when the customer is
// ready and gets everything the customer needs (the code, how long it is valid, the extension
// link and the four steps, a message to paste into a chat). While open, minimised too, it
// watches the instance's status and turns to success when the customer has connected.
// A window of its own, never modal: the agent helps other customers meanwhile.
class ExtensionCodeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Preparing, Requesting, Failed, Showing, Expired, Connected };
    Q_ENUM(State)

    ExtensionCodeDialog(Workspace *workspace, const QUuid &instance, QWidget *parent = nullptr);
    ~ExtensionCodeDialog() override;

    State state() const { return m_state; }
    QUuid instance() const { return m_instance; }
    ConnectionSession *session() const { return m_session; }
    // Also what "Generate code", "Generate new code" and Retry do; a request still running is
    // replaced. Nothing happens while Z-API's Retry-After lasts, nor once connected.
    void requestNewCode();

signals:
    // The error can only be fixed in Settings (the Client-Token is missing or was rejected).
    void settingsRequested();
    // Each once, for telling an agent who is looking at another window.
    void customerConnected();
    // Once per code, when its last minute starts.
    void codeExpiringSoon();
    // Once per code, when it expires unused.
    void codeExpired();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void cancelRequest();
    void showCode(const ExtensionCode &code);
    void showError(const Error &error);
    void showConnected();
    void setState(State state);
    void updateCountdown();
    void updateRequestButtons();
    void copyCode();
    void copyMessage();
    void copyPreparationMessage();
    QString customerLanguage() const;
    void retranslate();
    QString stepsHtml() const;
    QString preparationHtml() const;
    void setWarning(bool warning);
    void setCountdownAccessibleName(const QString &name);

    QScopedPointer<Ui::ExtensionCodeDialog> m_ui;
    QUuid m_instance;
    ConnectionSession *m_session;
    QString m_instanceName;
    State m_state = State::Preparing;
    Error m_error; // the last request's, shown while Failed
    bool m_lastMinuteAnnounced = false; // for the code on screen
    // Repaints the countdown; runs while the dialog is open, minimised too.
    QTimer *m_ticker;
    CopiedFeedback *m_copied;
    // The code and the message copied from here: off the clipboard when the code expires or
    // is used, if the clipboard still holds them.
    ExpiringCopies m_copies;
};

} // namespace PartnerDesk
