#pragma once

#include <QWidget>

namespace PartnerDesk {

// A thin bar showing how much of a code's life is left. It looks like a QProgressBar but,
// unlike one, tells assistive technology nothing when it moves: QProgressBar announces every
// value change, and a screen reader would read the countdown out every second. The label
// next to it carries the same information in words, updated when it means something.
class CountdownBar : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownBar(QWidget *parent = nullptr);

    void setRange(int maximum);
    void setValue(int value);
    int maximum() const { return m_maximum; }
    int value() const { return m_value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_maximum = 1;
    int m_value = 0;
};

} // namespace PartnerDesk
