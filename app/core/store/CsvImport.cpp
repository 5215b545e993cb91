#include "CsvImport.h"

#include "util/PhoneNumbers.h"
#include "util/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

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

Result parseFile(const QString &path, const QString &phoneRegion)
{
    Result result;
    // Only a regular file: opening a pipe with no writer would wait for ever, and a device
    // such as /dev/zero never ends (its size() is 0, so the size says nothing).
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = Error(ErrorCode::ImportFileUnreadable, tr("it is a folder, not a file."));
        return result;
    }
    if (info.exists() && !info.isFile()) {
        result.error = Error(ErrorCode::ImportFileUnreadable, tr("it is not a regular file (a device, a pipe or a socket)."));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error(ErrorCode::ImportFileUnreadable, file.errorString());
        return result;
    }
    // The cap holds while reading, whatever the file says its size is (it may grow meanwhile).
    const QByteArray data = file.read(maximumFileSize + 1);
    if (data.size() > maximumFileSize) {
        result.error = Error(ErrorCode::ImportFileUnreadable, tr("it is larger than 64 MiB."));
        return result;
    }
    return parse(data, phoneRegion);
}

} // namespace PartnerDesk::CsvImport
