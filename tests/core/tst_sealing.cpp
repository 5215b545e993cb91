// Sealing: each secret in the database is version || nonce || XChaCha20-Poly1305(value), with
// the table, the column, the row and the version as associated data; the instance-ID tag is a
// keyed BLAKE2b; the key check tells the database's key from any other. First the functions on
// their own, then the store: a Workspace on a test profile with the REAL keychain
// (scripts/test-session.sh), whose database file the test edits and reads byte for byte.

#include "CoreTestSupport.h"
#include "KeychainTestSupport.h"
#include "ManualClock.h"

#include "Workspace.h"
#include "store/Database.h"
#include "store/InstanceRepository.h"
#include "store/Sealing.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <sodium.h>

using namespace PartnerDesk;
using Test::Catcher;

Q_DECLARE_METATYPE(PartnerDesk::Sealing::Binding)

namespace {

constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Used by no other test, so a scan of the files cannot be confused by another test's values.
const QString idA = QStringLiteral("5EA15EA15EA15EA15EA15EA15EA1A001");
const QString tokenA = QStringLiteral("SEALTOKENA0000000000A001");
const QString idB = QStringLiteral("5EA15EA15EA15EA15EA15EA15EA1B002");
const QString tokenB = QStringLiteral("SEALTOKENB0000000000B002");
const QString idC = QStringLiteral("C0FFEE5EA1C0FFEE5EA1C0FFEE5EC003");
const QString tokenC = QStringLiteral("SEALTOKENC0000000000C003");
const QString clientToken = QStringLiteral("SealingClientToken0000000000004");
const QString partnerToken = QStringLiteral("SealingPartnerToken.000000000005");

const Sealing::Binding tokenBinding{QStringLiteral("instance_credentials"), QStringLiteral("sealed_token"),
                                    QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")};

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// What Sealing.h documents, built by hand: version || nonce || ciphertext+tag, the associated
// data "partnerdesk-sealed" \0 version \0 table \0 column \0 row. Values already in profiles'
// databases were sealed this way, so it must keep opening.
QByteArray sealByHand(const QByteArray &plain, const Sealing::Binding &binding, const SecureBytes &key,
                      char versionByte, char associatedVersion)
{
    QByteArray associated("partnerdesk-sealed");
    associated.append('\0').append(associatedVersion);
    for (const QString &part : {binding.table, binding.column, binding.row})
        associated.append('\0').append(part.toUtf8());
    QByteArray nonce(nonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), nonceSize);
    QByteArray cipher(plain.size() + tagSize, Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength,
        reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(associated.constData()),
        static_cast<unsigned long long>(associated.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    cipher.resize(static_cast<qsizetype>(cipherLength));
    return QByteArray(1, versionByte) + nonce + cipher;
}

SecureBytes copyOf(const SecureBytes &key)
{
    QByteArray bytes = key.toByteArray();
    SecureBytes copy = SecureBytes::fromByteArray(bytes);
    wipe(bytes);
    return copy;
}

QByteArray bytesOf(const SecureBytes &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
}

} // namespace

class TestSealing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The functions.
    void roundTrip_data();
    void roundTrip();
    void sealedLayout();
    void freshNonceEverySeal();
    void handSealedValueOpens();
    void openFailsForAnotherBinding_data();
    void openFailsForAnotherBinding();
    void openFailsForAnotherKey();
    void openFailsForAnyFlippedBit();
    void openFailsWhenTruncatedOrExtended();
    void openFailsForEmpty();
    void openFailsForAnotherVersion();
    void failedOpenLeavesTheOutputAlone();
    void sealedValueHoldsNoPlaintext();
    void keyCheck();
    void tagKeyIsDerivedPerKey();
    void instanceIdTag();
    void wipeReachesTheSharedBuffer();

    // The store.
    void sealedValueMovedToAnotherRowIsRefused_data();
    void sealedValueMovedToAnotherRowIsRefused();
    void movedClientTokenIsRefused();
    void movedPartnerTokenIsRefused_data();
    void movedPartnerTokenIsRefused();
    void noPlaintextSecretInTheDatabaseFiles();

private:
    std::unique_ptr<Workspace> openWorkspace();
    Error add(Workspace *workspace, const QString &name, const QString &id, const QString &token, QUuid *key);
    Error secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets);
    Error clientTokenOf(Workspace *workspace, QString *token);
    Error partnerTokenOf(Workspace *workspace, QString *token);
    Error setAccountTokens(Workspace *workspace);
    qint64 rowIdOf(Workspace *workspace, const QUuid &key);

    SecureBytes m_key;
    Profile m_profile;
    std::unique_ptr<ManualClock> m_clock;
};

void TestSealing::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    QStandardPaths::setTestModeEnabled(true);
    m_key = SecureBytes::random(Sealing::keySize);
    QCOMPARE(Sealing::keySize, std::size_t(32));
}

void TestSealing::init()
{
    m_profile = Test::makeProfile(Test::uniqueProfileName());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0)));
}

void TestSealing::cleanup()
{
    Test::wipeProfile(m_profile);
}

// ---- the functions ----

void TestSealing::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArrayLiteral("x");
    QTest::newRow("instance ID") << idA.toUtf8();
    QTest::newRow("unicode") << QStringLiteral("ção \"\\\n\t🔑").toUtf8();
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0\0c", 6);
    QByteArray large(64 * 1024, Qt::Uninitialized);
    randombytes_buf(large.data(), static_cast<std::size_t>(large.size()));
    QTest::newRow("64 KiB of random bytes") << large;
}

void TestSealing::roundTrip()
{
    QFETCH(QByteArray, plain);
    const QByteArray sealed = Sealing::seal(plain, tokenBinding, m_key);
    QByteArray opened = QByteArrayLiteral("stale");
    QVERIFY(Sealing::open(sealed, tokenBinding, m_key, &opened));
    QCOMPARE(opened, plain);
    // A copy of the binding (not the same object) opens it: only its contents count.
    const Sealing::Binding same{QStringLiteral("instance_credentials"), QStringLiteral("sealed_token"),
                                QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")};
    QVERIFY(Sealing::open(sealed, same, copyOf(m_key), &opened));
    QCOMPARE(opened, plain);
}

void TestSealing::sealedLayout()
{
    const QByteArray plain = tokenA.toUtf8();
    const QByteArray sealed = Sealing::seal(plain, tokenBinding, m_key);
    QCOMPARE(sealed.size(), 1 + nonceSize + plain.size() + tagSize);
    QCOMPARE(sealed.at(0), Sealing::formatVersion);
    QCOMPARE(Sealing::formatVersion, char(1));
}

void TestSealing::freshNonceEverySeal()
{
    const QByteArray plain = tokenA.toUtf8();
    const QByteArray first = Sealing::seal(plain, tokenBinding, m_key);
    const QByteArray second = Sealing::seal(plain, tokenBinding, m_key);
    QCOMPARE(first.size(), second.size());
    QVERIFY(first != second);
    QVERIFY(first.mid(1, nonceSize) != second.mid(1, nonceSize));
    QVERIFY(first.mid(1 + nonceSize) != second.mid(1 + nonceSize));
    // Many seals of one value: no nonce seen twice.
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i)
        nonces.insert(Sealing::seal(plain, tokenBinding, m_key).mid(1, nonceSize));
    QCOMPARE(nonces.size(), 1000);
    QByteArray a;
    QByteArray b;
    QVERIFY(Sealing::open(first, tokenBinding, m_key, &a));
    QVERIFY(Sealing::open(second, tokenBinding, m_key, &b));
    QCOMPARE(a, plain);
    QCOMPARE(b, plain);
}

void TestSealing::handSealedValueOpens()
{
    const QByteArray plain = tokenB.toUtf8();
    QByteArray opened;
    QVERIFY2(Sealing::open(sealByHand(plain, tokenBinding, m_key, 1, 1), tokenBinding, m_key, &opened),
             "a value sealed with the documented layout and associated data does not open");
    QCOMPARE(opened, plain);
}

void TestSealing::openFailsForAnotherBinding_data()
{
    QTest::addColumn<Sealing::Binding>("other");
    const Sealing::Binding b = tokenBinding;
    QTest::newRow("another row") << Sealing::Binding{b.table, b.column, QStringLiteral("0b7e4c1d-9a2f-4e3b-8c5d-6e7f8a9b0c1d")};
    QTest::newRow("row one character off") << Sealing::Binding{b.table, b.column, QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4c")};
    QTest::newRow("row with braces") << Sealing::Binding{b.table, b.column, QStringLiteral("{6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b}")};
    QTest::newRow("row upper case") << Sealing::Binding{b.table, b.column, b.row.toUpper()};
    QTest::newRow("no row") << Sealing::Binding{b.table, b.column, QString()};
    QTest::newRow("another column") << Sealing::Binding{b.table, QStringLiteral("sealed_id"), b.row};
    QTest::newRow("another table") << Sealing::Binding{QStringLiteral("account_secrets"), b.column, b.row};
    QTest::newRow("account secret") << Sealing::Binding{QStringLiteral("account_secrets"), QStringLiteral("sealed"), QStringLiteral("client_token")};
    // The parts are separated: a part's end cannot be moved into the next.
    QTest::newRow("column and row joined") << Sealing::Binding{b.table, b.column + b.row, QString()};
    QTest::newRow("all empty") << Sealing::Binding{};
}

void TestSealing::openFailsForAnotherBinding()
{
    QFETCH(Sealing::Binding, other);
    const QByteArray sealed = Sealing::seal(tokenA.toUtf8(), tokenBinding, m_key);
    QByteArray opened;
    QVERIFY(!Sealing::open(sealed, other, m_key, &opened));
    QVERIFY(Sealing::open(sealed, tokenBinding, m_key, &opened));
}

void TestSealing::openFailsForAnotherKey()
{
    const QByteArray sealed = Sealing::seal(tokenA.toUtf8(), tokenBinding, m_key);
    QByteArray opened;
    QVERIFY(!Sealing::open(sealed, tokenBinding, SecureBytes::random(Sealing::keySize), &opened));
    // One bit off is as wrong as any other key.
    for (const int position : {0, 15, 31}) {
        QByteArray almost = m_key.toByteArray();
        almost[position] = char(almost.at(position) ^ 0x01);
        QVERIFY(!Sealing::open(sealed, tokenBinding, SecureBytes::fromByteArray(almost), &opened));
        wipe(almost);
    }
    // A key of the wrong size is refused, not read past or short.
    QVERIFY(!Sealing::open(sealed, tokenBinding, SecureBytes(), &opened));
    QVERIFY(!Sealing::open(sealed, tokenBinding, SecureBytes::fromByteArray(m_key.toByteArray().left(16)), &opened));
    QVERIFY(!Sealing::open(sealed, tokenBinding, SecureBytes::fromByteArray(m_key.toByteArray() + "x"), &opened));
}

void TestSealing::openFailsForAnyFlippedBit()
{
    const QByteArray plain = tokenA.toUtf8();
    const QByteArray sealed = Sealing::seal(plain, tokenBinding, m_key);
    int checked = 0;
    for (qsizetype position = 0; position < sealed.size(); ++position) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = sealed;
            damaged[position] = char(damaged.at(position) ^ (1 << bit));
            const char *part = position == 0 ? "version"
                : position < 1 + nonceSize  ? "nonce"
                : position < sealed.size() - tagSize ? "ciphertext"
                                                     : "tag";
            QByteArray opened;
            QVERIFY2(!Sealing::open(damaged, tokenBinding, m_key, &opened),
                     qPrintable(QStringLiteral("flipping bit %1 of byte %2 (%3) was not detected")
                                    .arg(bit).arg(position).arg(QLatin1String(part))));
            ++checked;
        }
    }
    QCOMPARE(checked, int(sealed.size()) * 8);
}

void TestSealing::openFailsWhenTruncatedOrExtended()
{
    const QByteArray sealed = Sealing::seal(tokenA.toUtf8(), tokenBinding, m_key);
    QByteArray opened;
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        QVERIFY2(!Sealing::open(sealed.left(length), tokenBinding, m_key, &opened),
                 qPrintable(QStringLiteral("cut to %1 of %2 bytes, it opened").arg(length).arg(sealed.size())));
        // The front lost (the version byte and nonce gone).
        QVERIFY2(!Sealing::open(sealed.right(length), tokenBinding, m_key, &opened),
                 qPrintable(QStringLiteral("its last %1 of %2 bytes opened").arg(length).arg(sealed.size())));
    }
    QVERIFY(!Sealing::open(sealed + '\0', tokenBinding, m_key, &opened));
    QVERIFY(!Sealing::open(sealed + sealed, tokenBinding, m_key, &opened));
    // Exactly as long as the shortest possible value (an empty plain text) yet not one.
    QVERIFY(!Sealing::open(QByteArray(1 + nonceSize + tagSize, '\x01'), tokenBinding, m_key, &opened));
}

void TestSealing::openFailsForEmpty()
{
    QByteArray opened = QByteArrayLiteral("untouched");
    QVERIFY(!Sealing::open(QByteArray(), tokenBinding, m_key, &opened));
    QVERIFY(!Sealing::open(QByteArray(1, Sealing::formatVersion), tokenBinding, m_key, &opened));
    QCOMPARE(opened, QByteArrayLiteral("untouched"));
}

void TestSealing::openFailsForAnotherVersion()
{
    const QByteArray plain = tokenA.toUtf8();
    const QByteArray sealed = Sealing::seal(plain, tokenBinding, m_key);
    QByteArray opened;
    for (const char version : {char(0), char(2), char(0x7f), char(0xff)}) {
        QByteArray other = sealed;
        other[0] = version;
        QVERIFY2(!Sealing::open(other, tokenBinding, m_key, &opened), qPrintable(QString::number(int(version))));
    }
    // The version is in the associated data too: a value whose version byte says 1 but that
    // was sealed for another version's layout does not open as version 1 ...
    QVERIFY(!Sealing::open(sealByHand(plain, tokenBinding, m_key, 1, 2), tokenBinding, m_key, &opened));
    QVERIFY(!Sealing::open(sealByHand(plain, tokenBinding, m_key, 1, 0), tokenBinding, m_key, &opened));
    // ... and a value of a version this build does not know is not read.
    QVERIFY(!Sealing::open(sealByHand(plain, tokenBinding, m_key, 2, 2), tokenBinding, m_key, &opened));
}

void TestSealing::failedOpenLeavesTheOutputAlone()
{
    QByteArray sealed = Sealing::seal(tokenA.toUtf8(), tokenBinding, m_key);
    sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x01);
    QByteArray opened = QByteArrayLiteral("untouched");
    QVERIFY(!Sealing::open(sealed, tokenBinding, m_key, &opened));
    QCOMPARE(opened, QByteArrayLiteral("untouched"));
}

void TestSealing::sealedValueHoldsNoPlaintext()
{
    for (const QString &secret : {idA, tokenA, clientToken}) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray sealed = Sealing::seal(utf8, tokenBinding, m_key);
        QVERIFY2(!sealed.contains(utf8.left(8)), qPrintable(secret)); // not even a fragment
        QVERIFY2(!sealed.contains(utf8.toHex()), qPrintable(secret));
        QVERIFY2(!sealed.contains(utf8.toBase64()), qPrintable(secret));
        QVERIFY2(!sealed.contains(utf16(secret).left(16)), qPrintable(secret));
        QVERIFY(!sealed.contains(tokenBinding.row.toUtf8())); // the binding is not stored either
    }
}

void TestSealing::keyCheck()
{
    const QByteArray check = Sealing::keyCheck(m_key);
    QVERIFY(Sealing::matchesKeyCheck(check, m_key));
    QVERIFY(Sealing::matchesKeyCheck(check, copyOf(m_key)));
    QVERIFY(!Sealing::matchesKeyCheck(check, SecureBytes::random(Sealing::keySize)));
    QVERIFY(!Sealing::matchesKeyCheck(check, SecureBytes()));
    QByteArray almost = m_key.toByteArray();
    almost[0] = char(almost.at(0) ^ 0x80);
    QVERIFY(!Sealing::matchesKeyCheck(check, SecureBytes::fromByteArray(almost)));
    wipe(almost);

    // Sealed afresh each time, and every one of them matches.
    const QByteArray again = Sealing::keyCheck(m_key);
    QVERIFY(again != check);
    QVERIFY(Sealing::matchesKeyCheck(again, m_key));

    // Any damage is a mismatch, never a match.
    QVERIFY(!Sealing::matchesKeyCheck(QByteArray(), m_key));
    QVERIFY(!Sealing::matchesKeyCheck(check.left(check.size() - 1), m_key));
    for (qsizetype position = 0; position < check.size(); ++position) {
        QByteArray damaged = check;
        damaged[position] = char(damaged.at(position) ^ 0x01);
        QVERIFY2(!Sealing::matchesKeyCheck(damaged, m_key), qPrintable(QString::number(position)));
    }

    // Any other authentic value is not a key check: not a secret of a row, not another text
    // under the key check's own binding.
    QVERIFY(!Sealing::matchesKeyCheck(Sealing::seal(QByteArrayLiteral("Partner Desk vault key check"), tokenBinding, m_key), m_key));
    const Sealing::Binding checkBinding{QStringLiteral("meta"), QStringLiteral("value"), QStringLiteral("key_check")};
    QByteArray opened;
    QVERIFY(Sealing::open(check, checkBinding, m_key, &opened)); // what it is, documented by this line
    QVERIFY(!Sealing::matchesKeyCheck(Sealing::seal(QByteArrayLiteral("something else"), checkBinding, m_key), m_key));
    QVERIFY(!Sealing::matchesKeyCheck(Sealing::seal(QByteArray(), checkBinding, m_key), m_key));
}

void TestSealing::tagKeyIsDerivedPerKey()
{
    const SecureBytes first = Sealing::tagKey(m_key);
    const SecureBytes second = Sealing::tagKey(copyOf(m_key));
    const SecureBytes other = Sealing::tagKey(SecureBytes::random(Sealing::keySize));
    QCOMPARE(first.size(), std::size_t(crypto_generichash_KEYBYTES));
    QCOMPARE(bytesOf(first), bytesOf(second));
    QVERIFY(bytesOf(first) != bytesOf(other));
    // Derived, not the vault key itself: a tag never reveals anything keyed by the vault key.
    QVERIFY(bytesOf(first) != bytesOf(m_key));
}

// A plain copy shared with another (Qt's implicit sharing) is wiped where both read it:
// detaching first would zero a fresh copy and leave the original as it was.
void TestSealing::wipeReachesTheSharedBuffer()
{
    QByteArray bytes = QByteArray("plain-key-bytes").repeated(2);
    const QByteArray sharedBytes = bytes;
    wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(sharedBytes, QByteArray(30, '\0'));

    QString text = QStringLiteral("Client-Token-") + QString::number(12345);
    const QString sharedText = text;
    wipe(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(sharedText, QString(18, QChar(u'\0')));

    // What a chop() left past the end goes too: the whole allocation is wiped.
    QByteArray line = QByteArray("secret-line\r");
    line.chop(1);
    const char *start = line.constData();
    const QByteArray sameBuffer = line;
    wipe(line);
    QCOMPARE(QByteArray(start, 12), QByteArray(12, '\0'));

    // A literal is static data, not ours to write: only emptied.
    QString literal = QStringLiteral("not-a-secret");
    const QString sharedLiteral = literal;
    wipe(literal);
    QVERIFY(literal.isEmpty());
    QCOMPARE(sharedLiteral, QStringLiteral("not-a-secret"));
}

void TestSealing::instanceIdTag()
{
    const SecureBytes tagKey = Sealing::tagKey(m_key);
    const QByteArray tag = Sealing::instanceIdTag(idA, tagKey);
    QCOMPARE(tag.size(), qsizetype(crypto_generichash_BYTES));
    // Deterministic per key: the same ID always finds the same row, across processes (a tag
    // key derived again from the same key).
    QCOMPARE(Sealing::instanceIdTag(idA, tagKey), tag);
    QCOMPARE(Sealing::instanceIdTag(idA, Sealing::tagKey(copyOf(m_key))), tag);

    // Different for another ID, even one character or one case apart, and for another key.
    QVERIFY(Sealing::instanceIdTag(idB, tagKey) != tag);
    QString oneOff = idA;
    oneOff[0] = u'4';
    QVERIFY(Sealing::instanceIdTag(oneOff, tagKey) != tag);
    QVERIFY(Sealing::instanceIdTag(idA.toLower(), tagKey) != tag);
    QVERIFY(Sealing::instanceIdTag(idA + u' ', tagKey) != tag);
    QVERIFY(Sealing::instanceIdTag(QString(), tagKey) != tag);
    QVERIFY(Sealing::instanceIdTag(idA, Sealing::tagKey(SecureBytes::random(Sealing::keySize))) != tag);
    QSet<QByteArray> tags;
    for (int i = 0; i < 1000; ++i)
        tags.insert(Sealing::instanceIdTag(QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper(), tagKey));
    QCOMPARE(tags.size(), 1000);

    // Keyed: not the plain hash of the ID, which anyone could compute from a guessed ID.
    const QByteArray id = idA.toUtf8();
    QByteArray unkeyed(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(unkeyed.data()), static_cast<std::size_t>(unkeyed.size()),
                       reinterpret_cast<const unsigned char *>(id.constData()),
                       static_cast<unsigned long long>(id.size()), nullptr, 0);
    QVERIFY(tag != unkeyed);

    // Never holds the ID.
    for (const QString &instanceId : {idA, idB, idC}) {
        const QByteArray t = Sealing::instanceIdTag(instanceId, tagKey);
        QVERIFY(!t.contains(instanceId.toUtf8().left(8)));
        QVERIFY(!t.contains(instanceId.toUtf8().right(8)));
        QVERIFY(!t.contains(utf16(instanceId).left(16)));
        QVERIFY(!t.toHex().contains(instanceId.toUtf8().toLower().left(8)));
    }
}

// ---- the store ----

std::unique_ptr<Workspace> TestSealing::openWorkspace()
{
    auto workspace = std::make_unique<Workspace>(m_profile, *m_clock);
    const Error error = workspace->open();
    if (error) {
        qWarning("Workspace::open: %s", qPrintable(error.message()));
        return nullptr;
    }
    return workspace;
}

Error TestSealing::add(Workspace *workspace, const QString &name, const QString &id, const QString &token, QUuid *key)
{
    InstanceRecord record;
    record.name = name;
    Catcher<Error, QUuid> added;
    workspace->repository()->addInstance(record, {id, token}, workspace, added.callback());
    if (!QTest::qWaitFor([&] { return added.calls() == 1; }, 30000))
        return Error(ErrorCode::KeychainTimeout);
    if (key)
        *key = added.get<1>();
    return added.error();
}

Error TestSealing::secretsOf(Workspace *workspace, const QUuid &key, InstanceSecrets *secrets)
{
    Catcher<Error, InstanceSecrets> read;
    workspace->repository()->instanceSecrets(key, workspace, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() == 1; }, 30000))
        return Error(ErrorCode::KeychainTimeout);
    *secrets = read.get<1>();
    return read.error();
}

Error TestSealing::clientTokenOf(Workspace *workspace, QString *token)
{
    Catcher<Error, QString> read;
    workspace->repository()->clientToken(workspace, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() == 1; }, 30000))
        return Error(ErrorCode::KeychainTimeout);
    *token = read.get<1>();
    return read.error();
}

Error TestSealing::partnerTokenOf(Workspace *workspace, QString *token)
{
    Catcher<Error, QString> read;
    workspace->repository()->partnerToken(workspace, read.callback());
    if (!QTest::qWaitFor([&] { return read.calls() == 1; }, 30000))
        return Error(ErrorCode::KeychainTimeout);
    *token = read.get<1>();
    return read.error();
}

// The Client-Token and the partner token, each in its own row.
Error TestSealing::setAccountTokens(Workspace *workspace)
{
    Catcher<Error> client;
    Catcher<Error> partner;
    workspace->repository()->setClientToken(clientToken, workspace, client.callback());
    workspace->repository()->setPartnerToken(partnerToken, workspace, partner.callback());
    if (!QTest::qWaitFor([&] { return client.calls() == 1 && partner.calls() == 1; }, 30000))
        return Error(ErrorCode::KeychainTimeout);
    return client.error() ? client.error() : partner.error();
}

qint64 TestSealing::rowIdOf(Workspace *workspace, const QUuid &key)
{
    const std::optional<InstanceRecord> record = workspace->repository()->record(key);
    return record ? record->rowId : -1;
}

void TestSealing::sealedValueMovedToAnotherRowIsRefused_data()
{
    // What is copied from A's credentials over B's, by SQL on the database file.
    QTest::addColumn<QString>("assignments");
    QTest::newRow("token") << QStringLiteral("sealed_token = a.sealed_token");
    QTest::newRow("id") << QStringLiteral("sealed_id = a.sealed_id");
    QTest::newRow("id and token") << QStringLiteral("sealed_id = a.sealed_id, sealed_token = a.sealed_token");
    // Within B's own row: its token where its ID goes, and the other way round.
    QTest::newRow("own columns swapped") << QStringLiteral("sealed_id = b.sealed_token, sealed_token = b.sealed_id");
}

// Someone with write access to the file (another program, a restored backup mixed with a
// newer one) moves sealed values between rows: reading B must fail, never hand out A's token.
void TestSealing::sealedValueMovedToAnotherRowIsRefused()
{
    QFETCH(QString, assignments);
    QUuid keyA;
    QUuid keyB;
    QUuid keyC;
    {
        std::unique_ptr<Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        QCOMPARE(add(workspace.get(), QStringLiteral("Padaria A"), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), QStringLiteral("Oficina B"), idB, tokenB, &keyB).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), QStringLiteral("Mercado C"), idC, tokenC, &keyC).code, ErrorCode::None);
        const qint64 rowA = rowIdOf(workspace.get(), keyA);
        const qint64 rowB = rowIdOf(workspace.get(), keyB);
        QVERIFY(rowA > 0 && rowB > 0);

        Database *database = workspace->database();
        const Error edit = database->write([&]() -> Error {
            QSqlQuery statement = database->query(
                QStringLiteral("UPDATE instance_credentials AS b SET %1 FROM instance_credentials AS a"
                               " WHERE a.instance = ? AND b.instance = ?").arg(assignments));
            statement.addBindValue(rowA);
            statement.addBindValue(rowB);
            if (!statement.exec())
                return Database::failure(statement);
            return statement.numRowsAffected() == 1 ? Error() : Error(ErrorCode::StoreWriteFailed, QStringLiteral("no row"));
        });
        QCOMPARE(edit.code, ErrorCode::None);

        InstanceSecrets secrets{QStringLiteral("stale"), QStringLiteral("stale")};
        QCOMPARE(secretsOf(workspace.get(), keyB, &secrets).code, ErrorCode::InstanceSecretsUnreadable);
        QVERIFY(secrets.instanceToken != tokenA && secrets.instanceId != idA);
        QVERIFY(!secrets.isComplete());
    }

    // The same after a restart (nothing read from a cache), and the other rows still read.
    std::unique_ptr<Workspace> workspace = openWorkspace();
    QVERIFY(workspace);
    InstanceSecrets secrets;
    QCOMPARE(secretsOf(workspace.get(), keyB, &secrets).code, ErrorCode::InstanceSecretsUnreadable);
    // The vault itself is fine: only this row needs its credentials again.
    QCOMPARE(workspace->vault()->state(), CredentialVault::State::Open);
    QVERIFY(!secrets.isComplete());
    QCOMPARE(secretsOf(workspace.get(), keyA, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idA, tokenA}));
    QCOMPARE(secretsOf(workspace.get(), keyC, &secrets).code, ErrorCode::None);
    QCOMPARE(secrets, (InstanceSecrets{idC, tokenC}));
}

// The Client-Token's sealed value copied in as an instance's token: bound to another table.
void TestSealing::movedClientTokenIsRefused()
{
    std::unique_ptr<Workspace> workspace = openWorkspace();
    QVERIFY(workspace);
    QUuid keyA;
    QCOMPARE(add(workspace.get(), QStringLiteral("Padaria A"), idA, tokenA, &keyA).code, ErrorCode::None);
    Catcher<Error> set;
    workspace->repository()->setClientToken(clientToken, workspace.get(), set.callback());
    QTRY_COMPARE_WITH_TIMEOUT(set.calls(), 1, 30000);
    QCOMPARE(set.error().code, ErrorCode::None);

    Database *database = workspace->database();
    // An instance's sealed token where the Client-Token goes: the account's secret fails.
    QCOMPARE(database->write([&]() -> Error {
                 QSqlQuery statement = database->query(QStringLiteral(
                     "UPDATE account_secrets SET sealed = (SELECT sealed_token FROM instance_credentials) WHERE name = 'client_token'"));
                 return statement.exec() && statement.numRowsAffected() == 1 ? Error() : Database::failure(statement);
             }).code,
             ErrorCode::None);
    QString token = QStringLiteral("stale");
    QCOMPARE(clientTokenOf(workspace.get(), &token).code, ErrorCode::ClientTokenUnreadable);
    QVERIFY(token != tokenA);
    QVERIFY(token.isEmpty());
}

void TestSealing::movedPartnerTokenIsRefused_data()
{
    // What SQL copies where, and which read must then fail (the others still read).
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("refused");
    QTest::newRow("partner token where the Client-Token goes")
        << QStringLiteral("UPDATE account_secrets SET sealed = (SELECT sealed FROM account_secrets WHERE name = 'partner_token')"
                          " WHERE name = 'client_token'")
        << QStringLiteral("client");
    QTest::newRow("Client-Token where the partner token goes")
        << QStringLiteral("UPDATE account_secrets SET sealed = (SELECT sealed FROM account_secrets WHERE name = 'client_token')"
                          " WHERE name = 'partner_token'")
        << QStringLiteral("partner");
    QTest::newRow("an instance's token where the partner token goes")
        << QStringLiteral("UPDATE account_secrets SET sealed = (SELECT sealed_token FROM instance_credentials) WHERE name = 'partner_token'")
        << QStringLiteral("partner");
    QTest::newRow("partner token where an instance's token goes")
        << QStringLiteral("UPDATE instance_credentials SET sealed_token = (SELECT sealed FROM account_secrets WHERE name = 'partner_token')")
        << QStringLiteral("instance");
}

// The partner token is sealed like the Client-Token, bound to its own row: copied into
// another secret's place, or another secret copied into its place, it does not open.
void TestSealing::movedPartnerTokenIsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, refused);
    std::unique_ptr<Workspace> workspace = openWorkspace();
    QVERIFY(workspace);
    QUuid keyA;
    QCOMPARE(add(workspace.get(), QStringLiteral("Padaria A"), idA, tokenA, &keyA).code, ErrorCode::None);
    QCOMPARE(setAccountTokens(workspace.get()).code, ErrorCode::None);

    Database *database = workspace->database();
    QCOMPARE(database->write([&]() -> Error {
                 QSqlQuery statement = database->query(sql);
                 return statement.exec() && statement.numRowsAffected() == 1 ? Error() : Database::failure(statement);
             }).code,
             ErrorCode::None);
    workspace.reset();

    // After a restart too: nothing read from a cache.
    workspace = openWorkspace();
    QVERIFY(workspace);
    QString client = QStringLiteral("stale");
    QString partner = QStringLiteral("stale");
    InstanceSecrets secrets{QStringLiteral("stale"), QStringLiteral("stale")};
    const Error clientError = clientTokenOf(workspace.get(), &client);
    const Error partnerError = partnerTokenOf(workspace.get(), &partner);
    const Error instanceError = secretsOf(workspace.get(), keyA, &secrets);
    QCOMPARE(clientError.code, refused == QLatin1String("client") ? ErrorCode::ClientTokenUnreadable : ErrorCode::None);
    QCOMPARE(partnerError.code, refused == QLatin1String("partner") ? ErrorCode::PartnerTokenUnreadable : ErrorCode::None);
    QCOMPARE(instanceError.code, refused == QLatin1String("instance") ? ErrorCode::InstanceSecretsUnreadable : ErrorCode::None);
    QCOMPARE(client, clientError ? QString() : clientToken);
    QCOMPARE(partner, partnerError ? QString() : partnerToken);
    QCOMPARE(secrets, (instanceError ? InstanceSecrets() : InstanceSecrets{idA, tokenA}));
    QVERIFY(!partnerError || !partnerError.message().isEmpty());
}

// The plain text of every secret, in the two encodings Qt might ever write it in, is nowhere in
// the database, its write-ahead log or its shared-memory index, read while the workspace is
// open (the log holds the latest pages then), and again after it closed.
void TestSealing::noPlaintextSecretInTheDatabaseFiles()
{
    const QStringList secrets{idA, tokenA, idB, tokenB, idC, tokenC, clientToken, partnerToken};
    const QString path = m_profile.databasePath();
    // Stops at the first secret found (the caller returns on a failure).
    auto scan = [&secrets](const QString &file, const QByteArray &bytes) {
        for (const QString &secret : secrets) {
            const QByteArray utf8 = secret.toUtf8();
            QVERIFY2(!bytes.contains(utf8), qPrintable(QStringLiteral("%1 in %2").arg(secret, file)));
            QVERIFY2(!bytes.contains(utf16(secret)), qPrintable(QStringLiteral("%1 (UTF-16) in %2").arg(secret, file)));
            // Nor recognisable pieces: the ID's start (its end, four characters, is listed on purpose).
            QVERIFY2(!bytes.contains(utf8.left(12)), qPrintable(QStringLiteral("start of %1 in %2").arg(secret, file)));
            QVERIFY2(!bytes.contains(utf8.toBase64()), qPrintable(QStringLiteral("%1 (base64) in %2").arg(secret, file)));
        }
    };
    {
        std::unique_ptr<Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        QUuid keyA;
        QUuid keyB;
        QCOMPARE(add(workspace.get(), QStringLiteral("Padaria A"), idA, tokenA, &keyA).code, ErrorCode::None);
        QCOMPARE(add(workspace.get(), QStringLiteral("Oficina B"), idB, tokenB, &keyB).code, ErrorCode::None);
        // The third through an import, the other path that seals credentials.
        Catcher<Error, ImportSummary> imported;
        workspace->repository()->importInstances({ImportRow{1, QStringLiteral("Mercado C"), {idC, tokenC}, {}, {}}},
                                                 workspace.get(), imported.callback());
        QTRY_COMPARE_WITH_TIMEOUT(imported.calls(), 1, 30000);
        QCOMPARE(imported.error().code, ErrorCode::None);
        QCOMPARE(setAccountTokens(workspace.get()).code, ErrorCode::None);
        // An edit that seals B's credentials again, and a removal (its sealed row deleted).
        InstanceRecord edited = *workspace->repository()->record(keyB);
        edited.notes = QStringLiteral("edited");
        Catcher<Error> updated;
        workspace->repository()->updateInstance(edited, InstanceSecrets{idB, tokenB}, workspace.get(), updated.callback());
        QTRY_COMPARE_WITH_TIMEOUT(updated.calls(), 1, 30000);
        QCOMPARE(updated.error().code, ErrorCode::None);
        QCOMPARE(workspace->repository()->removeInstance(keyA).code, ErrorCode::None);

        // Every secret did go in: the scan below looks where they are.
        InstanceSecrets read;
        QCOMPARE(secretsOf(workspace.get(), keyB, &read).code, ErrorCode::None);
        QCOMPARE(read, (InstanceSecrets{idB, tokenB}));
        QString token;
        QCOMPARE(clientTokenOf(workspace.get(), &token).code, ErrorCode::None);
        QCOMPARE(token, clientToken);
        QCOMPARE(partnerTokenOf(workspace.get(), &token).code, ErrorCode::None);
        QCOMPARE(token, partnerToken);

        const QByteArray wal = Test::readBytes(path + QStringLiteral("-wal"));
        QVERIFY2(wal.size() > 0, "no write-ahead log while the workspace is open: the scan would miss it");
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        // The names are there in the clear (they are meant to be): the scan reads the right bytes.
        QVERIFY(wal.contains(QByteArrayLiteral("Oficina B")));
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            scan(file, Test::readBytes(file));
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Closed: the log was written back into the database file.
    const QByteArray closed = Test::readBytes(path);
    QVERIFY(closed.contains(QByteArrayLiteral("Oficina B")));
    for (const QString &file : Test::filesUnder(m_profile.dataDirectory())) {
        scan(file, Test::readBytes(QDir(m_profile.dataDirectory()).filePath(file)));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestSealing)
#include "tst_sealing.moc"
