#include "commands/PendingEdits.h"

#include "shell/Messages.h"

namespace ismap::ui {

bool PendingEdits::settle(QWidget* parent, const QList<PendingEdits*>& editors)
{
    QStringList unsaved;
    for (PendingEdits* e : editors) {
        e->commitPending();
        unsaved << e->unsavedTexts();
    }
    if (unsaved.isEmpty())
        return true;
    if (!Messages::confirm(parent, tr("Unsaved text"),
                           tr("This text was typed but not saved:\n\n%1\n\nDiscard it and go on? Choose No to stay "
                              "and finish it.")
                               .arg(u"• " + unsaved.join(QStringLiteral("\n• ")))))
        return false;
    for (PendingEdits* e : editors)
        e->discardUnsaved();
    return true;
}

QString PendingEdits::describe(const QString& where, const QString& text)
{
    QString shown = text.simplified();
    if (shown.size() > 80)
        shown = shown.left(79) + u'…';
    return tr("%1: “%2”").arg(where, shown);
}

} // namespace ismap::ui
