// PAdES signing and verification: a signed report verifies, and every change or bad input is caught.
#include "SigningFixtures.h"
#include "TestSupport.h"
#include "common/AuditError.h"
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"
#include "signing/PdfAttachments.h"
#include "signing/Pkcs12.h"
#include "signing/ReportVerifier.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

using namespace ismap;
using Status = ReportVerification::Status;

class TstPadesSign : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_unsigned;
    QByteArray m_caPem;
    QString pki(const char* name) const { return m_dir.filePath(QStringLiteral("pki/") + QLatin1String(name)); }
    QByteArray signedReport()
    {
        static QByteArray cached;
        if (cached.isEmpty())
            cached = PadesSigner::sign(m_unsigned, Pkcs12::load(pki("signer.p12"), "test-pass"),
                                       { QStringLiteral("監査法人 テスト"),
                                         QStringLiteral("ISMAP 実施結果報告書"),
                                         QStringLiteral("Tokyo"),
                                         {},
                                         {} });
        return cached;
    }
    /// A PKCS#12 whose private key is not the certificate's (the openssl CLI refuses to make one).
    void writeMismatchedPkcs12(const QString& path);

private slots:
    void initTestCase();
    void signedReportVerifies();
    void originalBytesStayInFront();
    void withoutCaTrustIsNotChecked();
    void flippedByteIsTampered_data();
    void flippedByteIsTampered();
    void appendedBytesAreNotWholeDocument();
    void otherCaIsUntrusted();
    void unsignedAndMalformed_data();
    void unsignedAndMalformed();
    void emptyPassphraseNeedsNone();
    void demoPkiSignsAndVerifies();
    void badInputGivesErrorAndNoFile_data();
    void badInputGivesErrorAndNoFile();
    void hostileByteRangesDoNotCrash_data();
    void hostileByteRangesDoNotCrash();
    void manifestTravelsWithTheSignedReport();
    void manifestExtractionIsBounded();
};

void TstPadesSign::writeMismatchedPkcs12(const QString& path)
{
    auto readPem = [](const QString& file, bool key) -> void* {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        const QByteArray pem = f.readAll();
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        void* p = key ? static_cast<void*>(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr))
                      : static_cast<void*>(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
        BIO_free(bio);
        return p;
    };
    auto* key = static_cast<EVP_PKEY*>(readPem(pki("other-signer.key"), true));
    auto* cert = static_cast<X509*>(readPem(pki("signer.pem"), false));
    QVERIFY(key && cert);
    // Built bag by bag: PKCS12_create would refuse the mismatch.
    STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
    QVERIFY(PKCS12_add_cert(&bags, cert));
    QVERIFY(PKCS12_add_key(&bags, key, 0, PKCS12_DEFAULT_ITER, -1, "test-pass"));
    STACK_OF(PKCS7)* safes = nullptr;
    QVERIFY(PKCS12_add_safe(&safes, bags, -1, PKCS12_DEFAULT_ITER, "test-pass"));
    PKCS12* p12 = PKCS12_add_safes(safes, 0);
    QVERIFY(p12);
    QVERIFY(PKCS12_set_mac(p12, "test-pass", -1, nullptr, 0, PKCS12_DEFAULT_ITER, nullptr));
    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12, &der);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    PKCS12_free(p12);
    sk_PKCS7_pop_free(safes, PKCS7_free);
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    X509_free(cert);
    EVP_PKEY_free(key);
}

void TstPadesSign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::makeTestPki(m_dir.filePath(QStringLiteral("pki"))));
    writeMismatchedPkcs12(pki("mismatch.p12"));
    m_caPem = test::fileBytes(pki("ca.pem"));
    m_unsigned = test::makeReportLikePdf(3);
    QVERIFY(m_unsigned.startsWith("%PDF-"));
    QFile f(m_dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_unsigned);
}

void TstPadesSign::signedReportVerifies()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const ReportVerification r = ReportVerifier::verify(signedReport(), m_caPem);
    QVERIFY2(r.status == Status::Valid, qPrintable(r.detail));
    QVERIFY(r.detail.isEmpty());

    QCOMPARE(r.signerCommonName, QStringLiteral("Test Signer"));
    QCOMPARE(r.signerOrganization, QStringLiteral("Test Audit Firm"));
    QCOMPARE(r.trust, ReportVerification::Trust::Trusted);
    QVERIFY(r.coversWholeDocument);
    QCOMPARE(r.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    QCOMPARE(r.digestAlgorithm, QStringLiteral("SHA256"));
    QVERIFY(r.signingCertificateV2);
    QVERIFY(!r.signingTimeInCms); // PAdES baseline: the time is the dictionary's /M
    QCOMPARE(r.signatureCount, 1);
    QVERIFY(r.signingTime >= before && r.signingTime <= QDateTime::currentDateTimeUtc().addSecs(2));
    // The dictionary carries what the signer said.
    QVERIFY(QString::fromLatin1(signedReport())
                .contains(QRegularExpression(QStringLiteral("/SubFilter\\s*/ETSI\\.CAdES\\.detached"))));
}

void TstPadesSign::originalBytesStayInFront()
{
    QVERIFY(signedReport().startsWith(m_unsigned));
    QVERIFY(signedReport().size() > m_unsigned.size());
}

void TstPadesSign::withoutCaTrustIsNotChecked()
{
    const ReportVerification r = ReportVerifier::verify(signedReport());
    QCOMPARE(r.status, Status::Valid);
    QCOMPARE(r.trust, ReportVerification::Trust::NotChecked);
}

void TstPadesSign::flippedByteIsTampered_data()
{
    QTest::addColumn<double>("where"); // fraction of the original document
    QTest::newRow("start of the page content") << 0.3;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("near the end of the original") << 0.95;
}

void TstPadesSign::flippedByteIsTampered()
{
    QFETCH(double, where);
    QByteArray pdf = signedReport();
    const qsizetype at = qsizetype(m_unsigned.size() * where);
    pdf[at] = char(pdf[at] ^ 0x01);
    const ReportVerification r = ReportVerifier::verify(pdf, m_caPem);
    QCOMPARE(r.status, Status::Tampered);
    QVERIFY(!r.signatureIntact);
    QVERIFY2(r.detail.contains(QStringLiteral("Digest mismatch")), qPrintable(r.detail));
}

void TstPadesSign::appendedBytesAreNotWholeDocument()
{
    const QByteArray pdf = signedReport() + "\n% appended after signing\n";
    const ReportVerification r = ReportVerifier::verify(pdf, m_caPem);
    QCOMPARE(r.status, Status::Tampered);
    QVERIFY(r.signatureIntact);
    QVERIFY(!r.coversWholeDocument);
    QVERIFY2(r.detail.contains(QStringLiteral("Not the whole document")), qPrintable(r.detail));
}

void TstPadesSign::otherCaIsUntrusted()
{
    const ReportVerification r = ReportVerifier::verify(signedReport(), test::fileBytes(pki("other-ca.pem")));
    QCOMPARE(r.status, Status::Untrusted);
    QCOMPARE(r.trust, ReportVerification::Trust::NotTrusted);
    QVERIFY(r.signatureIntact);
    QVERIFY(r.coversWholeDocument);
    // A report signed under another CA is untrusted against ours.
    const QByteArray other = PadesSigner::sign(m_unsigned, Pkcs12::load(pki("other-signer.p12"), "test-pass"), {});
    QCOMPARE(ReportVerifier::verify(other, m_caPem).status, Status::Untrusted);
    QCOMPARE(ReportVerifier::verify(other, test::fileBytes(pki("other-ca.pem"))).status, Status::Valid);
}

void TstPadesSign::unsignedAndMalformed_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<Status>("expected");
    QTest::newRow("unsigned report") << m_unsigned << Status::Unsigned;
    QTest::newRow("not a PDF") << QByteArray("hello, world\n") << Status::Malformed;
    QTest::newRow("empty file") << QByteArray() << Status::Malformed;
    QTest::newRow("truncated after signing") << signedReport().left(signedReport().size() - 200) << Status::Malformed;
    QByteArray garbledCms = signedReport();
    const qsizetype contents
        = QString::fromLatin1(garbledCms).lastIndexOf(QRegularExpression(QStringLiteral("/Contents\\s*<"))) + 10;
    QVERIFY(contents > m_unsigned.size());
    garbledCms.replace(contents, 8, "FFFFFFFF");
    QTest::newRow("garbled CMS") << garbledCms << Status::Malformed;
}

void TstPadesSign::unsignedAndMalformed()
{
    QFETCH(QByteArray, pdf);
    QFETCH(Status, expected);
    const ReportVerification r = ReportVerifier::verify(pdf, m_caPem);
    QCOMPARE(r.status, expected);
    QVERIFY(!r.detail.isEmpty());
}

void TstPadesSign::emptyPassphraseNeedsNone()
{
    QVERIFY(Pkcs12::opensWithoutPassphrase(pki("signer-nopass.p12")));
    QVERIFY(!Pkcs12::opensWithoutPassphrase(pki("signer.p12")));
    const QByteArray pdf = PadesSigner::sign(m_unsigned, Pkcs12::load(pki("signer-nopass.p12"), {}), {});
    QCOMPARE(ReportVerifier::verify(pdf, m_caPem).status, Status::Valid);
}

void TstPadesSign::demoPkiSignsAndVerifies()
{
    const DemoPki demo = DemoPki::generate();
    const QString p12 = demo.writeTo(m_dir.path());
    const Pkcs12 id = Pkcs12::load(p12, {});
    QCOMPARE(id.signerCommonName(), QString::fromUtf8(DemoPki::kSignerName));
    QVERIFY(id.signerCommonName().contains(QStringLiteral("DEMO")));
    const ReportVerification r = ReportVerifier::verify(PadesSigner::sign(m_unsigned, id, {}), demo.caCertificatePem);
    QCOMPARE(r.status, Status::Valid);
    QVERIFY(r.issuerSubject.contains(QStringLiteral("ISMAP Workbench DEMO CA")));
}

void TstPadesSign::badInputGivesErrorAndNoFile_data()
{
    QTest::addColumn<QString>("p12");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    const QString in = m_dir.filePath(QStringLiteral("report.pdf"));
    const QString out = m_dir.filePath(QStringLiteral("signed.pdf"));
    QTest::newRow("wrong passphrase") << pki("signer.p12") << QByteArray("nope") << in << out << "wrong passphrase";
    QTest::newRow("passphrase missing") << pki("signer.p12") << QByteArray() << in << out << "needs a passphrase";
    QTest::newRow("no private key") << pki("nokey.p12") << QByteArray("test-pass") << in << out << "no private key";
    QTest::newRow("expired") << pki("expired.p12") << QByteArray("test-pass") << in << out << "expired on 2021-01-01";
    QTest::newRow("key does not match") << pki("mismatch.p12") << QByteArray("test-pass") << in << out
                                        << "does not match the certificate";
    QTest::newRow("not PKCS#12") << pki("notapkcs12.p12") << QByteArray("x") << in << out << "not a PKCS#12 file";
    QTest::newRow("missing PKCS#12") << pki("absent.p12") << QByteArray("x") << in << out << "no such file";
    QTest::newRow("input not a PDF") << pki("signer.p12") << QByteArray("test-pass") << pki("ca.pem") << out
                                     << "not a PDF";
    QTest::newRow("input missing") << pki("signer.p12") << QByteArray("test-pass")
                                   << m_dir.filePath(QStringLiteral("no.pdf")) << out << "no such file";
    QTest::newRow("output folder missing")
        << pki("signer.p12") << QByteArray("test-pass") << in
        << m_dir.filePath(QStringLiteral("missing/dir/signed.pdf")) << "cannot write";
}

void TstPadesSign::badInputGivesErrorAndNoFile()
{
    QFETCH(QString, p12);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, message);
    try {
        signPdfFile(input, output, Pkcs12::load(p12, passphrase), {});
        QFAIL("signing should have been refused");
    } catch (const AuditError& e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QFileInfo(p12).fileName()) || e.message().contains(QFileInfo(input).fileName())
                     || e.message().contains(QFileInfo(output).fileName()),
                 qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(output));
}

void TstPadesSign::hostileByteRangesDoNotCrash_data()
{
    QTest::addColumn<QByteArray>("pdf");
    const QByteArray head = "%PDF-1.7\n";
    QTest::newRow("range past the end") << head + "/ByteRange [0 10 20 999999999999] /Contents <00>";
    QTest::newRow("overflowing numbers") << head + "/ByteRange [0 99999999999999999999 1 1]";
    QTest::newRow("negative") << head + "/ByteRange [0 -5 20 3]";
    QTest::newRow("unterminated") << head + "/ByteRange [0 1 2";
    QTest::newRow("contents not hex") << head + "/ByteRange [0 9 14 0]<zz>";
    QTest::newRow("ranges overlap") << head + "/ByteRange [0 20 10 5] <00>";
    QByteArray many = head;
    for (int i = 0; i < 10000; ++i)
        many += "/ByteRange [";
    QTest::newRow("many keys") << many;
    QTest::newRow("contents of junk DER") << head + "/ByteRange [0 9 15 0]<3082>";
}

void TstPadesSign::hostileByteRangesDoNotCrash()
{
    QFETCH(QByteArray, pdf);
    const ReportVerification r = ReportVerifier::verify(pdf, m_caPem);
    QCOMPARE(r.status, Status::Malformed);
}

void TstPadesSign::manifestTravelsWithTheSignedReport()
{
    const QByteArray manifest = R"({"engagement":"E-1","trail_head":"abc123","evidence":["0f"]})";
    const QByteArray withManifest = PdfAttachments::attach(m_unsigned, QStringLiteral("ismap-manifest.json"), manifest);
    QCOMPARE(PdfAttachments::extract(withManifest, QStringLiteral("ismap-manifest.json")).value_or("none"), manifest);
    QVERIFY(!PdfAttachments::extract(withManifest, QStringLiteral("other.json")).has_value());
    QVERIFY(!PdfAttachments::extract(m_unsigned, QStringLiteral("ismap-manifest.json")).has_value());
    const QByteArray signedPdf = PadesSigner::sign(withManifest, Pkcs12::load(pki("signer.p12"), "test-pass"), {});
    QCOMPARE(ReportVerifier::verify(signedPdf, m_caPem).status, Status::Valid);
    QCOMPARE(PdfAttachments::extract(signedPdf, QStringLiteral("ismap-manifest.json")).value_or("none"), manifest);
}

void TstPadesSign::manifestExtractionIsBounded()
{
    // A stream that inflates beyond the limit, and references that lead nowhere: no data, no crash.
    const QByteArray zeros(PdfAttachments::kMaxExtractBytes + 1024, '\0');
    const QByteArray bomb = qCompress(zeros).mid(4); // zlib stream without Qt's length prefix
    QByteArray pdf = "%PDF-1.7\n1 0 obj << /Type /Filespec /F (ismap-manifest.json) /EF << /F 2 0 R >> >> endobj\n"
                     "2 0 obj << /Length "
        + QByteArray::number(bomb.size()) + " /Filter /FlateDecode >> stream\n" + bomb + "\nendstream endobj\n";
    QVERIFY(!PdfAttachments::extract(pdf, QStringLiteral("ismap-manifest.json")).has_value());
    const QByteArray dangling
        = "%PDF-1.7\n(ismap-manifest.json) /EF << /F 9 0 R >> 9 0 obj << /Length 99999999 >> stream\n";
    QVERIFY(!PdfAttachments::extract(dangling, QStringLiteral("ismap-manifest.json")).has_value());
    const QByteArray plain = "%PDF-1.7\n1 0 obj << /F (ismap-manifest.json) /EF << /F 2 0 R >> >> endobj\n"
                             "2 0 obj << /Length 3 0 R >> stream\n{}\nendstream endobj 3 0 obj 2 endobj\n";
    QCOMPARE(PdfAttachments::extract(plain, QStringLiteral("ismap-manifest.json")).value_or("none"), QByteArray("{}"));
}

QTEST_MAIN(TstPadesSign)
#include "tst_padessign.moc"
