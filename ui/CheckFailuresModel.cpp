#include "CheckFailuresModel.h"

#include "model/InstanceListModel.h"

#include <QTimer>

namespace PartnerDesk {

CheckFailuresModel::CheckFailuresModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void CheckFailuresModel::setFailure(const QUuid &key, const Error &error)
{
    m_errors.insert(key, error);
    m_failures.insert(key, error.message());
    statusColumnChanged();
}

void CheckFailuresModel::clearFailure(const QUuid &key)
{
    if (m_failures.remove(key) == 0)
        return;
    m_errors.remove(key);
    statusColumnChanged();
}

void CheckFailuresModel::retranslate()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        m_failures.insert(it.key(), it.value().message());
    statusColumnChanged();
}

QVariant CheckFailuresModel::data(const QModelIndex &index, int role) const
{
    if (m_failures.isEmpty() || !index.isValid())
        return role == CheckFailureRole ? QVariant(QString()) : QIdentityProxyModel::data(index, role);
    const bool statusCell = index.column() == InstanceListModel::StatusColumn;
    if (role != CheckFailureRole && !(statusCell && (role == Qt::DisplayRole || role == Qt::ToolTipRole)))
        return QIdentityProxyModel::data(index, role);
    const QString reason = m_failures.value(QIdentityProxyModel::data(index, InstanceListModel::KeyRole).toUuid());
    if (role == CheckFailureRole)
        return reason;
    if (reason.isEmpty())
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::DisplayRole)
        return failedText();
    return tr("Check failed: %1").arg(reason);
}

QString CheckFailuresModel::failedText()
{
    return tr("Check failed");
}

void CheckFailuresModel::statusColumnChanged()
{
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(0, this, [this] {
        m_changePending = false;
        const int rows = rowCount();
        if (rows > 0)
            emit dataChanged(index(0, InstanceListModel::StatusColumn), index(rows - 1, InstanceListModel::StatusColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole, CheckFailureRole});
    });
}

} // namespace PartnerDesk
