#include "findings/FindingsPanel.h"

#include "commands/FieldworkCommands.h"
#include "common/Clock.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Procedures.h"
#include "fieldwork/Sampling.h"
#include "findings/FindingsModel.h"
#include "shell/Messages.h"
#include "shell/SplitterMemory.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ismap::ui {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTableView(this))
    , m_model(new FindingsModel(this))
    , m_newTitle(new QLineEdit(this))
    , m_new(new QPushButton(this))
    , m_deviations(new QComboBox(this))
    , m_fromDeviation(new QPushButton(this))
    , m_editorTitle(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(FindingsModel::ColTitle, QHeaderView::Stretch);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_newTitle, 1);
    newRow->addWidget(m_new);
    leftLayout->addLayout(newRow);
    auto* devRow = new QHBoxLayout;
    devRow->addWidget(m_deviations, 1);
    devRow->addWidget(m_fromDeviation);
    leftLayout->addLayout(devRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_editorTitle->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_editorTitle);
    auto* form = new QFormLayout;
    auto addRow = [&](QWidget* field) {
        auto* label = new QLabel(right);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_title);
    for (int i = 0; i < 4; ++i) {
        auto* t = new QPlainTextEdit(right);
        t->setTabChangesFocus(true);
        t->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        m_texts << t;
        addRow(t);
    }
    addRow(m_severity);
    auto* response = new QPlainTextEdit(right);
    response->setTabChangesFocus(true);
    response->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_texts << response;
    addRow(response);
    addRow(m_status);
    rightLayout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch(1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    SplitterMemory::remember(m_splitter, { 400, 600 }); // the editor needs the room more than the list
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The list's context menu: what can be done with the selected finding.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_withdraw = new QAction(this);
    connect(m_withdraw, &QAction::triggered, this, [this] { withdrawSelected(); });
    m_copyRef = new QAction(this);
    connect(m_copyRef, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(currentRef()); });
    m_list->addActions({ m_copyRef, m_withdraw });
    m_copyRef->setEnabled(false);
    m_withdraw->setEnabled(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const std::optional<Finding> f
            = m_wb && !currentRef().isEmpty() ? Findings::byRef(*m_wb, currentRef()) : std::nullopt;
        m_copyRef->setEnabled(f.has_value());
        m_withdraw->setEnabled(f && f->status == u"draft");
    });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            commitPending(); // the finding being left keeps what was typed into it
        fillEditor();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_discard, &QPushButton::clicked, this, &FindingsPanel::fillEditor);
    connect(m_new, &QPushButton::clicked, this, &FindingsPanel::raiseNew);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &FindingsPanel::raiseNew);
    connect(m_fromDeviation, &QPushButton::clicked, this, &FindingsPanel::raiseFromDeviation);
    retranslateUi();
}

void FindingsPanel::resizeEvent(QResizeEvent* event)
{
    // Side by side when there is room for the editor's labels and text; otherwise the editor goes below the list
    // (at 1280×800 beside the navigator), so that neither is squashed.
    m_splitter->setOrientation(event->size().width() >= 900 ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

bool FindingsPanel::withdrawSelected()
{
    const QString ref = currentRef();
    if (!m_wb || ref.isEmpty()
        || !Messages::confirm(this, tr("Withdraw finding"),
                              tr("Withdraw draft finding %1? It was raised in error; the trail keeps it.").arg(ref)))
        return false;
    try {
        Findings::withdraw(*m_wb, ref);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot withdraw the finding"), e.message());
        return false;
    }
    reload();
    return true;
}

void FindingsPanel::setContext(Workbook* wb, QUndoStack* undo)
{
    m_wb = wb;
    m_undo = undo;
    m_shown.reset(); // another workbook: nothing shown belongs to it
    m_newTitle->clear();
}

void FindingsPanel::showItem(const QString& itemId)
{
    m_itemId = itemId;
    reload();
}

QString FindingsPanel::currentRef() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(FindingsModel::RefRole).toString() : QString();
}

void FindingsPanel::selectFinding(const QString& ref)
{
    const int row = m_model->rowOf(ref);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void FindingsPanel::reload(const QString& selectRef)
{
    const QString keep = selectRef.isEmpty() ? currentRef() : selectRef;
    // What is being typed survives the reload when the same finding is shown again.
    bool dirty = false;
    const FindingEdit typed = editorChanges(&dirty);
    const QString typedRef = m_shown ? m_shown->ref : QString();
    m_reloading = true;
    QList<Finding> findings;
    QHash<qint64, QString> sources;
    const QSignalBlocker block(m_deviations);
    m_deviations->clear();
    if (m_wb && !m_itemId.isEmpty()) {
        findings = Findings::forItem(*m_wb, m_itemId);
        // The engine says which deviations there are and which finding covers each; this box only shows them.
        m_deviationList = Findings::deviations(*m_wb, m_itemId);
        for (const Deviation& d : m_deviationList) {
            if (d.sampleItemId)
                m_deviations->addItem(d.coveredBy.isEmpty()
                                          ? tr("%1: failed").arg(sampleName(d.setId, d.sampleSeq, d.populationIndex))
                                          : tr("%1: failed (finding %2)")
                                                .arg(sampleName(d.setId, d.sampleSeq, d.populationIndex), d.coveredBy));
            else
                m_deviations->addItem(d.coveredBy.isEmpty()
                                          ? tr("Step %1: deviation").arg(d.stepSeq)
                                          : tr("Step %1: deviation (finding %2)").arg(d.stepSeq).arg(d.coveredBy));
        }
        // Where each finding came from, named as its step or sample item is.
        QHash<qint64, QString> stepName, sampleItemName;
        for (const ProcedureStep& s : Procedures::steps(*m_wb, m_itemId))
            stepName.insert(s.id, tr("Step %1").arg(s.seq));
        for (const SampleSet& set : Sampling::sets(*m_wb, m_itemId))
            for (const SampleItem& it : set.items)
                sampleItemName.insert(it.id, sampleName(set.id, it.seq, it.populationIndex));
        for (const Finding& f : findings) {
            if (f.sampleItemId)
                sources.insert(f.id, sampleItemName.value(*f.sampleItemId));
            else if (f.stepId)
                sources.insert(f.id, stepName.value(*f.stepId, tr("Step")));
        }
    } else {
        m_deviationList.clear();
    }
    // With a placeholder text the box does not pick its first entry by itself.
    m_deviations->setCurrentIndex(m_deviations->count() > 0 ? 0 : -1);
    m_deviations->setEnabled(m_deviations->count() > 0);
    m_fromDeviation->setEnabled(m_deviations->count() > 0);
    m_deviations->setPlaceholderText(tr("No deviations recorded on this item"));
    m_new->setEnabled(m_wb && !m_itemId.isEmpty());
    fillChoices();
    m_model->setFindings(findings, sources);
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setSectionResizeMode(FindingsModel::ColTitle, QHeaderView::Stretch);
    const int row = m_model->rowOf(keep);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    fillEditor();
    m_reloading = false;
    if (dirty && m_shown && m_shown->ref == typedRef)
        applyTyped(typed);
}

void FindingsPanel::fillChoices()
{
    const QSignalBlocker b1(m_severity);
    const QSignalBlocker b2(m_status);
    m_severity->clear();
    m_severity->addItem(tr("Not rated"), QString());
    if (m_wb)
        for (const QString& s : Findings::severityScale(*m_wb))
            m_severity->addItem(FindingsModel::severityDisplayName(s), s);
    m_status->clear();
    for (const QString& s : Findings::statuses())
        m_status->addItem(FindingsModel::statusDisplayName(s), s);
}

void FindingsPanel::fillEditor()
{
    const int row = m_list->currentIndex().row();
    const bool has = row >= 0 && row < m_model->findings().size();
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_severity, m_status, m_save, m_discard })
        w->setEnabled(has);
    for (QPlainTextEdit* t : m_texts)
        t->setEnabled(has);
    m_shown.reset();
    if (!has) {
        m_editorTitle->setText(tr("Select a finding, or raise one."));
        m_title->clear();
        for (QPlainTextEdit* t : m_texts)
            t->clear();
        return;
    }
    const Finding& f = m_model->findings().at(row);
    m_shown = f;
    m_shownTitle = f.titleText();
    m_editorTitle->setText(tr("Finding %1, raised by %2 at %3").arg(f.ref, f.raisedBy, Clock::shown(f.raisedAt)));
    m_title->setText(m_shownTitle);
    m_title->setCursorPosition(0);
    const QString* values[] = { &f.condition, &f.criteria, &f.cause, &f.effect, &f.response };
    for (int i = 0; i < m_texts.size(); ++i)
        m_texts[i]->setPlainText(*values[i]);
    int s = m_severity->findData(f.severity);
    if (s < 0) {
        // A value no longer on the engagement's scale: show it rather than silently changing it on save.
        m_severity->addItem(f.severity, f.severity);
        s = m_severity->count() - 1;
    }
    m_severity->setCurrentIndex(s);
    m_status->setCurrentIndex(qMax(0, m_status->findData(f.status)));
}

FindingEdit FindingsPanel::editorChanges(bool* changed) const
{
    FindingEdit e;
    *changed = false;
    if (!m_shown)
        return e;
    const Finding& f = *m_shown;
    auto take = [&](std::optional<QString>& field, const QString& now, const QString& before) {
        if (now.trimmed() != before) {
            field = now.trimmed();
            *changed = true;
        }
    };
    take(e.title, m_title->text(), m_shownTitle);
    take(e.condition, conditionField()->toPlainText(), f.condition);
    take(e.criteria, criteriaField()->toPlainText(), f.criteria);
    take(e.cause, causeField()->toPlainText(), f.cause);
    take(e.effect, effectField()->toPlainText(), f.effect);
    take(e.response, responseField()->toPlainText(), f.response);
    take(e.severity, m_severity->currentData().toString(), f.severity);
    take(e.status, m_status->currentData().toString(), f.status);
    return e;
}

void FindingsPanel::applyTyped(const FindingEdit& typed)
{
    if (typed.title)
        m_title->setText(*typed.title);
    const std::optional<QString>* texts[]
        = { &typed.condition, &typed.criteria, &typed.cause, &typed.effect, &typed.response };
    for (int i = 0; i < m_texts.size(); ++i)
        if (*texts[i])
            m_texts[i]->setPlainText(**texts[i]);
    if (typed.severity)
        m_severity->setCurrentIndex(qMax(0, m_severity->findData(*typed.severity)));
    if (typed.status)
        m_status->setCurrentIndex(qMax(0, m_status->findData(*typed.status)));
}

bool FindingsPanel::saveChanges()
{
    if (!m_wb || !m_undo || !m_shown)
        return false;
    bool changed = false;
    const FindingEdit e = editorChanges(&changed);
    if (!changed)
        return false;
    const QString ref = m_shown->ref;
    const QString select = currentRef(); // another finding when the user just chose one
    // Not EngineCommand::push: what is shown is forgotten between the apply and the push, so nothing the stack's
    // signals start can read the saved edit as still unsaved.
    auto cmd = std::make_unique<EditFindingCommand>(*m_wb, ref, e);
    try {
        cmd->apply();
    } catch (const AuditError& err) {
        Messages::error(this, tr("Cannot save the finding"), err.message());
        return false;
    }
    m_shown.reset(); // saved: the reload below fills the editor from the engine
    m_undo->push(cmd.release());
    reload(select.isEmpty() ? ref : select);
    return true;
}

void FindingsPanel::commitPending()
{
    saveChanges();
}

QStringList FindingsPanel::unsavedTexts() const
{
    QStringList out;
    bool changed = false;
    const FindingEdit e = editorChanges(&changed);
    if (changed) {
        const std::optional<QString>* fields[]
            = { &e.title, &e.condition, &e.criteria, &e.cause, &e.effect, &e.severity, &e.response, &e.status };
        for (int i = 0; i < m_labels.size() && i < 8; ++i)
            if (*fields[i])
                out << describe(tr("Finding %1, %2").arg(m_shown->ref, m_labels[i]->text().remove(u':').remove(u'：')),
                                **fields[i]);
    }
    if (!m_newTitle->text().trimmed().isEmpty())
        out << describe(tr("Title of a new finding"), m_newTitle->text());
    return out;
}

void FindingsPanel::discardUnsaved()
{
    m_newTitle->clear();
    fillEditor();
}

bool FindingsPanel::raiseNew()
{
    if (!m_wb || m_itemId.isEmpty())
        return false;
    // A draft with only its title: the engine refuses one without a title, as `ismapctl finding add` does.
    Finding f;
    f.itemId = m_itemId;
    f.title = m_newTitle->text().trimmed();
    if (!raise(f)) {
        m_newTitle->setFocus();
        return false;
    }
    m_newTitle->clear();
    return true;
}

bool FindingsPanel::raise(const Finding& f)
{
    if (!m_wb || !m_undo)
        return false;
    const RaiseFindingCommand* raised = EngineCommand::push(*m_undo, std::make_unique<RaiseFindingCommand>(*m_wb, f),
                                                            this, tr("Cannot raise the finding"));
    if (!raised)
        return false;
    reload(raised->ref());
    return true;
}

bool FindingsPanel::raiseFromDeviation()
{
    const int i = m_deviations->currentIndex();
    if (!m_wb || m_itemId.isEmpty() || i < 0 || i >= m_deviationList.size())
        return false;
    return raise(m_deviationList.at(i).draft());
}

QString FindingsPanel::sampleName(qint64 setId, int seq, qint64 populationIndex)
{
    return tr("Sample %1 item %2 (population #%3)").arg(setId).arg(seq).arg(populationIndex);
}

void FindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslateUi()
{
    m_copyRef->setText(tr("&Copy reference"));
    m_withdraw->setText(tr("&Withdraw draft finding…"));
    m_list->setAccessibleName(tr("Findings of the item"));
    m_newTitle->setAccessibleName(tr("Title of a new finding"));
    m_newTitle->setPlaceholderText(tr("Title of a new finding"));
    m_new->setText(tr("Raise &new finding"));
    m_new->setAccessibleName(tr("Raise a new finding"));
    m_deviations->setAccessibleName(tr("Deviations of the item"));
    m_fromDeviation->setText(tr("Raise from &deviation"));
    m_fromDeviation->setAccessibleName(tr("Raise a finding from the chosen deviation"));
    m_editorTitle->setAccessibleName(tr("Selected finding"));
    const QStringList labels { tr("Title:"),
                               tr("Condition:"),
                               tr("Criteria:"),
                               tr("Cause:"),
                               tr("Effect:"),
                               tr("Severity:"),
                               tr("Management response (CSP):"),
                               tr("Status:") };
    const QStringList names { tr("Finding title"),
                              tr("Condition: what was found"),
                              tr("Criteria: what was expected"),
                              tr("Cause"),
                              tr("Effect"),
                              tr("Severity"),
                              tr("Management response of the CSP"),
                              tr("Finding status") };
    QList<QWidget*> fields {
        m_title, m_texts[0], m_texts[1], m_texts[2], m_texts[3], m_severity, m_texts[4], m_status
    };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
        fields[i]->setAccessibleName(names[i]);
    }
    m_status->setToolTip(tr("Agreeing or closing a finding needs a reviewer or the lead"));
    m_save->setText(tr("&Save changes"));
    m_save->setAccessibleName(tr("Save the finding's changes"));
    m_discard->setText(tr("Discard changes"));
    m_discard->setAccessibleName(tr("Discard the unsaved changes"));
}

} // namespace ismap::ui
