// CsvImport: UTF-8 CSV with a header row, ',' or ';', RFC 4180 quoting; bad rows skipped with
// their line number and reason.

#include "store/CsvImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>

#include <sys/stat.h>

using namespace PartnerDesk;

namespace {

const QString idA = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString tokenA = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString idB = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString tokenB = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// With Brazil as the default country for phones, as Settings has it unless changed.
CsvImport::Result parse(const QByteArray &data)
{
    return CsvImport::parse(data, QStringLiteral("BR"));
}

CsvImport::Result parseFile(const QString &path)
{
    return CsvImport::parseFile(path, QStringLiteral("BR"));
}

struct Expected
{
    int line;
    QString name;
    QString id;
    QString token;
    QString phone;
    QString notes;
};

// Compares every field of every row; the message names the first difference.
bool rowsAre(const QList<ImportRow> &rows, const QList<Expected> &expected, QString *why)
{
    if (rows.size() != expected.size()) {
        *why = QStringLiteral("%1 rows instead of %2").arg(rows.size()).arg(expected.size());
        return false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow &r = rows.at(i);
        const Expected &e = expected.at(i);
        const QStringList got{QString::number(r.line), r.name, r.secrets.instanceId, r.secrets.instanceToken, r.phone, r.notes};
        const QStringList want{QString::number(e.line), e.name, e.id, e.token, e.phone, e.notes};
        if (got != want) {
            *why = QStringLiteral("row %1: got [%2], want [%3]").arg(i).arg(got.join(u'|'), want.join(u'|'));
            return false;
        }
    }
    return true;
}

} // namespace

#define QCOMPARE_ROWS(rows, ...)                                                                   \
    do {                                                                                           \
        QString why;                                                                               \
        QVERIFY2(rowsAre(rows, QList<Expected>{__VA_ARGS__}, &why), qPrintable(why));              \
    } while (false)

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void minimalFile();
    void headerInAnyOrderAndCase();
    void optionalColumnsMissing();
    void semicolonSeparator();
    void quotedFields();
    void crlfAndBomAndBlankLines();
    void extraUnknownColumnsAreIgnored();
    void skipReasonsWithLineNumbers();
    void phonesBecomeInternationalNumbers();
    void phonesWithAnotherDefaultCountry();
    void lineNumbersCountNewlinesInsideQuotes();
    void fewerFieldsThanHeader();
    void missingRequiredColumn_data();
    void missingRequiredColumn();
    void notUtf8();
    void emptyFile_data();
    void emptyFile();
    void parseFileMissing();
    void parseFileReadsTheFile();
    void parseFileTooLarge();
    void parseFileRefusesWhatIsNotARegularFile_data();
    void parseFileRefusesWhatIsNotARegularFile();
    void parseFileFollowsALinkToAFile();
    void parseFileCapsWhatItReadsWhateverTheSizeSays();
    void parseFileReadsAFileWhoseSizeSaysNothing();
};

void TestCsvImport::minimalFile()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("name,instance_id,instance_token\nPadaria Pão de Mel,%1,%2\n").arg(idA, tokenA)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria Pão de Mel"), idA, tokenA, {}, {}});
}

void TestCsvImport::headerInAnyOrderAndCase()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral(" Notes ,INSTANCE_TOKEN,Phone, Name ,Instance_Id\n"
                       "cliente antigo,%1,+55 (11) 98765-4321,  Padaria  ,%2\n"
                       "\"\",%3,,Oficina,%4")
            .arg(tokenA, idA, tokenB, idB)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE_ROWS(result.rows,
                  {2, QStringLiteral("Padaria"), idA, tokenA, QStringLiteral("+5511987654321"), QStringLiteral("cliente antigo")},
                  {3, QStringLiteral("Oficina"), idB, tokenB, {}, {}});
}

void TestCsvImport::optionalColumnsMissing()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("instance_token,name,instance_id,phone\n%1,Padaria,%2,11987654321\n").arg(tokenA, idA)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria"), idA, tokenA, QStringLiteral("+5511987654321"), {}});
}

void TestCsvImport::semicolonSeparator()
{
    // Brazilian spreadsheets save with ';' and keep ',' inside values.
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("name;instance_id;instance_token;notes\n"
                       "Padaria, Confeitaria e Café;%1;%2;abre 7h, fecha 19h\n")
            .arg(idA, tokenA)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria, Confeitaria e Café"), idA, tokenA, {}, QStringLiteral("abre 7h, fecha 19h")});
}

void TestCsvImport::quotedFields()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("name,instance_id,instance_token,phone,notes\n"
                       "\"Padaria, \"\"Pão de Mel\"\"\",%1,\"%2\",\"+55 (11) 98765-4321\",\"linha 1\nlinha 2, com vírgula\n\"\"fim\"\"\"\n"
                       "\"Oficina;Zé\",%3,%4,,\"\"\n")
            .arg(idA, tokenA, idB, tokenB)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE_ROWS(result.rows,
                  {2, QStringLiteral("Padaria, \"Pão de Mel\""), idA, tokenA, QStringLiteral("+5511987654321"),
                   QStringLiteral("linha 1\nlinha 2, com vírgula\n\"fim\"")},
                  {5, QStringLiteral("Oficina;Zé"), idB, tokenB, {}, {}});
}

void TestCsvImport::crlfAndBomAndBlankLines()
{
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += utf8(QStringLiteral("name,instance_id,instance_token\r\n"
                                 "\r\n"
                                 "Padaria,%1,%2\r\n"
                                 "   \r\n"
                                 "\r\n"
                                 "Oficina,%3,%4\r\n"
                                 "\r\n")
                      .arg(idA, tokenA, idB, tokenB));
    const CsvImport::Result result = parse(bytes);
    QCOMPARE(result.error.code, ErrorCode::None);
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE_ROWS(result.rows, {3, QStringLiteral("Padaria"), idA, tokenA, {}, {}},
                  {6, QStringLiteral("Oficina"), idB, tokenB, {}, {}});

    // A lone CR (old Mac) also ends a line; no final newline is fine too.
    const CsvImport::Result cr = parse(
        utf8(QStringLiteral("name,instance_id,instance_token\rPadaria,%1,%2").arg(idA, tokenA)));
    QCOMPARE(cr.error.code, ErrorCode::None);
    QCOMPARE_ROWS(cr.rows, {2, QStringLiteral("Padaria"), idA, tokenA, {}, {}});
}

void TestCsvImport::extraUnknownColumnsAreIgnored()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("plano,name,instance_id,instance_token,vencimento\nmensal,Padaria,%1,%2,10/12\n").arg(idA, tokenA)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria"), idA, tokenA, {}, {}});
}

void TestCsvImport::skipReasonsWithLineNumbers()
{
    const QString csv = QStringLiteral(
        "name,instance_id,instance_token,phone\n"          // 1
        "Padaria,%1,%2,(11) 98765-4321\n"                  // 2 ok
        ",%3,%4\n"                                         // 3 empty name
        "   ,%3,%4\n"                                      // 4 blank name
        "Sem ID,,%4\n"                                     // 5 empty id
        "ID ruim,../etc,%4\n"                              // 6 invalid id
        "ID com barra,abcPERCENT2Fdef,%4\n"                // 7 invalid id
        "Sem token,%3,\n"                                  // 8 empty token
        "Token ruim,%3,a?b\n"                              // 9 invalid token
        "Token com #,%3,a#b\n"                             // 10 invalid token
        "Campos demais,%3,%4,11,extra\n"                   // 11 too many fields
        "Repetido,%1,%4\n"                                 // 12 duplicate id (line 2)
        "PADARIA,%3,%4\n"                                  // 13 duplicate name (line 2)
        "Oficina,%3,%4\n"                                  // 14 ok
        "Vírgula sem aspas, Ltda,%5,%6,11\n"               // 15 too many fields
        "Telefone curto,%5,%6,(11) 8765\n")                // 16 phone too short
                            .arg(idA, tokenA, idB, tokenB, QStringLiteral("0123456789ABCDEF0123456789ABCDEF"),
                                 QStringLiteral("CCCCCCCCCCCCCCCCCCCCCCC1"))
                            .replace(QStringLiteral("PERCENT2F"), QStringLiteral("%2F"));
    QVERIFY(csv.contains(QLatin1String("abc%2Fdef")));
    const CsvImport::Result result = parse(utf8(csv));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria"), idA, tokenA, QStringLiteral("+5511987654321"), {}},
                  {14, QStringLiteral("Oficina"), idB, tokenB, {}, {}});

    const QList<QPair<int, QString>> expected{
        {3, QStringLiteral("the name is empty")},
        {4, QStringLiteral("the name is empty")},
        {5, QStringLiteral("the instance ID is empty")},
        {6, QStringLiteral("the instance ID has characters Z-API does not use")},
        {7, QStringLiteral("the instance ID has characters Z-API does not use")},
        {8, QStringLiteral("the instance token is empty")},
        {9, QStringLiteral("the instance token has characters Z-API does not use")},
        {10, QStringLiteral("the instance token has characters Z-API does not use")},
        {11, QStringLiteral("it has more fields than the header; check for an unquoted separator")},
        {12, QStringLiteral("the same instance ID is already on line 2")},
        {13, QStringLiteral("the same name is already on line 2")},
        {15, QStringLiteral("it has more fields than the header; check for an unquoted separator")},
        {16, Error(ErrorCode::PhoneTooShort, QStringLiteral("+55 118765")).message()},
    };
    QCOMPARE(result.skipped.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.skipped.at(i).line, expected.at(i).first);
        QCOMPARE(result.skipped.at(i).reason, expected.at(i).second);
    }
}

void TestCsvImport::phonesBecomeInternationalNumbers()
{
    // However a spreadsheet holds them: one international number each, or the row is skipped
    // with what was understood and why it cannot be a WhatsApp number.
    const CsvImport::Result result = parse(utf8(QStringLiteral(
        "name;phone;instance_id;instance_token\n"
        "Com +55;+55 (11) 98765-4321;%1;%2\n"
        "Só DDD;(31) 98877-6655;%3;%4\n"
        "Com operadora;0 21 31 3222-1100;%5;%6\n"
        "Dígitos;5521987654321;%7;%8\n"
        "Portugal;+351 912 345 678;%9;%10\n"
        "DDD errado;(10) 98765-4321;%11;%12\n"
        "0800;0800 123 4567;%13;%14\n"
        "Letras;não tem;%15;%16\n")
            .arg(idA, tokenA, idB, tokenB, QStringLiteral("0123456789ABCDEF0123456789ABCDE1"), tokenA,
                 QStringLiteral("0123456789ABCDEF0123456789ABCDE2"), tokenA)
            .arg(QStringLiteral("0123456789ABCDEF0123456789ABCDE3"), tokenA, QStringLiteral("0123456789ABCDEF0123456789ABCDE4"),
                 tokenA, QStringLiteral("0123456789ABCDEF0123456789ABCDE5"), tokenA,
                 QStringLiteral("0123456789ABCDEF0123456789ABCDE6"), tokenA)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows,
                  {2, QStringLiteral("Com +55"), idA, tokenA, QStringLiteral("+5511987654321"), {}},
                  {3, QStringLiteral("Só DDD"), idB, tokenB, QStringLiteral("+5531988776655"), {}},
                  {4, QStringLiteral("Com operadora"), QStringLiteral("0123456789ABCDEF0123456789ABCDE1"), tokenA,
                   QStringLiteral("+553132221100"), {}},
                  {5, QStringLiteral("Dígitos"), QStringLiteral("0123456789ABCDEF0123456789ABCDE2"), tokenA,
                   QStringLiteral("+5521987654321"), {}},
                  {6, QStringLiteral("Portugal"), QStringLiteral("0123456789ABCDEF0123456789ABCDE3"), tokenA,
                   QStringLiteral("+351912345678"), {}});
    QCOMPARE(result.skipped.size(), 3);
    QCOMPARE(result.skipped.at(0).line, 7);
    QCOMPARE(result.skipped.at(0).reason, Error(ErrorCode::PhoneNotValid, QStringLiteral("+55 10987654321")).message());
    QCOMPARE(result.skipped.at(1).line, 8);
    QCOMPARE(result.skipped.at(1).reason, Error(ErrorCode::PhoneNotForWhatsApp, QStringLiteral("+55 800 123 4567")).message());
    QCOMPARE(result.skipped.at(2).line, 9);
    QCOMPARE(result.skipped.at(2).reason, Error(ErrorCode::InvalidPhone).message());
}

void TestCsvImport::phonesWithAnotherDefaultCountry()
{
    const QByteArray csv = utf8(QStringLiteral("name,phone,instance_id,instance_token\n"
                                               "Nova York,(212) 555-0100,%1,%2\n"
                                               "São Paulo,+55 11 98765-4321,%3,%4\n")
                                    .arg(idA, tokenA, idB, tokenB));
    const CsvImport::Result inUs = CsvImport::parse(csv, QStringLiteral("US"));
    QVERIFY(inUs.skipped.isEmpty());
    QCOMPARE_ROWS(inUs.rows, {2, QStringLiteral("Nova York"), idA, tokenA, QStringLiteral("+12125550100"), {}},
                  {3, QStringLiteral("São Paulo"), idB, tokenB, QStringLiteral("+5511987654321"), {}});
    // The same digits in Brazil are a landline in Rio de Janeiro: the default country decides.
    const CsvImport::Result inBrazil = parse(csv);
    QCOMPARE(inBrazil.rows.first().phone, QStringLiteral("+552125550100"));
}

void TestCsvImport::lineNumbersCountNewlinesInsideQuotes()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("name,instance_id,instance_token,notes\r\n"    // 1
                       "Padaria,%1,%2,\"três\r\nlinhas\r\naqui\"\r\n"  // 2-4
                       "Padaria,%3,%4,\"duplicada\"\r\n"               // 5
                       "\"Nome\nem duas\",%3,%4\r\n"                    // 6-7
                       ",%3,%4\r\n")                                    // 8
            .arg(idA, tokenA, idB, tokenB)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria"), idA, tokenA, {}, QStringLiteral("três\r\nlinhas\r\naqui")},
                  {6, QStringLiteral("Nome\nem duas"), idB, tokenB, {}, {}});
    QCOMPARE(result.skipped.size(), 2);
    QCOMPARE(result.skipped.at(0).line, 5);
    QCOMPARE(result.skipped.at(0).reason, QStringLiteral("the same name is already on line 2"));
    QCOMPARE(result.skipped.at(1).line, 8);
    QCOMPARE(result.skipped.at(1).reason, QStringLiteral("the name is empty"));
}

void TestCsvImport::fewerFieldsThanHeader()
{
    const CsvImport::Result result = parse(utf8(
        QStringLiteral("name,instance_id,instance_token,phone,notes\nPadaria,%1,%2\nOficina,%3\n").arg(idA, tokenA, idB)));
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Padaria"), idA, tokenA, {}, {}});
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.at(0).line, 3);
    QCOMPARE(result.skipped.at(0).reason, QStringLiteral("the instance token is empty"));
}

void TestCsvImport::missingRequiredColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("no name") << QStringLiteral("nome,instance_id,instance_token");
    QTest::newRow("no instance_id") << QStringLiteral("name,id,instance_token");
    QTest::newRow("no instance_token") << QStringLiteral("name;instance_id;token");
    QTest::newRow("data, no header") << QStringLiteral("Padaria,%1,%2").arg(idA, tokenA);
    QTest::newRow("spaces for underscores") << QStringLiteral("name,instance id,instance token");
}

void TestCsvImport::missingRequiredColumn()
{
    QFETCH(QString, header);
    const CsvImport::Result result = parse(utf8(header + QStringLiteral("\nPadaria,%1,%2\n").arg(idA, tokenA)));
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("the first row must name the columns name, instance_id and "
                                                 "instance_token (phone and notes are optional)."));
    QCOMPARE(result.error.message(), QStringLiteral("The file could not be read: ") + result.error.detail);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.skipped.isEmpty());
}

void TestCsvImport::notUtf8()
{
    // "Padaria Pão" saved as Windows-1252 / Latin-1.
    const QByteArray latin1 = QByteArrayLiteral("name,instance_id,instance_token\nPadaria P\xe3o,") + idA.toLatin1()
        + ',' + tokenA.toLatin1() + '\n';
    const CsvImport::Result result = parse(latin1);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("it is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));
    QVERIFY(result.rows.isEmpty());

    // UTF-16 (Excel's "Unicode text") is not UTF-8 either.
    const QString text = QStringLiteral("name,instance_id,instance_token\nPadaria,%1,%2\n").arg(idA, tokenA);
    QByteArray utf16 = QByteArrayLiteral("\xFF\xFE");
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QCOMPARE(parse(utf16).error.code, ErrorCode::ImportFileUnreadable);
}

void TestCsvImport::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("only a BOM") << QByteArrayLiteral("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArrayLiteral("\n\r\n   \n");
}

void TestCsvImport::emptyFile()
{
    QFETCH(QByteArray, bytes);
    const CsvImport::Result result = parse(bytes);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("it is empty."));

    // A header and nothing else is a valid, empty import.
    const CsvImport::Result headerOnly = parse(QByteArrayLiteral("name,instance_id,instance_token\n"));
    QCOMPARE(headerOnly.error.code, ErrorCode::None);
    QVERIFY(headerOnly.rows.isEmpty());
    QVERIFY(headerOnly.skipped.isEmpty());
}

void TestCsvImport::parseFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CsvImport::Result result = parseFile(dir.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("No such file or directory"));
    QCOMPARE(result.error.message(), QStringLiteral("The file could not be read: No such file or directory"));
    QVERIFY(result.rows.isEmpty());
}

void TestCsvImport::parseFileReadsTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clientes.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("\xEF\xBB\xBF") + utf8(QStringLiteral("name;instance_id;instance_token\r\nPão;%1;%2\r\n").arg(idA, tokenA)));
    file.close();
    const CsvImport::Result result = parseFile(path);
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE_ROWS(result.rows, {2, QStringLiteral("Pão"), idA, tokenA, {}, {}});
}

void TestCsvImport::parseFileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(CsvImport::maximumFileSize + 1)); // sparse: costs no disk
    file.close();
    const CsvImport::Result result = parseFile(path);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("it is larger than 64 MiB."));
}

void TestCsvImport::parseFileRefusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("detail");
    // /dev/zero reads for ever with a size of 0; a pipe with no writer blocks open() for ever.
    QTest::newRow("endless device") << QStringLiteral("/dev/zero")
                                    << QStringLiteral("it is not a regular file (a device, a pipe or a socket).");
    QTest::newRow("pipe with no writer") << QStringLiteral("fifo")
                                         << QStringLiteral("it is not a regular file (a device, a pipe or a socket).");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("it is a folder, not a file.");
}

void TestCsvImport::parseFileRefusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = kind;
    if (kind == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("pipe.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == QLatin1String("folder")) {
        path = dir.filePath(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkdir(path));
    }
    const CsvImport::Result result = parseFile(path);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, detail);
    QVERIFY(result.rows.isEmpty());
}

void TestCsvImport::parseFileFollowsALinkToAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clientes.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf8(QStringLiteral("name,instance_id,instance_token\nPão,%1,%2\n").arg(idA, tokenA)));
    file.close();
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(path, link));
    const CsvImport::Result result = parseFile(link);
    QCOMPARE(result.error.code, ErrorCode::None);
    QCOMPARE(result.rows.size(), 1);
}

// A regular file whose size says 0 and that never ends: /proc/self/pagemap holds eight bytes
// for every page the process could map (hundreds of GiB), as a file that grows faster than it
// is read would. What is read is capped, not what the size promised.
void TestCsvImport::parseFileCapsWhatItReadsWhateverTheSizeSays()
{
    const QString path = QStringLiteral("/proc/self/pagemap");
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size != 0
        || !QFile(path).open(QIODevice::ReadOnly))
        QSKIP("no readable /proc/self/pagemap here (not Linux, or /proc not mounted)");
    const CsvImport::Result result = parseFile(path);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail, QStringLiteral("it is larger than 64 MiB."));
    QVERIFY(result.rows.isEmpty());
}

// /proc/self/status says its size is 0 but holds a page of text: it is read to its end, so
// what is wrong with it is its content (no header row), not that it is empty.
void TestCsvImport::parseFileReadsAFileWhoseSizeSaysNothing()
{
    const QString path = QStringLiteral("/proc/self/status");
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size != 0)
        QSKIP("no /proc/self/status here (not Linux, or /proc not mounted)");
    const CsvImport::Result result = parseFile(path);
    QCOMPARE(result.error.code, ErrorCode::ImportFileUnreadable);
    QCOMPARE(result.error.detail,
             QStringLiteral("the first row must name the columns name, instance_id and instance_token (phone and notes are optional)."));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
