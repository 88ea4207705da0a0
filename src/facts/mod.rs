//! Stage 6, facts: the claims of all articles → judged facts, conflicts first.
//!
//! Two steps, each in its own file: [`group`] gathers claims into drafts (same subject,
//! attribute and compatible object, name variants merged), and [`judge`] gives each draft its
//! verdict and reason, counting near-copies once.

pub(crate) mod group;
pub(crate) mod judge;

use crate::claims::Claim;
use crate::report::{ClaimView, Fact};
use crate::types::Article;

/// Groups the claims of all articles (moved in, one list per article in input order), judges
/// them, and orders the facts conflicts first. `cluster[i]` is article i's near-copy cluster.
pub(crate) fn facts(
    per_article: Vec<Vec<Claim>>,
    articles: &[Article],
    cluster: &[usize],
    tolerance: f64,
) -> Vec<Fact> {
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut facts: Vec<Fact> = group::group(per_article)
        .into_iter()
        .map(|draft| {
            let (verdict, reason) = judge::judge(&draft, cluster, &ids, tolerance);
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

fn claim_view(article: &Article, claim: &Claim) -> ClaimView {
    ClaimView {
        article: article.id.clone(),
        value: claim.value.clone(),
        quote: claim.sentence.of(&article.text).to_string(),
        start: claim.sentence.start,
        end: claim.sentence.end,
        evidence: claim.evidence,
        context: None,
    }
}
