#include "common/TextCode.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>
#include <array>

namespace ismap {

namespace {

const QString kKey = QStringLiteral("tc");
const QString kWas = QStringLiteral("was");

/// One known code: its English text (the translation source, context "TextCode"), the names of its %1, %2, …,
/// and the texts earlier builds stored for it in Japanese (the translations of the time, kept here as the record
/// of what old workbooks hold, so the 4 → 5 migration does not depend on today's translation files).
struct Known
{
    const char* code;
    const char* source;
    std::array<const char*, 3> args;
    std::array<const char*, 2> legacy;
};

// clang-format off
const Known kKnown[] = {
    { "finding.title.step_deviation", QT_TRANSLATE_NOOP("TextCode", "Deviation in step %1"), { "step" },
      { "ステップ %1 での逸脱", "ステップ %1 の逸脱" } },
    { "finding.title.sample_failed", QT_TRANSLATE_NOOP("TextCode", "Sample %1 item %2 (population #%3) failed"),
      { "set", "item", "index" }, { "サンプル %1 の項目 %2（母集団 #%3）で逸脱" } },
    { "signoff.void.steps_changed", QT_TRANSLATE_NOOP("TextCode", "the item's procedure steps changed"), {},
      { "項目の手続ステップの変更" } },
    { "signoff.void.step_changed", QT_TRANSLATE_NOOP("TextCode", "step %1 was changed"), { "step" },
      { "ステップ %1 の変更" } },
    { "signoff.void.sample_drawn", QT_TRANSLATE_NOOP("TextCode", "a sample was drawn"), {}, { "サンプルの抽出" } },
    { "signoff.void.sample_discarded", QT_TRANSLATE_NOOP("TextCode", "a sample was discarded"), {},
      { "サンプルが破棄されました" } },
    { "signoff.void.sample_result_recorded", QT_TRANSLATE_NOOP("TextCode", "a sample result was recorded"), {},
      { "サンプル結果の記録" } },
    { "signoff.void.sample_result_changed", QT_TRANSLATE_NOOP("TextCode", "a sample result was changed"), {},
      { "サンプル結果の変更" } },
    { "signoff.void.evidence_linked", QT_TRANSLATE_NOOP("TextCode", "evidence %1 was linked"), { "ref" },
      { "証跡 %1 が紐付けられました" } },
    { "signoff.void.evidence_unlinked", QT_TRANSLATE_NOOP("TextCode", "evidence %1 was unlinked"), { "ref" },
      { "証跡 %1 の紐付けが解除されました" } },
    { "signoff.void.finding_raised", QT_TRANSLATE_NOOP("TextCode", "finding %1 was raised"), { "ref" },
      { "発見事項 %1 の起票" } },
    { "signoff.void.finding_changed", QT_TRANSLATE_NOOP("TextCode", "finding %1 was changed"), { "ref" },
      { "発見事項 %1 の変更" } },
    { "signoff.void.item_signed_off", QT_TRANSLATE_NOOP("TextCode", "item %1 was signed off as %2"),
      { "item", "role" }, { "項目 %1 が %2 としてサインオフされました" } },
    { "signoff.void.merged", QT_TRANSLATE_NOOP("TextCode", "changed by a merge from %1"), { "member" },
      { "%1 からの統合により変更" } },
    { "signoff.void.finding_withdrawn", QT_TRANSLATE_NOOP("TextCode", "finding %1 was withdrawn"), { "ref" },
      { "発見事項 %1 が取り下げられました" } },
};
// clang-format on

const Known* known(const QString& code)
{
    for (const Known& k : kKnown)
        if (code == QLatin1String(k.code))
            return &k;
    return nullptr;
}

QJsonObject parse(const QString& stored)
{
    if (!stored.startsWith(QLatin1String("{\"tc\":")))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject() || !doc.object().value(kKey).isString())
        return {};
    return doc.object();
}

QString argText(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

/// A translated template as a pattern: the text escaped, each %N a capture.
QRegularExpression patternOf(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    QString p;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        p += QRegularExpression::escape(text.mid(from, m.capturedStart() - from)) + QStringLiteral("(.+?)");
        from = m.capturedEnd();
    }
    p += QRegularExpression::escape(text.mid(from));
    return QRegularExpression(u'^' + p + u'$');
}

struct Legacy
{
    const Known* known;
    QRegularExpression pattern;
    QList<int> order; ///< for each capture, the index of the argument (%N - 1) it holds
};

QList<Legacy> buildLegacy()
{
    QList<Legacy> out;
    QTranslator ja;
    const bool haveJa = ja.load(QStringLiteral(":/i18n/ismap_workbench_ja.qm"));
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    for (const Known& k : kKnown) {
        QStringList texts { QString::fromUtf8(k.source) };
        for (const char* old : k.legacy)
            if (old)
                texts << QString::fromUtf8(old);
        if (haveJa) {
            const QString t = ja.translate("TextCode", k.source);
            if (!t.isEmpty() && !texts.contains(t))
                texts << t;
        }
        for (const QString& t : texts) {
            Legacy l { &k, patternOf(t), {} };
            for (auto it = marker.globalMatch(t); it.hasNext();)
                l.order << it.next().captured(1).toInt() - 1;
            out << l;
        }
    }
    return out;
}

} // namespace

QString TextCode::make(const char* code, const QJsonObject& args)
{
    // The code first, so a stored text reads as what it is; QJsonObject would sort the keys.
    QJsonObject rest = args;
    rest.remove(kKey);
    QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    QByteArray head = QJsonDocument(QJsonObject { { kKey, QLatin1String(code) } }).toJson(QJsonDocument::Compact);
    head.chop(1);
    if (body.size() > 2)
        head += ',' + body.mid(1);
    else
        head += '}';
    return QString::fromUtf8(head);
}

bool TextCode::isCoded(const QString& stored)
{
    return !parse(stored).isEmpty();
}

QString TextCode::code(const QString& stored)
{
    return parse(stored).value(kKey).toString();
}

QString TextCode::render(const QString& stored)
{
    return render(stored, QString());
}

QString TextCode::render(const QString& stored, const QString& language)
{
    const QJsonObject o = parse(stored);
    if (o.isEmpty())
        return stored;
    const Known* k = known(o.value(kKey).toString());
    if (!k)
        return stored;
    QString text;
    if (language.isEmpty()) {
        text = QCoreApplication::translate("TextCode", k->source);
    } else if (language == u"ja") {
        static QMutex mutex;
        QMutexLocker lock(&mutex);
        static QTranslator* ja = [] {
            auto* t = new QTranslator;
            if (t->load(QStringLiteral(":/i18n/ismap_workbench_ja.qm")))
                return t;
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }();
        text = ja ? ja->translate("TextCode", k->source) : QString();
    }
    if (text.isEmpty())
        text = QString::fromUtf8(k->source);
    for (const char* name : k->args)
        if (name)
            text = text.arg(argText(o.value(QLatin1String(name))));
    return text;
}

QString TextCode::fromLegacy(const QString& text)
{
    static QMutex mutex;
    static QList<Legacy> legacy;
    {
        QMutexLocker lock(&mutex);
        if (legacy.isEmpty())
            legacy = buildLegacy();
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || isCoded(trimmed))
        return text;
    for (const Legacy& l : legacy) {
        const QRegularExpressionMatch m = l.pattern.match(trimmed);
        if (!m.hasMatch())
            continue;
        QJsonObject args;
        for (int i = 0; i < l.order.size(); ++i) {
            const char* name = l.order[i] < 3 ? l.known->args[size_t(l.order[i])] : nullptr;
            if (!name)
                continue;
            const QString v = m.captured(i + 1);
            bool isNumber = false;
            const qint64 n = v.toLongLong(&isNumber);
            args.insert(QLatin1String(name),
                        isNumber && QString::number(n) == v ? QJsonValue(double(n)) : QJsonValue(v));
        }
        args.insert(kWas, text);
        return make(l.known->code, args);
    }
    return text;
}

QString TextCode::signedForm(const QString& stored)
{
    const QJsonObject o = parse(stored);
    return o.contains(kWas) ? o.value(kWas).toString() : stored;
}

QStringList TextCode::knownCodes()
{
    QStringList out;
    for (const Known& k : kKnown)
        out << QLatin1String(k.code);
    return out;
}

} // namespace ismap
