#include "demo/DemoEvidence.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <random>

namespace ismap::demo {

namespace {

QByteArray pdfEscape(const QString& s)
{
    QByteArray out;
    for (const QChar c : s) {
        const char ch = c.unicode() < 128 ? char(c.unicode()) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}

} // namespace

QByteArray textPdf(const QString& title, const QStringList& lines)
{
    QByteArray content = "BT /F1 16 Tf 56 780 Td (" + pdfEscape(title) + ") Tj ET\n";
    int y = 748;
    for (const QString& l : lines) {
        content += "BT /F1 10 Tf 56 " + QByteArray::number(y) + " Td (" + pdfEscape(l) + ") Tj ET\n";
        y -= 16;
    }
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << int(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const int xref = int(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (int o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray consolePng(int variant, bool highlightFailure)
{
    QImage img(640, 400, QImage::Format_RGB32);
    img.fill(QColor(0xf4, 0xf6, 0xf8));
    {
        QPainter p(&img);
        p.fillRect(0, 0, 640, 32, QColor(0x23, 0x3a, 0x5e)); // title bar
        for (int i = 0; i < 3; ++i)
            p.fillRect(12 + i * 18, 10, 12, 12, QColor(0xd0, 0xd6, 0xe0));
        p.fillRect(0, 32, 140, 368, QColor(0xe2, 0xe8, 0xf0)); // navigation
        for (int i = 0; i < 8; ++i)
            p.fillRect(14, 50 + i * 28, 100 - (i * 7 + variant * 5) % 40, 10, QColor(0x9a, 0xa8, 0xbc));
        for (int r = 0; r < 10; ++r) { // settings table
            const int y = 56 + r * 32;
            p.fillRect(160, y, 460, 28, r % 2 ? QColor(0xff, 0xff, 0xff) : QColor(0xf9, 0xfa, 0xfc));
            p.fillRect(172, y + 9, 120 + (r * 37 + variant * 13) % 90, 10, QColor(0x55, 0x60, 0x70));
            p.fillRect(400, y + 9, 60 + (r * 23 + variant * 7) % 80, 10, QColor(0x7a, 0x86, 0x96));
            const bool bad = highlightFailure && r == 3 + variant % 5;
            p.setBrush(bad ? QColor(0xd6, 0x3b, 0x3b) : QColor(0x2e, 0xa0, 0x5a));
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPoint(590, y + 14), 7, 7);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return png;
}

QByteArray csvLog(const QString& kind, int rows, quint64 seed)
{
    std::mt19937_64 engine(seed);
    static const char* const users[] = { "t.sato", "k.ito", "m.kato", "y.suzuki", "svc-backup", "svc-deploy" };
    static const char* const hosts[] = { "mgmt-tky-01", "mgmt-osk-01", "api-tky-03", "db-tky-02", "kms-osk-01" };
    QByteArray out;
    if (kind == u"backup")
        out = "date,job,target,result,bytes,operator\r\n";
    else if (kind == u"change")
        out = "ticket,requested,approved_by,implemented,system,result\r\n";
    else
        out = "timestamp,user,host,action,result\r\n";
    for (int i = 0; i < rows; ++i) {
        const quint64 x = engine();
        const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
        const QByteArray month = QByteArray::number(4 + (i / 28) % 9).rightJustified(2, '0');
        const QByteArray date = "2025-" + month + "-" + day;
        if (kind == u"backup")
            out += date + ",nightly-full,vol-" + QByteArray::number(x % 40) + "," + (x % 97 == 0 ? "failed" : "success")
                + "," + QByteArray::number(1000000 + x % 90000000) + ",svc-backup\r\n";
        else if (kind == u"change")
            out += "CHG-2025-" + QByteArray::number(1000 + i) + "," + date + "," + users[x % 4] + "," + date + ","
                + hosts[x % 5] + ",completed\r\n";
        else
            out += date + "T" + QByteArray::number(x % 24).rightJustified(2, '0') + ":"
                + QByteArray::number((x >> 8) % 60).rightJustified(2, '0') + ":00+09:00," + users[x % 6] + ","
                + hosts[(x >> 16) % 5] + "," + ((x >> 20) % 3 ? "login" : "sudo") + ","
                + ((x >> 24) % 50 ? "success" : "denied") + "\r\n";
    }
    return out;
}

} // namespace ismap::demo
