#include "SearchKeys.h"

#include "util/Folding.h"
#include "util/PhoneNumbers.h"

namespace PartnerDesk::SearchKeys {

QString phoneKey(const QString &phone)
{
    return PhoneNumbers::digitsOf(phone);
}

QString searchKey(const InstanceRecord &record)
{
    return foldForSearch(record.name + u'\n' + record.phone + u'\n' + PhoneNumbers::digitsOf(record.phone) + u'\n'
                         + record.notes + u'\n' + record.idSuffix);
}

} // namespace PartnerDesk::SearchKeys
