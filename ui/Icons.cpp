#include "Icons.h"

#include "Appearance.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QProxyStyle>
#include <QSvgRenderer>

namespace PartnerDesk {

namespace Icons {

namespace {

enum class Colour { Text, Secondary, Success, Problem, Attention };

struct Source
{
    const char *file;
    Colour colour;
};

// Which file of the set each name is drawn from; resources/icons/README.md says why.
Source sourceOf(Name name)
{
    switch (name) {
    case Name::Connect:
        return {"link", Colour::Text};
    case Name::ConnectionProblems:
        return {"puzzle", Colour::Text};
    case Name::Add:
        return {"plus", Colour::Text};
    case Name::Edit:
        return {"pencil", Colour::Text};
    case Name::Remove:
        return {"trash-2", Colour::Text};
    case Name::Import:
        return {"file-input", Colour::Text};
    case Name::Settings:
        return {"settings", Colour::Text};
    case Name::About:
        return {"info", Colour::Text};
    case Name::Copy:
        return {"copy", Colour::Text};
    case Name::NewCode:
    case Name::CheckStatus:
        return {"refresh-cw", Colour::Text};
    case Name::Search:
        return {"search", Colour::Text};
    case Name::Clear:
        return {"x", Colour::Text};
    case Name::More:
        return {"ellipsis", Colour::Text};
    case Name::Question:
        return {"circle-question-mark", Colour::Text};
    case Name::Success:
        return {"circle-check-big", Colour::Success};
    case Name::Warning:
        return {"triangle-alert", Colour::Attention};
    case Name::Error:
        return {"circle-alert", Colour::Problem};
    case Name::StatusConnected:
        return {"circle-check", Colour::Success};
    case Name::StatusDisconnected:
        return {"circle-x", Colour::Problem};
    case Name::StatusUnknown:
        return {"circle-question-mark", Colour::Secondary};
    }
    Q_UNREACHABLE();
}

// From the palette of the moment, read at each draw: after a switch to a dark theme the next
// paint is in the new colours.
QColor colourFor(Colour colour, QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    // A selected row's background is the highlight colour, on which a status colour may vanish;
    // the shape still tells the status.
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    switch (colour) {
    case Colour::Text:
        return palette.color(QPalette::Active, QPalette::WindowText);
    case Colour::Secondary:
        return palette.color(QPalette::Active, QPalette::PlaceholderText);
    case Colour::Success:
        return Appearance::textColor(Appearance::Tone::Success, palette);
    case Colour::Problem:
        return Appearance::textColor(Appearance::Tone::Problem, palette);
    case Colour::Attention:
        return Appearance::textColor(Appearance::Tone::Attention, palette);
    }
    Q_UNREACHABLE();
}

// Renders the SVG anew for each pixel size, so an icon is as sharp at 200% as at 100%, in the
// colour of the moment: the set draws with stroke="currentColor", which is replaced before
// rendering. Pixmaps are cached by name, size and colour, so a palette change simply asks
// for new ones.
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(Name name)
        : m_name(name)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device()->devicePixelRatio();
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const Source source = sourceOf(m_name);
        const QColor colour = colourFor(source.colour, mode);
        const QString cacheKey = QStringLiteral("%1/%2/%3x%4/%5")
                                     .arg(QLatin1String(engineKey), QLatin1String(source.file))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.name(QColor::HexArgb));
        QPixmap rendered;
        if (QPixmapCache::find(cacheKey, &rendered))
            return rendered;

        QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(source.file)));
        QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);

        rendered = QPixmap(size);
        rendered.fill(Qt::transparent);
        QPainter painter(&rendered);
        painter.setOpacity(colour.alphaF());
        // The set's drawings are square; a wider or taller request gets one centred.
        const int side = qMin(size.width(), size.height());
        renderer.render(&painter, QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side));
        painter.end();
        QPixmapCache::insert(cacheKey, rendered);
        return rendered;
    }

    QString key() const override { return QLatin1String(engineKey); }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name); }

private:
    const Name m_name;
};

// The platform's own style (or the one chosen with -style), but with the set's icons where
// Qt's widgets would draw the style's.
class SetStyle final : public QProxyStyle
{
public:
    explicit SetStyle(const QString &baseStyle)
        : QProxyStyle(baseStyle)
    {
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        switch (which) {
        case SP_MessageBoxInformation:
            return icon(Name::About);
        case SP_MessageBoxWarning:
            return icon(Name::Warning);
        case SP_MessageBoxCritical:
            return icon(Name::Error);
        case SP_MessageBoxQuestion:
            return icon(Name::Question);
        case SP_LineEditClearButton:
            return icon(Name::Clear);
        case SP_ToolBarHorizontalExtensionButton:
        case SP_ToolBarVerticalExtensionButton:
            return icon(Name::More);
        default:
            return QProxyStyle::standardIcon(which, option, widget);
        }
    }
};

} // namespace

QIcon icon(Name name)
{
    return QIcon(new TintedSvgEngine(name));
}

void useForQtWidgets()
{
    // Around the style in use: without a name QProxyStyle would take the desktop's default
    // and drop one chosen with -style.
    QApplication::setStyle(new SetStyle(QApplication::style()->name()));
}

} // namespace Icons

} // namespace PartnerDesk
