#include "wizard/NewWorkbookWizard.h"

#include "catalog/Catalog.h"
#include "common/AuditError.h"
#include "common/Clock.h"
#include "engagement/EngagementSetup.h"
#include "fieldwork/Planning.h"
#include "shell/Icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>
#include <iterator>

namespace ismap::ui {

namespace {

/// A wizard page whose "Next"/"Finish" asks @p validate first.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> validate, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_validate(std::move(validate))
    { }
    bool validatePage() override { return m_validate(); }

private:
    std::function<bool()> m_validate;
};

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

/// The last complete Japanese fiscal year (1 April to 31 March), the usual audit period.
std::pair<QDate, QDate> lastFiscalYear()
{
    const QDate today = QDate::currentDate();
    const int endYear = today.month() >= 4 ? today.year() : today.year() - 1;
    return { QDate(endYear - 1, 4, 1), QDate(endYear, 3, 31) };
}

} // namespace

NewWorkbookWizard::NewWorkbookWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newWorkbookWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setWindowIcon(Icons::get(QStringLiteral("new")));
    setPage(EngagementPageId, makeEngagementPage());
    setPage(TeamPageId, makeTeamPage());
    setPage(FilesPageId, makeFilesPage());
    setPage(SavePageId, makeSavePage());
    retranslateUi();
    resize(720, 560);
}

QWizardPage* NewWorkbookWizard::makeEngagementPage()
{
    auto* page = new CheckedPage([this] { return validateEngagement(); }, this);
    m_csp = new QLineEdit(page);
    m_service = new QLineEdit(page);
    m_firm = new QLineEdit(page);
    m_scope = new QLineEdit(page);
    const auto [from, to] = lastFiscalYear();
    m_from = new QDateEdit(from, page);
    m_to = new QDateEdit(to, page);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_scheme = new QComboBox(page);
    m_scheme->addItem(QString(), QStringLiteral("ismap"));
    m_scheme->addItem(QString(), QStringLiteral("ismap-liu"));
    m_kind = new QComboBox(page);
    m_kind->addItem(QString(), QStringLiteral("initial"));
    m_kind->addItem(QString(), QStringLiteral("renewal"));
    m_engagementProblem = problemLabel(page);

    auto* period = new QHBoxLayout;
    auto* until = new QLabel(page);
    m_labels << until;
    period->addWidget(m_from);
    period->addWidget(until);
    period->addWidget(m_to);
    period->addStretch(1);
    auto* form = new QFormLayout(page);
    auto row = [&](QWidget* field) {
        auto* label = new QLabel(page);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_csp);
    row(m_service);
    row(m_firm);
    auto* periodLabel = new QLabel(page);
    periodLabel->setBuddy(m_from);
    m_labels << periodLabel;
    form->addRow(periodLabel, period);
    row(m_scheme);
    row(m_kind);
    row(m_scope);
    form->addRow(m_engagementProblem);
    connect(m_csp, &QLineEdit::textChanged, this, [this] {
        if (!m_pathEdited)
            m_path->setText(suggestedPath());
    });
    connect(m_service, &QLineEdit::textChanged, this, [this] {
        if (!m_pathEdited)
            m_path->setText(suggestedPath());
    });
    return page;
}

QWizardPage* NewWorkbookWizard::makeTeamPage()
{
    auto* page = new CheckedPage([this] { return validateTeam(); }, this);
    m_team = new QTreeWidget(page);
    m_team->setColumnCount(2);
    m_team->setRootIsDecorated(false);
    m_team->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_memberName = new QLineEdit(page);
    m_memberRole = new QComboBox(page);
    // The engagement quality reviewer (審査担当者) is named here too; the engine keeps the roles apart (one lead, each
    // person once, so the lead is never also the quality reviewer).
    for (Role r : Planning::roles())
        m_memberRole->addItem(QString(), int(r));
    m_addMember = new QPushButton(Icons::get(QStringLiteral("member")), QString(), page);
    m_removeMember = new QPushButton(page);
    m_teamProblem = problemLabel(page);
    auto* add = new QHBoxLayout;
    add->addWidget(m_memberName, 1);
    add->addWidget(m_memberRole);
    add->addWidget(m_addMember);
    auto* remove = new QHBoxLayout;
    remove->addStretch(1);
    remove->addWidget(m_removeMember);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(add);
    layout->addWidget(m_team, 1);
    layout->addLayout(remove);
    layout->addWidget(m_teamProblem);
    connect(m_addMember, &QPushButton::clicked, this, &NewWorkbookWizard::addFromFields);
    m_memberName->installEventFilter(this);
    connect(m_removeMember, &QPushButton::clicked, this, [this] { delete m_team->currentItem(); });
    return page;
}

QWizardPage* NewWorkbookWizard::makeFilesPage()
{
    auto* page = new CheckedPage([this] { return validateFiles(); }, this);
    m_builtin = new QRadioButton(page);
    m_useCatalogFile = new QRadioButton(page);
    m_builtin->setChecked(true);
    m_catalogFile = new QLineEdit(page);
    m_browseCatalog = new QPushButton(page);
    m_statementFile = new QLineEdit(page);
    m_browseStatement = new QPushButton(page);
    m_filesProblem = problemLabel(page);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalogFile, 1);
    catalogRow->addWidget(m_browseCatalog);
    auto* statementRow = new QHBoxLayout;
    statementRow->addWidget(m_statementFile, 1);
    statementRow->addWidget(m_browseStatement);
    auto* catalogLabel = new QLabel(page);
    auto* statementLabel = new QLabel(page);
    auto* statementHint = new QLabel(page);
    statementLabel->setBuddy(m_statementFile);
    statementHint->setWordWrap(true);
    m_labels << catalogLabel << statementLabel << statementHint;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(catalogLabel);
    layout->addWidget(m_builtin);
    layout->addWidget(m_useCatalogFile);
    layout->addLayout(catalogRow);
    layout->addSpacing(12);
    layout->addWidget(statementLabel);
    layout->addLayout(statementRow);
    layout->addWidget(statementHint);
    layout->addStretch(1);
    layout->addWidget(m_filesProblem);
    auto syncCatalog = [this] {
        m_catalogFile->setEnabled(m_useCatalogFile->isChecked());
        m_browseCatalog->setEnabled(m_useCatalogFile->isChecked());
    };
    connect(m_useCatalogFile, &QRadioButton::toggled, this, syncCatalog);
    syncCatalog();
    connect(m_browseCatalog, &QPushButton::clicked, this, [this] {
        const QString f = browse(tr("Official criteria catalog"), tr("Catalog (*.csv *.xlsx)"), false);
        if (!f.isEmpty())
            m_catalogFile->setText(f);
    });
    connect(m_browseStatement, &QPushButton::clicked, this, [this] {
        const QString f = browse(tr("Statement (言明書)"), tr("Statement (*.csv *.xlsx)"), false);
        if (!f.isEmpty())
            m_statementFile->setText(f);
    });
    return page;
}

QWizardPage* NewWorkbookWizard::makeSavePage()
{
    auto* page = new CheckedPage([this] { return create(); }, this);
    page->setFinalPage(true);
    m_path = new QLineEdit(page);
    m_browsePath = new QPushButton(page);
    m_openAs = new QComboBox(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problems = new QPlainTextEdit(page);
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problems->hide();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browsePath);
    auto* pathLabel = new QLabel(page);
    auto* openAsLabel = new QLabel(page);
    pathLabel->setBuddy(m_path);
    openAsLabel->setBuddy(m_openAs);
    m_labels << pathLabel << openAsLabel;
    auto* form = new QFormLayout;
    form->addRow(pathLabel, pathRow);
    form->addRow(openAsLabel, m_openAs);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browsePath, &QPushButton::clicked, this, [this] {
        const QString f = browse(tr("Save the new workbook"), tr("ISMAP workbooks (*.ismapwb)"), true);
        if (f.isEmpty())
            return;
        m_path->setText(f.endsWith(QLatin1String(".ismapwb")) ? f : f + QStringLiteral(".ismapwb"));
        m_pathEdited = true;
    });
    return page;
}

void NewWorkbookWizard::initializePage(int id)
{
    if (id == SavePageId) {
        const QString previous = m_openAs->currentText();
        m_openAs->clear();
        const QList<TeamMember> team = members();
        int preferred = -1;
        for (const TeamMember& m : team) {
            m_openAs->addItem(tr("%1 (%2)").arg(m.name, roleDisplayName(m.role)), m.name);
            if (preferred < 0 && m.role == Role::Lead)
                preferred = m_openAs->count() - 1;
        }
        const int again = m_openAs->findText(previous);
        m_openAs->setCurrentIndex(again >= 0 ? again : qMax(preferred, 0));
        if (m_path->text().isEmpty())
            m_path->setText(suggestedPath());
        const Engagement e = engagement();
        m_summary->setText(
            tr("%1 — %2, %3 to %4, %5 team members. Criteria: %6. Statement: %7.")
                .arg(e.csp, e.service, Clock::shownDate(e.periodStart), Clock::shownDate(e.periodEnd))
                .arg(team.size())
                .arg(m_builtin->isChecked()
                         ? tr("built-in (revision %1)").arg(QString::fromLatin1(Catalog::kBuiltinRevision))
                         : QFileInfo(m_catalogFile->text()).fileName(),
                     m_statementFile->text().trimmed().isEmpty() ? tr("none yet")
                                                                 : QFileInfo(m_statementFile->text()).fileName()));
        m_problems->clear();
        m_problems->hide();
    }
    QWizard::initializePage(id);
}

QString NewWorkbookWizard::openAs() const
{
    return m_openAs->currentData().toString();
}

bool NewWorkbookWizard::addMember(const QString& name, Role role)
{
    try {
        Workbook::checkNewMember(members(), name, role);
    } catch (const AuditError& e) {
        showProblem(m_teamProblem, e.message());
        return false;
    }
    const QString trimmed = name.trimmed();
    auto* item = new QTreeWidgetItem(m_team, { trimmed, roleDisplayName(role) });
    item->setData(0, Qt::UserRole, int(role));
    m_team->setCurrentItem(item);
    m_teamProblem->hide();
    return true;
}

Engagement NewWorkbookWizard::engagement() const
{
    Engagement e;
    e.csp = m_csp->text().trimmed();
    e.service = m_service->text().trimmed();
    e.firm = m_firm->text().trimmed();
    e.periodStart = m_from->date();
    e.periodEnd = m_to->date();
    e.scheme = m_scheme->currentData().toString();
    e.auditKind = m_kind->currentData().toString();
    e.scope = m_scope->text().trimmed();
    return e;
}

QList<TeamMember> NewWorkbookWizard::members() const
{
    QList<TeamMember> out;
    for (int i = 0; i < m_team->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_team->topLevelItem(i);
        TeamMember m;
        m.name = item->text(0);
        m.role = Role(item->data(0, Qt::UserRole).toInt());
        out << m;
    }
    return out;
}

void NewWorkbookWizard::addFromFields()
{
    if (addMember(m_memberName->text(), Role(m_memberRole->currentData().toInt()))) {
        m_memberName->clear();
        m_memberRole->setCurrentIndex(0); // back to staff: a second lead must be chosen, never carried over
        m_memberName->setFocus();
    }
}

bool NewWorkbookWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_memberName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_memberName->text().trimmed().isEmpty()) {
                addFromFields();
                return true;
            }
        }
    }
    return QWizard::eventFilter(watched, event);
}

QString NewWorkbookWizard::suggestedPath() const
{
    QString base = QStringLiteral("%1 %2").arg(m_csp->text(), m_service->text()).simplified();
    // Keep letters (any script), digits and a few separators: the name must be a valid file name everywhere.
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = tr("engagement");
    // Documents when it exists; a fresh system may have none, and a folder that is not there would be refused.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool usable = !dir.isEmpty() && QFileInfo(dir).isDir();
    return QDir(usable ? dir : QDir::homePath()).filePath(base + QStringLiteral(".ismapwb"));
}

QString NewWorkbookWizard::browse(const QString& title, const QString& filter, bool save)
{
    return save ? QFileDialog::getSaveFileName(this, title, m_path->text(), filter)
                : QFileDialog::getOpenFileName(this, title, QString(), filter);
}

void NewWorkbookWizard::showProblem(QLabel* label, const QString& message)
{
    m_lastError = message;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool NewWorkbookWizard::validateEngagement()
{
    try {
        EngagementSetupBook::checkEngagement(engagement());
    } catch (const AuditError& e) {
        showProblem(m_engagementProblem, e.message());
        return false;
    }
    m_engagementProblem->hide();
    return true;
}

bool NewWorkbookWizard::validateTeam()
{
    // A name typed but not yet added is what the user meant: add it rather than lose it.
    if (!m_memberName->text().trimmed().isEmpty()
        && addMember(m_memberName->text(), Role(m_memberRole->currentData().toInt())))
        m_memberName->clear();
    try {
        EngagementSetupBook::checkTeam(members());
    } catch (const AuditError& e) {
        showProblem(m_teamProblem, e.message());
        return false;
    }
    m_teamProblem->hide();
    return true;
}

bool NewWorkbookWizard::validateFiles()
{
    auto missing = [](const QString& path) {
        return !QFileInfo(path).isFile();
    };
    const QString catalog = m_catalogFile->text().trimmed();
    const QString statement = m_statementFile->text().trimmed();
    if (m_useCatalogFile->isChecked() && (catalog.isEmpty() || missing(catalog))) {
        showProblem(m_filesProblem,
                    catalog.isEmpty() ? tr("Criteria catalog: choose the official catalog file.")
                                      : tr("%1: no such file.").arg(catalog));
        return false;
    }
    if (!statement.isEmpty() && missing(statement)) {
        showProblem(m_filesProblem, tr("%1: no such file.").arg(statement));
        return false;
    }
    m_filesProblem->hide();
    return true;
}

bool NewWorkbookWizard::create()
{
    EngagementSetup setup;
    setup.engagement = engagement();
    setup.team = members();
    if (m_useCatalogFile->isChecked())
        setup.catalogFile = m_catalogFile->text().trimmed();
    setup.statementFile = m_statementFile->text().trimmed();
    setup.creator = openAs();
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".ismapwb"), Qt::CaseInsensitive))
        path += QStringLiteral(".ismapwb");
    try {
        std::unique_ptr<Workbook> wb = EngagementSetupBook::create(path, setup);
        m_createdPath = wb->path();
    } catch (const AuditError& e) {
        // The engine lists one problem per line ("FILE, row N: ID: reason"): show them all.
        m_lastError = e.message();
        m_problems->setPlainText(tr("The workbook was not created:") + u'\n' + e.message());
        m_problems->show();
        return false;
    }
    m_lastError.clear();
    return true;
}

void NewWorkbookWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void NewWorkbookWizard::retranslateUi()
{
    setWindowTitle(tr("New workbook"));
    // QWizard names its buttons once, when made: named again here, in Qt's own words, after a language switch.
    // (qtbase's translations, so not through our own tr(): the context is Qt's.)
    const auto qt = [](const char* source) {
        return QCoreApplication::translate(QWizard::staticMetaObject.className(), source);
    };
    setButtonText(QWizard::BackButton, qt("< &Back"));
    setButtonText(QWizard::NextButton, qt("&Next >"));
    setButtonText(QWizard::CommitButton, qt("Commit"));
    setButtonText(QWizard::CancelButton, qt("Cancel"));
    setButtonText(QWizard::HelpButton, qt("&Help"));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    page(EngagementPageId)->setTitle(tr("Engagement"));
    page(EngagementPageId)->setSubTitle(tr("Who is audited, for which service and period, under which scheme."));
    page(TeamPageId)->setTitle(tr("Engagement team"));
    page(TeamPageId)
        ->setSubTitle(
            tr("Staff prepare, reviewers review, the engagement lead reviews and finalises. Name at least the lead."));
    page(FilesPageId)->setTitle(tr("Criteria and statement"));
    page(FilesPageId)
        ->setSubTitle(tr("The criteria catalog the audit follows and, if you have it, the CSP's "
                         "statement of applicability (言明書)."));
    page(SavePageId)->setTitle(tr("Save the workbook"));
    page(SavePageId)
        ->setSubTitle(tr("One file holds the whole engagement: criteria, statement, fieldwork, "
                         "evidence and the audit trail."));
    static const char* const labels[] = {
        QT_TR_NOOP("to"),
        QT_TR_NOOP("Cloud service &provider:"),
        QT_TR_NOOP("Cloud &service:"),
        QT_TR_NOOP("Audit &firm (optional):"),
        QT_TR_NOOP("Audit p&eriod:"),
        QT_TR_NOOP("S&cheme:"),
        QT_TR_NOOP("Audit &kind:"),
        QT_TR_NOOP("Sco&pe (optional):"),
        QT_TR_NOOP("Criteria catalog"),
        QT_TR_NOOP("&Statement file (CSV or XLSX, optional):"),
        QT_TR_NOOP("Items the statement puts in scope get their procedure steps at once. Every row is checked "
                   "first: if any row is wrong, nothing is created and every problem is listed."),
        QT_TR_NOOP("&Workbook file:"),
        QT_TR_NOOP("&Open as:"),
    };
    for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i)
        m_labels[i]->setText(tr(labels[i]));
    m_csp->setAccessibleName(tr("Cloud service provider"));
    m_service->setAccessibleName(tr("Cloud service"));
    m_firm->setAccessibleName(tr("Audit firm"));
    m_scope->setAccessibleName(tr("Engagement scope"));
    m_scope->setPlaceholderText(tr("e.g. the IaaS in the Tokyo and Osaka regions, management console and API"));
    m_from->setAccessibleName(tr("Audit period, first day"));
    m_to->setAccessibleName(tr("Audit period, last day"));
    m_scheme->setAccessibleName(tr("Scheme"));
    m_scheme->setItemText(0, tr("ISMAP (standard)"));
    m_scheme->setItemText(1, tr("ISMAP-LIU (low-impact use)"));
    m_kind->setAccessibleName(tr("Audit kind"));
    m_kind->setItemText(0, tr("Initial audit (design effectiveness)"));
    m_kind->setItemText(1, tr("Renewal audit (operating effectiveness)"));
    m_team->setHeaderLabels({ tr("Name"), tr("Role") });
    m_team->setAccessibleName(tr("Engagement team"));
    for (int i = 0; i < m_team->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_team->topLevelItem(i);
        item->setText(1, roleDisplayName(Role(item->data(0, Qt::UserRole).toInt())));
    }
    m_memberName->setPlaceholderText(tr("Name of a team member…"));
    m_memberName->setAccessibleName(tr("New team member's name"));
    m_memberRole->setAccessibleName(tr("New team member's role"));
    for (int i = 0; i < m_memberRole->count(); ++i)
        m_memberRole->setItemText(i, roleDisplayName(Role(m_memberRole->itemData(i).toInt())));
    m_addMember->setText(tr("&Add member"));
    m_removeMember->setText(tr("&Remove selected"));
    m_builtin->setText(tr("B&uilt-in ISMAP criteria (revision %1, bundled with the application)")
                           .arg(QString::fromLatin1(Catalog::kBuiltinRevision)));
    m_useCatalogFile->setText(tr("Official catalog &file (CSV or XLSX):"));
    m_catalogFile->setAccessibleName(tr("Official catalog file"));
    m_browseCatalog->setText(tr("Browse…"));
    m_browseCatalog->setAccessibleName(tr("Browse for the catalog file"));
    m_statementFile->setAccessibleName(tr("Statement file"));
    m_browseStatement->setText(tr("Browse…"));
    m_browseStatement->setAccessibleName(tr("Browse for the statement file"));
    m_path->setAccessibleName(tr("Workbook file"));
    m_browsePath->setText(tr("Browse…"));
    m_browsePath->setAccessibleName(tr("Choose where to save the workbook"));
    m_openAs->setAccessibleName(tr("Open as team member"));
    m_summary->setAccessibleName(tr("Summary"));
    m_problems->setAccessibleName(tr("Problems"));
    m_engagementProblem->setAccessibleName(tr("Problem"));
    m_teamProblem->setAccessibleName(tr("Problem"));
    m_filesProblem->setAccessibleName(tr("Problem"));
}

} // namespace ismap::ui
