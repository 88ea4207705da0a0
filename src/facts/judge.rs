//! Facts, second step: a fact draft → agree, conflict or single, with the reason in plain words.
//!
//! A conflict needs two *independent* articles (not near-copies of each other) whose values
//! cannot both hold: disjoint roles for one person and work, incompatible titles for one person
//! at one organisation, different holders of a single-holder position, amounts of one measure and
//! date beyond the tolerance. Everything else that two independent articles state is agreement.

use super::group::Draft;
use crate::claims::position::positions_compatible;
use crate::claims::Attribute;
use crate::report::{FactKind, Verdict};

/// Years two ages of one person may differ by: a birthday may fall between two articles.
const AGE_SLACK: f64 = 1.0;

/// Judges one draft. `cluster[i]` is article i's near-copy cluster (its own index when unique).
pub(crate) fn judge(
    draft: &Draft,
    cluster: &[usize],
    ids: &[String],
    tolerance: f64,
) -> (Verdict, String) {
    let sides = sides(draft, cluster, ids);
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
    /// Indexes of its claims in the draft (figures compare claim by claim).
    claims: Vec<usize>,
}

/// One side per near-copy cluster, holding the values of all its members and named after its
/// member with the smallest id: which copy came first in the input must not change a verdict.
fn sides(draft: &Draft, cluster: &[usize], ids: &[String]) -> Vec<Side> {
    let mut out: Vec<Side> = Vec::new();
    for (index, (article, claim)) in draft.claims.iter().enumerate() {
        let value = match claim.kind {
            FactKind::Position if claim.attribute != Attribute::Position => {
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
                if ids[*article] < ids[side.article] {
                    side.article = *article;
                }
                side.claims.push(index);
                if !side.values.contains(&value) {
                    side.values.push(value);
                    side.amounts.extend(amount);
                }
            }
            None => out.push(Side {
                article: *article,
                values: vec![value],
                amounts: amount.into_iter().collect(),
                claims: vec![index],
            }),
        }
    }
    out.sort_by(|a, b| ids[a.article].cmp(&ids[b.article]));
    out
}

fn compatible(draft: &Draft, a: &Side, b: &Side, tolerance: f64) -> bool {
    match draft.kind {
        FactKind::Amount if draft.attribute == Attribute::Age => a
            .amounts
            .iter()
            .any(|x| b.amounts.iter().any(|y| (x - y).abs() <= AGE_SLACK)),
        FactKind::Amount => a
            .amounts
            .iter()
            .any(|x| b.amounts.iter().any(|y| within(*x, *y, tolerance))),
        FactKind::Position if draft.attribute == Attribute::Position => a
            .values
            .iter()
            .any(|p| b.values.iter().any(|q| positions_compatible(p, q))),
        FactKind::Title => true,
        FactKind::Figure => a.claims.iter().any(|&x| {
            b.claims
                .iter()
                .any(|&y| super::figures::compatible(&draft.claims[x].1, &draft.claims[y].1))
        }),
        FactKind::Date => a.values.iter().any(|x| {
            b.values
                .iter()
                .any(|y| crate::mentions::date::keys_compatible(x, y))
        }),
        _ => a.values.iter().any(|v| b.values.contains(v)),
    }
}

fn within(x: f64, y: f64, tolerance: f64) -> bool {
    (x - y).abs() <= tolerance * x.abs().max(y.abs())
}

fn names(draft: &Draft, ids: &[String]) -> Vec<String> {
    let mut who: Vec<String> = draft.claims.iter().map(|(a, _)| ids[*a].clone()).collect();
    who.dedup();
    who
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Claim;
    use crate::facts::group::group;
    use crate::mentions::quantity::Unit;
    use crate::types::Span;

    fn claim(
        kind: FactKind,
        subject: &str,
        attribute: &'static str,
        object: Option<&str>,
        value: &str,
    ) -> Claim {
        Claim {
            kind,
            subject: subject.into(),
            subject_key: crate::mentions::name::name_key(subject),
            attribute: Attribute::of(kind, attribute),
            object: object.map(Into::into),
            object_key: object.map(crate::mentions::name::name_key),
            value: value.into(),
            sentence: Span::new(0, 1),
            evidence: Span::new(0, 1),
            amount: None,
            lang: crate::types::Lang::En,
            figure: None,
            context: None,
        }
    }

    fn money(subject: &str, year: Option<&str>, value: f64) -> Claim {
        let mut c = claim(
            FactKind::Amount,
            subject,
            "raised",
            year,
            &format!("{value} USD"),
        );
        c.amount = Some((value, Unit::Money("USD")));
        c
    }

    /// Verdicts of the facts formed by the claims of each article, with no near-copies.
    fn verdicts(per_article: Vec<Vec<Claim>>) -> Vec<(String, Verdict)> {
        let ids: Vec<String> = (0..per_article.len()).map(|i| format!("a{i}")).collect();
        let cluster: Vec<usize> = (0..per_article.len()).collect();
        group(per_article.clone())
            .iter()
            .map(|d| (d.subject.clone(), judge(d, &cluster, &ids, 0.05).0))
            .collect()
    }

    /// Near-copies "a0" and "a2" are one side whatever their input order: the union of their
    /// values, named after the smaller id.
    #[test]
    fn a_near_copy_cluster_is_one_side_in_any_order() {
        let lead = || vec![claim(Role, "Jane Doe", "role", Some("Blue"), "lead actor")];
        let director = || vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")];
        let orders = [
            (
                vec!["a0", "a1", "a2"],
                vec![lead(), lead(), director()],
                vec![0, 1, 0],
            ),
            (
                vec!["a2", "a1", "a0"],
                vec![director(), lead(), lead()],
                vec![0, 1, 0],
            ),
        ];
        for (ids, per_article, cluster) in orders {
            let ids: Vec<String> = ids.into_iter().map(String::from).collect();
            let drafts = group(per_article.clone());
            let (verdict, reason) = judge(&drafts[0], &cluster, &ids, 0.05);
            assert_eq!(verdict, Agree, "{ids:?}");
            assert_eq!(reason, "2 independent articles agree (a0, a1)", "{ids:?}");
        }
    }

    macro_rules! t {
        ($name:ident, $articles:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Vec<(String, Verdict)> = $want
                    .iter()
                    .map(|(s, v): &(&str, Verdict)| (s.to_string(), *v))
                    .collect();
                assert_eq!(verdicts($articles), want);
            }
        };
    }

    use FactKind::{Date, Position, Role};
    use Verdict::{Agree, Conflict, Single};

    fn in_lang(mut claim: Claim, lang: crate::types::Lang) -> Claim {
        claim.lang = lang;
        claim
    }

    fn growth(subject: &str, lang: crate::types::Lang) -> Claim {
        let mut c = claim(FactKind::Amount, subject, "growth", None, "14%");
        c.amount = Some((14.0, Unit::Percent));
        in_lang(c, lang)
    }

    use crate::types::Lang::{De, Fr, It};

    // German genitives join the name they inflect, only when that name is claimed too.
    t!(
        german_genitive_joins_its_base_name,
        vec![
            vec![claim(
                Position,
                "Präsident Brenner",
                "position",
                None,
                "president"
            )],
            vec![in_lang(
                claim(Position, "Brenners", "position", None, "president"),
                De
            )],
        ],
        [("Präsident Brenner", Agree)]
    );
    t!(
        german_genitive_of_a_full_name,
        vec![
            vec![claim(
                Position,
                "Karl Brenner",
                "position",
                None,
                "president"
            )],
            vec![in_lang(
                claim(Position, "Karl Brenners", "position", None, "president"),
                De
            )],
        ],
        [("Karl Brenners", Agree)]
    );
    t!(
        a_name_ending_in_s_is_no_genitive_without_its_base,
        vec![
            vec![claim(Position, "Tomas", "position", None, "president")],
            vec![in_lang(
                claim(Position, "Tomas", "position", None, "president"),
                De
            )],
            vec![in_lang(
                claim(Position, "Jonas", "position", None, "president"),
                De
            )],
        ],
        [("Jonas", Single), ("Tomas", Agree)]
    );
    t!(
        genitive_s_outside_german_is_part_of_the_name,
        vec![
            vec![claim(Position, "Brenner", "position", None, "president")],
            vec![in_lang(
                claim(Position, "Brenners", "position", None, "president"),
                Fr
            )],
        ],
        [("Brenner", Single), ("Brenners", Single)]
    );
    t!(
        last_words_join_the_one_longer_name,
        vec![
            vec![age("Ana María Soto", 21.0)],
            vec![age("María Soto", 21.0)],
        ],
        [("Ana María Soto", Agree)]
    );
    // Countries key alike in every language, with or without their article.
    t!(
        translated_country_names_agree,
        vec![
            vec![growth("China", crate::types::Lang::En)],
            vec![growth("La Chine", Fr)],
            vec![growth("Cina", It)],
        ],
        [("La Chine", Agree)]
    );
    t!(
        translated_country_objects_agree,
        vec![
            vec![claim(
                Position,
                "Jane Doe",
                "position",
                Some("US"),
                "president"
            )],
            vec![in_lang(
                claim(
                    Position,
                    "Jane Doe",
                    "position",
                    Some("États-Unis"),
                    "president"
                ),
                Fr
            )],
        ],
        [("Jane Doe", Agree)]
    );
    // One person's title at organisations named in two languages is one fact, unless it would
    // make a conflict or the names come from one language.
    t!(
        translated_organisations_join,
        vec![
            vec![claim(
                Position,
                "Jan Berg",
                "position",
                Some("Northern Rail Union"),
                "head"
            )],
            vec![in_lang(
                claim(
                    Position,
                    "Jan Berg",
                    "position",
                    Some("Nordbahn-Union"),
                    "head"
                ),
                De
            )],
            vec![in_lang(
                claim(Position, "Jan Berg", "position", None, "head"),
                Fr
            )],
        ],
        [("Jan Berg", Agree)]
    );
    t!(
        unrelated_organisations_in_two_languages_stay_apart,
        vec![
            vec![claim(
                Position,
                "Jan Berg",
                "position",
                Some("Acme Corp"),
                "CEO"
            )],
            vec![in_lang(
                claim(Position, "Jan Berg", "position", Some("Globex AG"), "chair"),
                De
            )],
        ],
        [("Jan Berg", Single), ("Jan Berg", Single)]
    );
    t!(
        translated_organisations_with_accents_join,
        vec![
            vec![claim(
                Position,
                "Léa Roux",
                "position",
                Some("Fédération des mines"),
                "head"
            )],
            vec![in_lang(
                claim(
                    Position,
                    "Léa Roux",
                    "position",
                    Some("Federazione minerarie"),
                    "head"
                ),
                It
            )],
        ],
        [("Léa Roux", Agree)]
    );
    t!(
        organisations_of_one_language_stay_apart,
        vec![
            vec![claim(
                Position,
                "Jan Berg",
                "position",
                Some("Northern Rail Union"),
                "head"
            )],
            vec![claim(
                Position,
                "Jan Berg",
                "position",
                Some("Acme Bank"),
                "head"
            )],
        ],
        [("Jan Berg", Single), ("Jan Berg", Single)]
    );
    t!(
        translated_organisations_never_make_a_conflict,
        vec![
            vec![claim(
                Position,
                "Jan Berg",
                "position",
                Some("Northern Rail Union"),
                "CFO"
            )],
            vec![in_lang(
                claim(
                    Position,
                    "Jan Berg",
                    "position",
                    Some("Nordbahn-Union"),
                    "spokesperson"
                ),
                De
            )],
        ],
        [("Jan Berg", Single), ("Jan Berg", Single)]
    );
    t!(
        disjoint_roles_conflict,
        vec![
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")],
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "producer")],
        ],
        [("Jane Doe", Conflict)]
    );
    t!(
        overlapping_roles_agree,
        vec![
            vec![
                claim(Role, "Jane Doe", "role", Some("Blue"), "director"),
                claim(Role, "Jane Doe", "role", Some("Blue"), "screenwriter")
            ],
            vec![claim(Role, "Jane Doe", "role", None, "director")],
        ],
        [("Jane Doe", Agree)]
    );
    t!(
        roles_in_different_works_never_meet,
        vec![
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")],
            vec![claim(Role, "Jane Doe", "role", Some("Red"), "producer")],
        ],
        [("Jane Doe", Single), ("Jane Doe", Single)]
    );
    t!(
        surname_joins_the_one_full_name,
        vec![
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")],
            vec![claim(Role, "Doe", "role", Some("Blue"), "director")],
        ],
        [("Jane Doe", Agree)]
    );
    t!(
        ambiguous_surname_stays_apart,
        vec![
            vec![
                claim(Role, "Jane Doe", "role", Some("Blue"), "director"),
                claim(Role, "John Doe", "role", Some("Blue"), "producer")
            ],
            vec![claim(Role, "Doe", "role", Some("Blue"), "producer")],
        ],
        [("Doe", Single), ("Jane Doe", Single), ("John Doe", Single)]
    );
    t!(
        generic_and_co_held_positions_are_compatible,
        vec![
            vec![claim(
                Position,
                "Jane Doe",
                "position",
                Some("Acme"),
                "head"
            )],
            vec![claim(Position, "Jane Doe", "position", Some("Acme"), "CEO")],
            vec![claim(
                Position,
                "Jane Doe",
                "position",
                Some("Acme"),
                "chair"
            )],
        ],
        [("Jane Doe", Agree)]
    );
    t!(
        distinct_positions_conflict,
        vec![
            vec![claim(
                Position,
                "Jane Doe",
                "position",
                Some("Acme"),
                "executive director"
            )],
            vec![claim(Position, "Jane Doe", "position", Some("Acme"), "CEO")],
        ],
        [("Jane Doe", Conflict)]
    );
    t!(
        two_holders_of_one_ceo_post_conflict,
        vec![
            vec![claim(Position, "Acme", "CEO", None, "Jane Doe")],
            vec![claim(Position, "Acme", "CEO", None, "John Roe")],
        ],
        [("Acme", Conflict)]
    );
    t!(
        amounts_within_tolerance_agree,
        vec![
            vec![money("Acme", Some("2014"), 4.8e9)],
            vec![money("Acme", Some("2014"), 4.83e9)]
        ],
        [("Acme", Agree)]
    );
    t!(
        amounts_beyond_tolerance_conflict,
        vec![
            vec![money("Acme", Some("2014"), 4.8e9)],
            vec![money("Acme", Some("2014"), 6.0e9)]
        ],
        [("Acme", Conflict)]
    );
    t!(
        amounts_of_different_units_never_conflict,
        vec![
            vec![money("Acme", Some("2014"), 4.8e9)],
            vec![{
                let mut c = money("Acme", Some("2014"), 5.0);
                c.amount = Some((5.0, Unit::Percent));
                c
            }]
        ],
        [("Acme", Single), ("Acme", Single)]
    );
    t!(
        undated_amounts_of_different_size_never_conflict,
        vec![
            vec![money("Acme", None, 25e9)],
            vec![money("Acme", None, 1.6e9)]
        ],
        [("Acme", Single), ("Acme", Single)]
    );

    t!(
        a_year_holds_for_a_day_in_it,
        vec![
            vec![claim(Date, "Acme", "founded", None, "1998")],
            vec![claim(Date, "Acme", "founded", None, "1998-06-03")],
            vec![claim(Date, "Acme", "founded", None, "1998-06")],
        ],
        [("Acme", Agree)]
    );
    t!(
        different_years_conflict,
        vec![
            vec![claim(Date, "Acme", "founded", None, "2014")],
            vec![claim(Date, "Acme", "founded", None, "2015-01-02")],
        ],
        [("Acme", Conflict)]
    );
    t!(
        different_months_of_one_year_conflict,
        vec![
            vec![claim(Date, "Acme", "acquired", None, "2014-06")],
            vec![claim(Date, "Acme", "acquired", None, "2014-07-01")],
        ],
        [("Acme", Conflict)]
    );
    t!(
        different_events_never_meet,
        vec![
            vec![claim(Date, "Acme", "founded", None, "1998")],
            vec![claim(Date, "Acme", "acquired", None, "2014")],
        ],
        [("Acme", Single), ("Acme", Single)]
    );
    t!(
        a_surname_dies_with_the_full_name,
        vec![
            vec![claim(Date, "Hans Weber", "died", None, "1945")],
            vec![claim(Date, "Weber", "died", None, "1945-10-01")],
        ],
        [("Hans Weber", Agree)]
    );

    fn age(subject: &str, years: f64) -> Claim {
        let mut c = claim(FactKind::Amount, subject, "age", None, &years.to_string());
        c.amount = Some((years, Unit::Count));
        c
    }

    t!(
        ages_a_year_apart_agree,
        vec![vec![age("Jane Doe", 44.0)], vec![age("Doe", 45.0)]],
        [("Jane Doe", Agree)]
    );
    t!(
        one_word_ages_never_conflict,
        vec![vec![age("Mann", 44.0)], vec![age("Mann", 41.0)]],
        [("Mann", Single), ("Mann", Single)]
    );
    t!(
        ages_further_apart_conflict,
        vec![vec![age("Jane Doe", 45.0)], vec![age("Jane Doe", 52.0)]],
        [("Jane Doe", Conflict)]
    );

    #[test]
    fn near_copies_are_one_voice() {
        let per_article = vec![
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")],
            vec![claim(Role, "Jane Doe", "role", Some("Blue"), "director")],
        ];
        let ids = vec!["a".to_string(), "b".to_string()];
        let drafts = group(per_article.clone());
        let (verdict, reason) = judge(&drafts[0], &[0, 0], &ids, 0.05);
        assert_eq!(verdict, Single);
        assert_eq!(reason, "only near-copies (a, b) state it");
    }
}
