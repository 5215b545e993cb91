#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace PartnerDesk::Testing {

// Throw-away certificates for TLS tests on loopback, made at run time with the openssl
// command-line tool in a temporary directory, so that no private key is ever part of the
// sources. One test authority issues the certificates that differ from a good one in a
// single way (expired, another host name); one certificate signs itself.
class TestCertificates
{
public:
    enum class Kind {
        SelfSigned, // for 127.0.0.1, valid now, its own issuer
        Loopback,   // issued by authority(), for 127.0.0.1, valid now
        Expired,    // issued by authority(), for 127.0.0.1, valid only in January 2020
        OtherHost,  // issued by authority(), for other.example, valid now
    };

    struct Files
    {
        QString certificate;
        QString key;
    };

    // Makes them all; false if openssl is missing or fails (see errorString()).
    bool create();
    QString errorString() const { return m_errorString; }

    Files files(Kind kind) const;
    QSslCertificate certificate(Kind kind) const;
    QSslCertificate authority() const;

private:
    bool openssl(const QStringList &arguments);
    bool issue(const QString &name, const QString &subjectAltName, const QStringList &validity);
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    static QSslCertificate load(const QString &file);

    QTemporaryDir m_dir;
    QString m_errorString;
};

} // namespace PartnerDesk::Testing
