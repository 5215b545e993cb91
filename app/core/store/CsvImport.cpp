#include "CsvImport.h"

#include "util/PhoneNumbers.h"
#include "util/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QFileInfo>
#endif

namespace PartnerDesk::CsvImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PartnerDesk::CsvImport", text);
}

struct Record
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 with either separator; quoted fields may hold separators, quotes ("") and newlines.
QList<Record> splitRecords(const QString &text, QChar separator)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = line;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = Record();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QChar detectSeparator(const QString &text)
{
    const QString firstLine = text.left(text.indexOf(u'\n'));
    return firstLine.count(u';') > firstLine.count(u',') ? QChar(u';') : QChar(u',');
}

} // namespace

Result parse(const QByteArray &data, const QString &phoneRegion)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.error = Error(ErrorCode::ImportFileUnreadable, tr("it is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QList<Record> records = splitRecords(text, detectSeparator(text));
    if (records.isEmpty()) {
        result.error = Error(ErrorCode::ImportFileUnreadable, tr("it is empty."));
        return result;
    }

    QHash<QString, int> column;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const char *required : {"name", "instance_id", "instance_token"}) {
        if (!column.contains(QString::fromLatin1(required))) {
            result.error = Error(ErrorCode::ImportFileUnreadable,
                                 tr("the first row must name the columns name, instance_id and instance_token (phone and notes are optional)."));
            return result;
        }
    }
    const int nameColumn = column.value(QStringLiteral("name"));
    const int idColumn = column.value(QStringLiteral("instance_id"));
    const int tokenColumn = column.value(QStringLiteral("instance_token"));
    const int phoneColumn = column.value(QStringLiteral("phone"), -1);
    const int notesColumn = column.value(QStringLiteral("notes"), -1);

    QHash<QString, int> lineOfInstanceId;
    QHash<QString, int> lineOfName;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        auto fieldAt = [&](int index) {
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        };
        auto skip = [&](const QString &reason) { result.skipped.append({record.line, reason}); };
        if (record.fields.size() > header.size()) {
            skip(tr("it has more fields than the header; check for an unquoted separator"));
            continue;
        }
        ImportRow row;
        row.line = record.line;
        row.name = fieldAt(nameColumn);
        row.secrets = {fieldAt(idColumn), fieldAt(tokenColumn)};
        row.phone = fieldAt(phoneColumn);
        row.notes = fieldAt(notesColumn);
        if (row.name.isEmpty()) {
            skip(tr("the name is empty"));
            continue;
        }
        if (row.secrets.instanceId.isEmpty()) {
            skip(tr("the instance ID is empty"));
            continue;
        }
        if (Validation::checkInstanceId(row.secrets.instanceId)) {
            skip(tr("the instance ID has characters Z-API does not use"));
            continue;
        }
        if (row.secrets.instanceToken.isEmpty()) {
            skip(tr("the instance token is empty"));
            continue;
        }
        if (Validation::checkInstanceToken(row.secrets.instanceToken)) {
            skip(tr("the instance token has characters Z-API does not use"));
            continue;
        }
        if (!row.phone.isEmpty()) {
            PhoneNumber number;
            if (const Error phoneError = PhoneNumbers::parse(row.phone, phoneRegion, &number)) {
                skip(phoneError.message());
                continue;
            }
            row.phone = number.e164;
        }
        if (const int earlier = lineOfInstanceId.value(row.secrets.instanceId); earlier > 0) {
            skip(tr("the same instance ID is already on line %1").arg(earlier));
            continue;
        }
        if (const int earlier = lineOfName.value(row.name.toCaseFolded()); earlier > 0) {
            skip(tr("the same name is already on line %1").arg(earlier));
            continue;
        }
        lineOfInstanceId.insert(row.secrets.instanceId, row.line);
        lineOfName.insert(row.name.toCaseFolded(), row.line);
        result.rows.append(row);
    }
    return result;
}

// Read at most this much at a time: the cap is checked between reads. A multiple of 8, as
// some files under /proc need.
constexpr qsizetype readChunk = 64 * 1024;

#if defined(Q_OS_UNIX)

namespace {

// Closes the file however reading it ends.
class OpenFile
{
public:
    explicit OpenFile(int fd) : m_fd(fd) {}
    ~OpenFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// Why what is at a path, or what was opened, is no import file; empty for a regular file.
QString notAFile(const struct stat &info)
{
    if (S_ISDIR(info.st_mode))
        return tr("it is a folder, not a file.");
    if (!S_ISREG(info.st_mode))
        return tr("it is not a regular file (a device, a pipe or a socket).");
    return {};
}

bool sameVersion(const struct stat &before, const struct stat &after)
{
#if defined(Q_OS_DARWIN)
    const struct timespec &changedBefore = before.st_mtimespec, &changedAfter = after.st_mtimespec;
#else
    const struct timespec &changedBefore = before.st_mtim, &changedAfter = after.st_mtim;
#endif
    return before.st_size == after.st_size && changedBefore.tv_sec == changedAfter.tv_sec
        && changedBefore.tv_nsec == changedAfter.tv_nsec;
}

} // namespace

Result parseFile(const QString &path, const QString &phoneRegion)
{
    Result result;
    auto refuse = [&](const QString &why) {
        result.error = Error(ErrorCode::ImportFileUnreadable, why);
        return result;
    };
    const QByteArray name = QFile::encodeName(path);
    // Only a regular file: opening a pipe with no writer would wait for ever, and a device
    // such as /dev/zero never ends. Looked at first so that a device is not even opened (for
    // some, opening is an action of its own)...
    struct stat before {};
    if (::stat(name.constData(), &before) == 0) {
        if (const QString why = notAFile(before); !why.isEmpty())
            return refuse(why);
    }
    // ...and opened without waiting, then what was opened looked at again: a pipe put in the
    // file's place meanwhile must not block open() until a writer comes.
    const OpenFile file(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (file.fd() < 0)
        return refuse(qt_error_string(errno));
    if (::fstat(file.fd(), &before) != 0)
        return refuse(qt_error_string(errno));
    if (const QString why = notAFile(before); !why.isEmpty())
        return refuse(why);

    // The cap holds while reading, whatever the file says its size is: st_size is 0 for many
    // files that are not (those under /proc, some network and FUSE file systems), and a file
    // may grow while it is read. Reading stops one chunk past the cap.
    QByteArray data;
    QByteArray buffer(readChunk, Qt::Uninitialized);
    for (;;) {
        if (data.size() > maximumFileSize)
            return refuse(tr("it is larger than 64 MiB."));
        const ssize_t got = ::read(file.fd(), buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return refuse(qt_error_string(errno));
        if (got == 0)
            break;
        data.append(buffer.constData(), qsizetype(got));
    }
    // A file still being written (a spreadsheet saving it, a copy not finished) would be
    // imported cut short: the rows so far, the last one perhaps half.
    struct stat after {};
    if (::fstat(file.fd(), &after) != 0)
        return refuse(qt_error_string(errno));
    if (!sameVersion(before, after))
        return refuse(tr("it changed while it was being read. Wait until it has been saved, then import it again."));
    return parse(data, phoneRegion);
}

#else

Result parseFile(const QString &path, const QString &phoneRegion)
{
    Result result;
    auto refuse = [&](const QString &why) {
        result.error = Error(ErrorCode::ImportFileUnreadable, why);
        return result;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(tr("it is a folder, not a file."));
    if (info.exists() && !info.isFile())
        return refuse(tr("it is not a regular file (a device, a pipe or a socket)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    // The cap holds while reading, whatever the file says its size is.
    QByteArray data;
    QByteArray buffer(readChunk, Qt::Uninitialized);
    for (;;) {
        if (data.size() > maximumFileSize)
            return refuse(tr("it is larger than 64 MiB."));
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return refuse(file.errorString());
        if (got == 0)
            break;
        data.append(buffer.constData(), qsizetype(got));
    }
    return parse(data, phoneRegion);
}

#endif

} // namespace PartnerDesk::CsvImport
