#pragma once

#include "InstanceRecord.h"
#include "util/Error.h"

#include <QList>

namespace PartnerDesk {

class Clock;

// The instance index: one versioned JSON file, readable without the keychain.
namespace IndexFile {

constexpr int currentVersion = 1;

QByteArray serialize(const QList<InstanceRecord> &records);
// Strict: any structural problem rejects the whole file (it is ours; damage means damage).
bool parse(const QByteArray &json, QList<InstanceRecord> *records);

struct LoadResult
{
    QList<InstanceRecord> records;
    Error error; // IndexUnreadable: the damaged file was moved aside, detail = its new path
};
// A missing file is an empty index, not an error.
LoadResult load(const QString &path, const Clock &clock);
Error save(const QString &path, const QList<InstanceRecord> &records);

// "<path>.damaged-20261121-221500": the name files are kept aside under, never deleted.
QString keptAsidePath(const QString &path, const QString &why, const Clock &clock);

} // namespace IndexFile
} // namespace PartnerDesk
