// ismapctl replica create|claim and sync export|import|status|conflicts|resolve|folder: team sync through files.
#include "cli/FieldworkCli.h"
#include "cli/MemberKeyCli.h"
#include "common/Clock.h"
#include "engagement/ConflictText.h"
#include "replication/Replication.h"
#include "replication/SyncText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

void printImport(const SyncImportResult& r)
{
    cli::out() << SyncText::importText(r, CliText::tr("see sync conflicts")) << Qt::endl;
}

int cmdReplicaCreate(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    CliText::tr("Where the replica is written (a new file)."), QStringLiteral("COPY"));
    const QCommandLineOption forMember(QStringLiteral("for"), CliText::tr("The team member the replica is for."),
                                       QStringLiteral("MEMBER"));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    CliText::tr("Reference prefix of the replica (e.g. TA gives F-TA-001); default: "
                                                "the member's initials."),
                                    QStringLiteral("PREFIX"));
    p.addOption(output);
    p.addOption(forMember);
    p.addOption(prefix);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The engagement's origin workbook (the lead's)."));
    if (int rc = cli::parse(p, QStringLiteral("replica create"), args,
                            QStringLiteral("WB -o COPY --for MEMBER [--prefix P] --as LEAD"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("replica create"), 1, 1);
        if (!p.isSet(output) || !p.isSet(forMember))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("replica create: give -o COPY and --for MEMBER."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        const ReplicaInfo r = Replication::createReplica(*wb, p.value(output), p.value(forMember), p.value(prefix));
        cli::out() << CliText::tr("replica %1 for %2 written to %3 (references %4).")
                          .arg(r.number)
                          .arg(r.member, p.value(output), QStringLiteral("F-%1-001").arg(r.prefix))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdReplicaClaim(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The replica that was moved."));
    if (int rc = cli::parse(p, QStringLiteral("replica claim"), args, QStringLiteral("WB --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("replica claim"), 1, 1);
        const QString name = actorName(p);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadWrite, true);
        wb->setActor(name);
        wb->actingMember();
        Replication::claim(*wb);
        cli::out() << CliText::tr("%1 is replica %2 again, at this place.").arg(wb->path()).arg(wb->replicaNumber())
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdSyncExport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addOption(cli::keys::passphraseStdinOption());
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    CliText::tr("The package to write (.ismapsync)."), QStringLiteral("FILE"));
    const QCommandLineOption forReplica(QStringLiteral("for"),
                                        CliText::tr("Only what this replica (number) is not known to hold."),
                                        QStringLiteral("REPLICA"));
    p.addOption(output);
    p.addOption(forReplica);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("sync export"), args,
                            QStringLiteral("WB -o FILE.ismapsync [--for REPLICA] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync export"), 1, 1);
        if (!p.isSet(output))
            throw AuditError(ErrorCode::InvalidInput, CliText::tr("sync export: give -o FILE.ismapsync."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        std::optional<int> peer;
        if (p.isSet(forReplica))
            peer = int(number(p.value(forReplica), QStringLiteral("--for")));
        const SyncExportResult r = Replication::exportPackage(*wb, p.value(output), peer);
        cli::out() << SyncText::exportText(r, wb->actor()) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdSyncImport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The change package (.ismapsync)."));
    if (int rc = cli::parse(p, QStringLiteral("sync import"), args, QStringLiteral("WB FILE --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync import"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        printImport(Replication::importPackage(*wb, p.positionalArguments().at(1)));
        return int(cli::Ok);
    });
}

int cmdSyncStatus(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("sync status"), args, QStringLiteral("WB [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync status"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QList<ReplicaInfo> replicas = Replication::replicas(*wb);
        const int open = int(Replication::conflicts(*wb).size());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const ReplicaInfo& r : replicas) {
                QJsonObject seen;
                for (auto it = r.seen.cbegin(); it != r.seen.cend(); ++it)
                    seen.insert(QString::number(it.key()), double(it.value()));
                list.append(QJsonObject { { QStringLiteral("number"), r.number },
                                          { QStringLiteral("member"), r.member },
                                          { QStringLiteral("prefix"), r.prefix },
                                          { QStringLiteral("self"), r.self },
                                          { QStringLiteral("seen"), seen },
                                          { QStringLiteral("pending"), r.pending },
                                          { QStringLiteral("last_export"), r.lastExport },
                                          { QStringLiteral("last_import"), r.lastImport } });
            }
            cli::out() << QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("replica"), wb->replicaNumber() },
                                            { QStringLiteral("replicas"), list },
                                            { QStringLiteral("open_conflicts"), open } })
                    .toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        if (replicas.isEmpty()) {
            cli::out() << CliText::tr("%1: no replicas (the engagement is worked in this one file).").arg(wb->path())
                       << Qt::endl;
            return int(cli::Ok);
        }
        cli::out() << CliText::tr("%1 is replica %2.").arg(wb->path()).arg(wb->replicaNumber()) << "\n";
        for (const ReplicaInfo& r : replicas) {
            QStringList seen;
            for (auto it = r.seen.cbegin(); it != r.seen.cend(); ++it)
                seen << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
            cli::out() << (r.self ? "* " : "  ") << r.number << "\t" << r.member << "\t"
                       << (r.prefix.isEmpty() ? QStringLiteral("-") : r.prefix) << "\t"
                       << CliText::tr("seen %1").arg(seen.join(u' ')) << "\t"
                       << (r.self ? CliText::tr("this file") : CliText::tr("%n pending", nullptr, r.pending)) << "\t"
                       << CliText::tr("last export %1, last import %2")
                              .arg(r.lastExport.isEmpty() ? QStringLiteral("-") : Clock::shown(r.lastExport),
                                   r.lastImport.isEmpty() ? QStringLiteral("-") : Clock::shown(r.lastImport))
                       << "\n";
        }
        cli::out() << CliText::tr("%n open conflict(s).", nullptr, open) << Qt::endl;
        return int(cli::Ok);
    });
}

QJsonObject conflictJson(const SyncConflict& c)
{
    QJsonArray versions;
    for (const ConflictVersion& v : c.versions)
        versions.append(QJsonObject { { QStringLiteral("replica"), v.replica },
                                      { QStringLiteral("member"), v.member },
                                      { QStringLiteral("stamp"), v.stamp },
                                      { QStringLiteral("deleted"), v.deleted },
                                      { QStringLiteral("values"), v.values } });
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("table"), c.table },
                         { QStringLiteral("key"), c.rowKey },
                         { QStringLiteral("label"), c.label },
                         { QStringLiteral("item"), c.itemId },
                         { QStringLiteral("open"), c.open },
                         { QStringLiteral("current"), c.current },
                         { QStringLiteral("versions"), versions },
                         { QStringLiteral("resolved_by"), c.resolvedBy } };
}

int cmdSyncConflicts(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    const QCommandLineOption all(QStringLiteral("all"), CliText::tr("Resolved conflicts too."));
    p.addOption(all);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("sync conflicts"), args, QStringLiteral("WB [--all] [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync conflicts"), 1, 1);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QList<SyncConflict> list = Replication::conflicts(*wb, !p.isSet(all));
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const SyncConflict& c : list)
                a.append(conflictJson(c));
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        if (list.isEmpty()) {
            cli::out() << CliText::tr("no conflicts.") << Qt::endl;
            return int(cli::Ok);
        }
        for (const SyncConflict& c : list) {
            cli::out() << c.id << "\t" << ConflictText::label(*wb, ConflictText::rowOf(c)) << "\t"
                       << (c.open ? CliText::tr("open") : CliText::tr("resolved")) << "\n";
            for (const ConflictVersion& v : c.versions)
                cli::out() << "    "
                           << CliText::tr("replica %1 (%2, %3): %4")
                                  .arg(v.replica)
                                  .arg(v.member, Clock::shown(v.stamp.section(u'|', 0, 0)),
                                       v.deleted ? CliText::tr("deleted the row") : ConflictText::values(*wb, v.values))
                           << (QString::number(v.replica) == c.current ? CliText::tr("  ← held now") : QString())
                           << "\n";
        }
        cli::out().flush();
        return int(cli::Ok);
    });
}

int cmdSyncResolve(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    const QCommandLineOption take(QStringLiteral("take"),
                                  CliText::tr("mine, theirs, a replica's number, or value (with --value)."),
                                  QStringLiteral("WHICH"));
    const QCommandLineOption value(QStringLiteral("value"), CliText::tr("FIELD=VALUE to set (repeatable)."),
                                   QStringLiteral("FIELD=VALUE"));
    p.addOption(take);
    p.addOption(value);
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ID"), CliText::tr("The conflict (see sync conflicts)."));
    if (int rc = cli::parse(p, QStringLiteral("sync resolve"), args,
                            QStringLiteral("WB ID --take mine|theirs|N|value [--value FIELD=VALUE] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync resolve"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString which = p.value(take).trimmed();
        ConflictTake how = ConflictTake::Mine;
        int replica = -1;
        QJsonObject values;
        if (which == u"mine")
            how = ConflictTake::Mine;
        else if (which == u"theirs")
            how = ConflictTake::Theirs;
        else if (which == u"value") {
            how = ConflictTake::Values;
            for (const QString& v : p.values(value)) {
                const qsizetype eq = v.indexOf(u'=');
                if (eq <= 0)
                    throw AuditError(ErrorCode::InvalidInput, CliText::tr("--value \"%1\": give FIELD=VALUE.").arg(v));
                values.insert(v.left(eq), v.mid(eq + 1));
            }
            if (values.isEmpty())
                throw AuditError(ErrorCode::InvalidInput, CliText::tr("--take value needs --value FIELD=VALUE."));
        } else {
            bool ok = false;
            replica = which.toInt(&ok);
            if (!ok)
                throw AuditError(
                    ErrorCode::InvalidInput,
                    CliText::tr("--take \"%1\": give mine, theirs, a replica number or value.").arg(which));
            how = ConflictTake::Replica;
        }
        const SyncConflict c = Replication::resolve(*wb, p.positionalArguments().at(1), how, replica, values);
        cli::out() << CliText::tr("conflict %1 (%2) resolved by %3.")
                          .arg(c.id, ConflictText::label(*wb, ConflictText::rowOf(c)), wb->actor())
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdSyncFolder(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addOption(cli::keys::passphraseStdinOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The shared folder."));
    if (int rc = cli::parse(p, QStringLiteral("sync folder"), args, QStringLiteral("WB DIR --as MEMBER")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sync folder"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        cli::keys::unlockActingKey(*wb, p);
        const FolderSyncResult r = Replication::syncFolder(*wb, p.positionalArguments().at(1));
        for (const SyncImportResult& i : r.imported)
            printImport(i);
        for (const QString& refused : r.refused)
            cli::err() << SyncText::refusedInFolder(refused) << Qt::endl;
        cli::out() << CliText::tr("wrote %1 (%n action(s)).", nullptr, r.exportResult.actions).arg(r.exported)
                   << Qt::endl;
        return r.refused.isEmpty() ? int(cli::Ok) : 1;
    });
}

} // namespace

ISMAP_CLI_COMMAND("replica create", QT_TRANSLATE_NOOP("CliText", "make a replica of the engagement for a member"),
                  cmdReplicaCreate);
ISMAP_CLI_COMMAND("replica claim", QT_TRANSLATE_NOOP("CliText", "rebind a replica that was moved to its new place"),
                  cmdReplicaClaim);
ISMAP_CLI_COMMAND("sync export", QT_TRANSLATE_NOOP("CliText", "write a signed change package for other replicas"),
                  cmdSyncExport);
ISMAP_CLI_COMMAND("sync import", QT_TRANSLATE_NOOP("CliText", "check and apply a change package"), cmdSyncImport);
ISMAP_CLI_COMMAND("sync status", QT_TRANSLATE_NOOP("CliText", "list the replicas and what each has seen"),
                  cmdSyncStatus);
ISMAP_CLI_COMMAND("sync conflicts", QT_TRANSLATE_NOOP("CliText", "list the conflicts between replicas"),
                  cmdSyncConflicts);
ISMAP_CLI_COMMAND("sync resolve", QT_TRANSLATE_NOOP("CliText", "decide a conflict between replicas"), cmdSyncResolve);
ISMAP_CLI_COMMAND("sync folder", QT_TRANSLATE_NOOP("CliText", "exchange packages through a shared folder"),
                  cmdSyncFolder);
