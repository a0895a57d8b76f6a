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
        <source>%1: &quot;%2&quot; is not a criteria ID.</source>
        <translation>%1: &quot;%2&quot; is not a criteria ID.</translation>
    </message>
    <message>
        <source>%1: ID %2 appears twice.</source>
        <translation>%1: ID %2 appears twice.</translation>
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
        <source>%1: XLSX reading is not available yet.</source>
        <translation>%1: XLSX reading is not available yet.</translation>
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
</context>
<context>
    <name>cli</name>
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
        <source>--period: &quot;%1&quot; is not YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>--period: &quot;%1&quot; is not YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--period: the end is before the start.</source>
        <translation>--period: the end is before the start.</translation>
    </message>
    <message>
        <source>--period: an ISMAP audit period is at most one year.</source>
        <translation>--period: an ISMAP audit period is at most one year.</translation>
    </message>
    <message>
        <source>--scheme: &quot;%1&quot; is neither ismap nor ismap-liu.</source>
        <translation>--scheme: &quot;%1&quot; is neither ismap nor ismap-liu.</translation>
    </message>
    <message>
        <source>--audit: &quot;%1&quot; is neither initial nor renewal.</source>
        <translation>--audit: &quot;%1&quot; is neither initial nor renewal.</translation>
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
        <source>ismapctl: unknown command &quot;%1&quot;.</source>
        <translation>ismapctl: unknown command &quot;%1&quot;.</translation>
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
        <source>team member %1: already on the team.</source>
        <translation>team member %1: already on the team.</translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation>no team member is working: choose who you are first.</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 is not on the engagement team.</translation>
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
        <source>Criteria navigator</source>
        <translation>Criteria navigator</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbook to open.</source>
        <translation>Workbook to open.</translation>
    </message>
</context>
</TS>
