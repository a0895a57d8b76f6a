<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Applicability</name>
    <message>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the built-in criteria skeleton is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a criteria ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ID %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPart</name>
    <message>
        <source>Governance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is in use by another program or window; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook cannot be written here (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: this build cannot decode CP932 (Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: too many columns (at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many rows (more than %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XLSX reading is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>trail row %1: expected row %2 here (a row was deleted or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail row %1: does not chain to the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail row %1: content does not match its hash (the row was edited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ismapctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit period, YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ismap or ismap-liu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial (design) or renewal (operating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: give exactly one workbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: an ISMAP audit period is at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheme: &quot;%1&quot; is neither ismap nor ismap-liu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audit: &quot;%1&quot; is neither initial nor renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2 criteria items, revision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: give exactly one workbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a workbook for an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress by part and status, findings, evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ismapctl COMMAND [ARGS...]   (ismapctl COMMAND --help for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ismapctl: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ismap::Workbook</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is an SQLite database, but not an ISMAP workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be written (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook or its folder is read-only, so it cannot be changed here. Copy it to a writable folder to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook was saved by a newer version of ISMAP Audit Workbench (format %2; this version reads up to %3). Update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before upgrading the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no engagement record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; nothing can be changed. The engagement lead can reopen it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team member: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team member %1: already on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ismap::ui::CatalogTreeModel</name>
    <message>
        <source>%1 / %2 in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: cannot be left out without a stated reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ismap::ui::MainWindow</name>
    <message>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbook to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
