// ToUnicode fix: text extracted from a report PDF gives the real kanji, not Kangxi radicals.
#include "SigningFixtures.h"
#include "TestSupport.h"
#include "signing/ToUnicodeFix.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ismap;

class TstToUnicode : public QObject
{
    Q_OBJECT
private:
    static QString run(const QString& tool, const QStringList& args)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString firstLine(const QString& text) { return text.section(u'\n', 0, 0).trimmed(); }

private slots:
    void pdftotextGivesTheRealCharacters();
    void fontStaysEmbedded();
    void fixCMapEntries_data();
    void fixCMapEntries();
    void noRadicalMeansNoRewrite();
    void notAPdfIsRefused();
};

void TstToUnicode::pdftotextGivesTheRealCharacters()
{
    const QString expected = QStringLiteral("日本 方針 実施結果報告書 管理策 令和7年4月1日 IaaS・PaaS");
    QTemporaryDir dir;
    const QString raw = dir.filePath(QStringLiteral("raw.pdf"));
    const QString fixedPath = dir.filePath(QStringLiteral("fixed.pdf"));
    QFile f(raw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::makeReportLikePdf(2, expected));
    f.close();
    // Qt's own output shows the problem this fixes (日 as KANGXI RADICAL SUN).
    const QString before = firstLine(run(QStringLiteral("pdftotext"), { raw, QStringLiteral("-") }));
    QVERIFY2(before.contains(QChar(0x2F47)), qPrintable(before));
    QVERIFY2(before.contains(QChar(0x2027)), qPrintable(before)); // ・ as HYPHENATION POINT

    QVERIFY(ToUnicodeFix::applyToFile(raw, fixedPath) > 0);
    const QString after = firstLine(run(QStringLiteral("pdftotext"), { fixedPath, QStringLiteral("-") }));
    QCOMPARE(after, expected);
    const QString all = run(QStringLiteral("pdftotext"), { fixedPath, QStringLiteral("-") });
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        QVERIFY2(!all.contains(QChar(c)), qPrintable(QString::number(c, 16)));
    QVERIFY(!all.contains(QChar(0x2027)));
    QVERIFY(all.contains(QStringLiteral("procedure performed, result recorded. 手続")));
}

void TstToUnicode::fontStaysEmbedded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixed.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ToUnicodeFix::apply(test::makeReportLikePdf(1)));
    f.close();
    const QString fonts = run(QStringLiteral("pdffonts"), { path });
    QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
    const QStringList lines = fonts.split(u'\n');
    for (const QString& line : lines)
        if (line.contains(QStringLiteral("NotoSansCJK")))
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H +yes "))), qPrintable(line)); // emb
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    QVERIFY(qpdf.waitForFinished(60000));
    QVERIFY2(qpdf.exitCode() == 0, qPrintable(QString::fromUtf8(qpdf.readAllStandardOutput())));
}

void TstToUnicode::fixCMapEntries_data()
{
    QTest::addColumn<QByteArray>("cmap");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("fixed");
    QTest::newRow("bfchar") << QByteArray("2 beginbfchar\n<0001> <2F47>\n<0002> <0041>\nendbfchar")
                            << QByteArray("2 beginbfchar\n<0001> <65E5>\n<0002> <0041>\nendbfchar") << 1;
    QTest::newRow("bfrange array") << QByteArray("1 beginbfrange\n<0001> <0003> [<2F47> <672C> <2F45>]\nendbfrange")
                                   << QByteArray("1 beginbfrange\n<0001> <0003> [<65E5> <672C> <65B9>]\nendbfrange")
                                   << 2;
    QTest::newRow("bfrange single, one code") << QByteArray("1 beginbfrange\n<0010> <0010> <2F49>\nendbfrange")
                                              << QByteArray("1 beginbfrange\n<0010> <0010> [<6708> ]\nendbfrange") << 1;
    QTest::newRow("bfrange single, consecutive radicals")
        << QByteArray("1 beginbfrange\n<0010> <0011> <2F00>\nendbfrange")
        << QByteArray("1 beginbfrange\n<0010> <0011> [<4E00> <4E28> ]\nendbfrange") << 2;
    QTest::newRow("bfrange single, no radical") << QByteArray("1 beginbfrange\n<0020> <0030> <0041>\nendbfrange")
                                                << QByteArray("1 beginbfrange\n<0020> <0030> <0041>\nendbfrange") << 0;
    QTest::newRow("supplement with NFKC form (U+2E9F → 母)")
        << QByteArray("1 beginbfchar\n<0005> <2E9F>\nendbfchar")
        << QByteArray("1 beginbfchar\n<0005> <6BCD>\nendbfchar") << 1;
    QTest::newRow("lower-case hex, ligature destination")
        << QByteArray("1 beginbfchar\n<00aa> <2f47006b>\nendbfchar")
        << QByteArray("1 beginbfchar\n<00aa> <65E5006B>\nendbfchar") << 1;
}

void TstToUnicode::fixCMapEntries()
{
    QFETCH(QByteArray, cmap);
    QFETCH(QByteArray, expected);
    QFETCH(int, fixed);
    int n = -1;
    QCOMPARE(ToUnicodeFix::fixCMap(cmap, &n), expected);
    QCOMPARE(n, fixed);
}

void TstToUnicode::noRadicalMeansNoRewrite()
{
    const QByteArray pdf = test::makeReportLikePdf(1, QStringLiteral("Plain English only"), QStringLiteral("(none)"));
    int fixed = -1;
    QCOMPARE(ToUnicodeFix::apply(pdf, &fixed), pdf);
    QCOMPARE(fixed, 0);
}

void TstToUnicode::notAPdfIsRefused()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("broken.pdf"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\nnot really\n");
    f.close();
    try {
        ToUnicodeFix::applyToFile(in, out);
        QFAIL("a broken PDF should be refused");
    } catch (const AuditError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("broken.pdf")), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TstToUnicode)
#include "tst_tounicode.moc"
