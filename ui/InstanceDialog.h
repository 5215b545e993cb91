#pragma once

#include "store/InstanceRecord.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class InstanceDialog;
}

namespace PartnerDesk {

class InstanceRepository;
struct Error;
struct PhoneNumber;

// Adds an instance (null key) or edits one. Saving happens here, so that a failure (keychain
// locked, name taken) is shown in the dialog with everything the user typed still in it.
class InstanceDialog : public QDialog
{
    Q_OBJECT
public:
    InstanceDialog(InstanceRepository *repository, const QUuid &key, QWidget *parent = nullptr);
    ~InstanceDialog() override;

    QUuid savedKey() const { return m_key; }
    void accept() override;

private:
    void showProblem(const Error &error);
    void showPhoneFeedback();
    static QString understood(const PhoneNumber &number);
    void setBusy(bool busy);
    void loadSecrets();

    QScopedPointer<Ui::InstanceDialog> m_ui;
    InstanceRepository *m_repository;
    QUuid m_key;
    QString m_loadedPhone; // as shown when the dialog opened
    InstanceSecrets m_loadedSecrets;
    bool m_secretsLoaded = false;
};

} // namespace PartnerDesk
