// Profile names against the file systems and the keychain a profile ends up on: names
// Windows keeps for devices or would change are refused with a sentence saying why, and
// spellings that differ in case only are one profile (one folder, one keychain item), as
// they would be on Windows and macOS anyway. Runs against the real Secret Service
// (scripts/test-session.sh): a second spelling must open the first one's sealed database.
#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "store/InstanceRepository.h"
#include "util/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace PartnerDesk;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void reservedWindowsNamesAreRefused_data();
    void reservedWindowsNamesAreRefused();
    void namesThatOnlyLookReservedAreFine_data();
    void namesThatOnlyLookReservedAreFine();
    void trailingDotsAndSpacesAreRefused_data();
    void trailingDotsAndSpacesAreRefused();
    void anotherCaseOpensTheSameProfile();
    void twoSpellingsAlreadyOnDiskAreNotGuessed();

private:
    // A name no other run uses, with capitals in it: "Work-<uuid>".
    static QString capitalisedUniqueName()
    {
        return QStringLiteral("Work-") + Test::uniqueProfileName();
    }

    QList<Profile> m_made;
};

void TestProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfile::cleanup()
{
    for (const Profile &profile : std::as_const(m_made))
        Test::wipeProfile(profile);
    m_made.clear();
}

void TestProfile::reservedWindowsNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"CON", "con", "Con", "PRN", "aux", "NUL", "nul", "COM1", "com9", "COM0", "LPT1", "lpt9", "LPT0"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestProfile::reservedWindowsNamesAreRefused()
{
    QFETCH(QString, name);
    Profile profile;
    const Error error = Profile::make(name, &profile);
    QCOMPARE(error.code, ErrorCode::ReservedProfileName);
    // The sentence names the name and why, so the user knows what to change.
    QVERIFY2(error.message().contains(QStringLiteral("\"%1\"").arg(name)), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1String("Windows")), qPrintable(error.message()));
    QVERIFY(profile.name().isEmpty());
}

void TestProfile::namesThatOnlyLookReservedAreFine_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"CONSOLE", "contoso", "COM10", "LPT", "NULL", "aux-desk", "con_1", "PRN2go"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestProfile::namesThatOnlyLookReservedAreFine()
{
    QFETCH(QString, name);
    Profile profile;
    QVERIFY(!Profile::make(name, &profile));
    QCOMPARE(profile.name(), name);
}

void TestProfile::trailingDotsAndSpacesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    // Windows drops these from a file name: each would be the folder "Work" there.
    QTest::newRow("dot") << QStringLiteral("Work.");
    QTest::newRow("space") << QStringLiteral("Work ");
    QTest::newRow("dot and space") << QStringLiteral("Work. ");
    QTest::newRow("dots") << QStringLiteral("Work...");
    QTest::newRow("reserved with an extension") << QStringLiteral("CON.txt");
}

void TestProfile::trailingDotsAndSpacesAreRefused()
{
    QFETCH(QString, name);
    Profile profile;
    const Error error = Profile::make(name, &profile);
    QCOMPARE(error.code, ErrorCode::InvalidProfileName);
    QVERIFY(!error.message().isEmpty());
}

void TestProfile::anotherCaseOpensTheSameProfile()
{
    const ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    const QString name = capitalisedUniqueName();
    m_made.append(Test::makeProfile(name));
    const Profile &first = m_made.last();
    QUuid key;
    {
        // Made by the app as a user would (its folder, its settings, its keychain item), with
        // a sealed secret in it.
        Workspace workspace(first, clock);
        QVERIFY(!workspace.open());
        Test::Catcher<Error, QUuid> added;
        InstanceRecord record;
        record.name = QStringLiteral("Loja");
        workspace.repository()->addInstance(record, {QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809"), QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2")},
                                            &workspace, added.callback());
        QTRY_COMPARE(added.calls(), 1);
        QVERIFY(!added.error());
        key = added.get<1>();
    }
    QVERIFY(QFileInfo(first.dataDirectory()).isDir());

    for (const QString &spelling : {name.toLower(), name.toUpper()}) {
        Profile other;
        QVERIFY(!Profile::make(spelling, &other));
        QCOMPARE(other.name(), name);
        QCOMPARE(other.dataDirectory(), first.dataDirectory());
        QCOMPARE(other.settingsPath(), first.settingsPath());
        QCOMPARE(other.keychainKey(), first.keychainKey());

        // The proof that it is one profile: the other spelling unseals the first one's secret
        // with the first one's keychain item.
        Workspace workspace(other, clock);
        QVERIFY(!workspace.open());
        Test::Catcher<Error, InstanceSecrets> read;
        workspace.repository()->instanceSecrets(key, &workspace, read.callback());
        QTRY_COMPARE(read.calls(), 1);
        QVERIFY(!read.error());
        QCOMPARE(read.get<1>().instanceToken, QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2"));
    }
    // Nothing was made under the other spellings.
    const QStringList folders = QDir(QFileInfo(first.dataDirectory()).absolutePath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.filter(name, Qt::CaseInsensitive), QStringList{name});
}

void TestProfile::twoSpellingsAlreadyOnDiskAreNotGuessed()
{
    // Only a case-sensitive disk can hold both (two profiles made before spellings were
    // folded); each still opens by its exact name, and a third spelling is refused.
    const QString name = capitalisedUniqueName();
    m_made.append(Test::makeProfile(name));
    QVERIFY(QDir().mkpath(m_made.last().dataDirectory()));
    const QString lower = name.toLower();
    {
        Profile probe;
        QVERIFY(!Profile::make(lower, &probe));
        QCOMPARE(probe.name(), name);
    }
    // Made as the app before the folding would have made it.
    const QString lowerFolder = QFileInfo(m_made.last().dataDirectory()).absolutePath() + QLatin1Char('/') + lower;
    QVERIFY(QDir().mkpath(lowerFolder));
    if (QFileInfo(lowerFolder).canonicalFilePath() == QFileInfo(m_made.last().dataDirectory()).canonicalFilePath())
        QSKIP("this disk ignores case: two spellings cannot exist side by side here");
    Profile lowerProfile;
    QVERIFY(!Profile::make(lower, &lowerProfile));
    QCOMPARE(lowerProfile.name(), lower);
    m_made.append(lowerProfile);
    Profile exact;
    QVERIFY(!Profile::make(name, &exact));
    QCOMPARE(exact.name(), name);

    Profile third;
    const Error error = Profile::make(name.toUpper(), &third);
    QCOMPARE(error.code, ErrorCode::AmbiguousProfileName);
    QVERIFY2(error.message().contains(name) && error.message().contains(lower), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
