// ismapctl report: compose the 実施結果報告書 from a workbook, attach the manifest and sign the PDF.
#include "cli/FieldworkCli.h"
#include "report/ReportIssue.h"
#include "signing/Pkcs12.h"
#include "signing/SecretStore.h"
#include "workbook/Workbook.h"

#include <QFile>
#include <QFileInfo>
#include <optional>

using namespace ismap;
using ismap::cli::CliText;

namespace {

int cmdReport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, CliText::tr("The PDF to write."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"), CliText::tr("Report language: ja, en or both."),
                                  QStringLiteral("LANG"), QStringLiteral("both"));
    const QCommandLineOption sign(QStringLiteral("sign"), CliText::tr("Sign with the firm's PKCS#12 (.p12) file."),
                                  QStringLiteral("P12"));
    const QCommandLineOption passphraseStdin(
        QStringLiteral("passphrase-stdin"),
        CliText::tr("Read the PKCS#12 passphrase from the first line of standard input."));
    const QCommandLineOption remember(
        QStringLiteral("remember"),
        CliText::tr("Remember the passphrase given on standard input in the OS keychain once it opened the file."));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        CliText::tr("Do not look for a passphrase remembered in the OS keychain."));
    const QCommandLineOption demoSigner(
        QStringLiteral("demo-signer"),
        CliText::tr(
            "Generate a DEMO CA and signer into FOLDER (demo-ca.pem, demo-signer.p12), sign with it and mark the "
            "report DEMO."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption demo(QStringLiteral("demo"), CliText::tr("Mark the report DEMO (fictional engagement)."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  CliText::tr("The report's date, YYYY-MM-DD (default: today in Japan)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("The engagement lead issuing the final report (default: the ISMAP_MEMBER "
                                            "environment variable)."),
                                QStringLiteral("LEAD"));
    p.addOptions({ output, lang, sign, passphraseStdin, remember, noKeychain, demoSigner, demo, date, as });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(
            p, QStringLiteral("report"), args,
            QStringLiteral("WB -o OUT.pdf [--lang ja|en|both] [--sign P12 [--passphrase-stdin [--remember]]]"));
        rc >= 0) {
        if (rc == cli::Ok)
            cli::out() << "\n"
                       << CliText::tr(
                              "The passphrase of --sign P12 is never an argument. It is taken, in this order:\n"
                              "  - none, if the PKCS#12 file has no passphrase;\n"
                              "  - from standard input with --passphrase-stdin (--remember then keeps it in the\n"
                              "    OS keychain);\n"
                              "  - else the passphrase remembered in the OS keychain for this file (by the desktop\n"
                              "    app's \"Remember passphrase\", sign-pdf --remember or report --remember; the key\n"
                              "    is the file's SHA-256, so a re-exported file is asked for again), unless\n"
                              "    --no-keychain is given.\n"
                              "It is never written to a file, a log, the settings or the workbook.\n\n"
                              "The report is final only when `ismapctl check` is clean, the engagement is\n"
                              "finalised and it is signed (--sign, or --demo-signer for a demo); the engagement\n"
                              "lead (--as) issues it, and it is recorded in the workbook, which is archived.\n"
                              "Otherwise it is a draft: DRAFT on every page, never signed with the\n"
                              "firm's certificate; --sign with gaps left is refused and writes nothing.")
                       << Qt::endl;
        return rc;
    }
    return cli::guarded([&] {
        if (p.positionalArguments().size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("report: give exactly one workbook file."));
        if (!p.isSet(output))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("report: -o OUT.pdf is required."));
        if (p.isSet(sign) && p.isSet(demoSigner))
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("report: give either --sign or --demo-signer, not both."));
        if (p.isSet(passphraseStdin) && !p.isSet(sign))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("report: --passphrase-stdin needs --sign P12."));
        if (p.isSet(remember) && !p.isSet(passphraseStdin))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("report: --remember needs --passphrase-stdin."));
        ReportRequest request;
        request.workbookPath = p.positionalArguments().first();
        request.outPath = p.value(output);
        request.language = p.value(lang);
        request.demo = p.isSet(demo);
        request.demoSignerFolder = p.value(demoSigner);
        if (p.isSet(date)) {
            request.reportDate = QDate::fromString(p.value(date), Qt::ISODate);
            if (!request.reportDate.isValid())
                throw AuditError(ErrorCode::InvalidInput,
                                 CliText::tr("--date: \"%1\" is not a date (YYYY-MM-DD).").arg(p.value(date)));
        }
        ReportIssue::check(request);

        // The identity is loaded first: a wrong passphrase or an expired certificate fails before any work.
        if (p.isSet(sign)) {
            const QString p12 = p.value(sign);
            KeychainSecretStore keychain;
            PassphraseSources sources;
            if (p.isSet(passphraseStdin)) {
                // Standard input is what the user chose: the keychain is only written, on --remember.
                sources.store = p.isSet(remember) ? &keychain : nullptr;
                sources.useStored = false;
                sources.remember = p.isSet(remember);
                sources.ask = [] {
                    return std::optional<QByteArray>(cli::passphraseFromStdin());
                };
                request.identity = unlockPkcs12(p12, sources);
            } else if (Pkcs12::opensWithoutPassphrase(p12) || !QFileInfo(p12).isFile()) {
                request.identity = Pkcs12::load(p12, QByteArray()); // no passphrase, or load() says why it cannot
            } else {
                const QString needed
                    = CliText::tr("%1: the PKCS#12 file is protected by a passphrase; give it on standard "
                                  "input with --passphrase-stdin")
                          .arg(p12);
                if (p.isSet(noKeychain))
                    throw AuditError(ErrorCode::InvalidInput, needed + u'.');
                sources.store = &keychain;
                try {
                    request.identity = unlockPkcs12(p12, sources);
                } catch (const AuditError& e) {
                    if (e.code() == ErrorCode::NotFound)
                        throw AuditError(
                            ErrorCode::InvalidInput,
                            needed + CliText::tr(" (no passphrase is remembered in the OS keychain for it)."));
                    if (e.code() == ErrorCode::Io)
                        throw AuditError(
                            ErrorCode::InvalidInput,
                            needed + CliText::tr(" (the OS keychain could not be read: %1).").arg(e.message()));
                    throw; // e.g. a wrong passphrase stored in the keychain by hand
                }
            }
        }

        const QString actor
            = p.isSet(as) || !qEnvironmentVariable("ISMAP_MEMBER").isEmpty() ? cli::fw::actorName(p) : QString();
        const ReportIssued issued = ReportIssue::issue(request, actor);
        const QString path = QFileInfo(request.outPath).absoluteFilePath();
        if (!issued.signer.isEmpty())
            cli::out() << CliText::tr("Wrote %1 (%2 pages, language %3), signed by %4.")
                              .arg(path)
                              .arg(issued.report.pages)
                              .arg(request.language, issued.signer)
                       << Qt::endl;
        else
            cli::out() << CliText::tr("Wrote %1 (%2 pages, language %3, unsigned).")
                              .arg(path)
                              .arg(issued.report.pages)
                              .arg(request.language)
                       << Qt::endl;
        if (issued.draft) {
            cli::out() << CliText::tr("DRAFT: not the final report (see `ismapctl check`):") << "\n";
            constexpr int kShown = 10;
            for (int i = 0; i < issued.draftReasons.size() && i < kShown; ++i)
                cli::out() << "  " << issued.draftReasons.at(i) << "\n";
            if (issued.draftReasons.size() > kShown)
                cli::out() << "  " << CliText::tr("… and %n more", nullptr, int(issued.draftReasons.size() - kShown))
                           << "\n";
            cli::out().flush();
        } else if (issued.recorded) {
            cli::out() << CliText::tr("FINAL report issued and recorded (SHA-256 %1); the engagement is archived, "
                                      "kept until %2.")
                              .arg(issued.recorded->sha256, issued.recorded->retainUntil)
                       << Qt::endl;
        }
        if (!issued.demoCaPath.isEmpty())
            cli::out() << CliText::tr("Demo CA certificate (for verify-report --ca): %1")
                              .arg(QFileInfo(issued.demoCaPath).absoluteFilePath())
                       << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("report", QT_TRANSLATE_NOOP("CliText", "write the signed PDF report (実施結果報告書)"), cmdReport);
