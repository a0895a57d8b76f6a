// ismapctl sample draw | list | result | reperform, sampling table: reproducible samples and their results.
#include "cli/FieldworkCli.h"
#include "engagement/HistoryText.h"
#include "evidence/PopulationList.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Sampling.h"
#include "statement/StatementBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ismap;
using ismap::cli::CliText;
using namespace ismap::cli::fw;

namespace {

void printSet(const SampleSet& s)
{
    cli::out() << CliText::tr("sample %1 for item %2: %3 of %4 (%5, table %6), seed %7, %8")
                      .arg(s.id)
                      .arg(s.itemId)
                      .arg(s.size)
                      .arg(s.population)
                      .arg(HistoryText::value(QStringLiteral("frequency"), s.frequency), s.samplingTable, s.seed,
                           s.algorithm)
               << "\n";
    if (!s.populationEvidence.isEmpty())
        cli::out() << CliText::tr("population list %1 (SHA-256 %2)").arg(s.populationEvidence, s.populationSha256)
                   << "\n";
    for (const SampleItem& i : s.items)
        cli::out() << "  " << i.seq << ". #" << i.populationIndex << "  "
                   << (i.result ? FieldworkText::displayName(*i.result) : CliText::tr("pending"))
                   << (i.label.isEmpty() ? QString() : u"  " + i.label)
                   << (i.notes.isEmpty() ? QString() : u"  " + i.notes) << "\n";
    cli::out().flush();
}

int cmdDraw(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption population(
        QStringLiteral("population"),
        CliText::tr("Records in the population (default: the count the statement gives)."), QStringLiteral("N"));
    const QCommandLineOption frequency(
        QStringLiteral("frequency"),
        CliText::tr("annual, semiannual, quarterly, monthly, weekly, daily, multiple_daily or "
                    "event (default: the statement's frequency)."),
        QStringLiteral("FREQ"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("64-bit seed (default: random, recorded)."),
                                  QStringLiteral("S"));
    const QCommandLineOption step(QStringLiteral("step"), CliText::tr("The step number the sample serves."),
                                  QStringLiteral("STEP"));
    const QCommandLineOption description(QStringLiteral("description"), CliText::tr("What the population is."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption list(
        QStringLiteral("population-list"),
        CliText::tr("The CSP's ledger (CSV or XLSX, first row the header): kept as evidence, its record count is the "
                    "population and the drawn items name its records."),
        QStringLiteral("FILE"));
    p.addOptions({ population, list, frequency, seed, step, description, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    if (int rc
        = cli::parse(p, QStringLiteral("sample draw"), args,
                     QStringLiteral("WB ITEM --population N --frequency FREQ [--population-list FILE] [--seed S] "
                                    "--as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sample draw"), 2, 2);
        std::optional<std::uint64_t> s;
        if (p.isSet(seed)) {
            bool ok = false;
            s = p.value(seed).trimmed().toULongLong(&ok);
            if (!ok)
                throw AuditError(
                    ErrorCode::InvalidInput,
                    CliText::tr("--seed: \"%1\" is not a number from 0 to 18446744073709551615.").arg(p.value(seed)));
        }
        if (p.isSet(population) && p.isSet(list))
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("sample draw: give --population or --population-list, not both."));
        auto wb = openForWork(p.positionalArguments().first(), p);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const auto entry = StatementBook::entry(*wb, item);
        if (p.isSet(list)) {
            const QString freq = p.isSet(frequency) ? p.value(frequency) : (entry ? entry->frequency : QString());
            std::optional<qint64> stepId;
            if (p.isSet(step))
                stepId = Procedures::stepBySeq(*wb, item, int(number(p.value(step), QStringLiteral("--step")))).id;
            printSet(PopulationList::drawFrom(*wb, item, p.value(list), freq, s, stepId, p.value(description)));
            return int(cli::Ok);
        }
        const qint64 pop = Sampling::populationCount(
            *wb, item,
            p.isSet(population) ? std::optional<qint64>(number(p.value(population), QStringLiteral("--population")))
                                : std::nullopt);
        const QString freq = p.isSet(frequency) ? p.value(frequency) : (entry ? entry->frequency : QString());
        std::optional<qint64> stepId;
        if (p.isSet(step))
            stepId = Procedures::stepBySeq(*wb, item, int(number(p.value(step), QStringLiteral("--step")))).id;
        printSet(Sampling::draw(*wb, item, pop, freq, s, stepId, p.value(description)));
        return int(cli::Ok);
    });
}

int cmdList(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("ITEM"), CliText::tr("The item ID."));
    if (int rc = cli::parse(p, QStringLiteral("sample list"), args, QStringLiteral("WB ITEM [--json]")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sample list"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const QString item = Planning::resolveItem(*wb, p.positionalArguments().at(1));
        const QList<SampleSet> sets = Sampling::sets(*wb, item);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const SampleSet& s : sets) {
                QJsonArray items;
                for (const SampleItem& i : s.items)
                    items.append(QJsonObject { { QStringLiteral("seq"), i.seq },
                                               { QStringLiteral("population_index"), double(i.populationIndex) },
                                               { QStringLiteral("result"),
                                                 i.result ? QJsonValue(FieldworkText::key(*i.result)) : QJsonValue() },
                                               { QStringLiteral("label"), i.label },
                                               { QStringLiteral("notes"), i.notes },
                                               { QStringLiteral("attributes"), i.attributes } });
                a.append(QJsonObject { { QStringLiteral("id"), double(s.id) },
                                       { QStringLiteral("population"), double(s.population) },
                                       { QStringLiteral("frequency"), s.frequency },
                                       { QStringLiteral("size"), double(s.size) },
                                       { QStringLiteral("seed"), s.seed },
                                       { QStringLiteral("algorithm"), s.algorithm },
                                       { QStringLiteral("table"), s.samplingTable },
                                       { QStringLiteral("population_list"), s.populationEvidence },
                                       { QStringLiteral("population_sha256"), s.populationSha256 },
                                       { QStringLiteral("items"), items } });
            }
            cli::out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return int(cli::Ok);
        }
        for (const SampleSet& s : sets)
            printSet(s);
        return int(cli::Ok);
    });
}

int cmdResult(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption result(QStringLiteral("result"), CliText::tr("pass, fail or na."),
                                    QStringLiteral("RESULT"));
    const QCommandLineOption notes(QStringLiteral("notes"), CliText::tr("What was checked and found."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption label(QStringLiteral("label"), CliText::tr("What the item is (ticket no., date)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption attr(QStringLiteral("attr"), CliText::tr("An attribute result NAME=VALUE (repeatable)."),
                                  QStringLiteral("NAME=VALUE"));
    p.addOptions({ result, notes, label, attr, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("SAMPLE"), CliText::tr("The sample number (see sample list)."));
    p.addPositionalArgument(QStringLiteral("SEQ"), CliText::tr("The sample item number, 1 …"));
    if (int rc = cli::parse(p, QStringLiteral("sample result"), args,
                            QStringLiteral("WB SAMPLE SEQ --result pass|fail|na [--notes TEXT] --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sample result"), 3, 3);
        const auto r = FieldworkText::sampleResultFromKey(p.value(result).trimmed());
        if (!r)
            throw AuditError(ErrorCode::InvalidInput,
                             CliText::tr("--result: \"%1\" is not pass, fail or na.").arg(p.value(result)));
        QJsonObject attributes;
        for (const QString& a : p.values(attr)) {
            const int eq = int(a.indexOf(u'='));
            if (eq <= 0)
                throw AuditError(ErrorCode::InvalidInput, CliText::tr("--attr: \"%1\" is not NAME=VALUE.").arg(a));
            attributes.insert(a.left(eq).trimmed(), a.mid(eq + 1).trimmed());
        }
        auto wb = openForWork(p.positionalArguments().first(), p);
        const qint64 set = number(p.positionalArguments().at(1), QStringLiteral("SAMPLE"));
        const int seq = int(number(p.positionalArguments().at(2), QStringLiteral("SEQ")));
        const SampleItem i = Sampling::setResult(*wb, set, seq, *r, p.value(notes), attributes,
                                                 p.isSet(label) ? p.value(label) : QString());
        cli::out() << CliText::tr("sample %1 item %2 (#%3): %4")
                          .arg(set)
                          .arg(seq)
                          .arg(i.populationIndex)
                          .arg(FieldworkText::displayName(*r))
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdReperform(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("SAMPLE"), CliText::tr("The sample number."));
    if (int rc = cli::parse(p, QStringLiteral("sample reperform"), args, QStringLiteral("WB SAMPLE")); rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sample reperform"), 2, 2);
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        const qint64 set = number(p.positionalArguments().at(1), QStringLiteral("SAMPLE"));
        const ReperformResult r = Sampling::reperform(*wb, set);
        auto join = [](const QList<qint64>& l) {
            QStringList s;
            for (qint64 v : l)
                s << QString::number(v);
            return s.join(u' ');
        };
        cli::out() << CliText::tr("recorded:    %1").arg(join(r.recorded)) << "\n"
                   << CliText::tr("reperformed: %1").arg(join(r.reperformed)) << "\n";
        if (!r.matches) {
            cli::err() << CliText::tr(
                              "ismapctl: sample %1: the re-performed selection does not match the recorded one.")
                              .arg(set)
                       << Qt::endl;
            return cli::exitCodeFor(ErrorCode::Integrity);
        }
        cli::out() << CliText::tr("sample %1: the selection re-performs exactly from its seed.").arg(set) << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdDiscard(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(asOption());
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    p.addPositionalArgument(QStringLiteral("SAMPLE"), CliText::tr("The sample number."));
    if (int rc = cli::parse(p, QStringLiteral("sample discard"), args, QStringLiteral("WB SAMPLE --as MEMBER"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sample discard"), 2, 2);
        auto wb = openForWork(p.positionalArguments().first(), p);
        const qint64 set = number(p.positionalArguments().at(1), QStringLiteral("SAMPLE"));
        Sampling::discard(*wb, set);
        cli::out() << CliText::tr("sample %1 discarded (the trail keeps the draw and the discard).").arg(set)
                   << Qt::endl;
        return int(cli::Ok);
    });
}

int cmdTable(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption set(QStringLiteral("set"),
                                 CliText::tr("Replace the engagement's table with this JSON file."),
                                 QStringLiteral("FILE"));
    p.addOptions({ set, asOption() });
    p.addPositionalArgument(QStringLiteral("WB"), CliText::tr("The workbook."));
    if (int rc = cli::parse(p, QStringLiteral("sampling table"), args, QStringLiteral("WB [--set FILE --as MEMBER]"));
        rc >= 0)
        return rc;
    return cli::guarded([&] {
        requireArgs(p, QStringLiteral("sampling table"), 1, 1);
        if (p.isSet(set)) {
            QFile f(p.value(set));
            if (!f.open(QIODevice::ReadOnly))
                throw AuditError(ErrorCode::Io,
                                 CliText::tr("%1: cannot read the file (%2).").arg(p.value(set), f.errorString()));
            auto wb = openForWork(p.positionalArguments().first(), p);
            SamplingTable::setForEngagement(*wb, f.read(1024 * 1024), p.value(set));
            cli::out() << CliText::tr("Sampling table %1 set.").arg(SamplingTable::ofEngagement(*wb).version())
                       << Qt::endl;
            return int(cli::Ok);
        }
        auto wb = Workbook::open(p.positionalArguments().first(), Workbook::Mode::ReadOnly);
        cli::out() << QString::fromUtf8(
            QJsonDocument(SamplingTable::ofEngagement(*wb).json()).toJson(QJsonDocument::Indented));
        return int(cli::Ok);
    });
}

} // namespace

ISMAP_CLI_COMMAND("sample draw", QT_TRANSLATE_NOOP("CliText", "draw a reproducible sample for an item"), cmdDraw);
ISMAP_CLI_COMMAND("sample discard",
                  QT_TRANSLATE_NOOP("CliText", "discard a sample drawn in error (no results recorded yet)"),
                  cmdDiscard);
ISMAP_CLI_COMMAND("sample list", QT_TRANSLATE_NOOP("CliText", "an item's samples and their results"), cmdList);
ISMAP_CLI_COMMAND("sample result",
                  QT_TRANSLATE_NOOP("CliText", "record a sample item's result (fail raises a finding)"), cmdResult);
ISMAP_CLI_COMMAND("sample reperform", QT_TRANSLATE_NOOP("CliText", "re-perform a selection from its seed and compare"),
                  cmdReperform);
ISMAP_CLI_COMMAND("sampling table", QT_TRANSLATE_NOOP("CliText", "show or set the engagement's sampling table"),
                  cmdTable);
