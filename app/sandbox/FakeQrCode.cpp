#include "FakeQrCode.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace PartnerDesk::Sandbox {

namespace {

constexpr int Modules = 29;
constexpr int ModulePixels = 8;
constexpr int QuietZone = 4;

bool isInFinder(int column, int row, int left, int top)
{
    return column >= left - 1 && column <= left + 7 && row >= top - 1 && row <= top + 7;
}

bool finderModule(int column, int row, int left, int top)
{
    const int x = column - left;
    const int y = row - top;
    if (x < 0 || y < 0 || x > 6 || y > 6)
        return false; // the white separator around the square
    const bool outerRing = x == 0 || y == 0 || x == 6 || y == 6;
    const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
    return outerRing || centre;
}

} // namespace

QByteArray fakeQrCodePng(quint32 seed)
{
    QRandomGenerator noise(seed);
    const int side = (Modules + 2 * QuietZone) * ModulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);

    QPainter painter(&image);
    const auto paint = [&painter](int column, int row) {
        painter.fillRect((column + QuietZone) * ModulePixels, (row + QuietZone) * ModulePixels, ModulePixels,
                         ModulePixels, Qt::black);
    };
    constexpr int FarEdge = Modules - 7;
    for (int row = 0; row < Modules; ++row) {
        for (int column = 0; column < Modules; ++column) {
            bool dark = false;
            if (isInFinder(column, row, 0, 0))
                dark = finderModule(column, row, 0, 0);
            else if (isInFinder(column, row, FarEdge, 0))
                dark = finderModule(column, row, FarEdge, 0);
            else if (isInFinder(column, row, 0, FarEdge))
                dark = finderModule(column, row, 0, FarEdge);
            else if (row == 6 || column == 6)
                dark = (row + column) % 2 == 0;
            else
                dark = noise.bounded(2) == 1;
            if (dark)
                paint(column, row);
        }
    }
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace PartnerDesk::Sandbox
