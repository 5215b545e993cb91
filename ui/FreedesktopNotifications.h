#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace PartnerDesk {

// A client of the desktop's notification service on the session D-Bus (the freedesktop.org
// Desktop Notifications spec: GNOME, KDE, and the daemons of other desktops). One
// notification per window at a time: a new one for the same window replaces it, so alerts
// about one customer do not pile up. Every call is asynchronous: a slow or hung service
// never stops the window.
class FreedesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    void show(QWidget *window, const QString &summary, const QString &body);

signals:
    // The agent clicked the notification of this window.
    void activated(QWidget *window);
    // No notification service took it (none on this desktop, or no session bus): the
    // caller shows it another way.
    void unavailable(QWidget *window, const QString &summary, const QString &body);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id);

private:
    struct Texts
    {
        QString summary;
        QString body;
    };
    struct WindowNotification
    {
        uint id = 0; // the service's; 0 while the window has none on screen
        bool awaitingId = false;
        // Asked for while the service had not yet answered with the id to replace.
        std::optional<Texts> next;
    };

    void send(QWidget *window, const Texts &texts);
    void forget(QWidget *window);
    QWidget *windowOf(uint id) const;

    QHash<QWidget *, WindowNotification> m_windows;
    // The service reads the body as markup ("body-markup"): names in it are escaped so they
    // show as typed. Assumed until the service says otherwise, as GNOME's and KDE's do.
    bool m_bodyMarkup = true;
    bool m_capabilitiesAsked = false;
};

} // namespace PartnerDesk
