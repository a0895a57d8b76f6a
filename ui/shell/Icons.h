#pragma once

#include <QIcon>
#include <QString>

namespace ismap::ui {

/** The application's SVG icons (resources/icons, embedded under :/ismap/icons/), cached. */
class Icons
{
public:
    /// Icon by file name without extension, e.g. "open", "next-step".
    static QIcon get(const QString& name);
    /// Icon for an item status key (not_started, in_progress, prepared, reviewed, needs_attention).
    static QIcon status(const QString& statusKey);
};

} // namespace ismap::ui
