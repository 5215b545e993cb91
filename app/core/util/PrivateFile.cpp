#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

Error write(const QString &path, const QByteArray &bytes, ErrorCode failure)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!makeDirectory(directory))
        return Error(failure, QDir::toNativeSeparators(directory));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(failure, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const Error error(failure, file.errorString());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return Error(failure, file.errorString());
    return {};
}

} // namespace PartnerDesk::PrivateFile
