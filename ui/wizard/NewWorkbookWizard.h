#pragma once

#include "workbook/Workbook.h"

#include <QWizard>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace ismap::ui {

/**
 * File → New…: a new engagement's workbook in four pages — the engagement (CSP, service, audit period,
 * scheme, initial or renewal), the team with roles, the criteria catalog (the built-in one by default, or
 * an official file) and optionally the CSP's statement, and where to save it. Finishing creates the
 * workbook through the engine in one step (EngagementSetupBook); a bad field, team or file keeps the wizard
 * open with the engine's message naming the file, row and field, and leaves no file behind.
 */
class NewWorkbookWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { EngagementPageId, TeamPageId, FilesPageId, SavePageId };

    explicit NewWorkbookWizard(QWidget* parent = nullptr);

    /// The workbook created on finishing, and the member to open it as.
    QString createdPath() const { return m_createdPath; }
    QString openAs() const;
    /// The last refusal shown on a page (empty when none).
    QString lastError() const { return m_lastError; }

    QLineEdit* cspField() const { return m_csp; }
    QLineEdit* serviceField() const { return m_service; }
    QLineEdit* firmField() const { return m_firm; }
    QLineEdit* scopeField() const { return m_scope; }
    QDateEdit* periodStartField() const { return m_from; }
    QDateEdit* periodEndField() const { return m_to; }
    QComboBox* schemeBox() const { return m_scheme; }
    QComboBox* auditKindBox() const { return m_kind; }
    QTreeWidget* teamList() const { return m_team; }
    QLineEdit* memberNameField() const { return m_memberName; }
    QComboBox* memberRoleBox() const { return m_memberRole; }
    QRadioButton* builtinCatalogButton() const { return m_builtin; }
    QRadioButton* catalogFileButton() const { return m_useCatalogFile; }
    QLineEdit* catalogFileField() const { return m_catalogFile; }
    QLineEdit* statementFileField() const { return m_statementFile; }
    QLineEdit* pathField() const { return m_path; }
    QComboBox* openAsBox() const { return m_openAs; }
    QPlainTextEdit* problemsView() const { return m_problems; }

    /// Adds a team member (what the Add button does with the name and role fields).
    bool addMember(const QString& name, Role role);

protected:
    void changeEvent(QEvent* event) override;
    void initializePage(int id) override;
    /// Enter in the member-name field adds the member and stays on the page (the wizard would go Next).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFromFields();
    QWizardPage* makeEngagementPage();
    QWizardPage* makeTeamPage();
    QWizardPage* makeFilesPage();
    QWizardPage* makeSavePage();
    void retranslateUi();
    void showProblem(QLabel* label, const QString& message);
    bool validateEngagement();
    bool validateTeam();
    bool validateFiles();
    bool create();
    Engagement engagement() const;
    QList<TeamMember> members() const;
    QString suggestedPath() const;
    QString browse(const QString& title, const QString& filter, bool save);

    QLineEdit* m_csp;
    QLineEdit* m_service;
    QLineEdit* m_firm;
    QLineEdit* m_scope;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scheme;
    QComboBox* m_kind;
    QLabel* m_engagementProblem;
    QTreeWidget* m_team;
    QLineEdit* m_memberName;
    QComboBox* m_memberRole;
    QPushButton* m_addMember;
    QPushButton* m_removeMember;
    QLabel* m_teamProblem;
    QRadioButton* m_builtin;
    QRadioButton* m_useCatalogFile;
    QLineEdit* m_catalogFile;
    QPushButton* m_browseCatalog;
    QLineEdit* m_statementFile;
    QPushButton* m_browseStatement;
    QLabel* m_filesProblem;
    QLineEdit* m_path;
    QPushButton* m_browsePath;
    QComboBox* m_openAs;
    QLabel* m_summary;
    QPlainTextEdit* m_problems;
    QList<QLabel*> m_labels; ///< form labels, retranslated in order
    bool m_pathEdited = false;
    QString m_createdPath;
    QString m_lastError;
};

} // namespace ismap::ui
