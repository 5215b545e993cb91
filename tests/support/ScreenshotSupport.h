#pragma once

// The screenshots in docs/screenshots (scripts/screenshots.sh makes them). Header-only, like
// WidgetTestSupport.h. Without the environment variables below the tests run as always.
//   PARTNERDESK_SCREENSHOT_DIR=dir        the tests save their interesting states there as PNG
//   PARTNERDESK_SCREENSHOT_PALETTE=dark   Fusion with a dark palette, as a dark desktop gives it

#include "Icons.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTest>
#include <QWidget>

namespace PartnerDesk::Test {

// KDE Breeze Dark's colours, the palette Plasma (or GNOME's dark theme through a platform
// theme plugin) hands a Qt application; the app itself never sets one.
inline QPalette darkDesktopPalette()
{
    const QColor window(0x31, 0x36, 0x3b);
    const QColor base(0x23, 0x26, 0x29);
    const QColor text(0xef, 0xf0, 0xf1);
    const QColor disabledText(0x6e, 0x71, 0x75);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x47, 0x4d, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x42, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::Dark, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Shadow, QColor(0x12, 0x14, 0x16));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    palette.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x47, 0x4d, 0x54));
    return palette;
}

// The look the app has (its icon set in Qt's own widgets too, as main() sets it), in the dark
// palette when asked. Call before the first widget is made (initTestCase).
inline void applyAppLook()
{
    const QString palette = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_PALETTE");
    if (!palette.isEmpty()) {
        if (palette != QLatin1String("dark"))
            qFatal("PARTNERDESK_SCREENSHOT_PALETTE=%s: the only palette is \"dark\"", qPrintable(palette));
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkDesktopPalette());
    }
    Icons::useForQtWidgets();
}

// Saves the widget as <name>.png when PARTNERDESK_SCREENSHOT_DIR is set (run under a real X
// server, e.g. Xvfb with QT_QPA_PLATFORM=xcb, for the fonts and style users see).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents(); // a relayout or repaint still queued lands first
    QVERIFY(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace PartnerDesk::Test
