// ismapctl sign-pdf | verify-report: sign a finished PDF report (PAdES) and verify a signed report.
#include "cli/Cli.h"
#include "common/Clock.h"
#include "common/Sha256.h"
#include "engagement/IssuedReports.h"
#include "signing/PadesSigner.h"
#include "signing/PdfAttachments.h"
#include "signing/Pkcs12.h"
#include "signing/ReportVerifier.h"
#include "signing/SecretStore.h"
#include "workbook/Workbook.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace ismap;
using ismap::cli::CliText;

namespace {

/// Exit codes of verify-report (documented in its --help).
enum VerifyExit { Valid = 0, Tampered = 20, Untrusted = 21, Unsigned = 22, Malformed = 23, WorkbookMismatch = 24 };

int cmdSignPdf(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    CliText::tr("The signed PDF to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption p12(QStringLiteral("p12"),
                                 CliText::tr("The firm's PKCS#12 (.p12/.pfx) with key and certificate."),
                                 QStringLiteral("FIRM.p12"));
    const QCommandLineOption fromStdin(
        QStringLiteral("passphrase-stdin"),
        CliText::tr("Read the PKCS#12 passphrase from the first line of standard input."));
    const QCommandLineOption useKeychain(QStringLiteral("use-keychain"),
                                         CliText::tr("Take the passphrase remembered in the OS keychain."));
    const QCommandLineOption remember(
        QStringLiteral("remember"),
        CliText::tr("Remember the passphrase in the OS keychain after it opened the file."));
    const QCommandLineOption forget(
        QStringLiteral("forget"),
        CliText::tr("Remove the remembered passphrase for this PKCS#12 from the keychain, then stop."));
    const QCommandLineOption reason(QStringLiteral("reason"), CliText::tr("Reason stated in the signature."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption location(QStringLiteral("location"), CliText::tr("Location stated in the signature."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  CliText::tr("Signer name stated in the signature (default: the certificate's)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption attach(QStringLiteral("attach"),
                                    CliText::tr("Embed FILE (under its file name) before signing; may be repeated."),
                                    QStringLiteral("FILE"));
    p.addOptions({ output, p12, fromStdin, useKeychain, remember, forget, reason, location, name, attach });
    p.addPositionalArgument(QStringLiteral("IN.pdf"), CliText::tr("The finished, unsigned PDF."));
    if (int rc = cli::parse(
            p, QStringLiteral("sign-pdf"), args,
            QStringLiteral("IN.pdf -o OUT.pdf --p12 FIRM.p12 [--passphrase-stdin] [--use-keychain] [--remember]"));
        rc >= 0) {
        if (rc == cli::Ok)
            cli::out() << "\n"
                       << CliText::tr(
                              "Signs a finished PDF as an incremental update (PAdES, ETSI.CAdES.detached, SHA-256).\n"
                              "The passphrase is never an argument: give it on standard input (--passphrase-stdin) or\n"
                              "from the keychain (--use-keychain). A PKCS#12 without a passphrase needs neither.")
                       << Qt::endl;
        return rc;
    }
    return cli::guarded([&] {
        const QString p12Path = p.value(p12);
        if (p12Path.isEmpty())
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("sign-pdf: --p12 is required."));
        const QString keyId = SecretStore::keyIdFor(p12Path);
        if (p.isSet(forget)) {
            if (keyId.isEmpty())
                throw AuditError(ErrorCode::Io, CliText::tr("%1: cannot read the PKCS#12 file.").arg(p12Path));
            KeychainSecretStore().removePassphrase(keyId);
            cli::out() << CliText::tr("Forgot the passphrase for %1.").arg(p12Path) << Qt::endl;
            return int(cli::Ok);
        }
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("sign-pdf: give exactly one input PDF."));
        if (p.value(output).isEmpty())
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("sign-pdf: -o OUT.pdf is required."));
        const QString in = p.positionalArguments().first();
        const QString out = p.value(output);
        if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("sign-pdf: the output must be another file than the input."));

        if (!p.isSet(fromStdin) && !p.isSet(useKeychain) && !Pkcs12::opensWithoutPassphrase(p12Path)
            && QFileInfo(p12Path).isFile())
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("%1: needs a passphrase; give it on standard input with --passphrase-stdin, "
                                         "or use --use-keychain.")
                                 .arg(p12Path));
        KeychainSecretStore keychain;
        PassphraseSources sources;
        if (p.isSet(useKeychain) || p.isSet(remember))
            sources.store = &keychain;
        sources.useStored = p.isSet(useKeychain);
        sources.remember = p.isSet(remember);
        if (p.isSet(fromStdin))
            sources.ask = [] {
                return std::optional<QByteArray>(cli::passphraseFromStdin());
            };
        const Pkcs12 identity = unlockPkcs12(p12Path, sources);

        QByteArray pdf = readPdfFile(in);
        for (const QString& file : p.values(attach)) {
            const QByteArray data = readPdfFile(file, PdfAttachments::kMaxExtractBytes);
            pdf = PdfAttachments::attach(pdf, QFileInfo(file).fileName(), data, in);
        }
        SignatureInfo info;
        info.reason = p.value(reason);
        info.location = p.value(location);
        info.name = p.value(name);
        writeFileAtomically(out, PadesSigner::sign(pdf, identity, info, in));
        cli::out()
            << CliText::tr("Signed %1 as %2 (%3).").arg(out, identity.signerCommonName(), identity.signerOrganization())
            << Qt::endl;
        return int(cli::Ok);
    });
}

int exitFor(ReportVerification::Status s)
{
    switch (s) {
    case ReportVerification::Status::Valid:
        return Valid;
    case ReportVerification::Status::Tampered:
        return Tampered;
    case ReportVerification::Status::Untrusted:
        return Untrusted;
    case ReportVerification::Status::Unsigned:
        return Unsigned;
    case ReportVerification::Status::Malformed:
        return Malformed;
    }
    return Malformed;
}

int cmdVerifyReport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption ca(QStringLiteral("ca"),
                                CliText::tr("PEM file of the CA(s) to trust for the signer's chain."),
                                QStringLiteral("CA.pem"));
    const QCommandLineOption workbook(
        QStringLiteral("workbook"), CliText::tr("Check that the report's manifest matches this workbook's trail head."),
        QStringLiteral("WB"));
    p.addOptions({ ca, workbook });
    p.addPositionalArgument(QStringLiteral("REPORT.pdf"), CliText::tr("The signed report."));
    if (int rc = cli::parse(p, QStringLiteral("verify-report"), args,
                            QStringLiteral("REPORT.pdf [--ca CA.pem] [--workbook WB]"));
        rc >= 0) {
        if (rc == cli::Ok)
            cli::out()
                << "\n"
                << CliText::tr(
                       "Verifies a signed report: byte range, CMS digest and signature, whole-document coverage,\n"
                       "trust against --ca, and the embedded manifest against --workbook.\n\n"
                       "Exit codes:\n"
                       "   0  valid\n"
                       "  20  tampered: digest mismatch, bad signature value, or changed after signing\n"
                       "  21  untrusted: intact, but the signer does not chain to --ca\n"
                       "  22  unsigned\n"
                       "  23  malformed or unreadable\n"
                       "  24  valid, but the manifest does not match --workbook")
                << Qt::endl;
        return rc;
    }
    if (p.positionalArguments().size() != 1) {
        cli::err() << "ismapctl: " << CliText::tr("verify-report: give exactly one PDF.") << Qt::endl;
        return cli::Usage;
    }
    const QString path = p.positionalArguments().first();
    QByteArray pdf;
    try {
        pdf = readPdfFile(path);
    } catch (const AuditError& e) {
        cli::err() << "ismapctl: " << e.message() << Qt::endl;
        return Malformed;
    }
    return cli::guarded([&] {
        const ReportVerification r
            = ReportVerifier::verify(pdf, p.isSet(ca) ? readPdfFile(p.value(ca), 16 << 20) : QByteArray());
        QTextStream& o = cli::out();
        auto row = [&](const char* label, const QString& value) {
            o << CliText::tr(label).leftJustified(16) << value << "\n";
        };
        row(QT_TRANSLATE_NOOP("CliText", "Report:"), path);
        row(QT_TRANSLATE_NOOP("CliText", "Signature:"),
            ReportVerification::statusName(r.status)
                + (r.detail.isEmpty() ? QString() : QStringLiteral(" — ") + r.detail));
        if (r.status != ReportVerification::Status::Unsigned && r.status != ReportVerification::Status::Malformed) {
            row(QT_TRANSLATE_NOOP("CliText", "Signer:"),
                r.signerCommonName
                    + (r.signerOrganization.isEmpty() ? QString()
                                                      : QStringLiteral(" (") + r.signerOrganization + u')'));
            row(QT_TRANSLATE_NOOP("CliText", "Issuer:"), r.issuerSubject);
            row(QT_TRANSLATE_NOOP("CliText", "Signing time:"),
                Clock::shown(r.signingTime, true) + u' ' + CliText::tr("(claimed by the signer; no timestamp)"));
            row(QT_TRANSLATE_NOOP("CliText", "Format:"),
                QStringLiteral("%1, %2%3")
                    .arg(r.subFilter, r.digestAlgorithm,
                         r.signingCertificateV2 ? QStringLiteral(", signingCertificateV2") : QString()));
            row(QT_TRANSLATE_NOOP("CliText", "Coverage:"),
                r.coversWholeDocument ? CliText::tr("whole document")
                                      : CliText::tr("NOT the whole document (signed up to byte %1 of %2)")
                                            .arg(r.signedEnd)
                                            .arg(r.fileSize));
            switch (r.trust) {
            case ReportVerification::Trust::NotChecked:
                row(QT_TRANSLATE_NOOP("CliText", "Trust:"), CliText::tr("not checked (give --ca CA.pem)"));
                break;
            case ReportVerification::Trust::Trusted:
                row(QT_TRANSLATE_NOOP("CliText", "Trust:"), CliText::tr("trusted (chains to %1)").arg(p.value(ca)));
                break;
            case ReportVerification::Trust::NotTrusted:
                row(QT_TRANSLATE_NOOP("CliText", "Trust:"), CliText::tr("NOT trusted: %1").arg(r.trustDetail));
                break;
            }
        }
        int rc = exitFor(r.status);
        const auto manifest = PdfAttachments::extract(pdf, QString::fromLatin1(PdfAttachments::kManifestName));
        const QJsonObject m = manifest ? QJsonDocument::fromJson(*manifest).object() : QJsonObject();
        const QString reportHead = m.value(QStringLiteral("trail_head")).toString();
        if (p.isSet(workbook)) {
            auto wb = Workbook::open(p.value(workbook), Workbook::Mode::ReadOnly);
            const QString head = wb->trailHead();
            const QString reportEngagement = m.value(QStringLiteral("engagement_uuid")).toString();
            const QString engagement = wb->engagement().uuid;
            const bool otherEngagement = !reportEngagement.isEmpty() && reportEngagement != engagement;
            if (reportHead.isEmpty()) {
                row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                    CliText::tr("MISSING: the report carries no ismap-manifest.json with a trail head"));
            } else if (otherEngagement) {
                row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                    CliText::tr("DOES NOT MATCH the workbook: the report is of engagement %1, the workbook of %2")
                        .arg(reportEngagement, engagement));
            } else if (reportHead != head && IssuedReports::unchangedSinceIssue(*wb, Sha256::hex(pdf), reportHead)) {
                row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                    CliText::tr("matches the workbook: issued from it at trail head %1, nothing changed since")
                        .arg(reportHead));
            } else if (reportHead != head) {
                row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                    CliText::tr(
                        "DOES NOT MATCH the workbook: report trail head %1, workbook %2 (changed since the report, "
                        "or another workbook)")
                        .arg(reportHead, head));
            } else {
                row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                    CliText::tr("matches the workbook (trail head %1)").arg(head));
            }
            const bool issuedHere = reportHead != head && !otherEngagement
                && IssuedReports::unchangedSinceIssue(*wb, Sha256::hex(pdf), reportHead);
            if (rc == Valid && ((reportHead != head && !issuedHere) || otherEngagement))
                rc = WorkbookMismatch;
        } else if (manifest) {
            row(QT_TRANSLATE_NOOP("CliText", "Manifest:"),
                reportHead.isEmpty() ? CliText::tr("present")
                                     : CliText::tr("trail head %1 (give --workbook WB to compare)").arg(reportHead));
        }
        o.flush();
        return rc;
    });
}

} // namespace

ISMAP_CLI_COMMAND("sign-pdf", QT_TRANSLATE_NOOP("CliText", "sign a finished PDF with the firm's PKCS#12 (PAdES)"),
                  cmdSignPdf);
ISMAP_CLI_COMMAND("verify-report",
                  QT_TRANSLATE_NOOP("CliText", "verify a signed report: integrity, coverage, trust, workbook"),
                  cmdVerifyReport);
