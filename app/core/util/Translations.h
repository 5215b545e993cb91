#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// Loads Partner Desk's catalogue, Qt's own (qtbase: standard buttons, dialogs) and
// QtKeychain's for `language` ("pt_BR", "es", "en"); empty means the system locale.
void installTranslations(const QString &language);

// The languages the app ships, the source language (English) included.
QStringList availableLanguages();

} // namespace PartnerDesk
