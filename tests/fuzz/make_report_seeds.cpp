// Writes the seed corpus of fuzz_report_verify: a tiny hand-made PDF, signed with a freshly generated demo PKI
// (PadesSigner, as the report does), plus tampered, appended-to, truncated and unsigned variants, and the CA.
//   make_report_seeds CORPUS_DIR CA_PEM_PATH
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"
#include "signing/Pkcs12.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace {

/// A one-page PDF with correct xref offsets, small enough to mutate well.
QByteArray tinyPdf()
{
    QByteArray pdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        "<< /Length 18 >>\nstream\n0 0 m 100 100 l S\nendstream",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_report_seeds CORPUS_DIR CA_PEM_PATH\n");
        return 64;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const ismap::DemoPki pki = ismap::DemoPki::generate();
    const ismap::Pkcs12 id = ismap::Pkcs12::fromBytes(pki.signerPkcs12, {}, QStringLiteral("demo-signer.p12"));
    const QByteArray plain = tinyPdf();
    ismap::SignatureInfo info;
    info.reason = QStringLiteral("fuzz seed");
    const QByteArray signedPdf = ismap::PadesSigner::sign(plain, id, info, QStringLiteral("seed.pdf"));
    QByteArray tampered = signedPdf;
    tampered[plain.indexOf("100 100") + 1] = '9'; // inside the signed byte range
    const QByteArray appended = signedPdf + "\n% appended after signing\n";
    const QByteArray twice = ismap::PadesSigner::sign(signedPdf, id, info, QStringLiteral("seed.pdf"));
    const bool ok = write(dir + QStringLiteral("/unsigned.pdf"), plain)
        && write(dir + QStringLiteral("/signed.pdf"), signedPdf)
        && write(dir + QStringLiteral("/tampered.pdf"), tampered)
        && write(dir + QStringLiteral("/appended.pdf"), appended)
        && write(dir + QStringLiteral("/signed-twice.pdf"), twice)
        && write(dir + QStringLiteral("/truncated.pdf"), signedPdf.left(signedPdf.size() * 2 / 3))
        && write(QString::fromLocal8Bit(argv[2]), pki.caCertificatePem);
    return ok ? 0 : 1;
}
