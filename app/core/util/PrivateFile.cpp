#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>

namespace PartnerDesk::PrivateFile {

bool makeDirectory(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace PartnerDesk::PrivateFile
