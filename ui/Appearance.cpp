#include "Appearance.h"

#include "util/Error.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>
#include <QPushButton>
#include <QWidget>

namespace PartnerDesk {

namespace Appearance {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor blend(const QColor &over, const QColor &under, qreal amount)
{
    return QColor::fromRgbF(over.redF() * amount + under.redF() * (1 - amount),
                            over.greenF() * amount + under.greenF() * (1 - amount),
                            over.blueF() * amount + under.blueF() * (1 - amount));
}

// What each toned widget wears, so it can be worn again when the palette changes.
enum class Look { Text, Banner, Secondary };
const char toneProperty[] = "partnerDeskTone";
const char lookProperty[] = "partnerDeskLook";

void apply(QWidget *widget);

// The colours are derived from the palette of the moment; when the desktop switches
// palettes (to a dark theme, say), every toned widget derives them again.
class PaletteFollower : public QObject
{
public:
    static void follow(QWidget *widget, Look look)
    {
        static PaletteFollower *follower = [] {
            auto *created = new PaletteFollower(qApp);
            qApp->installEventFilter(created);
            return created;
        }();
        Q_UNUSED(follower);
        widget->setProperty(lookProperty, static_cast<int>(look));
    }

protected:
    // Qt tells the application object, not each widget, when the application palette changes.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (QWidget *widget : QApplication::allWidgets()) {
                if (widget->property(lookProperty).isValid())
                    apply(widget);
            }
        }
        return false;
    }

private:
    using QObject::QObject;
};

// The application's palette for the widget, not the widget's own: that one carries the
// tone's colours already.
QPalette basePalette(const QWidget *widget)
{
    return QApplication::palette(widget);
}

void applyTextTone(QWidget *widget, Tone tone)
{
    QPalette palette = basePalette(widget);
    const QColor color = textColor(tone, palette);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Highlight, color);
    widget->setPalette(palette);
}

void applyBanner(QWidget *widget, Tone tone)
{
    const QPalette palette = basePalette(widget);
    const QColor edge = textColor(tone, palette);
    // Attention's text colour is a dark ochre, which tints a light window grey; its fill is
    // the amber of a warning sign instead.
    const QColor tint = tone == Tone::Attention ? QColor(0xff, 0xc1, 0x07) : edge;
    const QColor fill = blend(tint, palette.color(QPalette::Window), isDark(palette) ? 0.22 : (tone == Tone::Attention ? 0.35 : 0.12));
    const QString selector = widget->objectName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : QStringLiteral("#%1").arg(widget->objectName());
    widget->setStyleSheet(QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; padding: 6px; color: %4; }")
                              .arg(selector, fill.name(), edge.name(), palette.color(QPalette::WindowText).name()));
}

void applySecondary(QWidget *widget)
{
    QPalette palette = basePalette(widget);
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    widget->setPalette(palette);
}

void apply(QWidget *widget)
{
    const auto tone = static_cast<Tone>(widget->property(toneProperty).toInt());
    switch (static_cast<Look>(widget->property(lookProperty).toInt())) {
    case Look::Text:
        applyTextTone(widget, tone);
        break;
    case Look::Banner:
        applyBanner(widget, tone);
        break;
    case Look::Secondary:
        applySecondary(widget);
        break;
    }
}

} // namespace

QColor textColor(Tone tone, const QPalette &palette)
{
    // Each pair meets WCAG AA contrast (4.5:1) on Fusion's light window (#efefef) and on
    // a typical dark one (#353535).
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6e, 0x2e);
    case Tone::Attention:
        return dark ? QColor(0xf2, 0xc5, 0x4b) : QColor(0x7a, 0x55, 0x00);
    }
    return palette.color(QPalette::WindowText);
}

void setTextTone(QWidget *widget, Tone tone)
{
    widget->setProperty(toneProperty, static_cast<int>(tone));
    PaletteFollower::follow(widget, Look::Text);
    apply(widget);
}

void clearTone(QWidget *widget)
{
    widget->setProperty(toneProperty, QVariant());
    widget->setProperty(lookProperty, QVariant());
    widget->setPalette(QPalette());
}

void makeBanner(QWidget *widget, Tone tone)
{
    widget->setProperty(toneProperty, static_cast<int>(tone));
    PaletteFollower::follow(widget, Look::Banner);
    apply(widget);
}

void makeSecondary(QWidget *widget)
{
    PaletteFollower::follow(widget, Look::Secondary);
    apply(widget);
}

void scaleFont(QWidget *widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(QFontInfo(font).pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

// Why an embedded font and not QFontDatabase::FixedFont: that is whatever the system calls
// monospace (Courier New on Windows, DejaVu or Noto Sans Mono on Linux), and in some of them
// 0 and O are the same oval. Colouring digits apart from letters (as password managers do)
// was the other way: it needs rich text in a label that shows text from outside, and colour
// alone is lost on colour-blind agents. Fira Code's slashed zero, flagged 1, serifed I and
// tailed l differ by shape, in every colour and on every system (resources/fonts/README.md).
QFont codeFont(const QWidget *widget, qreal factor)
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/FiraCode-Bold.ttf"));
        return QFontDatabase::applicationFontFamilies(id).value(0);
    }();
    QFont font(family);
    font.setStyleHint(QFont::Monospace); // if the resource ever went missing
    font.setBold(true);
    font.setPointSizeF(QFontInfo(widget->font()).pointSizeF() * factor);
    return font;
}

QString spelledCode(const QString &code)
{
    QStringList characters;
    for (const QChar character : code) {
        switch (character.unicode()) {
        case '0':
            characters << QCoreApplication::translate("PartnerDesk::Appearance", "0 (zero)");
            break;
        case 'O':
            characters << QCoreApplication::translate("PartnerDesk::Appearance", "O (letter O)");
            break;
        case '1':
            characters << QCoreApplication::translate("PartnerDesk::Appearance", "1 (one)");
            break;
        case 'I':
            characters << QCoreApplication::translate("PartnerDesk::Appearance", "I (capital i)");
            break;
        case 'l':
            characters << QCoreApplication::translate("PartnerDesk::Appearance", "l (small L)");
            break;
        default:
            characters << QString(character);
        }
    }
    return characters.join(QLatin1Char(' '));
}

QString problemMessage(const Error &error)
{
    return error.code == ErrorCode::RateLimited ? Error(ErrorCode::RateLimited).message() : error.message();
}

} // namespace Appearance

CopiedFeedback::CopiedFeedback(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(durationMs);
    connect(&m_timer, &QTimer::timeout, this, &CopiedFeedback::clear);
}

void CopiedFeedback::show(QPushButton *button)
{
    clear();
    m_button = button;
    m_buttonText = button->text();
    button->setText(tr("Copied"));
    m_timer.start();
}

void CopiedFeedback::clear()
{
    m_timer.stop();
    if (m_button)
        m_button->setText(m_buttonText);
    m_button.clear();
}

} // namespace PartnerDesk
