#pragma once

#include "signing/MemberKey.h"

#include <QHash>

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace ismap {

class Workbook;

/** What the demo built, for the command's summary. */
struct DemoSummary
{
    int inScope = 0;
    int reviewed = 0;
    int prepared = 0;
    int inProgress = 0;
    int findings = 0;
    int samples = 0;
    int openNotes = 0;
    int evidence = 0;
    /// Each demo member's key, registered in the workbook; on disk (MemberKeyFiles) it is encrypted with
    /// DemoEngagement::kKeyPassphrase. A key already on this machine under that passphrase is used again.
    QHash<QString, MemberKey> keys;
};

/**
 * A realistic, partly worked engagement for a fictional CSP (resources/demo): the team of four, the
 * statement over the built-in catalog, generated steps, and fieldwork in every state — reviewed and
 * prepared items, open review notes, samples with results, deviations with findings and management
 * responses, and evidence files the demo makes itself (PDF, PNG screen captures, CSV logs).
 * Deterministic (fixed seeds and a fixed fieldwork clock) except the engagement UUID.
 */
class DemoEngagement
{
    Q_DECLARE_TR_FUNCTIONS(DemoEngagement)
public:
    /// Creates the demo workbook at @p path (which must not exist).
    static std::unique_ptr<Workbook> create(const QString& path, DemoSummary* summary = nullptr);
    /// The passphrase of the demo members' keys (the demo only: a real key's passphrase is its owner's).
    static constexpr const char* kKeyPassphrase = "demo";
};

} // namespace ismap
