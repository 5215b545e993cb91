#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QUuid>

#include "store/InstanceRepository.h"

namespace PartnerDesk {

// The repository's instances as a table (Name, Customer phone, Status, Last code), sorted and
// searched by the database. It holds only the row ids of what it shows, in order (8 bytes a
// row), and reads the records of the rows a view asks for, a block at a time: 100,000
// instances cost a list of ids, not 100,000 records. Selections survive changes: rows keep
// their identity across a re-sort, a search and another process's edits.
// At start it reads the count and the first screenful of ids only; the rest a piece at a time
// from the event loop once asked (the window asks when it has been drawn), or all at once
// when a view looks further down: the window shows before the whole list is read, and never
// stops answering while it is.
class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, StatusColumn, LastCodeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QUuid
        StatusRole,                 // ConnectionStatus, as int: for the window's status icon
    };

    explicit InstanceListModel(InstanceRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows the rows whose name, phone, notes or instance-ID ending contain every word typed,
    // ignoring case and accents.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Shows only the rows with this last known status (with the search); all when empty.
    void setStatusFilter(std::optional<ConnectionStatus> status);
    std::optional<ConnectionStatus> statusFilter() const { return m_query.status; }
    // Whether a search or a status filter may leave rows out.
    bool isFiltered() const { return m_query.isFiltered(); }
    // All instances, whatever the search shows.
    int totalCount() const { return m_totalCount; }
    // -1 when the instance is not shown.
    int rowOf(const QUuid &key);
    // Starts reading the ids past the first screenful, a piece (about a millisecond's worth)
    // per turn of the event loop.
    void readRestInPieces();
    // Reads every id not read yet, now.
    void readRemainingRows();

    // What the Status column says.
    static QString statusText(ConnectionStatus status);
    // Tells the views that every header and cell text changed: the interface language (and
    // with it the date format) was switched.
    void retranslate();

private:
    const InstanceRecord *recordAt(int row) const;
    // Reads the ids past the first screenful; false when the list changed meanwhile (another
    // process), which only readRemainingRows() may tell the views.
    bool completeRowIds() const;
    void apply(const InstanceChange &change);
    // One row added, removed or renamed in name order: moved where it now belongs without
    // reading every id again. False when that does not apply (refresh() then).
    bool moveOneRow(const InstanceChange &change);
    void readNextPiece();
    // Asks the database for the rows again and tells the views the smallest true story:
    // rows moved, one row added or removed, or (a new search) everything changed.
    void refresh();

    InstanceRepository *m_repository;
    ListQuery m_query;
    QString m_searchText;
    // Mutable: the first look past the first screenful (a const data() call) completes them.
    mutable QList<qint64> m_rowIds;
    mutable bool m_complete = true;
    int m_totalCount = 0;
    // The records of the rows the views looked at lately, fetched a block at a time.
    mutable QHash<qint64, InstanceRecord> m_cache;
};

} // namespace PartnerDesk
