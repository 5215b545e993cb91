// VaultFile: header || nonce || XChaCha20-Poly1305(JSON), header as associated data.

#include "store/VaultFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::VaultContents)

namespace {

constexpr int headerSize = 10; // "PDVAULT\0", format 1, algorithm 1
constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const QString clientToken = QStringLiteral("F3c9aB1dE7f0Client5Token");
const QString partnerToken = QStringLiteral("PartnerTokenXyZ987654321");
const QString instanceId = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString instanceToken = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");
const QString secondId = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
const QString secondToken = QStringLiteral("tok_with-dash_and_unders");

VaultContents sampleContents()
{
    VaultContents contents;
    contents.clientToken = clientToken;
    contents.partnerToken = partnerToken;
    contents.instances.insert(QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")),
                              {instanceId, instanceToken});
    contents.instances.insert(QUuid::createUuid(), {secondId, secondToken});
    return contents;
}

QStringList secrets()
{
    return {clientToken, partnerToken, instanceId, instanceToken, secondId, secondToken};
}

// A vault sealed by hand with the documented layout: authentic, whatever the payload.
QByteArray sealByHand(const QByteArray &plain, const SecureBytes &key)
{
    const QByteArray header = VaultFile::header();
    QByteArray nonce(nonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), nonceSize);
    QByteArray cipher(plain.size() + tagSize, Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength,
        reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()),
        nullptr, reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    cipher.resize(static_cast<qsizetype>(cipherLength));
    return header + nonce + cipher;
}

} // namespace

class TestVaultFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void headerLayout();
    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void sealedLayout();
    void freshNonceEverySeal();
    void wrongKeyFails();
    void wrongKeySizeFails();
    void everyFlippedByteFails();
    void everyTruncationFails();
    void appendedBytesFail();
    void sealedBytesHoldNoSecretInTheClear();
    void handSealedVaultOpens();
    void authenticButMalformedPayloadFails_data();
    void authenticButMalformedPayloadFails();

private:
    SecureBytes m_key;
};

void TestVaultFile::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    m_key = SecureBytes::random(VaultFile::keySize);
    QCOMPARE(m_key.size(), std::size_t(32));
}

void TestVaultFile::headerLayout()
{
    QCOMPARE(VaultFile::header(), QByteArrayLiteral("PDVAULT\x00\x01\x01"));
    QCOMPARE(VaultFile::header().size(), headerSize);
}

void TestVaultFile::sealOpenRoundTrip_data()
{
    QTest::addColumn<VaultContents>("contents");
    QTest::newRow("empty") << VaultContents();
    QTest::newRow("client token only") << [] { VaultContents c; c.clientToken = clientToken; return c; }();
    QTest::newRow("full") << sampleContents();
    VaultContents unicode;
    unicode.partnerToken = QStringLiteral("ção\"\\\n\t🔑");
    unicode.instances.insert(QUuid::createUuid(), {QStringLiteral("ID-ü"), QStringLiteral("tok\ten")});
    QTest::newRow("unicode and escapes") << unicode;
    VaultContents many;
    for (int i = 0; i < 500; ++i)
        many.instances.insert(QUuid::createUuid(), {QStringLiteral("ID%1").arg(i, 30, 10, QLatin1Char('0')),
                                                    QStringLiteral("TOKEN%1").arg(i, 19, 10, QLatin1Char('0'))});
    QTest::newRow("500 instances") << many;
}

void TestVaultFile::sealOpenRoundTrip()
{
    QFETCH(VaultContents, contents);
    const QByteArray sealed = VaultFile::seal(contents, m_key);
    VaultContents opened;
    opened.clientToken = QStringLiteral("stale");
    QVERIFY(VaultFile::open(sealed, m_key, &opened));
    QCOMPARE(opened.clientToken, contents.clientToken);
    QCOMPARE(opened.partnerToken, contents.partnerToken);
    QCOMPARE(opened.instances.size(), contents.instances.size());
    for (auto it = contents.instances.cbegin(); it != contents.instances.cend(); ++it) {
        QVERIFY(opened.instances.contains(it.key()));
        QCOMPARE(opened.instances.value(it.key()).instanceId, it->instanceId);
        QCOMPARE(opened.instances.value(it.key()).instanceToken, it->instanceToken);
    }
    QVERIFY(opened == contents);
}

void TestVaultFile::sealedLayout()
{
    const VaultContents contents = sampleContents();
    const QByteArray sealed = VaultFile::seal(contents, m_key);
    QVERIFY(sealed.startsWith(VaultFile::header()));
    // The plain text is the compact JSON, so the size is fixed by it.
    QJsonObject instances;
    for (auto it = contents.instances.cbegin(); it != contents.instances.cend(); ++it)
        instances.insert(it.key().toString(QUuid::WithoutBraces),
                         QJsonObject{{QStringLiteral("id"), it->instanceId}, {QStringLiteral("token"), it->instanceToken}});
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("clientToken"), clientToken},
                                                       {QStringLiteral("partnerToken"), partnerToken},
                                                       {QStringLiteral("instances"), instances}})
                                 .toJson(QJsonDocument::Compact);
    QCOMPARE(sealed.size(), headerSize + nonceSize + plain.size() + tagSize);
}

void TestVaultFile::freshNonceEverySeal()
{
    const VaultContents contents = sampleContents();
    const QByteArray first = VaultFile::seal(contents, m_key);
    const QByteArray second = VaultFile::seal(contents, m_key);
    QCOMPARE(first.size(), second.size());
    QVERIFY(first != second);
    QVERIFY(first.mid(headerSize, nonceSize) != second.mid(headerSize, nonceSize));
    QVERIFY(first.mid(headerSize + nonceSize) != second.mid(headerSize + nonceSize));
    VaultContents a;
    VaultContents b;
    QVERIFY(VaultFile::open(first, m_key, &a));
    QVERIFY(VaultFile::open(second, m_key, &b));
    QVERIFY(a == b);
}

void TestVaultFile::wrongKeyFails()
{
    const QByteArray sealed = VaultFile::seal(sampleContents(), m_key);
    const SecureBytes other = SecureBytes::random(VaultFile::keySize);
    VaultContents untouched;
    untouched.clientToken = QStringLiteral("untouched");
    VaultContents out = untouched;
    QVERIFY(!VaultFile::open(sealed, other, &out));
    QVERIFY(out == untouched);

    // One bit off is as wrong as any other key.
    QByteArray almost = m_key.toByteArray();
    almost[31] = char(almost.at(31) ^ 0x01);
    QVERIFY(!VaultFile::open(sealed, SecureBytes::fromByteArray(almost), &out));
    wipe(almost);
}

void TestVaultFile::wrongKeySizeFails()
{
    const QByteArray sealed = VaultFile::seal(sampleContents(), m_key);
    VaultContents out;
    QVERIFY(!VaultFile::open(sealed, SecureBytes(), &out));
    QVERIFY(!VaultFile::open(sealed, SecureBytes::fromByteArray(m_key.toByteArray().left(16)), &out));
}

void TestVaultFile::everyFlippedByteFails()
{
    VaultContents small;
    small.clientToken = clientToken;
    small.instances.insert(QUuid::createUuid(), {instanceId, instanceToken});
    const QByteArray sealed = VaultFile::seal(small, m_key);
    VaultContents out;
    QVERIFY(VaultFile::open(sealed, m_key, &out));

    int checked = 0;
    for (qsizetype position = 0; position < sealed.size(); ++position) {
        for (const char mask : {char(0x01), char(0x80), char(0xFF)}) {
            QByteArray damaged = sealed;
            damaged[position] = char(damaged.at(position) ^ mask);
            const char *part = position < headerSize ? "header"
                : position < headerSize + nonceSize  ? "nonce"
                : position < sealed.size() - tagSize ? "ciphertext"
                                                     : "tag";
            VaultContents result;
            QVERIFY2(!VaultFile::open(damaged, m_key, &result),
                     qPrintable(QStringLiteral("flipping byte %1 (%2) with mask %3 was not detected")
                                    .arg(position).arg(QLatin1String(part)).arg(int(static_cast<unsigned char>(mask)))));
            QVERIFY(result == VaultContents());
            ++checked;
        }
    }
    QCOMPARE(checked, int(sealed.size()) * 3);
}

void TestVaultFile::everyTruncationFails()
{
    const QByteArray sealed = VaultFile::seal(sampleContents(), m_key);
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        VaultContents result;
        QVERIFY2(!VaultFile::open(sealed.left(length), m_key, &result),
                 qPrintable(QStringLiteral("a vault cut to %1 of %2 bytes opened").arg(length).arg(sealed.size())));
        // Cut at the front too (a lost header).
        QVERIFY2(!VaultFile::open(sealed.right(length), m_key, &result),
                 qPrintable(QStringLiteral("the last %1 of %2 bytes opened").arg(length).arg(sealed.size())));
    }
}

void TestVaultFile::appendedBytesFail()
{
    const QByteArray sealed = VaultFile::seal(sampleContents(), m_key);
    VaultContents result;
    QVERIFY(!VaultFile::open(sealed + QByteArrayLiteral("\x00"), m_key, &result));
    QVERIFY(!VaultFile::open(sealed + sealed, m_key, &result));
}

void TestVaultFile::sealedBytesHoldNoSecretInTheClear()
{
    const QByteArray sealed = VaultFile::seal(sampleContents(), m_key);
    for (const QString &secret : secrets()) {
        const QByteArray utf8 = secret.toUtf8();
        QVERIFY2(!sealed.contains(utf8), qPrintable(secret));
        QVERIFY2(!sealed.contains(utf8.toBase64()), qPrintable(secret));
        QVERIFY2(!sealed.contains(utf8.toHex()), qPrintable(secret));
        QVERIFY2(!sealed.contains(utf8.left(8)), qPrintable(secret)); // not even a fragment
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!sealed.contains(utf16), qPrintable(secret));
    }
    QVERIFY(!sealed.contains("clientToken"));
    QVERIFY(!sealed.contains("instances"));
}

void TestVaultFile::handSealedVaultOpens()
{
    const QByteArray plain = QByteArrayLiteral(
        R"({"clientToken":"CT","partnerToken":"PT","instances":{"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b":{"id":"ID1","token":"TK1"}}})");
    VaultContents result;
    QVERIFY(VaultFile::open(sealByHand(plain, m_key), m_key, &result));
    QCOMPARE(result.clientToken, QStringLiteral("CT"));
    QCOMPARE(result.partnerToken, QStringLiteral("PT"));
    QCOMPARE(result.instances.size(), 1);
    const InstanceSecrets secrets = result.instances.value(QUuid(QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")));
    QCOMPARE(secrets.instanceId, QStringLiteral("ID1"));
    QCOMPARE(secrets.instanceToken, QStringLiteral("TK1"));

    // Sealed with another header as associated data: the same ciphertext no longer opens.
    QByteArray downgraded = sealByHand(plain, m_key);
    downgraded[8] = 0; // format version 0
    QVERIFY(!VaultFile::open(downgraded, m_key, &result));
}

void TestVaultFile::authenticButMalformedPayloadFails_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("clientToken=CT");
    QTest::newRow("truncated JSON") << QByteArrayLiteral(R"({"clientToken":"CT","instan)");
    QTest::newRow("JSON array") << QByteArrayLiteral(R"([{"clientToken":"CT"}])");
    QTest::newRow("instance key not a uuid")
        << QByteArrayLiteral(R"({"clientToken":"CT","instances":{"not-a-uuid":{"id":"ID1","token":"TK1"}}})");
}

void TestVaultFile::authenticButMalformedPayloadFails()
{
    QFETCH(QByteArray, plain);
    VaultContents untouched;
    untouched.clientToken = QStringLiteral("untouched");
    VaultContents result = untouched;
    QVERIFY(!VaultFile::open(sealByHand(plain, m_key), m_key, &result));
    QVERIFY(result == untouched);
}

QTEST_GUILESS_MAIN(TestVaultFile)
#include "tst_vaultfile.moc"
