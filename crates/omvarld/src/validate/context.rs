//! [`Context`]: where semantic rules put what they find.

use crate::diagnostics::{Code, Detail, Issue, Lang, Report};

/// Collects the issues of the semantic rules.
#[derive(Default)]
pub(crate) struct Context {
    issues: Vec<Issue>,
}

impl Context {
    /// Records an issue; its message is rendered from `detail`.
    pub(crate) fn push(&mut self, code: Code, path: String, detail: Detail) {
        self.issues.push(Issue::detailed(code, path, detail));
    }

    /// Records an issue made elsewhere (one rule, one issue maker).
    pub(crate) fn push_issue(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// The report, with messages in `lang`.
    pub(crate) fn into_report(self, lang: Lang) -> Report {
        let mut report = Report::from_issues(self.issues);
        report.localize(lang);
        report
    }
}
