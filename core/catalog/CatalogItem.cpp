#include "catalog/CatalogItem.h"

#include <QRegularExpression>

namespace ismap {

QString partKey(CriteriaPart part)
{
    switch (part) {
    case CriteriaPart::Governance:
        return QStringLiteral("governance");
    case CriteriaPart::Management:
        return QStringLiteral("management");
    case CriteriaPart::Controls:
        return QStringLiteral("controls");
    }
    return {};
}

QString partDisplayName(const QString& key)
{
    if (key == u"governance")
        return QCoreApplication::translate("CriteriaPart", "Governance criteria");
    if (key == u"management")
        return QCoreApplication::translate("CriteriaPart", "Management criteria");
    if (key == u"controls")
        return QCoreApplication::translate("CriteriaPart", "Control criteria");
    return key;
}

QString CatalogItem::title(const QString& lang) const
{
    if (lang == u"en")
        return titleEn.isEmpty() ? titleJa : titleEn;
    return titleJa.isEmpty() ? titleEn : titleJa;
}

QString ItemId::normalize(const QString& raw)
{
    QString s = raw.normalized(QString::NormalizationForm_KC);
    s.replace(u'。', u'.').replace(u'・', u'.').replace(u'．', u'.').replace(u'｡', u'.');
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace() || c == u'\u200b' || c == u'\ufeff')
            continue;
        out.append(c);
    }
    while (out.endsWith(u'.'))
        out.chop(1);
    QString number, suffix;
    if (split(out, &number, &suffix))
        return suffix.isEmpty() ? number : number + u'.' + suffix;
    return out;
}

bool ItemId::split(const QString& id, QString* number, QString* suffix)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3}(?:\\.\\d{1,3})*)(?:\\.([A-Za-z]{1,3}))?$"));
    const auto m = re.match(id);
    if (!m.hasMatch())
        return false;
    if (number)
        *number = m.captured(1);
    if (suffix)
        *suffix = m.captured(2).toUpper();
    return true;
}

QString ItemId::sortKey(const QString& number, const QString& suffix)
{
    QStringList parts;
    for (const QString& p : number.split(u'.'))
        parts << p.rightJustified(4, u'0');
    QString key = parts.join(u'.');
    // The suffix sorts below '.', so 6.3.1.P comes before its children 6.3.1.1.PB.
    if (!suffix.isEmpty())
        key += u'!' + suffix;
    return key;
}

QString ItemId::defaultPart(const QString& number)
{
    const int chapter = number.section(u'.', 0, 0).toInt();
    if (chapter == 3)
        return QStringLiteral("governance");
    if (chapter == 4)
        return QStringLiteral("management");
    return QStringLiteral("controls");
}

QString ItemId::defaultLevel(const QString& part, int depth)
{
    Q_UNUSED(part);
    switch (depth) {
    case 1:
        return QStringLiteral("domain");
    case 2:
        return QStringLiteral("category");
    case 3:
        return QStringLiteral("objective");
    default:
        return QStringLiteral("detailed");
    }
}

bool ItemId::isMandatory(const QString& part, const QString& level, const QString& suffix)
{
    if (level != u"objective" && level != u"detailed")
        return false;
    if (part == u"governance" || part == u"management")
        return true;
    if (level == u"objective")
        return true;
    return suffix.contains(u'B');
}

} // namespace ismap
