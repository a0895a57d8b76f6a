#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ismap {

/**
 * Texts the engine writes for people (a generated finding title, why a sign-off was voided) are stored
 * language-neutral: a code with its parameters, as one compact JSON object `{"tc":"<code>", <parameters>}`, and
 * rendered in the reader's language when shown (app, CLI, report, work papers). Anything else stored in such a
 * column — what a person typed, a text this build does not know — is a literal: render() shows it verbatim, so no
 * text is ever lost.
 *
 * Workbooks before format 5 stored these texts translated, in the language of whoever worked then; fromLegacy()
 * turns a stored text in either language back into its code (the 4 → 5 migration).
 */
class TextCode
{
    Q_DECLARE_TR_FUNCTIONS(TextCode)
public:
    /// The stored form of @p code with @p args (numbers or strings, named as the code's table says).
    static QString make(const char* code, const QJsonObject& args = {});
    /// Whether @p stored is a coded text (whether or not this build knows the code).
    static bool isCoded(const QString& stored);
    /// The code of a coded text; empty for a literal.
    static QString code(const QString& stored);
    /// @p stored in the reader's language: a known code rendered with its parameters, anything else verbatim (an
    /// unknown code as its JSON, so nothing is hidden).
    static QString render(const QString& stored);
    /// The same in @p language ("ja" or "en"), whatever the UI's language (a report in a chosen language).
    static QString render(const QString& stored, const QString& language);
    /// A stored literal in English or Japanese that one of the known codes produced → its coded form; any other
    /// text unchanged.
    static QString fromLegacy(const QString& text);
    /// The text a sign-off's content hash covers: for a text migrated from a literal, the literal it replaced
    /// (kept in the code's parameters as "was"), so sign-offs made before the migration stay valid; else as stored.
    static QString signedForm(const QString& stored);
    /// Every known code (for tests and the migration).
    static QStringList knownCodes();
};

} // namespace ismap
