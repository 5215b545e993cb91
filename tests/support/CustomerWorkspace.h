#pragma once

// A workspace on a throw-away profile, its Client-Token in the real keychain, holding three
// made-up customers that the real sandbox process (SandboxProcess) also knows: the start
// of every whole-window scenario (keyboard, accessibility, languages). Header-only, like
// WidgetTestSupport.h; for tests linking partnerdesk_ui.

#include "ExtensionCodeDialog.h"
#include "MainWindow.h"

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"
#include "SandboxProcess.h"

#include "Workspace.h"
#include "zapi/ConnectionSession.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace PartnerDesk::Test {

struct Customer
{
    QString name;
    QString phone;
    QString id;
    QString token;
};

class CustomerWorkspace
{
public:
    static QList<Customer> customers()
    {
        return {
            {QStringLiteral("Padaria Pão de Mel"), QStringLiteral("5511987654321"),
             QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809"), QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2")},
            {QStringLiteral("Oficina do Zé"), QStringLiteral("5521912345678"),
             QStringLiteral("4D2B3C5E6F708192A3B4C5D6E7F8091A"), QStringLiteral("A9B8C7D6E5F4G3H2I1J0K9L8")},
            {QStringLiteral("Ótica Visão Clara"), QStringLiteral("5531998765432"),
             QStringLiteral("5E3C4D6F708192A3B4C5D6E7F8091A2B"), QStringLiteral("Z1Y2X3W4V5U6T7S8R9Q0P1O2")},
        };
    }

    // Once per test case: the sandbox process, knowing the customers.
    void startSandbox()
    {
        QJsonArray instances;
        for (const Customer &customer : customers())
            instances.append(QJsonObject{{QStringLiteral("id"), customer.id},
                                         {QStringLiteral("token"), customer.token},
                                         {QStringLiteral("name"), customer.name}});
        const QString file = Testing::SandboxProcess::writeInstancesFile(m_sandboxDir, instances);
        QVERIFY(!file.isEmpty());
        QVERIFY2(m_sandbox.start({QStringLiteral("--instances"), file}), qPrintable(m_sandbox.errorString()));
    }

    // Before each test: a new profile holding the customers, pointed at the sandbox.
    void open()
    {
        m_sandbox.reset();
        m_clock.setMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
        m_profile = makeProfile(uniqueProfileName());
        m_workspace = std::make_unique<Workspace>(m_profile, m_clock);
        QVERIFY(!m_workspace->open());
        m_workspace->settings().setApiBaseUrlOverride(m_sandbox.baseUrl());
        QList<ImportRow> rows;
        for (const Customer &customer : customers())
            rows.append({static_cast<int>(rows.size()) + 1, customer.name, {customer.id, customer.token}, customer.phone, {}});
        Catcher<Error, ImportSummary> imported;
        m_workspace->repository()->importInstances(rows, m_workspace.get(), imported.callback());
        QTRY_COMPARE(imported.calls(), 1);
        QVERIFY(!imported.error());
        Catcher<Error> tokenSet;
        m_workspace->repository()->setClientToken(m_sandbox.clientToken(), m_workspace.get(), tokenSet.callback());
        QTRY_COMPARE(tokenSet.calls(), 1);
        QVERIFY(!tokenSet.error());
    }

    // After each test.
    void close()
    {
        m_workspace.reset();
        wipeProfile(m_profile);
    }

    // The main window on the workspace, shown and asked to be the active window, as the
    // app starts.
    std::unique_ptr<MainWindow> openWindow() const
    {
        auto window = std::make_unique<MainWindow>(m_workspace.get());
        window->show();
        QApplication::setActiveWindow(window.get());
        [&] { QVERIFY(QTest::qWaitForWindowExposed(window.get())); }();
        return window;
    }

    // The extension-code dialog for the first customer, on its own (not modal), past its
    // preparation page: the code is asked for, as when the agent presses "Generate code".
    std::unique_ptr<ExtensionCodeDialog> openCodeDialog() const
    {
        auto dialog = std::make_unique<ExtensionCodeDialog>(m_workspace.get(), keyOf(customers().first().name));
        // Success arrives by polling; slow here, so nothing changes under the test.
        dialog->session()->setStatusPollInterval(60000);
        dialog->show();
        dialog->requestNewCode();
        return dialog;
    }

    static QString waitForCode(ExtensionCodeDialog *dialog)
    {
        [&] { QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Showing); }();
        return dialog->findChild<QLabel *>(QStringLiteral("codeLabel"))->text();
    }

    QUuid keyOf(const QString &name) const
    {
        const std::optional<InstanceRecord> record = m_workspace->repository()->recordNamed(name);
        return record ? record->key : QUuid();
    }

    Workspace *workspace() const { return m_workspace.get(); }
    Testing::SandboxProcess &sandbox() { return m_sandbox; }
    ManualClock &clock() { return m_clock; }

private:
    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_sandboxDir;
    ManualClock m_clock;
    Profile m_profile;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace PartnerDesk::Test
