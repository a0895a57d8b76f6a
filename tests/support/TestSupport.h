#pragma once

#include "workbook/Workbook.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace ismap::test {

/// Path of a fixture under tests/data.
QString dataPath(const QString& relative);
/// Bytes of a file (empty if missing).
QByteArray fileBytes(const QString& path);
/// Runs @p sql on a closed workbook (or any SQLite file) with an own connection, as an outside tool or an older
/// build would; a failing statement fails the test.
void rawExec(const QString& path, const char* sql);
/// SQL that takes a format 8 workbook back to format 7 (no replicas, one trail chain, evidence links without a key),
/// for tests of older formats; the caller sets user_version.
extern const char* const kUndoFormat8;
/// SHA-256 of the workbook file and its WAL, for "left byte-for-byte unchanged" checks.
QString fileDigest(const QString& path);

/// Makes, registers (as the team's lead) and unlocks in @p wb a key for every member without one; returns them.
QHash<QString, MemberKey> giveKeys(Workbook& wb);

/** A temporary folder with a freshly created workbook on the built-in skeleton, for tests. */
struct TempWorkbook
{
    TempWorkbook();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workbook> wb;
    /// Adds the demo team: two staff, a reviewer and a lead, each with a registered key unlocked in wb.
    void addTeam();
    /// Closes and reopens the workbook (checkpointing the WAL into the main file).
    void reopen();
};

} // namespace ismap::test
