#pragma once

// Direct access to the profile's keychain item, to check what the vault did to it and to
// wipe it after each test. Link Qt6Keychain::Qt6Keychain.

#include "CoreTestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace PartnerDesk::Test {

struct KeychainItem
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

constexpr int keychainTimeoutMs = 30000;

template<typename Job>
bool runJob(Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return !finished.isEmpty() || finished.wait(keychainTimeoutMs);
}

inline KeychainItem readKeychainItem(const QString &key)
{
    QKeychain::ReadPasswordJob job(Profile::keychainService());
    job.setKey(key);
    KeychainItem item;
    item.finished = runJob(job);
    item.error = job.error();
    item.errorString = job.errorString();
    item.data = job.binaryData();
    return item;
}

// Empty when a working Secret Service answers (the one scripts/test-session.sh starts);
// otherwise what is wrong and how to run the tests. For initTestCase():
//     const QString problem = Test::secretServiceProblem();
//     QVERIFY2(problem.isEmpty(), qPrintable(problem));
inline QString secretServiceProblem()
{
    const KeychainItem probe = readKeychainItem(QStringLiteral("partnerdesk/probe/vault-key"));
    if (probe.finished && probe.error == QKeychain::EntryNotFound)
        return {};
    return QStringLiteral("no working Secret Service (%1: %2); run the tests with "
                          "dbus-run-session -- scripts/test-session.sh ctest")
        .arg(int(probe.error))
        .arg(probe.finished ? probe.errorString : QStringLiteral("no answer"));
}

inline QKeychain::Error deleteKeychainItem(const QString &key)
{
    QKeychain::DeletePasswordJob job(Profile::keychainService());
    job.setKey(key);
    if (!runJob(job))
        return QKeychain::OtherError;
    return job.error();
}

inline QKeychain::Error writeKeychainItem(const QString &key, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(Profile::keychainService());
    job.setKey(key);
    job.setBinaryData(data);
    if (!runJob(job))
        return QKeychain::OtherError;
    return job.error();
}

// How many Secret Service items QtKeychain's libsecret backend holds for `key` (its schema
// stores the service as "server" and the key as "user"). -1: secret-tool is not installed.
inline int secretToolItemCount(const QString &key, QString *output = nullptr)
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        return -1;
    QProcess process;
    // Only this key's items. Listing the whole service raced with the tests running beside
    // this one, whose items come and go meanwhile: it once found none for this key while two
    // tests ran at once.
    process.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                               Profile::keychainService(), QStringLiteral("user"), key});
    if (!process.waitForFinished(keychainTimeoutMs))
        return -2;
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    if (output)
        *output = text;
    const QString wanted = QStringLiteral("attribute.user = ") + key;
    int count = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed() == wanted)
            ++count;
    }
    return count;
}

// The suffixes of the copies "start over" kept aside ("unreadable-20261121-221500"): each may
// have a key kept under "<keychain key>.<suffix>".
inline QStringList keptAsideSuffixes(const Profile &profile)
{
    const QString prefix = QFileInfo(profile.databasePath()).fileName() + QLatin1Char('.');
    QStringList suffixes;
    const QStringList names = QDir(profile.dataDirectory()).entryList({prefix + QStringLiteral("unreadable-*")}, QDir::Files | QDir::System);
    for (const QString &name : names)
        suffixes.append(name.mid(prefix.size()));
    return suffixes;
}

// The keys kept beside the copies, then the files, then the profile's own keychain item.
inline void wipeProfile(const Profile &profile)
{
    for (const QString &suffix : keptAsideSuffixes(profile))
        deleteKeychainItem(profile.keychainKey() + QLatin1Char('.') + suffix);
    removeProfileFiles(profile);
    const QKeychain::Error error = deleteKeychainItem(profile.keychainKey());
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        qWarning("could not delete the test profile's keychain item: %d", int(error));
}

} // namespace PartnerDesk::Test
