#include "LegacyProfile.h"

#include "Sealing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace PartnerDesk::LegacyProfile {

namespace {

constexpr int indexVersion = 1;
constexpr char vaultMagic[] = "PDVAULT";
constexpr char vaultFormatVersion = 1;
constexpr char vaultAlgorithmXChaCha20Poly1305 = 1;
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

bool statusFromName(const QString &name, ConnectionStatus *status)
{
    for (ConnectionStatus candidate : {ConnectionStatus::Unknown, ConnectionStatus::Connected, ConnectionStatus::Disconnected}) {
        if (name == statusKey(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
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

QByteArray vaultHeader()
{
    QByteArray result(vaultMagic, sizeof vaultMagic); // includes the terminating NUL
    result.append(vaultFormatVersion);
    result.append(vaultAlgorithmXChaCha20Poly1305);
    return result;
}

bool vaultFromJson(const QByteArray &json, VaultContents *contents)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject root = document.object();
    VaultContents parsed;
    parsed.clientToken = root.value(QStringLiteral("clientToken")).toString();
    parsed.partnerToken = root.value(QStringLiteral("partnerToken")).toString();
    const QJsonObject instances = root.value(QStringLiteral("instances")).toObject();
    parsed.instances.reserve(instances.size());
    for (auto it = instances.constBegin(); it != instances.constEnd(); ++it) {
        const QUuid key = QUuid::fromString(it.key());
        const QJsonObject secrets = it.value().toObject();
        if (key.isNull())
            return false;
        parsed.instances.insert(key, {secrets.value(QStringLiteral("id")).toString(),
                                      secrets.value(QStringLiteral("token")).toString()});
    }
    *contents = std::move(parsed);
    return true;
}

} // namespace

QString indexFileName()
{
    return QStringLiteral("instances.json");
}

QString vaultFileName()
{
    return QStringLiteral("credentials.vault");
}

bool parseIndex(const QByteArray &json, QList<InstanceRecord> *records)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt(-1) != indexVersion
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
        const QJsonValue status = object.value(QStringLiteral("status"));
        if (record.key.isNull() || record.name.trimmed().isEmpty())
            return false;
        if (!optionalString(object, QStringLiteral("phone"), &record.phone)
            || !optionalString(object, QStringLiteral("notes"), &record.notes)
            || !optionalString(object, QStringLiteral("idSuffix"), &record.idSuffix)
            || !(status.isUndefined() || status.isString())
            || !statusFromName(status.toString(QStringLiteral("unknown")), &record.status)
            || !timeFromValue(object.value(QStringLiteral("statusCheckedAt")), &record.statusCheckedAt)
            || !timeFromValue(object.value(QStringLiteral("lastCodeAt")), &record.lastCodeAt))
            return false;
        parsed.append(record);
    }
    *records = std::move(parsed);
    return true;
}

bool openVault(const QByteArray &sealed, const SecureBytes &key, VaultContents *contents)
{
    const QByteArray associated = vaultHeader();
    if (key.size() != Sealing::keySize || sealed.size() < associated.size() + nonceSize + tagSize
        || !sealed.startsWith(associated))
        return false;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData()) + associated.size();
    const auto *cipher = nonce + nonceSize;
    const auto cipherLength = static_cast<unsigned long long>(sealed.size() - associated.size() - nonceSize);

    QByteArray plain(static_cast<qsizetype>(cipherLength - tagSize), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &plainLength, nullptr, cipher, cipherLength,
        reinterpret_cast<const unsigned char *>(associated.constData()),
        static_cast<unsigned long long>(associated.size()), nonce, key.data());
    const bool ok = rc == 0 && vaultFromJson(plain, contents);
    wipe(plain);
    return ok;
}

} // namespace PartnerDesk::LegacyProfile
