//! Anchors of a sentence for passage alignment: names, quantities and dates, keyed so that the
//! same thing has the same key in every language.

use crate::align::passages::AnchorMention;
use crate::lang::tables;
use crate::mentions::date::{self, DateValue};
use crate::mentions::name::{names, org_key, tokens};
use crate::mentions::quantity;
use crate::types::{Lang, Span};

/// The anchors of `sentence`, in text order, numbers and dates before the names they overlap.
pub(crate) fn of_sentence(
    text: &str,
    sentence: Span,
    lang: Lang,
    published: Option<DateValue>,
) -> Vec<AnchorMention> {
    let mut out: Vec<AnchorMention> = quantity::quantities(text, sentence, lang)
        .into_iter()
        .map(|q| AnchorMention {
            span: q.span,
            key: q.key(),
        })
        .chain(
            date::dates(text, sentence, lang, published)
                .into_iter()
                .map(|d| AnchorMention {
                    span: d.span,
                    key: d.value.key(),
                }),
        )
        .collect();
    let toks = tokens(text, sentence);
    for name in names(text, &toks, &tables(lang).claims) {
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
