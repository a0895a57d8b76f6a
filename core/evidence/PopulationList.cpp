#include "evidence/PopulationList.h"

#include "common/AuditError.h"
#include "evidence/EvidenceVault.h"
#include "fieldwork/Sampling.h"
#include "tabular/PopulationFile.h"
#include "workbook/Workbook.h"

namespace ismap {

SampleSet PopulationList::drawFrom(Workbook& wb, const QString& itemId, const QString& path, const QString& frequency,
                                   std::optional<std::uint64_t> seed, std::optional<qint64> stepId,
                                   const QString& description)
{
    // Everything that can refuse comes first: the item, the file, the frequency's sample size.
    Sampling::checkDrawable(wb, itemId, stepId);
    const PopulationScan scan = PopulationFile::scan(path);
    const QString freq = Sampling::frequencyKey(itemId, frequency);
    SamplingTable::ofEngagement(wb).sizeFor(freq, scan.records);

    EvidenceVault vault(wb);
    EvidenceFile file;
    file.path = path;
    const EvidenceImport stored = vault.add(file, EvidenceTarget { itemId, stepId, {}, {} });
    if (stored.record.sha256 != scan.sha256)
        throw AuditError(ErrorCode::Integrity,
                         tr("%1: the file changed while it was read; draw again.").arg(scan.source));
    PopulationSource source;
    source.evidenceRef = stored.record.ref;
    source.sha256 = scan.sha256;
    source.labels = [&](const QList<qint64>& indices) {
        QHash<qint64, QString> out;
        const QHash<qint64, QStringList> records = PopulationFile::records(path, scan, indices);
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            out.insert(it.key(), PopulationFile::label(it.value()));
        return out;
    };
    return Sampling::draw(wb, itemId, scan.records, freq, seed, stepId,
                          description.isEmpty() ? scan.source : description, &source);
}

} // namespace ismap
