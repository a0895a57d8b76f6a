#pragma once

#include <QCoreApplication>
#include <QString>
#include <exception>

namespace ismap {

/// What went wrong, in a form the CLI maps to exit codes and the UI to messages.
enum class ErrorCode {
    InvalidInput = 1, ///< bad user input: a file, row or field that does not parse or validate
    NotFound, ///< an item, step, member or file that does not exist
    NotAWorkbook, ///< the file is not an ISMAP workbook
    TooNew, ///< the workbook was written by a newer version of the application
    Damaged, ///< integrity check failed
    ReadOnly, ///< the file or its folder cannot be written
    Locked, ///< another process holds the workbook
    Finalised, ///< the engagement is locked by the lead
    Forbidden, ///< the member's role does not allow the action
    Io, ///< reading or writing a file failed (disk full, permissions)
    Cancelled, ///< the user cancelled a long operation
    Integrity, ///< a verification found something that does not hold
    Internal, ///< a programming error or unexpected database state
    CopiedReplica ///< a replica's file was copied or moved: it is not the replica until claimed (team sync)
};

/**
 * The one exception type of the engine. Every refusal carries a translated, user-facing message
 * naming the file, row or field concerned; callers catch it at the command boundary (CLI, UI).
 */
class AuditError : public std::exception
{
public:
    AuditError(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    { }

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace ismap
