//! Claims of all articles → facts: same subject, attribute and compatible object.
//!
//! Name variants are merged first: a one-word person name joins the one full name that begins or
//! ends with it ("Doe" → "Jane Doe") only when exactly one does, so two Zhangs stay apart.

use std::collections::BTreeMap;

use crate::claims::Claim;
use crate::report::FactKind;

/// Claims grouped as one fact, before judging.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    /// Role, position, amount, date or title.
    pub kind: FactKind,
    /// Subject as written (the longest variant).
    pub subject: String,
    /// Canonical attribute.
    pub attribute: String,
    /// Object as written, when any claim names it.
    pub object: Option<String>,
    /// Each claim with the index of its article, in article order.
    pub claims: Vec<(usize, Claim)>,
}

/// Groups the claims of every article (index = article position) into fact drafts.
pub(crate) fn group(per_article: &[Vec<Claim>]) -> Vec<Draft> {
    let canon = Canon::new(per_article);
    let mut buckets: BTreeMap<(FactKind, String, String), Vec<(usize, Claim)>> = BTreeMap::new();
    for (article, claims) in per_article.iter().enumerate() {
        for claim in claims {
            let mut claim = claim.clone();
            claim.subject_key = canon.person(&claim);
            let key = (
                claim.kind,
                claim.subject_key.clone(),
                claim.attribute.clone(),
            );
            buckets.entry(key).or_default().push((article, claim));
        }
    }
    buckets
        .into_values()
        .flat_map(split_by_object)
        .map(draft)
        .collect()
}

/// Splits one subject+attribute bucket by object. Claims without an object join the one object
/// the others name; amounts without a date and titles never meet values they could contradict.
fn split_by_object(claims: Vec<(usize, Claim)>) -> Vec<Vec<(usize, Claim)>> {
    let mut by_object: BTreeMap<String, Vec<(usize, Claim)>> = BTreeMap::new();
    let mut loose = Vec::new();
    for (article, claim) in claims {
        // An age is one fact per person, but a one-word subject may be a common noun read as a
        // name ("ein 32-jähriger Mann"): two such men never contradict each other.
        let is_age = claim.kind == FactKind::Amount && claim.attribute == "age";
        let separate_values = matches!(claim.kind, FactKind::Title)
            || (claim.kind == FactKind::Amount && claim.object_key.is_none() && !is_age)
            || (is_age && !claim.subject_key.contains(' '));
        match (&claim.object_key, separate_values) {
            (_, true) => by_object
                .entry(format!("\u{0}{}", value_bucket(&claim)))
                .or_default()
                .push((article, claim)),
            (Some(key), false) => by_object
                .entry(object_bucket(key, &claim))
                .or_default()
                .push((article, claim)),
            (None, false) => loose.push((article, claim)),
        }
    }
    let named: Vec<&String> = by_object
        .keys()
        .filter(|k| !k.starts_with('\u{0}'))
        .collect();
    if let [only] = named[..] {
        let only = only.clone();
        by_object
            .get_mut(&only)
            .expect("key listed")
            .append(&mut loose);
    } else if !loose.is_empty() {
        by_object.insert("\u{1}".into(), loose);
    }
    by_object.into_values().collect()
}

/// The bucket of a claim with an object: amounts of different units are different facts ("grew
/// 5%" and "grew by $100 million" in one year never contradict each other).
fn object_bucket(key: &str, claim: &Claim) -> String {
    match claim.amount {
        Some((_, unit)) => format!("{key}\u{2}{unit:?}"),
        None => key.to_string(),
    }
}

/// The value key under which object-less claims are kept apart: amounts by unit and magnitude
/// (so $1.6bn and $25bn are two facts, not a conflict), ages by value, titles by name.
fn value_bucket(claim: &Claim) -> String {
    if claim.attribute == "age" {
        return format!("age~{}", claim.value);
    }
    match claim.amount {
        Some((value, unit)) => format!("{unit:?}~{:.1}", value.abs().max(1.0).log10()),
        None => crate::mentions::name::name_key(&claim.value),
    }
}

fn draft(mut claims: Vec<(usize, Claim)>) -> Draft {
    claims.sort_by_key(|(a, c)| (*a, c.sentence.start));
    let first = &claims[0].1;
    let subject = claims
        .iter()
        .map(|(_, c)| &c.subject)
        .max_by_key(|s| s.chars().count())
        .cloned()
        .unwrap_or_default();
    let object = claims.iter().find_map(|(_, c)| c.object.clone());
    Draft {
        kind: first.kind,
        subject,
        attribute: first.attribute.clone(),
        object,
        claims,
    }
}

/// Canonical person keys across all articles.
struct Canon {
    full: Vec<String>,
}

impl Canon {
    fn new(per_article: &[Vec<Claim>]) -> Canon {
        let mut full: Vec<String> = per_article
            .iter()
            .flatten()
            .filter(|c| is_person_keyed(c) && c.subject_key.contains(' '))
            .map(|c| c.subject_key.clone())
            .collect();
        full.sort();
        full.dedup();
        Canon { full }
    }

    fn person(&self, claim: &Claim) -> String {
        let key = &claim.subject_key;
        if !is_person_keyed(claim) || key.contains(' ') {
            return key.clone();
        }
        let matches: Vec<&String> = self
            .full
            .iter()
            .filter(|f| {
                f.split(' ').next() == Some(key.as_str())
                    || f.rsplit(' ').next() == Some(key.as_str())
            })
            .collect();
        match matches[..] {
            [one] => one.clone(),
            _ => key.clone(),
        }
    }
}

fn is_person_keyed(claim: &Claim) -> bool {
    claim.kind == FactKind::Role
        || (claim.kind == FactKind::Position && claim.attribute == "position")
        || (claim.kind == FactKind::Date && PERSON_EVENTS.contains(&claim.attribute.as_str()))
        || (claim.kind == FactKind::Amount && claim.attribute == "age")
}

/// Dated events whose subject is a person, so "Weber died" joins "Hans Weber was born" (ages
/// are person-keyed too).
const PERSON_EVENTS: &[&str] = &["born", "died"];
