#include "IndexFile.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PartnerDesk {

QString statusKey(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace PartnerDesk

namespace PartnerDesk::IndexFile {

namespace {

bool statusFromName(const QString &name, ConnectionStatus *status)
{
    if (name == QLatin1String("connected"))
        *status = ConnectionStatus::Connected;
    else if (name == QLatin1String("disconnected"))
        *status = ConnectionStatus::Disconnected;
    else if (name == QLatin1String("unknown"))
        *status = ConnectionStatus::Unknown;
    else
        return false;
    return true;
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

bool timeFromValue(const QJsonValue &value, QDateTime *time)
{
    if (value.isNull() || value.isUndefined()) {
        *time = {};
        return true;
    }
    if (!value.isDouble())
        return false;
    const double ms = value.toDouble();
    if (ms < 0 || ms > 253402300799000.0) // year 9999
        return false;
    *time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms));
    return true;
}

bool optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

QByteArray serialize(const QList<InstanceRecord> &records)
{
    QJsonArray instances;
    for (const InstanceRecord &record : records) {
        QJsonObject object{
            {QStringLiteral("key"), record.key.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("idSuffix"), record.idSuffix},
            {QStringLiteral("status"), statusKey(record.status)},
        };
        if (!record.phone.isEmpty())
            object.insert(QStringLiteral("phone"), record.phone);
        if (!record.notes.isEmpty())
            object.insert(QStringLiteral("notes"), record.notes);
        if (record.statusCheckedAt.isValid())
            object.insert(QStringLiteral("statusCheckedAt"), timeValue(record.statusCheckedAt));
        if (record.lastCodeAt.isValid())
            object.insert(QStringLiteral("lastCodeAt"), timeValue(record.lastCodeAt));
        instances.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), currentVersion},
                           {QStringLiteral("instances"), instances}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool parse(const QByteArray &json, QList<InstanceRecord> *records)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt(-1) != currentVersion
        || !root.value(QStringLiteral("instances")).isArray())
        return false;

    QList<InstanceRecord> parsed;
    const QJsonArray instances = root.value(QStringLiteral("instances")).toArray();
    parsed.reserve(instances.size());
    for (const QJsonValue &value : instances) {
        if (!value.isObject())
            return false;
        const QJsonObject object = value.toObject();
        InstanceRecord record;
        record.key = QUuid::fromString(object.value(QStringLiteral("key")).toString());
        record.name = object.value(QStringLiteral("name")).toString();
        if (record.key.isNull() || record.name.trimmed().isEmpty())
            return false;
        if (!optionalString(object, QStringLiteral("phone"), &record.phone)
            || !optionalString(object, QStringLiteral("notes"), &record.notes)
            || !optionalString(object, QStringLiteral("idSuffix"), &record.idSuffix)
            || !(object.value(QStringLiteral("status")).isUndefined() || object.value(QStringLiteral("status")).isString())
            || !statusFromName(object.value(QStringLiteral("status")).toString(QStringLiteral("unknown")),
                               &record.status)
            || !timeFromValue(object.value(QStringLiteral("statusCheckedAt")), &record.statusCheckedAt)
            || !timeFromValue(object.value(QStringLiteral("lastCodeAt")), &record.lastCodeAt))
            return false;
        parsed.append(record);
    }
    *records = std::move(parsed);
    return true;
}

QString keptAsidePath(const QString &path, const QString &why, const Clock &clock)
{
    const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.%2-%3").arg(path, why, stamp);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.%2-%3-%4").arg(path, why, stamp).arg(n);
    return candidate;
}

LoadResult load(const QString &path, const Clock &clock)
{
    LoadResult result;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable but possibly intact (permissions): do not move it, say so.
        result.error = Error(ErrorCode::IndexAccessFailed, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (parse(bytes, &result.records))
        return result;

    const QString aside = keptAsidePath(path, QStringLiteral("damaged"), clock);
    if (QFile::rename(path, aside)) {
        qCWarning(lcStore) << "Instance index was damaged; kept aside as" << aside;
        result.error = Error(ErrorCode::IndexUnreadable, QDir::toNativeSeparators(aside));
    } else {
        result.error = Error(ErrorCode::IndexUnreadable, QDir::toNativeSeparators(path));
    }
    result.records.clear();
    return result;
}

Error save(const QString &path, const QList<InstanceRecord> &records)
{
    return PrivateFile::write(path, serialize(records), ErrorCode::IndexWriteFailed);
}

} // namespace PartnerDesk::IndexFile
