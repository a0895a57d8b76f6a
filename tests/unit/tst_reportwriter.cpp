// The 実施結果報告書 as a reader of the PDF sees it: checked with poppler's tools (pdftotext, pdfinfo,
// pdffonts), not with our own code, in ja, en and both; the manifest; refusals that leave no file behind.
#include "TestSupport.h"
#include "WorkedWorkbook.h"
#include "report/ReportData.h"
#include "report/ReportManifest.h"
#include "report/ReportWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <unistd.h>

using namespace ismap;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text, one string per page (pdftotext separates pages with a form feed).
QStringList pagesText(const QString& pdf, bool layout = true)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    QStringList pages = run(QStringLiteral("pdftotext"), args).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfinfoPages(const QString& pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The page (1-based) the contents give for a line containing @p title, or -1.
int tocPage(const QStringList& pages, const QString& title)
{
    const QRegularExpression re(QStringLiteral("^\\s*") + QRegularExpression::escape(title)
                                    + QStringLiteral("(?:\\s+\\S.*?)?\\s+(\\d+)\\s*$"),
                                QRegularExpression::MultilineOption);
    for (int i = 1; i < 4 && i < pages.size(); ++i) {
        const QRegularExpressionMatch m = re.match(pages[i]);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return -1;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char* tool : { "pdftotext", "pdfinfo", "pdffonts" })
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is needed by this test (see setup.sh)");
    }

    void report_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("evidenceSection");
        QTest::addColumn<QString>("signatureSection");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("実施結果報告書")
                            << QStringLiteral("5. 証跡一覧（SHA-256）") << QStringLiteral("7. 署名");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Report of the Results of Procedures Performed")
                            << QStringLiteral("5. Evidence index (SHA-256)") << QStringLiteral("7. Signature");
        QTest::newRow("both") << QStringLiteral("both") << QStringLiteral("実施結果報告書")
                              << QStringLiteral("5. 証跡一覧（SHA-256） / 5. Evidence index (SHA-256)")
                              << QStringLiteral("7. 署名 / 7. Signature");
    }

    void report()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, evidenceSection);
        QFETCH(QString, signatureSection);
        test::TempWorkbook t;
        const test::WorkedFacts facts = test::fillWorkedWorkbook(*t.wb, test::WorkedScale {});
        const QString out = t.dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        ReportOptions options;
        options.language = lang;
        QList<int> progress;
        options.progress = [&](int p) {
            progress << p;
            return true;
        };
        const ReportResult result = ReportWriter::write(*t.wb, out, options);
        QVERIFY(QFile::exists(out));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        QCOMPARE(pdfinfoPages(out), result.pages);
        QVERIFY(result.pages >= 8);
        const QStringList pages = pagesText(out);
        QCOMPARE(pages.size(), result.pages);
        const QString all = pages.join(u'\f');

        QVERIFY2(pages[0].simplified().contains(title), qPrintable(pages[0]));
        // Real characters, not Kangxi radicals (日 is not U+2F47, 月 not U+2F49).
        QVERIFY2(!pages.join(QString()).contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))),
                 "a Kangxi radical in the extracted text");
        QVERIFY(pages[0].contains(QStringLiteral("Test CSP")));
        if (lang != u"en") {
            QVERIFY2(pages[0].contains(QStringLiteral("令和7年4月1日（2025年4月1日）")), qPrintable(pages[0]));
        } else {
            QVERIFY(pages[0].contains(QStringLiteral("1 April 2025")));
            QVERIFY(!all.contains(QStringLiteral("実施結果報告書")));
        }

        // The contents give the page each section starts on, and that page carries the heading.
        for (const QString& section : { evidenceSection, signatureSection }) {
            const int page = tocPage(pages, section);
            QVERIFY2(page > 2 && page <= result.pages, qPrintable(section));
            QVERIFY2(pages[page - 1].contains(section),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(section).arg(page)));
        }
        const int itemPage = tocPage(pages, facts.inScopeIds[5]);
        QVERIFY(itemPage > 2);
        QVERIFY(pages[itemPage - 1].contains(facts.inScopeIds[5]));

        for (const QString& id : facts.inScopeIds)
            QVERIFY2(all.contains(id), qPrintable(id));
        for (const QString& id : facts.outOfScopeIds)
            QVERIFY2(all.contains(id), qPrintable(id));
        QVERIFY(all.contains(QStringLiteral("当該サービスでは物理媒体を取り扱わないため適用しない。")));
        for (const QString& ref : facts.findingRefs)
            QVERIFY(all.contains(ref));
        QVERIFY(all.contains(QStringLiteral("アクセス権付与の承認記録が保存されていなかった")));
        QVERIFY(all.contains(QStringLiteral("ワークフローシステムで承認を必須化した")));
        for (const QString& sha : facts.evidenceSha256)
            QVERIFY2(all.contains(sha), qPrintable(sha));
        const QString head = t.wb->trailHead();
        QVERIFY2(all.contains(head), qPrintable(head));
        QVERIFY(all.contains(QStringLiteral("REQ-0038"))); // an item sampled
        QVERIFY(all.contains(QStringLiteral("mt19937_64-rejection")));

        // Running header with the engagement and "n / N" on every page but the cover.
        const QString n = QString::number(result.pages);
        for (int i = 1; i < pages.size(); ++i) {
            QVERIFY2(pages[i].contains(QStringLiteral("%1 / %2").arg(i + 1).arg(n)),
                     qPrintable(QString::number(i + 1)));
            QVERIFY(pages[i].contains(QStringLiteral("Test CSP / Test Service / 2025-04-01")));
        }

        const QString fonts = run(QStringLiteral("pdffonts"), { out });
        QVERIFY2(QRegularExpression(QStringLiteral("(NotoSansCJK|IPAex)\\S*\\s+CID TrueType\\s+Identity-H\\s+yes"))
                     .match(fonts)
                     .hasMatch(),
                 qPrintable(fonts));

        const std::optional<ReportManifest> m = ReportManifest::read(test::fileBytes(out));
        QVERIFY(m.has_value());
        QCOMPARE(m->engagementUuid, t.wb->engagement().uuid);
        QCOMPARE(m->trailHead, head);
        QCOMPARE(m->criteriaRevision, QStringLiteral("2022-04-01"));
        QCOMPARE(m->language, lang);
        QCOMPARE(m->inScopeItems, int(facts.inScopeIds.size()));
        QCOMPARE(m->evidence.size(), facts.evidenceRefs.size());
        for (int i = 0; i < facts.evidenceRefs.size(); ++i)
            QCOMPARE(m->evidence.value(facts.evidenceRefs[i]), facts.evidenceSha256[i]);
        QCOMPARE(ReportManifest::extract(test::fileBytes(out)).value(), result.manifest);
        // poppler sees the attachment too.
        QVERIFY(run(QStringLiteral("pdfdetach"), { QStringLiteral("-list"), out })
                    .contains(QLatin1String(ReportManifest::kFileName)));
    }

    void longTablesRepeatTheirHeader()
    {
        test::TempWorkbook t;
        test::WorkedScale scale;
        scale.evidence = 150;
        scale.sampleSets = 1;
        scale.sampleSize = 80;
        test::fillWorkedWorkbook(*t.wb, scale);
        const QString out = t.dir.filePath(QStringLiteral("r.pdf"));
        ReportOptions options;
        options.language = QStringLiteral("en");
        ReportWriter::write(*t.wb, out, options);
        const QStringList pages = pagesText(out);
        int evidencePages = 0;
        for (const QString& page : pages) {
            if (!page.contains(QRegularExpression(QStringLiteral("^\\s*E-\\d{4}\\s.*\\s\\d+\\s+[0-9a-f]{64}\\s*$"),
                                                  QRegularExpression::MultilineOption)))
                continue;
            if (page.contains(QStringLiteral("Evidence index (SHA-256)")) && page.contains(QStringLiteral("Contents")))
                continue; // the contents page names the section
            ++evidencePages;
            QVERIFY2(page.contains(QStringLiteral("SHA-256")) && page.contains(QStringLiteral("Bytes")),
                     qPrintable(page));
        }
        QVERIFY2(evidencePages >= 3, qPrintable(QString::number(evidencePages)));
        int samplePages = 0;
        for (const QString& page : pages)
            if (page.contains(QRegularExpression(QStringLiteral("^\\s*\\d+\\s+\\d+\\s+\\S+ REQ-"),
                                                 QRegularExpression::MultilineOption))
                && ++samplePages)
                QVERIFY(page.contains(QStringLiteral("Population index")));
        QVERIFY(samplePages >= 2);
    }

    void refusesWorkbookWithoutScope()
    {
        test::TempWorkbook t; // statement not imported: nothing in scope
        const QString out = t.dir.filePath(QStringLiteral("r.pdf"));
        try {
            ReportWriter::write(*t.wb, out, {});
            QFAIL("no error");
        } catch (const AuditError& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("no item is in scope")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files).filter(QStringLiteral(".pdf")), QStringList());
    }

    void leavesAnExistingReportAloneOnError()
    {
        test::TempWorkbook t;
        const QString out = t.dir.filePath(QStringLiteral("r.pdf"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("earlier report");
        f.close();
        QVERIFY_THROWS_EXCEPTION(AuditError, ReportWriter::write(*t.wb, out, {}));
        QCOMPARE(test::fileBytes(out), QByteArray("earlier report"));
    }

    void refusesUnwritableOutput()
    {
        test::TempWorkbook t;
        test::fillWorkedWorkbook(*t.wb, test::WorkedScale {});
        const QString missingFolder = t.dir.filePath(QStringLiteral("no-such-folder/r.pdf"));
        try {
            ReportWriter::write(*t.wb, missingFolder, {});
            QFAIL("no error");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not exist")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(missingFolder));
        try {
            ReportWriter::write(*t.wb, t.dir.path(), {});
            QFAIL("no error");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("is a folder")), qPrintable(e.message()));
        }
        // A folder without write permission (root may write anywhere, so only checked for other users).
        if (geteuid() != 0) {
            const QString ro = t.dir.filePath(QStringLiteral("ro"));
            QVERIFY(QDir().mkdir(ro));
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            try {
                ReportWriter::write(*t.wb, ro + QStringLiteral("/r.pdf"), {});
                QFAIL("no error");
            } catch (const AuditError& e) {
                QCOMPARE(e.code(), ErrorCode::ReadOnly);
            }
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY(!QFile::exists(ro + QStringLiteral("/r.pdf")));
        }
    }

    void cancelWritesNothing()
    {
        test::TempWorkbook t;
        test::fillWorkedWorkbook(*t.wb, test::WorkedScale {});
        const QString out = t.dir.filePath(QStringLiteral("r.pdf"));
        ReportOptions options;
        options.progress = [](int percent) {
            return percent < 50;
        };
        try {
            ReportWriter::write(*t.wb, out, options);
            QFAIL("no error");
        } catch (const AuditError& e) {
            QCOMPARE(e.code(), ErrorCode::Cancelled);
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files).filter(QStringLiteral("r.pdf")), QStringList());
    }

    void refusesUnknownLanguage()
    {
        test::TempWorkbook t;
        test::fillWorkedWorkbook(*t.wb, test::WorkedScale {});
        ReportOptions options;
        options.language = QStringLiteral("fr");
        const QString out = t.dir.filePath(QStringLiteral("r.pdf"));
        try {
            ReportWriter::write(*t.wb, out, options);
            QFAIL("no error");
        } catch (const AuditError& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY(e.message().contains(QStringLiteral("\"fr\"")));
        }
        QVERIFY(!QFile::exists(out));
    }

    void manifestAbsentFromOtherPdfs()
    {
        QVERIFY(!ReportManifest::read(QByteArray("not a pdf at all")).has_value());
        QVERIFY_THROWS_EXCEPTION(AuditError, ReportManifest::fromJson(QByteArray("{\"format\":\"other\"}")));
    }

    void demoAndSignerOnThePages()
    {
        test::TempWorkbook t;
        test::fillWorkedWorkbook(*t.wb, test::WorkedScale {});
        const ReportData data = ReportData::gather(*t.wb);
        ReportOptions options;
        options.language = QStringLiteral("en");
        const QString unsignedOut = t.dir.filePath(QStringLiteral("u.pdf"));
        QFile u(unsignedOut);
        QVERIFY(u.open(QIODevice::WriteOnly));
        u.write(ReportWriter::render(data, options));
        u.close();
        // The signature page closes the report body; only the appendix (the sampling tables) follows it.
        const auto signaturePage = [](const QStringList& pages) {
            for (qsizetype i = pages.size() - 1; i >= 0; --i)
                if (pages[i].contains(QStringLiteral("Signature")))
                    return pages[i];
            return QString();
        };
        // A report is a draft unless the caller says it is final: DRAFT on every page, never "signed".
        const QStringList draftPages = pagesText(unsignedOut);
        QVERIFY(
            signaturePage(draftPages).contains(QStringLiteral("This copy is a draft, not the audit firm's report")));
        for (const QString& page : draftPages)
            QVERIFY(page.contains(QStringLiteral("DRAFT")));
        QVERIFY(draftPages.first().contains(QStringLiteral("DRAFT — Report of the Results")));
        options.draft = false;
        options.demo = true;
        options.signer = QStringLiteral("DEMO Signer");
        const QString signedOut = t.dir.filePath(QStringLiteral("s.pdf"));
        QFile s(signedOut);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(ReportWriter::render(data, options));
        s.close();
        const QStringList pages = pagesText(signedOut);
        QVERIFY(pages.first().contains(QStringLiteral("DEMO")));
        QVERIFY(signaturePage(pages).contains(QStringLiteral("Digitally signed — see the signature panel")));
        QVERIFY(signaturePage(pages).contains(QStringLiteral("DEMO Signer")));
        for (const QString& page : pages)
            QVERIFY(!page.contains(QStringLiteral("DRAFT")));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
