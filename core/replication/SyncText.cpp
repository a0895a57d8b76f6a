#include "replication/SyncText.h"

#include "replication/Replication.h"

#include <QDir>
#include <QLocale>

namespace ismap {

QString SyncText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QStringList SyncText::importLines(const SyncImportResult& r, const QString& conflictsHint)
{
    const QString file = QDir::toNativeSeparators(r.file);
    if (!r.changed())
        return { tr("%1: nothing new (%n row(s) of the package were here already); the workbook is unchanged.", nullptr,
                    r.alreadyHeld)
                     .arg(file) };
    const QString indent = QStringLiteral("  ");
    QStringList lines;
    lines << tr("%1: imported %n action(s) from replica %2 (signed by %3):", nullptr, r.actions)
                 .arg(file)
                 .arg(r.fromReplica)
                 .arg(r.fromMember);
    for (auto it = r.byMember.cbegin(); it != r.byMember.cend(); ++it) {
        const MemberActivity& a = it.value();
        lines << indent + it.key() + QStringLiteral(": ")
                + tr("steps %1, samples %2, findings %3, notes %4, sign-offs %5, evidence %6 (%7), other %8")
                      .arg(a.steps)
                      .arg(a.samples)
                      .arg(a.findings)
                      .arg(a.notes)
                      .arg(a.signOffs)
                      .arg(a.evidence)
                      .arg(bytes(a.evidenceBytes))
                      .arg(a.other);
    }
    lines << indent + tr("Evidence content: %n new file(s), %1.", nullptr, r.evidenceFiles).arg(bytes(r.evidenceBytes));
    if (!r.conflicts.isEmpty())
        lines << indent
                + tr("%n conflict(s) for a reviewer or the lead to decide: %1 (%2).", nullptr, int(r.conflicts.size()))
                      .arg(r.conflicts.join(QStringLiteral(", ")), conflictsHint);
    if (r.signOffsVoided > 0)
        lines << indent
                + tr("%n sign-off(s) voided: their content was changed by the merge.", nullptr, r.signOffsVoided);
    return lines;
}

QString SyncText::importText(const SyncImportResult& r, const QString& conflictsHint)
{
    return importLines(r, conflictsHint).join(u'\n');
}

QString SyncText::exportText(const SyncExportResult& r, const QString& signer)
{
    QString text = tr("%1: %n action(s), evidence %2 in %3 file(s), signed by %4.", nullptr, r.actions)
                       .arg(QDir::toNativeSeparators(r.file), bytes(r.evidenceBytes))
                       .arg(r.evidenceFiles)
                       .arg(signer);
    if (r.forReplica)
        text += u' ' + tr("(What replica %1 is not known to hold.)").arg(*r.forReplica);
    return text;
}

QString SyncText::refusedInFolder(const QString& refused)
{
    return tr("Refused, left in the folder: %1").arg(refused);
}

} // namespace ismap
