// render-icon: draws an SVG icon into the bitmaps the installers need. Not installed.
//   render-icon INPUT.svg OUTPUT [OUTPUT ...]    each OUTPUT one of:
//     SIZE FILE.png   a square PNG (the .deb's hicolor icons, at build time: packaging/linux/linux.cmake)
//     ico FILE.ico    the Windows icon, 16..256 px: BMP below 256, PNG at 256
//     icns FILE.icns  the macOS icon family, 16..1024 px, all PNG
// The .ico and .icns are kept in the repository (packaging/README.md, "The icons"); make them
// again when the SVG changes:
//   build/dev/packaging/partnerdesk_render_icon resources/icons/partnerdesk.svg
//       ico packaging/windows/partnerdesk.ico icns packaging/macos/partnerdesk.icns
// Qt's offscreen platform, so it needs no display; Qt writes PNGs without a time stamp, so the
// same SVG always gives the same files.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdint>
#include <vector>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "render-icon: " << message << '\n';
    return 1;
}

// A build has no desktop session: Qt's note that XDG_RUNTIME_DIR is not set says nothing useful
// in a build log. Every other message is shown.
QtMessageHandler qtHandler = nullptr;
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        qtHandler(type, context, message);
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    // Both formats want straight (not premultiplied) alpha.
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void putLe16(QByteArray &out, std::uint16_t value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

void putLe32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

void putBe32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

// A 32-bit DIB as an .ico entry holds it: BITMAPINFOHEADER with twice the height, the BGRA
// rows bottom-up, then the 1-bit AND mask (set where the pixel is fully transparent), each of
// its rows padded to 32 bits. What every Windows version and tool reads.
QByteArray dib(const QImage &image)
{
    const int size = image.width();
    const int maskStride = ((size + 31) / 32) * 4;
    QByteArray out;
    putLe32(out, 40);                   // biSize
    putLe32(out, static_cast<std::uint32_t>(size));
    putLe32(out, static_cast<std::uint32_t>(2 * size));
    putLe16(out, 1);                    // biPlanes
    putLe16(out, 32);                   // biBitCount
    putLe32(out, 0);                    // BI_RGB
    putLe32(out, static_cast<std::uint32_t>(size * size * 4 + maskStride * size));
    putLe32(out, 0);
    putLe32(out, 0);
    putLe32(out, 0);
    putLe32(out, 0);
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            out.append(static_cast<char>(qBlue(line[x])));
            out.append(static_cast<char>(qGreen(line[x])));
            out.append(static_cast<char>(qRed(line[x])));
            out.append(static_cast<char>(qAlpha(line[x])));
        }
    }
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QByteArray row(maskStride, '\0');
        for (int x = 0; x < size; ++x) {
            if (qAlpha(line[x]) == 0)
                row[x / 8] = static_cast<char>(row.at(x / 8) | (0x80 >> (x % 8)));
        }
        out.append(row);
    }
    return out;
}

QByteArray ico(QSvgRenderer &svg)
{
    const std::vector<int> sizes = {16, 20, 24, 32, 40, 48, 64, 96, 128, 256};
    std::vector<QByteArray> images;
    for (int size : sizes) {
        const QImage image = render(svg, size);
        images.push_back(size >= 256 ? png(image) : dib(image));
    }
    QByteArray out;
    putLe16(out, 0); // reserved
    putLe16(out, 1); // an icon, not a cursor
    putLe16(out, static_cast<std::uint16_t>(sizes.size()));
    auto offset = static_cast<std::uint32_t>(6 + 16 * sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const int size = sizes[i];
        out.append(static_cast<char>(size >= 256 ? 0 : size)); // 0 means 256
        out.append(static_cast<char>(size >= 256 ? 0 : size));
        out.append('\0'); // no palette
        out.append('\0');
        putLe16(out, 1);  // planes
        putLe16(out, 32); // bits per pixel
        putLe32(out, static_cast<std::uint32_t>(images[i].size()));
        putLe32(out, offset);
        offset += static_cast<std::uint32_t>(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// Apple's icon family: the big-endian 'icns' header, then one element per size, each a type
// code, its length (with the 8-byte element header) and, for all the types used here, a PNG.
QByteArray icns(QSvgRenderer &svg)
{
    struct Element {
        const char *type;
        int size;
    };
    const Element elements[] = {
        {"icp4", 16},   {"ic11", 32},  {"icp5", 32},  {"ic12", 64},   {"ic07", 128},
        {"ic13", 256},  {"ic08", 256}, {"ic14", 512}, {"ic09", 512},  {"ic10", 1024},
    };
    QByteArray body;
    for (const Element &element : elements) {
        const QByteArray data = png(render(svg, element.size));
        body.append(element.type, 4);
        putBe32(body, static_cast<std::uint32_t>(8 + data.size()));
        body.append(data);
    }
    QByteArray out("icns", 4);
    putBe32(out, static_cast<std::uint32_t>(8 + body.size()));
    out.append(body);
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(messageHandler);
    // The command-line -platform wins over QT_QPA_PLATFORM, so a developer's xcb or wayland
    // setting cannot make the build need a display.
    std::vector<char *> qtArgs(argv, argv + argc);
    char platformOption[] = "-platform";
    char platformName[] = "offscreen";
    qtArgs.insert(qtArgs.begin() + 1, {platformOption, platformName});
    int qtArgc = static_cast<int>(qtArgs.size());
    QGuiApplication app(qtArgc, qtArgs.data());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3 || args.size() % 2 != 1)
        return fail(QStringLiteral("usage: render-icon INPUT.svg {SIZE FILE.png | ico FILE.ico | icns FILE.icns} ..."));

    QSvgRenderer svg(args.at(0));
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1 as an SVG image").arg(args.at(0)));

    for (qsizetype i = 1; i < args.size(); i += 2) {
        const QString kind = args.at(i);
        const QString output = args.at(i + 1);
        QByteArray bytes;
        if (kind == QLatin1String("ico")) {
            bytes = ico(svg);
        } else if (kind == QLatin1String("icns")) {
            bytes = icns(svg);
        } else {
            bool ok = false;
            const int size = kind.toInt(&ok);
            if (!ok || size < 1 || size > 4096)
                return fail(QStringLiteral("not a size in pixels, ico or icns: %1").arg(kind));
            bytes = png(render(svg, size));
        }
        if (!QDir().mkpath(QFileInfo(output).absolutePath()))
            return fail(QStringLiteral("cannot make the folder of %1").arg(output));
        if (!write(output, bytes))
            return fail(QStringLiteral("cannot write %1").arg(output));
    }
    return 0;
}
