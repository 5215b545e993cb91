#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QPalette;
class QPushButton;
class QWidget;

namespace PartnerDesk {

struct Error;

// Colours that carry meaning (a problem, success, something to notice), derived from the
// widget's palette so they stay readable on light and dark themes alike. No widget hard-codes
// a colour of its own.
namespace Appearance {

enum class Tone { Problem, Success, Attention };

// A text colour for `tone` on the palette's window background.
QColor textColor(Tone tone, const QPalette &palette);
// Text in the tone's colour (a countdown running out, a check mark); `clearTone` gives the
// widget its palette's own colours back.
void setTextTone(QWidget *widget, Tone tone);
void clearTone(QWidget *widget);
// A box tinted with the tone, a border in its colour, the text in the palette's own colour:
// for a problem message or a notice that must stand out from the dialog around it.
void makeBanner(QWidget *widget, Tone tone);
// Hints and countdowns that matter less than the text around them.
void makeSecondary(QWidget *widget);
// `factor` times the widget's font size, optionally bold.
void scaleFont(QWidget *widget, qreal factor, bool bold);

// For a connection code the agent reads out: bold, `factor` times the widget's font size, in
// a font whose 0 and O, 1, I and l look different on every system.
QFont codeFont(const QWidget *widget, qreal factor);
// The code character by character, the easily confused ones named ("F A 4 8 - 0 (zero)"):
// what a screen reader or a tooltip gives, and how to read the code out over the phone.
QString spelledCode(const QString &code);
// An error as a dialog shows it next to a button that counts Z-API's Retry-After down: the
// rate limit without its seconds, which would be out of date a moment later.
QString problemMessage(const Error &error);

} // namespace Appearance

// "Copied" on the button that was just used, for two seconds, then its own text again: the
// one confirmation every copy button gives. A screen reader hears it too, because the
// button's accessible name changes with its text.
class CopiedFeedback : public QObject
{
    Q_OBJECT
public:
    explicit CopiedFeedback(QObject *parent);
    void show(QPushButton *button);
    // The button's text is restored at once (a dialog changing state, say).
    void clear();

    static constexpr int durationMs = 2000;

private:
    QTimer m_timer;
    QPointer<QPushButton> m_button;
    QString m_buttonText;
};

} // namespace PartnerDesk
