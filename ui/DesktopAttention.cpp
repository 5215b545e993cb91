#include "DesktopAttention.h"

#ifdef PARTNERDESK_FREEDESKTOP_NOTIFICATIONS
#include "FreedesktopNotifications.h"
#endif

#include "util/Settings.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace PartnerDesk {

namespace {
constexpr int trayMessageMs = 10 * 1000;
} // namespace

DesktopAttention::DesktopAttention(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
#ifdef PARTNERDESK_FREEDESKTOP_NOTIFICATIONS
    m_freedesktop = new FreedesktopNotifications(this);
    connect(m_freedesktop, &FreedesktopNotifications::activated, this, &DesktopAttention::activated);
    connect(m_freedesktop, &FreedesktopNotifications::unavailable, this, &DesktopAttention::showInTray);
#endif
    // Partner Desk lives in its windows, not in the tray: the icon is there only to carry
    // the message.
    m_trayHideTimer.setSingleShot(true);
    m_trayHideTimer.setInterval(trayMessageMs);
    connect(&m_trayHideTimer, &QTimer::timeout, this, [this] { m_trayIcon->hide(); });
}

DesktopAttention::~DesktopAttention() = default;

void DesktopAttention::ask(QWidget *window, const QString &customerName, Event event)
{
    switch (event) {
    case Event::CustomerConnected:
        ask(window, customerName, tr("The customer connected WhatsApp."));
        return;
    case Event::CodeExpiringSoon:
        ask(window, customerName, tr("The connection code expires in less than a minute."));
        return;
    case Event::CodeExpired:
        ask(window, customerName, tr("The connection code expired; generate a new one."));
        return;
    }
}

void DesktopAttention::ask(QWidget *window, const QString &summary, const QString &body)
{
    if (!m_settings.desktopNotifications() || window->isActiveWindow())
        return;
    QApplication::alert(window);
    emit alerted(window);
    if (m_freedesktop)
        m_freedesktop->show(window, summary, body);
    else
        showInTray(window, summary, body);
}

void DesktopAttention::showInTray(QWidget *window, const QString &summary, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the taskbar alert is all this desktop offers
    if (!m_trayIcon) {
        m_trayIcon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_trayIcon->setToolTip(QApplication::applicationDisplayName());
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &DesktopAttention::activateTrayWindow);
        connect(m_trayIcon, &QSystemTrayIcon::activated, this, &DesktopAttention::activateTrayWindow);
    }
    m_trayWindow = window;
    m_trayIcon->show();
    m_trayIcon->showMessage(summary, body, QSystemTrayIcon::Information, trayMessageMs);
    m_trayHideTimer.start();
}

void DesktopAttention::activateTrayWindow()
{
    m_trayIcon->hide();
    m_trayHideTimer.stop();
    if (m_trayWindow)
        emit activated(m_trayWindow);
}

} // namespace PartnerDesk
