#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QVariantMap>

namespace PartnerDesk::Test {

// The server side of the Desktop Notifications spec inside the test's private D-Bus session,
// recording what it was asked, so a test sees what the desktop would show and can click it.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification
    {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id;
    };
    QList<Notification> received;
    QList<uint> closedByClient;

    // NotificationClosed's reasons.
    static constexpr uint dismissedByUser = 2;
    static constexpr uint closedByCall = 3;

    // Owns the notification service's name on a connection of its own (the application's
    // session-bus connection is the client). Call with QVERIFY.
    bool start()
    {
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(service()))
            return false; // something else in this D-Bus session is the notification service
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-server"));
        return m_bus.isConnected()
            && m_bus.registerObject(path(), this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && claimName();
    }
    void stop()
    {
        releaseName();
        QDBusConnection::disconnectFromBus(m_bus.name());
    }
    // Without the name, the desktop has no notification service.
    bool releaseName() { return m_bus.unregisterService(service()); }
    bool claimName() { return m_bus.registerService(service()); }

    // Once a call sent after them is answered, the other side has handled what this process sent
    // before, and this process what the other side sent before the answer (D-Bus keeps the order).
    static void roundTrip(const QString &service, const QString &path, const QString &interface, const QString &method)
    {
        const QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
        QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(call));
        QSignalSpy answered(&watcher, &QDBusPendingCallWatcher::finished);
        QTRY_COMPARE(answered.count(), 1);
        QVERIFY2(!watcher.isError(), qPrintable(watcher.error().message()));
    }
    static void roundTrip() { roundTrip(service(), path(), service(), QStringLiteral("GetCapabilities")); }

    void close(uint id, uint reason)
    {
        m_open.remove(id);
        emit NotificationClosed(id, reason);
    }
    static QString service() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString path() { return QStringLiteral("/org/freedesktop/Notifications"); }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(expireTimeout)
        const uint id = m_open.contains(replacesId) ? replacesId : ++m_lastId;
        m_open.insert(id);
        received.append({appName, replacesId, appIcon, summary, body, actions, hints, id});
        return id;
    }
    void CloseNotification(uint id)
    {
        closedByClient.append(id);
        close(id, closedByCall);
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus{QString()};
    uint m_lastId = 0;
    QSet<uint> m_open;
};

} // namespace PartnerDesk::Test
