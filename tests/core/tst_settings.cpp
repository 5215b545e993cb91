// Settings: the profile's preferences in its .ini file, nothing secret. Here the disconnection
// watcher's: off unless turned on, every 10 minutes unless changed, 1 to 120 minutes whatever
// the file says, and kept across a restart (a new Settings on the same file).

#include "util/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void watcherIsOffEveryTenMinutesByDefault();
    void watcherSettingsAreKept();
    void watchIntervalStaysInItsRange_data();
    void watchIntervalStaysInItsRange();
    void handEditedWatchSettings_data();
    void handEditedWatchSettings();

private:
    QString fileName() const { return m_directory->filePath(QStringLiteral("profile.ini")); }

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestSettings::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

void TestSettings::watcherIsOffEveryTenMinutesByDefault()
{
    const Settings settings(fileName());
    QVERIFY(!settings.watchForDisconnections());
    QCOMPARE(settings.watchIntervalMinutes(), 10);
    QCOMPARE(Settings::defaultWatchIntervalMinutes, 10);
}

void TestSettings::watcherSettingsAreKept()
{
    {
        Settings settings(fileName());
        settings.setWatchForDisconnections(true);
        settings.setWatchIntervalMinutes(25);
        settings.sync();
    }
    {
        Settings settings(fileName());
        QVERIFY(settings.watchForDisconnections());
        QCOMPARE(settings.watchIntervalMinutes(), 25);
        settings.setWatchForDisconnections(false);
        settings.sync();
    }
    const Settings settings(fileName());
    QVERIFY(!settings.watchForDisconnections());
    QCOMPARE(settings.watchIntervalMinutes(), 25);
    // Nothing secret, nothing else: the two values under [watch].
    QSettings file(fileName(), QSettings::IniFormat);
    QCOMPARE(file.childGroups(), QStringList{QStringLiteral("watch")});
    file.beginGroup(QStringLiteral("watch"));
    QCOMPARE(file.childKeys(), (QStringList{QStringLiteral("disconnections"), QStringLiteral("intervalMinutes")}));
}

void TestSettings::watchIntervalStaysInItsRange_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("kept");
    QTest::newRow("one minute") << 1 << 1;
    QTest::newRow("two hours") << 120 << 120;
    QTest::newRow("zero") << 0 << 1;
    QTest::newRow("negative") << -5 << 1;
    QTest::newRow("more than two hours") << 121 << 120;
    QTest::newRow("a day") << 1440 << 120;
}

void TestSettings::watchIntervalStaysInItsRange()
{
    QFETCH(int, set);
    QFETCH(int, kept);
    {
        Settings settings(fileName());
        settings.setWatchIntervalMinutes(set);
        QCOMPARE(settings.watchIntervalMinutes(), kept);
        settings.sync();
    }
    QCOMPARE(Settings(fileName()).watchIntervalMinutes(), kept);
}

void TestSettings::handEditedWatchSettings_data()
{
    // What a hand-edited file says, and what is read.
    QTest::addColumn<QString>("interval");
    QTest::addColumn<int>("minutes");
    QTest::newRow("a number") << QStringLiteral("30") << 30;
    QTest::newRow("too large") << QStringLiteral("9999") << 120;
    QTest::newRow("too small") << QStringLiteral("0") << 1;
    QTest::newRow("not a number") << QStringLiteral("often") << 10;
    QTest::newRow("empty") << QString() << 10;
}

void TestSettings::handEditedWatchSettings()
{
    QFETCH(QString, interval);
    QFETCH(int, minutes);
    {
        QSettings file(fileName(), QSettings::IniFormat);
        file.setValue(QStringLiteral("watch/intervalMinutes"), interval);
        file.setValue(QStringLiteral("watch/disconnections"), QStringLiteral("true"));
    }
    const Settings settings(fileName());
    QCOMPARE(settings.watchIntervalMinutes(), minutes);
    QVERIFY(settings.watchForDisconnections());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
