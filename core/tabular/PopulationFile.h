#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ismap {

/** What a first pass over a population list found. */
struct PopulationScan
{
    QString source; ///< the file's name, for messages
    QString sha256; ///< of the whole file
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "CP932" or "XLSX"
    qint64 bytes = 0;
    qint64 records = 0; ///< non-empty records below the header row
    QStringList header;
};

/**
 * The CSP's ledger a sample is drawn from (母集団リスト): a CSV of any size (UTF-8, with or without BOM, or CP932) read
 * in two streaming passes with flat memory — one that hashes, counts the records and finds the encoding, one that
 * returns only the records drawn — or an XLSX sheet (read whole, up to maxRecords). The first row is the header;
 * empty lines are not records.
 */
class PopulationFile
{
    Q_DECLARE_TR_FUNCTIONS(PopulationFile)
public:
    static constexpr qint64 kMaxRecords = 5'000'000;
    static constexpr qint64 kMaxBytes = 2LL * 1024 * 1024 * 1024;

    /// Throws InvalidInput naming the file for an empty, binary, undecodable or record-less file.
    static PopulationScan scan(const QString& path);
    /// The cells of the records at @p indices (1-based, as counted by scan()), by index.
    static QHash<qint64, QStringList> records(const QString& path, const PopulationScan& scan,
                                              const QList<qint64>& indices);
    /// A record as the label of a drawn sample item: its first non-empty cells joined, at most 200 characters.
    static QString label(const QStringList& cells);
};

} // namespace ismap
