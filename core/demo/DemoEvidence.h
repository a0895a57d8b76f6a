#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ismap::demo {

/// A one-page PDF with the given lines of (ASCII) text, written directly: the CLI runs without a GUI
/// application, and QPdfWriter needs one for fonts.
QByteArray textPdf(const QString& title, const QStringList& lines);
/// A PNG "screen capture" of a management console: window frame, a settings table, status marks.
QByteArray consolePng(int variant, bool highlightFailure);
/// A CSV log of @p rows events (access, change or backup log), deterministic from @p seed.
QByteArray csvLog(const QString& kind, int rows, quint64 seed);

} // namespace ismap::demo
