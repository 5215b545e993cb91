#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;

namespace PartnerDesk {

class FreedesktopNotifications;
class Settings;

// Tells an agent who is in another window that a customer needs them: the taskbar entry of
// that customer's window asks for attention and a desktop notification names the customer.
// The notification goes through the desktop's notification service where there is one
// (freedesktop.org, over D-Bus), else through a system tray message, else there is only
// the taskbar alert. Nothing secret goes into it: a name and what happened.
class DesktopAttention : public QObject
{
    Q_OBJECT
public:
    enum class Event { CustomerConnected, CodeExpiringSoon, CodeExpired };

    explicit DesktopAttention(const Settings &settings, QObject *parent = nullptr);
    ~DesktopAttention() override;

    // Nothing happens while `window` is the active window (the agent is looking at it) or
    // when the agent turned this off in Settings. A later notification for the same window
    // replaces the earlier one.
    void ask(QWidget *window, const QString &customerName, Event event);
    void ask(QWidget *window, const QString &summary, const QString &body);

signals:
    // The agent clicked the notification of this window.
    void activated(QWidget *window);
    // The taskbar alert was requested. QApplication::alert leaves nothing a test could read
    // on the offscreen platform, so this is what tests see of it.
    void alerted(QWidget *window);

private:
    void showInTray(QWidget *window, const QString &summary, const QString &body);
    void activateTrayWindow();

    const Settings &m_settings;
    FreedesktopNotifications *m_freedesktop = nullptr; // only where that service can exist
    QSystemTrayIcon *m_trayIcon = nullptr;              // shown only while its message is
    QPointer<QWidget> m_trayWindow;
    QTimer m_trayHideTimer;
};

} // namespace PartnerDesk
