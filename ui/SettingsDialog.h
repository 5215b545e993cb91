#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace PartnerDesk {

class Workspace;
struct Error;

// Client-Token and partner token (in the vault), API address, timeout, languages, the default
// country of phone numbers, notifications and the disconnection watcher (QSettings). Opening it
// opens the vault, because it shows whether the tokens are set.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // Display name of a language code, in that language ("Português (Brasil)").
    static QString languageName(const QString &code);
    // Whether the agent fixes this error here: a token missing, rejected or unreadable, the
    // API address.
    static bool fixes(const Error &error);
    // Puts the focus on the partner token once it has been read (the sync asked for it).
    void focusPartnerToken();

private:
    void showProblem(const Error &error);
    void saveNonSecretSettings();
    void saveClientToken();
    void savePartnerToken();
    void finishSaving();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QString m_loadedClientToken;
    bool m_clientTokenLoaded = false;
    QString m_loadedPartnerToken;
    bool m_partnerTokenLoaded = false;
    bool m_focusPartnerToken = false;
};

} // namespace PartnerDesk
