#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include "store/InstanceRecord.h"

namespace PartnerDesk {

class InstanceRepository;

// The repository's instances as a table: Name, Customer phone, Status, Last code.
class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, StatusColumn, LastCodeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QUuid
        SearchTextRole,             // name, phone and notes, folded for matching
        SortRole,
    };

    explicit InstanceListModel(InstanceRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What the Status column says.
    static QString statusText(ConnectionStatus status);
    // Tells the views that every header and cell text changed: the interface language (and
    // with it the date format) was switched.
    void retranslate();

    // Lower case, accents removed: "Pão de Mel" matches "pao".
    static QString foldForSearch(const QString &text);

private:
    QString searchText(int row) const;

    InstanceRepository *m_repository;
    QList<QString> m_searchTexts; // cached: recomputing 10,000 on every keystroke shows
};

// Filters by every word typed, in name, phone (digits too) and notes.
class InstanceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstanceFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace PartnerDesk
