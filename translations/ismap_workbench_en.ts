<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Applicability</name>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
</context>
<context>
    <name>AssignItemsCommand</name>
    <message>
        <source>unassign %1</source>
        <translation>unassign %1</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>assign %1 to %2</translation>
    </message>
</context>
<context>
    <name>BlobReader</name>
    <message>
        <source>%1: the stored chunk size %2 is not valid</source>
        <translation>%1: the stored chunk size %2 is not valid</translation>
    </message>
    <message>
        <source>%1 chunk %2: hash mismatch</source>
        <translation>%1 chunk %2: hash mismatch</translation>
    </message>
    <message>
        <source>%1 chunk %2: missing</source>
        <translation>%1 chunk %2: missing</translation>
    </message>
    <message>
        <source>%1 chunk %2: unexpected</source>
        <translation>%1 chunk %2: unexpected</translation>
    </message>
    <message>
        <source>%1 chunk %2: wrong length %3</source>
        <translation>%1 chunk %2: wrong length %3</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>%1: %2 chunks stored, %3 expected</source>
        <translation>%1: %2 chunks stored, %3 expected</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 expected</source>
        <translation>%1: %2 bytes stored, %3 expected</translation>
    </message>
    <message>
        <source>%1: content does not match its SHA-256</source>
        <translation>%1: content does not match its SHA-256</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the built-in criteria skeleton is missing from this build.</source>
        <translation>the built-in criteria skeleton is missing from this build.</translation>
    </message>
    <message>
        <source>%1: unexpected header.</source>
        <translation>%1: unexpected header.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a criteria ID.</source>
        <translation>%1: "%2" is not a criteria ID.</translation>
    </message>
    <message>
        <source>%1: ID %2 appears twice.</source>
        <translation>%1: ID %2 appears twice.</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: … and %2 more problems.</source>
        <translation>%1: … and %2 more problems.</translation>
    </message>
    <message>
        <source>%1: a sheet was named, but the file is not XLSX.</source>
        <translation>%1: a sheet was named, but the file is not XLSX.</translation>
    </message>
    <message>
        <source>no header row in the first %1 rows; expected columns such as 管理策番号/ID and タイトル/Title.</source>
        <translation>no header row in the first %1 rows; expected columns such as 管理策番号/ID and タイトル/Title.</translation>
    </message>
    <message>
        <source>no ID column (管理策番号, 番号, ID, 項番 or No) in the header.</source>
        <translation>no ID column (管理策番号, 番号, ID, 項番 or No) in the header.</translation>
    </message>
    <message>
        <source>no title column (管理策, タイトル, 項目名, Title or Control) in the header.</source>
        <translation>no title column (管理策, タイトル, 項目名, Title or Control) in the header.</translation>
    </message>
    <message>
        <source>"%1" is not a criteria ID (expected numbers with dots, like 5.1.1.1 or 6.3.1.P, with .P, .B or .PB as the only suffixes).</source>
        <translation>"%1" is not a criteria ID (expected numbers with dots, like 5.1.1.1 or 6.3.1.P, with .P, .B or .PB as the only suffixes).</translation>
    </message>
    <message>
        <source>ID %1 appears twice (first in row %2).</source>
        <translation>ID %1 appears twice (first in row %2).</translation>
    </message>
    <message>
        <source>item %1 has no title.</source>
        <translation>item %1 has no title.</translation>
    </message>
    <message>
        <source>"%1" is not a part of the criteria (ガバナンス基準, マネジメント基準 or 管理策基準).</source>
        <translation>"%1" is not a part of the criteria (ガバナンス基準, マネジメント基準 or 管理策基準).</translation>
    </message>
    <message>
        <source>"%1" is not a level (分野, カテゴリ, 統制目標 or 詳細管理策).</source>
        <translation>"%1" is not a level (分野, カテゴリ, 統制目標 or 詳細管理策).</translation>
    </message>
    <message>
        <source>"%1" in the baseline column is neither a mark (○) nor empty.</source>
        <translation>"%1" in the baseline column is neither a mark (○) nor empty.</translation>
    </message>
    <message>
        <source>no criteria items below the header (row %1).</source>
        <translation>no criteria items below the header (row %1).</translation>
    </message>
    <message>
        <source>the revision column names several revisions (%1); import one revision at a time.</source>
        <translation>the revision column names several revisions (%1); import one revision at a time.</translation>
    </message>
    <message>
        <source>the file does not say which revision of the criteria it is; give it with --revision (for example --revision 2023-10).</source>
        <translation>the file does not say which revision of the criteria it is; give it with --revision (for example --revision 2023-10).</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <source>Table %1 is rebuilt on each side and never exchanged.</source>
        <translation>Table %1 is rebuilt on each side and never exchanged.</translation>
    </message>
    <message>
        <source>The workbook has no table %1.</source>
        <translation>The workbook has no table %1.</translation>
    </message>
    <message>
        <source>Table %1 has no primary key, so its changes cannot be recorded.</source>
        <translation>Table %1 has no primary key, so its changes cannot be recorded.</translation>
    </message>
    <message>
        <source>Recording changes</source>
        <translation>Recording changes</translation>
    </message>
    <message>
        <source>Recording changes of table %1</source>
        <translation>Recording changes of table %1</translation>
    </message>
    <message>
        <source>The recorded changes cannot be read (%1).</source>
        <translation>The recorded changes cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>The changeset is malformed (%1).</source>
        <translation>The changeset is malformed (%1).</translation>
    </message>
    <message>
        <source>table %1, row %2 (refers to %3)</source>
        <translation>table %1, row %2 (refers to %3)</translation>
    </message>
    <message numerus="yes">
        <source>The changeset would leave %n row(s) referring to rows that do not exist: %1.</source>
        <translation>
            <numerusform>The changeset would leave %n row(s) referring to rows that do not exist: %1.</numerusform></translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>The incoming change to table %1, key %2, violates a constraint of this workbook.</source>
        <translation>The incoming change to table %1, key %2, violates a constraint of this workbook.</translation>
    </message>
    <message>
        <source>Out of memory combining changesets.</source>
        <translation>Out of memory combining changesets.</translation>
    </message>
    <message>
        <source>Changeset %1 of %2 cannot be combined (%3).</source>
        <translation>Changeset %1 of %2 cannot be combined (%3).</translation>
    </message>
    <message>
        <source>A changeset is applied only inside the caller's transaction.</source>
        <translation>A changeset is applied only inside the caller's transaction.</translation>
    </message>
    <message>
        <source>The changeset changes table %1, which this workbook does not have.</source>
        <translation>The changeset changes table %1, which this workbook does not have.</translation>
    </message>
    <message>
        <source>The changeset holds table %1 with %2 columns; this workbook has it with %3 columns or another key.</source>
        <translation>The changeset holds table %1 with %2 columns; this workbook has it with %3 columns or another key.</translation>
    </message>
    <message>
        <source>Applying a changeset</source>
        <translation>Applying a changeset</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Show help for this command.</translation>
    </message>
    <message>
        <source>Usage: ismapctl %1 %2</source>
        <translation>Usage: ismapctl %1 %2</translation>
    </message>
    <message>
        <source>Cloud service provider.</source>
        <translation>Cloud service provider.</translation>
    </message>
    <message>
        <source>Cloud service.</source>
        <translation>Cloud service.</translation>
    </message>
    <message>
        <source>Audit period, YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>Audit period, YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ismap or ismap-liu.</source>
        <translation>ismap or ismap-liu.</translation>
    </message>
    <message>
        <source>initial (design) or renewal (operating).</source>
        <translation>initial (design) or renewal (operating).</translation>
    </message>
    <message>
        <source>Audit firm.</source>
        <translation>Audit firm.</translation>
    </message>
    <message>
        <source>The new workbook file.</source>
        <translation>The new workbook file.</translation>
    </message>
    <message>
        <source>new: give exactly one workbook file.</source>
        <translation>new: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>new: --%1 is required.</source>
        <translation>new: --%1 is required.</translation>
    </message>
    <message>
        <source>--period: "%1" is not YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>--period: "%1" is not YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Created %1 (%2 criteria items, revision %3).</source>
        <translation>Created %1 (%2 criteria items, revision %3).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The workbook.</source>
        <translation>The workbook.</translation>
    </message>
    <message>
        <source>status: give exactly one workbook file.</source>
        <translation>status: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>create a workbook for an engagement</source>
        <translation>create a workbook for an engagement</translation>
    </message>
    <message>
        <source>progress by part and status, findings, evidence</source>
        <translation>progress by part and status, findings, evidence</translation>
    </message>
    <message>
        <source>Usage: ismapctl COMMAND [ARGS...]   (ismapctl COMMAND --help for details)</source>
        <translation>Usage: ismapctl COMMAND [ARGS...]   (ismapctl COMMAND --help for details)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>ismapctl: unknown command "%1".</source>
        <translation>ismapctl: unknown command "%1".</translation>
    </message>
    <message>
        <source>Revision of the criteria (e.g. 2022-04-01, 令和7年度); by default taken from a revision column or the title rows of the file.</source>
        <translation>Revision of the criteria (e.g. 2022-04-01, 令和7年度); by default taken from a revision column or the title rows of the file.</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>CSV: auto, utf-8 or cp932 (default: auto).</source>
        <translation>CSV: auto, utf-8 or cp932 (default: auto).</translation>
    </message>
    <message>
        <source>Team member doing this, for the trail (default: the ISMAP_MEMBER environment variable, else "system").</source>
        <translation>Team member doing this, for the trail (default: the ISMAP_MEMBER environment variable, else "system").</translation>
    </message>
    <message>
        <source>The official catalog, CSV or XLSX.</source>
        <translation>The official catalog, CSV or XLSX.</translation>
    </message>
    <message>
        <source>catalog import: give a workbook and a catalog file.</source>
        <translation>catalog import: give a workbook and a catalog file.</translation>
    </message>
    <message>
        <source>--encoding: "%1" is none of auto, utf-8, cp932.</source>
        <translation>--encoding: "%1" is none of auto, utf-8, cp932.</translation>
    </message>
    <message>
        <source>--as: "%1" is not on the engagement team.</source>
        <translation>--as: "%1" is not on the engagement team.</translation>
    </message>
    <message>
        <source>Imported %1 criteria items from %2 (revision %3, header in row %4, %5).</source>
        <translation>Imported %1 criteria items from %2 (revision %3, header in row %4, %5).</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, disappeared %4</source>
        <translation>added %1, updated %2, unchanged %3, disappeared %4</translation>
    </message>
    <message>
        <source>%1 rows without an ID were skipped (notes or captions).</source>
        <translation>%1 rows without an ID were skipped (notes or captions).</translation>
    </message>
    <message>
        <source>Items no longer in revision %1 that carry work (kept, marked retired): %2</source>
        <translation>Items no longer in revision %1 that carry work (kept, marked retired): %2</translation>
    </message>
    <message>
        <source>Include items retired by a newer revision.</source>
        <translation>Include items retired by a newer revision.</translation>
    </message>
    <message>
        <source>catalog list: give exactly one workbook file.</source>
        <translation>catalog list: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>  (retired in %1)</source>
        <translation>  (retired in %1)</translation>
    </message>
    <message>
        <source>import the official criteria catalog (CSV or XLSX)</source>
        <translation>import the official criteria catalog (CSV or XLSX)</translation>
    </message>
    <message>
        <source>list the criteria catalog of a workbook</source>
        <translation>list the criteria catalog of a workbook</translation>
    </message>
    <message>
        <source>create a realistic demo engagement (fictional CSP), partly worked</source>
        <translation>create a realistic demo engagement (fictional CSP), partly worked</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence.</source>
        <translation>
            <numerusform>%n piece(s) of evidence.</numerusform></translation>
    </message>
    <message>
        <source>import evidence files into the vault, linked to an item</source>
        <translation>import evidence files into the vault, linked to an item</translation>
    </message>
    <message>
        <source>write evidence out, checking its SHA-256</source>
        <translation>write evidence out, checking its SHA-256</translation>
    </message>
    <message>
        <source>list evidence (all, or of one item)</source>
        <translation>list evidence (all, or of one item)</translation>
    </message>
    <message>
        <source>link existing evidence to an item, step, sample or finding</source>
        <translation>link existing evidence to an item, step, sample or finding</translation>
    </message>
    <message>
        <source>remove a link of evidence (the file stays in the vault)</source>
        <translation>remove a link of evidence (the file stays in the vault)</translation>
    </message>
    <message>
        <source>change the name, source, date or description of evidence</source>
        <translation>change the name, source, date or description of evidence</translation>
    </message>
    <message>
        <source>generate or refresh procedure steps from statement and cycle</source>
        <translation>generate or refresh procedure steps from statement and cycle</translation>
    </message>
    <message>
        <source>an item's procedure steps, findings, notes and sign-offs</source>
        <translation>an item's procedure steps, findings, notes and sign-offs</translation>
    </message>
    <message>
        <source>record a step's result and notes</source>
        <translation>record a step's result and notes</translation>
    </message>
    <message>
        <source>the next pending item for a member</source>
        <translation>the next pending item for a member</translation>
    </message>
    <message>
        <source>the previous pending item for a member</source>
        <translation>the previous pending item for a member</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set %1 this year's cycle.</source>
        <translation>
            <numerusform>%n item(s) set %1 this year's cycle.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) assigned.</source>
        <translation>
            <numerusform>%n item(s) assigned.</numerusform></translation>
    </message>
    <message>
        <source>put items in or out of this year's cycle</source>
        <translation>put items in or out of this year's cycle</translation>
    </message>
    <message>
        <source>this year's cycle from a list of item IDs</source>
        <translation>this year's cycle from a list of item IDs</translation>
    </message>
    <message>
        <source>set an item's kind of control (selects its procedures)</source>
        <translation>set an item's kind of control (selects its procedures)</translation>
    </message>
    <message>
        <source>assign items to a team member</source>
        <translation>assign items to a team member</translation>
    </message>
    <message>
        <source>initial or renewal audit; ISMAP or ISMAP-LIU</source>
        <translation>initial or renewal audit; ISMAP or ISMAP-LIU</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>Signing time:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Coverage:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Trust:</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <source>sign a finished PDF with the firm's PKCS#12 (PAdES)</source>
        <translation>sign a finished PDF with the firm's PKCS#12 (PAdES)</translation>
    </message>
    <message>
        <source>verify a signed report: integrity, coverage, trust, workbook</source>
        <translation>verify a signed report: integrity, coverage, trust, workbook</translation>
    </message>
    <message>
        <source>raise a finding on an item</source>
        <translation>raise a finding on an item</translation>
    </message>
    <message>
        <source>edit a finding (cause, effect, response, status …)</source>
        <translation>edit a finding (cause, effect, response, status …)</translation>
    </message>
    <message>
        <source>list the findings</source>
        <translation>list the findings</translation>
    </message>
    <message>
        <source>raise a review note on an item (reviewer, lead)</source>
        <translation>raise a review note on an item (reviewer, lead)</translation>
    </message>
    <message>
        <source>resolve a review note (reviewer, lead)</source>
        <translation>resolve a review note (reviewer, lead)</translation>
    </message>
    <message>
        <source>list review notes</source>
        <translation>list review notes</translation>
    </message>
    <message>
        <source>sign an item off as preparer or reviewer</source>
        <translation>sign an item off as preparer or reviewer</translation>
    </message>
    <message>
        <source>finalise (lock) the engagement (lead)</source>
        <translation>finalise (lock) the engagement (lead)</translation>
    </message>
    <message>
        <source>reopen a finalised engagement with a reason (lead)</source>
        <translation>reopen a finalised engagement with a reason (lead)</translation>
    </message>
    <message>
        <source>draw a reproducible sample for an item</source>
        <translation>draw a reproducible sample for an item</translation>
    </message>
    <message>
        <source>an item's samples and their results</source>
        <translation>an item's samples and their results</translation>
    </message>
    <message>
        <source>record a sample item's result (fail raises a finding)</source>
        <translation>record a sample item's result (fail raises a finding)</translation>
    </message>
    <message>
        <source>re-perform a selection from its seed and compare</source>
        <translation>re-perform a selection from its seed and compare</translation>
    </message>
    <message>
        <source>show or set the engagement's sampling table</source>
        <translation>show or set the engagement's sampling table</translation>
    </message>
    <message>
        <source>CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932.</source>
        <translation>CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932.</translation>
    </message>
    <message>
        <source>Keep the entries of items the file does not mention (default: they become undecided).</source>
        <translation>Keep the entries of items the file does not mention (default: they become undecided).</translation>
    </message>
    <message>
        <source>Check the file against the workbook; write nothing.</source>
        <translation>Check the file against the workbook; write nothing.</translation>
    </message>
    <message>
        <source>The statement: CSV (UTF-8 or CP932) or XLSX.</source>
        <translation>The statement: CSV (UTF-8 or CP932) or XLSX.</translation>
    </message>
    <message>
        <source>statement import: give a workbook and a statement file.</source>
        <translation>statement import: give a workbook and a statement file.</translation>
    </message>
    <message>
        <source>--encoding: "%1" is none of auto, utf8, cp932.</source>
        <translation>--encoding: "%1" is none of auto, utf8, cp932.</translation>
    </message>
    <message>
        <source>%1: no such workbook.</source>
        <translation>%1: no such workbook.</translation>
    </message>
    <message>
        <source>%1: %2 problems; an import would write nothing.</source>
        <translation>%1: %2 problems; an import would write nothing.</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3 rows read, %4 items stated; nothing written.</source>
        <translation>Checked %1 (%2): %3 rows read, %4 items stated; nothing written.</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows read, %4 items stated.</source>
        <translation>Imported %1 (%2): %3 rows read, %4 items stated.</translation>
    </message>
    <message>
        <source>Skipped %1 heading or note rows without a statement item.</source>
        <translation>Skipped %1 heading or note rows without a statement item.</translation>
    </message>
    <message>
        <source>%1 earlier entries are not in this file and would become undecided.</source>
        <translation>%1 earlier entries are not in this file and would become undecided.</translation>
    </message>
    <message>
        <source>%1 earlier entries are not in this file and are now undecided.</source>
        <translation>%1 earlier entries are not in this file and are now undecided.</translation>
    </message>
    <message>
        <source>In scope: %1  Out of scope: %2  Undecided: %3</source>
        <translation>In scope: %1  Out of scope: %2  Undecided: %3</translation>
    </message>
    <message>
        <source>import the CSP's statement (言明書) from CSV or XLSX; all rows or none</source>
        <translation>import the CSP's statement (言明書) from CSV or XLSX; all rows or none</translation>
    </message>
    <message>
        <source>list the engagement team</source>
        <translation>list the engagement team</translation>
    </message>
    <message numerus="yes">
        <source>verify %1: %2 (%n problem(s) in all)</source>
        <translation>
            <numerusform>verify %1: %2 (%n problem(s) in all)</numerusform></translation>
    </message>
    <message>
        <source>check integrity, the trail chain, evidence hashes and sign-off hashes</source>
        <translation>check integrity, the trail chain, evidence hashes and sign-off hashes</translation>
    </message>
    <message>
        <source>write the signed PDF report (実施結果報告書)</source>
        <translation>write the signed PDF report (実施結果報告書)</translation>
    </message>
    <message>
        <source>The new demo workbook file.</source>
        <translation>The new demo workbook file.</translation>
    </message>
    <message>
        <source>demo: give exactly one workbook file.</source>
        <translation>demo: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>Created the demo engagement %1</source>
        <translation>Created the demo engagement %1</translation>
    </message>
    <message>
        <source>%1 items in scope: %2 reviewed, %3 prepared, %4 in progress or needing attention</source>
        <translation>%1 items in scope: %2 reviewed, %3 prepared, %4 in progress or needing attention</translation>
    </message>
    <message>
        <source>%1 samples, %2 findings, %3 open review notes, %4 evidence files</source>
        <translation>%1 samples, %2 findings, %3 open review notes, %4 evidence files</translation>
    </message>
    <message>
        <source>Criteria item, e.g. 5.1.1.1.</source>
        <translation>Criteria item, e.g. 5.1.1.1.</translation>
    </message>
    <message>
        <source>Procedure step id of the item.</source>
        <translation>Procedure step id of the item.</translation>
    </message>
    <message>
        <source>Sample item id of the item.</source>
        <translation>Sample item id of the item.</translation>
    </message>
    <message>
        <source>Finding id of the item.</source>
        <translation>Finding id of the item.</translation>
    </message>
    <message>
        <source>--item: which criteria item is the evidence for?</source>
        <translation>--item: which criteria item is the evidence for?</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a number.</source>
        <translation>--%1: "%2" is not a number.</translation>
    </message>
    <message>
        <source>Team member doing this (default: the ISMAP_MEMBER environment variable).</source>
        <translation>Team member doing this (default: the ISMAP_MEMBER environment variable).</translation>
    </message>
    <message>
        <source>who is doing this? Give --as MEMBER or set ISMAP_MEMBER.</source>
        <translation>who is doing this? Give --as MEMBER or set ISMAP_MEMBER.</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments (see --help).</source>
        <translation>%1: wrong number of arguments (see --help).</translation>
    </message>
    <message>
        <source>Where the evidence was obtained from.</source>
        <translation>Where the evidence was obtained from.</translation>
    </message>
    <message>
        <source>Date obtained (default: today).</source>
        <translation>Date obtained (default: today).</translation>
    </message>
    <message>
        <source>What the evidence shows.</source>
        <translation>What the evidence shows.</translation>
    </message>
    <message>
        <source>Name to record instead of the file name (one file only).</source>
        <translation>Name to record instead of the file name (one file only).</translation>
    </message>
    <message>
        <source>Print progress on stderr (default: when a terminal).</source>
        <translation>Print progress on stderr (default: when a terminal).</translation>
    </message>
    <message>
        <source>Evidence files, all imported or none.</source>
        <translation>Evidence files, all imported or none.</translation>
    </message>
    <message>
        <source>--name: give exactly one file with --name.</source>
        <translation>--name: give exactly one file with --name.</translation>
    </message>
    <message>
        <source>Importing evidence</source>
        <translation>Importing evidence</translation>
    </message>
    <message>
        <source>%1: already in the vault as %2 (%3); %4.</source>
        <translation>%1: already in the vault as %2 (%3); %4.</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>already linked</source>
        <translation>already linked</translation>
    </message>
    <message>
        <source>%1: added as %2, %3 bytes, SHA-256 %4.</source>
        <translation>%1: added as %2, %3 bytes, SHA-256 %4.</translation>
    </message>
    <message>
        <source>Print progress on stderr.</source>
        <translation>Print progress on stderr.</translation>
    </message>
    <message>
        <source>Evidence reference, e.g. E-0001.</source>
        <translation>Evidence reference, e.g. E-0001.</translation>
    </message>
    <message>
        <source>Output file, or an existing folder to write it into under its name.</source>
        <translation>Output file, or an existing folder to write it into under its name.</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Exporting evidence</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation>%1: a file of that name already exists; it was left as it is.</translation>
    </message>
    <message>
        <source>%1: written to %2 (%3 bytes, SHA-256 %4 checked).</source>
        <translation>%1: written to %2 (%3 bytes, SHA-256 %4 checked).</translation>
    </message>
    <message>
        <source>Only evidence linked to this item.</source>
        <translation>Only evidence linked to this item.</translation>
    </message>
    <message>
        <source>%1: linked to %2.</source>
        <translation>%1: linked to %2.</translation>
    </message>
    <message>
        <source>%1: already linked to %2.</source>
        <translation>%1: already linked to %2.</translation>
    </message>
    <message>
        <source>%1: unlinked from %2.</source>
        <translation>%1: unlinked from %2.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>New name.</translation>
    </message>
    <message>
        <source>Where it was obtained from.</source>
        <translation>Where it was obtained from.</translation>
    </message>
    <message>
        <source>Date obtained.</source>
        <translation>Date obtained.</translation>
    </message>
    <message>
        <source>What it shows.</source>
        <translation>What it shows.</translation>
    </message>
    <message>
        <source>%1: updated.</source>
        <translation>%1: updated.</translation>
    </message>
    <message>
        <source>Procedure steps: %1 added, %2 retired, %3 revived, over %4 items (templates %5).</source>
        <translation>Procedure steps: %1 added, %2 retired, %3 revived, over %4 items (templates %5).</translation>
    </message>
    <message>
        <source>Include retired steps (kept with their recorded work).</source>
        <translation>Include retired steps (kept with their recorded work).</translation>
    </message>
    <message>
        <source>The item ID, e.g. 5.1.1.</source>
        <translation>The item ID, e.g. 5.1.1.</translation>
    </message>
    <message>
        <source>(no procedure steps: the item is out of scope or out of this year's cycle)</source>
        <translation>(no procedure steps: the item is out of scope or out of this year's cycle)</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>notes:</translation>
    </message>
    <message>
        <source>review note</source>
        <translation>review note</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>sign-off</translation>
    </message>
    <message>
        <source>no_exception, deviation, not_performed or not_applicable (or 'clear').</source>
        <translation>no_exception, deviation, not_performed or not_applicable (or 'clear').</translation>
    </message>
    <message>
        <source>What was done, to which evidence, and what was found.</source>
        <translation>What was done, to which evidence, and what was found.</translation>
    </message>
    <message>
        <source>The item ID.</source>
        <translation>The item ID.</translation>
    </message>
    <message>
        <source>The step number (see steps list).</source>
        <translation>The step number (see steps list).</translation>
    </message>
    <message>
        <source>--result: "%1" is not one of %2.</source>
        <translation>--result: "%1" is not one of %2.</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>item %1 step %2: %3</source>
        <translation>item %1 step %2: %3</translation>
    </message>
    <message>
        <source>(draft finding %1 raised)</source>
        <translation>(draft finding %1 raised)</translation>
    </message>
    <message>
        <source>governance, management or controls.</source>
        <translation>governance, management or controls.</translation>
    </message>
    <message>
        <source>Domain number, e.g. 9.</source>
        <translation>Domain number, e.g. 9.</translation>
    </message>
    <message>
        <source>Item status (repeatable): not_started, in_progress, prepared, reviewed, needs_attention. Default: what is pending for the member's role.</source>
        <translation>Item status (repeatable): not_started, in_progress, prepared, reviewed, needs_attention. Default: what is pending for the member's role.</translation>
    </message>
    <message>
        <source>Mandatory items only.</source>
        <translation>Mandatory items only.</translation>
    </message>
    <message>
        <source>Items with deviations only.</source>
        <translation>Items with deviations only.</translation>
    </message>
    <message>
        <source>Items assigned to this member.</source>
        <translation>Items assigned to this member.</translation>
    </message>
    <message>
        <source>Start after (next) or before (previous) this item.</source>
        <translation>Start after (next) or before (previous) this item.</translation>
    </message>
    <message>
        <source>--status: "%1" is not one of %2.</source>
        <translation>--status: "%1" is not one of %2.</translation>
    </message>
    <message>
        <source>ismapctl: no pending item for %1 with this filter.</source>
        <translation>ismapctl: no pending item for %1 with this filter.</translation>
    </message>
    <message>
        <source>Audit these items this year.</source>
        <translation>Audit these items this year.</translation>
    </message>
    <message>
        <source>Leave these items out of this year's cycle.</source>
        <translation>Leave these items out of this year's cycle.</translation>
    </message>
    <message>
        <source>Item IDs.</source>
        <translation>Item IDs.</translation>
    </message>
    <message>
        <source>cycle set: give exactly one of --in and --out.</source>
        <translation>cycle set: give exactly one of --in and --out.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>out of</translation>
    </message>
    <message>
        <source>One item ID per line: the items audited this year.</source>
        <translation>One item ID per line: the items audited this year.</translation>
    </message>
    <message>
        <source>This year's cycle: %1 items in, %2 out.</source>
        <translation>This year's cycle: %1 items in, %2 out.</translation>
    </message>
    <message>
        <source>policy, recurring, technical, facility, or auto (by the rule).</source>
        <translation>policy, recurring, technical, facility, or auto (by the rule).</translation>
    </message>
    <message>
        <source>item %1: kind of control %2; steps refreshed.</source>
        <translation>item %1: kind of control %2; steps refreshed.</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>by the rule</translation>
    </message>
    <message>
        <source>The member (empty: unassign).</source>
        <translation>The member (empty: unassign).</translation>
    </message>
    <message>
        <source>plan audit: give --kind or --scheme.</source>
        <translation>plan audit: give --kind or --scheme.</translation>
    </message>
    <message>
        <source>Audit: %1, scheme %2.</source>
        <translation>Audit: %1, scheme %2.</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input cannot be read.</source>
        <translation>--passphrase-stdin: standard input cannot be read.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>Report language: ja, en or both.</source>
        <translation>Report language: ja, en or both.</translation>
    </message>
    <message>
        <source>Sign with the firm's PKCS#12 (.p12) file.</source>
        <translation>Sign with the firm's PKCS#12 (.p12) file.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of standard input.</source>
        <translation>Read the PKCS#12 passphrase from the first line of standard input.</translation>
    </message>
    <message>
        <source>Remember the passphrase given on standard input in the OS keychain once it opened the file.</source>
        <translation>Remember the passphrase given on standard input in the OS keychain once it opened the file.</translation>
    </message>
    <message>
        <source>Do not look for a passphrase remembered in the OS keychain.</source>
        <translation>Do not look for a passphrase remembered in the OS keychain.</translation>
    </message>
    <message>
        <source>Generate a DEMO CA and signer into FOLDER (demo-ca.pem, demo-signer.p12), sign with it and mark the report DEMO.</source>
        <translation>Generate a DEMO CA and signer into FOLDER (demo-ca.pem, demo-signer.p12), sign with it and mark the report DEMO.</translation>
    </message>
    <message>
        <source>Mark the report DEMO (fictional engagement).</source>
        <translation>Mark the report DEMO (fictional engagement).</translation>
    </message>
    <message>
        <source>report: give exactly one workbook file.</source>
        <translation>report: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>report: -o OUT.pdf is required.</source>
        <translation>report: -o OUT.pdf is required.</translation>
    </message>
    <message>
        <source>report: give either --sign or --demo-signer, not both.</source>
        <translation>report: give either --sign or --demo-signer, not both.</translation>
    </message>
    <message>
        <source>report: --passphrase-stdin needs --sign P12.</source>
        <translation>report: --passphrase-stdin needs --sign P12.</translation>
    </message>
    <message>
        <source>report: --remember needs --passphrase-stdin.</source>
        <translation>report: --remember needs --passphrase-stdin.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file is protected by a passphrase; give it on standard input with --passphrase-stdin</source>
        <translation>%1: the PKCS#12 file is protected by a passphrase; give it on standard input with --passphrase-stdin</translation>
    </message>
    <message>
        <source> (no passphrase is remembered in the OS keychain for it).</source>
        <translation> (no passphrase is remembered in the OS keychain for it).</translation>
    </message>
    <message>
        <source> (the OS keychain could not be read: %1).</source>
        <translation> (the OS keychain could not be read: %1).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, language %3), signed by %4.</source>
        <translation>Wrote %1 (%2 pages, language %3), signed by %4.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, language %3, unsigned).</source>
        <translation>Wrote %1 (%2 pages, language %3, unsigned).</translation>
    </message>
    <message>
        <source>Demo CA certificate (for verify-report --ca): %1</source>
        <translation>Demo CA certificate (for verify-report --ca): %1</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>The signed PDF to write.</translation>
    </message>
    <message>
        <source>The firm's PKCS#12 (.p12/.pfx) with key and certificate.</source>
        <translation>The firm's PKCS#12 (.p12/.pfx) with key and certificate.</translation>
    </message>
    <message>
        <source>Take the passphrase remembered in the OS keychain.</source>
        <translation>Take the passphrase remembered in the OS keychain.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the OS keychain after it opened the file.</source>
        <translation>Remember the passphrase in the OS keychain after it opened the file.</translation>
    </message>
    <message>
        <source>Remove the remembered passphrase for this PKCS#12 from the keychain, then stop.</source>
        <translation>Remove the remembered passphrase for this PKCS#12 from the keychain, then stop.</translation>
    </message>
    <message>
        <source>Reason stated in the signature.</source>
        <translation>Reason stated in the signature.</translation>
    </message>
    <message>
        <source>Location stated in the signature.</source>
        <translation>Location stated in the signature.</translation>
    </message>
    <message>
        <source>Signer name stated in the signature (default: the certificate's).</source>
        <translation>Signer name stated in the signature (default: the certificate's).</translation>
    </message>
    <message>
        <source>Embed FILE (under its file name) before signing; may be repeated.</source>
        <translation>Embed FILE (under its file name) before signing; may be repeated.</translation>
    </message>
    <message>
        <source>The finished, unsigned PDF.</source>
        <translation>The finished, unsigned PDF.</translation>
    </message>
    <message>
        <source>Signs a finished PDF as an incremental update (PAdES, ETSI.CAdES.detached, SHA-256).
The passphrase is never an argument: give it on standard input (--passphrase-stdin) or
from the keychain (--use-keychain). A PKCS#12 without a passphrase needs neither.</source>
        <translation>Signs a finished PDF as an incremental update (PAdES, ETSI.CAdES.detached, SHA-256).
The passphrase is never an argument: give it on standard input (--passphrase-stdin) or
from the keychain (--use-keychain). A PKCS#12 without a passphrase needs neither.</translation>
    </message>
    <message>
        <source>sign-pdf: --p12 is required.</source>
        <translation>sign-pdf: --p12 is required.</translation>
    </message>
    <message>
        <source>%1: cannot read the PKCS#12 file.</source>
        <translation>%1: cannot read the PKCS#12 file.</translation>
    </message>
    <message>
        <source>Forgot the passphrase for %1.</source>
        <translation>Forgot the passphrase for %1.</translation>
    </message>
    <message>
        <source>sign-pdf: give exactly one input PDF.</source>
        <translation>sign-pdf: give exactly one input PDF.</translation>
    </message>
    <message>
        <source>sign-pdf: -o OUT.pdf is required.</source>
        <translation>sign-pdf: -o OUT.pdf is required.</translation>
    </message>
    <message>
        <source>sign-pdf: the output must be another file than the input.</source>
        <translation>sign-pdf: the output must be another file than the input.</translation>
    </message>
    <message>
        <source>%1: needs a passphrase; give it on standard input with --passphrase-stdin, or use --use-keychain.</source>
        <translation>%1: needs a passphrase; give it on standard input with --passphrase-stdin, or use --use-keychain.</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3).</source>
        <translation>Signed %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>PEM file of the CA(s) to trust for the signer's chain.</source>
        <translation>PEM file of the CA(s) to trust for the signer's chain.</translation>
    </message>
    <message>
        <source>Check that the report's manifest matches this workbook's trail head.</source>
        <translation>Check that the report's manifest matches this workbook's trail head.</translation>
    </message>
    <message>
        <source>The signed report.</source>
        <translation>The signed report.</translation>
    </message>
    <message>
        <source>Verifies a signed report: byte range, CMS digest and signature, whole-document coverage,
trust against --ca, and the embedded manifest against --workbook.

Exit codes:
   0  valid
  20  tampered: digest mismatch, bad signature value, or changed after signing
  21  untrusted: intact, but the signer does not chain to --ca
  22  unsigned
  23  malformed or unreadable
  24  valid, but the manifest does not match --workbook</source>
        <translation>Verifies a signed report: byte range, CMS digest and signature, whole-document coverage,
trust against --ca, and the embedded manifest against --workbook.

Exit codes:
   0  valid
  20  tampered: digest mismatch, bad signature value, or changed after signing
  21  untrusted: intact, but the signer does not chain to --ca
  22  unsigned
  23  malformed or unreadable
  24  valid, but the manifest does not match --workbook</translation>
    </message>
    <message>
        <source>verify-report: give exactly one PDF.</source>
        <translation>verify-report: give exactly one PDF.</translation>
    </message>
    <message>
        <source>(claimed by the signer; no timestamp)</source>
        <translation>(claimed by the signer; no timestamp)</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>whole document</translation>
    </message>
    <message>
        <source>NOT the whole document (signed up to byte %1 of %2)</source>
        <translation>NOT the whole document (signed up to byte %1 of %2)</translation>
    </message>
    <message>
        <source>not checked (give --ca CA.pem)</source>
        <translation>not checked (give --ca CA.pem)</translation>
    </message>
    <message>
        <source>trusted (chains to %1)</source>
        <translation>trusted (chains to %1)</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NOT trusted: %1</translation>
    </message>
    <message>
        <source>MISSING: the report carries no ismap-manifest.json with a trail head</source>
        <translation>MISSING: the report carries no ismap-manifest.json with a trail head</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the workbook: the report is of engagement %1, the workbook of %2</source>
        <translation>DOES NOT MATCH the workbook: the report is of engagement %1, the workbook of %2</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the workbook: report trail head %1, workbook %2 (changed since the report, or another workbook)</source>
        <translation>DOES NOT MATCH the workbook: report trail head %1, workbook %2 (changed since the report, or another workbook)</translation>
    </message>
    <message>
        <source>matches the workbook (trail head %1)</source>
        <translation>matches the workbook (trail head %1)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>trail head %1 (give --workbook WB to compare)</source>
        <translation>trail head %1 (give --workbook WB to compare)</translation>
    </message>
    <message>
        <source>Short title.</source>
        <translation>Short title.</translation>
    </message>
    <message>
        <source>What was found (condition).</source>
        <translation>What was found (condition).</translation>
    </message>
    <message>
        <source>What should be (criteria).</source>
        <translation>What should be (criteria).</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Why it happened.</translation>
    </message>
    <message>
        <source>What it leads to.</source>
        <translation>What it leads to.</translation>
    </message>
    <message>
        <source>On the engagement's scale (e.g. high, medium, low).</source>
        <translation>On the engagement's scale (e.g. high, medium, low).</translation>
    </message>
    <message>
        <source>The CSP's management response.</source>
        <translation>The CSP's management response.</translation>
    </message>
    <message>
        <source>draft, open, agreed or closed.</source>
        <translation>draft, open, agreed or closed.</translation>
    </message>
    <message>
        <source>The step number it arose in.</source>
        <translation>The step number it arose in.</translation>
    </message>
    <message>
        <source>%1 raised on item %2 (%3).</source>
        <translation>%1 raised on item %2 (%3).</translation>
    </message>
    <message>
        <source>The finding, e.g. F-001.</source>
        <translation>The finding, e.g. F-001.</translation>
    </message>
    <message>
        <source>%1 updated (%2).</source>
        <translation>%1 updated (%2).</translation>
    </message>
    <message>
        <source>The review note.</source>
        <translation>The review note.</translation>
    </message>
    <message>
        <source>review note #%1 on item %2.</source>
        <translation>review note #%1 on item %2.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>How it was resolved.</translation>
    </message>
    <message>
        <source>The note number.</source>
        <translation>The note number.</translation>
    </message>
    <message>
        <source>review note #%1 on item %2 resolved.</source>
        <translation>review note #%1 on item %2 resolved.</translation>
    </message>
    <message>
        <source>Open notes only.</source>
        <translation>Open notes only.</translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation>Only this item.</translation>
    </message>
    <message>
        <source>preparer or reviewer (default: staff prepare, reviewers and the lead review).</source>
        <translation>preparer or reviewer (default: staff prepare, reviewers and the lead review).</translation>
    </message>
    <message>
        <source>--role: "%1" is neither preparer nor reviewer.</source>
        <translation>--role: "%1" is neither preparer nor reviewer.</translation>
    </message>
    <message>
        <source>item %1 signed off as %2 by %3 (content %4).</source>
        <translation>item %1 signed off as %2 by %3 (content %4).</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; the workbook now refuses every change.</source>
        <translation>%1: the engagement is finalised; the workbook now refuses every change.</translation>
    </message>
    <message>
        <source>Why the engagement is reopened (recorded).</source>
        <translation>Why the engagement is reopened (recorded).</translation>
    </message>
    <message>
        <source>%1: the engagement is reopened.</source>
        <translation>%1: the engagement is reopened.</translation>
    </message>
    <message>
        <source>sample %1 for item %2: %3 of %4 (%5, table %6), seed %7, %8</source>
        <translation>sample %1 for item %2: %3 of %4 (%5, table %6), seed %7, %8</translation>
    </message>
    <message>
        <source>annual, semiannual, quarterly, monthly, weekly, daily, multiple_daily or event (default: the statement's frequency).</source>
        <translation>annual, semiannual, quarterly, monthly, weekly, daily, multiple_daily or event (default: the statement's frequency).</translation>
    </message>
    <message>
        <source>64-bit seed (default: random, recorded).</source>
        <translation>64-bit seed (default: random, recorded).</translation>
    </message>
    <message>
        <source>The step number the sample serves.</source>
        <translation>The step number the sample serves.</translation>
    </message>
    <message>
        <source>What the population is.</source>
        <translation>What the population is.</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a number from 0 to 18446744073709551615.</source>
        <translation>--seed: "%1" is not a number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>pass, fail or na.</source>
        <translation>pass, fail or na.</translation>
    </message>
    <message>
        <source>What was checked and found.</source>
        <translation>What was checked and found.</translation>
    </message>
    <message>
        <source>What the item is (ticket no., date).</source>
        <translation>What the item is (ticket no., date).</translation>
    </message>
    <message>
        <source>An attribute result NAME=VALUE (repeatable).</source>
        <translation>An attribute result NAME=VALUE (repeatable).</translation>
    </message>
    <message>
        <source>The sample number (see sample list).</source>
        <translation>The sample number (see sample list).</translation>
    </message>
    <message>
        <source>The sample item number, 1 …</source>
        <translation>The sample item number, 1 …</translation>
    </message>
    <message>
        <source>--result: "%1" is not pass, fail or na.</source>
        <translation>--result: "%1" is not pass, fail or na.</translation>
    </message>
    <message>
        <source>--attr: "%1" is not NAME=VALUE.</source>
        <translation>--attr: "%1" is not NAME=VALUE.</translation>
    </message>
    <message>
        <source>sample %1 item %2 (#%3): %4</source>
        <translation>sample %1 item %2 (#%3): %4</translation>
    </message>
    <message>
        <source>The sample number.</source>
        <translation>The sample number.</translation>
    </message>
    <message>
        <source>recorded:    %1</source>
        <translation>recorded:    %1</translation>
    </message>
    <message>
        <source>reperformed: %1</source>
        <translation>reperformed: %1</translation>
    </message>
    <message>
        <source>ismapctl: sample %1: the re-performed selection does not match the recorded one.</source>
        <translation>ismapctl: sample %1: the re-performed selection does not match the recorded one.</translation>
    </message>
    <message>
        <source>sample %1: the selection re-performs exactly from its seed.</source>
        <translation>sample %1: the selection re-performs exactly from its seed.</translation>
    </message>
    <message>
        <source>Replace the engagement's table with this JSON file.</source>
        <translation>Replace the engagement's table with this JSON file.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>Sampling table %1 set.</source>
        <translation>Sampling table %1 set.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>The member's name.</source>
        <translation>The member's name.</translation>
    </message>
    <message>
        <source>team add: give the workbook and the member's name.</source>
        <translation>team add: give the workbook and the member's name.</translation>
    </message>
    <message>
        <source>%1 added to the team as %2.</source>
        <translation>%1 added to the team as %2.</translation>
    </message>
    <message>
        <source>team list: give exactly one workbook file.</source>
        <translation>team list: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>verify: give exactly one workbook file.</source>
        <translation>verify: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>Verifying evidence</source>
        <translation>Verifying evidence</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>  integrity_check: ok; foreign keys: ok</source>
        <translation>  integrity_check: ok; foreign keys: ok</translation>
    </message>
    <message>
        <source>  trail: %1 rows chained, head %2</source>
        <translation>  trail: %1 rows chained, head %2</translation>
    </message>
    <message>
        <source>  evidence: %1 records, %2 chunks, %3 bytes re-hashed</source>
        <translation>  evidence: %1 records, %2 chunks, %3 bytes re-hashed</translation>
    </message>
    <message>
        <source>  sign-offs: %1 valid, content hashes match</source>
        <translation>  sign-offs: %1 valid, content hashes match</translation>
    </message>
    <message>
        <source>  rows: %1 match what the trail recorded</source>
        <translation>  rows: %1 match what the trail recorded</translation>
    </message>
    <message>
        <source>  rows: not recorded in this workbook's format 1 (opening it read-write upgrades it)</source>
        <translation>  rows: not recorded in this workbook's format 1 (opening it read-write upgrades it)</translation>
    </message>
    <message>
        <source>Criteria revision:</source>
        <translation>Criteria revision:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>in scope:</source>
        <translation>in scope:</translation>
    </message>
    <message>
        <source>out of scope:</source>
        <translation>out of scope:</translation>
    </message>
    <message>
        <source>undecided:</source>
        <translation>undecided:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>%1: "%2" is not a whole number.</source>
        <translation>%1: "%2" is not a whole number.</translation>
    </message>
    <message>
        <source>The draft finding, e.g. F-001.</source>
        <translation>The draft finding, e.g. F-001.</translation>
    </message>
    <message>
        <source>%1 withdrawn (the trail keeps what it said).</source>
        <translation>%1 withdrawn (the trail keeps what it said).</translation>
    </message>
    <message>
        <source>withdraw a draft finding raised in error</source>
        <translation>withdraw a draft finding raised in error</translation>
    </message>
    <message>
        <source>sample %1 discarded (the trail keeps the draw and the discard).</source>
        <translation>sample %1 discarded (the trail keeps the draw and the discard).</translation>
    </message>
    <message>
        <source>discard a sample drawn in error (no results recorded yet)</source>
        <translation>discard a sample drawn in error (no results recorded yet)</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>The file to write: .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Language of the headers and terms: ja or en (default: the language ismapctl speaks).</source>
        <translation>Language of the headers and terms: ja or en (default: the language ismapctl speaks).</translation>
    </message>
    <message>
        <source>CSV encoding: utf8 (with a BOM, the default) or cp932.</source>
        <translation>CSV encoding: utf8 (with a BOM, the default) or cp932.</translation>
    </message>
    <message>
        <source>export: -o FILE is required.</source>
        <translation>export: -o FILE is required.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row(s) to %1.</numerusform></translation>
    </message>
    <message>
        <source>The report's date, YYYY-MM-DD (default: today in Japan).</source>
        <translation>The report's date, YYYY-MM-DD (default: today in Japan).</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>--date: "%1" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Records in the population (default: the count the statement gives).</source>
        <translation>Records in the population (default: the count the statement gives).</translation>
    </message>
    <message>
        <source>XLSX: the worksheet to read (default: the one whose header names the ID and applicability).</source>
        <translation>XLSX: the worksheet to read (default: the one whose header names the ID and applicability).</translation>
    </message>
    <message>
        <source>A second file (CSV or XLSX) with the statement's own content: date, version, regions, underlying services, system overview, changes, subsequent events.</source>
        <translation>A second file (CSV or XLSX) with the statement's own content: date, version, regions, underlying services, system overview, changes, subsequent events.</translation>
    </message>
    <message>
        <source>Statement content from %1: %2.</source>
        <translation>Statement content from %1: %2.</translation>
    </message>
    <message>
        <source>no statement date</source>
        <translation>no statement date</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>dated %1</translation>
    </message>
    <message>
        <source>The statement's date (YYYY-MM-DD).</source>
        <translation>The statement's date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Regions the service runs in.</source>
        <translation>Regions the service runs in.</translation>
    </message>
    <message>
        <source>An underlying service as NAME, NAME:registered or NAME:not-registered (repeat; replaces the list; an empty value clears it).</source>
        <translation>An underlying service as NAME, NAME:registered or NAME:not-registered (repeat; replaces the list; an empty value clears it).</translation>
    </message>
    <message>
        <source>The system overview.</source>
        <translation>The system overview.</translation>
    </message>
    <message>
        <source>Changes during the period.</source>
        <translation>Changes during the period.</translation>
    </message>
    <message>
        <source>Subsequent events.</source>
        <translation>Subsequent events.</translation>
    </message>
    <message>
        <source>statement info: give exactly one workbook file.</source>
        <translation>statement info: give exactly one workbook file.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Statement date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Underlying services</source>
        <translation>Underlying services</translation>
    </message>
    <message>
        <source>System overview</source>
        <translation>System overview</translation>
    </message>
    <message>
        <source>Changes during the period</source>
        <translation>Changes during the period</translation>
    </message>
    <message>
        <source>Subsequent events</source>
        <translation>Subsequent events</translation>
    </message>
    <message>
        <source>show or edit the statement's own content (date, version, scope, overview, changes, subsequent events)</source>
        <translation>show or edit the statement's own content (date, version, scope, overview, changes, subsequent events)</translation>
    </message>
    <message>
        <source>The engagement's scope: the service, regions and what the audit covers.</source>
        <translation>The engagement's scope: the service, regions and what the audit covers.</translation>
    </message>
    <message>
        <source>The engagement lead (default: ISMAP_MEMBER).</source>
        <translation>The engagement lead (default: ISMAP_MEMBER).</translation>
    </message>
    <message>
        <source>The new scope (omit it to show the scope).</source>
        <translation>The new scope (omit it to show the scope).</translation>
    </message>
    <message>
        <source>engagement scope: give a workbook and, to change it, the new scope.</source>
        <translation>engagement scope: give a workbook and, to change it, the new scope.</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>show or change the engagement's scope (lead)</source>
        <translation>show or change the engagement's scope (lead)</translation>
    </message>
    <message>
        <source>findings, samples, evidence, status or requests.</source>
        <translation>findings, samples, evidence, status or requests.</translation>
    </message>
    <message>
        <source>export: give what to export (findings, samples, evidence, status or requests) and one workbook file.</source>
        <translation>export: give what to export (findings, samples, evidence, status or requests) and one workbook file.</translation>
    </message>
    <message>
        <source>export: "%1" is not an export (findings, samples, evidence, status or requests).</source>
        <translation>export: "%1" is not an export (findings, samples, evidence, status or requests).</translation>
    </message>
    <message>
        <source>Export findings, samples, evidence, status or requests to XLSX/CSV</source>
        <translation>Export findings, samples, evidence, status or requests to XLSX/CSV</translation>
    </message>
    <message>
        <source>What is asked for.</source>
        <translation>What is asked for.</translation>
    </message>
    <message>
        <source>The procedure step it serves.</source>
        <translation>The procedure step it serves.</translation>
    </message>
    <message>
        <source>The sample set whose records are asked for.</source>
        <translation>The sample set whose records are asked for.</translation>
    </message>
    <message>
        <source>When it is due (YYYY-MM-DD).</source>
        <translation>When it is due (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>When it was asked for (default: today in Japan).</source>
        <translation>When it was asked for (default: today in Japan).</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>The item.</translation>
    </message>
    <message>
        <source>Request %1 on item %2: %3</source>
        <translation>Request %1 on item %2: %3</translation>
    </message>
    <message>
        <source>requested, received or withdrawn.</source>
        <translation>requested, received or withdrawn.</translation>
    </message>
    <message>
        <source>When it was received (YYYY-MM-DD).</source>
        <translation>When it was received (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A note (the CSP's answer, a reminder).</source>
        <translation>A note (the CSP's answer, a reminder).</translation>
    </message>
    <message>
        <source>Evidence that answered it (repeat for more).</source>
        <translation>Evidence that answered it (repeat for more).</translation>
    </message>
    <message>
        <source>The request (R-001).</source>
        <translation>The request (R-001).</translation>
    </message>
    <message>
        <source>--status: "%1" is none of requested, received, withdrawn.</source>
        <translation>--status: "%1" is none of requested, received, withdrawn.</translation>
    </message>
    <message>
        <source>request set: give at least one change.</source>
        <translation>request set: give at least one change.</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request(s)</numerusform></translation>
    </message>
    <message>
        <source>The CSP's returned copy of the exported request list (XLSX or CSV).</source>
        <translation>The CSP's returned copy of the exported request list (XLSX or CSV).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) changed.</source>
        <translation>
            <numerusform>%1: %n request(s) changed.</numerusform></translation>
    </message>
    <message>
        <source>add a request for documents or records to the CSP</source>
        <translation>add a request for documents or records to the CSP</translation>
    </message>
    <message>
        <source>change a request's status, dates, note or evidence</source>
        <translation>change a request's status, dates, note or evidence</translation>
    </message>
    <message>
        <source>list the requests to the CSP</source>
        <translation>list the requests to the CSP</translation>
    </message>
    <message>
        <source>update request statuses from the CSP's returned copy; all rows or none</source>
        <translation>update request statuses from the CSP's returned copy; all rows or none</translation>
    </message>
    <message>
        <source>The statement's version.</source>
        <translation>The statement's version.</translation>
    </message>
    <message>
        <source>population list %1 (SHA-256 %2)</source>
        <translation>population list %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The CSP's ledger (CSV or XLSX, first row the header): kept as evidence, its record count is the population and the drawn items name its records.</source>
        <translation>The CSP's ledger (CSV or XLSX, first row the header): kept as evidence, its record count is the population and the drawn items name its records.</translation>
    </message>
    <message>
        <source>sample draw: give --population or --population-list, not both.</source>
        <translation>sample draw: give --population or --population-list, not both.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Obtained from:</source>
        <translation>Obtained from:</translation>
    </message>
    <message>
        <source>Obtained on:</source>
        <translation>Obtained on:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Added by:</source>
        <translation>Added by:</translation>
    </message>
    <message>
        <source>Linked to: nothing</source>
        <translation>Linked to: nothing</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Linked to:</translation>
    </message>
    <message>
        <source>%1: removed from the vault.</source>
        <translation>%1: removed from the vault.</translation>
    </message>
    <message>
        <source>show one piece of evidence and what it is linked to</source>
        <translation>show one piece of evidence and what it is linked to</translation>
    </message>
    <message>
        <source>remove unlinked evidence from the vault (an open engagement only)</source>
        <translation>remove unlinked evidence from the vault (an open engagement only)</translation>
    </message>
    <message>
        <source>Go ahead although the change voids another member's sign-off (without it, such a change is refused with what it would void).</source>
        <translation>Go ahead although the change voids another member's sign-off (without it, such a change is refused with what it would void).</translation>
    </message>
    <message>
        <source>Print each change whole: every field before and after, uncut.</source>
        <translation>Print each change whole: every field before and after, uncut.</translation>
    </message>
    <message>
        <source>At most N rows, newest first (default 500).</source>
        <translation>At most N rows, newest first (default 500).</translation>
    </message>
    <message>
        <source>item %1: nothing recorded yet.</source>
        <translation>item %1: nothing recorded yet.</translation>
    </message>
    <message>
        <source>an item's history: when, who, what and what changed (--full, --json)</source>
        <translation>an item's history: when, who, what and what changed (--full, --json)</translation>
    </message>
    <message>
        <source>Lists every gap that blocks the final report, grouped by kind, each with its item.
Exit codes: 0 clean (a final report can be issued), 1 gaps found.</source>
        <translation>Lists every gap that blocks the final report, grouped by kind, each with its item.
Exit codes: 0 clean (a final report can be issued), 1 gaps found.</translation>
    </message>
    <message>
        <source>%1: clean — nothing blocks the final report.</source>
        <translation>%1: clean — nothing blocks the final report.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) block the final report.</source>
        <translation>
            <numerusform>%n gap(s) block the final report.</numerusform></translation>
    </message>
    <message>
        <source>%1: no report has been issued.</source>
        <translation>%1: no report has been issued.</translation>
    </message>
    <message>
        <source>issued by %1, signed by %2, language %3, report date %4</source>
        <translation>issued by %1, signed by %2, language %3, report date %4</translation>
    </message>
    <message>
        <source>reissue of %1</source>
        <translation>reissue of %1</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>kept until %1</translation>
    </message>
    <message>
        <source>Set the retention period of the issued engagement (lead).</source>
        <translation>Set the retention period of the issued engagement (lead).</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s).</source>
        <translation>
            <numerusform>Retention period: %n year(s).</numerusform></translation>
    </message>
    <message>
        <source>No final report is issued yet; the engagement is not archived.</source>
        <translation>No final report is issued yet; the engagement is not archived.</translation>
    </message>
    <message>
        <source>Archived: kept until %1.</source>
        <translation>Archived: kept until %1.</translation>
    </message>
    <message>
        <source>The final report %1 was issued; the next report prints a reissue section referring to it.</source>
        <translation>The final report %1 was issued; the next report prints a reissue section referring to it.</translation>
    </message>
    <message>
        <source>list every gap that blocks the final report</source>
        <translation>list every gap that blocks the final report</translation>
    </message>
    <message>
        <source>list the reports issued from the workbook</source>
        <translation>list the reports issued from the workbook</translation>
    </message>
    <message>
        <source>show or set how long the issued engagement is kept (lead)</source>
        <translation>show or set how long the issued engagement is kept (lead)</translation>
    </message>
    <message>
        <source>reopen a finalised or issued engagement with a reason (lead)</source>
        <translation>reopen a finalised or issued engagement with a reason (lead)</translation>
    </message>
    <message>
        <source>the OS keychain cannot keep the key's passphrase (%1); give a passphrase on standard input with --passphrase-stdin instead.</source>
        <translation>the OS keychain cannot keep the key's passphrase (%1); give a passphrase on standard input with --passphrase-stdin instead.</translation>
    </message>
    <message>
        <source>fingerprint of %1's key (compare it with the member by phone or in person):</source>
        <translation>fingerprint of %1's key (compare it with the member by phone or in person):</translation>
    </message>
    <message>
        <source>Also keep the passphrase given on standard input in the OS keychain.</source>
        <translation>Also keep the passphrase given on standard input in the OS keychain.</translation>
    </message>
    <message>
        <source>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</source>
        <translation>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</translation>
    </message>
    <message>
        <source>%1's key made: %2 (encrypted); give the engagement lead the public key %3.</source>
        <translation>%1's key made: %2 (encrypted); give the engagement lead the public key %3.</translation>
    </message>
    <message>
        <source>Whose key it is.</source>
        <translation>Whose key it is.</translation>
    </message>
    <message>
        <source>The member's public key (PEM).</source>
        <translation>The member's public key (PEM).</translation>
    </message>
    <message>
        <source>member key register: give --member NAME and --public-key FILE.</source>
        <translation>member key register: give --member NAME and --public-key FILE.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1's key registered in %2.</source>
        <translation>%1's key registered in %2.</translation>
    </message>
    <message>
        <source>%1: give the passphrase of your current key (--passphrase-stdin).</source>
        <translation>%1: give the passphrase of your current key (--passphrase-stdin).</translation>
    </message>
    <message>
        <source>%1's key rotated in %2; the old key signs nothing from now on.</source>
        <translation>%1's key rotated in %2; the old key signs nothing from now on.</translation>
    </message>
    <message>
        <source>Whose key (default: your own).</source>
        <translation>Whose key (default: your own).</translation>
    </message>
    <message>
        <source>Why the key is revoked (recorded).</source>
        <translation>Why the key is revoked (recorded).</translation>
    </message>
    <message>
        <source>%1's key %2 revoked at %3; it signs nothing after that.</source>
        <translation>%1's key %2 revoked at %3; it signs nothing after that.</translation>
    </message>
    <message>
        <source>make your own signing key on this machine (encrypted)</source>
        <translation>make your own signing key on this machine (encrypted)</translation>
    </message>
    <message>
        <source>register a member's public key in the workbook (lead)</source>
        <translation>register a member's public key in the workbook (lead)</translation>
    </message>
    <message>
        <source>replace your key by a new one, trailed</source>
        <translation>replace your key by a new one, trailed</translation>
    </message>
    <message>
        <source>revoke a member's key from now (the member or the lead)</source>
        <translation>revoke a member's key from now (the member or the lead)</translation>
    </message>
    <message>
        <source>list the registered member keys</source>
        <translation>list the registered member keys</translation>
    </message>
    <message>
        <source>The engagement lead issuing the final report (default: the ISMAP_MEMBER environment variable).</source>
        <translation>The engagement lead issuing the final report (default: the ISMAP_MEMBER environment variable).</translation>
    </message>
    <message>
        <source>The passphrase of --sign P12 is never an argument. It is taken, in this order:
  - none, if the PKCS#12 file has no passphrase;
  - from standard input with --passphrase-stdin (--remember then keeps it in the
    OS keychain);
  - else the passphrase remembered in the OS keychain for this file (by the desktop
    app's "Remember passphrase", sign-pdf --remember or report --remember; the key
    is the file's SHA-256, so a re-exported file is asked for again), unless
    --no-keychain is given.
It is never written to a file, a log, the settings or the workbook.

The report is final only when `ismapctl check` is clean, the engagement is
finalised and it is signed (--sign, or --demo-signer for a demo); the engagement
lead (--as) issues it, and it is recorded in the workbook, which is archived.
Otherwise it is a draft: DRAFT on every page, never signed with the
firm's certificate; --sign with gaps left is refused and writes nothing.</source>
        <translation>The passphrase of --sign P12 is never an argument. It is taken, in this order:
  - none, if the PKCS#12 file has no passphrase;
  - from standard input with --passphrase-stdin (--remember then keeps it in the
    OS keychain);
  - else the passphrase remembered in the OS keychain for this file (by the desktop
    app's "Remember passphrase", sign-pdf --remember or report --remember; the key
    is the file's SHA-256, so a re-exported file is asked for again), unless
    --no-keychain is given.
It is never written to a file, a log, the settings or the workbook.

The report is final only when `ismapctl check` is clean, the engagement is
finalised and it is signed (--sign, or --demo-signer for a demo); the engagement
lead (--as) issues it, and it is recorded in the workbook, which is archived.
Otherwise it is a draft: DRAFT on every page, never signed with the
firm's certificate; --sign with gaps left is refused and writes nothing.</translation>
    </message>
    <message>
        <source>DRAFT: not the final report (see `ismapctl check`):</source>
        <translation>DRAFT: not the final report (see `ismapctl check`):</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>FINAL report issued and recorded (SHA-256 %1); the engagement is archived, kept until %2.</source>
        <translation>FINAL report issued and recorded (SHA-256 %1); the engagement is archived, kept until %2.</translation>
    </message>
    <message>
        <source>matches the workbook: issued from it at trail head %1, nothing changed since</source>
        <translation>matches the workbook: issued from it at trail head %1, nothing changed since</translation>
    </message>
    <message>
        <source>Sign the engagement off: the lead, then the quality reviewer.</source>
        <translation>Sign the engagement off: the lead, then the quality reviewer.</translation>
    </message>
    <message>
        <source>the engagement signed off as %1 by %2 (key %3).</source>
        <translation>the engagement signed off as %1 by %2 (key %3).</translation>
    </message>
    <message>
        <source>sign an item, or the engagement (--engagement), off (as signoff)</source>
        <translation>sign an item, or the engagement (--engagement), off (as signoff)</translation>
    </message>
    <message>
        <source>  signatures: %1 checked against the registered member keys</source>
        <translation>  signatures: %1 checked against the registered member keys</translation>
    </message>
    <message>
        <source>Read the passphrase of your member key from the first line of standard input (otherwise it comes from the OS keychain).</source>
        <translation>Read the passphrase of your member key from the first line of standard input (otherwise it comes from the OS keychain).</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input holds no passphrase.</source>
        <translation>--passphrase-stdin: standard input holds no passphrase.</translation>
    </message>
    <message>
        <source>Where the replica is written (a new file).</source>
        <translation>Where the replica is written (a new file).</translation>
    </message>
    <message>
        <source>The team member the replica is for.</source>
        <translation>The team member the replica is for.</translation>
    </message>
    <message>
        <source>Reference prefix of the replica (e.g. TA gives F-TA-001); default: the member's initials.</source>
        <translation>Reference prefix of the replica (e.g. TA gives F-TA-001); default: the member's initials.</translation>
    </message>
    <message>
        <source>The engagement's origin workbook (the lead's).</source>
        <translation>The engagement's origin workbook (the lead's).</translation>
    </message>
    <message>
        <source>replica create: give -o COPY and --for MEMBER.</source>
        <translation>replica create: give -o COPY and --for MEMBER.</translation>
    </message>
    <message>
        <source>replica %1 for %2 written to %3 (references %4).</source>
        <translation>replica %1 for %2 written to %3 (references %4).</translation>
    </message>
    <message>
        <source>The replica that was moved.</source>
        <translation>The replica that was moved.</translation>
    </message>
    <message>
        <source>%1 is replica %2 again, at this place.</source>
        <translation>%1 is replica %2 again, at this place.</translation>
    </message>
    <message>
        <source>The package to write (.ismapsync).</source>
        <translation>The package to write (.ismapsync).</translation>
    </message>
    <message>
        <source>Only what this replica (number) is not known to hold.</source>
        <translation>Only what this replica (number) is not known to hold.</translation>
    </message>
    <message>
        <source>sync export: give -o FILE.ismapsync.</source>
        <translation>sync export: give -o FILE.ismapsync.</translation>
    </message>
    <message>
        <source>The change package (.ismapsync).</source>
        <translation>The change package (.ismapsync).</translation>
    </message>
    <message>
        <source>%1: no replicas (the engagement is worked in this one file).</source>
        <translation>%1: no replicas (the engagement is worked in this one file).</translation>
    </message>
    <message>
        <source>%1 is replica %2.</source>
        <translation>%1 is replica %2.</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>seen %1</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>this file</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform></translation>
    </message>
    <message>
        <source>last export %1, last import %2</source>
        <translation>last export %1, last import %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n open conflict(s).</numerusform></translation>
    </message>
    <message>
        <source>Resolved conflicts too.</source>
        <translation>Resolved conflicts too.</translation>
    </message>
    <message>
        <source>no conflicts.</source>
        <translation>no conflicts.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>replica %1 (%2, %3): %4</source>
        <translation>replica %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>deleted the row</source>
        <translation>deleted the row</translation>
    </message>
    <message>
        <source>  ← held now</source>
        <translation>  ← held now</translation>
    </message>
    <message>
        <source>mine, theirs, a replica's number, or value (with --value).</source>
        <translation>mine, theirs, a replica's number, or value (with --value).</translation>
    </message>
    <message>
        <source>FIELD=VALUE to set (repeatable).</source>
        <translation>FIELD=VALUE to set (repeatable).</translation>
    </message>
    <message>
        <source>The conflict (see sync conflicts).</source>
        <translation>The conflict (see sync conflicts).</translation>
    </message>
    <message>
        <source>--value "%1": give FIELD=VALUE.</source>
        <translation>--value "%1": give FIELD=VALUE.</translation>
    </message>
    <message>
        <source>--take value needs --value FIELD=VALUE.</source>
        <translation>--take value needs --value FIELD=VALUE.</translation>
    </message>
    <message>
        <source>--take "%1": give mine, theirs, a replica number or value.</source>
        <translation>--take "%1": give mine, theirs, a replica number or value.</translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved by %3.</source>
        <translation>conflict %1 (%2) resolved by %3.</translation>
    </message>
    <message>
        <source>The shared folder.</source>
        <translation>The shared folder.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n action(s)).</source>
        <translation>
            <numerusform>wrote %1 (%n action(s)).</numerusform></translation>
    </message>
    <message>
        <source>make a replica of the engagement for a member</source>
        <translation>make a replica of the engagement for a member</translation>
    </message>
    <message>
        <source>rebind a replica that was moved to its new place</source>
        <translation>rebind a replica that was moved to its new place</translation>
    </message>
    <message>
        <source>write a signed change package for other replicas</source>
        <translation>write a signed change package for other replicas</translation>
    </message>
    <message>
        <source>check and apply a change package</source>
        <translation>check and apply a change package</translation>
    </message>
    <message>
        <source>list the replicas and what each has seen</source>
        <translation>list the replicas and what each has seen</translation>
    </message>
    <message>
        <source>list the conflicts between replicas</source>
        <translation>list the conflicts between replicas</translation>
    </message>
    <message>
        <source>decide a conflict between replicas</source>
        <translation>decide a conflict between replicas</translation>
    </message>
    <message>
        <source>exchange packages through a shared folder</source>
        <translation>exchange packages through a shared folder</translation>
    </message>
    <message>
        <source>staff, reviewer, lead (hands the lead over; the former lead becomes a reviewer) or quality_reviewer.</source>
        <translation>staff, reviewer, lead (hands the lead over; the former lead becomes a reviewer) or quality_reviewer.</translation>
    </message>
    <message>
        <source>team role: give the workbook, the member's name and the new role.</source>
        <translation>team role: give the workbook, the member's name and the new role.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>change a team member's role (the engagement lead only; lead hands the lead over)</source>
        <translation>change a team member's role (the engagement lead only; lead hands the lead over)</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>not in scope</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>see sync conflicts</source>
        <translation>see sync conflicts</translation>
    </message>
    <message>
        <source>The member's role: %1.</source>
        <translation>The member's role: %1.</translation>
    </message>
    <message>
        <source>add a member to the engagement team (staff, reviewer, lead, quality reviewer)</source>
        <translation>add a member to the engagement team (staff, reviewer, lead, quality reviewer)</translation>
    </message>
    <message>
        <source>Done (prepared or reviewed): %1 of %2 in scope  started: %3</source>
        <translation>Done (prepared or reviewed): %1 of %2 in scope  started: %3</translation>
    </message>
    <message>
        <source>By part (done / in scope):</source>
        <translation>By part (done / in scope):</translation>
    </message>
    <message>
        <source>By domain (done / in scope):</source>
        <translation>By domain (done / in scope):</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>assignee</source>
        <translation>assignee</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>performed at</source>
        <translation>performed at</translation>
    </message>
    <message>
        <source>this year's cycle</source>
        <translation>this year's cycle</translation>
    </message>
    <message>
        <source>kind of control</source>
        <translation>kind of control</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>A step of %1</source>
        <translation>A step of %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Finding %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Sample item %1 of sample %2 (%3)</source>
        <translation>Sample item %1 of sample %2 (%3)</translation>
    </message>
    <message>
        <source>A sample item of %1</source>
        <translation>A sample item of %1</translation>
    </message>
    <message>
        <source>Sample %1 of %2</source>
        <translation>Sample %1 of %2</translation>
    </message>
    <message>
        <source>Applicability of %1</source>
        <translation>Applicability of %1</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan of %1</translation>
    </message>
    <message>
        <source>Review note %1 on %2</source>
        <translation>Review note %1 on %2</translation>
    </message>
    <message>
        <source>A sign-off of %1</source>
        <translation>A sign-off of %1</translation>
    </message>
    <message>
        <source>Evidence record %1</source>
        <translation>Evidence record %1</translation>
    </message>
    <message>
        <source>An evidence link of %1</source>
        <translation>An evidence link of %1</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Team member %1</translation>
    </message>
    <message>
        <source>The engagement's details</source>
        <translation>The engagement's details</translation>
    </message>
    <message>
        <source>The statement's details</source>
        <translation>The statement's details</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CriteriaPart</name>
    <message>
        <source>Governance criteria</source>
        <translation>Governance criteria</translation>
    </message>
    <message>
        <source>Management criteria</source>
        <translation>Management criteria</translation>
    </message>
    <message>
        <source>Control criteria</source>
        <translation>Control criteria</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: cannot open the file (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the workbook is in use by another program or window; close it there and try again.</source>
        <translation>%1: the workbook is in use by another program or window; close it there and try again.</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be written here (read-only).</source>
        <translation>%1: the workbook cannot be written here (read-only).</translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation>%1: this file is not an ISMAP workbook.</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation>%1: the disk is full; nothing was written.</translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation>%1: input/output error (%2).</translation>
    </message>
    <message>
        <source>%1: database error %2: %3</source>
        <translation>%1: database error %2: %3</translation>
    </message>
    <message>
        <source>starting the change capture</source>
        <translation>starting the change capture</translation>
    </message>
    <message>
        <source>reading the captured changes</source>
        <translation>reading the captured changes</translation>
    </message>
    <message>
        <source>The changeset is malformed.</source>
        <translation>The changeset is malformed.</translation>
    </message>
</context>
<context>
    <name>DemoEngagement</name>
    <message>
        <source>%1: the demo data is missing.</source>
        <translation>%1: the demo data is missing.</translation>
    </message>
    <message>
        <source>demo-statement.csv row %1: unknown item %2.</source>
        <translation>demo-statement.csv row %1: unknown item %2.</translation>
    </message>
    <message>
        <source>Inspected the current document and records for %1 (approved, revision history complete). No exception.</source>
        <translation>Inspected the current document and records for %1 (approved, revision history complete). No exception.</translation>
    </message>
    <message>
        <source>Inquired of the control owner; the description in the statement agrees with practice and nothing changed in the period.</source>
        <translation>Inquired of the control owner; the description in the statement agrees with practice and nothing changed in the period.</translation>
    </message>
    <message>
        <source>Observed the setting in the production console with the administrator; it matches the standard. Screen captured.</source>
        <translation>Observed the setting in the production console with the administrator; it matches the standard. Screen captured.</translation>
    </message>
    <message>
        <source>Reperformed the check against an export of the settings; all values agree.</source>
        <translation>Reperformed the check against an export of the settings; all values agree.</translation>
    </message>
    <message>
        <source>demo-engagement.json: the team needs two staff, a reviewer and a lead.</source>
        <translation>demo-engagement.json: the team needs two staff, a reviewer and a lead.</translation>
    </message>
    <message>
        <source>%1: cannot write demo evidence.</source>
        <translation>%1: cannot write demo evidence.</translation>
    </message>
    <message>
        <source>Occurrences in the period per the CSP's ledger</source>
        <translation>Occurrences in the period per the CSP's ledger</translation>
    </message>
    <message>
        <source>Approval, date and performer agree with the record.</source>
        <translation>Approval, date and performer agree with the record.</translation>
    </message>
    <message>
        <source>Current rules as provided by the CSP</source>
        <translation>Current rules as provided by the CSP</translation>
    </message>
    <message>
        <source>Screen capture of the production setting, taken during observation</source>
        <translation>Screen capture of the production setting, taken during observation</translation>
    </message>
    <message>
        <source>Population per the CSP's records</source>
        <translation>Population per the CSP's records</translation>
    </message>
    <message>
        <source>No exception.</source>
        <translation>No exception.</translation>
    </message>
    <message>
        <source>Log extract for the period, population of the sample</source>
        <translation>Log extract for the period, population of the sample</translation>
    </message>
    <message>
        <source>Screen capture showing the exception</source>
        <translation>Screen capture showing the exception</translation>
    </message>
    <message>
        <source>The control as described in the statement for item %1.</source>
        <translation>The control as described in the statement for item %1.</translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>The demo certificates could not be made (%1).</source>
        <translation>The demo certificates could not be made (%1).</translation>
    </message>
</context>
<context>
    <name>DrawSampleCommand</name>
    <message>
        <source>draw a sample for %1</source>
        <translation>draw a sample for %1</translation>
    </message>
</context>
<context>
    <name>EditFindingCommand</name>
    <message>
        <source>edit finding %1</source>
        <translation>edit finding %1</translation>
    </message>
</context>
<context>
    <name>EngagementSetupBook</name>
    <message>
        <source>Cloud service provider: give the provider's name.</source>
        <translation>Cloud service provider: give the provider's name.</translation>
    </message>
    <message>
        <source>Cloud service: give the service's name.</source>
        <translation>Cloud service: give the service's name.</translation>
    </message>
    <message>
        <source>Audit period: give the first and the last day.</source>
        <translation>Audit period: give the first and the last day.</translation>
    </message>
    <message>
        <source>Audit period: the last day is before the first.</source>
        <translation>Audit period: the last day is before the first.</translation>
    </message>
    <message>
        <source>Audit period: an ISMAP audit period is at most one year.</source>
        <translation>Audit period: an ISMAP audit period is at most one year.</translation>
    </message>
    <message>
        <source>Scheme: "%1" is neither ISMAP nor ISMAP-LIU.</source>
        <translation>Scheme: "%1" is neither ISMAP nor ISMAP-LIU.</translation>
    </message>
    <message>
        <source>Audit kind: "%1" is neither initial nor renewal.</source>
        <translation>Audit kind: "%1" is neither initial nor renewal.</translation>
    </message>
    <message>
        <source>Team: name the engagement lead (only the lead may finalise the engagement).</source>
        <translation>Team: name the engagement lead (only the lead may finalise the engagement).</translation>
    </message>
    <message>
        <source>Workbook file: choose where to save the new workbook.</source>
        <translation>Workbook file: choose where to save the new workbook.</translation>
    </message>
</context>
<context>
    <name>EngineCommand</name>
    <message>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform></translation>
    </message>
    <message>
        <source>describe evidence %1</source>
        <translation>describe evidence %1</translation>
    </message>
    <message>
        <source>unlink evidence %1 from %2</source>
        <translation>unlink evidence %1 from %2</translation>
    </message>
</context>
<context>
    <name>EvidenceFolderSink</name>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: cannot write (%2).</translation>
    </message>
</context>
<context>
    <name>EvidenceVault</name>
    <message>
        <source>%1: date obtained "%2" is not a date (YYYY-MM-DD).</source>
        <translation>%1: date obtained "%2" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>item %1: not in the criteria catalog of this workbook.</source>
        <translation>item %1: not in the criteria catalog of this workbook.</translation>
    </message>
    <message>
        <source>%1 %2: does not exist.</source>
        <translation>%1 %2: does not exist.</translation>
    </message>
    <message>
        <source>%1 %2: belongs to item %3, not to item %4.</source>
        <translation>%1 %2: belongs to item %3, not to item %4.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>sample item</source>
        <translation>sample item</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>evidence: no file given.</source>
        <translation>evidence: no file given.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1: is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: not a regular file.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1: reading failed (%2).</source>
        <translation>%1: reading failed (%2).</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was added.</source>
        <translation>%1: import cancelled; nothing was added.</translation>
    </message>
    <message>
        <source>evidence %1: added by %2; staff may only unlink evidence they added themselves (a reviewer or the lead can).</source>
        <translation>evidence %1: added by %2; staff may only unlink evidence they added themselves (a reviewer or the lead can).</translation>
    </message>
    <message>
        <source>evidence %1: not linked to %2.</source>
        <translation>evidence %1: not linked to %2.</translation>
    </message>
    <message>
        <source>evidence %1: the name is empty.</source>
        <translation>evidence %1: the name is empty.</translation>
    </message>
    <message>
        <source>evidence %1: its content is missing from the vault.</source>
        <translation>evidence %1: its content is missing from the vault.</translation>
    </message>
    <message>
        <source>evidence %1: recorded size %2 differs from the stored %3 bytes.</source>
        <translation>evidence %1: recorded size %2 differs from the stored %3 bytes.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: cannot write the file (%2).</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>evidence %1</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); nothing was written.</source>
        <translation>%1: writing failed (%2); nothing was written.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: no such folder.</translation>
    </message>
    <message>
        <source>%1: would be written outside %2.</source>
        <translation>%1: would be written outside %2.</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation>%1: a file of that name already exists; it was left as it is.</translation>
    </message>
    <message>
        <source>evidence %1: no such evidence in this workbook.</source>
        <translation>evidence %1: no such evidence in this workbook.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text and logs</source>
        <translation>Text and logs</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>evidence %1: added by %2; staff may only remove evidence they added themselves (a reviewer or the lead can).</source>
        <translation>evidence %1: added by %2; staff may only remove evidence they added themselves (a reviewer or the lead can).</translation>
    </message>
    <message>
        <source>evidence %1: still linked to %2; unlink it first.</source>
        <translation>evidence %1: still linked to %2; unlink it first.</translation>
    </message>
    <message>
        <source>evidence %1: it answers request %2 and cannot be removed.</source>
        <translation>evidence %1: it answers request %2 and cannot be removed.</translation>
    </message>
    <message>
        <source>evidence %1: it is the population list of a sample of %2 and cannot be removed.</source>
        <translation>evidence %1: it is the population list of a sample of %2 and cannot be removed.</translation>
    </message>
    <message>
        <source>evidence content %1: not in this workbook.</source>
        <translation>evidence content %1: not in this workbook.</translation>
    </message>
    <message>
        <source>evidence content %1 chunk %2: hash mismatch</source>
        <translation>evidence content %1 chunk %2: hash mismatch</translation>
    </message>
    <message>
        <source>copying the committed evidence into the workbook file</source>
        <translation>copying the committed evidence into the workbook file</translation>
    </message>
    <message>
        <source>evidence %1: its content (SHA-256 %2) is missing</source>
        <translation>evidence %1: its content (SHA-256 %2) is missing</translation>
    </message>
    <message>
        <source>evidence %1: recorded size %2 differs from the stored %3 bytes</source>
        <translation>evidence %1: recorded size %2 differs from the stored %3 bytes</translation>
    </message>
    <message>
        <source>evidence %1: not in the trail (added with an outside tool)</source>
        <translation>evidence %1: not in the trail (added with an outside tool)</translation>
    </message>
    <message>
        <source>evidence %1: content differs from what the trail recorded at import</source>
        <translation>evidence %1: content differs from what the trail recorded at import</translation>
    </message>
    <message>
        <source>evidence: %1 chunks belong to no stored content</source>
        <translation>evidence: %1 chunks belong to no stored content</translation>
    </message>
    <message>
        <source>stored content %1</source>
        <translation>stored content %1</translation>
    </message>
    <message>
        <source>%1: no evidence record refers to it</source>
        <translation>%1: no evidence record refers to it</translation>
    </message>
    <message>
        <source>%1: date obtained %2 is in the future (today is %3 in Japan).</source>
        <translation>%1: date obtained %2 is in the future (today is %3 in Japan).</translation>
    </message>
</context>
<context>
    <name>FieldworkAction</name>
    <message>
        <source>%1 (%2) may not %3: only %4 may.</source>
        <translation>%1 (%2) may not %3: only %4 may.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>FieldworkText</name>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>Reperformance</translation>
    </message>
    <message>
        <source>No exception</source>
        <translation>No exception</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Could not be performed</source>
        <translation>Could not be performed</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>Not in this year's cycle</translation>
    </message>
    <message>
        <source>Policy or document</source>
        <translation>Policy or document</translation>
    </message>
    <message>
        <source>Recurring activity with records</source>
        <translation>Recurring activity with records</translation>
    </message>
    <message>
        <source>Technical setting</source>
        <translation>Technical setting</translation>
    </message>
    <message>
        <source>Physical facility</source>
        <translation>Physical facility</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Preparer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Engagement lead</translation>
    </message>
    <message>
        <source>Engagement quality reviewer</source>
        <translation>Engagement quality reviewer</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>finding %1: severity "%2" is not on the engagement's scale (%3).</source>
        <translation>finding %1: severity "%2" is not on the engagement's scale (%3).</translation>
    </message>
    <message>
        <source>finding %1: status "%2" is not one of %3.</source>
        <translation>finding %1: status "%2" is not one of %3.</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>item %1: step %2 does not belong to it.</source>
        <translation>item %1: step %2 does not belong to it.</translation>
    </message>
    <message>
        <source>finding %1: no such finding.</source>
        <translation>finding %1: no such finding.</translation>
    </message>
    <message>
        <source>mark finding %1 as %2</source>
        <translation>mark finding %1 as %2</translation>
    </message>
    <message>
        <source>finding %1: it is %2; only a draft finding can be withdrawn (close it instead).</source>
        <translation>finding %1: it is %2; only a draft finding can be withdrawn (close it instead).</translation>
    </message>
    <message>
        <source>finding %1: raised by %2; staff may only withdraw findings they raised themselves (a reviewer or the lead can).</source>
        <translation>finding %1: raised by %2; staff may only withdraw findings they raised themselves (a reviewer or the lead can).</translation>
    </message>
    <message>
        <source>item %1: a finding needs its condition (what was found); only a draft may start with just a title.</source>
        <translation>item %1: a finding needs its condition (what was found); only a draft may start with just a title.</translation>
    </message>
    <message>
        <source>finding %1: give its condition (what was found); only a draft may go without one, and then it needs a title.</source>
        <translation>finding %1: give its condition (what was found); only a draft may go without one, and then it needs a title.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>FontSet</name>
    <message>
        <source>No Japanese font for the report: none of %1 could be loaded. Install the Debian package fonts-noto-cjk or fonts-ipaexfont.</source>
        <translation>No Japanese font for the report: none of %1 could be loaded. Install the Debian package fonts-noto-cjk or fonts-ipaexfont.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>preparer</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effect</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>management response</source>
        <translation>management response</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>sample item</source>
        <translation>sample item</translation>
    </message>
    <message>
        <source>population number</source>
        <translation>population number</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributes</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>sample size</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>reason voided</source>
        <translation>reason voided</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>content hash</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>obtained from</source>
        <translation>obtained from</translation>
    </message>
    <message>
        <source>obtained on</source>
        <translation>obtained on</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>revived</translation>
    </message>
    <message>
        <source>finalised at</source>
        <translation>finalised at</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>drawn population numbers</source>
        <translation>drawn population numbers</translation>
    </message>
    <message>
        <source>applicability</source>
        <translation>applicability</translation>
    </message>
    <message>
        <source>description (English)</source>
        <translation>description (English)</translation>
    </message>
    <message>
        <source>population as stated</source>
        <translation>population as stated</translation>
    </message>
    <message>
        <source>population rationale</source>
        <translation>population rationale</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>in scope</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>out of scope</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>updated the notes of step %1</source>
        <translation>updated the notes of step %1</translation>
    </message>
    <message>
        <source>recorded step %1 as %2</source>
        <translation>recorded step %1 as %2</translation>
    </message>
    <message>
        <source>cleared the result of step %1</source>
        <translation>cleared the result of step %1</translation>
    </message>
    <message>
        <source>refreshed the procedure steps</source>
        <translation>refreshed the procedure steps</translation>
    </message>
    <message>
        <source>drew sample %1 (%2 of a population of %3)</source>
        <translation>drew sample %1 (%2 of a population of %3)</translation>
    </message>
    <message>
        <source>discarded sample %1</source>
        <translation>discarded sample %1</translation>
    </message>
    <message>
        <source>changed sample %1 item %2</source>
        <translation>changed sample %1 item %2</translation>
    </message>
    <message>
        <source>recorded sample %1 item %2 as %3</source>
        <translation>recorded sample %1 item %2 as %3</translation>
    </message>
    <message>
        <source>raised finding %1</source>
        <translation>raised finding %1</translation>
    </message>
    <message>
        <source>edited finding %1</source>
        <translation>edited finding %1</translation>
    </message>
    <message>
        <source>withdrew finding %1</source>
        <translation>withdrew finding %1</translation>
    </message>
    <message>
        <source>raised review note %1</source>
        <translation>raised review note %1</translation>
    </message>
    <message>
        <source>resolved review note %1</source>
        <translation>resolved review note %1</translation>
    </message>
    <message>
        <source>signed off as reviewer</source>
        <translation>signed off as reviewer</translation>
    </message>
    <message>
        <source>signed off as preparer</source>
        <translation>signed off as preparer</translation>
    </message>
    <message>
        <source>voided the %1 sign-off of %2: %3</source>
        <translation>voided the %1 sign-off of %2: %3</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>finding %1</translation>
    </message>
    <message>
        <source>a sample item</source>
        <translation>a sample item</translation>
    </message>
    <message>
        <source>linked evidence %1 to the item</source>
        <translation>linked evidence %1 to the item</translation>
    </message>
    <message>
        <source>linked evidence %1 to %2</source>
        <translation>linked evidence %1 to %2</translation>
    </message>
    <message>
        <source>unlinked evidence %1 from the item</source>
        <translation>unlinked evidence %1 from the item</translation>
    </message>
    <message>
        <source>unlinked evidence %1 from %2</source>
        <translation>unlinked evidence %1 from %2</translation>
    </message>
    <message>
        <source>put the item in this year's cycle</source>
        <translation>put the item in this year's cycle</translation>
    </message>
    <message>
        <source>took the item out of this year's cycle</source>
        <translation>took the item out of this year's cycle</translation>
    </message>
    <message>
        <source>set the kind of control</source>
        <translation>set the kind of control</translation>
    </message>
    <message>
        <source>unassigned the item</source>
        <translation>unassigned the item</translation>
    </message>
    <message>
        <source>assigned the item to %1</source>
        <translation>assigned the item to %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>requested %1</translation>
    </message>
    <message>
        <source>updated request %1</source>
        <translation>updated request %1</translation>
    </message>
    <message>
        <source>imported the statement</source>
        <translation>imported the statement</translation>
    </message>
    <message>
        <source>upgraded the workbook (%1 → %2)</source>
        <translation>upgraded the workbook (%1 → %2)</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removed)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>What: %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 before: %2</translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation>%1 after: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Recorded as: %1 on %2 (trail row %3)</source>
        <translation>Recorded as: %1 on %2 (trail row %3)</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>annual</translation>
    </message>
    <message>
        <source>semi-annual</source>
        <translation>semi-annual</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>several times a day</source>
        <translation>several times a day</translation>
    </message>
    <message>
        <source>event-driven</source>
        <translation>event-driven</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step(s)</numerusform></translation>
    </message>
    <message>
        <source>created the engagement</source>
        <translation>created the engagement</translation>
    </message>
    <message>
        <source>changed the scope of the engagement</source>
        <translation>changed the scope of the engagement</translation>
    </message>
    <message>
        <source>recorded the last changes of an action</source>
        <translation>recorded the last changes of an action</translation>
    </message>
    <message>
        <source>set the applicability of the item</source>
        <translation>set the applicability of the item</translation>
    </message>
    <message>
        <source>edited the statement's details</source>
        <translation>edited the statement's details</translation>
    </message>
    <message>
        <source>installed the control criteria catalog</source>
        <translation>installed the control criteria catalog</translation>
    </message>
    <message>
        <source>imported the cycle list (%1 in this year's cycle, %2 out of it)</source>
        <translation>imported the cycle list (%1 in this year's cycle, %2 out of it)</translation>
    </message>
    <message>
        <source>set the kind of audit</source>
        <translation>set the kind of audit</translation>
    </message>
    <message>
        <source>set the audit scheme</source>
        <translation>set the audit scheme</translation>
    </message>
    <message numerus="yes">
        <source>set the retention period to %n year(s)</source>
        <translation>
            <numerusform>set the retention period to %n year(s)</numerusform></translation>
    </message>
    <message>
        <source>changed the sampling table</source>
        <translation>changed the sampling table</translation>
    </message>
    <message>
        <source>finalised the engagement</source>
        <translation>finalised the engagement</translation>
    </message>
    <message>
        <source>reopened the engagement: %1</source>
        <translation>reopened the engagement: %1</translation>
    </message>
    <message>
        <source>issued the final report</source>
        <translation>issued the final report</translation>
    </message>
    <message>
        <source>issued a report</source>
        <translation>issued a report</translation>
    </message>
    <message>
        <source>added evidence %1</source>
        <translation>added evidence %1</translation>
    </message>
    <message>
        <source>edited the details of evidence %1</source>
        <translation>edited the details of evidence %1</translation>
    </message>
    <message>
        <source>removed evidence %1</source>
        <translation>removed evidence %1</translation>
    </message>
    <message>
        <source>added %1 to the team as %2</source>
        <translation>added %1 to the team as %2</translation>
    </message>
    <message>
        <source>added %1 to the team</source>
        <translation>added %1 to the team</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>changed the role of %1 from %2 to %3</translation>
    </message>
    <message>
        <source>changed a team member's role</source>
        <translation>changed a team member's role</translation>
    </message>
    <message>
        <source>registered the member key of %1</source>
        <translation>registered the member key of %1</translation>
    </message>
    <message>
        <source>rotated the member key of %1</source>
        <translation>rotated the member key of %1</translation>
    </message>
    <message>
        <source>revoked the member key of %1</source>
        <translation>revoked the member key of %1</translation>
    </message>
    <message>
        <source>made this file the origin of team sync</source>
        <translation>made this file the origin of team sync</translation>
    </message>
    <message>
        <source>made replica %1 for %2</source>
        <translation>made replica %1 for %2</translation>
    </message>
    <message>
        <source>moved replica %1 to a new place</source>
        <translation>moved replica %1 to a new place</translation>
    </message>
    <message>
        <source>imported the changes of replica %1</source>
        <translation>imported the changes of replica %1</translation>
    </message>
    <message>
        <source>resolved a team-sync conflict</source>
        <translation>resolved a team-sync conflict</translation>
    </message>
    <message>
        <source>signed off the engagement as engagement lead</source>
        <translation>signed off the engagement as engagement lead</translation>
    </message>
    <message>
        <source>signed off the engagement as quality reviewer</source>
        <translation>signed off the engagement as quality reviewer</translation>
    </message>
</context>
<context>
    <name>IssuanceCheck</name>
    <message numerus="yes">
        <source>%n gap(s) block the final report: %1.</source>
        <translation>
            <numerusform>%n gap(s) block the final report: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>IssuanceGap</name>
    <message>
        <source>Items whose applicability is not decided</source>
        <translation>Items whose applicability is not decided</translation>
    </message>
    <message>
        <source>Procedure steps without a result</source>
        <translation>Procedure steps without a result</translation>
    </message>
    <message>
        <source>Items without a valid preparer sign-off</source>
        <translation>Items without a valid preparer sign-off</translation>
    </message>
    <message>
        <source>Items without a valid reviewer sign-off</source>
        <translation>Items without a valid reviewer sign-off</translation>
    </message>
    <message>
        <source>Findings still in draft</source>
        <translation>Findings still in draft</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>Open review notes</translation>
    </message>
    <message>
        <source>Findings without a management response</source>
        <translation>Findings without a management response</translation>
    </message>
    <message>
        <source>Engagement sign-offs missing</source>
        <translation>Engagement sign-offs missing</translation>
    </message>
    <message>
        <source>Engagement not finalised</source>
        <translation>Engagement not finalised</translation>
    </message>
    <message>
        <source>Final report already issued</source>
        <translation>Final report already issued</translation>
    </message>
    <message>
        <source>the statement does not say whether the item is in scope</source>
        <translation>the statement does not say whether the item is in scope</translation>
    </message>
    <message>
        <source>step %1 has no result</source>
        <translation>step %1 has no result</translation>
    </message>
    <message>
        <source>no valid preparer sign-off</source>
        <translation>no valid preparer sign-off</translation>
    </message>
    <message>
        <source>no valid reviewer sign-off</source>
        <translation>no valid reviewer sign-off</translation>
    </message>
    <message>
        <source>finding %1 is still a draft</source>
        <translation>finding %1 is still a draft</translation>
    </message>
    <message>
        <source>review note #%1 is open: %2</source>
        <translation>review note #%1 is open: %2</translation>
    </message>
    <message>
        <source>finding %1 has no management response</source>
        <translation>finding %1 has no management response</translation>
    </message>
    <message>
        <source>the quality reviewer's sign-off on the engagement is missing</source>
        <translation>the quality reviewer's sign-off on the engagement is missing</translation>
    </message>
    <message>
        <source>the engagement lead's sign-off on the engagement is missing</source>
        <translation>the engagement lead's sign-off on the engagement is missing</translation>
    </message>
    <message>
        <source>the engagement lead has not finalised the engagement</source>
        <translation>the engagement lead has not finalised the engagement</translation>
    </message>
    <message>
        <source>the final report was issued at %1 (SHA-256 %2); reopen the engagement with a reason to reissue it</source>
        <translation>the final report was issued at %1 (SHA-256 %2); reopen the engagement with a reason to reissue it</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <source>set the retention period</source>
        <translation>set the retention period</translation>
    </message>
    <message>
        <source>%1: the retention period must be 1 to %2 years, not %3.</source>
        <translation>%1: the retention period must be 1 to %2 years, not %3.</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only; a final report is recorded in it.</source>
        <translation>%1: the workbook is open read-only; a final report is recorded in it.</translation>
    </message>
    <message>
        <source>%1 (%2) may not issue the final report: only the engagement lead may.</source>
        <translation>%1 (%2) may not issue the final report: only the engagement lead may.</translation>
    </message>
    <message>
        <source>%1: the engagement is not finalised; a final report is issued only from a finalised engagement.</source>
        <translation>%1: the engagement is not finalised; a final report is issued only from a finalised engagement.</translation>
    </message>
    <message>
        <source>%1: the final report was already issued at %2 (SHA-256 %3); reopen the engagement with a reason to reissue it.</source>
        <translation>%1: the final report was already issued at %2 (SHA-256 %3); reopen the engagement with a reason to reissue it.</translation>
    </message>
    <message>
        <source>%1: the workbook's format is too old to record a report; open it read-write once to upgrade it.</source>
        <translation>%1: the workbook's format is too old to record a report; open it read-write once to upgrade it.</translation>
    </message>
    <message>
        <source>%1: the workbook changed while the report was composed; the report is not issued.</source>
        <translation>%1: the workbook changed while the report was composed; the report is not issued.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>final report</source>
        <translation>final report</translation>
    </message>
    <message>
        <source>final report (reissue)</source>
        <translation>final report (reissue)</translation>
    </message>
</context>
<context>
    <name>ItemStatusBook</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 is not on the engagement team.</translation>
    </message>
    <message numerus="yes">
        <source>%n review note(s) still open.</source>
        <translation>
            <numerusform>%n review note(s) still open.</numerusform></translation>
    </message>
    <message>
        <source>A sign-off was voided by a later change and not renewed.</source>
        <translation>A sign-off was voided by a later change and not renewed.</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) without a finding.</source>
        <translation>
            <numerusform>%n deviation(s) without a finding.</numerusform></translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation>no team member is working: choose who you are first.</translation>
    </message>
</context>
<context>
    <name>ItemWorkspace</name>
    <message>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation>Semi-annual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <translation>Several times a day</translation>
    </message>
    <message>
        <source>Event-driven</source>
        <translation>Event-driven</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain could not %1 (%2).</source>
        <translation>The keychain could not %1 (%2).</translation>
    </message>
    <message>
        <source>read the passphrase</source>
        <translation>read the passphrase</translation>
    </message>
    <message>
        <source>store the passphrase</source>
        <translation>store the passphrase</translation>
    </message>
    <message>
        <source>forget the passphrase</source>
        <translation>forget the passphrase</translation>
    </message>
    <message>
        <source>%1: no passphrase is remembered in the keychain for this file.</source>
        <translation>%1: no passphrase is remembered in the keychain for this file.</translation>
    </message>
</context>
<context>
    <name>MemberKey</name>
    <message>
        <source>could not make a key pair: %1</source>
        <translation>could not make a key pair: %1</translation>
    </message>
    <message>
        <source>%1: not an encrypted private key (PKCS#8); a key is never kept in clear.</source>
        <translation>%1: not an encrypted private key (PKCS#8); a key is never kept in clear.</translation>
    </message>
    <message>
        <source>%1: the passphrase is wrong or the key file is damaged.</source>
        <translation>%1: the passphrase is wrong or the key file is damaged.</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 key.</source>
        <translation>%1: not an Ed25519 key.</translation>
    </message>
    <message>
        <source>%1: not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>%1: not a PEM public key (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 public key; member keys are Ed25519.</source>
        <translation>%1: not an Ed25519 public key; member keys are Ed25519.</translation>
    </message>
    <message>
        <source>the passphrase is empty; a member key is always encrypted.</source>
        <translation>the passphrase is empty; a member key is always encrypted.</translation>
    </message>
    <message>
        <source>could not encrypt the key: %1</source>
        <translation>could not encrypt the key: %1</translation>
    </message>
    <message>
        <source>could not write the public key: %1</source>
        <translation>could not write the public key: %1</translation>
    </message>
    <message>
        <source>could not sign: %1</source>
        <translation>could not sign: %1</translation>
    </message>
</context>
<context>
    <name>MemberKeyFiles</name>
    <message>
        <source>give the member's name.</source>
        <translation>give the member's name.</translation>
    </message>
    <message>
        <source>%1: cannot make the key folder.</source>
        <translation>%1: cannot make the key folder.</translation>
    </message>
    <message>
        <source>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</source>
        <translation>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</translation>
    </message>
    <message>
        <source>%1: cannot keep the old key aside.</source>
        <translation>%1: cannot keep the old key aside.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1 has no key on this machine (%2); make one with: ismapctl member key create --as %1, and have the engagement lead register its public key.</source>
        <translation>%1 has no key on this machine (%2); make one with: ismapctl member key create --as %1, and have the engagement lead register its public key.</translation>
    </message>
</context>
<context>
    <name>MemberKeys</name>
    <message>
        <source>%1 (%2) may not register member keys: only the engagement lead may.</source>
        <translation>%1 (%2) may not register member keys: only the engagement lead may.</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 is not on the engagement team.</translation>
    </message>
    <message>
        <source>%1 already has a registered key (%2); the member rotates it (member key rotate), or it is revoked first (member key revoke).</source>
        <translation>%1 already has a registered key (%2); the member rotates it (member key rotate), or it is revoked first (member key revoke).</translation>
    </message>
    <message>
        <source>%1: this key was registered before for %2 (%3); a key is registered once.</source>
        <translation>%1: this key was registered before for %2 (%3); a key is registered once.</translation>
    </message>
    <message>
        <source>%1 has no registered key to rotate; the engagement lead registers the first one (member key register).</source>
        <translation>%1 has no registered key to rotate; the engagement lead registers the first one (member key register).</translation>
    </message>
    <message>
        <source>the new key was registered before; make a new one.</source>
        <translation>the new key was registered before; make a new one.</translation>
    </message>
    <message>
        <source>%1 may not revoke %2's key: only the member or the engagement lead may.</source>
        <translation>%1 may not revoke %2's key: only the member or the engagement lead may.</translation>
    </message>
    <message>
        <source>give the reason for revoking the key (--reason).</source>
        <translation>give the reason for revoking the key (--reason).</translation>
    </message>
    <message>
        <source>%1 has no active registered key.</source>
        <translation>%1 has no active registered key.</translation>
    </message>
    <message>
        <source>%1 has no member key registered in this workbook, so cannot sign: make a key on your own machine (ismapctl member key create --as %1, or "Create my key…" in the member dialog) and have the engagement lead register its public key (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</source>
        <translation>%1 has no member key registered in this workbook, so cannot sign: make a key on your own machine (ismapctl member key create --as %1, or "Create my key…" in the member dialog) and have the engagement lead register its public key (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</translation>
    </message>
    <message>
        <source>%1's member key is not unlocked: give its passphrase (--passphrase-stdin, or the keychain after ismapctl member key create) to sign.</source>
        <translation>%1's member key is not unlocked: give its passphrase (--passphrase-stdin, or the keychain after ismapctl member key create) to sign.</translation>
    </message>
    <message>
        <source>%1's key %2 was revoked at %3 (%4); it signs nothing after that. Make a new key and have the engagement lead register it.</source>
        <translation>%1's key %2 was revoked at %3 (%4); it signs nothing after that. Make a new key and have the engagement lead register it.</translation>
    </message>
    <message>
        <source>%1's key %2 is not registered in this workbook: the engagement lead registers it (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</source>
        <translation>%1's key %2 is not registered in this workbook: the engagement lead registers it (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</translation>
    </message>
    <message>
        <source>%1's key on this machine (%2) is not the key registered in this workbook (%3).</source>
        <translation>%1's key on this machine (%2) is not the key registered in this workbook (%3).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>signed with key %1, which is not registered in the workbook</source>
        <translation>signed with key %1, which is not registered in the workbook</translation>
    </message>
    <message>
        <source>signed with %1's key, not %2's</source>
        <translation>signed with %1's key, not %2's</translation>
    </message>
    <message>
        <source>signed at %1 with a key revoked at %2</source>
        <translation>signed at %1 with a key revoked at %2</translation>
    </message>
    <message>
        <source>signed at %1, outside the key's validity (%2 – %3)</source>
        <translation>signed at %1, outside the key's validity (%2 – %3)</translation>
    </message>
    <message>
        <source>the registered key %1 cannot be read</source>
        <translation>the registered key %1 cannot be read</translation>
    </message>
    <message>
        <source>the signature does not match what is recorded (forged, altered or copied)</source>
        <translation>the signature does not match what is recorded (forged, altered or copied)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>rotated</translation>
    </message>
    <message>
        <source>replaced by a new key</source>
        <translation>replaced by a new key</translation>
    </message>
</context>
<context>
    <name>PadesSigner</name>
    <message>
        <source>%1: the PDF is encrypted; sign the unencrypted report.</source>
        <translation>%1: the PDF is encrypted; sign the unencrypted report.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: the PDF has no pages.</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be prepared for signing (%2).</source>
        <translation>%1: the PDF cannot be prepared for signing (%2).</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>the PDF</translation>
    </message>
    <message>
        <source>%1: not a PDF file.</source>
        <translation>%1: not a PDF file.</translation>
    </message>
    <message>
        <source>%1: the signature placeholder was not written.</source>
        <translation>%1: the signature placeholder was not written.</translation>
    </message>
    <message>
        <source>%1: the PDF is too large to sign.</source>
        <translation>%1: the PDF is too large to sign.</translation>
    </message>
    <message>
        <source>%1: the CMS signature could not be made (%2).</source>
        <translation>%1: the CMS signature could not be made (%2).</translation>
    </message>
    <message>
        <source>%1: the signature does not fit the space reserved for it.</source>
        <translation>%1: the signature does not fit the space reserved for it.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>%1: the file is too large.</source>
        <translation>%1: the file is too large.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: cannot write the file (%2).</translation>
    </message>
</context>
<context>
    <name>PdfAttachments</name>
    <message>
        <source>the PDF</source>
        <translation>the PDF</translation>
    </message>
    <message>
        <source>%1: cannot embed %2 (%3).</source>
        <translation>%1: cannot embed %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <source>This text was typed but not saved:

%1

Discard it and go on? Choose No to stay and finish it.</source>
        <translation>This text was typed but not saved:

%1

Discard it and go on? Choose No to stay and finish it.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
</context>
<context>
    <name>Pkcs12</name>
    <message>
        <source>%1: cannot read the PKCS#12 file (%2).</source>
        <translation>%1: cannot read the PKCS#12 file (%2).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>%1: too large for a PKCS#12 file.</source>
        <translation>%1: too large for a PKCS#12 file.</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file.</source>
        <translation>%1: not a PKCS#12 file.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file needs a passphrase.</source>
        <translation>%1: the PKCS#12 file needs a passphrase.</translation>
    </message>
    <message>
        <source>%1: wrong passphrase for the PKCS#12 file.</source>
        <translation>%1: wrong passphrase for the PKCS#12 file.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file cannot be decoded (%2).</source>
        <translation>%1: the PKCS#12 file cannot be decoded (%2).</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no private key, so it cannot sign.</source>
        <translation>%1: the PKCS#12 file holds no private key, so it cannot sign.</translation>
    </message>
    <message>
        <source>%1: the private key does not match the certificate in the PKCS#12 file.</source>
        <translation>%1: the private key does not match the certificate in the PKCS#12 file.</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no certificate.</source>
        <translation>%1: the PKCS#12 file holds no certificate.</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not valid before %3.</source>
        <translation>%1: the certificate of %2 is not valid before %3.</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 expired on %3.</source>
        <translation>%1: the certificate of %2 expired on %3.</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not meant for signatures (key usage).</source>
        <translation>%1: the certificate of %2 is not meant for signatures (key usage).</translation>
    </message>
    <message>
        <source>%1: no passphrase given.</source>
        <translation>%1: no passphrase given.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>item %1: a domain or category heading, not a control; plan its controls instead.</source>
        <translation>item %1: a domain or category heading, not a control; plan its controls instead.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the team: only the engagement lead may.</source>
        <translation>%1 (%2) may not change the team: only the engagement lead may.</translation>
    </message>
    <message>
        <source>plan this year's cycle</source>
        <translation>plan this year's cycle</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1: too large for a list of item IDs.</source>
        <translation>%1: too large for a list of item IDs.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unknown item ID(s), nothing was changed: %2</source>
        <translation>
            <numerusform>%1: %n unknown item ID(s), nothing was changed: %2</numerusform></translation>
    </message>
    <message>
        <source>%1: the list names no item; nothing was changed.</source>
        <translation>%1: the list names no item; nothing was changed.</translation>
    </message>
    <message>
        <source>change an item's kind of control</source>
        <translation>change an item's kind of control</translation>
    </message>
    <message>
        <source>item %1: "%2" is not a kind of control (%3).</source>
        <translation>item %1: "%2" is not a kind of control (%3).</translation>
    </message>
    <message>
        <source>assign items</source>
        <translation>assign items</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 is not on the engagement team.</translation>
    </message>
    <message>
        <source>change the kind of audit</source>
        <translation>change the kind of audit</translation>
    </message>
    <message>
        <source>audit kind "%1": neither initial nor renewal.</source>
        <translation>audit kind "%1": neither initial nor renewal.</translation>
    </message>
    <message>
        <source>change the scheme</source>
        <translation>change the scheme</translation>
    </message>
    <message>
        <source>scheme "%1": neither ismap nor ismap-liu.</source>
        <translation>scheme "%1": neither ismap nor ismap-liu.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 is already %2.</translation>
    </message>
    <message>
        <source>%1 is the engagement lead, and the engagement has exactly one: hand the lead over by giving another member the role lead.</source>
        <translation>%1 is the engagement lead, and the engagement has exactly one: hand the lead over by giving another member the role lead.</translation>
    </message>
    <message>
        <source>%1 cannot become the engagement quality reviewer: they have signed off or been assigned fieldwork, and the quality reviewer stands outside the fieldwork team.</source>
        <translation>%1 cannot become the engagement quality reviewer: they have signed off or been assigned fieldwork, and the quality reviewer stands outside the fieldwork team.</translation>
    </message>
    <message>
        <source>%1 signed the engagement off as its quality reviewer and so cannot join the fieldwork team as %2.</source>
        <translation>%1 signed the engagement off as its quality reviewer and so cannot join the fieldwork team as %2.</translation>
    </message>
    <message>
        <source>role "%1": not one of %2.</source>
        <translation>role "%1": not one of %2.</translation>
    </message>
</context>
<context>
    <name>PopulationFile</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3).</source>
        <translation>%1: the file is too large (%2 bytes; at most %3).</translation>
    </message>
    <message>
        <source>%1: no records below the header row.</source>
        <translation>%1: no records below the header row.</translation>
    </message>
    <message>
        <source>%1: the header row is too long.</source>
        <translation>%1: the header row is too long.</translation>
    </message>
    <message>
        <source>%1: too many records (more than %2).</source>
        <translation>%1: too many records (more than %2).</translation>
    </message>
    <message>
        <source>%1, record %2: the record is too long (%3 bytes; at most %4).</source>
        <translation>%1, record %2: the record is too long (%3 bytes; at most %4).</translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text.</source>
        <translation>%1: the file is binary, not CSV text.</translation>
    </message>
    <message>
        <source>%1: this build cannot decode CP932 (Shift_JIS).</source>
        <translation>%1: this build cannot decode CP932 (Shift_JIS).</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</source>
        <translation>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</translation>
    </message>
</context>
<context>
    <name>PopulationList</name>
    <message>
        <source>%1: the file changed while it was read; draw again.</source>
        <translation>%1: the file changed while it was read; draw again.</translation>
    </message>
</context>
<context>
    <name>ProcedureTemplates</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the field "%2" is missing or empty.</source>
        <translation>%1: the field "%2" is missing or empty.</translation>
    </message>
    <message>
        <source>%1: the built-in procedure templates are missing.</source>
        <translation>%1: the built-in procedure templates are missing.</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2).</source>
        <translation>not a JSON object (%1 at offset %2).</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <source>kind_rule.by_prefix.%1: "%2" is not a kind of control (%3).</source>
        <translation>kind_rule.by_prefix.%1: "%2" is not a kind of control (%3).</translation>
    </message>
    <message>
        <source>kind_rule.default: not a kind of control.</source>
        <translation>kind_rule.default: not a kind of control.</translation>
    </message>
    <message>
        <source>"sets" is missing or empty.</source>
        <translation>"sets" is missing or empty.</translation>
    </message>
    <message>
        <source>sets[%1]</source>
        <translation>sets[%1]</translation>
    </message>
    <message>
        <source>%1.kind: not one of %2.</source>
        <translation>%1.kind: not one of %2.</translation>
    </message>
    <message>
        <source>%1.phase: neither design nor operating.</source>
        <translation>%1.phase: neither design nor operating.</translation>
    </message>
    <message>
        <source>%1.steps[%2]</source>
        <translation>%1.steps[%2]</translation>
    </message>
    <message>
        <source>%1.id: "%2" is used twice; step ids must be unique.</source>
        <translation>%1.id: "%2" is used twice; step ids must be unique.</translation>
    </message>
    <message>
        <source>%1.type: not inspection, inquiry, observation or reperformance.</source>
        <translation>%1.type: not inspection, inquiry, observation or reperformance.</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>item %1: there is no active step %2 (see `ismapctl steps list`).</source>
        <translation>item %1: there is no active step %2 (see `ismapctl steps list`).</translation>
    </message>
    <message>
        <source>step %1: no such procedure step.</source>
        <translation>step %1: no such procedure step.</translation>
    </message>
    <message>
        <source>item %1, step %2: the step is retired (the item left the scope or this year's cycle); its recorded work is kept but it cannot be changed.</source>
        <translation>item %1, step %2: the step is retired (the item left the scope or this year's cycle); its recorded work is kept but it cannot be changed.</translation>
    </message>
    <message>
        <source>item %1, step %2: the step is retired.</source>
        <translation>item %1, step %2: the step is retired.</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>%1 is the engagement quality reviewer, outside the fieldwork team, and so records no step results.</source>
        <translation>%1 is the engagement quality reviewer, outside the fieldwork team, and so records no step results.</translation>
    </message>
</context>
<context>
    <name>RaiseFindingCommand</name>
    <message>
        <source>raise a finding on %1</source>
        <translation>raise a finding on %1</translation>
    </message>
    <message>
        <source>raise finding %1 on %2</source>
        <translation>raise finding %1 on %2</translation>
    </message>
</context>
<context>
    <name>Rebaser</name>
    <message>
        <source>Out of memory creating a rebaser.</source>
        <translation>Out of memory creating a rebaser.</translation>
    </message>
    <message>
        <source>The rebase buffer is malformed (%1).</source>
        <translation>The rebase buffer is malformed (%1).</translation>
    </message>
    <message>
        <source>The changeset cannot be rebased (%1).</source>
        <translation>The changeset cannot be rebased (%1).</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <source>%1: trail row %2 is not a trail row of this application.</source>
        <translation>%1: trail row %2 is not a trail row of this application.</translation>
    </message>
    <message>
        <source>%1: trail row %2 does not match its own number or form.</source>
        <translation>%1: trail row %2 does not match its own number or form.</translation>
    </message>
    <message>
        <source>%1: this workbook has no replicas. The engagement lead makes one for each member with: ismapctl replica create %1 -o COPY --for MEMBER</source>
        <translation>%1: this workbook has no replicas. The engagement lead makes one for each member with: ismapctl replica create %1 -o COPY --for MEMBER</translation>
    </message>
    <message>
        <source>%1 is not the engagement lead: only the lead makes replicas of the engagement.</source>
        <translation>%1 is not the engagement lead: only the lead makes replicas of the engagement.</translation>
    </message>
    <message>
        <source>%1: this is replica %2; replicas are made only from the engagement's origin workbook (the lead's).</source>
        <translation>%1: this is replica %2; replicas are made only from the engagement's origin workbook (the lead's).</translation>
    </message>
    <message>
        <source>%1 is not on the team of this engagement.</source>
        <translation>%1 is not on the team of this engagement.</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is. Choose another name.</source>
        <translation>%1: a file of that name already exists; it was left as it is. Choose another name.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>reference prefix "%1": use 1 to 4 Latin capital letters or digits, starting with a letter (e.g. TA); it goes into references such as F-TA-001.</source>
        <translation>reference prefix "%1": use 1 to 4 Latin capital letters or digits, starting with a letter (e.g. TA); it goes into references such as F-TA-001.</translation>
    </message>
    <message>
        <source>reference prefix "%1" is already used by another replica of this engagement.</source>
        <translation>reference prefix "%1" is already used by another replica of this engagement.</translation>
    </message>
    <message>
        <source>%1 has no registered member key: a change package is signed by the member who makes it. Create a key (ismapctl member key create) and have the lead register it.</source>
        <translation>%1 has no registered member key: a change package is signed by the member who makes it. Create a key (ismapctl member key create) and have the lead register it.</translation>
    </message>
    <message>
        <source>replica %1: this engagement has no such replica (see ismapctl sync status).</source>
        <translation>replica %1: this engagement has no such replica (see ismapctl sync status).</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1: the workbook is open read-only.</translation>
    </message>
    <message>
        <source>%1: the package belongs to another engagement (%2); this workbook is engagement %3. Nothing was imported.</source>
        <translation>%1: the package belongs to another engagement (%2); this workbook is engagement %3. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: the package is signed by %2 with key %3, which is not registered for %2 in this engagement. Nothing was imported.</source>
        <translation>%1: the package is signed by %2 with key %3, which is not registered for %2 in this engagement. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: the package is signed with %2's key %3, which was revoked. Nothing was imported.</source>
        <translation>%1: the package is signed with %2's key %3, which was revoked. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: the package's signature does not hold (%2). Nothing was imported.</source>
        <translation>%1: the package's signature does not hold (%2). Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: trail row %2 is filed under replica "%3", which is not its chain. Nothing was imported.</source>
        <translation>%1: trail row %2 is filed under replica "%3", which is not its chain. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: trail row %2 differs from the row %2 this workbook holds: two files are working as the same replica (a copy of a replica?), or the row was edited. Nothing was imported.</source>
        <translation>%1: trail row %2 differs from the row %2 this workbook holds: two files are working as the same replica (a copy of a replica?), or the row was edited. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: the package holds row %2 of this replica's own trail, which this file does not have: this file is an older copy of the replica. Nothing was imported.</source>
        <translation>%1: the package holds row %2 of this replica's own trail, which this file does not have: this file is an older copy of the replica. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: trail row %2 does not follow row %3 held here: rows of replica %4 are missing in between (import the packages in between first). Nothing was imported.</source>
        <translation>%1: trail row %2 does not follow row %3 held here: rows of replica %4 are missing in between (import the packages in between first). Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised here, and the package would change it: %2%3. Nothing was imported.</source>
        <translation>%1: the engagement is finalised here, and the package would change it: %2%3. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <source>%1: the package comes from replica %2, which this engagement does not know. Nothing was imported.</source>
        <translation>%1: the package comes from replica %2, which this engagement does not know. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer or the engagement lead: conflicts between replicas are decided by a reviewer or the lead.</source>
        <translation>%1 is not a reviewer or the engagement lead: conflicts between replicas are decided by a reviewer or the lead.</translation>
    </message>
    <message>
        <source>conflict %1: no such conflict (see ismapctl sync conflicts).</source>
        <translation>conflict %1: no such conflict (see ismapctl sync conflicts).</translation>
    </message>
    <message>
        <source>conflict %1 was resolved by %2 at %3.</source>
        <translation>conflict %1 was resolved by %2 at %3.</translation>
    </message>
    <message>
        <source>conflict %1: this replica (%2) made none of its versions; take a replica's version by number or give the values.</source>
        <translation>conflict %1: this replica (%2) made none of its versions; take a replica's version by number or give the values.</translation>
    </message>
    <message numerus="yes">
        <source>conflict %1 has %n other version(s); take one by its replica number.</source>
        <translation>
            <numerusform>conflict %1 has %n other version(s); take one by its replica number.</numerusform></translation>
    </message>
    <message>
        <source>conflict %1 has no version of replica %2.</source>
        <translation>conflict %1 has no version of replica %2.</translation>
    </message>
    <message>
        <source>conflict %1: %2 was deleted here, so a changed version cannot be taken; record the work again, then resolve the conflict by taking the deletion.</source>
        <translation>conflict %1: %2 was deleted here, so a changed version cannot be taken; record the work again, then resolve the conflict by taking the deletion.</translation>
    </message>
    <message>
        <source>conflict %1: %2 has no field "%3" that can be set.</source>
        <translation>conflict %1: %2 has no field "%3" that can be set.</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; nothing is imported until the lead reopens it (%2).</source>
        <translation>%1: the engagement is finalised; nothing is imported until the lead reopens it (%2).</translation>
    </message>
    <message>
        <source>%1: a conflict on %2 %3 names no change of the package.</source>
        <translation>%1: a conflict on %2 %3 names no change of the package.</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>%1: no item is in scope (import the statement first); there is nothing to report.</source>
        <translation>%1: no item is in scope (import the statement first); there is nothing to report.</translation>
    </message>
</context>
<context>
    <name>ReportIssue</name>
    <message>
        <source>%1: this is the workbook; choose another file for the report.</source>
        <translation>%1: this is the workbook; choose another file for the report.</translation>
    </message>
    <message>
        <source>A report is signed either with the firm's certificate or with a demo signer, not both.</source>
        <translation>A report is signed either with the firm's certificate or with a demo signer, not both.</translation>
    </message>
    <message>
        <source>%1: the folder for the demo signer cannot be created.</source>
        <translation>%1: the folder for the demo signer cannot be created.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform></translation>
    </message>
    <message>
        <source>%1: the final report cannot be issued. %2 (%3). Nothing was written; `ismapctl check` lists every gap, and a report without the firm's certificate is a draft.</source>
        <translation>%1: the final report cannot be issued. %2 (%3). Nothing was written; `ismapctl check` lists every gap, and a report without the firm's certificate is a draft.</translation>
    </message>
    <message>
        <source>not signed with the audit firm's certificate</source>
        <translation>not signed with the audit firm's certificate</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>--lang: "%1" is not a report language (ja, en or both).</source>
        <translation>--lang: "%1" is not a report language (ja, en or both).</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>%1: not an ISMAP report manifest (%2).</source>
        <translation>%1: not an ISMAP report manifest (%2).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>the report</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>untrusted</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformed</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>The CA file holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <source>The signature's /ByteRange or /Contents cannot be read.</source>
        <translation>The signature's /ByteRange or /Contents cannot be read.</translation>
    </message>
    <message>
        <source>The document carries no signature.</source>
        <translation>The document carries no signature.</translation>
    </message>
    <message>
        <source>The signature (CMS) cannot be decoded.</source>
        <translation>The signature (CMS) cannot be decoded.</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the signature.</source>
        <translation>The signer's certificate is not in the signature.</translation>
    </message>
    <message>
        <source>Digest mismatch: the signed part of the document changed after signing.</source>
        <translation>Digest mismatch: the signed part of the document changed after signing.</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's certificate.</source>
        <translation>The signature value does not verify with the signer's certificate.</translation>
    </message>
    <message numerus="yes">
        <source>Not the whole document is signed: %n byte(s) were added after signing.</source>
        <translation>
            <numerusform>Not the whole document is signed: %n byte(s) were added after signing.</numerusform></translation>
    </message>
    <message>
        <source>Not the whole document is signed.</source>
        <translation>Not the whole document is signed.</translation>
    </message>
    <message>
        <source>The signer's certificate does not chain to the given CA (%1).</source>
        <translation>The signer's certificate does not chain to the given CA (%1).</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: holds no PEM certificate.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
    <message>
        <source>No output file given for the report (-o OUT.pdf).</source>
        <translation>No output file given for the report (-o OUT.pdf).</translation>
    </message>
    <message>
        <source>%1: is a folder; give the report's file name.</source>
        <translation>%1: is a folder; give the report's file name.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>%1: cannot be written (no permission).</source>
        <translation>%1: cannot be written (no permission).</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: cannot be written (%2).</translation>
    </message>
    <message>
        <source>%1: writing the report failed (%2); no file was written.</source>
        <translation>%1: writing the report failed (%2); no file was written.</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation>%1: "%2" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>"%1" is not a request status (requested, received or withdrawn).</source>
        <translation>"%1" is not a request status (requested, received or withdrawn).</translation>
    </message>
    <message>
        <source>evidence %1: no such evidence.</source>
        <translation>evidence %1: no such evidence.</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>a request needs a description of what is asked for.</source>
        <translation>a request needs a description of what is asked for.</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>item %1: step %2 does not belong to it.</source>
        <translation>item %1: step %2 does not belong to it.</translation>
    </message>
    <message>
        <source>item %1: sample %2 does not belong to it.</source>
        <translation>item %1: sample %2 does not belong to it.</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>requested on</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>due %1 is before the request was made (%2).</source>
        <translation>due %1 is before the request was made (%2).</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>request %1: no such request.</source>
        <translation>request %1: no such request.</translation>
    </message>
    <message>
        <source>%1: no header row with a request number (番号, Ref) and a status (状態, Status) column.</source>
        <translation>%1: no header row with a request number (番号, Ref) and a status (状態, Status) column.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>no request number.</source>
        <translation>no request number.</translation>
    </message>
    <message>
        <source>%1 is listed twice (first in row %2).</source>
        <translation>%1 is listed twice (first in row %2).</translation>
    </message>
    <message>
        <source>%1: no such request in this workbook.</source>
        <translation>%1: no such request in this workbook.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a request status (依頼中, 受領済, 取下げ; requested, received, withdrawn).</source>
        <translation>%1: "%2" is not a request status (依頼中, 受領済, 取下げ; requested, received, withdrawn).</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date.</source>
        <translation>%1: "%2" is not a date.</translation>
    </message>
    <message>
        <source>%1: no request rows below the header.</source>
        <translation>%1: no request rows below the header.</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was changed.</source>
        <translation>%1: 1 problem; nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was changed.</source>
        <translation>%1: %2 problems; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>raise review notes</source>
        <translation>raise review notes</translation>
    </message>
    <message>
        <source>item %1: the review note is empty.</source>
        <translation>item %1: the review note is empty.</translation>
    </message>
    <message>
        <source>clear review notes</source>
        <translation>clear review notes</translation>
    </message>
    <message>
        <source>review note %1: no such note.</source>
        <translation>review note %1: no such note.</translation>
    </message>
    <message>
        <source>review note %1 (item %2): already resolved by %3.</source>
        <translation>review note %1 (item %2): already resolved by %3.</translation>
    </message>
    <message>
        <source>review note %1: give the resolution.</source>
        <translation>review note %1: give the resolution.</translation>
    </message>
    <message>
        <source>item %1: not in scope of the statement; there is nothing to sign off.</source>
        <translation>item %1: not in scope of the statement; there is nothing to sign off.</translation>
    </message>
    <message>
        <source>item %1: not in this year's cycle; there is nothing to sign off.</source>
        <translation>item %1: not in this year's cycle; there is nothing to sign off.</translation>
    </message>
    <message>
        <source>sign off item %1 as reviewer</source>
        <translation>sign off item %1 as reviewer</translation>
    </message>
    <message>
        <source>item %1: already signed off as %2 by %3 at %4.</source>
        <translation>item %1: already signed off as %2 by %3 at %4.</translation>
    </message>
    <message>
        <source>item %1: step %2 has no result yet; record every step before signing off.</source>
        <translation>item %1: step %2 has no result yet; record every step before signing off.</translation>
    </message>
    <message>
        <source>item %1: it has no procedure steps; generate them (ismapctl steps generate) first.</source>
        <translation>item %1: it has no procedure steps; generate them (ismapctl steps generate) first.</translation>
    </message>
    <message>
        <source>item %1: sample %2 item %3 has no result yet.</source>
        <translation>item %1: sample %2 item %3 has no result yet.</translation>
    </message>
    <message>
        <source>item %1: a deviation has no finding; raise one first.</source>
        <translation>item %1: a deviation has no finding; raise one first.</translation>
    </message>
    <message>
        <source>item %1: it has no valid preparer sign-off; it must be prepared before review.</source>
        <translation>item %1: it has no valid preparer sign-off; it must be prepared before review.</translation>
    </message>
    <message>
        <source>%1 prepared item %2 and so may not review it: another reviewer must.</source>
        <translation>%1 prepared item %2 and so may not review it: another reviewer must.</translation>
    </message>
    <message numerus="yes">
        <source>item %1: %n open review note(s) (first: #%2); resolve them before the reviewer signs off.</source>
        <translation>
            <numerusform>item %1: %n open review note(s) (first: #%2); resolve them before the reviewer signs off.</numerusform></translation>
    </message>
    <message>
        <source>finalise the engagement</source>
        <translation>finalise the engagement</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review note(s) are still open; resolve them before finalising.</source>
        <translation>
            <numerusform>%1: %n review note(s) are still open; resolve them before finalising.</numerusform></translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1: the workbook is open read-only.</translation>
    </message>
    <message>
        <source>%1 (%2) may not reopen the engagement: only the engagement lead may.</source>
        <translation>%1 (%2) may not reopen the engagement: only the engagement lead may.</translation>
    </message>
    <message>
        <source>%1: the engagement is not finalised.</source>
        <translation>%1: the engagement is not finalised.</translation>
    </message>
    <message>
        <source>%1: give the reason for reopening the engagement.</source>
        <translation>%1: give the reason for reopening the engagement.</translation>
    </message>
    <message>
        <source>%1 is the engagement quality reviewer, outside the fieldwork team, and so neither prepares nor reviews items; they sign the engagement off (signoff --engagement).</source>
        <translation>%1 is the engagement quality reviewer, outside the fieldwork team, and so neither prepares nor reviews items; they sign the engagement off (signoff --engagement).</translation>
    </message>
    <message>
        <source>item %1: an item is signed off by its preparer and its reviewer; the lead and the quality reviewer sign the engagement off (signoff --engagement).</source>
        <translation>item %1: an item is signed off by its preparer and its reviewer; the lead and the quality reviewer sign the engagement off (signoff --engagement).</translation>
    </message>
    <message>
        <source>%1 recorded the result of step %2 of item %3, so is one of its preparers and may not review it: another reviewer must.</source>
        <translation>%1 recorded the result of step %2 of item %3, so is one of its preparers and may not review it: another reviewer must.</translation>
    </message>
    <message>
        <source>sign the engagement off</source>
        <translation>sign the engagement off</translation>
    </message>
    <message>
        <source>%1: the engagement is already signed off as %2 by %3 at %4.</source>
        <translation>%1: the engagement is already signed off as %2 by %3 at %4.</translation>
    </message>
    <message>
        <source>%1 signed the engagement off as %2 and so may not also sign it off as %3.</source>
        <translation>%1 signed the engagement off as %2 and so may not also sign it off as %3.</translation>
    </message>
    <message>
        <source>%1: the engagement lead has not signed the engagement off yet; the quality review comes after the lead's sign-off.</source>
        <translation>%1: the engagement lead has not signed the engagement off yet; the quality review comes after the lead's sign-off.</translation>
    </message>
    <message>
        <source>%1's %2 sign-off of %3</source>
        <translation>%1's %2 sign-off of %3</translation>
    </message>
    <message>
        <source>item %1: recording this makes %2 one of the item's preparers (not its reviewer) and voids %3; the item must be signed off again.</source>
        <translation>item %1: recording this makes %2 one of the item's preparers (not its reviewer) and voids %3; the item must be signed off again.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>item %1: this change voids %2; the item must be signed off again.</source>
        <translation>item %1: this change voids %2; the item must be signed off again.</translation>
    </message>
    <message>
        <source>Nothing was changed; confirm to go ahead (--confirm-void).</source>
        <translation>Nothing was changed; confirm to go ahead (--confirm-void).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-off %1 (item %2, %3 by %4 at %5)</source>
        <translation>sign-off %1 (item %2, %3 by %4 at %5)</translation>
    </message>
    <message>
        <source>engagement sign-off %1 (%2 by %3 at %4)</source>
        <translation>engagement sign-off %1 (%2 by %3 at %4)</translation>
    </message>
    <message>
        <source>review note %1 (item %2, resolved by %3 at %4)</source>
        <translation>review note %1 (item %2, resolved by %3 at %4)</translation>
    </message>
    <message>
        <source>%1 %2 (by %3 at %4)</source>
        <translation>%1 %2 (by %3 at %4)</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <source>Prepared, awaiting review</source>
        <translation>Prepared, awaiting review</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>Open review notes</translation>
    </message>
    <message>
        <source>Reviewed, awaiting the lead</source>
        <translation>Reviewed, awaiting the lead</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>Engagement lead</translation>
    </message>
    <message>
        <source>Engagement quality reviewer</source>
        <translation>Engagement quality reviewer</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>item %1: not in the catalog.</translation>
    </message>
    <message>
        <source>item %1: not in scope of the statement; nothing to sample.</source>
        <translation>item %1: not in scope of the statement; nothing to sample.</translation>
    </message>
    <message>
        <source>item %1: not in this year's cycle; nothing to sample.</source>
        <translation>item %1: not in this year's cycle; nothing to sample.</translation>
    </message>
    <message>
        <source>item %1: population %2: give the number of occurrences in the period (at least 1).</source>
        <translation>item %1: population %2: give the number of occurrences in the period (at least 1).</translation>
    </message>
    <message>
        <source>item %1: step %2 is not one of its active steps.</source>
        <translation>item %1: step %2 is not one of its active steps.</translation>
    </message>
    <message>
        <source>sample set %1: no such sample.</source>
        <translation>sample set %1: no such sample.</translation>
    </message>
    <message>
        <source>sample set %1 (item %2): there is no sample item %3 (1 to %4).</source>
        <translation>sample set %1 (item %2): there is no sample item %3 (1 to %4).</translation>
    </message>
    <message>
        <source>sample %1 (item %2): drawn by %3; staff may only discard samples they drew themselves (a reviewer or the lead can).</source>
        <translation>sample %1 (item %2): drawn by %3; staff may only discard samples they drew themselves (a reviewer or the lead can).</translation>
    </message>
    <message>
        <source>sample %1 (item %2): item %3 has a result recorded; a sample with results is kept.</source>
        <translation>sample %1 (item %2): item %3 has a result recorded; a sample with results is kept.</translation>
    </message>
    <message>
        <source>sample %1 (item %2): a finding or evidence refers to its items; it is kept.</source>
        <translation>sample %1 (item %2): a finding or evidence refers to its items; it is kept.</translation>
    </message>
    <message>
        <source>item %1: the population count is not known: the statement names the population as "%2" without a count. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</source>
        <translation>item %1: the population count is not known: the statement names the population as "%2" without a count. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</translation>
    </message>
    <message>
        <source>item %1: the population count is not known: the statement states no population. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</source>
        <translation>item %1: the population count is not known: the statement states no population. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</translation>
    </message>
    <message>
        <source>item %1: the statement gives no frequency; choose the control's frequency.</source>
        <translation>item %1: the statement gives no frequency; choose the control's frequency.</translation>
    </message>
</context>
<context>
    <name>SamplingTable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the built-in sampling table is missing.</source>
        <translation>%1: the built-in sampling table is missing.</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2).</source>
        <translation>not a JSON object (%1 at offset %2).</translation>
    </message>
    <message>
        <source>the field "version" is missing or empty.</source>
        <translation>the field "version" is missing or empty.</translation>
    </message>
    <message>
        <source>the object "frequencies" is missing or empty.</source>
        <translation>the object "frequencies" is missing or empty.</translation>
    </message>
    <message>
        <source>frequencies.%1: unknown frequency (use %2).</source>
        <translation>frequencies.%1: unknown frequency (use %2).</translation>
    </message>
    <message>
        <source>frequencies.event.bands: missing or empty.</source>
        <translation>frequencies.event.bands: missing or empty.</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1].size: must be a whole number of at least 1.</source>
        <translation>frequencies.event.bands[%1].size: must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1].max_population: must be a whole number larger than the band before.</source>
        <translation>frequencies.event.bands[%1].max_population: must be a whole number larger than the band before.</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1]: only the last band may omit max_population.</source>
        <translation>frequencies.event.bands[%1]: only the last band may omit max_population.</translation>
    </message>
    <message>
        <source>frequencies.event.bands: the last band must omit max_population (it covers the rest).</source>
        <translation>frequencies.event.bands: the last band must omit max_population (it covers the rest).</translation>
    </message>
    <message>
        <source>frequencies.%1.size: must be a whole number of at least 1.</source>
        <translation>frequencies.%1.size: must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>%1: engagement sampling table</source>
        <translation>%1: engagement sampling table</translation>
    </message>
    <message>
        <source>change the sampling table</source>
        <translation>change the sampling table</translation>
    </message>
    <message>
        <source>population %1: must not be negative.</source>
        <translation>population %1: must not be negative.</translation>
    </message>
    <message>
        <source>frequency "%1": not in the sampling table %2 (use %3).</source>
        <translation>frequency "%1": not in the sampling table %2 (use %3).</translation>
    </message>
</context>
<context>
    <name>SetApplicabilityCommand</name>
    <message>
        <source>set %1 %2</source>
        <translation>set %1 %2</translation>
    </message>
</context>
<context>
    <name>SetCycleCommand</name>
    <message>
        <source>put %1 in this year's cycle</source>
        <translation>put %1 in this year's cycle</translation>
    </message>
    <message>
        <source>take %1 out of this year's cycle</source>
        <translation>take %1 out of this year's cycle</translation>
    </message>
</context>
<context>
    <name>SetSampleResultCommand</name>
    <message>
        <source>record sample %1 item %2</source>
        <translation>record sample %1 item %2</translation>
    </message>
</context>
<context>
    <name>SetStepResultCommand</name>
    <message>
        <source>record step %1 of %2</source>
        <translation>record step %1 of %2</translation>
    </message>
</context>
<context>
    <name>StatementBook</name>
    <message>
        <source>%1 (ISMAP-registered)</source>
        <translation>%1 (ISMAP-registered)</translation>
    </message>
    <message>
        <source>%1 (not ISMAP-registered)</source>
        <translation>%1 (not ISMAP-registered)</translation>
    </message>
    <message>
        <source>statement date: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>statement date: "%1" is not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>every governance item is mandatory</source>
        <translation>every governance item is mandatory</translation>
    </message>
    <message>
        <source>every management item is mandatory</source>
        <translation>every management item is mandatory</translation>
    </message>
    <message>
        <source>a control objective (統制目標) is mandatory</source>
        <translation>a control objective (統制目標) is mandatory</translation>
    </message>
    <message>
        <source>a baseline item (.%1) is mandatory</source>
        <translation>a baseline item (.%1) is mandatory</translation>
    </message>
    <message>
        <source>%1: a sheet name applies only to an XLSX workbook.</source>
        <translation>%1: a sheet name applies only to an XLSX workbook.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2: %3: %4</source>
        <translation>%1, row %2: %3: %4</translation>
    </message>
    <message>
        <source>%1: no header row in the first %2 rows; expected columns such as 管理策番号 (ID) and 採否 (Applicability).</source>
        <translation>%1: no header row in the first %2 rows; expected columns such as 管理策番号 (ID) and 採否 (Applicability).</translation>
    </message>
    <message>
        <source>If the statement is on another sheet, choose that sheet.</source>
        <translation>If the statement is on another sheet, choose that sheet.</translation>
    </message>
    <message>
        <source>no ID column (管理策番号, 番号, ID or 項番).</source>
        <translation>no ID column (管理策番号, 番号, ID or 項番).</translation>
    </message>
    <message>
        <source>no applicability column (採否, 適用, 対象, 適用有無, Applicability or In scope).</source>
        <translation>no applicability column (採否, 適用, 対象, 適用有無, Applicability or In scope).</translation>
    </message>
    <message>
        <source>a mark "%1" but no ID.</source>
        <translation>a mark "%1" but no ID.</translation>
    </message>
    <message>
        <source>"%1" is not a criteria ID.</source>
        <translation>"%1" is not a criteria ID.</translation>
    </message>
    <message>
        <source>unknown ID: the workbook's criteria (revision %1) have no such item.</source>
        <translation>unknown ID: the workbook's criteria (revision %1) have no such item.</translation>
    </message>
    <message>
        <source>duplicate ID: already stated in row %1.</source>
        <translation>duplicate ID: already stated in row %1.</translation>
    </message>
    <message>
        <source>no applicability mark (○ for in scope, × for out of scope).</source>
        <translation>no applicability mark (○ for in scope, × for out of scope).</translation>
    </message>
    <message>
        <source>"%1" is not an applicability mark (in scope: ○ 〇 ● Y Yes 1 対象 適用 採用; out of scope: × ✕ N No 0 対象外 非適用 不採用 該当なし －).</source>
        <translation>"%1" is not an applicability mark (in scope: ○ 〇 ● Y Yes 1 対象 適用 採用; out of scope: × ✕ N No 0 対象外 非適用 不採用 該当なし －).</translation>
    </message>
    <message>
        <source>"%1" is not a frequency (年次, 半期, 四半期, 月次, 週次, 日次, 1日複数回, 随時 or annual, semiannual, quarterly, monthly, weekly, daily, multiple daily, event-driven; or empty).</source>
        <translation>"%1" is not a frequency (年次, 半期, 四半期, 月次, 週次, 日次, 1日複数回, 随時 or annual, semiannual, quarterly, monthly, weekly, daily, multiple daily, event-driven; or empty).</translation>
    </message>
    <message>
        <source>out of scope without a reason; %1 unless the statement gives a reason.</source>
        <translation>out of scope without a reason; %1 unless the statement gives a reason.</translation>
    </message>
    <message>
        <source>%1: no statement rows below the header (row %2).</source>
        <translation>%1: no statement rows below the header (row %2).</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was imported.</source>
        <translation>%1: 1 problem; nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was imported.</source>
        <translation>%1: %2 problems; nothing was imported.</translation>
    </message>
    <message>
        <source>"%1" is not a population count (a whole number such as 1,234 or 約120件).</source>
        <translation>"%1" is not a population count (a whole number such as 1,234 or 約120件).</translation>
    </message>
    <message>
        <source>%1, row %2: "%3" is given twice (first in row %4).</source>
        <translation>%1, row %2: "%3" is given twice (first in row %4).</translation>
    </message>
    <message>
        <source>%1, row %2: "%3" is not a date (2025-04-01, 2025年4月1日 or 令和7年4月1日).</source>
        <translation>%1, row %2: "%3" is not a date (2025-04-01, 2025年4月1日 or 令和7年4月1日).</translation>
    </message>
</context>
<context>
    <name>StatementIntake</name>
    <message>
        <source>set an item's applicability</source>
        <translation>set an item's applicability</translation>
    </message>
    <message>
        <source>applicability: no item given.</source>
        <translation>applicability: no item given.</translation>
    </message>
    <message>
        <source>%1: no such item in the criteria catalog.</source>
        <translation>%1: no such item in the criteria catalog.</translation>
    </message>
    <message>
        <source>%1: a mandatory item is out of scope only with a reason (非採用理由).</source>
        <translation>%1: a mandatory item is out of scope only with a reason (非採用理由).</translation>
    </message>
</context>
<context>
    <name>SyncPackageReader</name>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>changeset</source>
        <translation>changeset</translation>
    </message>
    <message>
        <source>trail row</source>
        <translation>trail row</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>unknown section type %1</source>
        <translation>unknown section type %1</translation>
    </message>
    <message>
        <source>the package does not begin with its header</source>
        <translation>the package does not begin with its header</translation>
    </message>
    <message>
        <source>a %1 section comes after a %2 section: the sections are out of order</source>
        <translation>a %1 section comes after a %2 section: the sections are out of order</translation>
    </message>
    <message>
        <source>the header lacks the engagement, replica, member or key fingerprint</source>
        <translation>the header lacks the engagement, replica, member or key fingerprint</translation>
    </message>
    <message>
        <source>changes %1–%2 of replica "%3" are not a valid range</source>
        <translation>changes %1–%2 of replica "%3" are not a valid range</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" has no valid number</source>
        <translation>trail row %1 of replica "%2" has no valid number</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" does not match its hash</source>
        <translation>trail row %1 of replica "%2" does not match its hash</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" does not follow row %3: rows are missing, repeated or out of order</source>
        <translation>trail row %1 of replica "%2" does not follow row %3: rows are missing, repeated or out of order</translation>
    </message>
    <message>
        <source>evidence %1 appears twice</source>
        <translation>evidence %1 appears twice</translation>
    </message>
    <message>
        <source>%1: %2 (at byte %3).</source>
        <translation>%1: %2 (at byte %3).</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>cannot read (%1)</translation>
    </message>
    <message>
        <source>the package ends early: it is truncated</source>
        <translation>the package ends early: it is truncated</translation>
    </message>
    <message>
        <source>an evidence section of %1 bytes cannot hold its SHA-256</source>
        <translation>an evidence section of %1 bytes cannot hold its SHA-256</translation>
    </message>
    <message>
        <source>the content of evidence %1 does not match its SHA-256</source>
        <translation>the content of evidence %1 does not match its SHA-256</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: cannot open the file (%2).</translation>
    </message>
    <message>
        <source>%1: this is not an ISMAP change package.</source>
        <translation>%1: this is not an ISMAP change package.</translation>
    </message>
    <message>
        <source>%1: the package has format version %2; this version of the application reads up to %3.</source>
        <translation>%1: the package has format version %2; this version of the application reads up to %3.</translation>
    </message>
    <message>
        <source>the format version or flags are not valid</source>
        <translation>the format version or flags are not valid</translation>
    </message>
    <message>
        <source>the package ends without its signature: it is truncated or unsigned</source>
        <translation>the package ends without its signature: it is truncated or unsigned</translation>
    </message>
    <message>
        <source>an evidence section claims %1 bytes</source>
        <translation>an evidence section claims %1 bytes</translation>
    </message>
    <message>
        <source>a %1 section of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>a %1 section of %2 bytes exceeds the limit of %3 bytes</translation>
    </message>
    <message>
        <source>the %1 section is malformed</source>
        <translation>the %1 section is malformed</translation>
    </message>
    <message>
        <source>the package holds bytes after its signature</source>
        <translation>the package holds bytes after its signature</translation>
    </message>
    <message>
        <source>the package was altered after it was signed (its digest does not match)</source>
        <translation>the package was altered after it was signed (its digest does not match)</translation>
    </message>
    <message>
        <source>the package is not signed</source>
        <translation>the package is not signed</translation>
    </message>
    <message>
        <source>the signature does not verify with key %1 of member %2</source>
        <translation>the signature does not verify with key %1 of member %2</translation>
    </message>
    <message>
        <source>changes %1–%2 of replica "%3" follow change %4: changes are repeated or out of order</source>
        <translation>changes %1–%2 of replica "%3" follow change %4: changes are repeated or out of order</translation>
    </message>
</context>
<context>
    <name>SyncPackageWriter</name>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: cannot write (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: a %2 section of %3 bytes exceeds the limit of %4 bytes.</source>
        <translation>%1: a %2 section of %3 bytes exceeds the limit of %4 bytes.</translation>
    </message>
    <message>
        <source>%1: evidence needs its 32-byte SHA-256 and its size.</source>
        <translation>%1: evidence needs its 32-byte SHA-256 and its size.</translation>
    </message>
    <message>
        <source>%1: evidence %2 ended after %3 of %4 bytes.</source>
        <translation>%1: evidence %2 ended after %3 of %4 bytes.</translation>
    </message>
    <message>
        <source>%1: the content given for evidence %2 does not match its SHA-256.</source>
        <translation>%1: the content given for evidence %2 does not match its SHA-256.</translation>
    </message>
    <message>
        <source>%1: the package could not be signed.</source>
        <translation>%1: the package could not be signed.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>%1: nothing new (%n row(s) of the package were here already); the workbook is unchanged.</source>
        <translation>
            <numerusform>%1: nothing new (%n row(s) of the package were here already); the workbook is unchanged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n action(s) from replica %2 (signed by %3):</source>
        <translation>
            <numerusform>%1: imported %n action(s) from replica %2 (signed by %3):</numerusform></translation>
    </message>
    <message>
        <source>steps %1, samples %2, findings %3, notes %4, sign-offs %5, evidence %6 (%7), other %8</source>
        <translation>steps %1, samples %2, findings %3, notes %4, sign-offs %5, evidence %6 (%7), other %8</translation>
    </message>
    <message numerus="yes">
        <source>Evidence content: %n new file(s), %1.</source>
        <translation>
            <numerusform>Evidence content: %n new file(s), %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer or the lead to decide: %1 (%2).</source>
        <translation>
            <numerusform>%n conflict(s) for a reviewer or the lead to decide: %1 (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) voided: their content was changed by the merge.</source>
        <translation>
            <numerusform>%n sign-off(s) voided: their content was changed by the merge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n action(s), evidence %2 in %3 file(s), signed by %4.</source>
        <translation>
            <numerusform>%1: %n action(s), evidence %2 in %3 file(s), signed by %4.</numerusform></translation>
    </message>
    <message>
        <source>(What replica %1 is not known to hold.)</source>
        <translation>(What replica %1 is not known to hold.)</translation>
    </message>
    <message>
        <source>Refused, left in the folder: %1</source>
        <translation>Refused, left in the folder: %1</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: this build cannot decode CP932 (Shift_JIS).</source>
        <translation>%1: this build cannot decode CP932 (Shift_JIS).</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</source>
        <translation>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8.</source>
        <translation>%1: the file is not valid UTF-8.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3).</source>
        <translation>%1: the file is too large (%2 bytes; at most %3).</translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text.</source>
        <translation>%1: the file is binary, not CSV text.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5).</source>
        <translation>%1, row %2, column %3: the cell is too long (%4 characters; at most %5).</translation>
    </message>
    <message>
        <source>%1, row %2: too many columns (at most %3).</source>
        <translation>%1, row %2: too many columns (at most %3).</translation>
    </message>
    <message>
        <source>%1: too many rows (more than %2).</source>
        <translation>%1: too many rows (more than %2).</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed.</source>
        <translation>%1, row %2: a quoted cell is never closed.</translation>
    </message>
    <message>
        <source>%1: the file has no rows.</source>
        <translation>%1: the file has no rows.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 bytes; the file is refused (damaged, or a zip bomb).</source>
        <translation>%1: the part %2 unpacks to more than %3 bytes; the file is refused (damaged, or a zip bomb).</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>the part is missing</translation>
    </message>
    <message>
        <source>cannot be unpacked (error %1)</source>
        <translation>cannot be unpacked (error %1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1: %2)</source>
        <translation>is not well-formed XML (line %1: %2)</translation>
    </message>
    <message>
        <source>contains a document type or entity declaration, which a spreadsheet never needs; the file is refused</source>
        <translation>contains a document type or entity declaration, which a spreadsheet never needs; the file is refused</translation>
    </message>
    <message>
        <source>nests XML deeper than %1 levels; the file is refused</source>
        <translation>nests XML deeper than %1 levels; the file is refused</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>holds more strings than a sheet within the limits can use</source>
        <translation>holds more strings than a sheet within the limits can use</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: too many columns (at most %4).</source>
        <translation>%1, row %2, cell %3: too many columns (at most %4).</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: the cell is too long (more than %4 characters).</source>
        <translation>%1, row %2, cell %3: the cell is too long (more than %4 characters).</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: refers to shared string %4, which does not exist.</source>
        <translation>%1, row %2, cell %3: refers to shared string %4, which does not exist.</translation>
    </message>
    <message>
        <source>%1: this is a password-protected workbook or an old .xls file; save it from Excel as .xlsx without a password, or as CSV.</source>
        <translation>%1: this is a password-protected workbook or an old .xls file; save it from Excel as .xlsx without a password, or as CSV.</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (the file is not a zip archive).</source>
        <translation>%1: not an XLSX workbook (the file is not a zip archive).</translation>
    </message>
    <message>
        <source>%1: there is no sheet named "%2" (the sheets are: %3).</source>
        <translation>%1: there is no sheet named "%2" (the sheets are: %3).</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" has no worksheet part.</source>
        <translation>%1: the sheet "%2" has no worksheet part.</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (a zip archive without a worksheet).</source>
        <translation>%1: not an XLSX workbook (a zip archive without a worksheet).</translation>
    </message>
    <message>
        <source>%1: the sheet has no rows.</source>
        <translation>%1: the sheet has no rows.</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>%1: cannot write the XLSX file (%2).</source>
        <translation>%1: cannot write the XLSX file (%2).</translation>
    </message>
    <message>
        <source>%1: give a file name ending in .xlsx or .csv.</source>
        <translation>%1: give a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>--encoding: "%1" is not a CSV encoding (utf8 or cp932).</source>
        <translation>--encoding: "%1" is not a CSV encoding (utf8 or cp932).</translation>
    </message>
    <message>
        <source>this build cannot write CP932 (Shift_JIS).</source>
        <translation>this build cannot write CP932 (Shift_JIS).</translation>
    </message>
    <message>
        <source>%1, row %2, column "%3": "%4" has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</source>
        <translation>%1, row %2, column "%3": "%4" has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</translation>
    </message>
    <message>
        <source>the export has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</source>
        <translation>the export has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: cannot write the file (%2).</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1: cannot write the XLSX file.</source>
        <translation>%1: cannot write the XLSX file.</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1: cannot write the file.</translation>
    </message>
</context>
<context>
    <name>TextCode</name>
    <message>
        <source>Deviation in step %1</source>
        <translation>Deviation in step %1</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (population #%3) failed</source>
        <translation>Sample %1 item %2 (population #%3) failed</translation>
    </message>
    <message>
        <source>the item's procedure steps changed</source>
        <translation>the item's procedure steps changed</translation>
    </message>
    <message>
        <source>step %1 was changed</source>
        <translation>step %1 was changed</translation>
    </message>
    <message>
        <source>a sample was drawn</source>
        <translation>a sample was drawn</translation>
    </message>
    <message>
        <source>a sample was discarded</source>
        <translation>a sample was discarded</translation>
    </message>
    <message>
        <source>a sample result was recorded</source>
        <translation>a sample result was recorded</translation>
    </message>
    <message>
        <source>a sample result was changed</source>
        <translation>a sample result was changed</translation>
    </message>
    <message>
        <source>evidence %1 was linked</source>
        <translation>evidence %1 was linked</translation>
    </message>
    <message>
        <source>evidence %1 was unlinked</source>
        <translation>evidence %1 was unlinked</translation>
    </message>
    <message>
        <source>finding %1 was raised</source>
        <translation>finding %1 was raised</translation>
    </message>
    <message>
        <source>finding %1 was changed</source>
        <translation>finding %1 was changed</translation>
    </message>
    <message>
        <source>finding %1 was withdrawn</source>
        <translation>finding %1 was withdrawn</translation>
    </message>
    <message>
        <source>item %1 was signed off as %2</source>
        <translation>item %1 was signed off as %2</translation>
    </message>
    <message>
        <source>changed by a merge from %1</source>
        <translation>changed by a merge from %1</translation>
    </message>
</context>
<context>
    <name>ToUnicodeFix</name>
    <message>
        <source>the PDF</source>
        <translation>the PDF</translation>
    </message>
    <message>
        <source>%1: the PDF's text maps cannot be rewritten (%2).</source>
        <translation>%1: the PDF's text maps cannot be rewritten (%2).</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>trail row %1: expected row %2 here (a row was deleted or inserted)</source>
        <translation>trail row %1: expected row %2 here (a row was deleted or inserted)</translation>
    </message>
    <message>
        <source>trail row %1: does not chain to the row before it</source>
        <translation>trail row %1: does not chain to the row before it</translation>
    </message>
    <message>
        <source>trail row %1: content does not match its hash (the row was edited)</source>
        <translation>trail row %1: content does not match its hash (the row was edited)</translation>
    </message>
    <message>
        <source>trail: its recorded head is missing (removed with an outside tool)</source>
        <translation>trail: its recorded head is missing (removed with an outside tool)</translation>
    </message>
    <message>
        <source>trail: ends at row %1, but row %2 was recorded as its last (rows were removed from the end)</source>
        <translation>trail: ends at row %1, but row %2 was recorded as its last (rows were removed from the end)</translation>
    </message>
    <message>
        <source>trail: ends at row %1, but its recorded head is row %2 with another hash (the end of the trail was rewritten)</source>
        <translation>trail: ends at row %1, but its recorded head is row %2 with another hash (the end of the trail was rewritten)</translation>
    </message>
    <message>
        <source>trail row %1: the merge names row %2, which is not here as it was merged</source>
        <translation>trail row %1: the merge names row %2, which is not here as it was merged</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>integrity_check: %1</source>
        <translation>integrity_check: %1</translation>
    </message>
    <message>
        <source>%1 row %2: refers to a missing %3 row</source>
        <translation>%1 row %2: refers to a missing %3 row</translation>
    </message>
    <message>
        <source>%1: verification cancelled.</source>
        <translation>%1: verification cancelled.</translation>
    </message>
    <message>
        <source>trail: the append-only guard %1 is missing (removed with an outside tool)</source>
        <translation>trail: the append-only guard %1 is missing (removed with an outside tool)</translation>
    </message>
    <message>
        <source>sign-off %1 (item %2, %3 by %4)</source>
        <translation>sign-off %1 (item %2, %3 by %4)</translation>
    </message>
    <message>
        <source>%1: the stored content hash is not a SHA-256</source>
        <translation>%1: the stored content hash is not a SHA-256</translation>
    </message>
    <message>
        <source>%1: the signed content has changed but the sign-off was not voided</source>
        <translation>%1: the signed content has changed but the sign-off was not voided</translation>
    </message>
    <message>
        <source>%1: not in the trail (added with an outside tool)</source>
        <translation>%1: not in the trail (added with an outside tool)</translation>
    </message>
    <message>
        <source>%1: %2 is %3, but the trail (row %4) recorded %5 (changed with an outside tool)</source>
        <translation>%1: %2 is %3, but the trail (row %4) recorded %5 (changed with an outside tool)</translation>
    </message>
    <message>
        <source>%1: recorded by the trail (row %2) but missing (deleted with an outside tool)</source>
        <translation>%1: recorded by the trail (row %2) but missing (deleted with an outside tool)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) that differ from the trail</source>
        <translation>
            <numerusform>… and %n more row(s) that differ from the trail</numerusform></translation>
    </message>
    <message>
        <source>engagement sign-off %1 (%2 by %3): the signed engagement has changed but the sign-off was not voided</source>
        <translation>engagement sign-off %1 (%2 by %3): the signed engagement has changed but the sign-off was not voided</translation>
    </message>
</context>
<context>
    <name>WorkPaperExport</name>
    <message>
        <source>--lang: "%1" is not an export language (ja or en).</source>
        <translation>--lang: "%1" is not an export language (ja or en).</translation>
    </message>
</context>
<context>
    <name>ismap::Workbook</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation>%1: this file is not an ISMAP workbook.</translation>
    </message>
    <message>
        <source>%1: this is an SQLite database, but not an ISMAP workbook.</source>
        <translation>%1: this is an SQLite database, but not an ISMAP workbook.</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is. Choose another name.</source>
        <translation>%1: a file of that name already exists; it was left as it is. Choose another name.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written (read-only).</source>
        <translation>%1: the folder cannot be written (read-only).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: not a file.</translation>
    </message>
    <message>
        <source>%1: the workbook or its folder is read-only, so it cannot be changed here. Copy it to a writable folder to work on it.</source>
        <translation>%1: the workbook or its folder is read-only, so it cannot be changed here. Copy it to a writable folder to work on it.</translation>
    </message>
    <message>
        <source>%1: the workbook was saved by a newer version of ISMAP Audit Workbench (format %2; this version reads up to %3). Update the application to open it.</source>
        <translation>%1: the workbook was saved by a newer version of ISMAP Audit Workbench (format %2; this version reads up to %3). Update the application to open it.</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before upgrading the workbook.</source>
        <translation>%1: cannot keep a copy before upgrading the workbook.</translation>
    </message>
    <message>
        <source>%1: the workbook has no engagement record.</source>
        <translation>%1: the workbook has no engagement record.</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1: the workbook is open read-only.</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; nothing can be changed. The engagement lead can reopen it with a reason.</source>
        <translation>%1: the engagement is finalised; nothing can be changed. The engagement lead can reopen it with a reason.</translation>
    </message>
    <message>
        <source>team member: the name is empty.</source>
        <translation>team member: the name is empty.</translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation>no team member is working: choose who you are first.</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 is not on the engagement team.</translation>
    </message>
    <message>
        <source>%1 is %2: only the engagement lead changes the engagement's scope.</source>
        <translation>%1 is %2: only the engagement lead changes the engagement's scope.</translation>
    </message>
    <message>
        <source>%1 is already on the team.</source>
        <translation>%1 is already on the team.</translation>
    </message>
    <message>
        <source>%1 cannot also lead the engagement: %2 is its engagement lead. Add %1 with another role.</source>
        <translation>%1 cannot also lead the engagement: %2 is its engagement lead. Add %1 with another role.</translation>
    </message>
    <message>
        <source>%1: this workbook is replica %2 of a team engagement, but it is not the file that replica was made as (it was at %3): it is a copy or it was moved. A copy must not work as the same replica. If you moved it, claim it: ismapctl replica claim %1 (or File → Claim this replica in the app); if it is a copy, ask the engagement lead for a replica of your own.</source>
        <translation>%1: this workbook is replica %2 of a team engagement, but it is not the file that replica was made as (it was at %3): it is a copy or it was moved. A copy must not work as the same replica. If you moved it, claim it: ismapctl replica claim %1 (or File → Claim this replica in the app); if it is a copy, ask the engagement lead for a replica of your own.</translation>
    </message>
</context>
<context>
    <name>ismap::ui::AddMemberDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <source>The team now: %1</source>
        <translation>The team now: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ApplicabilityDialog</name>
    <message>
        <source>Set applicability</source>
        <translation>Set applicability</translation>
    </message>
    <message>
        <source>Applicability of %1, as the statement (言明書) decides it:</source>
        <translation>Applicability of %1, as the statement (言明書) decides it:</translation>
    </message>
    <message>
        <source>&amp;Applicability:</source>
        <translation>&amp;Applicability:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Applicability</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why the item is out of scope (needed for a mandatory item)</source>
        <translation>Why the item is out of scope (needed for a mandatory item)</translation>
    </message>
</context>
<context>
    <name>ismap::ui::AssignDialog</name>
    <message>
        <source>Assign items</source>
        <translation>Assign items</translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation>Assign %1 to:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
</context>
<context>
    <name>ismap::ui::CatalogTreeModel</name>
    <message>
        <source>%1 / %2 in scope</source>
        <translation>%1 / %2 in scope</translation>
    </message>
    <message>
        <source>Mandatory: cannot be left out without a stated reason.</source>
        <translation>Mandatory: cannot be left out without a stated reason.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Applicability</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>Not in this year's cycle</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 steps</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 done</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) recorded.</source>
        <translation>
            <numerusform>%n deviation(s) recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open review note(s).</source>
        <translation>
            <numerusform>%n open review note(s).</numerusform></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1 · assigned to %2</source>
        <translation>%1 · assigned to %2</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ChangeRoleDialog</name>
    <message>
        <source>Change a member's role</source>
        <translation>Change a member's role</translation>
    </message>
    <message>
        <source>Only the engagement lead changes roles. Past sign-offs stay as they were given.</source>
        <translation>Only the engagement lead changes roles. Past sign-offs stay as they were given.</translation>
    </message>
    <message>
        <source>The engagement has one lead: making another member the lead hands the lead over, and you stay on the team as a reviewer. The quality reviewer stands outside the fieldwork team.</source>
        <translation>The engagement has one lead: making another member the lead hands the lead over, and you stay on the team as a reviewer. The quality reviewer stands outside the fieldwork team.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>New &amp;role:</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Performed at</source>
        <translation>Performed at</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>Resolved by %1 at %2</translation>
    </message>
    <message>
        <source>No conflicts: the replicas agree.</source>
        <translation>No conflicts: the replicas agree.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: changed on more than one replica since they last met. The row holds the later version until a reviewer or the lead takes one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: changed on more than one replica since they last met. The row holds the later version until a reviewer or the lead takes one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: resolved by %2 at %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: resolved by %2 at %3.</translation>
    </message>
    <message>
        <source>Origin · %1</source>
        <translation>Origin · %1</translation>
    </message>
    <message>
        <source>Replica %1 · %2</source>
        <translation>Replica %1 · %2</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Changed:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held now&lt;/b&gt; (the later change)</source>
        <translation>&lt;b&gt;Held now&lt;/b&gt; (the later change)</translation>
    </message>
    <message>
        <source>Deleted the row.</source>
        <translation>Deleted the row.</translation>
    </message>
    <message>
        <source>Take this version</source>
        <translation>Take this version</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Conflicts between replicas</source>
        <translation>Conflicts between replicas</translation>
    </message>
    <message>
        <source>When two replicas change the same row before they meet, every replica keeps the later change and records both here. A reviewer or the lead decides which version stands; the decision travels to the other replicas like any change.</source>
        <translation>When two replicas change the same row before they meet, every replica keeps the later change and records both here. A reviewer or the lead decides which version stands; the decision travels to the other replicas like any change.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>&amp;Go to item</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ismap::ui::CreateReplicaDialog</name>
    <message>
        <source>Replica file</source>
        <translation>Replica file</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAP workbooks (*.ismapwb)</translation>
    </message>
    <message>
        <source>Choose the member and the file of the replica.</source>
        <translation>Choose the member and the file of the replica.</translation>
    </message>
    <message>
        <source>Replica %1 for %2 written to %3. Its references read %4. Give the file to %2; changes come back as change packages (File → Synchronise…).</source>
        <translation>Replica %1 for %2 written to %3. Its references read %4. Give the file to %2; changes come back as change packages (File → Synchronise…).</translation>
    </message>
    <message>
        <source>Create replica</source>
        <translation>Create replica</translation>
    </message>
    <message>
        <source>A replica is this engagement's workbook for one team member's laptop: they work in it offline, and the changes travel between the files as signed change packages. Only the lead makes replicas, from this (the origin) workbook.</source>
        <translation>A replica is this engagement's workbook for one team member's laptop: they work in it offline, and the changes travel between the files as signed change packages. Only the lead makes replicas, from this (the origin) workbook.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Reference &amp;prefix:</source>
        <translation>Reference &amp;prefix:</translation>
    </message>
    <message>
        <source>default: the member's initials (e.g. TA gives F-TA-001)</source>
        <translation>default: the member's initials (e.g. TA gives F-TA-001)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>C&amp;reate replica</source>
        <translation>C&amp;reate replica</translation>
    </message>
</context>
<context>
    <name>ismap::ui::DashboardWidget</name>
    <message>
        <source>Progress by part</source>
        <translation>Progress by part</translation>
    </message>
    <message>
        <source>Progress by domain</source>
        <translation>Progress by domain</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>Items by status</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Findings by severity</translation>
    </message>
    <message>
        <source>Evidence by kind</source>
        <translation>Evidence by kind</translation>
    </message>
    <message>
        <source>Open a workbook to see the engagement's progress.</source>
        <translation>Open a workbook to see the engagement's progress.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Period %3 to %4 · criteria revision %5&lt;br&gt;%6 items: %7 in scope, %8 out of scope, %9 undecided · %10 findings · %11 evidence files (%12)</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Period %3 to %4 · criteria revision %5&lt;br&gt;%6 items: %7 in scope, %8 out of scope, %9 undecided · %10 findings · %11 evidence files (%12)</translation>
    </message>
    <message>
        <source>Progress by domain (in-scope items prepared or reviewed)</source>
        <translation>Progress by domain (in-scope items prepared or reviewed)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s), %1</source>
        <translation>
            <numerusform>Evidence: %n file(s), %1</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EngagementMenu</name>
    <message>
        <source>Import the statement</source>
        <translation>Import the statement</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Import the criteria catalog</source>
        <translation>Import the criteria catalog</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Catalogs</translation>
    </message>
    <message>
        <source>Import this year's cycle</source>
        <translation>Import this year's cycle</translation>
    </message>
    <message>
        <source>Lists of item IDs (*.txt *.csv)</source>
        <translation>Lists of item IDs (*.txt *.csv)</translation>
    </message>
    <message>
        <source>Open a workbook first.</source>
        <translation>Open a workbook first.</translation>
    </message>
    <message>
        <source>The workbook is finalised or read-only.</source>
        <translation>The workbook is finalised or read-only.</translation>
    </message>
    <message>
        <source>Select one or more items in the navigator first.</source>
        <translation>Select one or more items in the navigator first.</translation>
    </message>
    <message>
        <source>Statement %1 imported: %2 in scope, %3 out of scope, %4 undecided.</source>
        <translation>Statement %1 imported: %2 in scope, %3 out of scope, %4 undecided.</translation>
    </message>
    <message>
        <source>Cannot import the statement</source>
        <translation>Cannot import the statement</translation>
    </message>
    <message>
        <source>Catalog %1 (revision %2) installed: %3 added, %4 updated.</source>
        <translation>Catalog %1 (revision %2) installed: %3 added, %4 updated.</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Catalog imported</translation>
    </message>
    <message>
        <source>%1
These items are not in the new revision but carry work, which is kept: %2</source>
        <translation>%1
These items are not in the new revision but carry work, which is kept: %2</translation>
    </message>
    <message>
        <source>Cannot import the catalog</source>
        <translation>Cannot import the catalog</translation>
    </message>
    <message>
        <source>This year's cycle: %1 items in, %2 out.</source>
        <translation>This year's cycle: %1 items in, %2 out.</translation>
    </message>
    <message>
        <source>Cannot import the cycle</source>
        <translation>Cannot import the cycle</translation>
    </message>
    <message>
        <source>Cannot set the applicability</source>
        <translation>Cannot set the applicability</translation>
    </message>
    <message>
        <source>Cannot assign the items</source>
        <translation>Cannot assign the items</translation>
    </message>
    <message>
        <source>Cannot change the cycle</source>
        <translation>Cannot change the cycle</translation>
    </message>
    <message>
        <source>%1 joined the team as %2.</source>
        <translation>%1 joined the team as %2.</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>Cannot add the member</translation>
    </message>
    <message>
        <source>E&amp;ngagement</source>
        <translation>E&amp;ngagement</translation>
    </message>
    <message>
        <source>Import or replace the &amp;statement (言明書)…</source>
        <translation>Import or replace the &amp;statement (言明書)…</translation>
    </message>
    <message>
        <source>Import the criteria &amp;catalog (管理基準)…</source>
        <translation>Import the criteria &amp;catalog (管理基準)…</translation>
    </message>
    <message>
        <source>Set &amp;applicability…</source>
        <translation>Set &amp;applicability…</translation>
    </message>
    <message>
        <source>&amp;Assign to a member…</source>
        <translation>&amp;Assign to a member…</translation>
    </message>
    <message>
        <source>Put &amp;in this year's cycle</source>
        <translation>Put &amp;in this year's cycle</translation>
    </message>
    <message>
        <source>Take &amp;out of this year's cycle</source>
        <translation>Take &amp;out of this year's cycle</translation>
    </message>
    <message>
        <source>Import this year's c&amp;ycle list…</source>
        <translation>Import this year's c&amp;ycle list…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Add a &amp;team member…</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation>Cannot change the role</translation>
    </message>
    <message>
        <source>Change a member's &amp;role…</source>
        <translation>Change a member's &amp;role…</translation>
    </message>
    <message>
        <source>Member &amp;keys…</source>
        <translation>Member &amp;keys…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceActions</name>
    <message>
        <source>Describe evidence</source>
        <translation>Describe evidence</translation>
    </message>
    <message>
        <source>What %1 shows:</source>
        <translation>What %1 shows:</translation>
    </message>
    <message>
        <source>Cannot change the description</source>
        <translation>Cannot change the description</translation>
    </message>
    <message>
        <source>Cannot unlink the evidence</source>
        <translation>Cannot unlink the evidence</translation>
    </message>
    <message>
        <source>evidence %1: also linked to %2; unlink it there first.</source>
        <translation>evidence %1: also linked to %2; unlink it there first.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove %1 from the vault? Its content is deleted from the workbook; the trail keeps its record. This cannot be undone.</source>
        <translation>Remove %1 from the vault? Its content is deleted from the workbook; the trail keeps its record. This cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot remove the evidence</source>
        <translation>Cannot remove the evidence</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>Edit &amp;description…</translation>
    </message>
    <message>
        <source>&amp;Unlink from this item</source>
        <translation>&amp;Unlink from this item</translation>
    </message>
    <message>
        <source>&amp;Remove from the vault…</source>
        <translation>&amp;Remove from the vault…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceModel</name>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Image (%1)</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidencePanel</name>
    <message>
        <source>Cannot add evidence</source>
        <translation>Cannot add evidence</translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or choose the files inside it.</source>
        <translation>%1 is a folder. Drop or choose the files inside it.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the evidence of item %1…</source>
        <translation>
            <numerusform>Adding %n file(s) to the evidence of item %1…</numerusform></translation>
    </message>
    <message>
        <source>Add evidence to item %1</source>
        <translation>Add evidence to item %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n piece(s) of evidence…</source>
        <translation>
            <numerusform>Exporting %n piece(s) of evidence…</numerusform></translation>
    </message>
    <message>
        <source>Export evidence to folder</source>
        <translation>Export evidence to folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Adding evidence</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Exporting evidence</translation>
    </message>
    <message>
        <source>Evidence transfer progress</source>
        <translation>Evidence transfer progress</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import cancelled; nothing was added.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind for the evidence not finished.</source>
        <translation>Export cancelled; no file was left behind for the evidence not finished.</translation>
    </message>
    <message>
        <source>Cannot export evidence</source>
        <translation>Cannot export evidence</translation>
    </message>
    <message numerus="yes">
        <source>Added %n piece(s) of evidence.</source>
        <translation>
            <numerusform>Added %n piece(s) of evidence.</numerusform></translation>
    </message>
    <message>
        <source>Already in the vault with the same content, now linked here: %1.</source>
        <translation>Already in the vault with the same content, now linked here: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1, each checked against its SHA-256.</source>
        <translation>
            <numerusform>Exported %n file(s) to %1, each checked against its SHA-256.</numerusform></translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>Select an item to see its evidence.</translation>
    </message>
    <message>
        <source>Drop files here, or use Add files…, to attach evidence to item %1. Each file is stored once, with its SHA-256.</source>
        <translation>Drop files here, or use Add files…, to attach evidence to item %1. Each file is stored once, with its SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>Choose files to add as evidence of this item (you can also drop them on this panel).</source>
        <translation>Choose files to add as evidence of this item (you can also drop them on this panel).</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export selected evidence to a folder</source>
        <translation>Export selected evidence to a folder</translation>
    </message>
    <message>
        <source>Write the selected evidence into a folder; each file is checked against its SHA-256.</source>
        <translation>Write the selected evidence into a folder; each file is checked against its SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Source of new files:</source>
        <translation>&amp;Source of new files:</translation>
    </message>
    <message>
        <source>Source of new evidence files</source>
        <translation>Source of new evidence files</translation>
    </message>
    <message>
        <source>who or which system gave them, e.g. CSP security office</source>
        <translation>who or which system gave them, e.g. CSP security office</translation>
    </message>
    <message>
        <source>Also link to step %1</source>
        <translation>Also link to step %1</translation>
    </message>
    <message>
        <source>Also link new evidence to the selected procedure step</source>
        <translation>Also link new evidence to the selected procedure step</translation>
    </message>
    <message>
        <source>Evidence of this item</source>
        <translation>Evidence of this item</translation>
    </message>
    <message>
        <source>Evidence status</source>
        <translation>Evidence status</translation>
    </message>
    <message>
        <source>Evidence list and preview</source>
        <translation>Evidence list and preview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence cannot be added here: %1</source>
        <translation>Evidence cannot be added here: %1</translation>
    </message>
    <message numerus="yes">
        <source>Release to add %n file(s) to the evidence of item %1.</source>
        <translation>
            <numerusform>Release to add %n file(s) to the evidence of item %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>&amp;Obtained on:</translation>
    </message>
    <message>
        <source>Date the new evidence files were obtained</source>
        <translation>Date the new evidence files were obtained</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidencePreview</name>
    <message>
        <source>Select a piece of evidence to see it here.</source>
        <translation>Select a piece of evidence to see it here.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Loading the preview…</translation>
    </message>
    <message>
        <source>No preview for this type of file (%1). Export it to open it.</source>
        <translation>No preview for this type of file (%1). Export it to open it.</translation>
    </message>
    <message>
        <source>Too large to preview (%1). Export it to open it.</source>
        <translation>Too large to preview (%1). Export it to open it.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The image cannot be shown (%1).</source>
        <translation>The image cannot be shown (%1).</translation>
    </message>
    <message>
        <source>[Only the first %1 of %2 are shown.]</source>
        <translation>[Only the first %1 of %2 are shown.]</translation>
    </message>
    <message>
        <source>The PDF cannot be shown; it may be damaged or encrypted.</source>
        <translation>The PDF cannot be shown; it may be damaged or encrypted.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>Evidence details and SHA-256</source>
        <translation>Evidence details and SHA-256</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Text preview</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>Only the first %1 of the file are shown.</source>
        <translation>Only the first %1 of the file are shown.</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceWorker</name>
    <message>
        <source>No workbook is open.</source>
        <translation>No workbook is open.</translation>
    </message>
</context>
<context>
    <name>ismap::ui::FindingsModel</name>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Raised manually</source>
        <translation>Raised manually</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ismap::ui::FindingsPanel</name>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Step %1: deviation</source>
        <translation>Step %1: deviation</translation>
    </message>
    <message>
        <source>Step %1: deviation (finding %2)</source>
        <translation>Step %1: deviation (finding %2)</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (population #%3)</source>
        <translation>Sample %1 item %2 (population #%3)</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: failed</translation>
    </message>
    <message>
        <source>%1: failed (finding %2)</source>
        <translation>%1: failed (finding %2)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>No deviations recorded on this item</source>
        <translation>No deviations recorded on this item</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Select a finding, or raise one.</source>
        <translation>Select a finding, or raise one.</translation>
    </message>
    <message>
        <source>Finding %1, raised by %2 at %3</source>
        <translation>Finding %1, raised by %2 at %3</translation>
    </message>
    <message>
        <source>Cannot save the finding</source>
        <translation>Cannot save the finding</translation>
    </message>
    <message>
        <source>Cannot raise the finding</source>
        <translation>Cannot raise the finding</translation>
    </message>
    <message>
        <source>Findings of the item</source>
        <translation>Findings of the item</translation>
    </message>
    <message>
        <source>Title of a new finding</source>
        <translation>Title of a new finding</translation>
    </message>
    <message>
        <source>Raise &amp;new finding</source>
        <translation>Raise &amp;new finding</translation>
    </message>
    <message>
        <source>Raise a new finding</source>
        <translation>Raise a new finding</translation>
    </message>
    <message>
        <source>Deviations of the item</source>
        <translation>Deviations of the item</translation>
    </message>
    <message>
        <source>Raise from &amp;deviation</source>
        <translation>Raise from &amp;deviation</translation>
    </message>
    <message>
        <source>Raise a finding from the chosen deviation</source>
        <translation>Raise a finding from the chosen deviation</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Selected finding</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Effect:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Management response (CSP):</source>
        <translation>Management response (CSP):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Finding title</source>
        <translation>Finding title</translation>
    </message>
    <message>
        <source>Condition: what was found</source>
        <translation>Condition: what was found</translation>
    </message>
    <message>
        <source>Criteria: what was expected</source>
        <translation>Criteria: what was expected</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Management response of the CSP</source>
        <translation>Management response of the CSP</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>Finding status</translation>
    </message>
    <message>
        <source>Agreeing or closing a finding needs a reviewer or the lead</source>
        <translation>Agreeing or closing a finding needs a reviewer or the lead</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save the finding's changes</source>
        <translation>Save the finding's changes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Withdraw finding</source>
        <translation>Withdraw finding</translation>
    </message>
    <message>
        <source>Withdraw draft finding %1? It was raised in error; the trail keeps it.</source>
        <translation>Withdraw draft finding %1? It was raised in error; the trail keeps it.</translation>
    </message>
    <message>
        <source>Cannot withdraw the finding</source>
        <translation>Cannot withdraw the finding</translation>
    </message>
    <message>
        <source>Finding %1, %2</source>
        <translation>Finding %1, %2</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copy reference</translation>
    </message>
    <message>
        <source>&amp;Withdraw draft finding…</source>
        <translation>&amp;Withdraw draft finding…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::HistoryView</name>
    <message>
        <source>Select a row to see the whole change.</source>
        <translation>Select a row to see the whole change.</translation>
    </message>
    <message>
        <source>Item history from the audit trail</source>
        <translation>Item history from the audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>The whole change of the selected history row</source>
        <translation>The whole change of the selected history row</translation>
    </message>
</context>
<context>
    <name>ismap::ui::IssuanceChecklist</name>
    <message>
        <source>No workbook is open.</source>
        <translation>No workbook is open.</translation>
    </message>
    <message>
        <source>Clean: nothing blocks the final report. The engagement lead can issue it, signed with the firm's certificate.</source>
        <translation>Clean: nothing blocks the final report. The engagement lead can issue it, signed with the firm's certificate.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) block the final report. Until they are closed a report is a draft. Double-click a gap to open its item.</source>
        <translation>
            <numerusform>%n gap(s) block the final report. Until they are closed a report is a draft. Double-click a gap to open its item.</numerusform></translation>
    </message>
    <message>
        <source>Issuance checklist</source>
        <translation>Issuance checklist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Engagement sign-offs:</source>
        <translation>Engagement sign-offs:</translation>
    </message>
    <message>
        <source>  %1: not signed yet</source>
        <translation>  %1: not signed yet</translation>
    </message>
    <message>
        <source>  %1: %2, %3 (key %4)</source>
        <translation>  %1: %2, %3 (key %4)</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ItemWorkspace</name>
    <message>
        <source>Select an item in the navigator.</source>
        <translation>Select an item in the navigator.</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>not in scope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;%3 · %4 · assigned to %5</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;%3 · %4 · assigned to %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Mandatory: cannot be left out without a stated reason.</source>
        <translation>Mandatory: cannot be left out without a stated reason.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Statement (言明書)</source>
        <translation>Statement (言明書)</translation>
    </message>
    <message>
        <source>The statement does not mention this item: applicability is undecided.</source>
        <translation>The statement does not mention this item: applicability is undecided.</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Applicability</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Control description</source>
        <translation>Control description</translation>
    </message>
    <message>
        <source>Control description (English)</source>
        <translation>Control description (English)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Criteria and statement</source>
        <translation>Criteria and statement</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Procedure steps</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>Review and sign-off</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Item workspace sections</source>
        <translation>Item workspace sections</translation>
    </message>
    <message>
        <source>Criteria text and statement</source>
        <translation>Criteria text and statement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Population count</source>
        <translation>Population count</translation>
    </message>
    <message>
        <source>not stated — count the records in the CSP's ledger before sampling</source>
        <translation>not stated — count the records in the CSP's ledger before sampling</translation>
    </message>
    <message>
        <source>Population rationale</source>
        <translation>Population rationale</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MainWindow</name>
    <message>
        <source>Open workbook</source>
        <translation>Open workbook</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAP workbooks (*.ismapwb)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Criteria revision %1</source>
        <translation>Criteria revision %1</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench</source>
        <translation>ISMAP Audit Workbench</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>No workbook open</translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation>Cannot open workbook</translation>
    </message>
    <message>
        <source>About ISMAP Audit Workbench</source>
        <translation>About ISMAP Audit Workbench</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench %1
Fieldwork, review and signed reports for ISMAP audits, offline.</source>
        <translation>ISMAP Audit Workbench %1
Fieldwork, review and signed reports for ISMAP audits, offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&amp;Close workbook</source>
        <translation>&amp;Close workbook</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>&amp;Who is working…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in criteria…</source>
        <translation>&amp;Find in criteria…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Item workspace</source>
        <translation>&amp;Item workspace</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>&amp;Walk</source>
        <translation>&amp;Walk</translation>
    </message>
    <message>
        <source>&amp;Next pending item</source>
        <translation>&amp;Next pending item</translation>
    </message>
    <message>
        <source>&amp;Previous pending item</source>
        <translation>&amp;Previous pending item</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Next &amp;step</translation>
    </message>
    <message>
        <source>Record: no exception</source>
        <translation>Record: no exception</translation>
    </message>
    <message>
        <source>Record: deviation</source>
        <translation>Record: deviation</translation>
    </message>
    <message>
        <source>Record: not performed</source>
        <translation>Record: not performed</translation>
    </message>
    <message>
        <source>Record: not applicable</source>
        <translation>Record: not applicable</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source> · finalised</source>
        <translation> · finalised</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Working as %1 (%2)</translation>
    </message>
    <message>
        <source>No team member chosen</source>
        <translation>No team member chosen</translation>
    </message>
    <message>
        <source>%1: %2 is not on the engagement team.</source>
        <translation>%1: %2 is not on the engagement team.</translation>
    </message>
    <message>
        <source>No pending item among those shown.</source>
        <translation>No pending item among those shown.</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Re&amp;port…</translation>
    </message>
    <message>
        <source>&amp;Verify report…</source>
        <translation>&amp;Verify report…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>Review &amp;queue</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Findings list…</source>
        <translation>&amp;Findings list…</translation>
    </message>
    <message>
        <source>&amp;Sample selections…</source>
        <translation>&amp;Sample selections…</translation>
    </message>
    <message>
        <source>&amp;Evidence index…</source>
        <translation>&amp;Evidence index…</translation>
    </message>
    <message>
        <source>Status &amp;overview…</source>
        <translation>Status &amp;overview…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row(s) to %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Statement and scope…</source>
        <translation>&amp;Statement and scope…</translation>
    </message>
    <message>
        <source>&amp;Request list…</source>
        <translation>&amp;Request list…</translation>
    </message>
    <message>
        <source>Re&amp;quests to the CSP…</source>
        <translation>Re&amp;quests to the CSP…</translation>
    </message>
    <message>
        <source>&amp;Issuance checklist…</source>
        <translation>&amp;Issuance checklist…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Create rep&amp;lica…</source>
        <translation>Create rep&amp;lica…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>S&amp;ynchronise…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ManualDialog</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MemberDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>&amp;Team member working on this workbook (recorded in the audit trail):</source>
        <translation>&amp;Team member working on this workbook (recorded in the audit trail):</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create my key…</source>
        <translation>Create my key…</translation>
    </message>
    <message>
        <source>Make your own signing key on this machine; the engagement lead registers its public key in the workbook.</source>
        <translation>Make your own signing key on this machine; the engagement lead registers its public key in the workbook.</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>Unlock your key</translation>
    </message>
    <message>
        <source>Passphrase of %1's signing key (asked once per session):</source>
        <translation>Passphrase of %1's signing key (asked once per session):</translation>
    </message>
    <message>
        <source>Cannot unlock the key</source>
        <translation>Cannot unlock the key</translation>
    </message>
    <message>
        <source>Create my key</source>
        <translation>Create my key</translation>
    </message>
    <message>
        <source>A passphrase for %1's new signing key (it encrypts the key):</source>
        <translation>A passphrase for %1's new signing key (it encrypts the key):</translation>
    </message>
    <message>
        <source>The passphrase is kept in the OS keychain.</source>
        <translation>The passphrase is kept in the OS keychain.</translation>
    </message>
    <message>
        <source>The OS keychain is not available: you will be asked for the passphrase once per session.</source>
        <translation>The OS keychain is not available: you will be asked for the passphrase once per session.</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Key created</translation>
    </message>
    <message>
        <source>%1's key was made: %2 (encrypted). %3

Give the engagement lead the public key %4 and compare its fingerprint by phone or in person:
%5</source>
        <translation>%1's key was made: %2 (encrypted). %3

Give the engagement lead the public key %4 and compare its fingerprint by phone or in person:
%5</translation>
    </message>
    <message>
        <source>Cannot create the key</source>
        <translation>Cannot create the key</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>The two passphrases differ; nothing was made.</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MemberKeysDialog</name>
    <message>
        <source>Member keys</source>
        <translation>Member keys</translation>
    </message>
    <message>
        <source>Each member signs their sign-offs with their own key, made on their own machine. The engagement lead registers a member's public key after comparing its fingerprint with the member by phone or in person. Acting as %1.</source>
        <translation>Each member signs their sign-offs with their own key, made on their own machine. The engagement lead registers a member's public key after comparing its fingerprint with the member by phone or in person. Acting as %1.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Create my key…</source>
        <translation>&amp;Create my key…</translation>
    </message>
    <message>
        <source>Make your own signing key on this machine, encrypted with a passphrase.</source>
        <translation>Make your own signing key on this machine, encrypted with a passphrase.</translation>
    </message>
    <message>
        <source>&amp;Register a key…</source>
        <translation>&amp;Register a key…</translation>
    </message>
    <message>
        <source>Register a member's public key file in the workbook (engagement lead).</source>
        <translation>Register a member's public key file in the workbook (engagement lead).</translation>
    </message>
    <message>
        <source>R&amp;otate my key…</source>
        <translation>R&amp;otate my key…</translation>
    </message>
    <message>
        <source>Replace your key by a new one; the old key signs nothing from now on.</source>
        <translation>Replace your key by a new one; the old key signs nothing from now on.</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Revoke the selected member's key from now (the member or the engagement lead).</source>
        <translation>Revoke the selected member's key from now (the member or the engagement lead).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Register a key</source>
        <translation>Register a key</translation>
    </message>
    <message>
        <source>Whose public key is it?</source>
        <translation>Whose public key is it?</translation>
    </message>
    <message>
        <source>%1's public key</source>
        <translation>%1's public key</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Public keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>Register this key as %1's?

Fingerprint:
%2

Compare it with %1 by phone or in person before you register it.</source>
        <translation>Register this key as %1's?

Fingerprint:
%2

Compare it with %1 by phone or in person before you register it.</translation>
    </message>
    <message>
        <source>Rotate my key</source>
        <translation>Rotate my key</translation>
    </message>
    <message>
        <source>Replace %1's key by a new one? The old key signs nothing from now on; the engagement lead need not register the new one (your old key endorses it).</source>
        <translation>Replace %1's key by a new one? The old key signs nothing from now on; the engagement lead need not register the new one (your old key endorses it).</translation>
    </message>
    <message>
        <source>%1's key was rotated. Fingerprint of the new key:
%2</source>
        <translation>%1's key was rotated. Fingerprint of the new key:
%2</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <source>Why is %1's key revoked? (recorded in the audit trail)</source>
        <translation>Why is %1's key revoked? (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>%1's key %2 is revoked; it signs nothing from now on.</source>
        <translation>%1's key %2 is revoked; it signs nothing from now on.</translation>
    </message>
</context>
<context>
    <name>ismap::ui::NavigatorWidget</name>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item(s) shown</numerusform></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Search titles, statement, notes, findings…</source>
        <translation>Search titles, statement, notes, findings…</translation>
    </message>
    <message>
        <source>Search the criteria</source>
        <translation>Search the criteria</translation>
    </message>
    <message>
        <source>Full-text search; every word must match. Ctrl+F</source>
        <translation>Full-text search; every word must match. Ctrl+F</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>Filter by assignee</translation>
    </message>
    <message>
        <source>&amp;Mandatory only</source>
        <translation>&amp;Mandatory only</translation>
    </message>
    <message>
        <source>Show mandatory items only</source>
        <translation>Show mandatory items only</translation>
    </message>
    <message>
        <source>With &amp;deviations</source>
        <translation>With &amp;deviations</translation>
    </message>
    <message>
        <source>Show items with deviations only</source>
        <translation>Show items with deviations only</translation>
    </message>
    <message>
        <source>Criteria navigator</source>
        <translation>Criteria navigator</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Items shown</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>Not in this year's cycle</translation>
    </message>
    <message>
        <source>%1 / %2 in scope</source>
        <translation>%1 / %2 in scope</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 steps</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 done</translation>
    </message>
</context>
<context>
    <name>ismap::ui::NewWorkbookWizard</name>
    <message>
        <source>Official criteria catalog</source>
        <translation>Official criteria catalog</translation>
    </message>
    <message>
        <source>Catalog (*.csv *.xlsx)</source>
        <translation>Catalog (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Statement (言明書)</source>
        <translation>Statement (言明書)</translation>
    </message>
    <message>
        <source>Statement (*.csv *.xlsx)</source>
        <translation>Statement (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Save the new workbook</source>
        <translation>Save the new workbook</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAP workbooks (*.ismapwb)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4, %5 team members. Criteria: %6. Statement: %7.</source>
        <translation>%1 — %2, %3 to %4, %5 team members. Criteria: %6. Statement: %7.</translation>
    </message>
    <message>
        <source>built-in (revision %1)</source>
        <translation>built-in (revision %1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>Criteria catalog: choose the official catalog file.</source>
        <translation>Criteria catalog: choose the official catalog file.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>The workbook was not created:</source>
        <translation>The workbook was not created:</translation>
    </message>
    <message>
        <source>New workbook</source>
        <translation>New workbook</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Who is audited, for which service and period, under which scheme.</source>
        <translation>Who is audited, for which service and period, under which scheme.</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>Engagement team</translation>
    </message>
    <message>
        <source>Staff prepare, reviewers review, the engagement lead reviews and finalises. Name at least the lead.</source>
        <translation>Staff prepare, reviewers review, the engagement lead reviews and finalises. Name at least the lead.</translation>
    </message>
    <message>
        <source>Criteria and statement</source>
        <translation>Criteria and statement</translation>
    </message>
    <message>
        <source>The criteria catalog the audit follows and, if you have it, the CSP's statement of applicability (言明書).</source>
        <translation>The criteria catalog the audit follows and, if you have it, the CSP's statement of applicability (言明書).</translation>
    </message>
    <message>
        <source>Save the workbook</source>
        <translation>Save the workbook</translation>
    </message>
    <message>
        <source>One file holds the whole engagement: criteria, statement, fieldwork, evidence and the audit trail.</source>
        <translation>One file holds the whole engagement: criteria, statement, fieldwork, evidence and the audit trail.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Cloud service &amp;provider:</source>
        <translation>Cloud service &amp;provider:</translation>
    </message>
    <message>
        <source>Cloud &amp;service:</source>
        <translation>Cloud &amp;service:</translation>
    </message>
    <message>
        <source>Audit &amp;firm (optional):</source>
        <translation>Audit &amp;firm (optional):</translation>
    </message>
    <message>
        <source>Audit p&amp;eriod:</source>
        <translation>Audit p&amp;eriod:</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>S&amp;cheme:</translation>
    </message>
    <message>
        <source>Audit &amp;kind:</source>
        <translation>Audit &amp;kind:</translation>
    </message>
    <message>
        <source>Criteria catalog</source>
        <translation>Criteria catalog</translation>
    </message>
    <message>
        <source>&amp;Statement file (CSV or XLSX, optional):</source>
        <translation>&amp;Statement file (CSV or XLSX, optional):</translation>
    </message>
    <message>
        <source>Items the statement puts in scope get their procedure steps at once. Every row is checked first: if any row is wrong, nothing is created and every problem is listed.</source>
        <translation>Items the statement puts in scope get their procedure steps at once. Every row is checked first: if any row is wrong, nothing is created and every problem is listed.</translation>
    </message>
    <message>
        <source>&amp;Workbook file:</source>
        <translation>&amp;Workbook file:</translation>
    </message>
    <message>
        <source>&amp;Open as:</source>
        <translation>&amp;Open as:</translation>
    </message>
    <message>
        <source>Cloud service provider</source>
        <translation>Cloud service provider</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>Audit firm</source>
        <translation>Audit firm</translation>
    </message>
    <message>
        <source>Audit period, first day</source>
        <translation>Audit period, first day</translation>
    </message>
    <message>
        <source>Audit period, last day</source>
        <translation>Audit period, last day</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>ISMAP (standard)</source>
        <translation>ISMAP (standard)</translation>
    </message>
    <message>
        <source>ISMAP-LIU (low-impact use)</source>
        <translation>ISMAP-LIU (low-impact use)</translation>
    </message>
    <message>
        <source>Audit kind</source>
        <translation>Audit kind</translation>
    </message>
    <message>
        <source>Initial audit (design effectiveness)</source>
        <translation>Initial audit (design effectiveness)</translation>
    </message>
    <message>
        <source>Renewal audit (operating effectiveness)</source>
        <translation>Renewal audit (operating effectiveness)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name of a team member…</source>
        <translation>Name of a team member…</translation>
    </message>
    <message>
        <source>New team member's name</source>
        <translation>New team member's name</translation>
    </message>
    <message>
        <source>New team member's role</source>
        <translation>New team member's role</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>B&amp;uilt-in ISMAP criteria (revision %1, bundled with the application)</source>
        <translation>B&amp;uilt-in ISMAP criteria (revision %1, bundled with the application)</translation>
    </message>
    <message>
        <source>Official catalog &amp;file (CSV or XLSX):</source>
        <translation>Official catalog &amp;file (CSV or XLSX):</translation>
    </message>
    <message>
        <source>Official catalog file</source>
        <translation>Official catalog file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation>Browse for the catalog file</translation>
    </message>
    <message>
        <source>Statement file</source>
        <translation>Statement file</translation>
    </message>
    <message>
        <source>Browse for the statement file</source>
        <translation>Browse for the statement file</translation>
    </message>
    <message>
        <source>Workbook file</source>
        <translation>Workbook file</translation>
    </message>
    <message>
        <source>Choose where to save the workbook</source>
        <translation>Choose where to save the workbook</translation>
    </message>
    <message>
        <source>Open as team member</source>
        <translation>Open as team member</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sco&amp;pe (optional):</source>
        <translation>Sco&amp;pe (optional):</translation>
    </message>
    <message>
        <source>Engagement scope</source>
        <translation>Engagement scope</translation>
    </message>
    <message>
        <source>e.g. the IaaS in the Tokyo and Osaka regions, management console and API</source>
        <translation>e.g. the IaaS in the Tokyo and Osaka regions, management console and API</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReportDialog</name>
    <message>
        <source>Write report</source>
        <translation>Write report</translation>
    </message>
    <message>
        <source>Writes the report of the results of procedures performed (実施結果報告書) of the open workbook as a PDF: a signed report for submission, or an unsigned draft.</source>
        <translation>Writes the report of the results of procedures performed (実施結果報告書) of the open workbook as a PDF: a signed report for submission, or an unsigned draft.</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>&amp;Output file:</translation>
    </message>
    <message>
        <source>Output PDF file</source>
        <translation>Output PDF file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the output PDF file</source>
        <translation>Choose the output PDF file</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Japanese and English</source>
        <translation>Japanese and English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>&amp;Unsigned draft</source>
        <translation>&amp;Unsigned draft</translation>
    </message>
    <message>
        <source>Unsigned draft</source>
        <translation>Unsigned draft</translation>
    </message>
    <message>
        <source>&amp;Sign with the firm's certificate (PKCS#12 file)</source>
        <translation>&amp;Sign with the firm's certificate (PKCS#12 file)</translation>
    </message>
    <message>
        <source>Sign with the firm's certificate</source>
        <translation>Sign with the firm's certificate</translation>
    </message>
    <message>
        <source>firm.p12</source>
        <translation>firm.p12</translation>
    </message>
    <message>
        <source>Signer certificate (PKCS#12 file)</source>
        <translation>Signer certificate (PKCS#12 file)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the signer certificate</source>
        <translation>Choose the signer certificate</translation>
    </message>
    <message>
        <source>&amp;Forget passphrase</source>
        <translation>&amp;Forget passphrase</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Forget the remembered passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file</source>
        <translation>Passphrase of the PKCS#12 file</translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the system keychain</source>
        <translation>&amp;Remember passphrase in the system keychain</translation>
    </message>
    <message>
        <source>Remember passphrase in the system keychain</source>
        <translation>Remember passphrase in the system keychain</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Write report</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Write the report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel writing the report</source>
        <translation>Cancel writing the report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>Open the written PDF</source>
        <translation>Open the written PDF</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>Verify the written report</source>
        <translation>Verify the written report</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Print preview of the written report</source>
        <translation>Print preview of the written report</translation>
    </message>
    <message>
        <source>Choose the firm's PKCS#12 file (.p12 or .pfx).</source>
        <translation>Choose the firm's PKCS#12 file (.p12 or .pfx).</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>No such file.</translation>
    </message>
    <message>
        <source>This file needs no passphrase.</source>
        <translation>This file needs no passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is remembered in the system keychain.</source>
        <translation>The passphrase is remembered in the system keychain.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation>This file is protected by a passphrase.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. The system keychain cannot be used: %1</source>
        <translation>This file is protected by a passphrase. The system keychain cannot be used: %1</translation>
    </message>
    <message>
        <source>Write report to</source>
        <translation>Write report to</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Signer certificate</source>
        <translation>Signer certificate</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keychain.</source>
        <translation>The passphrase was removed from the system keychain.</translation>
    </message>
    <message>
        <source>Replace report</source>
        <translation>Replace report</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 exists. Replace it with the new report?</translation>
    </message>
    <message>
        <source>Choose the firm's PKCS#12 file, or write an unsigned draft.</source>
        <translation>Choose the firm's PKCS#12 file, or write an unsigned draft.</translation>
    </message>
    <message>
        <source>The passphrase remembered in the system keychain no longer opens %1; it was forgotten. Enter the passphrase.</source>
        <translation>The passphrase remembered in the system keychain no longer opens %1; it was forgotten. Enter the passphrase.</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Enter the passphrase of %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages, unsigned draft).</source>
        <translation>
            <numerusform>Wrote %1 (%n pages, unsigned draft).</numerusform></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>%1: no application opens PDF files here.</source>
        <translation>%1: no application opens PDF files here.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be read.</source>
        <translation>%1: the PDF cannot be read.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>The date printed on the cover and the signature page (default: today in Japan).</source>
        <translation>The date printed on the cover and the signature page (default: today in Japan).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages, DRAFT), signed by %2.</source>
        <translation>
            <numerusform>Wrote %1 (%n pages, DRAFT), signed by %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Issued the final report %1 (%n pages), signed by %2; the engagement is archived.</source>
        <translation>
            <numerusform>Issued the final report %1 (%n pages), signed by %2; the engagement is archived.</numerusform></translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReportVerifyDialog</name>
    <message>
        <source>Report to verify</source>
        <translation>Report to verify</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Trusted CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Verify report</source>
        <translation>Verify report</translation>
    </message>
    <message>
        <source>Checks a signed report: that it is intact and the signature covers the whole document, who signed it and when, whether the signer chains to a CA you trust, and whether it was written from the open workbook as it is now.</source>
        <translation>Checks a signed report: that it is intact and the signature covers the whole document, who signed it and when, whether the signer chains to a CA you trust, and whether it was written from the open workbook as it is now.</translation>
    </message>
    <message>
        <source>&amp;Report (PDF):</source>
        <translation>&amp;Report (PDF):</translation>
    </message>
    <message>
        <source>Report PDF file to verify</source>
        <translation>Report PDF file to verify</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the report to verify</source>
        <translation>Choose the report to verify</translation>
    </message>
    <message>
        <source>Trusted &amp;CA (PEM, optional):</source>
        <translation>Trusted &amp;CA (PEM, optional):</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>Trusted CA certificate file</translation>
    </message>
    <message>
        <source>Without a CA, trust is not checked</source>
        <translation>Without a CA, trust is not checked</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the trusted CA certificate</source>
        <translation>Choose the trusted CA certificate</translation>
    </message>
    <message>
        <source>Compare &amp;with the open workbook (%1)</source>
        <translation>Compare &amp;with the open workbook (%1)</translation>
    </message>
    <message>
        <source>Compare &amp;with the open workbook (none open)</source>
        <translation>Compare &amp;with the open workbook (none open)</translation>
    </message>
    <message>
        <source>Compare the report with the open workbook</source>
        <translation>Compare the report with the open workbook</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Verify the report</source>
        <translation>Verify the report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>Signing time:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Coverage:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Trust:</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <source>Choose the report to verify.</source>
        <translation>Choose the report to verify.</translation>
    </message>
    <message>
        <source>Choose a report and press Verify.</source>
        <translation>Choose a report and press Verify.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Valid: the report is intact and its signature covers the whole document.</source>
        <translation>Valid: the report is intact and its signature covers the whole document.</translation>
    </message>
    <message>
        <source>Tampered: the report was changed after it was signed. Do not rely on it.</source>
        <translation>Tampered: the report was changed after it was signed. Do not rely on it.</translation>
    </message>
    <message>
        <source>Untrusted: the report is intact, but the signer does not chain to the chosen CA.</source>
        <translation>Untrusted: the report is intact, but the signer does not chain to the chosen CA.</translation>
    </message>
    <message>
        <source>Unsigned: this PDF carries no signature (a draft).</source>
        <translation>Unsigned: this PDF carries no signature (a draft).</translation>
    </message>
    <message>
        <source>Cannot be verified: the file is not a readable signed report.</source>
        <translation>Cannot be verified: the file is not a readable signed report.</translation>
    </message>
    <message>
        <source>The signature is valid, but the report does not match the open workbook.</source>
        <translation>The signature is valid, but the report does not match the open workbook.</translation>
    </message>
    <message>
        <source>%1 (claimed by the signer; no timestamp)</source>
        <translation>%1 (claimed by the signer; no timestamp)</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>the whole document</translation>
    </message>
    <message>
        <source>NOT the whole document (signed up to byte %1 of %2)</source>
        <translation>NOT the whole document (signed up to byte %1 of %2)</translation>
    </message>
    <message>
        <source>not checked (choose a trusted CA)</source>
        <translation>not checked (choose a trusted CA)</translation>
    </message>
    <message>
        <source>trusted (chains to %1)</source>
        <translation>trusted (chains to %1)</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NOT trusted: %1</translation>
    </message>
    <message>
        <source>MISSING: the report carries no manifest with a trail head</source>
        <translation>MISSING: the report carries no manifest with a trail head</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the open workbook: the report is of another engagement (%1)</source>
        <translation>DOES NOT MATCH the open workbook: the report is of another engagement (%1)</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the open workbook: report trail head %1, workbook %2 (the workbook changed since the report, or it is another workbook)</source>
        <translation>DOES NOT MATCH the open workbook: report trail head %1, workbook %2 (the workbook changed since the report, or it is another workbook)</translation>
    </message>
    <message>
        <source>matches the open workbook (trail head %1)</source>
        <translation>matches the open workbook (trail head %1)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>trail head %1 (not compared with a workbook)</source>
        <translation>trail head %1 (not compared with a workbook)</translation>
    </message>
    <message>
        <source>Intact, but trust not confirmed: the signature covers the whole document, but no trusted CA was chosen to check who signed it.</source>
        <translation>Intact, but trust not confirmed: the signature covers the whole document, but no trusted CA was chosen to check who signed it.</translation>
    </message>
    <message>
        <source>not checked against %1: the signature itself does not hold</source>
        <translation>not checked against %1: the signature itself does not hold</translation>
    </message>
    <message>
        <source>matches the open workbook: issued from it at trail head %1, nothing changed since</source>
        <translation>matches the open workbook: issued from it at trail head %1, nothing changed since</translation>
    </message>
</context>
<context>
    <name>ismap::ui::RequestsDialog</name>
    <message>
        <source>Returned request list</source>
        <translation>Returned request list</translation>
    </message>
    <message>
        <source>Request lists (*.xlsx *.csv)</source>
        <translation>Request lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The workbook is read-only or finalised, or nobody is working.</source>
        <translation>The workbook is read-only or finalised, or nobody is working.</translation>
    </message>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Select a request in the list first.</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Add request</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) changed.</source>
        <translation>
            <numerusform>%1: %n request(s) changed.</numerusform></translation>
    </message>
    <message>
        <source>Requests to the CSP</source>
        <translation>Requests to the CSP</translation>
    </message>
    <message>
        <source>The request "%1" was not added. Close anyway?</source>
        <translation>The request "%1" was not added. Close anyway?</translation>
    </message>
    <message>
        <source>What the team asked the CSP for (依頼資料). Export the list with File → Export → Request list, send it to the CSP, and read their returned copy here to update the statuses.</source>
        <translation>What the team asked the CSP for (依頼資料). Export the list with File → Export → Request list, send it to the CSP, and read their returned copy here to update the statuses.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;What is asked for:</source>
        <translation>&amp;What is asked for:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. the access review records of the period</source>
        <translation>e.g. the access review records of the period</translation>
    </message>
    <message>
        <source>&amp;Add request</source>
        <translation>&amp;Add request</translation>
    </message>
    <message>
        <source>Mark &amp;received</source>
        <translation>Mark &amp;received</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Read returned &amp;copy…</source>
        <translation>Read returned &amp;copy…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>What is asked for</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Prepared by %1 on %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Reviewed by %1 on %2</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; — voided %2: %3</source>
        <translation>&lt;s&gt;%1&lt;/s&gt; — voided %2: %3</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Not signed off yet.</translation>
    </message>
    <message>
        <source>Cannot raise the review note</source>
        <translation>Cannot raise the review note</translation>
    </message>
    <message>
        <source>Cannot resolve the review note</source>
        <translation>Cannot resolve the review note</translation>
    </message>
    <message>
        <source>Cannot sign off</source>
        <translation>Cannot sign off</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>New review note…</source>
        <translation>New review note…</translation>
    </message>
    <message>
        <source>New review note</source>
        <translation>New review note</translation>
    </message>
    <message>
        <source>Raise note</source>
        <translation>Raise note</translation>
    </message>
    <message>
        <source>Resolution of the selected note…</source>
        <translation>Resolution of the selected note…</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>Resolve note</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <source>Sign off as preparer</source>
        <translation>Sign off as preparer</translation>
    </message>
    <message>
        <source>Sign off as reviewer</source>
        <translation>Sign off as reviewer</translation>
    </message>
    <message>
        <source>Review note not raised</source>
        <translation>Review note not raised</translation>
    </message>
    <message>
        <source>Resolution not given</source>
        <translation>Resolution not given</translation>
    </message>
    <message>
        <source>Select an item in the navigator.</source>
        <translation>Select an item in the navigator.</translation>
    </message>
    <message>
        <source>Raise a review note on this item</source>
        <translation>Raise a review note on this item</translation>
    </message>
    <message>
        <source>Resolve the selected review note</source>
        <translation>Resolve the selected review note</translation>
    </message>
    <message>
        <source>Sign the item off as its preparer</source>
        <translation>Sign the item off as its preparer</translation>
    </message>
    <message>
        <source>Sign the item off as its reviewer</source>
        <translation>Sign the item off as its reviewer</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewQueue</name>
    <message>
        <source>Review queue (%1)</source>
        <translation>Review queue (%1)</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Open a workbook to see the items waiting for review.</source>
        <translation>Open a workbook to see the items waiting for review.</translation>
    </message>
    <message>
        <source>%1 prepared and awaiting review · %2 with open review notes · %3 reviewed and awaiting the lead</source>
        <translation>%1 prepared and awaiting review · %2 with open review notes · %3 reviewed and awaiting the lead</translation>
    </message>
    <message>
        <source>The engagement was finalised by %1 on %2; nothing can be changed until the lead reopens it.</source>
        <translation>The engagement was finalised by %1 on %2; nothing can be changed until the lead reopens it.</translation>
    </message>
    <message>
        <source>Finalise the engagement</source>
        <translation>Finalise the engagement</translation>
    </message>
    <message>
        <source>Finalise the engagement? Afterwards every change is refused until the engagement lead reopens it with a reason.</source>
        <translation>Finalise the engagement? Afterwards every change is refused until the engagement lead reopens it with a reason.</translation>
    </message>
    <message>
        <source>Cannot finalise the engagement</source>
        <translation>Cannot finalise the engagement</translation>
    </message>
    <message>
        <source>Unlock the engagement</source>
        <translation>Unlock the engagement</translation>
    </message>
    <message>
        <source>Why is the finalised engagement being reopened? The reason is recorded in the audit trail.</source>
        <translation>Why is the finalised engagement being reopened? The reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Cannot unlock the engagement</source>
        <translation>Cannot unlock the engagement</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Review summary</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>&amp;Open item</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Open the selected item</translation>
    </message>
    <message>
        <source>&amp;Finalise engagement…</source>
        <translation>&amp;Finalise engagement…</translation>
    </message>
    <message>
        <source>Lock the engagement against every change (engagement lead only)</source>
        <translation>Lock the engagement against every change (engagement lead only)</translation>
    </message>
    <message>
        <source>&amp;Unlock engagement…</source>
        <translation>&amp;Unlock engagement…</translation>
    </message>
    <message>
        <source>Reopen the finalised engagement, with a reason (engagement lead only)</source>
        <translation>Reopen the finalised engagement, with a reason (engagement lead only)</translation>
    </message>
    <message>
        <source>Sign the whole engagement off with your key (engagement lead, then the quality reviewer)</source>
        <translation>Sign the whole engagement off with your key (engagement lead, then the quality reviewer)</translation>
    </message>
    <message>
        <source>Sign the engagement off</source>
        <translation>Sign the engagement off</translation>
    </message>
    <message>
        <source>Sign the engagement off as %1, with your key? The sign-off covers the engagement and every item's sign-offs as they are now.</source>
        <translation>Sign the engagement off as %1, with your key? The sign-off covers the engagement and every item's sign-offs as they are now.</translation>
    </message>
    <message>
        <source>&amp;Sign the engagement off…</source>
        <translation>&amp;Sign the engagement off…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>%n open: %1</numerusform></translation>
    </message>
    <message>
        <source>Oldest open note, raised by %1: %2</source>
        <translation>Oldest open note, raised by %1: %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Prepared by %1 on %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Reviewed by %1 on %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>Open review notes</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SampleItemsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Fail — deviation</source>
        <translation>Fail — deviation</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>No finding yet</translation>
    </message>
    <message>
        <source>Position %1 in the population list of %2</source>
        <translation>Position %1 in the population list of %2</translation>
    </message>
    <message>
        <source>A failing item is a deviation; the engine raised a draft finding for it.</source>
        <translation>A failing item is a deviation; the engine raised a draft finding for it.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Population #</source>
        <translation>Population #</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SamplingPanel</name>
    <message>
        <source>Sample %1: %2 of %3 (%4)</source>
        <translation>Sample %1: %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>No sample drawn yet</translation>
    </message>
    <message>
        <source>Draw a sample to test the control's operation over the period.</source>
        <translation>Draw a sample to test the control's operation over the period.</translation>
    </message>
    <message>
        <source>Seed %1 · algorithm %2 · sampling table %3 · drawn by %4 at %5</source>
        <translation>Seed %1 · algorithm %2 · sampling table %3 · drawn by %4 at %5</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) in this sample.</source>
        <translation>
            <numerusform>%n deviation(s) in this sample.</numerusform></translation>
    </message>
    <message>
        <source>Sample size: all %1 (the population is at or below the table's size; table %2)</source>
        <translation>Sample size: all %1 (the population is at or below the table's size; table %2)</translation>
    </message>
    <message>
        <source>Sample size: %1 of %2 (table %3)</source>
        <translation>Sample size: %1 of %2 (table %3)</translation>
    </message>
    <message>
        <source>Cannot draw the sample</source>
        <translation>Cannot draw the sample</translation>
    </message>
    <message>
        <source>Seed "%1" is not a number from 0 to 18446744073709551615.</source>
        <translation>Seed "%1" is not a number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>Draw another sample</source>
        <translation>Draw another sample</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 already has %n sample(s). Another draw is recorded in the audit trail next to the earlier ones. Draw another?</source>
        <translation>
            <numerusform>Item %1 already has %n sample(s). Another draw is recorded in the audit trail next to the earlier ones. Draw another?</numerusform></translation>
    </message>
    <message>
        <source>Cannot record the sample result</source>
        <translation>Cannot record the sample result</translation>
    </message>
    <message numerus="yes">
        <source>Re-performed from the stored seed: the same %n item(s) in the same order.</source>
        <translation>
            <numerusform>Re-performed from the stored seed: the same %n item(s) in the same order.</numerusform></translation>
    </message>
    <message>
        <source>Re-performed from the stored seed: the selection does NOT match what was recorded.</source>
        <translation>Re-performed from the stored seed: the selection does NOT match what was recorded.</translation>
    </message>
    <message>
        <source>Cannot re-perform the selection</source>
        <translation>Cannot re-perform the selection</translation>
    </message>
    <message>
        <source>Sa&amp;mple:</source>
        <translation>Sa&amp;mple:</translation>
    </message>
    <message>
        <source>Sample sets of the item</source>
        <translation>Sample sets of the item</translation>
    </message>
    <message>
        <source>Draw a new sample</source>
        <translation>Draw a new sample</translation>
    </message>
    <message>
        <source>Population des&amp;cription:</source>
        <translation>Population des&amp;cription:</translation>
    </message>
    <message>
        <source>Population si&amp;ze:</source>
        <translation>Population si&amp;ze:</translation>
    </message>
    <message>
        <source>Control fre&amp;quency:</source>
        <translation>Control fre&amp;quency:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation>A&amp;ttributes:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Population description</source>
        <translation>Population description</translation>
    </message>
    <message>
        <source>What the population is, e.g. access requests approved in the period</source>
        <translation>What the population is, e.g. access requests approved in the period</translation>
    </message>
    <message>
        <source>Population size</source>
        <translation>Population size</translation>
    </message>
    <message>
        <source>The number of occurrences of the control in the period</source>
        <translation>The number of occurrences of the control in the period</translation>
    </message>
    <message>
        <source>Control frequency</source>
        <translation>Control frequency</translation>
    </message>
    <message>
        <source>The frequencies of the engagement's sampling table</source>
        <translation>The frequencies of the engagement's sampling table</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Blank: a random seed, recorded with the sample</source>
        <translation>Blank: a random seed, recorded with the sample</translation>
    </message>
    <message>
        <source>Computed sample size</source>
        <translation>Computed sample size</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>&amp;Draw sample</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Draw sample</translation>
    </message>
    <message>
        <source>Selects the items reproducibly from the seed; recorded in the audit trail, not undoable</source>
        <translation>Selects the items reproducibly from the seed; recorded in the audit trail, not undoable</translation>
    </message>
    <message>
        <source>Seed and algorithm of the sample</source>
        <translation>Seed and algorithm of the sample</translation>
    </message>
    <message>
        <source>Re-perform from seed</source>
        <translation>Re-perform from seed</translation>
    </message>
    <message>
        <source>Re-perform the selection from its seed</source>
        <translation>Re-perform the selection from its seed</translation>
    </message>
    <message>
        <source>Result of the re-performance</source>
        <translation>Result of the re-performance</translation>
    </message>
    <message>
        <source>Sample items and their results</source>
        <translation>Sample items and their results</translation>
    </message>
    <message>
        <source>Sample item label</source>
        <translation>Sample item label</translation>
    </message>
    <message>
        <source>What the item is: ticket number, date…</source>
        <translation>What the item is: ticket number, date…</translation>
    </message>
    <message>
        <source>Attribute results</source>
        <translation>Attribute results</translation>
    </message>
    <message>
        <source>name=value; name=value, e.g. approved=yes; approver=manager</source>
        <translation>name=value; name=value, e.g. approved=yes; approver=manager</translation>
    </message>
    <message>
        <source>Sample item notes</source>
        <translation>Sample item notes</translation>
    </message>
    <message>
        <source>What was checked and found</source>
        <translation>What was checked and found</translation>
    </message>
    <message>
        <source>Pa&amp;ss</source>
        <translation>Pa&amp;ss</translation>
    </message>
    <message>
        <source>Fa&amp;il (deviation)</source>
        <translation>Fa&amp;il (deviation)</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation>Not a&amp;pplicable</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail (deviation)</source>
        <translation>Fail (deviation)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Enter the population count: the number of records in the CSP's ledger for the period.</source>
        <translation>Enter the population count: the number of records in the CSP's ledger for the period.</translation>
    </message>
    <message>
        <source>count not known</source>
        <translation>count not known</translation>
    </message>
    <message>
        <source>Population list</source>
        <translation>Population list</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx);;All files (*)</source>
        <translation>Ledgers (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Draw from &amp;list…</source>
        <translation>Draw from &amp;list…</translation>
    </message>
    <message>
        <source>Draw from a population list</source>
        <translation>Draw from a population list</translation>
    </message>
    <message>
        <source>Draws from the CSP's ledger (CSV or XLSX, first row the header): its record count is the population, the file is kept as evidence, and each drawn item names its record</source>
        <translation>Draws from the CSP's ledger (CSV or XLSX, first row the header): its record count is the population, the file is kept as evidence, and each drawn item names its record</translation>
    </message>
    <message>
        <source>Cannot save the sample item</source>
        <translation>Cannot save the sample item</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (no result recorded yet)</source>
        <translation>Sample %1 item %2 (no result recorded yet)</translation>
    </message>
    <message>
        <source>Description of the sample to draw</source>
        <translation>Description of the sample to draw</translation>
    </message>
</context>
<context>
    <name>ismap::ui::StatementInfoDialog</name>
    <message>
        <source>Statement date: "%1" is not a date (for example 2025-05-30 or 令和7年5月30日).</source>
        <translation>Statement date: "%1" is not a date (for example 2025-05-30 or 令和7年5月30日).</translation>
    </message>
    <message>
        <source>Statement and scope</source>
        <translation>Statement and scope</translation>
    </message>
    <message>
        <source>Close without saving what you changed in the statement and scope?</source>
        <translation>Close without saving what you changed in the statement and scope?</translation>
    </message>
    <message>
        <source>The statement's own content (言明書), as the CSP wrote it, and the engagement's scope. Both are printed in section 1 and 2 of the report; every change is recorded in the trail.</source>
        <translation>The statement's own content (言明書), as the CSP wrote it, and the engagement's scope. Both are printed in section 1 and 2 of the report; every change is recorded in the trail.</translation>
    </message>
    <message>
        <source>Statement &amp;date:</source>
        <translation>Statement &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regions:</translation>
    </message>
    <message>
        <source>Underlying &amp;services:</source>
        <translation>Underlying &amp;services:</translation>
    </message>
    <message>
        <source>System &amp;overview:</source>
        <translation>System &amp;overview:</translation>
    </message>
    <message>
        <source>&amp;Changes during the period:</source>
        <translation>&amp;Changes during the period:</translation>
    </message>
    <message>
        <source>Subsequent &amp;events:</source>
        <translation>Subsequent &amp;events:</translation>
    </message>
    <message>
        <source>Engagement sco&amp;pe:</source>
        <translation>Engagement sco&amp;pe:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or as written (令和7年5月30日)</source>
        <translation>YYYY-MM-DD, or as written (令和7年5月30日)</translation>
    </message>
    <message>
        <source>One per line, e.g. Amazon Web Services（ISMAP登録済） or Own data centre (not registered)</source>
        <translation>One per line, e.g. Amazon Web Services（ISMAP登録済） or Own data centre (not registered)</translation>
    </message>
    <message>
        <source>What the audit covers: the service, its regions and components.</source>
        <translation>What the audit covers: the service, its regions and components.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ismap::ui::StepsPanel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Cannot record the result</source>
        <translation>Cannot record the result</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Procedure steps</translation>
    </message>
    <message>
        <source>Notes for the selected step: what was done, to which evidence…</source>
        <translation>Notes for the selected step: what was done, to which evidence…</translation>
    </message>
    <message>
        <source>Step notes</source>
        <translation>Step notes</translation>
    </message>
    <message>
        <source>No exception (Alt+1)</source>
        <translation>No exception (Alt+1)</translation>
    </message>
    <message>
        <source>Deviation (Alt+2)</source>
        <translation>Deviation (Alt+2)</translation>
    </message>
    <message>
        <source>Not performed (Alt+3)</source>
        <translation>Not performed (Alt+3)</translation>
    </message>
    <message>
        <source>Not applicable (Alt+4)</source>
        <translation>Not applicable (Alt+4)</translation>
    </message>
    <message>
        <source>Cannot save the step's notes</source>
        <translation>Cannot save the step's notes</translation>
    </message>
    <message>
        <source>Step %1 notes (no result recorded yet)</source>
        <translation>Step %1 notes (no result recorded yet)</translation>
    </message>
    <message>
        <source>No procedure steps: %1 groups other items; its objectives and detailed controls carry the steps.</source>
        <translation>No procedure steps: %1 groups other items; its objectives and detailed controls carry the steps.</translation>
    </message>
    <message>
        <source>No procedure steps: the statement does not decide %1 yet. Import the statement or set its applicability (Engagement → Set applicability).</source>
        <translation>No procedure steps: the statement does not decide %1 yet. Import the statement or set its applicability (Engagement → Set applicability).</translation>
    </message>
    <message>
        <source>No procedure steps: %1 is out of scope (%2).</source>
        <translation>No procedure steps: %1 is out of scope (%2).</translation>
    </message>
    <message>
        <source>No procedure steps: %1 is not in this year's cycle (Engagement → Put in this year's cycle).</source>
        <translation>No procedure steps: %1 is not in this year's cycle (Engagement → Put in this year's cycle).</translation>
    </message>
    <message>
        <source>No procedure steps for %1.</source>
        <translation>No procedure steps for %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step %1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Step %1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Notes:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Notes:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Void sign-offs?</source>
        <translation>Void sign-offs?</translation>
    </message>
    <message>
        <source>Record: no exception</source>
        <translation>Record: no exception</translation>
    </message>
    <message>
        <source>Record: deviation</source>
        <translation>Record: deviation</translation>
    </message>
    <message>
        <source>Record: not performed</source>
        <translation>Record: not performed</translation>
    </message>
    <message>
        <source>Record: not applicable</source>
        <translation>Record: not applicable</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Step instruction</source>
        <translation>Step instruction</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SyncDialog</name>
    <message>
        <source>Every replica</source>
        <translation>Every replica</translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 · %2 (%n pending)</source>
        <translation>
            <numerusform>Replica %1 · %2 (%n pending)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Conflic&amp;ts (%n open)…</source>
        <translation>
            <numerusform>Conflic&amp;ts (%n open)…</numerusform></translation>
    </message>
    <message>
        <source>No package of another replica in the folder yet.</source>
        <translation>No package of another replica in the folder yet.</translation>
    </message>
    <message>
        <source>This replica's package: %1</source>
        <translation>This replica's package: %1</translation>
    </message>
    <message>
        <source>Export a change package</source>
        <translation>Export a change package</translation>
    </message>
    <message>
        <source>Import a change package</source>
        <translation>Import a change package</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Choose the shared folder first.</translation>
    </message>
    <message>
        <source>Synchronise with a folder</source>
        <translation>Synchronise with a folder</translation>
    </message>
    <message>
        <source>Change packages (*.ismapsync)</source>
        <translation>Change packages (*.ismapsync)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Replicas of this engagement exchange signed change packages through files: export one and pass it on (mail, a USB stick), import what the others sent, or let a shared folder carry them. A package is checked before anything is applied; what is refused changes nothing.</source>
        <translation>Replicas of this engagement exchange signed change packages through files: export one and pass it on (mail, a USB stick), import what the others sent, or let a shared folder carry them. A package is checked before anything is applied; what is refused changes nothing.</translation>
    </message>
    <message>
        <source>Package &amp;for:</source>
        <translation>Package &amp;for:</translation>
    </message>
    <message>
        <source>&amp;Export a change package…</source>
        <translation>&amp;Export a change package…</translation>
    </message>
    <message>
        <source>&amp;Import a change package…</source>
        <translation>&amp;Import a change package…</translation>
    </message>
    <message>
        <source>Shared f&amp;older:</source>
        <translation>Shared f&amp;older:</translation>
    </message>
    <message>
        <source>a folder every replica reaches (a network or cloud drive)</source>
        <translation>a folder every replica reaches (a network or cloud drive)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Synchronise with the folder</source>
        <translation>&amp;Synchronise with the folder</translation>
    </message>
    <message>
        <source>What the last exchange did:</source>
        <translation>What the last exchange did:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>see Conflicts…</source>
        <translation>see Conflicts…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SyncStatus</name>
    <message>
        <source>Origin · %1</source>
        <translation>Origin · %1</translation>
    </message>
    <message>
        <source>Replica %1 · %2</source>
        <translation>Replica %1 · %2</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>no exchange yet</source>
        <translation>no exchange yet</translation>
    </message>
    <message>
        <source>last exchange %1</source>
        <translation>last exchange %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict(s)</numerusform></translation>
    </message>
    <message>
        <source>Team sync: click to see the conflicts between replicas.</source>
        <translation>Team sync: click to see the conflicts between replicas.</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Team sync</translation>
    </message>
    <message>
        <source>%1 cannot be opened for work as it is.</source>
        <translation>%1 cannot be opened for work as it is.</translation>
    </message>
    <message>
        <source>If you moved this file yourself, claim it here: it stays the same replica, at its new place. If it is a copy, open it read-only and ask the lead for a replica of your own.</source>
        <translation>If you moved this file yourself, claim it here: it stays the same replica, at its new place. If it is a copy, open it read-only and ask the lead for a replica of your own.</translation>
    </message>
    <message>
        <source>Replica copied or moved</source>
        <translation>Replica copied or moved</translation>
    </message>
    <message>
        <source>Claim this replica here (it was moved)</source>
        <translation>Claim this replica here (it was moved)</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>ismap::ui::WelcomePage</name>
    <message>
        <source>Create a workbook for a new engagement (File → New), or open one.</source>
        <translation>Create a workbook for a new engagement (File → New), or open one.</translation>
    </message>
    <message>
        <source>Open an existing workbook.</source>
        <translation>Open an existing workbook.</translation>
    </message>
    <message>
        <source>Read the manual: the work from the statement to the signed report.</source>
        <translation>Read the manual: the work from the statement to the signed report.</translation>
    </message>
    <message numerus="yes">
        <source>The team: %n member(s). Add the staff who prepare and the reviewers who review.</source>
        <translation>
            <numerusform>The team: %n member(s). Add the staff who prepare and the reviewers who review.</numerusform></translation>
    </message>
    <message>
        <source>Import the CSP's statement (言明書): it decides which items are in scope and brings their procedure steps.</source>
        <translation>Import the CSP's statement (言明書): it decides which items are in scope and brings their procedure steps.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still undecided: select them in the navigator and set their applicability.</source>
        <translation>
            <numerusform>%n item(s) still undecided: select them in the navigator and set their applicability.</numerusform></translation>
    </message>
    <message>
        <source>Assign the in-scope items to the team (select items in the navigator, Engagement → Assign).</source>
        <translation>Assign the in-scope items to the team (select items in the navigator, Engagement → Assign).</translation>
    </message>
    <message>
        <source>Fieldwork: select an item, record its steps (Alt+1…4), link evidence, raise findings and sign off as preparer. %1 of %2 in-scope items started.</source>
        <translation>Fieldwork: select an item, record its steps (Alt+1…4), link evidence, raise findings and sign off as preparer. %1 of %2 in-scope items started.</translation>
    </message>
    <message>
        <source>Review: the review queue (Ctrl+3) lists what waits for a reviewer; sign off as reviewer.</source>
        <translation>Review: the review queue (Ctrl+3) lists what waits for a reviewer; sign off as reviewer.</translation>
    </message>
    <message>
        <source>Write and sign the report (File → Report).</source>
        <translation>Write and sign the report (File → Report).</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Next steps for %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Next steps for %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ISMAP Audit Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to ISMAP Audit Workbench&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbook to open.</source>
        <translation>Workbook to open.</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench: fieldwork, review and signed reports for ISMAP audits.</source>
        <translation>ISMAP Audit Workbench: fieldwork, review and signed reports for ISMAP audits.</translation>
    </message>
    <message>
        <source>Team member working (skips the question).</source>
        <translation>Team member working (skips the question).</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for tests).</source>
        <translation>Quit after MS milliseconds (for tests).</translation>
    </message>
    <message>
        <source>Render the main views into DIR and quit.</source>
        <translation>Render the main views into DIR and quit.</translation>
    </message>
    <message>
        <source>Item to show first.</source>
        <translation>Item to show first.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000 (default 1280x800).</source>
        <translation>Window size for --screenshot, e.g. 1600x1000 (default 1280x800).</translation>
    </message>
    <message>
        <source>--screenshot-size: give WIDTHxHEIGHT, at least 640x480.</source>
        <translation>--screenshot-size: give WIDTHxHEIGHT, at least 640x480.</translation>
    </message>
</context>
</TS>
