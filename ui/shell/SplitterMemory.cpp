#include "shell/SplitterMemory.h"

#include <QSettings>
#include <QSplitter>

namespace ismap::ui {

QString SplitterMemory::key(const QSplitter* splitter)
{
    return QStringLiteral("ui/splitters/") + splitter->objectName();
}

void SplitterMemory::remember(QSplitter* splitter, const QList<int>& defaults)
{
    Q_ASSERT(!splitter->objectName().isEmpty());
    const QByteArray state = QSettings().value(key(splitter)).toByteArray();
    if (state.isEmpty() || !splitter->restoreState(state))
        splitter->setSizes(defaults);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter] { QSettings().setValue(key(splitter), splitter->saveState()); });
}

} // namespace ismap::ui
