#pragma once
// Internal to core/signing: PoDoFo 0.9.8 include and small helpers.

#include <QString>
#include <podofo/podofo.h>

namespace ismap::podofo {

/// Stops PoDoFo from writing its own debug and log lines to stderr.
inline void quiet()
{
    static const bool done = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    Q_UNUSED(done);
}

/// PoDoFo's error as one line.
inline QString message(const PoDoFo::PdfError& e)
{
    const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
    return QString::fromLatin1(name ? name : "PoDoFo error");
}

} // namespace ismap::podofo
