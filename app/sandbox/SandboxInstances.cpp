// Where the sandbox's instances come from: the hard-coded demo set or an --instances file
// (the /sandbox/instances control endpoints add, change and generate more later).
#include "SandboxServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace PartnerDesk::Sandbox {

QList<SandboxInstance> SandboxServer::demoInstances()
{
    // Hard-coded so screenshots, manuals and recorded demos stay the same from run to run.
    // Ids are 32 upper-case hex digits and tokens 24 upper-case alphanumerics, like Z-API's.
    return {
        {QStringLiteral("F596D87FBD69A26E46D1BDE34ACAB6AD"), QStringLiteral("0UN0ONCOBQ6U0HVOP3XIMX5J"),
         QStringLiteral("Padaria Pão de Mel"), QStringLiteral("5511987654321")},
        {QStringLiteral("8CAAE54A623504E7B72697E8FDD62998"), QStringLiteral("IQ7G5NMYL6OUWC8YEHOD7INF"),
         QStringLiteral("Oficina Mecânica do Zé"), QStringLiteral("5521998765432")},
        {QStringLiteral("57F55243035A0380513666E5FA8EE6CE"), QStringLiteral("0INKTZMLW3AHVAO60CN3959D"),
         QStringLiteral("Salão Beleza Pura"), QStringLiteral("5531991234567")},
        {QStringLiteral("DA0A8573D2450A98F5BEDFA5133BD531"), QStringLiteral("1BROHU8ING1GR19KOA6HMY80"),
         QStringLiteral("Pet Shop Amigo Fiel"), QStringLiteral("5541988887777")},
        {QStringLiteral("E5798BE3CC9A77B7DE996E18C68D4A94"), QStringLiteral("F6O3RSP7YSL4XBYEIG1UMEQC"),
         QStringLiteral("Açaí da Praia"), QStringLiteral("5571992345678")},
        {QStringLiteral("86D56F82E3384C377594C34ADAA708C4"), QStringLiteral("RK6QN9I18MIIOQBH170C4JRX"),
         QStringLiteral("Clínica Sorriso Odontologia"), QStringLiteral("5585996543210")},
        {QStringLiteral("EB9FE195CFBFB52865EEA043D1922FE6"), QStringLiteral("76OU6T5SDN84PTUQVCI88QWW"),
         QStringLiteral("Mercadinho São Jorge"), QStringLiteral("5551984561234")},
        {QStringLiteral("41B0AA659E153F8C1D644B0EBD73AEA0"), QStringLiteral("702MIH605Z52OC27ERHX8XEU"),
         QStringLiteral("Livraria Ponto Final"), QStringLiteral("5561993216547")},
    };
}

QString SandboxServer::demoClientToken()
{
    return QStringLiteral("F4YEMLE3VXY8Z6rPAU0yGOq5hbp2H57TT5B");
}

QString SandboxServer::demoPartnerToken()
{
    return QStringLiteral("kWjmaZardgvkop5HrXej911cq650wfHxJkgxqYaZ");
}

bool SandboxServer::isCredential(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern.match(text).hasMatch();
}

bool SandboxServer::isPhone(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{10,15}$"));
    return pattern.match(text).hasMatch();
}

bool SandboxServer::loadInstancesFile(const QString &path, QString *errorMessage)
{
    const auto fail = [&path, errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1: %2").arg(path, message);
        return false;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isArray())
        return fail(QStringLiteral("expected a JSON array of {\"id\", \"token\", \"name\", \"phone\"} objects"));

    QList<SandboxInstance> loaded;
    QSet<QString> ids;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entry %1: ").arg(i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject())
            return fail(where + QStringLiteral("not a JSON object"));
        const SandboxInstance instance{entry.value(QLatin1String("id")).toString(),
                                       entry.value(QLatin1String("token")).toString(),
                                       entry.value(QLatin1String("name")).toString(),
                                       entry.value(QLatin1String("phone")).toString()};
        if (!isCredential(instance.id))
            return fail(where + QStringLiteral("\"id\" must be a non-empty string of letters, digits, '-' or '_'"));
        if (!isCredential(instance.token))
            return fail(where + QStringLiteral("\"token\" must be a non-empty string of letters, digits, '-' or '_'"));
        if (instance.name.trimmed().isEmpty())
            return fail(where + QStringLiteral("\"name\" must be a non-empty string"));
        if (entry.contains(QLatin1String("phone")) && !isPhone(instance.phone))
            return fail(where + QStringLiteral("\"phone\" must be a string of 10 to 15 digits"));
        if (ids.contains(instance.id))
            return fail(where + QStringLiteral("duplicate id %1").arg(instance.id));
        ids.insert(instance.id);
        loaded.append(instance);
    }

    for (const SandboxInstance &instance : std::as_const(loaded))
        addInstance(instance);
    return true;
}

} // namespace PartnerDesk::Sandbox
