#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace ismap::ui {

class EvidencePanel;

/**
 * What can be done with the evidence selected in an item's evidence table, offered as its context menu: edit the
 * description, unlink it from the item (undoable: undo links it again), and remove it from the vault when the item
 * was its only link — the engine refuses evidence still linked elsewhere, answering a request, a sample's population
 * list or in a finalised engagement.
 */
class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    explicit EvidenceActions(EvidencePanel* panel);
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }
    QList<QAction*> actions() const;
    QAction* editAction() const { return m_edit; }
    QAction* unlinkAction() const { return m_unlink; }
    QAction* removeAction() const { return m_remove; }

    /// Sets the description of evidence @p ref, undoably. Returns false if refused (the message is shown).
    bool editDescription(const QString& ref, const QString& description);
    /// Unlinks @p ref from the shown item (every link to it, its steps, samples and findings), undoably.
    bool unlink(const QString& ref);
    /// Unlinks @p ref from the shown item and removes it from the vault, after asking. Not undoable.
    bool remove(const QString& ref);
    /// Test seam: the next description dialog returns @p text without showing anything.
    static void setNextDescription(const QString& text);
    void updateActions();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslateUi();
    QString currentRef() const;

    EvidencePanel* m_panel;
    QUndoStack* m_undo = nullptr;
    QAction* m_edit;
    QAction* m_unlink;
    QAction* m_remove;
};

} // namespace ismap::ui
