#include "InstanceListModel.h"

#include "store/InstanceRepository.h"
#include "util/Validation.h"

#include <QLocale>

namespace PartnerDesk {

InstanceListModel::InstanceListModel(InstanceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    auto rebuildSearch = [this] {
        m_searchTexts.clear();
        m_searchTexts.reserve(m_repository->records().size());
        for (int row = 0; row < m_repository->records().size(); ++row)
            m_searchTexts.append(searchText(row));
    };
    rebuildSearch();
    connect(repository, &InstanceRepository::aboutToReset, this, [this] { beginResetModel(); });
    connect(repository, &InstanceRepository::reset, this, [this, rebuildSearch] {
        rebuildSearch();
        endResetModel();
    });
    connect(repository, &InstanceRepository::aboutToInsert, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(repository, &InstanceRepository::inserted, this, [this](int row) {
        m_searchTexts.insert(row, searchText(row));
        endInsertRows();
    });
    connect(repository, &InstanceRepository::aboutToRemove, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(repository, &InstanceRepository::removed, this, [this](int row) {
        m_searchTexts.removeAt(row);
        endRemoveRows();
    });
    connect(repository, &InstanceRepository::changed, this, [this](int row) {
        m_searchTexts[row] = searchText(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_repository->records().size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstanceListModel::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

QString InstanceListModel::searchText(int row) const
{
    const InstanceRecord &record = m_repository->records().at(row);
    return foldForSearch(record.name + u'\n' + record.phone + u'\n'
                         + Validation::phoneDigits(record.phone) + u'\n' + record.notes);
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_repository->records().size())
        return {};
    const InstanceRecord &record = m_repository->records().at(index.row());
    const QLocale locale;
    switch (role) {
    case KeyRole:
        return record.key;
    case SearchTextRole:
        return m_searchTexts.value(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return record.name;
        case PhoneColumn:
            return Validation::displayPhone(record.phone);
        case StatusColumn:
            return statusText(record.status);
        case LastCodeColumn:
            return record.lastCodeAt.isValid()
                ? locale.toString(record.lastCodeAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return foldForSearch(record.name);
        case PhoneColumn:
            return Validation::phoneDigits(record.phone);
        case StatusColumn:
            return static_cast<int>(record.status);
        case LastCodeColumn:
            return record.lastCodeAt.isValid() ? record.lastCodeAt.toMSecsSinceEpoch() : 0;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return record.notes.isEmpty()
                ? tr("Instance ID ends in %1").arg(record.idSuffix)
                : tr("Instance ID ends in %1\n%2").arg(record.idSuffix, record.notes);
        }
        if (index.column() == StatusColumn && record.statusCheckedAt.isValid())
            return tr("Checked %1").arg(locale.toString(record.statusCheckedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    default:
        return {};
    }
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

InstanceFilterModel::InstanceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceListModel::SortRole);
    setSortLocaleAware(true);
}

void InstanceFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = InstanceListModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool InstanceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(InstanceListModel::SearchTextRole)
                                 .toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace PartnerDesk
