#include "syncview/SyncStatus.h"

#include "common/Clock.h"
#include "replication/Replication.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>

namespace ismap::ui {

namespace {
std::optional<SyncStatus::CopiedChoice> s_copiedAnswer;
QString s_copiedText;
} // namespace

SyncStatus::SyncStatus(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
    hide();
}

QString SyncStatus::describe(Workbook& wb)
{
    if (!wb.isReplicated())
        return {};
    const QList<ReplicaInfo> replicas = Replication::replicas(wb);
    QString self;
    QString last;
    for (const ReplicaInfo& r : replicas) {
        if (r.self) {
            self = r.number == 0 ? tr("Origin · %1").arg(r.member.isEmpty() ? r.createdBy : r.member)
                                 : tr("Replica %1 · %2").arg(r.number).arg(r.member);
            continue;
        }
        last = qMax(last, qMax(r.lastImport, r.lastExport));
    }
    if (self.isEmpty())
        self = tr("Replica %1").arg(wb.replicaNumber());
    QStringList parts { self };
    parts << (last.isEmpty() ? tr("no exchange yet") : tr("last exchange %1").arg(Clock::shown(last)));
    const int open = int(Replication::conflicts(wb).size());
    if (open > 0)
        parts << tr("%n open conflict(s)", nullptr, open);
    return parts.join(QStringLiteral(" · "));
}

void SyncStatus::refresh(Workbook* wb)
{
    const QString text = wb ? describe(*wb) : QString();
    setText(text);
    setToolTip(text.isEmpty() ? QString() : tr("Team sync: click to see the conflicts between replicas."));
    setAccessibleName(tr("Team sync"));
    setVisible(!text.isEmpty());
}

void SyncStatus::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QLabel::mouseReleaseEvent(event);
}

SyncStatus::CopiedChoice SyncStatus::askCopied(QWidget* parent, const QString& path, const QString& reason)
{
    const QString text = tr("%1 cannot be opened for work as it is.").arg(QDir::toNativeSeparators(path));
    const QString info = reason + QStringLiteral("\n\n")
        + tr("If you moved this file yourself, claim it here: it stays the same replica, at its new place. If it is a "
             "copy, open it read-only and ask the lead for a replica of your own.");
    s_copiedText = text + u'\n' + info;
    if (s_copiedAnswer)
        return *s_copiedAnswer;
    QMessageBox box(QMessageBox::Warning, tr("Replica copied or moved"), text, QMessageBox::NoButton, parent);
    box.setInformativeText(info);
    QPushButton* claim = box.addButton(tr("Claim this replica here (it was moved)"), QMessageBox::AcceptRole);
    QPushButton* readOnly = box.addButton(tr("Open read-only"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == claim)
        return CopiedChoice::Claim;
    if (box.clickedButton() == readOnly)
        return CopiedChoice::ReadOnly;
    return CopiedChoice::Cancel;
}

void SyncStatus::setCopiedAnswer(std::optional<CopiedChoice> answer)
{
    s_copiedAnswer = answer;
}

QString SyncStatus::lastCopiedText()
{
    return s_copiedText;
}

} // namespace ismap::ui
