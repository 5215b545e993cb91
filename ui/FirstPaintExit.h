#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace PartnerDesk {

// Ends the application with status 0 just after the first paint that shows what start-up is
// for, so start-up can be timed from outside (partnerdesk --quit-after-first-paint, and the
// bare Qt window tests/bench/bare_window.cpp compares it with). That paint is the table's
// viewport's while its model has rows, or, while it has none, whenEmpty's: the page shown
// instead of an empty table (null: the empty table itself).
// Needs nothing but Qt Widgets: the bare window compiles this file too, so both stop the same way.
class FirstPaintExit : public QObject
{
public:
    FirstPaintExit(QAbstractItemView *table, QWidget *whenEmpty, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_table;
    QWidget *m_whenEmpty;
    bool m_painted = false;
};

} // namespace PartnerDesk
