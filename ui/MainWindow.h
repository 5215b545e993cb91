#pragma once

#include "DesktopAttention.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QScopedPointer>
#include <QUuid>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace PartnerDesk {

class ConnectDialog;
class ExtensionCodeDialog;
class ImportDialog;
class InstanceDialog;
class InstanceListModel;
class SettingsDialog;
class Workspace;

// The agent's list of customer instances. Opening it reads the rows on screen only: the
// keychain and the sealed credentials are touched by the first action that needs a secret.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QUuid selectedInstance() const;
    void selectInstance(const QUuid &key);
    // Shown once the window is up, e.g. "the damaged index was kept aside as …".
    void showStartupProblem(const QString &message);
    // Moves a Partner Desk 0.1 profile in while the window is up, with progress and Cancel.
    void moveLegacyProfile();
    // Ends the application (status 0) once the list, or the empty page when there is no
    // instance, has been painted: start-up timed from outside (--quit-after-first-paint).
    void quitAfterFirstPaint();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fitToTexts();
    void fitNameColumn();
    void arrangeForWidth();
    QString noMatchText() const;
    void setUpActions();
    void updateState();
    void updateDetails();
    template<typename Window, typename Make>
    Window *showOnce(QPointer<Window> &slot, Make make);
    QMessageBox *openMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                             QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    void openConnect();
    void openConnectFor(const QUuid &key);
    void openExtensionCode();
    void openExtensionCodeFor(const QUuid &key);
    void callAttentionTo(QWidget *window, const QUuid &key, DesktopAttention::Event event);
    void addInstance();
    void editInstance();
    void removeInstance();
    void importInstances();
    SettingsDialog *openSettings();
    void showAbout();
    void offerStartOver();

    QScopedPointer<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    InstanceListModel *m_model;
    QUuid m_currentBeforeReset;
    // The windows open now, one per customer and kind (several customers at once).
    QHash<QUuid, QPointer<ConnectDialog>> m_connectWindows;
    QHash<QUuid, QPointer<ExtensionCodeDialog>> m_extensionWindows;
    QHash<QUuid, QPointer<InstanceDialog>> m_editWindows;
    QPointer<InstanceDialog> m_addWindow;
    QPointer<ImportDialog> m_importWindow;
    QPointer<SettingsDialog> m_settingsWindow;
    QPointer<QMessageBox> m_aboutWindow;
    bool m_startOverOffered = false;
    bool m_movingLegacyProfile = false;
    bool m_restRequested = false; // the ids past the first screenful
    QLabel *m_countLabel;
    DesktopAttention *m_attention;
};

} // namespace PartnerDesk
