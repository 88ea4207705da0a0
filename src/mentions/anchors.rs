//! Anchors of a sentence for passage alignment: names, quantities and dates, keyed so that the
//! same thing has the same key in every language.

use super::Mentions;
use crate::mentions::name::org_key;
use crate::types::Span;

/// A language-neutral anchor inside a sentence: a name, number or date with its key.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AnchorMention {
    /// The words of the anchor in the original text.
    pub span: Span,
    /// Its key, equal across languages for the same thing ("2014", "4800000000 USD", "jane doe").
    pub key: String,
}

/// The anchors of one sentence, in text order, numbers and dates before the names they overlap.
pub(crate) fn of_mentions(text: &str, m: &Mentions) -> Vec<AnchorMention> {
    let quantities = m.quantities.iter().map(|q| AnchorMention {
        span: q.span,
        key: q.key(),
    });
    let dates = m.dates.iter().map(|d| AnchorMention {
        span: d.span,
        key: d.value.key(),
    });
    let mut out: Vec<AnchorMention> = quantities.chain(dates).collect();
    for name in &m.names {
        if !out.iter().any(|a| a.span.overlaps(name.span)) {
            out.push(AnchorMention {
                span: name.span,
                key: org_key(name.span.of(text)),
            });
        }
    }
    out.sort_by_key(|a| a.span.start);
    out
}

/// The anchors of `sentence` of `text` (tests measure alignment with real anchors through this).
#[cfg(test)]
pub(crate) fn of_sentence(
    text: &str,
    sentence: crate::types::Span,
    lang: crate::types::Lang,
    published: Option<super::date::DateValue>,
) -> Vec<AnchorMention> {
    of_mentions(text, &Mentions::of(text, sentence, lang, published))
}
