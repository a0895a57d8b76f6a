#include "shell/Icons.h"

#include <QHash>

namespace ismap::ui {

QIcon Icons::get(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/ismap/icons/%1.svg").arg(name)));
    return *it;
}

QIcon Icons::status(const QString& statusKey)
{
    return get(QStringLiteral("status-") + statusKey);
}

} // namespace ismap::ui
