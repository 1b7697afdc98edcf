//! [`Context`]: where semantic rules put what they find.

use crate::validate::{Code, Issue, Lang, Report};

/// Collects issues in one language.
pub(crate) struct Context {
    pub(crate) lang: Lang,
    issues: Vec<Issue>,
}

impl Context {
    pub(crate) fn new(lang: Lang) -> Self {
        Self {
            lang,
            issues: Vec::new(),
        }
    }

    /// Records an issue with the English or Swedish message.
    pub(crate) fn push(&mut self, code: Code, path: String, en: String, sv: String) {
        let message = self.lang.pick(en, sv);
        self.issues.push(Issue::new(code, path, message));
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    pub(crate) fn into_report(self) -> Report {
        Report::from_issues(self.issues)
    }
}
