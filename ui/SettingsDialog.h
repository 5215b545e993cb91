#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace PartnerDesk {

class Workspace;
struct Error;

// Client-Token (in the vault), API address, timeout, languages, the default country of phone
// numbers and notifications (QSettings). Opening it opens the vault, because it shows whether a Client-Token is set.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // Display name of a language code, in that language ("Português (Brasil)").
    static QString languageName(const QString &code);

private:
    void showProblem(const Error &error);
    void saveNonSecretSettings();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QString m_loadedClientToken;
    bool m_clientTokenLoaded = false;
};

} // namespace PartnerDesk
