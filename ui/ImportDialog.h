#pragma once

#include "store/CsvImport.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;
class QStandardItemModel;

namespace Ui {
class ImportDialog;
}

namespace PartnerDesk {

class InstanceRepository;

// Bulk import from CSV: a preview of what will be added (never the tokens), the rows that
// will be skipped and why, then the result.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(InstanceRepository *repository, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void loadFile(const QString &path);
    void accept() override;
    // While importing: stops the import, which undoes all of it; the dialog stays to say so.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSkipped(const QList<SkippedRow> &skipped);

    QScopedPointer<Ui::ImportDialog> m_ui;
    InstanceRepository *m_repository;
    QStandardItemModel *m_preview;
    QPushButton *m_importButton;
    CsvImport::Result m_parsed;
    QString m_loadedPath; // what the preview shows
    bool m_done = false;
    bool m_importing = false;
};

} // namespace PartnerDesk
