//! Stage 7, judge: a fact draft → agree, conflict or single, with the reason in plain words.
//!
//! A conflict needs two *independent* articles (not near-copies of each other) whose values
//! cannot both hold: disjoint roles for one person and work, incompatible titles for one person
//! at one organisation, different holders of a single-holder position, amounts of one measure and
//! date beyond the tolerance. Everything else that two independent articles state is agreement.

use crate::align::facts::Draft;
use crate::report::{FactKind, Verdict};

/// Position pairs one person often holds at once ("chairman and CEO"): never a conflict.
const COMPATIBLE_POSITIONS: &[(&str, &str)] = &[
    ("CEO", "president"),
    ("CEO", "managing director"),
    ("CEO", "chair"),
    ("chair", "president"),
];
/// Positions that stand for any other: a founder may be anything now; "head" is any top title.
const GENERIC_POSITIONS: &[&str] = &["head", "founder"];

/// Judges one draft. `cluster[i]` is article i's near-copy cluster (its own index when unique).
pub(crate) fn judge(
    draft: &Draft,
    cluster: &[usize],
    ids: &[String],
    tolerance: f64,
) -> (Verdict, String) {
    let sides = sides(draft, cluster);
    if sides.len() < 2 {
        let who = names(draft, ids);
        let reason = if who.len() > 1 {
            format!("only near-copies ({}) state it", who.join(", "))
        } else {
            format!("only {} states it", who.join(", "))
        };
        return (Verdict::Single, reason);
    }
    for (i, a) in sides.iter().enumerate() {
        for b in &sides[i + 1..] {
            if !compatible(draft, a, b, tolerance) {
                let reason = format!(
                    "{} says {}; {} says {}",
                    ids[a.article],
                    a.values.join(" and "),
                    ids[b.article],
                    b.values.join(" and ")
                );
                return (Verdict::Conflict, reason);
            }
        }
    }
    let who: Vec<&str> = sides.iter().map(|s| ids[s.article].as_str()).collect();
    (
        Verdict::Agree,
        format!(
            "{} independent articles agree ({})",
            who.len(),
            who.join(", ")
        ),
    )
}

/// One independent article's values for the fact.
struct Side {
    article: usize,
    values: Vec<String>,
    amounts: Vec<f64>,
}

fn sides(draft: &Draft, cluster: &[usize]) -> Vec<Side> {
    let mut out: Vec<Side> = Vec::new();
    for (article, claim) in &draft.claims {
        let value = match claim.kind {
            FactKind::Position if claim.attribute != "position" => {
                crate::mentions::name::name_key(&claim.value)
            }
            _ => claim.value.clone(),
        };
        let amount = claim.amount.map(|(v, _)| v);
        match out
            .iter_mut()
            .find(|s| cluster[s.article] == cluster[*article])
        {
            Some(side) => {
                if side.article == *article && !side.values.contains(&value) {
                    side.values.push(value);
                    side.amounts.extend(amount);
                }
            }
            None => out.push(Side {
                article: *article,
                values: vec![value],
                amounts: amount.into_iter().collect(),
            }),
        }
    }
    out
}

fn compatible(draft: &Draft, a: &Side, b: &Side, tolerance: f64) -> bool {
    match draft.kind {
        FactKind::Amount => a
            .amounts
            .iter()
            .any(|x| b.amounts.iter().any(|y| within(*x, *y, tolerance))),
        FactKind::Position if draft.attribute == "position" => a
            .values
            .iter()
            .any(|p| b.values.iter().any(|q| positions_compatible(p, q))),
        FactKind::Title => true,
        _ => a.values.iter().any(|v| b.values.contains(v)),
    }
}

fn within(x: f64, y: f64, tolerance: f64) -> bool {
    (x - y).abs() <= tolerance * x.abs().max(y.abs())
}

fn positions_compatible(p: &str, q: &str) -> bool {
    p == q
        || GENERIC_POSITIONS.contains(&p)
        || GENERIC_POSITIONS.contains(&q)
        || COMPATIBLE_POSITIONS
            .iter()
            .any(|&(x, y)| (x, y) == (p, q) || (y, x) == (p, q))
}

fn names(draft: &Draft, ids: &[String]) -> Vec<String> {
    let mut who: Vec<String> = draft.claims.iter().map(|(a, _)| ids[*a].clone()).collect();
    who.dedup();
    who
}
