#include "workbook/Schema.h"

#include "common/TextCode.h"
#include "database/Database.h"
#include "trail/RowState.h"
#include "trail/Trail.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ismap::Schema {

namespace {

// Version 1: the whole engagement in one file. Columns use the audit's own words.
const char* const kVersion1 = R"SQL(
CREATE TABLE engagement (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    csp TEXT NOT NULL,
    service TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    scheme TEXT NOT NULL DEFAULT 'ismap' CHECK (scheme IN ('ismap', 'ismap-liu')),
    audit_kind TEXT NOT NULL DEFAULT 'initial' CHECK (audit_kind IN ('initial', 'renewal')),
    firm TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    criteria_revision TEXT NOT NULL,
    criteria_source TEXT NOT NULL DEFAULT 'builtin',
    sampling_table TEXT NOT NULL DEFAULT '{}',
    severity_scale TEXT NOT NULL DEFAULT '["high","medium","low"]',
    locked INTEGER NOT NULL DEFAULT 0,
    locked_at TEXT,
    locked_by TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE team_member (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('staff', 'reviewer', 'lead')),
    email TEXT NOT NULL DEFAULT ''
);

-- Criteria catalog of the revision the workbook was built on. Rows are never deleted: an item that
-- disappears in a newer revision keeps its work and is marked with the revision it left in.
CREATE TABLE catalog_item (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    revision TEXT NOT NULL,
    part TEXT NOT NULL,
    parent TEXT,
    level TEXT NOT NULL CHECK (level IN ('domain', 'category', 'objective', 'detailed')),
    depth INTEGER NOT NULL,
    suffix TEXT NOT NULL DEFAULT '',
    mandatory INTEGER NOT NULL DEFAULT 0,
    sort_key TEXT NOT NULL,
    basis TEXT NOT NULL DEFAULT '',
    title_ja TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    text_ja TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT '',
    retired_in TEXT
);
CREATE INDEX catalog_item_parent ON catalog_item(parent);
CREATE INDEX catalog_item_number ON catalog_item(number);
CREATE INDEX catalog_item_sort ON catalog_item(sort_key);

-- The CSP's statement (言明書). No row = undecided.
CREATE TABLE statement_item (
    item_id TEXT PRIMARY KEY REFERENCES catalog_item(id),
    applicability TEXT NOT NULL CHECK (applicability IN ('in_scope', 'out_of_scope')),
    reason TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    population INTEGER,
    population_note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    source_row INTEGER
);

-- Per-item planning: this year's cycle, control kind, assignee.
CREATE TABLE item_plan (
    item_id TEXT PRIMARY KEY REFERENCES catalog_item(id),
    in_cycle INTEGER NOT NULL DEFAULT 1,
    control_kind TEXT NOT NULL DEFAULT '',
    assignee INTEGER REFERENCES team_member(id)
);

CREATE TABLE procedure_step (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    template_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('design', 'operating')),
    type TEXT NOT NULL CHECK (type IN ('inspection', 'inquiry', 'observation', 'reperformance')),
    instruction_ja TEXT NOT NULL,
    instruction_en TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
    result TEXT CHECK (result IN ('no_exception', 'deviation', 'not_performed', 'not_applicable')),
    notes TEXT NOT NULL DEFAULT '',
    preparer INTEGER REFERENCES team_member(id),
    performed_at TEXT,
    retired INTEGER NOT NULL DEFAULT 0,
    UNIQUE (item_id, template_id)
);
CREATE INDEX procedure_step_item ON procedure_step(item_id);

CREATE TABLE sample_set (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    step_id INTEGER REFERENCES procedure_step(id),
    population INTEGER NOT NULL CHECK (population >= 0),
    frequency TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    seed TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    sampling_table TEXT NOT NULL,
    drawn_by INTEGER REFERENCES team_member(id),
    drawn_at TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sample_set_item ON sample_set(item_id);

CREATE TABLE sample_item (
    id INTEGER PRIMARY KEY,
    sample_set_id INTEGER NOT NULL REFERENCES sample_set(id),
    seq INTEGER NOT NULL,
    population_index INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    result TEXT CHECK (result IN ('pass', 'fail', 'not_applicable')),
    attributes TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (sample_set_id, seq)
);

-- Evidence vault: content stored once (evidence_blob + chunks), described by evidence rows.
-- Chunks point at their blob by integer id, not by the blob's SHA-256: an import streams the chunks in
-- before the whole-file hash is known, and only the small blob row is updated at the end.
CREATE TABLE evidence_blob (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    chunk_size INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL
);
CREATE TABLE evidence_chunk (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES evidence_blob(id),
    seq INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, seq)
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL REFERENCES evidence_blob(sha256),
    size INTEGER NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    obtained_from TEXT NOT NULL DEFAULT '',
    obtained_at TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    added_by INTEGER REFERENCES team_member(id),
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE TABLE evidence_link (
    evidence_id INTEGER NOT NULL REFERENCES evidence(id),
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    step_id INTEGER REFERENCES procedure_step(id),
    sample_item_id INTEGER REFERENCES sample_item(id),
    finding_id INTEGER REFERENCES finding(id),
    UNIQUE (evidence_id, item_id, step_id, sample_item_id, finding_id)
);
CREATE INDEX evidence_link_item ON evidence_link(item_id);

CREATE TABLE finding (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    step_id INTEGER REFERENCES procedure_step(id),
    sample_item_id INTEGER REFERENCES sample_item(id),
    title TEXT NOT NULL DEFAULT '',
    condition TEXT NOT NULL DEFAULT '',
    criteria TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    effect TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'agreed', 'closed')),
    raised_by INTEGER REFERENCES team_member(id),
    raised_at TEXT NOT NULL
);
CREATE INDEX finding_item ON finding(item_id);

CREATE TABLE review_note (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    raised_by INTEGER REFERENCES team_member(id),
    raised_at TEXT NOT NULL,
    resolved_by INTEGER REFERENCES team_member(id),
    resolved_at TEXT,
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_note_item ON review_note(item_id);

CREATE TABLE signoff (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    role TEXT NOT NULL CHECK (role IN ('preparer', 'reviewer')),
    member_id INTEGER NOT NULL REFERENCES team_member(id),
    at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX signoff_item ON signoff(item_id);

-- Append-only, hash-chained trail. hash = SHA-256(prev_hash || canonical row).
CREATE TABLE trail (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    member TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN SELECT RAISE(ABORT, 'the trail is append-only'); END;
CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail BEGIN SELECT RAISE(ABORT, 'the trail is append-only'); END;

-- Full-text search over titles, texts, statement, notes and findings (trigram: Japanese needs no tokenizer).
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, item_id UNINDEXED, body, tokenize = 'trigram');
-- Catalog and statement rows are written by Catalog::install and StatementBook::write. Step notes, findings and
-- review notes are kept current by these triggers whoever writes them: one row per (kind, item), rebuilt on change.
CREATE TRIGGER search_finding_ai AFTER INSERT ON finding BEGIN
  DELETE FROM search_index WHERE kind = 'finding' AND item_id = new.item_id;
  INSERT INTO search_index(kind, item_id, body) SELECT 'finding', new.item_id, group_concat(ref || ' ' || title || ' ' ||
    condition || ' ' || criteria || ' ' || cause || ' ' || effect || ' ' || response, ' ')
    FROM finding WHERE item_id = new.item_id HAVING count(*) > 0; END;
CREATE TRIGGER search_finding_au AFTER UPDATE ON finding BEGIN
  DELETE FROM search_index WHERE kind = 'finding' AND item_id IN (old.item_id, new.item_id);
  INSERT INTO search_index(kind, item_id, body) SELECT 'finding', item_id, group_concat(ref || ' ' || title || ' ' ||
    condition || ' ' || criteria || ' ' || cause || ' ' || effect || ' ' || response, ' ')
    FROM finding WHERE item_id IN (old.item_id, new.item_id) GROUP BY item_id; END;
CREATE TRIGGER search_finding_ad AFTER DELETE ON finding BEGIN
  DELETE FROM search_index WHERE kind = 'finding' AND item_id = old.item_id;
  INSERT INTO search_index(kind, item_id, body) SELECT 'finding', old.item_id, group_concat(ref || ' ' || title || ' ' ||
    condition || ' ' || criteria || ' ' || cause || ' ' || effect || ' ' || response, ' ')
    FROM finding WHERE item_id = old.item_id HAVING count(*) > 0; END;
CREATE TRIGGER search_note_ai AFTER INSERT ON review_note BEGIN
  DELETE FROM search_index WHERE kind = 'note' AND item_id = new.item_id;
  INSERT INTO search_index(kind, item_id, body) SELECT 'note', new.item_id, group_concat(text || ' ' || resolution, ' ')
    FROM review_note WHERE item_id = new.item_id HAVING count(*) > 0; END;
CREATE TRIGGER search_note_au AFTER UPDATE OF text, resolution ON review_note BEGIN
  DELETE FROM search_index WHERE kind = 'note' AND item_id = new.item_id;
  INSERT INTO search_index(kind, item_id, body) SELECT 'note', new.item_id, group_concat(text || ' ' || resolution, ' ')
    FROM review_note WHERE item_id = new.item_id HAVING count(*) > 0; END;
)SQL";

// Version 2: each trail row records the rows its action wrote (RowState), and trail_head pins the last row,
// written in the same transaction as every append.
const char* const kVersion2 = R"SQL(
ALTER TABLE trail ADD COLUMN state TEXT NOT NULL DEFAULT '';
CREATE TABLE trail_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
)SQL";

// Version 3: the population as the CSP states it — statement_item.population_note holds the records as named
// ("変更管理チケット", "約1,200件"), population the count when there is one — with its rationale; and the
// statement's own content, one row.
const char* const kVersion3 = R"SQL(
ALTER TABLE statement_item ADD COLUMN population_rationale TEXT NOT NULL DEFAULT '';
CREATE TABLE statement_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    statement_date TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    regions TEXT NOT NULL DEFAULT '',
    underlying_services TEXT NOT NULL DEFAULT '[]',
    system_overview TEXT NOT NULL DEFAULT '',
    changes_in_period TEXT NOT NULL DEFAULT '',
    subsequent_events TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
)SQL";

// Version 4: the request list (依頼資料 / PBC): what the team asked the CSP for, per item, step or sample set, with
// its status and the evidence that answered it; and the population list a sample was drawn from (the CSP's ledger,
// kept in the vault: its evidence ref and SHA-256).
const char* const kVersion4 = R"SQL(
CREATE TABLE request (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    step_id INTEGER REFERENCES procedure_step(id),
    sample_set_id INTEGER REFERENCES sample_set(id),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    requested_on TEXT NOT NULL,
    due_on TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'received', 'withdrawn')),
    received_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES team_member(id),
    created_at TEXT NOT NULL
);
CREATE INDEX request_item ON request(item_id);
CREATE TABLE request_evidence (
    request_id INTEGER NOT NULL REFERENCES request(id),
    evidence_id INTEGER NOT NULL REFERENCES evidence(id),
    PRIMARY KEY (request_id, evidence_id)
);
ALTER TABLE sample_set ADD COLUMN population_evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE sample_set ADD COLUMN population_sha256 TEXT NOT NULL DEFAULT '';
)SQL";

// Version 6: who did it, provably. Each member's Ed25519 public key as the lead registered it, with the interval it is
// valid in (a rotated or revoked key signs nothing after its end); every sign-off, review-note resolution,
// finalisation and unlock carries the acting member's signature and the fingerprint of the key that made it; the
// engagement-level sign-offs of the lead and of the engagement quality reviewer (審査担当者), a new team role.
const char* const kVersion6 = R"SQL(
CREATE TABLE member_key (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES team_member(id),
    fingerprint TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rotated', 'revoked')),
    registered_by INTEGER NOT NULL REFERENCES team_member(id),
    end_reason TEXT NOT NULL DEFAULT '',
    endorsement TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_key_member ON member_key(member_id);
ALTER TABLE signoff ADD COLUMN signature TEXT NOT NULL DEFAULT '';
ALTER TABLE signoff ADD COLUMN key_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE review_note ADD COLUMN resolution_signature TEXT NOT NULL DEFAULT '';
ALTER TABLE review_note ADD COLUMN resolution_key TEXT NOT NULL DEFAULT '';
CREATE TABLE engagement_signoff (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('lead', 'quality_reviewer')),
    member_id INTEGER NOT NULL REFERENCES team_member(id),
    at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE lock_signature (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('finalise', 'unlock')),
    member_id INTEGER NOT NULL REFERENCES team_member(id),
    at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL
);
)SQL";

/// Version 6 widens team_member's role CHECK by 'quality_reviewer'. SQLite cannot alter a CHECK, and rebuilding the
/// table would need foreign keys off, outside the transaction; widening a CHECK in the stored schema text is the
/// documented safe edit (sqlite.org/lang_altertable.html, section 7), with schema_version bumped so the connection
/// reads the new text.
void widenTeamRoles(Database& db)
{
    const int schemaVersion = db.scalar("PRAGMA schema_version").toInt();
    db.exec("PRAGMA writable_schema = ON;");
    db.exec(
        "UPDATE sqlite_master SET sql = replace(sql, '''staff'', ''reviewer'', ''lead'')', "
        "'''staff'', ''reviewer'', ''lead'', ''quality_reviewer'')') WHERE type = 'table' AND name = 'team_member'");
    db.exec(QStringLiteral("PRAGMA schema_version = %1;").arg(schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF;");
}

// Version 7: issuing and archiving (issue 14). Each report issued from the workbook (its SHA-256, kind, signer, the
// trail head it was composed from, the earlier final report it replaces); each reopening of a finalised engagement
// with the lead's reason (kept as a row so that a signature can be added to it); the firm's retention period and
// the date until which an issued engagement is kept.
const char* const kVersion7 = R"SQL(
CREATE TABLE report_issue (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('final', 'draft')),
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    issued_at TEXT NOT NULL,
    issued_by INTEGER REFERENCES team_member(id),
    signer TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    report_date TEXT NOT NULL DEFAULT '',
    trail_head TEXT NOT NULL,
    trail_seq INTEGER NOT NULL,
    reissue_of TEXT NOT NULL DEFAULT '',
    retain_until TEXT NOT NULL DEFAULT '',
    unlocks_before INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE engagement_unlock (
    id INTEGER PRIMARY KEY,
    unlocked_at TEXT NOT NULL,
    unlocked_by INTEGER NOT NULL REFERENCES team_member(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    locked_at TEXT NOT NULL DEFAULT '',
    locked_by TEXT NOT NULL DEFAULT ''
);
ALTER TABLE engagement ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 10;
ALTER TABLE engagement ADD COLUMN retain_until TEXT NOT NULL DEFAULT '';
)SQL";

/// A search trigger that is replaced when its text changes: its job is the same in every version, so a workbook
/// written with either text stays readable by every version of the app.
struct SearchTrigger
{
    const char* name;
    const char* sql;
};

// The step notes of an item, one search row per item, rebuilt when the notes change. The search table's item_id is
// not indexed, so the DELETE reads the whole table: the WHEN clause skips it when the notes stay as they were.
const SearchTrigger kSearchTriggers[] = {
    { "search_step_au",
      R"SQL(CREATE TRIGGER search_step_au AFTER UPDATE OF notes ON procedure_step WHEN old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE kind = 'step' AND item_id = new.item_id;
  INSERT INTO search_index(kind, item_id, body) SELECT 'step', new.item_id, group_concat(notes, ' ')
    FROM procedure_step WHERE item_id = new.item_id AND notes <> '' HAVING count(*) > 0; END)SQL" },
};

// Triggers of earlier versions that are dropped. search_step_ai indexed the notes of a new step, but steps are
// created without notes (Procedures::refresh; notes arrive by UPDATE): it only made each of the thousands of step
// inserts of a statement import a multi-table statement, with a statement journal of 64 KiB pages and a flush of
// the search table's pending terms.
const char* const kDroppedTriggers[] = { "search_step_ai" };

/// 4 → 5: the texts the engine wrote translated (generated finding titles, why a sign-off was voided) become codes
/// with parameters (TextCode), recognised in English or Japanese; any other text stays as it is. The rows changed
/// are recorded as the new baseline. A sign-off's content hash covers a migrated title as it read before
/// (TextCode::signedForm), so valid sign-offs stay valid.
void codeStoredTexts(Database& db)
{
    struct Column
    {
        const char* table;
        const char* column;
    };
    for (const Column& c : { Column { "finding", "title" }, Column { "signoff", "void_reason" } }) {
        Query rows = db.prepare(QStringLiteral("SELECT rowid, \"%1\" FROM \"%2\" WHERE \"%1\" <> ''")
                                    .arg(QLatin1String(c.column), QLatin1String(c.table)));
        QList<std::pair<qint64, QString>> changed;
        while (rows.step()) {
            const QString coded = TextCode::fromLegacy(rows.text(1));
            if (coded != rows.text(1))
                changed.append({ rows.int64(0), coded });
        }
        for (const auto& [rowid, coded] : changed) {
            db.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE rowid = ?")
                           .arg(QLatin1String(c.table), QLatin1String(c.column)))
                .bind(1, coded)
                .bind(2, rowid)
                .run();
            db.noteChange(QString::fromLatin1(c.table), rowid, true);
        }
    }
    Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                  QStringLiteral("format 4"), QStringLiteral("format 5"));
}

// Version 8: team sync (ARCHITECTURE.md, "Team sync"). The replicas of the engagement (`replica`, travels), which
// replica this file is and where it lives (`replica_self`, this file only), the changeset each trail row made
// (`trail_change`), the last writer of each field (`row_stamp`), the conflicts found (`sync_conflict`) and the
// exchanges made here (`sync_exchange`). The trail gets one chain per replica (trail_head per replica, `arrival`
// the order rows reached this file); evidence links get a key of their own so their changes can travel.
const char* const kVersion8 = R"SQL(
CREATE TABLE replica (
    number INTEGER PRIMARY KEY CHECK (number >= 0 AND number < 8192),
    uid TEXT NOT NULL UNIQUE,
    member_id INTEGER REFERENCES team_member(id),
    prefix TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE replica_self (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    number INTEGER NOT NULL,
    uid TEXT NOT NULL,
    bound_path TEXT NOT NULL,
    bound_file TEXT NOT NULL
);
CREATE TABLE trail_change (
    seq INTEGER PRIMARY KEY,
    changeset BLOB NOT NULL
);
CREATE TABLE row_stamp (
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    col INTEGER NOT NULL,
    stamp TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (tbl, pk, col)
) WITHOUT ROWID;
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    label TEXT NOT NULL,
    versions TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    detected_at TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT,
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sync_exchange (
    replica INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    at TEXT NOT NULL,
    file TEXT NOT NULL,
    digest TEXT NOT NULL,
    actions INTEGER NOT NULL,
    PRIMARY KEY (replica, direction)
);
DROP TRIGGER trail_no_update;
ALTER TABLE trail ADD COLUMN arrival INTEGER;
UPDATE trail SET arrival = seq;
CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN SELECT RAISE(ABORT, 'the trail is append-only'); END;
CREATE UNIQUE INDEX trail_arrival ON trail(arrival);
CREATE TABLE trail_head_v8 (
    replica INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO trail_head_v8(replica, seq, hash) SELECT 0, seq, hash FROM trail_head;
DROP TABLE trail_head;
ALTER TABLE trail_head_v8 RENAME TO trail_head;
CREATE TABLE evidence_link_v8 (
    id INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id),
    item_id TEXT NOT NULL REFERENCES catalog_item(id),
    step_id INTEGER REFERENCES procedure_step(id),
    sample_item_id INTEGER REFERENCES sample_item(id),
    finding_id INTEGER REFERENCES finding(id),
    UNIQUE (evidence_id, item_id, step_id, sample_item_id, finding_id)
);
INSERT INTO evidence_link_v8(id, evidence_id, item_id, step_id, sample_item_id, finding_id)
    SELECT rowid, evidence_id, item_id, step_id, sample_item_id, finding_id FROM evidence_link;
DROP TABLE evidence_link;
ALTER TABLE evidence_link_v8 RENAME TO evidence_link;
CREATE INDEX evidence_link_item ON evidence_link(item_id);
)SQL";

} // namespace

void create(Database& db)
{
    db.exec(kVersion1);
    db.exec(kVersion2);
    db.exec(kVersion3);
    db.exec(kVersion4);
    db.exec(kVersion6);
    widenTeamRoles(db);
    db.exec(kVersion7);
    db.exec(kVersion8);
    refreshTriggers(db);
    // Version 5 is a change of content, not of tables: nothing to create.
}

void refreshTriggers(Database& db)
{
    for (const char* name : kDroppedTriggers)
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1;").arg(QLatin1String(name)));
    Query current = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    for (const SearchTrigger& t : kSearchTriggers) {
        current.reset();
        current.bind(1, QString::fromLatin1(t.name));
        if (current.step() && current.text(0) == QString::fromUtf8(t.sql))
            continue;
        current.reset();
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1;").arg(QLatin1String(t.name)));
        db.exec(t.sql);
    }
}

void setAsideStepSearch(Database& db)
{
    db.exec("DROP TRIGGER IF EXISTS search_step_au;");
}

void rebuildStepSearch(Database& db, const QList<qint64>& stepIds)
{
    if (!stepIds.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : stepIds)
            ids.append(double(id));
        const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        // One pass each: the search table's item_id is not indexed.
        db.prepare("DELETE FROM search_index WHERE kind = 'step' AND item_id IN (SELECT item_id FROM procedure_step "
                   "WHERE id IN (SELECT value FROM json_each(?)))")
            .bind(1, json)
            .run();
        db.prepare("INSERT INTO search_index(kind, item_id, body) SELECT 'step', item_id, group_concat(notes, ' ') "
                   "FROM procedure_step WHERE item_id IN (SELECT item_id FROM procedure_step WHERE id IN (SELECT "
                   "value FROM json_each(?))) AND notes <> '' GROUP BY item_id")
            .bind(1, json)
            .run();
    }
    refreshTriggers(db);
}

void migrate(Database& db, int fromVersion)
{
    // Forward-only: each step takes version N to N+1.
    if (fromVersion < 2) {
        db.exec(kVersion2);
        db.exec("INSERT INTO trail_head(id, seq, hash) SELECT 1, seq, hash FROM trail ORDER BY seq DESC LIMIT 1");
        // The baseline: every audited row as it is now, recorded in the chain.
        for (const QString& table : RowState::auditedTables(db)) {
            Query rows = db.prepare(QStringLiteral("SELECT rowid FROM \"%1\"").arg(table));
            while (rows.step())
                db.noteChange(table, rows.int64(0));
        }
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 1"), QStringLiteral("format 2"));
    }
    if (fromVersion < 3) {
        db.exec(kVersion3);
        // A population stated as a bare number had no text: the count is the text as stated.
        db.exec("UPDATE statement_item SET population_note = CAST(population AS TEXT) "
                "WHERE population IS NOT NULL AND population_note = ''");
        // The new column is part of every statement row now: record them as they are, as the baseline.
        Query rows = db.prepare("SELECT rowid FROM statement_item");
        while (rows.step())
            db.noteChange(QStringLiteral("statement_item"), rows.int64(0), true);
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 2"), QStringLiteral("format 3"));
    }
    if (fromVersion < 4) {
        db.exec(kVersion4);
        // The two new sample_set columns are part of every sample set's row now: recorded as the baseline.
        Query sets = db.prepare("SELECT rowid FROM sample_set");
        while (sets.step())
            db.noteChange(QStringLiteral("sample_set"), sets.int64(0), true);
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 3"), QStringLiteral("format 4"));
    }
    if (fromVersion < 5)
        codeStoredTexts(db);
    if (fromVersion < 6) {
        db.exec(kVersion6);
        widenTeamRoles(db);
        // The new columns are part of every sign-off and review note now: recorded as they are, as the baseline.
        // Sign-offs made before this version carry no signature; `verify` names them as unsigned.
        for (const char* table : { "signoff", "review_note" }) {
            Query rows = db.prepare(QStringLiteral("SELECT rowid FROM %1").arg(QLatin1String(table)));
            while (rows.step())
                db.noteChange(QString::fromLatin1(table), rows.int64(0), true);
        }
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 5"), QStringLiteral("format 6"));
    }
    if (fromVersion < 7) {
        db.exec(kVersion7);
        // The two new engagement columns are part of its row now: recorded as the baseline.
        db.noteChange(QStringLiteral("engagement"), 1, true);
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 6"), QStringLiteral("format 7"));
    }
    if (fromVersion < 8) {
        db.exec(kVersion8);
        db.setChainedTrail(true);
        // The rebuild wrote rows of tables that are gone now (evidence_link_v8): only the links as they are count.
        db.takeChanges();
        // Evidence links have a key column now: every link recorded as it is, as the baseline.
        Query rows = db.prepare("SELECT rowid FROM evidence_link");
        while (rows.step())
            db.noteChange(QStringLiteral("evidence_link"), rows.int64(0), true);
        Trail::append(db, QStringLiteral("system"), QStringLiteral("workbook.upgrade"), QStringLiteral("workbook"),
                      QStringLiteral("format 7"), QStringLiteral("format 8"));
    }
}

} // namespace ismap::Schema
