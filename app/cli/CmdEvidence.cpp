// ismapctl evidence add | export | list | link | unlink | edit | describe | remove: the evidence vault from the command
// line.
#include "cli/Cli.h"
#include "cli/FieldworkCli.h"
#include "common/Clock.h"
#include "evidence/EvidenceVault.h"
#include "platform/FileHints.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;

namespace {

/// Options naming what evidence is linked to.
struct TargetOptions
{
    QCommandLineOption item { QStringLiteral("item"), CliText::tr("Criteria item, e.g. 5.1.1.1."),
                              QStringLiteral("ID") };
    QCommandLineOption step { QStringLiteral("step"), CliText::tr("Procedure step id of the item."),
                              QStringLiteral("N") };
    QCommandLineOption sample { QStringLiteral("sample"), CliText::tr("Sample item id of the item."),
                                QStringLiteral("N") };
    QCommandLineOption finding { QStringLiteral("finding"), CliText::tr("Finding id of the item."),
                                 QStringLiteral("N") };

    void addTo(QCommandLineParser& p) const { p.addOptions({ item, step, sample, finding }); }

    EvidenceTarget read(const QCommandLineParser& p) const
    {
        EvidenceTarget target;
        target.itemId = p.value(item).trimmed();
        if (target.itemId.isEmpty())
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("--item: which criteria item is the evidence for?"));
        auto number = [&](const QCommandLineOption& o) -> std::optional<qint64> {
            if (!p.isSet(o))
                return std::nullopt;
            bool ok = false;
            const qint64 v = p.value(o).toLongLong(&ok);
            if (!ok || v <= 0)
                throw AuditError(ErrorCode::InvalidInput,
                                 CliText::tr("--%1: \"%2\" is not a number.").arg(o.names().first(), p.value(o)));
            return v;
        };
        target.stepId = number(step);
        target.sampleItemId = number(sample);
        target.findingId = number(finding);
        return target;
    }
};

const QCommandLineOption& asOption()
{
    static const QCommandLineOption o(
        QStringLiteral("as"), CliText::tr("Team member doing this (default: the ISMAP_MEMBER environment variable)."),
        QStringLiteral("MEMBER"));
    return o;
}

void setActor(Workbook& wb, const QCommandLineParser& p)
{
    wb.setActor(cli::fw::actorName(p));
    wb.actingMember();
}

void requireArgs(const QCommandLineParser& p, const QString& command, int min, int max)
{
    const auto n = p.positionalArguments().size();
    if (n < min || (max >= 0 && n > max))
        throw AuditError(ErrorCode::InvalidInput,
                         CliText::tr("%1: wrong number of arguments (see --help).").arg(command));
}

QJsonObject toJson(const EvidenceRecord& r, const QList<EvidenceTarget>& links)
{
    QJsonArray linkArray;
    for (const EvidenceTarget& l : links)
        linkArray.append(l.entity());
    return { { QStringLiteral("ref"), r.ref },
             { QStringLiteral("name"), r.name },
             { QStringLiteral("sha256"), r.sha256 },
             { QStringLiteral("size"), r.size },
             { QStringLiteral("mime"), r.mime },
             { QStringLiteral("obtained_from"), r.obtainedFrom },
             { QStringLiteral("obtained_at"), r.obtainedAt },
             { QStringLiteral("description"), r.description },
             { QStringLiteral("added_by"), r.addedBy },
             { QStringLiteral("added_at"), r.addedAt },
             { QStringLiteral("links"), linkArray } };
}

/// Progress on stderr, at most a few times a second.
ProgressFn progressPrinter(bool enabled, const QString& what)
{
    if (!enabled)
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto last = std::make_shared<qint64>(-1000);
    return [=](qint64 done, qint64 total) {
        if (timer->elapsed() - *last >= 200 || done == total) {
            *last = timer->elapsed();
            const int pct = total > 0 ? int(done * 100 / total) : 100;
            cli::err() << "\r" << what << ": " << pct << "% (" << done / (1024 * 1024) << " / " << total / (1024 * 1024)
                       << " MiB)" << (done == total ? "\n" : "");
            cli::err().flush();
        }
        return true;
    };
}

int cmdAdd(const QStringList& args)
{
    QCommandLineParser p;
    TargetOptions target;
    target.addTo(p);
    const QCommandLineOption source(QStringLiteral("source"), CliText::tr("Where the evidence was obtained from."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption obtained(QStringLiteral("obtained"), CliText::tr("Date obtained (default: today)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption description(QStringLiteral("description"), CliText::tr("What the evidence shows."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  CliText::tr("Name to record instead of the file name (one file only)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      CliText::tr("Print progress on stderr (default: when a terminal)."));
    p.addOptions({ source, obtained, description, name, asOption(), progress });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("Evidence files, all imported or none."),
                            QStringLiteral("FILE…"));
    if (int rc = cli::parse(p, QStringLiteral("evidence add"), args, QStringLiteral("WB --item ID [options] FILE…"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence add"), 2, -1);
        const QStringList files = p.positionalArguments().mid(1);
        if (p.isSet(name) && files.size() != 1)
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("--name: give exactly one file with --name."));
        auto wb = Workbook::open(p.positionalArguments().first());
        setActor(*wb, p);
        QList<EvidenceFile> list;
        for (const QString& f : files)
            list.append({ f, { p.value(name), p.value(source), p.value(obtained), p.value(description) } });
        EvidenceVault vault(*wb);
        const auto results = vault.add(
            list, target.read(p),
            progressPrinter(p.isSet(progress) || FileHints::stderrIsTerminal(), CliText::tr("Importing evidence")));
        for (int i = 0; i < results.size(); ++i) {
            const EvidenceImport& r = results[i];
            if (r.duplicate)
                cli::out() << CliText::tr("%1: already in the vault as %2 (%3); %4.")
                                  .arg(files[i], r.record.ref, r.record.name,
                                       r.linked ? CliText::tr("linked") : CliText::tr("already linked"))
                           << "\n";
            else
                cli::out() << CliText::tr("%1: added as %2, %3 bytes, SHA-256 %4.")
                                  .arg(files[i], r.record.ref)
                                  .arg(r.record.size)
                                  .arg(r.record.sha256)
                           << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdExport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption progress(QStringLiteral("progress"), CliText::tr("Print progress on stderr."));
    p.addOption(progress);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("Evidence reference, e.g. E-0001."));
    p.addPositionalArgument(QStringLiteral("OUT"),
                            CliText::tr("Output file, or an existing folder to write it into under its name."));
    if (int rc = cli::parse(p, QStringLiteral("evidence export"), args, QStringLiteral("WB REF OUT")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence export"), 3, 3);
        const QStringList a = p.positionalArguments();
        auto wb = Workbook::open(a[0], Workbook::Mode::ReadOnly);
        EvidenceVault vault(*wb);
        const ProgressFn progressFn = progressPrinter(p.isSet(progress), CliText::tr("Exporting evidence"));
        QString written = a[2];
        if (QFileInfo(a[2]).isDir()) {
            written = vault.exportToFolder(a[1], a[2], progressFn);
        } else {
            if (QFileInfo::exists(a[2]))
                throw AuditError(
                    ErrorCode::InvalidInput,
                    CliText::tr("%1: a file of that name already exists; it was left as it is.").arg(a[2]));
            vault.exportTo(a[1], a[2], progressFn);
        }
        const EvidenceRecord r = vault.get(a[1]);
        cli::out() << CliText::tr("%1: written to %2 (%3 bytes, SHA-256 %4 checked).")
                          .arg(r.ref, written)
                          .arg(r.size)
                          .arg(r.sha256)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption item(QStringLiteral("item"), CliText::tr("Only evidence linked to this item."),
                                  QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    p.addOptions({ item, json });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("evidence list"), args, QStringLiteral("WB [--item ID] [--json]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence list"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        EvidenceVault vault(*wb);
        const QList<EvidenceRecord> records = p.isSet(item) ? vault.listForItem(p.value(item)) : vault.list();
        if (p.isSet(json)) {
            QJsonArray a;
            for (const EvidenceRecord& r : records)
                a.append(toJson(r, vault.links(r.ref)));
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        } else {
            for (const EvidenceRecord& r : records) {
                QStringList links;
                for (const EvidenceTarget& l : vault.links(r.ref))
                    links << l.entity();
                cli::out() << r.ref << "  " << r.name << "  " << r.size << "  " << r.mime << "  "
                           << Clock::shownDate(r.obtainedAt) << "  " << r.sha256.left(16) << "  " << links.join(u", ")
                           << "\n";
            }
            cli::out() << CliText::tr("%n piece(s) of evidence.", nullptr, int(records.size())) << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdLinkOrUnlink(const QStringList& args, bool linking)
{
    const QString command = linking ? QStringLiteral("evidence link") : QStringLiteral("evidence unlink");
    QCommandLineParser p;
    TargetOptions target;
    target.addTo(p);
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("Evidence reference, e.g. E-0001."));
    if (int rc = cli::parse(p, command, args, QStringLiteral("WB REF --item ID [--step N]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, command, 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first());
        setActor(*wb, p);
        EvidenceVault vault(*wb);
        const EvidenceTarget tgt = target.read(p);
        const QString ref = p.positionalArguments()[1];
        if (linking)
            cli::out() << (vault.link(ref, tgt) ? CliText::tr("%1: linked to %2.")
                                                : CliText::tr("%1: already linked to %2."))
                              .arg(ref.toUpper(), tgt.entity())
                       << Qt::endl;
        else {
            vault.unlink(ref, tgt);
            cli::out() << CliText::tr("%1: unlinked from %2.").arg(ref.toUpper(), tgt.entity()) << Qt::endl;
        }
        return int(cli::Ok);
    });
}

int cmdEdit(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("New name."), QStringLiteral("NAME"));
    const QCommandLineOption source(QStringLiteral("source"), CliText::tr("Where it was obtained from."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption obtained(QStringLiteral("obtained"), CliText::tr("Date obtained."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption description(QStringLiteral("description"), CliText::tr("What it shows."),
                                         QStringLiteral("TEXT"));
    p.addOptions({ name, source, obtained, description, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("Evidence reference, e.g. E-0001."));
    if (int rc = cli::parse(p, QStringLiteral("evidence edit"), args, QStringLiteral("WB REF [--name …] [--source …]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence edit"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first());
        setActor(*wb, p);
        EvidenceVault vault(*wb);
        const EvidenceRecord r = vault.get(p.positionalArguments()[1]);
        EvidenceMetadata m { r.name, r.obtainedFrom, r.obtainedAt, r.description };
        if (p.isSet(name))
            m.name = p.value(name);
        if (p.isSet(source))
            m.obtainedFrom = p.value(source);
        if (p.isSet(obtained))
            m.obtainedAt = p.value(obtained);
        if (p.isSet(description))
            m.description = p.value(description);
        vault.editMetadata(r.ref, m);
        cli::out() << CliText::tr("%1: updated.").arg(r.ref) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdDescribe(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("Evidence reference, e.g. E-0001."));
    if (int rc = cli::parse(p, QStringLiteral("evidence describe"), args, QStringLiteral("WB REF")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence describe"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        EvidenceVault vault(*wb);
        const EvidenceRecord r = vault.get(p.positionalArguments()[1]);
        QTextStream& out = cli::out();
        out << CliText::tr("Evidence:") << " " << r.ref << "\n"
            << CliText::tr("Name:") << " " << r.name << "\n"
            << CliText::tr("Size:") << " " << r.size << "\n"
            << "SHA-256: " << r.sha256 << "\n"
            << CliText::tr("Obtained from:") << " " << r.obtainedFrom << "\n"
            << CliText::tr("Obtained on:") << " " << Clock::shownDate(r.obtainedAt) << "\n"
            << CliText::tr("Description:") << " " << r.description << "\n"
            << CliText::tr("Added by:") << " " << r.addedBy << "\n";
        const QList<EvidenceTarget> links = vault.links(r.ref);
        if (links.isEmpty())
            out << CliText::tr("Linked to: nothing") << "\n";
        for (const EvidenceTarget& t : links)
            out << CliText::tr("Linked to:") << " " << t.entity() << "\n";
        out.flush();
        return int(cli::Ok);
    });
}

int cmdRemove(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({ asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("REF"), CliText::tr("Evidence reference, e.g. E-0001."));
    if (int rc = cli::parse(p, QStringLiteral("evidence remove"), args, QStringLiteral("WB REF")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("evidence remove"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first());
        setActor(*wb, p);
        EvidenceVault vault(*wb);
        const QString ref = vault.get(p.positionalArguments()[1]).ref;
        vault.remove(ref);
        cli::out() << CliText::tr("%1: removed from the vault.").arg(ref) << Qt::endl;
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("evidence describe",
                  QT_TRANSLATE_NOOP("CliText", "show one piece of evidence and what it is linked to"), cmdDescribe);
ISMAP_CLI_COMMAND("evidence remove",
                  QT_TRANSLATE_NOOP("CliText", "remove unlinked evidence from the vault (an open engagement only)"),
                  cmdRemove);
ISMAP_CLI_COMMAND("evidence add",
                  QT_TRANSLATE_NOOP("CliText", "import evidence files into the vault, linked to an item"), cmdAdd);
ISMAP_CLI_COMMAND("evidence export", QT_TRANSLATE_NOOP("CliText", "write evidence out, checking its SHA-256"),
                  cmdExport);
ISMAP_CLI_COMMAND("evidence list", QT_TRANSLATE_NOOP("CliText", "list evidence (all, or of one item)"), cmdList);
ISMAP_CLI_COMMAND("evidence link",
                  QT_TRANSLATE_NOOP("CliText", "link existing evidence to an item, step, sample or finding"),
                  [](const QStringList& a) { return cmdLinkOrUnlink(a, true); });
ISMAP_CLI_COMMAND("evidence unlink",
                  QT_TRANSLATE_NOOP("CliText", "remove a link of evidence (the file stays in the vault)"),
                  [](const QStringList& a) { return cmdLinkOrUnlink(a, false); });
ISMAP_CLI_COMMAND("evidence edit",
                  QT_TRANSLATE_NOOP("CliText", "change the name, source, date or description of evidence"), cmdEdit);
