#pragma once

#include <QString>

namespace ismap {

/**
 * Loads the application's and Qt's own translations into the running application and switches them at
 * run time. "ja" or "en"; an empty code follows the system locale. Shared by the CLI and the desktop app.
 */
class Language
{
public:
    /// Installs the translators for @p code ("ja", "en" or empty for the system locale). Returns the code used.
    static QString apply(const QString& code);
    static QString current();
    /// The code the system locale asks for: "ja" for Japanese, else "en".
    static QString systemDefault();
};

} // namespace ismap
