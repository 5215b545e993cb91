#pragma once

#include "InstanceRepository.h"

#include <QList>
#include <QString>

namespace PartnerDesk::CsvImport {

// Parsed and checked rows of an import file, ready for InstanceRepository::importInstances.
struct Result
{
    QList<ImportRow> rows;
    QList<SkippedRow> skipped;
    Error error; // the file as a whole is unusable (unreadable, no header, missing columns)
};

// UTF-8 (a BOM is fine), header row naming name, instance_id, instance_token and optionally
// phone and notes in any order, fields separated by ',' or ';' (spreadsheets in Brazil save
// with ';'), RFC 4180 quoting. Rows with problems are skipped with a reason, never guessed.
// Phones become international numbers (E.164), those without a country code taken as
// `phoneRegion`'s ("BR"); a row whose phone cannot be a WhatsApp number is skipped.
Result parse(const QByteArray &data, const QString &phoneRegion);
Result parseFile(const QString &path, const QString &phoneRegion);

constexpr qint64 maximumFileSize = 64 * 1024 * 1024;

} // namespace PartnerDesk::CsvImport
