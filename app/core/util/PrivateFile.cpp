#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PartnerDesk::PrivateFile {

#if defined(Q_OS_UNIX)

namespace {

constexpr mode_t ownerOnlyDirectory = 0700;
constexpr mode_t ownerOnlyFile = 0600;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error accessFailed(const QString &path, int error)
{
    return Error(ErrorCode::StoreAccessFailed, QStringLiteral("%1: %2").arg(nativePath(path), qt_error_string(error)));
}

// Closes the descriptor however the function using it returns.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Found whatIsAt(const QString &path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return errno == ENOENT ? Found::Nothing : Found::SomethingElse;
    return S_ISREG(info.st_mode) ? Found::RegularFile : Found::SomethingElse;
}

Error makeDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The missing folders, outermost first: each is made owner-only as it is made, never
    // left for a moment with the umask's permissions.
    QStringList missing;
    for (QString folder = absolute; !folder.isEmpty(); folder = QFileInfo(folder).path()) {
        struct stat info {};
        if (::lstat(QFile::encodeName(folder).constData(), &info) == 0 || errno != ENOENT)
            break;
        missing.prepend(folder);
        if (folder == QFileInfo(folder).path()) // the root
            break;
    }
    for (const QString &folder : missing) {
        if (::mkdir(QFile::encodeName(folder).constData(), ownerOnlyDirectory) != 0 && errno != EEXIST)
            return accessFailed(folder, errno);
    }

    // Opened without following a link, and checked through what was opened: a link put there
    // (to another folder, someone else's perhaps) is refused, not made private in its place.
    const Descriptor directory(::open(QFile::encodeName(absolute).constData(),
                                      O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (directory.fd() < 0) {
        const int openError = errno;
        struct stat info {};
        if (openError == ELOOP
            || (::lstat(QFile::encodeName(absolute).constData(), &info) == 0 && S_ISLNK(info.st_mode)))
            return Error(ErrorCode::StoreNotARegularFile, nativePath(absolute));
        return accessFailed(absolute, openError);
    }
    struct stat info {};
    if (::fstat(directory.fd(), &info) != 0)
        return accessFailed(absolute, errno);
    // Only what others may do is taken away: an owner who made the folder read-only keeps it so.
    const mode_t ownerOnly = info.st_mode & 0700;
    if ((info.st_mode & 07777) != ownerOnly && ::fchmod(directory.fd(), ownerOnly) != 0)
        return accessFailed(absolute, errno);
    return {};
}

Error createEmpty(const QString &path, bool *created)
{
    *created = false;
    // O_EXCL never follows a link, dangling or not: whatever is there makes it fail.
    const Descriptor file(::open(QFile::encodeName(path).constData(),
                                 O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, ownerOnlyFile));
    if (file.fd() < 0)
        return errno == EEXIST ? Error() : accessFailed(path, errno);
    *created = true;
    return {};
}

#else

// Elsewhere permissions are the folder's access list, which the user's profile folder already
// keeps to its owner; a link (or junction) in the file's place is still refused.

Found whatIsAt(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction())
        return Found::SomethingElse;
    if (!info.exists())
        return Found::Nothing;
    return info.isFile() ? Found::RegularFile : Found::SomethingElse;
}

Error makeDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction())
        return Error(ErrorCode::StoreNotARegularFile, QDir::toNativeSeparators(path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error(ErrorCode::StoreAccessFailed, QDir::toNativeSeparators(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Error createEmpty(const QString &path, bool *created)
{
    *created = false;
    if (whatIsAt(path) != Found::Nothing)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return whatIsAt(path) != Found::Nothing ? Error() : Error(ErrorCode::StoreAccessFailed, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    *created = true;
    return {};
}

#endif

} // namespace PartnerDesk::PrivateFile
