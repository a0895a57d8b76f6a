#pragma once

#include <QDialog>
#include <QList>

#include "workbook/Workbook.h"

class QHBoxLayout;
class QJsonValue;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QWidget;

namespace ismap {
struct SyncConflict;
} // namespace ismap

namespace ismap::ui {

/**
 * File → Synchronise → Conflicts…: rows two replicas changed since they last met. The list (what, which item, open
 * or resolved) and, for the selected conflict, its versions side by side — one column per replica with its member,
 * time and the values of the fields both changed, the one the row holds now marked — each with "Take this version".
 * The engine decides who may resolve (a reviewer or the lead) and records it; its refusal is shown.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Workbook* workbook, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// The "Take this version" buttons of the selected conflict, one per version, in column order.
    QList<QPushButton*> takeButtons() const { return m_takeButtons; }
    /// Selects conflict @p id in the list; false if it is not there.
    bool selectConflict(const QString& id);
    /// Resolves the selected conflict with the version of @p replica; false (and the engine's word) if refused.
    bool takeVersion(int replica);

    /// What people call a column of a conflict's row ("Notes" for notes), the column itself if it has no name.
    static QString fieldName(const QString& column);

public slots:
    void reload();

signals:
    /// Show this item in the workspace and select it in the navigator.
    void openItem(const QString& itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelected();
    QString selectedId() const;
    QString fieldValue(const QString& column, const QJsonValue& value) const;

    Workbook* m_wb;
    QList<TeamMember> m_team; ///< to show a member's name for the member ids of a version
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_detailTitle;
    QScrollArea* m_scroll;
    QWidget* m_columns;
    QHBoxLayout* m_columnsLayout;
    QList<QPushButton*> m_takeButtons;
    QPushButton* m_goToItem;
    QPushButton* m_close;
};

} // namespace ismap::ui
