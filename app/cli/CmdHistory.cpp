// ismapctl history: an item's audit trail for people (when, who, what, the changed fields), or whole (--full, --json).
#include "cli/FieldworkCli.h"
#include "engagement/HistoryText.h"
#include "workbook/ItemHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace ismap;
using namespace ismap::cli::fw;
using ismap::cli::CliText;

namespace {

QJsonObject lineToJson(const HistoryLine& l)
{
    QJsonArray changes;
    for (const HistoryChange& c : l.fullChanges)
        changes.append(QJsonObject { { QStringLiteral("field"), c.field },
                                     { QStringLiteral("before"), c.before },
                                     { QStringLiteral("after"), c.after } });
    return QJsonObject {
        { QStringLiteral("seq"), double(l.entry.seq) },
        { QStringLiteral("at"), l.entry.at },
        { QStringLiteral("member"), l.entry.member },
        { QStringLiteral("action"), l.entry.action },
        { QStringLiteral("entity"), l.entry.entity },
        { QStringLiteral("before"), l.entry.before },
        { QStringLiteral("after"), l.entry.after },
        { QStringLiteral("when"), l.when },
        { QStringLiteral("what"), l.what },
        { QStringLiteral("changes"), changes },
    };
}

int cmdHistory(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption full(QStringLiteral("full"),
                                  CliText::tr("Print each change whole: every field before and after, uncut."));
    const QCommandLineOption limit(QStringLiteral("limit"), CliText::tr("At most N rows, newest first (default 500)."),
                                   QStringLiteral("N"), QStringLiteral("500"));
    p.addOptions({ jsonOption(), full, limit });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID, e.g. 5.1.1."));
    if (int rc = cli::parse(p, QStringLiteral("history"), args, QStringLiteral("WB ITEM [--full|--json] [--limit N]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("history"), 2, 2);
        const qint64 n = number(p.value(limit), QStringLiteral("--limit"));
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        ItemHistory history(*wb);
        const QList<HistoryLine> lines = HistoryText::ofItem(*wb, history, item, int(std::clamp<qint64>(n, 1, 100000)));
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const HistoryLine& l : lines)
                a.append(lineToJson(l));
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        if (lines.isEmpty())
            cli::out() << CliText::tr("item %1: nothing recorded yet.").arg(item) << "\n";
        for (const HistoryLine& l : lines) {
            if (p.isSet(full)) {
                cli::out() << HistoryText::details(l) << "\n\n";
                continue;
            }
            cli::out() << l.when << "  " << l.who << "  " << l.what << "\n";
            for (const HistoryChange& c : l.changes)
                cli::out() << "    " << HistoryText::changeText(c) << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("history",
                  QT_TRANSLATE_NOOP("CliText", "an item's history: when, who, what and what changed (--full, --json)"),
                  cmdHistory);
