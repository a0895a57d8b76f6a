#pragma once

#include "tabular/TableWriter.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ismap {

class Workbook;

/**
 * The work papers an auditor hands to the CSP or a manager, read from the modules that own their data: the findings
 * list, the sample selections (what the CSP must pull, per item and sample), the evidence index and the status
 * overview per item. In Japanese or English, whatever language the workbook was made in; written to XLSX or CSV
 * by TableWriter. The CLI (`ismapctl export`) and the desktop app (File → Export) both call this.
 */
class WorkPaperExport
{
    Q_DECLARE_TR_FUNCTIONS(WorkPaperExport)
public:
    enum class Kind { Findings, Samples, Evidence, Status, Requests };

    /// "findings", "samples", "evidence", "status" or "requests"; nullopt for anything else.
    static std::optional<Kind> kindFromName(const QString& name);
    static QString name(Kind kind);
    static QList<Kind> kinds();

    /// The sheet of @p kind in @p lang ("ja" or "en"; throws InvalidInput otherwise).
    static Sheet sheet(Workbook& wb, Kind kind, const QString& lang);
    /// Writes @p kind to @p path: XLSX or CSV by its suffix (CSV in @p encoding). Returns the rows written.
    static qsizetype write(Workbook& wb, Kind kind, const QString& path, const QString& lang,
                           TableWriter::CsvEncoding encoding = TableWriter::CsvEncoding::Utf8Bom);
};

} // namespace ismap
