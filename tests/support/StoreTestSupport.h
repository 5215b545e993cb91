#pragma once

// Synchronous reads of what a repository keeps, for checking the outcome of a scenario:
// the sealed credentials (through the real vault and keychain) and what the database holds.
// Header-only, like CoreTestSupport.h.

#include "CoreTestSupport.h"

#include "store/Database.h"
#include "store/InstanceRepository.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTest>

#include <optional>
#include <tuple>

namespace PartnerDesk::Test {

constexpr int storeTimeoutMs = 30000;

// The instance's ID and token as the repository unseals them; empty on any error.
inline InstanceSecrets secretsOf(InstanceRepository *repository, const QUuid &key, Error *error = nullptr)
{
    Catcher<Error, InstanceSecrets> read;
    QObject context;
    repository->instanceSecrets(key, &context, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, storeTimeoutMs))
        qWarning("instanceSecrets did not answer");
    if (error)
        *error = read.error();
    return read.get<1>();
}

inline QString clientTokenOf(InstanceRepository *repository, Error *error = nullptr)
{
    Catcher<Error, QString> read;
    QObject context;
    repository->clientToken(&context, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() > 0; }, storeTimeoutMs))
        qWarning("clientToken did not answer");
    if (error)
        *error = read.error();
    return read.get<1>();
}

// A record to add: the name (and phone and notes); the repository assigns the rest.
inline InstanceRecord named(const QString &name, const QString &phone = {}, const QString &notes = {})
{
    InstanceRecord record;
    record.name = name;
    record.phone = phone;
    record.notes = notes;
    return record;
}

// One number from the database, e.g. "SELECT count(*) FROM instance_credentials"; -1 on error.
inline qint64 countOf(const Database *database, const QString &sql)
{
    QSqlQuery statement = database->query(sql);
    return statement.exec() && statement.next() ? statement.value(0).toLongLong() : -1;
}

// Every sealed value the database holds, as stored (hex), with the row it belongs to: what a
// failed or refused change must leave exactly as it was.
inline QStringList sealedRows(const Database *database)
{
    QStringList rows;
    const QStringList queries{
        QStringLiteral("SELECT 'credentials', instance, hex(id_tag) || ':' || hex(sealed_id) || ':' || hex(sealed_token)"
                       " FROM instance_credentials ORDER BY instance"),
        QStringLiteral("SELECT 'account', name, hex(sealed) FROM account_secrets ORDER BY name"),
        QStringLiteral("SELECT 'meta', name, hex(value) FROM meta ORDER BY name"),
    };
    for (const QString &sql : queries) {
        QSqlQuery statement = database->query(sql);
        if (!statement.exec()) {
            rows.append(QStringLiteral("(could not read: %1)").arg(sql));
            continue;
        }
        while (statement.next()) {
            rows.append(QStringLiteral("%1 %2 %3").arg(statement.value(0).toString(), statement.value(1).toString(),
                                                       statement.value(2).toString()));
        }
    }
    return rows;
}

// Runs one asynchronous call to its end in an event loop of its own and returns what it
// called back with, e.g. waitFor<Error>([&](QObject *context, auto done) { vault->open(context, done); }).
template<typename... Results, typename Start>
std::tuple<Results...> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<std::tuple<Results...>> results;
    start(&loop, [&results, &loop](const Results &...values) {
        results.emplace(values...);
        loop.quit();
    });
    if (!results)
        loop.exec();
    return std::move(*results);
}

} // namespace PartnerDesk::Test
