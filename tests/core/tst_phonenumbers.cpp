// PhoneNumbers: what people type becomes one international number (libphonenumber), or a
// message with what was understood and why it cannot be a WhatsApp number; the default
// country in Settings decides what a number without a country code is.

#include "util/Error.h"
#include "util/PhoneNumbers.h"
#include "util/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)
Q_DECLARE_METATYPE(PartnerDesk::PhoneNumber::Kind)

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void writtenForms_data();
    void writtenForms();
    void otherCountries_data();
    void otherCountries();
    void refusedWithWhatWasUnderstood_data();
    void refusedWithWhatWasUnderstood();
    void display_data();
    void display();
    void e164Shape();
    void numberFragments_data();
    void numberFragments();
    void searchDigits_data();
    void searchDigits();
    void regions();
    void regionNamesFollowTheLanguage_data();
    void regionNamesFollowTheLanguage();
    void defaultRegionInSettings();
};

namespace {

void addParseColumns()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("international");
    QTest::addColumn<PhoneNumber::Kind>("kind");
}

void checkParse()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    QFETCH(QString, international);
    QFETCH(PhoneNumber::Kind, kind);
    PhoneNumber number;
    const Error error = PhoneNumbers::parse(typed, region, &number);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(number.e164, e164);
    QCOMPARE(number.kind, kind);
    QCOMPARE(number.digits(), e164.mid(1));
    // What is stored reads back as the same number, whatever the default country is then.
    PhoneNumber again;
    QCOMPARE(PhoneNumbers::parse(number.e164, QStringLiteral("US"), &again).code, ErrorCode::None);
    QCOMPARE(again.e164, e164);
    QCOMPARE(PhoneNumbers::display(number.e164), international);
}

} // namespace

void TestPhoneNumbers::writtenForms_data()
{
    addParseColumns();
    const QString br = QStringLiteral("BR");
    const QString mobile = QStringLiteral("+5511987654321");
    const QString shown = QStringLiteral("+55 11 98765-4321");
    const auto row = [&](const char *name, const char *typed) {
        QTest::newRow(name) << br << QString::fromUtf8(typed) << mobile << shown << PhoneNumber::Kind::Mobile;
    };
    row("as the list shows it", "+55 11 98765-4321");
    row("+55 and parentheses", "+55 (11) 98765-4321");
    row("parentheses, no country code", "(11) 98765-4321");
    row("area code, no country code", "11 98765-4321");
    row("digits", "11987654321");
    row("digits with country code", "5511987654321");
    row("country code without +", "55 11 98765-4321");
    row("dots", "11.98765.4321");
    row("trunk 0", "0 11 98765-4321");
    row("trunk 0 and carrier", "0 21 11 98765-4321");
    row("trunk 0 and carrier, together", "02111987654321");
    row("international prefix and carrier", "0021 55 11 98765 4321");
    row("spaces around", "   (11)  98765 - 4321  ");
    row("full-width digits", "（１１）９８７６５-４３２１");
    // The number: sent as 31988776655, WhatsApp read +31 (the Netherlands).
    QTest::newRow("Belo Horizonte") << br << QStringLiteral("(31) 98877-6655") << QStringLiteral("+5531988776655")
                                    << QStringLiteral("+55 31 98877-6655") << PhoneNumber::Kind::Mobile;
    // WhatsApp Business runs on landlines.
    QTest::newRow("landline") << br << QStringLiteral("(11) 3456-7890") << QStringLiteral("+551134567890")
                              << QStringLiteral("+55 11 3456-7890") << PhoneNumber::Kind::Landline;
    QTest::newRow("landline with +55") << br << QStringLiteral("+55 21 2555-0100") << QStringLiteral("+552125550100")
                                       << QStringLiteral("+55 21 2555-0100") << PhoneNumber::Kind::Landline;
    QTest::newRow("landline with carrier") << br << QStringLiteral("0 15 31 3222-1100") << QStringLiteral("+553132221100")
                                           << QStringLiteral("+55 31 3222-1100") << PhoneNumber::Kind::Landline;
}

void TestPhoneNumbers::writtenForms()
{
    checkParse();
}

void TestPhoneNumbers::otherCountries_data()
{
    addParseColumns();
    QTest::newRow("US, national") << QStringLiteral("US") << QStringLiteral("(212) 555-0100") << QStringLiteral("+12125550100")
                                  << QStringLiteral("+1 212-555-0100") << PhoneNumber::Kind::MobileOrLandline;
    QTest::newRow("US, dots") << QStringLiteral("US") << QStringLiteral("212.555.0100") << QStringLiteral("+12125550100")
                              << QStringLiteral("+1 212-555-0100") << PhoneNumber::Kind::MobileOrLandline;
    QTest::newRow("US, with 1") << QStringLiteral("US") << QStringLiteral("1-212-555-0100") << QStringLiteral("+12125550100")
                                << QStringLiteral("+1 212-555-0100") << PhoneNumber::Kind::MobileOrLandline;
    QTest::newRow("US default, Brazilian number with +") << QStringLiteral("US") << QStringLiteral("+55 11 98765-4321")
                                                         << QStringLiteral("+5511987654321") << QStringLiteral("+55 11 98765-4321")
                                                         << PhoneNumber::Kind::Mobile;
    QTest::newRow("Argentina, mobile as dialled at home") << QStringLiteral("AR") << QStringLiteral("011 15-2345-6789")
                                                          << QStringLiteral("+5491123456789") << QStringLiteral("+54 9 11 2345-6789")
                                                          << PhoneNumber::Kind::Mobile;
    QTest::newRow("Argentina, mobile international") << QStringLiteral("AR") << QStringLiteral("+54 9 11 2345-6789")
                                                     << QStringLiteral("+5491123456789") << QStringLiteral("+54 9 11 2345-6789")
                                                     << PhoneNumber::Kind::Mobile;
    QTest::newRow("Argentina, landline") << QStringLiteral("AR") << QStringLiteral("(011) 4321-1234") << QStringLiteral("+541143211234")
                                         << QStringLiteral("+54 11 4321-1234") << PhoneNumber::Kind::Landline;
    QTest::newRow("Mexico") << QStringLiteral("MX") << QStringLiteral("55 1234 5678") << QStringLiteral("+525512345678")
                            << QStringLiteral("+52 55 1234 5678") << PhoneNumber::Kind::MobileOrLandline;
    QTest::newRow("Mexico, old mobile prefix") << QStringLiteral("MX") << QStringLiteral("044 55 1234 5678")
                                               << QStringLiteral("+525512345678") << QStringLiteral("+52 55 1234 5678")
                                               << PhoneNumber::Kind::MobileOrLandline;
    QTest::newRow("Portugal, mobile") << QStringLiteral("PT") << QStringLiteral("912 345 678") << QStringLiteral("+351912345678")
                                      << QStringLiteral("+351 912 345 678") << PhoneNumber::Kind::Mobile;
    QTest::newRow("Portugal, landline") << QStringLiteral("PT") << QStringLiteral("21 123 4567") << QStringLiteral("+351211234567")
                                        << QStringLiteral("+351 21 123 4567") << PhoneNumber::Kind::Landline;
    QTest::newRow("Brazil default, UK number with +") << QStringLiteral("BR") << QStringLiteral("+44 20 7946 0958")
                                                      << QStringLiteral("+442079460958") << QStringLiteral("+44 20 7946 0958")
                                                      << PhoneNumber::Kind::Landline;
}

void TestPhoneNumbers::otherCountries()
{
    checkParse();
}

void TestPhoneNumbers::refusedWithWhatWasUnderstood_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detail"); // what the message shows
    const QString br = QStringLiteral("BR");

    QTest::newRow("empty") << br << QString() << ErrorCode::InvalidPhone << QString();
    QTest::newRow("only separators") << br << QStringLiteral("+() -.- ()") << ErrorCode::InvalidPhone << QString();
    QTest::newRow("words") << br << QStringLiteral("não sei") << ErrorCode::InvalidPhone << QString();
    QTest::newRow("no such country code") << br << QStringLiteral("+999 1234 5678") << ErrorCode::PhoneCountryCodeUnknown
                                          << QStringLiteral("+999 1234 5678");
    QTest::newRow("too short") << br << QStringLiteral("(11) 8765") << ErrorCode::PhoneTooShort << QStringLiteral("+55 118765");
    QTest::newRow("local number without area code, US") << QStringLiteral("US") << QStringLiteral("555-0100")
                                                         << ErrorCode::PhoneTooShort << QStringLiteral("+1 5550100");
    QTest::newRow("too long") << br << QStringLiteral("11 98765-43210") << ErrorCode::PhoneTooLong << QStringLiteral("+55 119876543210");
    QTest::newRow("no such area code") << br << QStringLiteral("(10) 98765-4321") << ErrorCode::PhoneNotValid
                                       << QStringLiteral("+55 10987654321");
    QTest::newRow("area code missing") << br << QStringLiteral("98765-4321") << ErrorCode::PhoneNotValid
                                       << QStringLiteral("+55 987654321");
    // Mobiles in Brazil have had nine digits since 2016.
    QTest::newRow("old eight-digit mobile") << br << QStringLiteral("(11) 8765-4321") << ErrorCode::PhoneNotValid
                                            << QStringLiteral("+55 1187654321");
    QTest::newRow("Brazilian number, US default") << QStringLiteral("US") << QStringLiteral("55 11 98765-4321")
                                                  << ErrorCode::PhoneTooLong << QStringLiteral("+1 5511987654321");
    QTest::newRow("extension") << br << QStringLiteral("(11) 98765-4321 x12") << ErrorCode::PhoneWithExtension
                               << QStringLiteral("+55 11 98765-4321 ext. 12");
    QTest::newRow("toll-free") << br << QStringLiteral("0800 123 4567") << ErrorCode::PhoneNotForWhatsApp
                               << QStringLiteral("+55 800 123 4567");
    QTest::newRow("premium rate") << br << QStringLiteral("0900 123 4567") << ErrorCode::PhoneNotForWhatsApp
                                  << QStringLiteral("+55 900 123 4567");
    QTest::newRow("shared cost") << br << QStringLiteral("4004-0001") << ErrorCode::PhoneNotForWhatsApp
                                 << QStringLiteral("+55 4004-0001");
    QTest::newRow("US toll-free") << QStringLiteral("US") << QStringLiteral("(800) 555-0100") << ErrorCode::PhoneNotForWhatsApp
                                  << QStringLiteral("+1 800-555-0100");
    QTest::newRow("Portugal, national rate") << QStringLiteral("PT") << QStringLiteral("707 123 456")
                                             << ErrorCode::PhoneNotForWhatsApp << QStringLiteral("+351 707 123 456");
}

void TestPhoneNumbers::refusedWithWhatWasUnderstood()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detail);
    PhoneNumber number;
    number.e164 = QStringLiteral("untouched");
    const Error error = PhoneNumbers::parse(typed, region, &number);
    QCOMPARE(error.code, code);
    QCOMPARE(error.detail, detail);
    QCOMPARE(number.e164, QStringLiteral("untouched"));
    // The message shows it, and says what to do.
    const QString message = error.message();
    QVERIFY2(message.contains(detail), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("%1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Check")) || message.contains(QLatin1String("Enter")), qPrintable(message));
}

void TestPhoneNumbers::display_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Brazilian mobile") << QStringLiteral("+5511987654321") << QStringLiteral("+55 11 98765-4321");
    QTest::newRow("Brazilian landline") << QStringLiteral("+552133334444") << QStringLiteral("+55 21 3333-4444");
    QTest::newRow("US") << QStringLiteral("+12125550100") << QStringLiteral("+1 212-555-0100");
    QTest::newRow("Argentina") << QStringLiteral("+5491123456789") << QStringLiteral("+54 9 11 2345-6789");
    // Kept as typed by the migration because it could not be understood: as it is.
    QTest::newRow("kept as typed") << QStringLiteral("ligar p/ Zé") << QStringLiteral("ligar p/ Zé");
    QTest::newRow("kept as typed, digits") << QStringLiteral("12345") << QStringLiteral("12345");
    QTest::newRow("kept as typed, invalid with +") << QStringLiteral("+55 10 98765-4321") << QStringLiteral("+55 10 98765-4321");
    QTest::newRow("none") << QString() << QString();
}

void TestPhoneNumbers::display()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(PhoneNumbers::display(stored), shown);
}

void TestPhoneNumbers::e164Shape()
{
    QVERIFY(PhoneNumbers::isE164(QStringLiteral("+5511987654321")));
    QVERIFY(PhoneNumbers::isE164(QStringLiteral("+12125550100")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("5511987654321")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("+55 11 98765-4321")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("+1234567")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("+1234567890123456")));
    QVERIFY(!PhoneNumbers::isE164(QString()));
}

void TestPhoneNumbers::numberFragments_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("fragment");
    QTest::newRow("+55") << QStringLiteral("+55") << true;
    QTest::newRow("(11)") << QStringLiteral("(11)") << true;
    QTest::newRow("98765-4321") << QStringLiteral("98765-4321") << true;
    QTest::newRow("dots") << QStringLiteral("11.98765.4321") << true;
    QTest::newRow("digits") << QStringLiteral("4321") << true;
    QTest::newRow("no digit") << QStringLiteral("-") << false;
    QTest::newRow("word") << QStringLiteral("padaria") << false;
    QTest::newRow("digits and letters") << QStringLiteral("18h") << false;
    QTest::newRow("instance-ID ending") << QStringLiteral("…6789") << false;
    QTest::newRow("slash") << QStringLiteral("24/7") << false;
}

void TestPhoneNumbers::numberFragments()
{
    QFETCH(QString, word);
    QFETCH(bool, fragment);
    QCOMPARE(PhoneNumbers::isNumberFragment(word), fragment);
}

void TestPhoneNumbers::searchDigits_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("digits");
    const QString br = QStringLiteral("BR");
    // Digits inside the stored international ones need nothing more.
    QTest::newRow("part of a number") << br << QStringLiteral("98765-4321") << QStringList{QStringLiteral("987654321")};
    QTest::newRow("without country code") << br << QStringLiteral("(11) 98765-4321") << QStringList{QStringLiteral("11987654321")};
    QTest::newRow("with country code") << br << QStringLiteral("+55 11 98765-4321") << QStringList{QStringLiteral("5511987654321")};
    // Prefixes that are not in the stored number: its international digits as well.
    QTest::newRow("trunk prefix") << br << QStringLiteral("0 11 98765-4321")
                                  << QStringList{QStringLiteral("011987654321"), QStringLiteral("5511987654321")};
    QTest::newRow("carrier prefix") << br << QStringLiteral("0 21 11 98765-4321")
                                    << QStringList{QStringLiteral("02111987654321"), QStringLiteral("5511987654321")};
    QTest::newRow("national form elsewhere") << QStringLiteral("AR") << QStringLiteral("011 15-2345-6789")
                                             << QStringList{QStringLiteral("0111523456789"), QStringLiteral("5491123456789")};
}

void TestPhoneNumbers::searchDigits()
{
    QFETCH(QString, region);
    QFETCH(QString, written);
    QFETCH(QStringList, digits);
    QCOMPARE(PhoneNumbers::searchDigits(written, region), digits);
}

void TestPhoneNumbers::regions()
{
    const QList<PhoneRegion> regions = PhoneNumbers::regions();
    QVERIFY(regions.size() > 200);
    QStringList names;
    const PhoneRegion *brazil = nullptr;
    for (const PhoneRegion &region : regions) {
        names.append(region.name);
        QVERIFY(PhoneNumbers::isKnownRegion(region.code));
        QVERIFY2(region.callingCode > 0, qPrintable(region.code));
        if (region.code == QLatin1String("BR"))
            brazil = &region;
    }
    QVERIFY(brazil);
    QCOMPARE(brazil->name, QStringLiteral("Brazil"));
    QCOMPARE(brazil->callingCode, 55);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("br")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QString()));
    QCOMPARE(PhoneNumbers::regionName(QStringLiteral("PT")), QStringLiteral("Portugal"));
}

void TestPhoneNumbers::regionNamesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("pt_BR: Brazil") << QStringLiteral("pt_BR") << QStringLiteral("BR") << QStringLiteral("Brasil");
    QTest::newRow("pt_BR: Germany") << QStringLiteral("pt_BR") << QStringLiteral("DE") << QStringLiteral("Alemanha");
    QTest::newRow("es: Brazil") << QStringLiteral("es") << QStringLiteral("BR") << QStringLiteral("Brasil");
    QTest::newRow("es: United States") << QStringLiteral("es") << QStringLiteral("US") << QStringLiteral("Estados Unidos");
    QTest::newRow("en: Brazil") << QStringLiteral("en") << QStringLiteral("BR") << QStringLiteral("Brazil");
    QTest::newRow("unknown code") << QStringLiteral("pt_BR") << QStringLiteral("XX") << QStringLiteral("XX");
}

// The Settings list and "understood as … in Brasil" speak the interface's language.
void TestPhoneNumbers::regionNamesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, name);
    const QLocale before;
    QLocale::setDefault(QLocale(language));
    QCOMPARE(PhoneNumbers::regionName(code), name);
    QLocale::setDefault(before);
}

void TestPhoneNumbers::defaultRegionInSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        QCOMPARE(settings.defaultPhoneRegion(), QStringLiteral("BR"));
        settings.setDefaultPhoneRegion(QStringLiteral("AR"));
        QCOMPARE(settings.defaultPhoneRegion(), QStringLiteral("AR"));
    }
    QCOMPARE(Settings(path).defaultPhoneRegion(), QStringLiteral("AR"));
    // A hand-edited file naming a country libphonenumber does not know: Brazil.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[phone]\ndefaultRegion=Brasil\n");
    }
    QCOMPARE(Settings(path).defaultPhoneRegion(), QStringLiteral("BR"));
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
