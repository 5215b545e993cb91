#pragma once

#include <QMenu>

namespace PartnerDesk {

class DemoMode;
class MainWindow;

// The Demo menu, only in demo mode: plays the customer of the instance selected in the main
// window (connects, disconnects) and skips time ahead to their code's last minute or expiry,
// so a newcomer sees every turn of the flow without waiting five minutes.
class DemoMenu : public QMenu
{
    Q_OBJECT
public:
    // Puts the menu in the window's menu bar, before Help.
    static DemoMenu *addTo(MainWindow *window, DemoMode *demo);

protected:
    void changeEvent(QEvent *event) override;

private:
    DemoMenu(MainWindow *window, DemoMode *demo);
    void retranslate();
    // Each item is on when there is something for it to act on, looked at as the menu opens.
    void updateItems();

    MainWindow *m_window;
    DemoMode *m_demo;
    QAction *m_connect;
    QAction *m_disconnect;
    QAction *m_lastMinute;
    QAction *m_expire;
};

} // namespace PartnerDesk
