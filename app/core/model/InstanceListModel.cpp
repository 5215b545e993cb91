#include "InstanceListModel.h"

#include "util/Folding.h"
#include "util/PhoneNumbers.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

namespace PartnerDesk {

namespace {
// Rows read at once: a screenful or two, so scrolling asks the database now and then.
constexpr int blockSize = 128;
// Records kept; past this the cache starts again (what is on screen is read back at once).
constexpr int cacheLimit = 16 * blockSize;
// Ids read before the window first shows: more than any screen holds.
constexpr int firstScreenful = 2 * blockSize;
// Ids read per turn of the event loop after that: about a millisecond.
constexpr int piece = 10000;

ListQuery::Order orderFor(int column)
{
    switch (column) {
    case InstanceListModel::PhoneColumn:
        return ListQuery::Order::Phone;
    case InstanceListModel::StatusColumn:
        return ListQuery::Order::Status;
    case InstanceListModel::LastCodeColumn:
        return ListQuery::Order::LastCode;
    default:
        return ListQuery::Order::Name;
    }
}

// Which changes can move a row, or take it in or out of what is shown.
int fieldsThatReorder(const ListQuery &query)
{
    int fields = InstanceChange::Membership;
    if (!query.terms.isEmpty() || query.order == ListQuery::Order::Name || query.order == ListQuery::Order::Phone)
        fields |= InstanceChange::Text;
    if (query.status || query.order == ListQuery::Order::Status)
        fields |= InstanceChange::Status;
    if (query.order == ListQuery::Order::LastCode)
        fields |= InstanceChange::LastCode;
    return fields;
}
} // namespace

InstanceListModel::InstanceListModel(InstanceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    m_rowIds = m_repository->rowIds(m_query, firstScreenful);
    m_totalCount = m_rowIds.size() < firstScreenful ? static_cast<int>(m_rowIds.size()) : m_repository->count();
    m_complete = m_rowIds.size() == m_totalCount;
    connect(repository, &InstanceRepository::changed, this, &InstanceListModel::apply);
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_complete ? static_cast<int>(m_rowIds.size()) : m_totalCount;
}

bool InstanceListModel::completeRowIds() const
{
    if (m_complete)
        return true;
    QList<qint64> all = m_repository->rowIds(m_query);
    if (all.size() != m_totalCount || !std::equal(m_rowIds.cbegin(), m_rowIds.cend(), all.cbegin()))
        return false;
    m_rowIds = std::move(all);
    m_complete = true;
    return true;
}

void InstanceListModel::readRestInPieces()
{
    if (!m_complete)
        QTimer::singleShot(0, this, &InstanceListModel::readNextPiece);
}

void InstanceListModel::readNextPiece()
{
    if (m_complete)
        return;
    if (m_query.order != ListQuery::Order::Name || m_rowIds.isEmpty()) {
        readRemainingRows();
        return;
    }
    const QList<qint64> next = m_repository->rowIdsAfter(m_query, m_rowIds.constLast(), piece);
    if (next.isEmpty() || m_rowIds.size() + next.size() > m_totalCount) {
        readRemainingRows(); // the list changed meanwhile: read it whole, and say so
        return;
    }
    m_rowIds.append(next);
    if (m_rowIds.size() < m_totalCount)
        QTimer::singleShot(0, this, &InstanceListModel::readNextPiece);
    else
        m_complete = true;
}

void InstanceListModel::readRemainingRows()
{
    if (completeRowIds())
        return;
    // Another process changed the list between the two reads: start the views over.
    beginResetModel();
    m_rowIds = m_repository->rowIds(m_query);
    m_totalCount = !m_query.isFiltered() ? static_cast<int>(m_rowIds.size()) : m_repository->count();
    m_complete = true;
    m_cache.clear();
    endResetModel();
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InstanceRecord *InstanceListModel::recordAt(int row) const
{
    if (row >= m_rowIds.size() && !completeRowIds()) {
        // Not from inside a view's paint: the views hear of it from the event loop.
        QTimer::singleShot(0, const_cast<InstanceListModel *>(this), &InstanceListModel::readRemainingRows);
        return nullptr;
    }
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    auto found = m_cache.constFind(m_rowIds.at(row));
    if (found != m_cache.cend())
        return &*found;
    if (m_cache.size() >= cacheLimit)
        m_cache.clear();
    const int first = row / blockSize * blockSize;
    const int last = std::min(static_cast<int>(m_rowIds.size()), first + blockSize);
    QList<qint64> missing;
    missing.reserve(last - first);
    for (int i = first; i < last; ++i) {
        if (!m_cache.contains(m_rowIds.at(i)))
            missing.append(m_rowIds.at(i));
    }
    const QList<InstanceRecord> fetched = m_repository->records(missing);
    for (const InstanceRecord &record : fetched)
        m_cache.insert(record.rowId, record);
    found = m_cache.constFind(m_rowIds.at(row));
    return found != m_cache.cend() ? &*found : nullptr;
}

int InstanceListModel::rowOf(const QUuid &key)
{
    readRemainingRows();
    const std::optional<InstanceRecord> record = m_repository->record(key);
    return record ? static_cast<int>(m_rowIds.indexOf(record->rowId)) : -1;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != KeyRole && role != StatusRole && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const InstanceRecord *record = recordAt(index.row());
    if (!record)
        return {};
    const QLocale locale;
    switch (role) {
    case KeyRole:
        return record->key;
    case StatusRole:
        return static_cast<int>(record->status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return record->name;
        case PhoneColumn:
            return PhoneNumbers::display(record->phone);
        case StatusColumn:
            return statusText(record->status);
        case LastCodeColumn:
            return record->lastCodeAt.isValid()
                ? locale.toString(record->lastCodeAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return record->notes.isEmpty()
                ? tr("Instance ID ends in %1").arg(record->idSuffix)
                : tr("Instance ID ends in %1\n%2").arg(record->idSuffix, record->notes);
        }
        if (index.column() == StatusColumn && record->statusCheckedAt.isValid())
            return tr("Checked %1").arg(locale.toString(record->statusCheckedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    }
    return {};
}

void InstanceListModel::sort(int column, Qt::SortOrder order)
{
    const ListQuery::Order wanted = orderFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_query.order && descending == m_query.descending)
        return; // the window asks for the order it already has when it starts
    readRemainingRows();
    m_query.order = wanted;
    m_query.descending = descending;
    refresh();
}

void InstanceListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList terms = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (terms == m_query.terms)
        return;
    readRemainingRows();
    m_query.terms = terms;
    refresh();
}

void InstanceListModel::setStatusFilter(std::optional<ConnectionStatus> status)
{
    if (status == m_query.status)
        return;
    readRemainingRows();
    m_query.status = status;
    refresh();
}

void InstanceListModel::apply(const InstanceChange &change)
{
    readRemainingRows();
    if (change.rowIds.isEmpty())
        m_cache.clear();
    for (qint64 id : change.rowIds)
        m_cache.remove(id);
    if (change.rowIds.isEmpty() || (change.fields & fieldsThatReorder(m_query))) {
        if (!moveOneRow(change))
            refresh();
        return;
    }
    // Only cells changed, and no row moved: tell the views which rows, a run of neighbours
    // at a time. One pass over the list, however many rows changed (a status check of
    // thousands of instances).
    const QSet<qint64> changed(change.rowIds.cbegin(), change.rowIds.cend());
    for (int row = 0; row < m_rowIds.size(); ++row) {
        if (!changed.contains(m_rowIds.at(row)))
            continue;
        const int first = row;
        while (row + 1 < m_rowIds.size() && changed.contains(m_rowIds.at(row + 1)))
            ++row;
        emit dataChanged(index(first, 0), index(row, ColumnCount - 1));
    }
}

bool InstanceListModel::moveOneRow(const InstanceChange &change)
{
    if (change.rowIds.size() != 1 || m_query.order != ListQuery::Order::Name)
        return false;
    const qint64 id = change.rowIds.first();
    const int from = static_cast<int>(m_rowIds.indexOf(id));
    const int to = m_repository->position(m_query, id);
    if (from < 0 && to < 0)
        return true; // not shown before, not shown now
    if (from < 0) {
        if (to > m_rowIds.size())
            return false; // the list moved under us (another process): read it again
        beginInsertRows({}, to, to);
        m_rowIds.insert(to, id);
        m_totalCount = !m_query.isFiltered() ? static_cast<int>(m_rowIds.size()) : m_repository->count();
        endInsertRows();
        return true;
    }
    if (to < 0) {
        beginRemoveRows({}, from, from);
        m_rowIds.removeAt(from);
        m_totalCount = !m_query.isFiltered() ? static_cast<int>(m_rowIds.size()) : m_repository->count();
        endRemoveRows();
        return true;
    }
    if (to >= m_rowIds.size())
        return false;
    if (from != to) {
        // Qt counts the destination before the move: one further down when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rowIds.move(from, to);
        endMoveRows();
    }
    emit dataChanged(index(to, 0), index(to, ColumnCount - 1));
    return true;
}

void InstanceListModel::refresh()
{
    QList<qint64> next = m_repository->rowIds(m_query);
    m_totalCount = !m_query.isFiltered() ? static_cast<int>(next.size()) : m_repository->count();
    const qsizetype before = m_rowIds.size();
    const qsizetype after = next.size();

    // The same rows, perhaps in another order: move what the views hold with them.
    if (before == after) {
        if (next == m_rowIds) {
            if (before > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList held = persistentIndexList();
        QList<qint64> heldIds;
        heldIds.reserve(held.size());
        for (const QModelIndex &index : held)
            heldIds.append(m_rowIds.value(index.row()));
        m_rowIds = std::move(next);
        QHash<qint64, int> rowById;
        rowById.reserve(m_rowIds.size());
        for (int row = 0; row < m_rowIds.size(); ++row)
            rowById.insert(m_rowIds.at(row), row);
        QModelIndexList moved;
        moved.reserve(held.size());
        for (qsizetype i = 0; i < held.size(); ++i) {
            const int row = rowById.value(heldIds.at(i), -1);
            moved.append(row < 0 ? QModelIndex() : index(row, held.at(i).column()));
        }
        changePersistentIndexList(held, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }

    // One row in or out, the others in the same order: an add or a remove, here or elsewhere.
    const qsizetype common = std::min(before, after);
    qsizetype first = 0;
    while (first < common && m_rowIds.at(first) == next.at(first))
        ++first;
    if (after == before + 1 && std::equal(m_rowIds.cbegin() + first, m_rowIds.cend(), next.cbegin() + first + 1)) {
        beginInsertRows({}, static_cast<int>(first), static_cast<int>(first));
        m_rowIds = std::move(next);
        endInsertRows();
        return;
    }
    if (before == after + 1 && std::equal(next.cbegin() + first, next.cend(), m_rowIds.cbegin() + first + 1)) {
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(first));
        m_rowIds = std::move(next);
        endRemoveRows();
        return;
    }

    // A new search, an import: start the views over (the window puts its selection back).
    beginResetModel();
    m_rowIds = std::move(next);
    m_cache.clear();
    endResetModel();
}

QString InstanceListModel::statusText(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return tr("Connected");
    case ConnectionStatus::Disconnected:
        return tr("Not connected");
    case ConnectionStatus::Unknown:
        return tr("Not checked yet");
    }
    return {};
}

void InstanceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Customer phone");
    case StatusColumn:
        return tr("Last known status");
    case LastCodeColumn:
        return tr("Last code generated");
    }
    return {};
}

} // namespace PartnerDesk
