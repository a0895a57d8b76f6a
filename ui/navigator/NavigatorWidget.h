#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class CatalogTreeModel;
class NavigatorFilter;

/**
 * The navigator: a filter bar (full-text search, status, assignee, mandatory only, with deviations) over
 * the catalog tree. Results update as the user types; selecting an item announces it.
 */
class NavigatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NavigatorWidget(QWidget* parent = nullptr);

    void setWorkbook(Workbook* wb);
    CatalogTreeModel* model() const { return m_model; }
    NavigatorFilter* filter() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* assigneeBox() const { return m_assignee; }
    QCheckBox* mandatoryBox() const { return m_mandatory; }
    QCheckBox* deviationsBox() const { return m_deviations; }

    /// The selected item's ID, or empty.
    QString currentItem() const;
    /// Selects and reveals @p itemId (clearing filters that hide it).
    void selectItem(const QString& itemId);
    /// The selected statement items (several with Ctrl or Shift), or the current one; in selection order.
    QStringList selectedItems() const;
    /// Statement item IDs in tree order that the current filter shows.
    QStringList visibleItems() const;
    /// Applies the search text now (the field also does this as the user types).
    void applySearch();

signals:
    void itemSelected(const QString& itemId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillAssignees();
    void afterFilterChange();
    void countShown();
    void fitColumns();

    Workbook* m_wb = nullptr;
    CatalogTreeModel* m_model;
    NavigatorFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_assignee;
    QCheckBox* m_mandatory;
    QCheckBox* m_deviations;
    QLabel* m_count;
    QTreeView* m_tree;
};

} // namespace ismap::ui
