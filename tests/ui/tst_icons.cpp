// The app's icon set (ui/Icons.h): every icon is drawn from the embedded SVGs at the size and
// pixel ratio asked, in the palette's colours, and the main window shows no icon from anywhere
// else (a desktop theme or Qt's style fallbacks, which are all Windows and macOS would show).
// Run as on a GNOME desktop (tests/ui/CMakeLists.txt), whose platform theme puts icons on
// dialog buttons: the app must not show them.
#include "Appearance.h"
#include "Icons.h"
#include "MainWindow.h"

#include "KeychainTestSupport.h"
#include "ScreenshotSupport.h"

#include "Workspace.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDataStream>
#include <QMessageBox>
#include <QMetaEnum>
#include <QProxyStyle>
#include <QTest>
#include <QToolBar>

using namespace PartnerDesk;
using Icons::Name;

namespace {

// QDataStream writes an icon's engine key first: the one public way to ask who draws it.
QString engineKeyOf(const QIcon &icon)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << icon;
    }
    QDataStream in(bytes);
    QString key;
    in >> key;
    return key;
}

// How many pixels an icon's strokes cover, and their colour: the mean of the pixels they
// (nearly) fill, as anti-aliased edges carry the same colour less opaque. A translucent colour
// (Qt's default placeholder text is one) fills them only as far as its own alpha.
struct Ink
{
    int pixels = 0;
    QColor colour;
};

Ink inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int opaquest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaquest = qMax(opaquest, qAlpha(image.pixel(x, y)));
    }
    Ink ink;
    int solid = 0;
    qint64 red = 0, green = 0, blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 0)
                ++ink.pixels;
            if (qAlpha(pixel) < opaquest * 3 / 4)
                continue;
            ++solid;
            red += qRed(pixel);
            green += qGreen(pixel);
            blue += qBlue(pixel);
        }
    }
    if (solid > 0)
        ink.colour = QColor(int(red / solid), int(green / solid), int(blue / solid));
    return ink;
}

bool sameColour(const QColor &actual, const QColor &expected)
{
    return actual.isValid() && qAbs(actual.red() - expected.red()) <= 3
        && qAbs(actual.green() - expected.green()) <= 3 && qAbs(actual.blue() - expected.blue()) <= 3;
}

const char *keyOf(Name name)
{
    return QMetaEnum::fromType<Name>().valueToKey(int(name));
}

QList<Name> allNames()
{
    const QMetaEnum names = QMetaEnum::fromType<Name>();
    QList<Name> all;
    for (int i = 0; i < names.keyCount(); ++i)
        all.append(Name(names.value(i)));
    return all;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyIconIsDrawnAtEverySize_data();
    void everyIconIsDrawnAtEverySize();
    void iconsFollowThePalette();
    void disabledAndSelectedIconsWearThePalettesColours();
    void statusIconsWearTheirMeaningsColours();
    void messageBoxesAndDialogButtonsShowNoFallback();
    void theWindowShowsOnlyIconsOfTheSet();

private:
    QPalette m_startPalette;
};

void TestIcons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    m_startPalette = QApplication::palette();
    Icons::useForQtWidgets();
}

void TestIcons::cleanup()
{
    QApplication::setPalette(m_startPalette);
}

void TestIcons::everyIconIsDrawnAtEverySize_data()
{
    QTest::addColumn<Name>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    for (const Name name : allNames()) {
        for (const int size : {16, 24, 32}) {
            for (const qreal ratio : {1.0, 2.0})
                QTest::addRow("%s-%d@%gx", keyOf(name), size, ratio) << name << size << ratio;
        }
    }
}

void TestIcons::everyIconIsDrawnAtEverySize()
{
    QFETCH(Name, name);
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    const QIcon icon = Icons::icon(name);
    QVERIFY(!icon.isNull());
    QCOMPARE(engineKeyOf(icon), QLatin1String(Icons::engineKey));
    // Not a theme name: a desktop menu exporting it would look it up in its theme and find nothing.
    QVERIFY(icon.name().isEmpty());

    const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
    // Drawn at device pixels, not a 1x picture stretched to 2x.
    QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
    QCOMPARE(pixmap.devicePixelRatio(), ratio);
    // Even the three dots of More cover a twentieth of their square; an SVG missing from the
    // resources draws nothing at all.
    const Ink ink = inkOf(pixmap);
    QVERIFY2(ink.pixels * 20 >= pixmap.width() * pixmap.height(),
             qPrintable(QStringLiteral("%1 of %2 pixels inked").arg(ink.pixels).arg(pixmap.width() * pixmap.height())));
}

void TestIcons::iconsFollowThePalette()
{
    const QIcon settings = Icons::icon(Name::Settings);

    QPalette light = m_startPalette;
    light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(light);
    const Ink onLight = inkOf(settings.pixmap(32));
    QVERIFY(sameColour(onLight.colour, QColor(0x20, 0x20, 0x20)));

    // The same icon object, after the desktop switched to a dark theme: light strokes now.
    QApplication::setPalette(Test::darkDesktopPalette());
    const Ink onDark = inkOf(settings.pixmap(32));
    QVERIFY2(onDark.colour.lightness() > 200, qPrintable(onDark.colour.name()));
    QVERIFY(sameColour(onDark.colour, Test::darkDesktopPalette().color(QPalette::WindowText)));
    // Same drawing, other colour.
    QCOMPARE(onDark.pixels, onLight.pixels);
}

void TestIcons::disabledAndSelectedIconsWearThePalettesColours()
{
    const QPalette dark = Test::darkDesktopPalette();
    QApplication::setPalette(dark);
    for (const Name name : {Name::Remove, Name::StatusConnected}) {
        const QIcon icon = Icons::icon(name);
        QVERIFY(sameColour(inkOf(icon.pixmap(32, QIcon::Disabled)).colour, dark.color(QPalette::Disabled, QPalette::WindowText)));
        QVERIFY(sameColour(inkOf(icon.pixmap(32, QIcon::Selected)).colour, dark.color(QPalette::Active, QPalette::HighlightedText)));
    }
}

void TestIcons::statusIconsWearTheirMeaningsColours()
{
    for (const QPalette &palette : {m_startPalette, Test::darkDesktopPalette()}) {
        QApplication::setPalette(palette);
        const struct {
            Name name;
            QColor colour;
        } statuses[] = {
            {Name::StatusConnected, Appearance::textColor(Appearance::Tone::Success, palette)},
            {Name::StatusDisconnected, Appearance::textColor(Appearance::Tone::Problem, palette)},
            {Name::StatusUnknown, palette.color(QPalette::PlaceholderText)},
        };
        QList<QImage> shapes;
        for (const auto &status : statuses) {
            const QPixmap pixmap = Icons::icon(status.name).pixmap(24);
            QVERIFY2(sameColour(inkOf(pixmap).colour, status.colour), keyOf(status.name));
            shapes.append(pixmap.toImage().convertToFormat(QImage::Format_Alpha8));
        }
        // Told apart without colour, too.
        QVERIFY(shapes[0] != shapes[1]);
        QVERIFY(shapes[1] != shapes[2]);
        QVERIFY(shapes[0] != shapes[2]);
    }
}

void TestIcons::messageBoxesAndDialogButtonsShowNoFallback()
{
    // Where the test runs, the platform's own style (the one the app's wraps) would put icons
    // on dialog buttons.
    const auto *appStyle = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(appStyle);
    QVERIFY(appStyle->baseStyle()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons));

    QMessageBox box(QMessageBox::Question, QStringLiteral("Remove"), QStringLiteral("Remove it?"),
                    QMessageBox::Yes | QMessageBox::No);
    for (QAbstractButton *button : box.buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
    const int extent = box.style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, &box);
    QCOMPARE(box.iconPixmap().toImage(), Icons::icon(Name::Question).pixmap(QSize(extent, extent), box.devicePixelRatio()).toImage());
    box.setIcon(QMessageBox::Warning);
    QCOMPARE(box.iconPixmap().toImage(), Icons::icon(Name::Warning).pixmap(QSize(extent, extent), box.devicePixelRatio()).toImage());
}

void TestIcons::theWindowShowsOnlyIconsOfTheSet()
{
    Profile profile;
    QVERIFY(!Profile::make(Test::uniqueProfileName(), &profile));
    {
        Workspace workspace(profile, Clock::system());
        QVERIFY(!workspace.open());
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Menus, tool bar, the search field's clear button: every action the window has.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (!action->icon().isNull())
                QVERIFY2(engineKeyOf(action->icon()) == QLatin1String(Icons::engineKey), qPrintable(action->objectName()));
        }
        // The main actions do have one, in the tool bar (a window with no icons at all would pass
        // the loop above).
        const QList<QAction *> toolBarActions = window.findChild<QToolBar *>()->actions();
        for (const char *name : {"actionConnect", "actionConnectionProblems", "actionAdd", "actionEdit",
                                 "actionRemove", "actionImport", "actionSettings"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && toolBarActions.contains(action) && !action->icon().isNull(), name);
        }
        // Buttons too, Qt's own among them (the tool bar's overflow button).
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->icon().isNull())
                QVERIFY2(engineKeyOf(button->icon()) == QLatin1String(Icons::engineKey), qPrintable(button->objectName()));
        }
    }
    Test::wipeProfile(profile);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
