#include "sampling/SamplingPanel.h"

#include "common/Clock.h"
#include "workspace/ItemWorkspace.h"

#include "commands/FieldworkCommands.h"
#include "evidence/PopulationList.h"
#include "fieldwork/Findings.h"
#include "fieldwork/Sampling.h"
#include "sampling/SampleItemsModel.h"
#include "shell/Messages.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <limits>

namespace ismap::ui {

namespace {
const SampleResult kSampleResults[] = { SampleResult::Pass, SampleResult::Fail, SampleResult::NotApplicable };

} // namespace

SamplingPanel::SamplingPanel(QWidget* parent)
    : QWidget(parent)
    , m_sets(new QComboBox(this))
    , m_drawBox(new QGroupBox(this))
    , m_description(new QLineEdit(this))
    , m_population(new QSpinBox(this))
    , m_frequency(new QComboBox(this))
    , m_seed(new QLineEdit(this))
    , m_size(new QLabel(this))
    , m_draw(new QPushButton(this))
    , m_drawFromList(new QPushButton(this))
    , m_setInfo(new QLabel(this))
    , m_reperform(new QPushButton(this))
    , m_reperformResult(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new SampleItemsModel(this))
    , m_label(new QLineEdit(this))
    , m_attributes(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_setsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("samplingPanel"));
    // 0 shows as "count not known": the statement named the records without a count, and none was entered yet.
    m_population->setRange(0, std::numeric_limits<int>::max());
    m_population->setGroupSeparatorShown(true);
    m_seed->setMaxLength(20);
    m_size->setWordWrap(true);
    m_setInfo->setWordWrap(true);
    m_setInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reperformResult->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SampleItemsModel::ColNotes, QHeaderView::Stretch);

    auto* setsRow = new QHBoxLayout;
    setsRow->addWidget(m_setsLabel);
    setsRow->addWidget(m_sets, 1);
    m_setsLabel->setBuddy(m_sets);

    // Mnemonics avoid the menu bar's letters (F, E, V, L, W, H) and the walk's Alt+digit shortcuts.
    auto* form = new QFormLayout;
    auto addRow = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels << label;
        form->addRow(label, field);
    };
    addRow(m_description);
    addRow(m_population);
    addRow(m_frequency);
    addRow(m_seed);
    auto* drawRow = new QHBoxLayout;
    drawRow->addWidget(m_size, 1);
    drawRow->addWidget(m_drawFromList);
    drawRow->addWidget(m_draw);
    auto* drawLayout = new QVBoxLayout(m_drawBox);
    drawLayout->addLayout(form);
    drawLayout->addLayout(drawRow);

    auto* infoRow = new QHBoxLayout;
    infoRow->addWidget(m_setInfo, 1);
    infoRow->addWidget(m_reperform);

    auto* editor = new QFormLayout;
    for (QLineEdit* field : { m_label, m_attributes, m_notes }) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels << label;
        editor->addRow(label, field);
    }
    auto* buttons = new QHBoxLayout;
    for (SampleResult r : kSampleResults) {
        auto* b = new QPushButton(this);
        connect(b, &QPushButton::clicked, this, [this, r] { recordResult(r); });
        buttons->addWidget(b);
        m_resultButtons << b;
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(setsRow);
    layout->addWidget(m_drawBox);
    layout->addLayout(infoRow);
    layout->addWidget(m_reperformResult);
    layout->addWidget(m_table, 1);
    layout->addLayout(editor);
    layout->addLayout(buttons);

    connect(m_sets, &QComboBox::currentIndexChanged, this, &SamplingPanel::showSet);
    connect(m_population, &QSpinBox::valueChanged, this, &SamplingPanel::updateSize);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &SamplingPanel::updateSize);
    connect(m_draw, &QPushButton::clicked, this, &SamplingPanel::drawSample);
    connect(m_drawFromList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Population list"), QString(),
                                                          tr("Ledgers (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            drawFromList(path);
    });
    connect(m_reperform, &QPushButton::clicked, this, &SamplingPanel::reperform);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SamplingPanel::updateEditor);
    retranslateUi();
}

void SamplingPanel::setContext(Workbook* wb, QUndoStack* undo)
{
    m_typed.clear(); // another workbook: nothing typed belongs to it
    m_shown.reset();
    m_itemId.clear();
    m_descriptionPrefill.clear();
    m_description->clear();
    m_seed->clear();
    m_wb = wb;
    m_undo = undo;
}

void SamplingPanel::showItem(const QString& itemId)
{
    const bool sameItem = itemId == m_itemId;
    if (!sameItem) {
        commitPending();
        m_typed.clear(); // what could not be saved was asked about before the item was left
        m_descriptionPrefill.clear();
        m_description->clear();
    }
    m_itemId = itemId;
    if (!sameItem && m_wb && !itemId.isEmpty()) {
        // A new item: the draw form starts from what the statement says about the control.
        const std::optional<StatementEntry> st = StatementBook::entry(*m_wb, itemId);
        m_descriptionPrefill = st ? st->populationText : QString();
        m_description->setText(m_descriptionPrefill);
        m_population->setValue(st && st->population && *st->population > 0 ? int(*st->population) : 0);
        m_seed->clear();
        fillFrequencies();
        const int f = st ? m_frequency->findData(st->frequency) : -1;
        if (f >= 0)
            m_frequency->setCurrentIndex(f);
    }
    reload();
}

void SamplingPanel::fillFrequencies()
{
    const QString current = m_frequency->currentData().toString();
    const QSignalBlocker block(m_frequency);
    m_frequency->clear();
    if (m_wb)
        for (const QString& key : SamplingTable::ofEngagement(*m_wb).frequencies())
            m_frequency->addItem(frequencyDisplayName(key), key);
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(current)));
}

void SamplingPanel::reload(qint64 selectSet)
{
    keepTyped();
    m_reloading = true;
    const qint64 previousSet = currentSetId();
    const qint64 keepSet = selectSet ? selectSet : previousSet;
    const int keepRow = m_table->currentIndex().row();
    {
        const QSignalBlocker block(m_sets);
        m_sets->clear();
        if (m_wb && !m_itemId.isEmpty()) {
            for (const SampleSet& s : Sampling::sets(*m_wb, m_itemId)) {
                QString text = tr("Sample %1: %2 of %3 (%4)")
                                   .arg(s.id)
                                   .arg(s.size)
                                   .arg(s.population)
                                   .arg(frequencyDisplayName(s.frequency));
                if (!s.description.isEmpty())
                    text += u" — " + s.description;
                m_sets->addItem(text, s.id);
            }
        }
        const int i = m_sets->findData(keepSet);
        m_sets->setCurrentIndex(i >= 0 ? i : m_sets->count() - 1);
    }
    m_sets->setEnabled(m_sets->count() > 0);
    if (m_sets->count() == 0)
        m_sets->setPlaceholderText(tr("No sample drawn yet"));
    showSet();
    if (currentSetId() == previousSet && keepRow >= 0 && keepRow < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(keepRow, 0));
    updateEditor();
    m_reloading = false;
    updateSize();
}

void SamplingPanel::showSet()
{
    std::optional<SampleSet> set;
    QHash<qint64, QString> refs;
    if (m_wb && currentSetId() != 0) {
        set = Sampling::set(*m_wb, currentSetId());
        for (const Finding& f : Findings::forItem(*m_wb, m_itemId))
            if (f.sampleItemId && !refs.contains(*f.sampleItemId))
                refs.insert(*f.sampleItemId, f.ref);
    }
    m_model->setSampleSet(set, refs);
    m_reperformResult->clear();
    if (!set) {
        m_setInfo->setText(tr("Draw a sample to test the control's operation over the period."));
        m_reperform->setEnabled(false);
    } else {
        int deviations = 0;
        for (const SampleItem& i : set->items)
            deviations += i.result == SampleResult::Fail;
        m_setInfo->setText(
            tr("Seed %1 · algorithm %2 · sampling table %3 · drawn by %4 at %5")
                .arg(set->seed, set->algorithm, set->samplingTable, set->drawnBy, Clock::shown(set->drawnAt))
            + u'\n' + tr("%n deviation(s) in this sample.", nullptr, deviations));
        m_reperform->setEnabled(true);
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SampleItemsModel::ColNotes, QHeaderView::Stretch);
    updateEditor();
}

void SamplingPanel::updateSize()
{
    m_draw->setEnabled(m_wb && !m_itemId.isEmpty() && m_frequency->count() > 0);
    m_drawFromList->setEnabled(m_draw->isEnabled());
    if (!m_wb || m_frequency->count() == 0) {
        m_size->clear();
        return;
    }
    const qint64 population = m_population->value();
    if (population == 0) {
        m_size->setText(tr("Enter the population count: the number of records in the CSP's ledger for the period."));
        m_size->setProperty("sampleSize", QVariant());
        return;
    }
    try {
        const SamplingTable table = SamplingTable::ofEngagement(*m_wb);
        const qint64 size = table.sizeFor(m_frequency->currentData().toString(), population);
        m_size->setText(size >= population
                            ? tr("Sample size: all %1 (the population is at or below the table's size; table %2)")
                                  .arg(population)
                                  .arg(table.version())
                            : tr("Sample size: %1 of %2 (table %3)").arg(size).arg(population).arg(table.version()));
        m_size->setProperty("sampleSize", size);
    } catch (const AuditError& e) {
        m_size->setText(e.message());
        m_size->setProperty("sampleSize", QVariant());
    }
}

void SamplingPanel::updateEditor()
{
    keepTyped();
    if (!m_reloading)
        commitPending(); // the sample item being left keeps its texts
    m_shown.reset();
    const QModelIndex current = m_table->currentIndex();
    const std::optional<SampleSet>& set = m_model->sampleSet();
    const bool has = current.isValid() && set;
    for (QWidget* w : std::initializer_list<QWidget*> { m_label, m_attributes, m_notes })
        w->setEnabled(has);
    for (QPushButton* b : m_resultButtons)
        b->setEnabled(has);
    if (!has) {
        m_label->clear();
        m_attributes->clear();
        m_notes->clear();
        return;
    }
    const SampleItem& i = set->items.at(current.row());
    m_shown = i;
    const auto typed = m_typed.constFind(i.id);
    m_label->setText(typed != m_typed.cend() ? typed->label : i.label);
    m_attributes->setText(typed != m_typed.cend() ? typed->attributes : SampleItemsModel::attributesText(i.attributes));
    m_notes->setText(typed != m_typed.cend() ? typed->notes : i.notes);
}

void SamplingPanel::keepTyped()
{
    if (!m_shown)
        return;
    const Typed t { m_shown->setId, m_shown->seq, m_label->text(), m_attributes->text(), m_notes->text() };
    if (t.label != m_shown->label || t.notes != m_shown->notes
        || t.attributes != SampleItemsModel::attributesText(m_shown->attributes))
        m_typed.insert(m_shown->id, t);
    else
        m_typed.remove(m_shown->id);
}

void SamplingPanel::commitPending()
{
    keepTyped();
    if (!m_wb || !m_undo)
        return;
    const QHash<qint64, Typed> typed = m_typed;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const std::optional<SampleSet> set = Sampling::set(*m_wb, it->setId);
        if (!set || it->seq < 1 || it->seq > set->items.size() || !set->items.at(it->seq - 1).result)
            continue; // no result yet: kept, and asked about when the item is left
        // The item's result as it is, with the new texts: one undoable edit.
        auto cmd = std::make_unique<SetSampleResultCommand>(
            *m_wb, it->setId, it->seq, *set->items.at(it->seq - 1).result, it->notes.trimmed(),
            SampleItemsModel::parseAttributes(it->attributes), it->label.trimmed());
        if (!EngineCommand::push(*m_undo, std::move(cmd), this, tr("Cannot save the sample item")))
            continue;
        m_typed.remove(it.key());
        if (m_shown && m_shown->id == it.key())
            m_shown.reset(); // saved: the editor is filled from the engine again
    }
}

QStringList SamplingPanel::unsavedTexts() const
{
    QStringList out;
    QHash<qint64, Typed> typed = m_typed;
    if (m_shown) {
        const Typed t { m_shown->setId, m_shown->seq, m_label->text(), m_attributes->text(), m_notes->text() };
        if (t.label != m_shown->label || t.notes != m_shown->notes
            || t.attributes != SampleItemsModel::attributesText(m_shown->attributes))
            typed.insert(m_shown->id, t);
    }
    for (const Typed& t : std::as_const(typed)) {
        QStringList texts;
        for (const QString& x : { t.label, t.attributes, t.notes })
            if (!x.trimmed().isEmpty())
                texts << x.trimmed();
        out << describe(tr("Sample %1 item %2 (no result recorded yet)").arg(t.setId).arg(t.seq),
                        texts.join(QStringLiteral(" · ")));
    }
    if (m_description->text().trimmed() != m_descriptionPrefill.trimmed())
        out << describe(tr("Description of the sample to draw"), m_description->text());
    return out;
}

void SamplingPanel::discardUnsaved()
{
    m_typed.clear();
    m_shown.reset();
    m_description->setText(m_descriptionPrefill);
    updateEditor();
}

qint64 SamplingPanel::currentSetId() const
{
    return m_sets->currentData().toLongLong();
}

int SamplingPanel::currentSeq() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(SampleItemsModel::SeqRole).toInt() : 0;
}

QPushButton* SamplingPanel::resultButton(SampleResult result) const
{
    for (int i = 0; i < m_resultButtons.size(); ++i)
        if (kSampleResults[i] == result)
            return m_resultButtons[i];
    return nullptr;
}

bool SamplingPanel::seedFromField(std::optional<std::uint64_t>* seed)
{
    const QString text = m_seed->text().trimmed();
    if (text.isEmpty())
        return true; // a random seed, recorded with the draw
    bool ok = false;
    *seed = text.toULongLong(&ok);
    if (!ok)
        Messages::error(this, tr("Cannot draw the sample"),
                        tr("Seed \"%1\" is not a number from 0 to 18446744073709551615.").arg(text));
    return ok;
}

bool SamplingPanel::drawSample()
{
    if (!m_wb || !m_undo || m_itemId.isEmpty())
        return false;
    std::optional<std::uint64_t> seed;
    if (!seedFromField(&seed))
        return false;
    if (m_sets->count() > 0
        && !Messages::confirm(this, tr("Draw another sample"),
                              tr("Item %1 already has %n sample(s). Another draw is recorded in the audit trail "
                                 "next to the earlier ones. Draw another?",
                                 nullptr, m_sets->count())
                                  .arg(m_itemId)))
        return false;
    qint64 population = 0;
    try {
        population = Sampling::populationCount(
            *m_wb, m_itemId, m_population->value() > 0 ? std::optional<qint64>(m_population->value()) : std::nullopt);
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot draw the sample"), e.message());
        m_population->setFocus();
        return false;
    }
    auto cmd = std::make_unique<DrawSampleCommand>(*m_wb, m_itemId, population, m_frequency->currentData().toString(),
                                                   seed, m_description->text().trimmed());
    const DrawSampleCommand* drawn = EngineCommand::push(*m_undo, std::move(cmd), this, tr("Cannot draw the sample"));
    if (!drawn)
        return false;
    const qint64 setId = drawn->setId();
    m_seed->clear();
    reload(setId);
    return true;
}

bool SamplingPanel::drawFromList(const QString& path)
{
    if (!m_wb || m_itemId.isEmpty())
        return false;
    std::optional<std::uint64_t> seed;
    if (!seedFromField(&seed))
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a ledger of a million records takes a second or two
    try {
        const SampleSet s = PopulationList::drawFrom(*m_wb, m_itemId, path, m_frequency->currentData().toString(), seed,
                                                     std::nullopt, m_description->text().trimmed());
        QGuiApplication::restoreOverrideCursor();
        m_seed->clear();
        reload(s.id);
        return true;
    } catch (const AuditError& e) {
        QGuiApplication::restoreOverrideCursor();
        Messages::error(this, tr("Cannot draw the sample"), e.message());
        return false;
    }
}

bool SamplingPanel::recordResult(SampleResult result)
{
    const qint64 setId = currentSetId();
    const int seq = currentSeq();
    if (!m_wb || !m_undo || setId == 0 || seq == 0)
        return false;
    auto cmd = std::make_unique<SetSampleResultCommand>(*m_wb, setId, seq, result, m_notes->text().trimmed(),
                                                        SampleItemsModel::parseAttributes(m_attributes->text()),
                                                        m_label->text().trimmed());
    const qint64 sampleItemId = m_shown ? m_shown->id : 0;
    if (!EngineCommand::push(*m_undo, std::move(cmd), this, tr("Cannot record the sample result")))
        return false;
    m_typed.remove(sampleItemId); // recorded with the result
    m_shown.reset();
    // Record and advance: the next item is the one tested next, as in a paper sampling sheet.
    const int row = qMin(seq, m_model->rowCount() - 1);
    reload(setId);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool SamplingPanel::reperform()
{
    if (!m_wb || currentSetId() == 0)
        return false;
    try {
        const ReperformResult r = Sampling::reperform(*m_wb, currentSetId());
        m_reperformResult->setText(
            r.matches ? tr("Re-performed from the stored seed: the same %n item(s) in the same order.", nullptr,
                           int(r.recorded.size()))
                      : tr("Re-performed from the stored seed: the selection does NOT match what was recorded."));
        m_reperformResult->setProperty("matches", r.matches);
        return r.matches;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Cannot re-perform the selection"), e.message());
        return false;
    }
}

void SamplingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillFrequencies();
        reload();
    }
    QWidget::changeEvent(event);
}

void SamplingPanel::retranslateUi()
{
    m_setsLabel->setText(tr("Sa&mple:"));
    m_sets->setAccessibleName(tr("Sample sets of the item"));
    m_drawBox->setTitle(tr("Draw a new sample"));
    const QStringList labels { tr("Population des&cription:"),
                               tr("Population si&ze:"),
                               tr("Control fre&quency:"),
                               tr("Seed:"),
                               tr("La&bel:"),
                               tr("A&ttributes:"),
                               tr("N&otes:") };
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    m_description->setAccessibleName(tr("Population description"));
    m_description->setPlaceholderText(tr("What the population is, e.g. access requests approved in the period"));
    m_population->setAccessibleName(tr("Population size"));
    m_population->setSpecialValueText(tr("count not known"));
    m_population->setToolTip(tr("The number of occurrences of the control in the period"));
    m_frequency->setAccessibleName(tr("Control frequency"));
    m_frequency->setToolTip(tr("The frequencies of the engagement's sampling table"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setPlaceholderText(tr("Blank: a random seed, recorded with the sample"));
    m_size->setAccessibleName(tr("Computed sample size"));
    m_draw->setText(tr("&Draw sample"));
    m_drawFromList->setText(tr("Draw from &list…"));
    m_drawFromList->setAccessibleName(tr("Draw from a population list"));
    m_drawFromList->setToolTip(tr("Draws from the CSP's ledger (CSV or XLSX, first row the header): its record count "
                                  "is the population, the file is kept as evidence, and each drawn item names its "
                                  "record"));
    m_draw->setAccessibleName(tr("Draw sample"));
    m_draw->setToolTip(tr("Selects the items reproducibly from the seed; recorded in the audit trail, not undoable"));
    m_setInfo->setAccessibleName(tr("Seed and algorithm of the sample"));
    m_reperform->setText(tr("Re-perform from seed"));
    m_reperform->setAccessibleName(tr("Re-perform the selection from its seed"));
    m_reperformResult->setAccessibleName(tr("Result of the re-performance"));
    m_table->setAccessibleName(tr("Sample items and their results"));
    m_label->setAccessibleName(tr("Sample item label"));
    m_label->setPlaceholderText(tr("What the item is: ticket number, date…"));
    m_attributes->setAccessibleName(tr("Attribute results"));
    m_attributes->setPlaceholderText(tr("name=value; name=value, e.g. approved=yes; approver=manager"));
    m_notes->setAccessibleName(tr("Sample item notes"));
    m_notes->setPlaceholderText(tr("What was checked and found"));
    const QStringList texts { tr("Pa&ss"), tr("Fa&il (deviation)"), tr("Not a&pplicable") };
    const QStringList names { tr("Pass"), tr("Fail (deviation)"), tr("Not applicable") };
    for (int i = 0; i < m_resultButtons.size(); ++i) {
        m_resultButtons[i]->setText(texts[i]);
        m_resultButtons[i]->setAccessibleName(names[i]);
    }
    if (m_sets->count() == 0)
        m_sets->setPlaceholderText(tr("No sample drawn yet"));
}

} // namespace ismap::ui
