// partnerdesk-store-writer: changes a profile's database through the real InstanceRepository,
// for the tests that need another process doing it (core.crashsafety, core.twoprocesses).
//
//   crash DATABASE FROM [UNTIL]
//       The database at DATABASE is at step FROM of StoreWriterSteps.h (the test found it
//       there); makes steps FROM+1, FROM+2, ... (up to UNTIL, else until killed), one
//       transaction each, with the fixed key of FixedVaultKeyStore. Prints "started N" before
//       step N and "committed N" once it is saved. Which identities are present is read from
//       the database, not assumed: the writer carries on from the state on disk.
//   concurrent PROFILE TAG COUNT
//       Adds COUNT instances "Escritor TAG #i" (instance ID from TAG and i) one at a time to
//       the profile (key in the keychain) and sets the status of its instance i/2 after
//       every second add. Prints "ready" once the profile is open and starts when a line
//       comes on standard input (so two writers start together); prints "done" at the end.
//   rename PROFILE NAME NEWNAME
//   set-status PROFILE NAME connected|disconnected|unknown
//
// Exit status 0 when every change was saved; 1 with the error on standard error otherwise;
// 2 for a wrong command line.

#include "StoreWriterSteps.h"
#include "StoreTestSupport.h"

#include "Workspace.h"
#include "store/CredentialVault.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "util/Clock.h"
#include "util/Profile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <optional>

using namespace PartnerDesk;
using namespace PartnerDesk::StoreWriter;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: partnerdesk-store-writer crash DATABASE FROM [UNTIL]\n"
                         "       partnerdesk-store-writer concurrent PROFILE TAG COUNT\n"
                         "       partnerdesk-store-writer rename PROFILE NAME NEWNAME\n"
                         "       partnerdesk-store-writer set-status PROFILE NAME connected|disconnected|unknown\n");
    return 2;
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "partnerdesk-store-writer: %s: %s\n", qPrintable(what), qPrintable(error.message()));
    return 1;
}

void say(const char *what, int n)
{
    std::printf("%s %d\n", what, n);
    std::fflush(stdout);
}

Error addInstance(InstanceRepository &repository, const InstanceRecord &record, const InstanceSecrets &secrets,
                  QUuid *key = nullptr)
{
    const auto [error, added] = Test::waitFor<Error, QUuid>([&](QObject *context, auto done) {
        repository.addInstance(record, secrets, context, done);
    });
    if (key)
        *key = added;
    return error;
}

Error updateInstance(InstanceRepository &repository, const InstanceRecord &record,
                     const std::optional<InstanceSecrets> &secrets)
{
    const auto [error] = Test::waitFor<Error>([&](QObject *context, auto done) {
        repository.updateInstance(record, secrets, context, done);
    });
    return error;
}

// ---- crash ----

class CrashWriter
{
public:
    int run(const QString &path, int from, int until);

private:
    Error readPresence();
    Error make(const Step &step);

    StepClock m_clock;
    std::unique_ptr<Settings> m_settings;
    Database m_database;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<InstanceRepository> m_repository;
    QMap<int, QUuid> m_keys; // the identities present, with their keys
};

Error CrashWriter::readPresence()
{
    m_keys.clear();
    for (const InstanceRecord &record : m_repository->allRecords()) {
        const int identity = identityOf(record);
        if (identity < 0 || m_keys.contains(identity))
            return Error(ErrorCode::StoreUnreadable, QStringLiteral("a row the writer did not make: %1").arg(record.name));
        m_keys.insert(identity, record.key);
    }
    return {};
}

int CrashWriter::run(const QString &path, int from, int until)
{
    m_clock.setStep(from);
    // A kill during the first start may leave a file without the schema yet; open() finishes it.
    if (Error error = m_database.open(path, m_clock))
        return fail(QStringLiteral("open"), error);
    m_vault = std::make_unique<CredentialVault>(&m_database, std::make_unique<FixedVaultKeyStore>(), QString(), m_clock);
    // Never written: the defaults (Brazil for phones), as a new profile has them.
    m_settings = std::make_unique<Settings>(path + QStringLiteral(".settings.ini"));
    m_repository = std::make_unique<InstanceRepository>(&m_database, m_vault.get(), *m_settings, QString(), m_clock);
    if (Error error = m_repository->load())
        return fail(QStringLiteral("load"), error);
    if (Error error = readPresence())
        return fail(QStringLiteral("read"), error);
    for (int n = from + 1; until < 0 || n <= until; ++n) {
        const Step step = stepFor(n, m_keys.keys());
        m_clock.setStep(n);
        say("started", n);
        if (Error error = make(step))
            return fail(QStringLiteral("step %1 (%2)").arg(n).arg(QLatin1String(kindName(step.kind))), error);
        say("committed", n);
    }
    return 0;
}

Error CrashWriter::make(const Step &step)
{
    switch (step.kind) {
    case Step::Add: {
        const Instance written = writtenBy(step, step.identity);
        InstanceRecord record;
        record.name = written.name;
        record.phone = written.phone;
        record.notes = written.notes;
        QUuid key;
        const Error error = addInstance(*m_repository, record, {instanceIdFor(step.identity), written.token}, &key);
        if (!error)
            m_keys.insert(step.identity, key);
        return error;
    }
    case Step::Edit:
    case Step::EditWithSecrets: {
        const Instance written = writtenBy(step, step.identity);
        std::optional<InstanceRecord> record = m_repository->record(m_keys.value(step.identity));
        if (!record)
            return Error(ErrorCode::UnknownInstance, QString::number(step.identity));
        record->name = written.name;
        record->phone = written.phone;
        record->notes = written.notes;
        std::optional<InstanceSecrets> secrets;
        if (step.kind == Step::EditWithSecrets)
            secrets = InstanceSecrets{instanceIdFor(step.identity), written.token};
        return updateInstance(*m_repository, *record, secrets);
    }
    case Step::SetStatus:
        return m_repository->setStatus(m_keys.value(step.identity), step.status);
    case Step::Remove: {
        const Error error = m_repository->removeInstance(m_keys.value(step.identity));
        if (!error)
            m_keys.remove(step.identity);
        return error;
    }
    case Step::Import: {
        QList<ImportRow> rows;
        rows.reserve(step.identities.size());
        for (const int identity : step.identities) {
            const Instance written = writtenBy(step, identity);
            rows.append({int(rows.size()) + 2, written.name, {instanceIdFor(identity), written.token}, written.phone,
                         written.notes});
        }
        const auto [error, summary] = Test::waitFor<Error, ImportSummary>([&](QObject *context, auto done) {
            m_repository->importInstances(rows, context, done);
        });
        if (error)
            return error;
        if (!summary.skipped.isEmpty())
            return Error(ErrorCode::StoreWriteFailed, QStringLiteral("import skipped %1 rows: %2")
                                                          .arg(summary.skipped.size()).arg(summary.skipped.first().reason));
        return readPresence(); // the new rows' keys
    }
    }
    return {};
}

// ---- on a profile, with the key in the keychain ----

std::unique_ptr<Workspace> openWorkspace(const QString &profileName, Error *error)
{
    Profile profile;
    if ((*error = Profile::make(profileName, &profile)))
        return nullptr;
    auto workspace = std::make_unique<Workspace>(profile, Clock::system());
    *error = workspace->open();
    return *error ? nullptr : std::move(workspace);
}

QString concurrentInstanceId(const QString &tag, int i)
{
    return QStringLiteral("3C%1%2").arg(tag.toUpper(), QStringLiteral("%1").arg(i, 28, 10, QLatin1Char('0')));
}

int concurrent(const QString &profileName, const QString &tag, int count)
{
    Error error;
    const std::unique_ptr<Workspace> workspace = openWorkspace(profileName, &error);
    if (!workspace)
        return fail(QStringLiteral("open"), error);
    // Both writers start writing at the same moment, whatever their start-up took.
    std::printf("ready\n");
    std::fflush(stdout);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin))
        return fail(QStringLiteral("start"), Error(ErrorCode::Cancelled, QStringLiteral("no \"go\" on standard input")));
    InstanceRepository &repository = *workspace->repository();
    QList<QUuid> keys;
    for (int i = 0; i < count; ++i) {
        InstanceRecord record;
        record.name = QStringLiteral("Escritor %1 #%2").arg(tag).arg(i);
        record.phone = QStringLiteral("+55 21 9%1").arg(i, 8, 10, QLatin1Char('0'));
        QUuid key;
        if ((error = addInstance(repository, record, {concurrentInstanceId(tag, i), QStringLiteral("TOKEN%1X%2").arg(tag).arg(i)}, &key)))
            return fail(QStringLiteral("add %1").arg(record.name), error);
        keys.append(key);
        if (i % 2 == 1) {
            const int target = i / 2;
            const ConnectionStatus status = target % 2 == 0 ? ConnectionStatus::Connected : ConnectionStatus::Disconnected;
            if ((error = repository.setStatus(keys.at(target), status)))
                return fail(QStringLiteral("status of #%1").arg(target), error);
        }
    }
    std::printf("done\n");
    return 0;
}

int rename(const QString &profileName, const QString &name, const QString &newName)
{
    Error error;
    const std::unique_ptr<Workspace> workspace = openWorkspace(profileName, &error);
    if (!workspace)
        return fail(QStringLiteral("open"), error);
    std::optional<InstanceRecord> record = workspace->repository()->recordNamed(name);
    if (!record)
        return fail(name, ErrorCode::UnknownInstance);
    record->name = newName;
    if ((error = updateInstance(*workspace->repository(), *record, std::nullopt)))
        return fail(QStringLiteral("rename"), error);
    return 0;
}

int setStatus(const QString &profileName, const QString &name, const QString &statusName)
{
    static const QHash<QString, ConnectionStatus> statuses{
        {QStringLiteral("connected"), ConnectionStatus::Connected},
        {QStringLiteral("disconnected"), ConnectionStatus::Disconnected},
        {QStringLiteral("unknown"), ConnectionStatus::Unknown}};
    if (!statuses.contains(statusName))
        return usage();
    Error error;
    const std::unique_ptr<Workspace> workspace = openWorkspace(profileName, &error);
    if (!workspace)
        return fail(QStringLiteral("open"), error);
    const std::optional<InstanceRecord> record = workspace->repository()->recordNamed(name);
    if (!record)
        return fail(name, ErrorCode::UnknownInstance);
    if ((error = workspace->repository()->setStatus(record->key, statuses.value(statusName))))
        return fail(QStringLiteral("status"), error);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The names of the app and the CLI: the profile's files and keychain item are theirs.
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    // Only the failure line on standard error: the core's log lines would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("partnerdesk.*=false"));
    const QStringList arguments = app.arguments().mid(1);
    const QString mode = arguments.value(0);
    bool ok = false;
    if (mode == QLatin1String("crash") && (arguments.size() == 3 || arguments.size() == 4)) {
        const int from = arguments.at(2).toInt(&ok);
        bool untilOk = true;
        const int until = arguments.size() == 4 ? arguments.at(3).toInt(&untilOk) : -1;
        if (!ok || !untilOk)
            return usage();
        return CrashWriter().run(arguments.at(1), from, until);
    }
    if (mode == QLatin1String("concurrent") && arguments.size() == 4) {
        const int count = arguments.at(3).toInt(&ok);
        return ok ? concurrent(arguments.at(1), arguments.at(2), count) : usage();
    }
    if (mode == QLatin1String("rename") && arguments.size() == 4)
        return rename(arguments.at(1), arguments.at(2), arguments.at(3));
    if (mode == QLatin1String("set-status") && arguments.size() == 4)
        return setStatus(arguments.at(1), arguments.at(2), arguments.at(3));
    return usage();
}
