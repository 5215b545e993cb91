#pragma once

#include "DesktopAttention.h"

#include "store/InstanceRepository.h"
#include "util/Error.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QScopedPointer>
#include <QUuid>

#include <functional>

namespace Ui {
class MainWindow;
}

class QLabel;
class QProgressBar;
class QPushButton;

namespace PartnerDesk {

class AccountSyncDialog;
class CheckFailuresModel;
class ConnectDialog;
class DisconnectionWatcher;
class StatusCheck;
struct StatusCheckResult;
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

    // The current instance: the one the details show and Connect, Edit and Remove act on.
    QUuid selectedInstance() const;
    void selectInstance(const QUuid &key);
    // Every selected instance (several with Ctrl or Shift), in list order: what Check status checks.
    QList<QUuid> selectedInstances() const;
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
    // File → Bring back credentials kept aside: only there while a start over's copy is.
    void showRecoverActionIfCopiesAreKept();
    void recoverKeptCredentials();
    void recoverFrom(const QString &copy);

    // The partner's account.
    void syncAccount();
    void openAccountSync();
    // Status at a glance.
    void checkStatusOf(const QList<QUuid> &keys);
    void checkStatusOfAll();
    void showStatusChecked(const StatusCheckResult &result);
    void finishStatusCheck(int connected, int disconnected, int failed, const Error &error);
    // The disconnection watcher.
    void applyWatchSettings();
    void tellAboutDisconnections(const QList<InstanceRecord> &customers);
    void tellWatchFailed(const Error &error);
    void showDisconnectedCustomers();
    void updateAttention();
    void dismissAttention();
    QString disconnectedNames() const;
    // Who is connected, restart, disconnect: for the instance the details show.
    void askWhoIsConnected();
    void confirmRestart();
    void confirmDisconnect();
    void restartInstance(const QUuid &key);
    void disconnectInstance(const QUuid &key);
    void updateActivity();
    void withCredentials(const QUuid &key, const std::function<void(const ApiCredentials &)> &use,
                         const std::function<void(const Error &)> &failed);
    void setActivityResult(const QUuid &key, const QString &text, bool problem);
    // Offers Settings for an error fixed there; `retry` runs again once Settings are saved.
    void openErrorMessage(const QString &title, const Error &error, const std::function<void()> &retry = {});

    QScopedPointer<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    InstanceListModel *m_model;
    CheckFailuresModel *m_list; // what the table shows: m_model with the failed checks
    QUuid m_currentBeforeReset;
    // The windows open now, one per customer and kind (several customers at once).
    QHash<QUuid, QPointer<ConnectDialog>> m_connectWindows;
    QHash<QUuid, QPointer<ExtensionCodeDialog>> m_extensionWindows;
    QHash<QUuid, QPointer<InstanceDialog>> m_editWindows;
    QPointer<InstanceDialog> m_addWindow;
    QPointer<ImportDialog> m_importWindow;
    QPointer<SettingsDialog> m_settingsWindow;
    QPointer<QMessageBox> m_aboutWindow;
    QPointer<AccountSyncDialog> m_syncWindow;
    QPointer<QMessageBox> m_errorMessage; // one at a time: a failure common to many says it once
    StatusCheck *m_statusCheck;
    QList<QUuid> m_statusCheckKeys; // what the check running (or the last one) was asked
    QWidget *m_statusCheckProgress;
    QLabel *m_statusCheckLabel;
    QProgressBar *m_statusCheckBar;
    QPushButton *m_statusCheckCancel;
    DisconnectionWatcher *m_watcher;
    // What the banner above the list says: who disconnected (the watcher's last report), or
    // that watching failed.
    enum class Attention { None, Disconnected, WatchFailed };
    Attention m_attentionKind = Attention::None;
    QList<QUuid> m_disconnected; // the customers the watcher reported last, by name
    QStringList m_disconnectedNames;
    Error m_watchFailure;
    bool m_selectingSeveral = false; // the window selects several rows itself
    // What Who is connected, Restart and Disconnect found out, per instance, while the window
    // lives: the store keeps none of it.
    struct Activity
    {
        QString device;
        bool deviceProblem = false;
        bool deviceBusy = false; // asking now
        QString result;          // of the last Restart or Disconnect
        bool resultProblem = false;
        bool actionBusy = false;
    };
    QHash<QUuid, Activity> m_activity;
    bool m_startOverOffered = false;
    bool m_movingLegacyProfile = false;
    bool m_restRequested = false; // the ids past the first screenful
    QLabel *m_countLabel;
    DesktopAttention *m_attention;
};

} // namespace PartnerDesk
