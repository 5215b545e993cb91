#pragma once

#include <QString>

namespace PartnerDesk {

// Lower case, accents removed: "Pão de Mel" -> "pao de mel", "Ótica" -> "otica". What the
// list sorts names by and what search compares, so neither depends on case or accents.
QString foldForSearch(const QString &text);

} // namespace PartnerDesk
