#pragma once

#include "account/AccountSync.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

class QMessageBox;
class QPushButton;

namespace Ui {
class AccountSyncDialog;
}

namespace PartnerDesk {

class Workspace;

// Sync with the partner's Z-API account (AccountSync): not modal, so the list stays usable
// and shows each page as it is applied. While it runs: the pages read, and Cancel. Then what
// it did (added, updated, unchanged, not saved, no longer in the account), what it did not
// do when it stopped early and why, and the instances the account no longer has, which are
// removed only when the agent confirms. Shows names and the last characters of instance IDs
// only: the account's answer carries every instance's token.
class AccountSyncDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountSyncDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~AccountSyncDialog() override;

    // Reads the account from its first page (again, once a sync has ended); nothing while
    // one runs.
    void start();
    bool isRunning() const;
    const AccountSyncReport &report() const { return m_report; }

    // While it runs: stops the sync (the pages applied stay) and stays open to say so.
    void reject() override;

signals:
    // The partner token (or the API address) needs fixing in Settings.
    void settingsRequested();

private:
    void showProgress(int pagesRead, int totalPages, int instancesRead, qint64 totalInstances);
    void showReport(const AccountSyncReport &report);
    void showDetails();
    void fitToContents();
    void confirmRemoval();
    void removeGone();

    QScopedPointer<Ui::AccountSyncDialog> m_ui;
    Workspace *m_workspace;
    AccountSync *m_sync;
    AccountSyncReport m_report;
    int m_removed = -1; // how many of `gone` the agent removed; -1 before
    QPushButton *m_removeButton;
    QPushButton *m_settingsButton;
    QPushButton *m_againButton;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace PartnerDesk
