//! Stage 8, diff: two sentences in the same language → word-level runs (equal, delete, insert).

use crate::report::DiffOp;
use crate::types::Span;

/// Word diff from sentence `a` of article `a_id` to sentence `b` of article `b_id`.
pub(crate) fn word_diff(
    a_id: &str,
    a_text: &str,
    a: Span,
    b_id: &str,
    b_text: &str,
    b: Span,
) -> Vec<DiffOp> {
    let _ = (a_id, a_text, a, b_id, b_text, b);
    Vec::new()
}
