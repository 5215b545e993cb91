#pragma once

#include "util/Error.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QUuid>

namespace PartnerDesk {

// The list as InstanceListModel gives it, plus what this window learned that the store does
// not keep: the instances whose last status check failed, and why. The Status cell of such a
// row says "Check failed", its tool tip the reason; the stored status (and so the status
// filter) stays what it was. Transient: gone with the window, and replaced by the next check
// of that instance.
class CheckFailuresModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role {
        // The translated reason the last check of the row failed; empty when it did not.
        CheckFailureRole = Qt::UserRole + 100,
    };

    explicit CheckFailuresModel(QObject *parent = nullptr);

    void setFailure(const QUuid &key, const Error &error);
    void clearFailure(const QUuid &key);
    QString failure(const QUuid &key) const { return m_failures.value(key); }
    bool hasFailures() const { return !m_failures.isEmpty(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // What the Status cell of a failed check says.
    static QString failedText();

    // Retranslated: the reasons are kept as errors and said in the language of the moment.
    void retranslate();

private:
    // One repaint of the Status column for any number of changes in a turn of the event loop
    // (a check of thousands of instances).
    void statusColumnChanged();

    QHash<QUuid, QString> m_failures;
    QHash<QUuid, Error> m_errors;
    bool m_changePending = false;
};

} // namespace PartnerDesk
