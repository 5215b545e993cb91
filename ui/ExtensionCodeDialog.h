#pragma once

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

// The "connection problems" flow for one instance: asks Z-API for an extension connection
// code as soon as it opens and shows the agent everything the customer needs (the code, how
// long it is valid, the extension link and the four steps, a message to paste into a chat).
// While open it watches the instance's status and turns to success when the customer has
// connected.
class ExtensionCodeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Requesting, Failed, Showing, Expired, Connected };
    Q_ENUM(State)

    ExtensionCodeDialog(Workspace *workspace, const QUuid &instance, QWidget *parent = nullptr);
    ~ExtensionCodeDialog() override;

    State state() const { return m_state; }
    ConnectionSession *session() const { return m_session; }
    // Also what "Generate new code" and Retry do; a request still running is replaced.
    void requestNewCode();

signals:
    // The error can only be fixed in Settings (the Client-Token is missing or was rejected).
    void settingsRequested();

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
    void updateRetry();
    void copyCode();
    void copyMessage();
    void retranslate();
    QString stepsHtml() const;
    void setWarning(bool warning);
    void setCountdownAccessibleName(const QString &name);

    QScopedPointer<Ui::ExtensionCodeDialog> m_ui;
    ConnectionSession *m_session;
    QString m_instanceName;
    State m_state = State::Requesting;
    Error m_error; // the last request's, shown while Failed
    qint64 m_retryAllowedAtMs = 0;
    // Repaints the countdown; runs only while the dialog is visible.
    QTimer *m_ticker;
    CopiedFeedback *m_copied;
};

} // namespace PartnerDesk
