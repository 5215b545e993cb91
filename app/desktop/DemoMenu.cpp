#include "DemoMenu.h"

#include "DemoMode.h"
#include "MainWindow.h"

#include <QEvent>
#include <QMenuBar>

namespace PartnerDesk {

DemoMenu *DemoMenu::addTo(MainWindow *window, DemoMode *demo)
{
    auto *menu = new DemoMenu(window, demo);
    QMenuBar *bar = window->menuBar();
    const auto *help = window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    bar->insertMenu(help ? help->menuAction() : nullptr, menu);
    return menu;
}

DemoMenu::DemoMenu(MainWindow *window, DemoMode *demo)
    : QMenu(window)
    , m_window(window)
    , m_demo(demo)
{
    setObjectName(QStringLiteral("menuDemo"));
    m_connect = addAction(QString());
    m_disconnect = addAction(QString());
    addSeparator();
    m_lastMinute = addAction(QString());
    m_expire = addAction(QString());
    m_connect->setObjectName(QStringLiteral("actionDemoConnect"));
    m_disconnect->setObjectName(QStringLiteral("actionDemoDisconnect"));
    m_lastMinute->setObjectName(QStringLiteral("actionDemoLastMinute"));
    m_expire->setObjectName(QStringLiteral("actionDemoExpire"));

    connect(m_connect, &QAction::triggered, this, [this] { m_demo->connectCustomer(m_window->selectedInstance()); });
    connect(m_disconnect, &QAction::triggered, this, [this] { m_demo->disconnectCustomer(m_window->selectedInstance()); });
    connect(m_lastMinute, &QAction::triggered, this, [this] { m_demo->skipToLastMinute(m_window->selectedInstance()); });
    connect(m_expire, &QAction::triggered, this, [this] { m_demo->skipToExpiry(m_window->selectedInstance()); });
    connect(this, &QMenu::aboutToShow, this, &DemoMenu::updateItems);

    retranslate();
    updateItems();
}

void DemoMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void DemoMenu::retranslate()
{
    setTitle(tr("&Demo"));
    m_connect->setText(tr("Customer &connects now"));
    m_connect->setStatusTip(tr("Demo only: the selected customer connects WhatsApp, as if they had typed the code or "
                               "scanned the QR code. Their open window turns to success."));
    m_disconnect->setText(tr("Customer &disconnects"));
    m_disconnect->setStatusTip(tr("Demo only: the selected customer's WhatsApp disconnects. Partner Desk finds out the "
                                  "next time it checks."));
    m_lastMinute->setText(tr("Code expires &soon"));
    m_lastMinute->setStatusTip(tr("Demo only: skips ahead to the last minute of the selected customer's extension code."));
    m_expire->setText(tr("Code &expires now"));
    m_expire->setStatusTip(tr("Demo only: skips ahead to the moment the selected customer's extension code expires."));
}

void DemoMenu::updateItems()
{
    const QUuid instance = m_window->selectedInstance();
    const bool customer = m_demo->isCustomer(instance);
    const bool connected = customer && m_demo->isConnected(instance);
    // A connected customer's window shows success, not a code: no code of theirs to age.
    const std::optional<qint64> codeLeft = connected ? std::nullopt : m_demo->codeRemainingMs(instance);
    m_connect->setEnabled(customer && !connected);
    m_disconnect->setEnabled(connected);
    m_lastMinute->setEnabled(codeLeft && *codeLeft > DemoMode::lastMinuteLeftMs);
    m_expire->setEnabled(codeLeft.has_value());
}

} // namespace PartnerDesk
