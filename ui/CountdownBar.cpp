#include "CountdownBar.h"

#include <QStyleOptionProgressBar>
#include <QStylePainter>

namespace PartnerDesk {

CountdownBar::CountdownBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CountdownBar::setRange(int maximum)
{
    m_maximum = qMax(1, maximum);
    m_value = qBound(0, m_value, m_maximum);
    update();
}

void CountdownBar::setValue(int value)
{
    value = qBound(0, value, m_maximum);
    if (value == m_value)
        return;
    m_value = value;
    update();
}

QSize CountdownBar::sizeHint() const
{
    // As tall as a line of small print: visible, never competing with the code above it.
    return {fontMetrics().averageCharWidth() * 20, qMax(6, fontMetrics().height() / 2)};
}

QSize CountdownBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4, sizeHint().height()};
}

void CountdownBar::paintEvent(QPaintEvent *)
{
    QStyleOptionProgressBar option;
    option.initFrom(this);
    option.minimum = 0;
    option.maximum = m_maximum;
    option.progress = m_value;
    option.textVisible = false;
    option.state |= QStyle::State_Horizontal;
    QStylePainter painter(this);
    painter.drawControl(QStyle::CE_ProgressBar, option);
}

} // namespace PartnerDesk
