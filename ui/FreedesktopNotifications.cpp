#include "FreedesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QWidget>

#include <utility>

namespace PartnerDesk {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
// The action servers invoke when the notification itself is clicked.
const QString defaultAction = QStringLiteral("default");
constexpr uchar normalUrgency = 1;
constexpr int serverDefaultTimeout = -1;
} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint)));
}

void FreedesktopNotifications::show(QWidget *window, const QString &summary, const QString &body)
{
    if (!m_capabilitiesAsked) {
        // Whether the body is read as markup; asked once, on first use, without waiting.
        m_capabilitiesAsked = true;
        const QDBusMessage capabilities = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(capabilities), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QStringList> reply = *call;
            if (!reply.isError())
                m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
        });
    }
    if (!m_windows.contains(window))
        connect(window, &QObject::destroyed, this, [this, window] { forget(window); });
    WindowNotification &notification = m_windows[window];
    // Only the service's answer says which notification the next one replaces.
    if (notification.awaitingId) {
        notification.next = Texts{summary, body};
        return;
    }
    send(window, {summary, body});
}

void FreedesktopNotifications::send(QWidget *window, const Texts &texts)
{
    WindowNotification &notification = m_windows[window];
    notification.awaitingId = true;

    // Installed under the desktop entry's name (packaging/CMakeLists.txt), the icon is
    // found by that name; the entry tells the desktop whose notification this is.
    const QString desktopEntry = QGuiApplication::desktopFileName();
    QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(normalUrgency)}};
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    QDBusMessage notify = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    // The summary is plain text by the spec; the body may be markup, and a customer's name in it
    // must not become bold text or a link.
    const QString body = m_bodyMarkup ? texts.body.toHtmlEscaped() : texts.body;
    notify << QGuiApplication::applicationDisplayName() << notification.id << desktopEntry << texts.summary
           << body << QStringList{defaultAction, tr("Show")} << hints << serverDefaultTimeout;

    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, window, texts](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const auto found = m_windows.find(window);
        if (found == m_windows.end())
            return; // the window was closed meanwhile
        found->awaitingId = false;
        const std::optional<Texts> next = std::exchange(found->next, std::nullopt);
        const QDBusPendingReply<uint> reply = *call;
        if (reply.isError()) {
            const Texts newest = next.value_or(texts);
            emit unavailable(window, newest.summary, newest.body);
            return;
        }
        found->id = reply.value();
        if (next)
            send(window, *next);
    });
}

void FreedesktopNotifications::forget(QWidget *window)
{
    const uint id = m_windows.take(window).id;
    if (id == 0)
        return;
    // Clicking it could no longer lead anywhere.
    QDBusMessage close = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("CloseNotification"));
    close << id;
    QDBusConnection::sessionBus().send(close);
}

QWidget *FreedesktopNotifications::windowOf(uint id) const
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        if (it->id == id)
            return it.key();
    }
    return nullptr;
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != defaultAction || id == 0)
        return;
    if (QWidget *window = windowOf(id))
        emit activated(window);
}

// Expired, dismissed or clicked (the signal's reason): in each case no longer on screen.
void FreedesktopNotifications::onNotificationClosed(uint id)
{
    if (id == 0)
        return;
    if (QWidget *window = windowOf(id))
        m_windows[window].id = 0;
}

} // namespace PartnerDesk
