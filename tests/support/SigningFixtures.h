#pragma once
// Helpers for the signing tests and benchmark: a test PKI from tests/data/pki/make-test-pki.sh and PDFs
// written by QPdfWriter (needs a QGuiApplication).

#include "TestSupport.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QString>

namespace ismap::test {

/// Runs make-test-pki.sh into @p folder; returns false (and prints why) if it fails.
inline bool makeTestPki(const QString& folder)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), { dataPath(QStringLiteral("pki/make-test-pki.sh")), folder });
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A PDF of @p pages A4 pages: @p text on top, then lines of English ending in @p lineSuffix, in
/// Noto Sans CJK JP, as QPdfWriter writes it.
inline QByteArray
makeReportLikePdf(int pages = 2, const QString& text = QStringLiteral("日本 方針 実施結果報告書 管理策 令和7年4月1日"),
                  const QString& lineSuffix = QStringLiteral("手続"))
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("ISMAP test report"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(200, 300, text);
        for (int line = 0; line < 60; ++line)
            painter.drawText(200, 420 + line * 50,
                             QStringLiteral("Page %1 line %2: procedure performed, result recorded. %3 %4")
                                 .arg(page + 1)
                                 .arg(line + 1)
                                 .arg(lineSuffix)
                                 .arg(line * 7919 % 1000));
    }
    painter.end();
    return buffer.data();
}

} // namespace ismap::test
