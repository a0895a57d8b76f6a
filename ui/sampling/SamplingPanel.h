#pragma once

#include "commands/PendingEdits.h"
#include "fieldwork/FieldworkTypes.h"
#include "fieldwork/Sampling.h"

#include <QHash>
#include <QWidget>
#include <cstdint>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace ismap {
class Workbook;
}

namespace ismap::ui {

class SampleItemsModel;

/**
 * Sampling for one item: its sample sets, a form to draw a new one (population, control frequency, the
 * sample size the engagement's table gives, shown live; an optional seed), the drawn set's seed and
 * algorithm with a re-performance check, and its items with their attribute results. Results go through
 * SetSampleResultCommand on the undo stack; a failing item is a deviation and raises a draft finding in
 * the engine. Drawing is an audit act recorded in the trail and is not undoable: a sample cannot be
 * quietly drawn again until it looks convenient. A sample item's texts are saved as you go once it has its result
 * (leaving it saves them as one undoable edit); the texts of an item without a result, and a description typed for
 * a sample not drawn, are kept while the item is shown and asked about when it is left.
 */
class SamplingPanel : public QWidget, public PendingEdits
{
    Q_OBJECT
public:
    explicit SamplingPanel(QWidget* parent = nullptr);
    void setContext(Workbook* wb, QUndoStack* undo);
    void showItem(const QString& itemId);

    QComboBox* setsBox() const { return m_sets; }
    QLineEdit* descriptionField() const { return m_description; }
    QSpinBox* populationField() const { return m_population; }
    QComboBox* frequencyBox() const { return m_frequency; }
    QLineEdit* seedField() const { return m_seed; }
    QLabel* sizeLabel() const { return m_size; }
    QPushButton* drawButton() const { return m_draw; }
    QPushButton* drawFromListButton() const { return m_drawFromList; }
    QLabel* setInfoLabel() const { return m_setInfo; }
    QPushButton* reperformButton() const { return m_reperform; }
    QLabel* reperformLabel() const { return m_reperformResult; }
    QTableView* table() const { return m_table; }
    SampleItemsModel* model() const { return m_model; }
    QLineEdit* labelField() const { return m_label; }
    QLineEdit* attributesField() const { return m_attributes; }
    QLineEdit* notesField() const { return m_notes; }
    QPushButton* resultButton(SampleResult result) const;

    /// Draws a sample with the form's values. Returns false if refused (the message is shown).
    bool drawSample();
    /// Draws from the CSP's ledger at @p path (CSV or XLSX): its record count is the population, the file is kept as
    /// evidence and the drawn items name their records. Returns false if refused (the message is shown).
    bool drawFromList(const QString& path);
    /// Records @p result with the editor's fields for the selected sample item. Returns false if refused.
    bool recordResult(SampleResult result);
    /// Re-performs the shown set's selection from its seed; true when it matches what was recorded.
    bool reperform();
    qint64 currentSetId() const;
    /// The selected sample item's draw order (1-based), or 0.
    int currentSeq() const;

    void commitPending() override;
    QStringList unsavedTexts() const override;
    void discardUnsaved() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The seed the user typed into @p seed (none when the field is empty); false, after saying why, if it is none.
    bool seedFromField(std::optional<std::uint64_t>* seed);
    void retranslateUi();
    void reload(qint64 selectSet = 0);
    void fillFrequencies();
    void showSet();
    void updateSize();
    void updateEditor();
    /// Takes the editor's texts for the sample item it shows into m_typed (when they differ from what is stored).
    void keepTyped();
    struct Typed
    {
        qint64 setId = 0;
        int seq = 0;
        QString label, attributes, notes;
    };
    Workbook* m_wb = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_itemId;
    QComboBox* m_sets;
    QGroupBox* m_drawBox;
    QLineEdit* m_description;
    QSpinBox* m_population;
    QComboBox* m_frequency;
    QLineEdit* m_seed;
    QLabel* m_size;
    QPushButton* m_draw;
    QPushButton* m_drawFromList;
    QLabel* m_setInfo;
    QPushButton* m_reperform;
    QLabel* m_reperformResult;
    QTableView* m_table;
    SampleItemsModel* m_model;
    QLineEdit* m_label;
    QLineEdit* m_attributes;
    QLineEdit* m_notes;
    QList<QPushButton*> m_resultButtons;
    QList<QLabel*> m_formLabels;
    QLabel* m_setsLabel;
    std::optional<SampleItem> m_shown; ///< the sample item the editor shows, as stored
    QHash<qint64, Typed> m_typed; ///< texts typed but not saved, by sample item
    QString m_descriptionPrefill; ///< the draw form's description as the statement gave it
    bool m_reloading = false;
};

} // namespace ismap::ui
