#pragma once

// Synchronous reads of what a repository keeps, for checking the outcome of a scenario:
// the sealed credentials (through the real vault and keychain) and what the database holds.
// Header-only, like CoreTestSupport.h.

#include "CoreTestSupport.h"

#include "store/Database.h"
#include "store/InstanceRepository.h"

#include <QSqlQuery>
#include <QTest>

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

// One number from the database, e.g. "SELECT count(*) FROM instance_credentials"; -1 on error.
inline qint64 countOf(const Database *database, const QString &sql)
{
    QSqlQuery statement = database->query(sql);
    return statement.exec() && statement.next() ? statement.value(0).toLongLong() : -1;
}

} // namespace PartnerDesk::Test
