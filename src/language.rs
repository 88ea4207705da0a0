//! Stage 2, language: [`Cleaned`] → [`Lang`].

use crate::clean::Cleaned;
use crate::types::Lang;

/// Detects the language of the article's content.
pub(crate) fn detect(text: &str, cleaned: &Cleaned) -> Lang {
    let _ = (text, cleaned);
    Lang::Und
}
