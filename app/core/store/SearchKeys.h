#pragma once

#include "InstanceRecord.h"

#include <QString>

// The columns the database derives from a record's text, for sorting and searching. Written by
// InstanceRepository on every change and by the schema migration that normalised the phones,
// so both compute them alike.
namespace PartnerDesk::SearchKeys {

// What the phone column sorts by: the phone's digits (country code first).
QString phoneKey(const QString &phone);

// Everything a search looks in, folded (foldForSearch): the name, the phone and its digits
// (what a number written any other way is looked for by), the notes and the instance ID's
// ending.
QString searchKey(const InstanceRecord &record);

} // namespace PartnerDesk::SearchKeys
