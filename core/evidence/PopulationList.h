#pragma once

#include "fieldwork/Sampling.h"

#include <QCoreApplication>
#include <optional>

namespace ismap {

class Workbook;

/**
 * Drawing a sample from the CSP's ledger (母集団リスト): the file (CSV of any size, or XLSX) is read in streaming
 * passes, kept in the evidence vault by its SHA-256 and linked to the item; its record count is the population; the
 * drawn items carry the records they name. Everything the file or the item could refuse is checked before anything
 * is written.
 */
class PopulationList
{
    Q_DECLARE_TR_FUNCTIONS(PopulationList)
public:
    static SampleSet drawFrom(Workbook& wb, const QString& itemId, const QString& path, const QString& frequency,
                              std::optional<std::uint64_t> seed = std::nullopt,
                              std::optional<qint64> stepId = std::nullopt, const QString& description = {});
};

} // namespace ismap
