//! Stage 6, facts: the claims of all articles → judged facts, conflicts first.
//!
//! Two steps, each in its own file: [`group`] gathers claims into drafts (same subject,
//! attribute and compatible object, name variants merged), and [`judge`] gives each draft its
//! verdict and reason, counting near-copies once.

pub(crate) mod figures;
pub(crate) mod group;
pub(crate) mod judge;

use crate::claims::Claim;
use crate::report::{ClaimView, Fact, FactKind, Verdict};
use crate::types::Article;

/// Groups the claims of all articles (moved in, one list per article in input order), judges
/// them, and orders the facts conflicts first. `cluster[i]` is article i's near-copy cluster.
pub(crate) fn facts(
    per_article: Vec<Vec<Claim>>,
    figures: Figures<'_>,
    articles: &[Article],
    cluster: &[usize],
    tolerance: f64,
) -> Vec<Fact> {
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let judged = |draft: group::Draft| {
        let (verdict, reason) = judge::judge(&draft, cluster, &ids, tolerance);
        (draft, verdict, reason)
    };
    let mut constructions: Vec<(group::Draft, Verdict, String)> =
        group::group(per_article).into_iter().map(judged).collect();
    // A figure a construction claims in a fact two articles state is that fact's; a figure
    // whose construction stands alone may still meet the same figure elsewhere.
    let held = evidence_of(
        constructions
            .iter()
            .filter(|(_, v, _)| *v != Verdict::Single),
    );
    let mut figure_claims = figures.claims;
    for (article, claims) in figure_claims.iter_mut().enumerate() {
        claims.retain(|c| {
            !held
                .iter()
                .any(|(a, e)| *a == article && e.overlaps(c.evidence))
        });
    }
    let figured: Vec<(group::Draft, Verdict, String)> =
        figures::drafts(figure_claims, figures.rows, figures.sentences, &texts, &ids)
            .into_iter()
            .map(judged)
            .collect();
    // ... and then a lone construction claim of it is not reported twice.
    let met = evidence_of(figured.iter().filter(|(_, v, _)| *v != Verdict::Single));
    constructions.retain(|(d, v, _)| {
        *v != Verdict::Single
            || !d
                .claims
                .iter()
                .all(|(a, c)| met.iter().any(|(b, e)| a == b && e.overlaps(c.evidence)))
    });
    let mut facts: Vec<Fact> = constructions
        .into_iter()
        .chain(figured)
        .map(|(draft, verdict, mut reason)| {
            if draft.kind == FactKind::Figure && verdict == Verdict::Conflict {
                reason.push_str(&published_note(&draft, articles));
            }
            let claims = draft
                .claims
                .iter()
                .map(|(i, c)| claim_view(&articles[*i], c))
                .collect();
            Fact {
                id: String::new(),
                kind: draft.kind,
                subject: draft.subject,
                attribute: draft.attribute.as_str().to_string(),
                object: draft.object,
                verdict,
                reason,
                claims,
            }
        })
        .collect();
    facts.sort_by(|a, b| {
        (a.verdict, a.kind, &a.subject, &a.attribute).cmp(&(
            b.verdict,
            b.kind,
            &b.subject,
            &b.attribute,
        ))
    });
    for (n, fact) in facts.iter_mut().enumerate() {
        fact.id = format!("f{}", n + 1);
    }
    facts
}

/// The (article, evidence) of every claim of the given judged drafts.
fn evidence_of<'d>(
    drafts: impl Iterator<Item = &'d (group::Draft, Verdict, String)>,
) -> Vec<(usize, crate::types::Span)> {
    drafts
        .flat_map(|(d, _, _)| d.claims.iter().map(|(a, c)| (*a, c.evidence)))
        .collect()
}

fn claim_view(article: &Article, claim: &Claim) -> ClaimView {
    ClaimView {
        article: article.id.clone(),
        value: claim.value.clone(),
        quote: claim.sentence.of(&article.text).to_string(),
        start: claim.sentence.start,
        end: claim.sentence.end,
        evidence: claim.evidence,
        context: claim.context.clone(),
    }
}

/// The figure claims of every article and what alignment found, for [`figures::drafts`].
pub(crate) struct Figures<'a> {
    pub claims: Vec<Vec<Claim>>,
    pub rows: &'a [crate::passages::Row],
    /// Sentences per article.
    pub sentences: &'a [usize],
}

/// When the articles of a conflicting figure were published on different days, the reason says
/// so: tolls and counts change as a story develops.
fn published_note(draft: &group::Draft, articles: &[Article]) -> String {
    let mut dates: Vec<(&str, &str)> = draft
        .claims
        .iter()
        .filter_map(|(i, _)| {
            let a = &articles[*i];
            a.published.as_deref().map(|p| (a.id.as_str(), p))
        })
        .collect();
    dates.dedup();
    let differ = dates.windows(2).any(|w| w[0].1 != w[1].1);
    if !differ {
        return String::new();
    }
    let list: Vec<String> = dates.iter().map(|(id, p)| format!("{id} on {p}")).collect();
    format!(
        " (published {}: figures may change as a story develops)",
        list.join(", ")
    )
}
