#pragma once

// Small helpers shared by the test suites. Header-only on purpose: each test is its own
// executable and the helpers are a few lines each.

#include "store/InstanceRepository.h"
#include "util/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

#include <csignal>
#include <functional>
#include <tuple>
#include <type_traits>

namespace PartnerDesk::Test {

// A callback's argument as a test may keep it past the callback. Credentials are wiped in
// place when their callback returns (InstanceRepository::apiCredentials), shallow copies and
// all: a test that looks at them afterwards keeps copies of its own.
template<typename T>
T keptCopy(const T &value)
{
    return value;
}

inline QString keptCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

inline ApiCredentials keptCopy(const ApiCredentials &credentials)
{
    return {{keptCopy(credentials.instance.instanceId), keptCopy(credentials.instance.instanceToken)},
            keptCopy(credentials.clientToken)};
}

// Records the calls of an asynchronous callback: how many, and the last arguments.
// Wait for it with QTRY_COMPARE(catcher.calls(), 1) (no sleeps).
template<typename... Ts>
class Catcher
{
public:
    std::function<void(const Ts &...)> callback()
    {
        return [this](const Ts &...values) {
            ++m_calls;
            m_values = std::make_tuple(keptCopy(values)...);
        };
    }
    int calls() const { return m_calls; }
    template<std::size_t I>
    const auto &get() const { return std::get<I>(m_values); }
    // The first argument of every callback here is the Error.
    const auto &error() const { return std::get<0>(m_values); }

private:
    int m_calls = 0;
    std::tuple<std::decay_t<Ts>...> m_values;
};

// "test-<uuid>": unique per test function, only [A-Za-z0-9_-], so a crashed run never
// leaves something another run would pick up.
inline QString uniqueProfileName()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline Profile makeProfile(const QString &name)
{
    Profile profile;
    const Error error = Profile::make(name, &profile);
    if (error)
        qFatal("invalid test profile name");
    return profile;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

// Every file (not directory) under `dir`, relative to it, sorted.
inline QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

inline void makeTreeWritable(const QString &dir)
{
    if (!QFileInfo::exists(dir))
        return;
    const QFile::Permissions rwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    QFile::setPermissions(dir, rwx);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).isDir())
            QFile::setPermissions(path, rwx);
    }
}

// chmod a directory read-only; false when that does not stop writes (running as root).
inline bool makeReadOnly(const QString &dir)
{
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser);
    return !QFileInfo(dir).isWritable();
}

// Makes every write past `bytes` fail with EFBIG for as long as it lives (RLIMIT_FSIZE
// binds root too, unlike a read-only directory). SIGXFSZ is ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

// Removes a profile's files (database, its log, kept-aside copies, settings).
inline void removeProfileFiles(const Profile &profile)
{
    makeTreeWritable(profile.dataDirectory());
    QDir(profile.dataDirectory()).removeRecursively();
    QFile::remove(profile.settingsPath());
}

} // namespace PartnerDesk::Test
