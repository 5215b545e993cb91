// partnerdesk-bench-bare-window: the floor for Partner Desk's start-up, what any Qt Widgets
// program pays on this machine. A main window with an empty table and nothing of ours (no
// store, keychain, translations or icons) that ends after its first paint the same way as
// `partnerdesk --quit-after-first-paint` (it compiles ui/FirstPaintExit.cpp). Run by
// scripts/bench.sh, which times both from outside.

#include "FirstPaintExit.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    // The app's columns, so the header has as much to lay out and paint.
    auto *model = new QStandardItemModel(0, 4, &window);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Status"),
                                      QStringLiteral("Last code")});
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1040, 640);
    new PartnerDesk::FirstPaintExit(table, nullptr, &window);
    window.show();
    return QApplication::exec();
}
