//! Facts, first step: claims of all articles → fact drafts: same subject, attribute and compatible object.
//!
//! Name variants are merged first: a one-word person name joins the one full name that begins or
//! ends with it ("Doe" → "Jane Doe") only when exactly one does, so two Moreaus stay apart.

use std::collections::{BTreeMap, BTreeSet};

use crate::chars::fold_accent;
use crate::claims::position::positions_compatible;
use crate::claims::{Attribute, Claim};
use crate::mentions::name::cross_language_key;
use crate::mentions::quantity::Unit;
use crate::report::FactKind;
use crate::types::Lang;

/// Claims grouped as one fact, before judging.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    /// Role, position, amount, date or title.
    pub kind: FactKind,
    /// Subject as written (the longest variant).
    pub subject: String,
    /// Canonical attribute.
    pub attribute: Attribute,
    /// Object as written, when any claim names it.
    pub object: Option<String>,
    /// Each claim with the index of its article, in article order.
    pub claims: Vec<(usize, Claim)>,
}

/// Groups the claims of every article (index = article position) into fact drafts.
pub(crate) fn group(per_article: Vec<Vec<Claim>>) -> Vec<Draft> {
    let canon = Canon::new(&per_article);
    let mut buckets: BTreeMap<(FactKind, String, Attribute), Vec<(usize, Claim)>> = BTreeMap::new();
    for (article, claims) in per_article.into_iter().enumerate() {
        for mut claim in claims {
            claim.subject_key = cross_language_key(&canon.person(&claim));
            claim.object_key = claim.object_key.as_deref().map(cross_language_key);
            let key = (claim.kind, claim.subject_key.clone(), claim.attribute);
            buckets.entry(key).or_default().push((article, claim));
        }
    }
    buckets
        .into_values()
        .flat_map(split_by_object)
        .map(draft)
        .collect()
}

/// Where a claim goes within its subject+attribute bucket. The order is that of the drafts,
/// which ties of the final sort keep.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Bucket {
    /// Kept apart by value: titles, amounts without a date, ages of a one-word subject.
    Value(ValueKey),
    /// Claims without an object when no single object can take them.
    Loose,
    /// One object, and for amounts their unit: "grew 5%" and "grew by $100 million" in one
    /// year never contradict each other.
    Object { key: String, unit: Option<Unit> },
}

/// The value under which object-less claims are kept apart.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum ValueKey {
    /// An age, by its value.
    Age(String),
    /// An amount, by unit and order of magnitude in tenths of a power of ten, so $1.6bn and
    /// $25bn are two facts, not a conflict.
    Magnitude { unit: Unit, tenths: i64 },
    /// A title, by its name key.
    Name(String),
}

/// Splits one subject+attribute bucket by object. Claims without an object join the one object
/// the others name; amounts without a date and titles never meet values they could contradict.
fn split_by_object(claims: Vec<(usize, Claim)>) -> Vec<Vec<(usize, Claim)>> {
    let mut by_object: BTreeMap<Bucket, Vec<(usize, Claim)>> = BTreeMap::new();
    let mut loose = Vec::new();
    for (article, claim) in claims {
        // An age is one fact per person, but a one-word subject may be a common noun read as a
        // name ("ein 32-jähriger Mann"): two such men never contradict each other.
        let is_age = claim.attribute == Attribute::Age;
        let separate_values = matches!(claim.kind, FactKind::Title)
            || (claim.kind == FactKind::Amount && claim.object_key.is_none() && !is_age)
            || (is_age && !claim.subject_key.contains(' '));
        match (&claim.object_key, separate_values) {
            (_, true) => by_object
                .entry(Bucket::Value(value_key(&claim)))
                .or_default()
                .push((article, claim)),
            (Some(key), false) => by_object
                .entry(Bucket::Object {
                    key: key.clone(),
                    unit: claim.amount.map(|(_, unit)| unit),
                })
                .or_default()
                .push((article, claim)),
            (None, false) => loose.push((article, claim)),
        }
    }
    join_translated_organisations(&mut by_object);
    let named: Vec<&Bucket> = by_object
        .keys()
        .filter(|k| matches!(k, Bucket::Object { .. }))
        .collect();
    if let [only] = named[..] {
        let only = only.clone();
        by_object
            .get_mut(&only)
            .expect("key listed")
            .append(&mut loose);
    } else if !loose.is_empty() {
        by_object.insert(Bucket::Loose, loose);
    }
    by_object.into_values().collect()
}

/// One person's position at organisations named in different languages ("International Red
/// Cross", "Internationales Rotes Kreuz") is one fact: their keys never match, and two singles
/// would hide that the articles agree. Buckets join only when no language and no article is in
/// both and every title of one is compatible with every title of the other, so a join never
/// makes a conflict, and a title read in one language still meets its translation.
fn join_translated_organisations(by_object: &mut BTreeMap<Bucket, Vec<(usize, Claim)>>) {
    let is_position = |claims: &[(usize, Claim)]| {
        claims
            .iter()
            .all(|(_, c)| c.attribute == Attribute::Position)
    };
    let keys: Vec<Bucket> = by_object
        .iter()
        .filter(|(k, v)| matches!(k, Bucket::Object { .. }) && is_position(v))
        .map(|(k, _)| k.clone())
        .collect();
    let mut kept: Vec<Bucket> = Vec::new();
    for key in keys {
        let claims = &by_object[&key];
        let Some(into) = kept
            .iter()
            .find(|k| joinable(&by_object[k], claims))
            .cloned()
        else {
            kept.push(key);
            continue;
        };
        let mut moved = by_object.remove(&key).expect("key listed");
        by_object
            .get_mut(&into)
            .expect("key kept")
            .append(&mut moved);
    }
}

/// True when two position buckets share no language and no article, all their titles fit, and
/// their organisations share a cognate word: "Acme Corp" and "Globex SA" are two employers
/// whatever the languages, "Federation of German Industries" and "Fédération" one.
fn joinable(a: &[(usize, Claim)], b: &[(usize, Claim)]) -> bool {
    let langs = |claims: &[(usize, Claim)]| -> BTreeSet<Lang> {
        claims.iter().map(|(_, c)| c.lang).collect()
    };
    let articles =
        |claims: &[(usize, Claim)]| -> BTreeSet<usize> { claims.iter().map(|(a, _)| *a).collect() };
    langs(a).is_disjoint(&langs(b))
        && articles(a).is_disjoint(&articles(b))
        && share_a_cognate(&a[0].1, &b[0].1)
        && a.iter().all(|(_, x)| {
            b.iter()
                .all(|(_, y)| positions_compatible(&x.value, &y.value))
        })
}

/// Letters a cognate must share from its start ("cons-ejo", "cons-iglio", "inte-rnational").
const COGNATE_PREFIX: usize = 4;

/// True when a word of one claim's organisation and a word of the other's open alike: their
/// first [`COGNATE_PREFIX`] letters match once accents are dropped.
fn share_a_cognate(a: &Claim, b: &Claim) -> bool {
    let stems = |c: &Claim| -> Vec<String> {
        c.object_key
            .as_deref()
            .unwrap_or_default()
            .split(' ')
            .filter(|w| w.chars().count() >= COGNATE_PREFIX)
            .map(|w| w.chars().take(COGNATE_PREFIX).map(fold_accent).collect())
            .collect()
    };
    let theirs = stems(b);
    stems(a).iter().any(|s| theirs.contains(s))
}

/// The value key under which an object-less claim is kept apart.
fn value_key(claim: &Claim) -> ValueKey {
    if claim.attribute == Attribute::Age {
        return ValueKey::Age(claim.value.clone());
    }
    match claim.amount {
        Some((value, unit)) => ValueKey::Magnitude {
            unit,
            tenths: (value.abs().max(1.0).log10() * 10.0).round() as i64,
        },
        None => ValueKey::Name(crate::mentions::name::name_key(&claim.value)),
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
    // Claims of organisations named in two languages share a draft: the object shown is that of
    // the smallest key, whatever the order of the articles.
    let key = claims
        .iter()
        .filter_map(|(_, c)| c.object_key.as_ref())
        .min();
    let object = claims
        .iter()
        .filter(|(_, c)| c.object_key.as_ref() == key)
        .find_map(|(_, c)| c.object.clone());
    Draft {
        kind: first.kind,
        subject,
        attribute: first.attribute,
        object,
        claims,
    }
}

/// Canonical person keys across all articles.
struct Canon {
    /// Person keys of two words or more.
    full: Vec<String>,
    /// Every person key.
    all: BTreeSet<String>,
}

impl Canon {
    fn new(per_article: &[Vec<Claim>]) -> Canon {
        let all: BTreeSet<String> = per_article
            .iter()
            .flatten()
            .filter(|c| is_person_keyed(c))
            .map(|c| c.subject_key.clone())
            .collect();
        let full = all.iter().filter(|k| k.contains(' ')).cloned().collect();
        Canon { full, all }
    }

    fn person(&self, claim: &Claim) -> String {
        let key = &claim.subject_key;
        if !is_person_keyed(claim) {
            return key.clone();
        }
        if let Some(base) = self.genitive_base(claim) {
            return self.extension(base).unwrap_or(base).to_string();
        }
        self.extension(key).unwrap_or(key).to_string()
    }

    /// The one longer name that `key` opens or closes ("Doe" → "Jane Doe"), if exactly one.
    fn extension(&self, key: &str) -> Option<&str> {
        let mut matches = self
            .full
            .iter()
            .filter(|f| f.len() > key.len() && extends(f, key));
        match (matches.next(), matches.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// A German genitive ("Erdogans", "Maria Webers") is the name without its -s, but only when
    /// the articles name the person that way too: "Hans" and "Thomas" are names of their own.
    fn genitive_base<'k>(&self, claim: &'k Claim) -> Option<&'k str> {
        let base = claim.subject_key.strip_suffix('s')?;
        (claim.lang == Lang::De
            && base.len() > 2
            && (self.all.contains(base) || self.extension(base).is_some()))
        .then_some(base)
    }
}

/// True when `part`'s words open or close `full`'s: "Doe" and "Gunawan Agung" extend to
/// "Jane Doe" and "Anthonius Gunawan Agung".
fn extends(full: &str, part: &str) -> bool {
    let opens = full
        .strip_prefix(part)
        .is_some_and(|rest| rest.starts_with(' '));
    let closes = full
        .strip_suffix(part)
        .is_some_and(|rest| rest.ends_with(' '));
    opens || closes
}

fn is_person_keyed(claim: &Claim) -> bool {
    claim.kind == FactKind::Role
        || claim.attribute == Attribute::Position
        || matches!(claim.attribute, Attribute::Event(e) if PERSON_EVENTS.contains(&e))
        || claim.attribute == Attribute::Age
}

/// Dated events whose subject is a person, so "Weber died" joins "Hans Weber was born" (ages
/// are person-keyed too).
const PERSON_EVENTS: &[&str] = &["born", "died"];
