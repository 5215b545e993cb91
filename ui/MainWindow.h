#pragma once

#include <QMainWindow>
#include <QScopedPointer>
#include <QUuid>

namespace Ui {
class MainWindow;
}

namespace PartnerDesk {

class InstanceListModel;
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

private:
    void retranslate();
    void fitToTexts();
    void setUpActions();
    void updateState();
    void updateDetails();
    void openConnect();
    void openExtensionCode();
    void addInstance();
    void editInstance();
    void removeInstance();
    void importInstances();
    void openSettings();
    void showAbout();
    void offerStartOver();

    QScopedPointer<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    InstanceListModel *m_model;
    QUuid m_currentBeforeReset;
};

} // namespace PartnerDesk
