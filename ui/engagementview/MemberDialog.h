#pragma once

#include "workbook/Workbook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace ismap::ui {

/**
 * "Who is working": asked when a workbook opens, from the engagement team. The answer is remembered
 * per workbook (by engagement ID) and recorded by the engine in the trail for every change.
 */
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(const QList<TeamMember>& team, const QString& preselect, QWidget* parent = nullptr);
    QString chosen() const;

    /// Asks the user (or returns the preset answer in tests). Empty when cancelled or the team is empty.
    static QString choose(QWidget* parent, const QList<TeamMember>& team, const QString& remembered);
    /// Test seam: the next choose() calls return @p name without showing anything (empty: ask again).
    static void setAutoAnswer(const QString& name);

    static QString remembered(const QString& engagementUuid);
    static void remember(const QString& engagementUuid, const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<TeamMember> m_team;
    QLabel* m_label;
    QComboBox* m_combo;
    QDialogButtonBox* m_buttons;
};

} // namespace ismap::ui
