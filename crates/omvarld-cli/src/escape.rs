//! Escaping user text for HTML and Markdown.
//!
//! HTML escaping is a five-character function rather than a crate: every
//! piece of user text goes into a text node or a double-quoted attribute
//! value, where escaping `& < > " '` is all that is needed, and the tests
//! below pin it down.

use std::borrow::Cow;

/// Escapes `& < > " '` so that `text` is inert in an HTML text node or a
/// quoted attribute value.
pub(crate) fn html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Makes `text` literal inline Markdown (CommonMark and GitHub tables):
/// backslash-escapes the characters that start emphasis, code, links,
/// inline HTML, entities, strikethrough and table cells, and folds line
/// breaks into spaces so a value cannot start a new block.
pub(crate) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{html, markdown};

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(html(r#"a & "b" 'c'"#), "a &amp; &quot;b&quot; &#39;c&#39;");
        assert_eq!(html("&amp;"), "&amp;amp;");
        assert_eq!(html("Miljö och klimat"), "Miljö och klimat");
    }

    #[test]
    fn markdown_escapes_inline_syntax_and_folds_lines() {
        assert_eq!(
            markdown("<script>*x*</script>"),
            r"\<script\>\*x\*\</script\>"
        );
        assert_eq!(
            markdown("a | b [l](u) `c` _d_ ~e~ &amp;"),
            r"a \| b \[l\](u) \`c\` \_d\_ \~e\~ \&amp;"
        );
        assert_eq!(markdown("one\r\n# two\nthree"), r"one \# two three");
        assert_eq!(markdown("Miljö och klimat"), "Miljö och klimat");
    }
}
