// Signing and verification speed on a ~1 MB report: median of 20 runs each (target < 100 ms each).
// Usage: bench_signing [--small]   (--small: 5 runs, for ctest)
#include "SigningFixtures.h"
#include "signing/DemoPki.h"
#include "signing/PadesSigner.h"
#include "signing/PdfAttachments.h"
#include "signing/Pkcs12.h"
#include "signing/ReportVerifier.h"
#include "signing/ToUnicodeFix.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace ismap;

namespace {

template<class Fn> double medianMs(int runs, const Fn& fn, double* maxMs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    *maxMs = ms.last();
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int runs = small ? 5 : 20;

    // A report-like PDF: 20 pages of Japanese/English text plus ~1 MB of incompressible attachment.
    QByteArray filler(1000 * 1000, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32*>(filler.data()), filler.size() / 4);
    QByteArray pdf = ToUnicodeFix::apply(test::makeReportLikePdf(20));
    pdf = PdfAttachments::attach(pdf, QStringLiteral("evidence-sample.bin"), filler);
    const DemoPki pki = DemoPki::generate();
    const Pkcs12 id = Pkcs12::fromBytes(pki.signerPkcs12, {}, QStringLiteral("demo"));

    QByteArray signedPdf;
    double signMax = 0, verifyMax = 0, fixMax = 0;
    const double sign = medianMs(
        runs, [&] { signedPdf = PadesSigner::sign(pdf, id, {}); }, &signMax);
    ReportVerification r;
    const double verify = medianMs(
        runs, [&] { r = ReportVerifier::verify(signedPdf, pki.caCertificatePem); }, &verifyMax);
    const QByteArray unfixed = test::makeReportLikePdf(20);
    const double fix = medianMs(
        runs, [&] { ToUnicodeFix::apply(unfixed); }, &fixMax);

    std::printf("PDF size: %.2f MB (signed %.2f MB), %d runs each\n", pdf.size() / 1e6, signedPdf.size() / 1e6, runs);
    std::printf("sign:   median %.1f ms, max %.1f ms  (target < 100 ms)\n", sign, signMax);
    std::printf("verify: median %.1f ms, max %.1f ms  (target < 100 ms)\n", verify, verifyMax);
    std::printf("ToUnicode fix of a 20-page report (%.0f KB): median %.1f ms, max %.1f ms\n", unfixed.size() / 1e3, fix,
                fixMax);
    if (!small) {
        // Many pages mean many objects for PoDoFo to load: a 300-page report, text only.
        const QByteArray big = ToUnicodeFix::apply(test::makeReportLikePdf(300));
        double bigSignMax = 0, bigVerifyMax = 0;
        QByteArray bigSigned;
        const double bigSign = medianMs(
            runs, [&] { bigSigned = PadesSigner::sign(big, id, {}); }, &bigSignMax);
        const double bigVerify = medianMs(
            runs, [&] { r = ReportVerifier::verify(bigSigned, pki.caCertificatePem); }, &bigVerifyMax);
        std::printf("300-page report (%.2f MB): sign median %.1f ms (max %.1f), verify median %.1f ms (max %.1f)\n",
                    big.size() / 1e6, bigSign, bigSignMax, bigVerify, bigVerifyMax);
    }
    if (r.status != ReportVerification::Status::Valid) {
        std::printf("FAILED: the signed PDF does not verify: %s\n", qPrintable(r.detail));
        return 1;
    }
    return 0;
}
