#pragma once

// What the tests of the account's orchestration (AccountSync, StatusCheck,
// DisconnectionWatcher) start from: a sandbox process of their own for each test function
// (its account starts empty, so what one test adds never reaches the next), a throw-away
// profile with its vault key in the REAL keychain, pointed at that sandbox, holding the
// sandbox's Client-Token and partner token. Header-only, like the other test helpers.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "SandboxProcess.h"
#include "StoreTestSupport.h"

#include "Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace PartnerDesk::Test {

constexpr int accountTimeoutMs = 60000;

class AccountFixture
{
public:
    // initTestCase()
    static void requireKeychain()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = secretServiceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // init()
    void open()
    {
        m_sandbox = std::make_unique<Testing::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_profile = makeProfile(uniqueProfileName());
        m_clock.setNow(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
        m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
        QCOMPARE(m_workspace->open().code, ErrorCode::None);
        m_workspace->settings().setApiBaseUrlOverride(m_sandbox->baseUrl());
        QCOMPARE(setClientToken(m_sandbox->clientToken()).code, ErrorCode::None);
        QCOMPARE(setPartnerToken(m_sandbox->partnerToken()).code, ErrorCode::None);
    }

    // cleanup()
    void close()
    {
        m_workspace.reset();
        wipeProfile(m_profile);
        m_sandbox.reset();
    }

    Workspace *workspace() const { return m_workspace.get(); }
    InstanceRepository *repository() const { return m_workspace->repository(); }
    Testing::SandboxProcess &sandbox() const { return *m_sandbox; }
    ManualClock &clock() { return m_clock; }

    // Empty removes it.
    Error setClientToken(const QString &token)
    {
        Catcher<Error> set;
        QObject context;
        repository()->setClientToken(token, &context, set.callback());
        if (!QTest::qWaitFor([&] { return set.calls() > 0; }, accountTimeoutMs))
            return Error(ErrorCode::Cancelled, QStringLiteral("no answer"));
        return set.error();
    }

    Error setPartnerToken(const QString &token)
    {
        Catcher<Error> set;
        QObject context;
        repository()->setPartnerToken(token, &context, set.callback());
        if (!QTest::qWaitFor([&] { return set.calls() > 0; }, accountTimeoutMs))
            return Error(ErrorCode::Cancelled, QStringLiteral("no answer"));
        return set.error();
    }

    // Puts instances the sandbox knows ({"id", "token", "name"}, as generateInstances()
    // gives them) into the list the way an import does; their keys, in the same order.
    QList<QUuid> importInstances(const QJsonArray &instances)
    {
        QList<ImportRow> rows;
        for (const QJsonValue &value : instances) {
            const QJsonObject instance = value.toObject();
            rows.append({static_cast<int>(rows.size()) + 1, instance.value(QLatin1String("name")).toString(),
                         {instance.value(QLatin1String("id")).toString(), instance.value(QLatin1String("token")).toString()},
                         {}, {}});
        }
        Catcher<Error, ImportSummary> imported;
        QObject context;
        repository()->importInstances(rows, &context, imported.callback());
        if (!QTest::qWaitFor([&] { return imported.calls() > 0; }, accountTimeoutMs) || imported.error()) {
            qWarning("import failed: %s", qPrintable(imported.error().message()));
            return {};
        }
        QList<QUuid> keys;
        for (const ImportRow &row : std::as_const(rows)) {
            const std::optional<InstanceRecord> record = repository()->recordNamed(row.name);
            keys.append(record ? record->key : QUuid());
        }
        return keys;
    }

    // The sandbox's record of the Z-API requests (not its /sandbox/ control calls) so far.
    QList<QJsonObject> listRequests()
    {
        return requestsWhere([](const QString &path) { return path.startsWith(QLatin1String("/instances?")); });
    }
    QList<QJsonObject> statusRequests()
    {
        return requestsWhere([](const QString &path) { return path.endsWith(QLatin1String("/status")); });
    }

    static QUrlQuery queryOf(const QJsonObject &request)
    {
        const QString path = request.value(QLatin1String("path")).toString();
        return QUrlQuery(path.mid(path.indexOf(QLatin1Char('?')) + 1));
    }

private:
    template<typename Predicate>
    QList<QJsonObject> requestsWhere(Predicate matches)
    {
        QList<QJsonObject> found;
        const QJsonArray requests = m_sandbox->requests();
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            if (matches(request.value(QLatin1String("path")).toString()))
                found.append(request);
        }
        return found;
    }

    std::unique_ptr<Testing::SandboxProcess> m_sandbox;
    Profile m_profile;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace PartnerDesk::Test
