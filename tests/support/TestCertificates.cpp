#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace PartnerDesk::Testing {

namespace {

// Self-contained, so that neither the system's openssl.cnf nor OPENSSL_CONF changes what
// is made. `openssl ca` is the one command that can set both ends of the validity.
const char AuthorityConfig[] = R"([req]
distinguished_name = subject
[subject]
[ca]
default_ca = test_authority
[test_authority]
database = index.txt
new_certs_dir = .
certificate = authority.pem
private_key = authority.key
default_md = sha256
policy = any_name
copy_extensions = copy
unique_subject = no
rand_serial = yes
[any_name]
commonName = supplied
)";

const QStringList NewKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
const QStringList ValidNow{QStringLiteral("-days"), QStringLiteral("2")};

QString baseName(TestCertificates::Kind kind)
{
    switch (kind) {
    case TestCertificates::Kind::SelfSigned:
        return QStringLiteral("self-signed");
    case TestCertificates::Kind::Loopback:
        return QStringLiteral("loopback");
    case TestCertificates::Kind::Expired:
        return QStringLiteral("expired");
    case TestCertificates::Kind::OtherHost:
        return QStringLiteral("other-host");
    }
    return {};
}

} // namespace

bool TestCertificates::create()
{
    if (!m_dir.isValid()) {
        m_errorString = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QFile config(path(QStringLiteral("openssl.cnf")));
    QFile database(path(QStringLiteral("index.txt")));
    if (!config.open(QIODevice::WriteOnly) || config.write(AuthorityConfig) < 0 || !database.open(QIODevice::WriteOnly)) {
        m_errorString = QStringLiteral("cannot write the openssl configuration in %1").arg(m_dir.path());
        return false;
    }
    config.close();

    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + NewKey + ValidNow
                   + QStringList{QStringLiteral("-keyout"), QStringLiteral("authority.key"), QStringLiteral("-out"),
                                 QStringLiteral("authority.pem"), QStringLiteral("-subj"),
                                 QStringLiteral("/CN=Partner Desk test authority"), QStringLiteral("-addext"),
                                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                 QStringLiteral("keyUsage=critical,keyCertSign")})
        && openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + NewKey + ValidNow
                   + QStringList{QStringLiteral("-keyout"), QStringLiteral("self-signed.key"), QStringLiteral("-out"),
                                 QStringLiteral("self-signed.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")})
        && issue(baseName(Kind::Loopback), QStringLiteral("IP:127.0.0.1"), ValidNow)
        && issue(baseName(Kind::Expired), QStringLiteral("IP:127.0.0.1"),
                 {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                  QStringLiteral("20200131000000Z")})
        && issue(baseName(Kind::OtherHost), QStringLiteral("DNS:other.example"), ValidNow);
}

bool TestCertificates::issue(const QString &name, const QString &subjectAltName, const QStringList &validity)
{
    const QString host = subjectAltName.section(QLatin1Char(':'), 1);
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + NewKey
                   + QStringList{QStringLiteral("-keyout"), name + QLatin1String(".key"), QStringLiteral("-out"),
                                 name + QLatin1String(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + host,
                                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName})
        && openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                               QStringLiteral("-in"), name + QLatin1String(".csr"), QStringLiteral("-out"),
                               name + QLatin1String(".pem")}
                   + validity);
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The configuration goes right after the command name, where every openssl command takes it.
    QStringList withConfig = arguments;
    withConfig.insert(1, QStringLiteral("-config"));
    withConfig.insert(2, QStringLiteral("openssl.cnf"));
    process.start(QStringLiteral("openssl"), withConfig);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_errorString = QStringLiteral("openssl %1 failed (%2): %3")
                            .arg(arguments.first(), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

TestCertificates::Files TestCertificates::files(Kind kind) const
{
    return Files{path(baseName(kind) + QLatin1String(".pem")), path(baseName(kind) + QLatin1String(".key"))};
}

QSslCertificate TestCertificates::certificate(Kind kind) const
{
    return load(files(kind).certificate);
}

QSslCertificate TestCertificates::authority() const
{
    return load(path(QStringLiteral("authority.pem")));
}

QSslCertificate TestCertificates::load(const QString &file)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

} // namespace PartnerDesk::Testing
