#include "engagementview/StatementInfoDialog.h"

#include "common/AuditError.h"
#include "shell/Messages.h"
#include "statement/StatementBook.h"
#include "workbook/Workbook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ismap::ui {

namespace {

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

StatementInfoDialog::StatementInfoDialog(Workbook* workbook, QWidget* parent)
    : QDialog(parent)
    , m_wb(workbook)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_date(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_regions(new QLineEdit(this))
    , m_services(textBox(this, 3))
    , m_overview(textBox(this, 3))
    , m_changes(textBox(this, 2))
    , m_subsequent(textBox(this, 2))
    , m_scope(textBox(this, 2))
    , m_buttons(new QDialogButtonBox(this))
{
    // Own buttons, not standard ones: the box retranslates standard buttons after us and would say "OK".
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_save->setDefault(true);
    setObjectName(QStringLiteral("statementInfoDialog"));
    m_intro->setWordWrap(true);
    for (QWidget* field : fields()) {
        m_labels.append(new QLabel(this));
        m_labels.last()->setBuddy(field);
        m_form->addRow(m_labels.last(), field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatementInfoDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatementInfoDialog::reject);
    resize(720, 640);
    load();
    retranslateUi();
}

QList<QWidget*> StatementInfoDialog::fields() const
{
    return { m_date, m_version, m_regions, m_services, m_overview, m_changes, m_subsequent, m_scope };
}

QString StatementInfoDialog::servicesText() const
{
    QStringList lines;
    for (const UnderlyingService& s : StatementBook::info(*m_wb).underlyingServices)
        lines << (s.ismapRegistered ? s.name
                          + (*s.ismapRegistered ? QStringLiteral("（ISMAP登録済）") : QStringLiteral("（ISMAP未登録）"))
                                    : s.name);
    return lines.join(u'\n');
}

void StatementInfoDialog::load()
{
    const StatementInfo i = StatementBook::info(*m_wb);
    m_date->setText(i.statementDate);
    m_version->setText(i.version);
    m_regions->setText(i.regions);
    m_services->setPlainText(servicesText());
    m_overview->setPlainText(i.systemOverview);
    m_changes->setPlainText(i.changesInPeriod);
    m_subsequent->setPlainText(i.subsequentEvents);
    const Engagement e = m_wb->engagement();
    m_scope->setPlainText(e.scope);
    showRights();
    m_loaded = QStringList { m_date->text(),
                             m_version->text(),
                             m_regions->text(),
                             m_services->toPlainText(),
                             m_overview->toPlainText(),
                             m_changes->toPlainText(),
                             m_subsequent->toPlainText(),
                             m_scope->toPlainText() };
}

void StatementInfoDialog::showRights()
{
    // Who may edit what is the engine's rule, asked in the current language: the fields' state and tooltips say it.
    const QString scopeRefusal = m_wb->scopeRefusal();
    const QString infoRefusal = StatementBook::infoRefusal(*m_wb);
    m_scope->setReadOnly(!scopeRefusal.isEmpty());
    m_scope->setToolTip(scopeRefusal.isEmpty() ? tr("What the audit covers: the service, its regions and components.")
                                               : scopeRefusal);
    for (QWidget* w : std::initializer_list<QWidget*> { m_date, m_version, m_regions, m_services, m_overview, m_changes,
                                                        m_subsequent }) {
        w->setEnabled(infoRefusal.isEmpty());
        w->setToolTip(infoRefusal);
    }
    m_save->setEnabled(infoRefusal.isEmpty());
    m_save->setToolTip(infoRefusal);
}

bool StatementInfoDialog::hasChanges() const
{
    const QStringList now { m_date->text(),
                            m_version->text(),
                            m_regions->text(),
                            m_services->toPlainText(),
                            m_overview->toPlainText(),
                            m_changes->toPlainText(),
                            m_subsequent->toPlainText(),
                            m_scope->toPlainText() };
    return now != m_loaded;
}

bool StatementInfoDialog::save()
{
    try {
        StatementInfo i = StatementBook::info(*m_wb);
        const std::optional<QString> date = StatementInfo::parseDate(m_date->text());
        if (!date)
            throw AuditError(ErrorCode::InvalidInput,
                             tr("Statement date: \"%1\" is not a date (for example 2025-05-30 or 令和7年5月30日).")
                                 .arg(m_date->text()));
        StatementInfo edited = i;
        edited.statementDate = *date;
        edited.version = m_version->text().trimmed();
        edited.regions = m_regions->text().trimmed();
        edited.underlyingServices = StatementInfo::parseServices(m_services->toPlainText());
        edited.systemOverview = m_overview->toPlainText().trimmed();
        edited.changesInPeriod = m_changes->toPlainText().trimmed();
        edited.subsequentEvents = m_subsequent->toPlainText().trimmed();
        if (!(edited == i)) {
            edited.source.clear(); // typed in the app, no longer as the file said
            StatementBook::setInfo(*m_wb, edited);
        }
        if (m_scope->toPlainText().trimmed() != m_wb->engagement().scope)
            m_wb->setScope(m_scope->toPlainText());
        load();
        return true;
    } catch (const AuditError& e) {
        Messages::error(this, tr("Statement and scope"), e.message());
        return false;
    }
}

void StatementInfoDialog::accept()
{
    if (save())
        QDialog::accept();
}

void StatementInfoDialog::reject()
{
    if (hasChanges()
        && !Messages::confirm(this, tr("Statement and scope"),
                              tr("Close without saving what you changed in the statement and scope?")))
        return;
    QDialog::reject();
}

void StatementInfoDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StatementInfoDialog::retranslateUi()
{
    setWindowTitle(tr("Statement and scope"));
    m_intro->setText(tr("The statement's own content (言明書), as the CSP wrote it, and the engagement's scope. "
                        "Both are printed in section 1 and 2 of the report; every change is recorded in the trail."));
    const QString labels[] = { tr("Statement &date:"),      tr("&Version:"),         tr("&Regions:"),
                               tr("Underlying &services:"), tr("System &overview:"), tr("&Changes during the period:"),
                               tr("Subsequent &events:"),   tr("Engagement sco&pe:") };
    const QList<QWidget*> all = fields();
    for (int i = 0; i < all.size(); ++i) {
        m_labels[i]->setText(labels[i]);
        all[i]->setAccessibleName(QString(labels[i]).remove(u'&').remove(u':'));
    }
    m_date->setPlaceholderText(tr("YYYY-MM-DD, or as written (令和7年5月30日)"));
    m_services->setPlaceholderText(
        tr("One per line, e.g. Amazon Web Services（ISMAP登録済） or Own data centre (not registered)"));
    showRights();
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace ismap::ui
