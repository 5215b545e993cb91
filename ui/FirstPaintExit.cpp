#include "FirstPaintExit.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace PartnerDesk {

FirstPaintExit::FirstPaintExit(QAbstractItemView *table, QWidget *whenEmpty, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_whenEmpty(whenEmpty ? whenEmpty : table->viewport())
{
    m_table->viewport()->installEventFilter(this);
    m_whenEmpty->installEventFilter(this);
}

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        const bool hasRows = m_table->model() && m_table->model()->rowCount() > 0;
        if (watched == (hasRows ? m_table->viewport() : m_whenEmpty)) {
            m_painted = true;
            // The filter sees the paint before the widget draws it, and the rest of the window
            // is drawn and shown in the same pass: a queued exit runs once that is done.
            // exit(0), not quit(): quit() first asks every window to close, which one may refuse.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PartnerDesk
