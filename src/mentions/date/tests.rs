//! Tests of `mentions::date` (a sibling file, so the reader stays under 1,200 lines).
use super::*;

/// Each case: language, sentence, publication date or "", then every date as (slice, key).
type Case = (
    Lang,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

fn found(lang: Lang, text: &str, published: &str) -> Vec<(String, String)> {
    let anchor = DateValue::parse_iso(published);
    let d = dates(text, Span::new(0, text.len()), lang, anchor);
    for x in &d {
        assert!(
            text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end),
            "{x:?} in {text}"
        );
    }
    d.iter()
        .map(|x| (x.span.of(text).to_string(), x.value.key()))
        .collect()
}

fn check(cases: &[Case]) {
    for (lang, text, published, expected) in cases {
        let got = found(*lang, text, published);
        let got: Vec<(&str, &str)> = got.iter().map(|(t, k)| (t.as_str(), k.as_str())).collect();
        assert_eq!(&got, expected, "{lang:?}: {text} (published {published:?})");
    }
}

const ABSOLUTE: &[Case] = &[
    (
        Lang::En,
        "It opened on 3 June 2014.",
        "",
        &[("3 June 2014", "2014-06-03")],
    ),
    (
        Lang::En,
        "It opened on June 3, 2014.",
        "",
        &[("June 3, 2014", "2014-06-03")],
    ),
    (
        Lang::En,
        "It opened on the 3rd of June 2014.",
        "",
        &[("3rd of June 2014", "2014-06-03")],
    ),
    (
        Lang::En,
        "It opened on Sept. 21, 2019.",
        "",
        &[("Sept. 21, 2019", "2019-09-21")],
    ),
    (
        Lang::En,
        "It opened in June 2014.",
        "",
        &[("June 2014", "2014-06")],
    ),
    (
        Lang::En,
        "It opened in Jan. 2014.",
        "",
        &[("Jan. 2014", "2014-01")],
    ),
    (
        Lang::En,
        "Filed 2014-06-03, out 18/01/2025.",
        "",
        &[("2014-06-03", "2014-06-03"), ("18/01/2025", "2025-01-18")],
    ),
    (
        Lang::En,
        "Unambiguous 01/18/2025, ambiguous 03/06/2014.",
        "",
        &[("01/18/2025", "2025-01-18"), ("03/06/2014", "2014")],
    ),
    (
        Lang::En,
        "Founded in 2014, sold in 2000.",
        "",
        &[("2014", "2014"), ("2000", "2000")],
    ),
    (
        Lang::Fr,
        "Sorti le 3 juin 2014.",
        "",
        &[("3 juin 2014", "2014-06-03")],
    ),
    (
        Lang::Fr,
        "Sorti le 1er juin 2014.",
        "",
        &[("1er juin 2014", "2014-06-01")],
    ),
    (
        Lang::Fr,
        "Sorti en juin 2014, puis en 2015.",
        "",
        &[("juin 2014", "2014-06"), ("2015", "2015")],
    ),
    (
        Lang::Fr,
        "Sorti le 3 janv. 2014 et le 03/06/2014.",
        "",
        &[("3 janv. 2014", "2014-01-03"), ("03/06/2014", "2014-06-03")],
    ),
    (
        Lang::Fr,
        "Le 29 février 2023 n’existe pas.",
        "",
        &[("2023", "2023")],
    ), // no such day; the year stands
    (
        Lang::De,
        "Er kam am 3. Juni 2014.",
        "",
        &[("3. Juni 2014", "2014-06-03")],
    ),
    (
        Lang::De,
        "Er kam im Juni 2014, seit 2014 ist er da.",
        "",
        &[("Juni 2014", "2014-06"), ("2014", "2014")],
    ),
    (
        Lang::De,
        "Er kam am 18.01.2025 und am 3. Febr. 2020.",
        "",
        &[
            ("18.01.2025", "2025-01-18"),
            ("3. Febr. 2020", "2020-02-03"),
        ],
    ),
    (
        Lang::Es,
        "Llegó el 3 de junio de 2014.",
        "",
        &[("3 de junio de 2014", "2014-06-03")],
    ),
    (
        Lang::It,
        "Arrivato il 3 giugno 2014.",
        "",
        &[("3 giugno 2014", "2014-06-03")],
    ),
    (
        Lang::Und,
        "Released 2014-06-03 and in 2014.",
        "",
        &[("2014-06-03", "2014-06-03"), ("2014", "2014")],
    ),
];

const NEEDS_PUBLICATION: &[Case] = &[
    (
        Lang::En,
        "Shooting starts in early June.",
        "2024-03-01",
        &[("June", "2024-06")],
    ),
    (Lang::En, "Shooting starts in early June.", "", &[]),
    (
        Lang::En,
        "Talks resume by mid-September.",
        "2024-03-01",
        &[("September", "2024-09")],
    ),
    (
        Lang::Fr,
        "Prévue pour la mi-octobre.",
        "2024-03-01",
        &[("octobre", "2024-10")],
    ),
    (
        Lang::De,
        "Er kommt am 3. Juni.",
        "2024-03-01",
        &[("3. Juni", "2024-06-03")],
    ),
    (Lang::De, "Er kommt am 3. Juni.", "", &[]),
    (
        Lang::En,
        "It was announced yesterday.",
        "2024-03-01",
        &[("yesterday", "2024-02-29")],
    ),
    (Lang::En, "It was announced yesterday.", "", &[]),
    (
        Lang::En,
        "Last night and today, tomorrow.",
        "2023-01-01",
        &[
            ("Last night", "2022-12-31"),
            ("today", "2023-01-01"),
            ("tomorrow", "2023-01-02"),
        ],
    ),
    (
        Lang::En,
        "Profit fell last year, rose this year, and will rise next year.",
        "2024-03-01",
        &[
            ("last year", "2023"),
            ("this year", "2024"),
            ("next year", "2025"),
        ],
    ),
    (
        Lang::En,
        "Sales dropped last month.",
        "2024-01-15",
        &[("last month", "2023-12")],
    ),
    (
        Lang::Fr,
        "Annoncé hier, confirmé aujourd’hui, signé demain.",
        "2024-03-01",
        &[
            ("hier", "2024-02-29"),
            ("aujourd’hui", "2024-03-01"),
            ("demain", "2024-03-02"),
        ],
    ),
    (
        Lang::Fr,
        "L’année dernière, l'an dernier, l’an passé.",
        "2024-03-01",
        &[
            ("L’année dernière", "2023"),
            ("l'an dernier", "2023"),
            ("l’an passé", "2023"),
        ],
    ),
    (
        Lang::Fr,
        "Cette année et l’année prochaine, le mois dernier.",
        "2024-03-01",
        &[
            ("Cette année", "2024"),
            ("l’année prochaine", "2025"),
            ("le mois dernier", "2024-02"),
        ],
    ),
    (
        Lang::De,
        "Gestern, heute und morgen.",
        "2024-12-31",
        &[
            ("Gestern", "2024-12-30"),
            ("heute", "2024-12-31"),
            ("morgen", "2025-01-01"),
        ],
    ),
    (
        Lang::De,
        "Am Morgen kam er, Morgen ist ein Nomen.",
        "2024-12-31",
        &[],
    ),
    (
        Lang::De,
        "Letztes Jahr, im vergangenen Jahr, im Vorjahr.",
        "2024-03-01",
        &[
            ("Letztes Jahr", "2023"),
            ("im vergangenen Jahr", "2023"),
            ("im Vorjahr", "2023"),
        ],
    ),
    (
        Lang::De,
        "In diesem Jahr, nächstes Jahr, letzten Monat.",
        "2024-01-01",
        &[
            ("In diesem Jahr", "2024"),
            ("nächstes Jahr", "2025"),
            ("letzten Monat", "2023-12"),
        ],
    ),
];

const NO_DATE: &[(Lang, &str)] = &[
    (Lang::En, "It cost $2000 and 2000 dollars, up 2014%."),
    (Lang::En, "COVID-19 and the 1990s and A2014."),
    (Lang::En, "Call 555-2014 or 555-12-2014."),
    (Lang::En, "He may march on."),
    (Lang::En, "May we go?"),
    (Lang::En, "Jan spoke."),
    (
        Lang::En,
        "A quasi-Teresa-May character; Drought Areas May Benefit.",
    ),
    (Lang::De, "Es kostet 2.014 Euro und 10.000 Euro."),
    (Lang::Fr, "Il a sept ans et 1850 habitants."),
];

#[test]
fn month_initials_rule_out_only_words_no_month_starts_like() {
    for lang in Lang::ALL {
        let t = &tables(lang).numbers;
        let initials = MonthInitials::of_tables(t);
        for (name, _) in t.months.iter().chain(t.month_abbreviations) {
            let first = name.as_bytes()[0];
            assert!(initials.may_start(first), "{lang:?} {name}");
            assert!(
                initials.may_start(first.to_ascii_uppercase()),
                "{lang:?} {name}"
            );
        }
        assert!(initials.may_start("É".as_bytes()[0]), "{lang:?}");
    }
    let english = MonthInitials::of(&tables(Lang::En).numbers);
    assert!(!english.may_start(b'Z') && !english.may_start(b'w') && !english.may_start(b'7'));
}

#[test]
fn month_initials_rule_out_only_words_no_month_starts_like_by_two_bytes() {
    for lang in Lang::ALL {
        let t = &tables(lang).numbers;
        let initials = MonthInitials::of_tables(t);
        for (name, _) in t.months.iter().chain(t.month_abbreviations) {
            for word in [name.to_string(), name.to_uppercase(), name.to_lowercase()] {
                assert!(initials.may_start_word(word.as_bytes()), "{lang:?} {word}");
            }
        }
        let some_m = t
            .months
            .iter()
            .any(|(name, _)| name.starts_with(['m', 'M']));
        for word in ["Élysée", "éte", "m\u{e4}rz"]
            .iter()
            .filter(|w| some_m || !w.starts_with('m'))
        {
            assert!(initials.may_start_word(word.as_bytes()), "{lang:?} {word}");
        }
    }
    let english = MonthInitials::of(&tables(Lang::En).numbers);
    for word in [
        "mother", "Sunday", "the", "a", "M.", "d", "Zoo", "de ", "der", "not", "mad",
    ] {
        assert!(!english.may_start_word(word.as_bytes()), "{word}");
    }
}

#[test]
fn absolute_dates() {
    check(ABSOLUTE);
}

#[test]
fn dates_needing_the_publication_date() {
    check(NEEDS_PUBLICATION);
}

#[test]
fn no_date_in_amounts_codes_and_names() {
    for (lang, text) in NO_DATE {
        assert_eq!(found(*lang, text, "2024-03-01"), vec![], "{lang:?}: {text}");
    }
}

#[test]
fn year_ranges_give_each_year() {
    assert_eq!(
        found(Lang::En, "The 2014-2015 season", ""),
        [
            ("2014".into(), "2014".into()),
            ("2015".into(), "2015".into())
        ]
    );
    assert_eq!(
        found(Lang::En, "The 2014/15 season", ""),
        [("2014".into(), "2014".into())]
    );
}

#[test]
fn iso_parsing_and_keys() {
    assert_eq!(
        DateValue::parse_iso(" 2014-06-03 ").map(|d| d.key()),
        Some("2014-06-03".into())
    );
    for bad in [
        "2014-6-3",
        "2014-02-30",
        "2014-13-01",
        "20140603",
        "",
        "2014-06-03x",
    ] {
        assert_eq!(DateValue::parse_iso(bad), None, "{bad}");
    }
    assert_eq!(DateValue::year(2014).key(), "2014");
    assert_eq!(DateValue::month(2014, 6).key(), "2014-06");
}

#[test]
fn day_arithmetic_crosses_month_and_year_ends() {
    let d = |s| DateValue::parse_iso(s).unwrap();
    for (from, days, to) in [
        ("2024-03-01", -1, "2024-02-29"),
        ("2023-03-01", -1, "2023-02-28"),
        ("2000-03-01", -1, "2000-02-29"),
        ("1900-03-01", -1, "1900-02-28"),
        ("2024-01-01", -1, "2023-12-31"),
        ("2024-12-31", 1, "2025-01-01"),
        ("2024-01-31", 30, "2024-03-01"),
        ("1970-01-01", 0, "1970-01-01"),
    ] {
        assert_eq!(
            d(from).add_days(days).map(|x| x.key()),
            Some(to.to_string()),
            "{from} {days:+}"
        );
    }
    assert_eq!(
        DateValue::month(2024, 1).add_months(-1),
        Some(DateValue::month(2023, 12))
    );
    assert_eq!(DateValue::year(2024).add_days(1), None);
}

#[test]
fn spans_point_into_the_whole_text_with_non_ascii() {
    let text = "« Préambule ». Le 1er août 2014 à Zürich 🎉.";
    let start = text.find("Le").unwrap();
    let d = dates(text, Span::new(start, text.len()), Lang::Fr, None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].span.of(text), "1er août 2014");
    assert_eq!(d[0].value.key(), "2014-08-01");
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// Any mix of digits, separators, currency signs and non-ASCII letters: no panic, and every
    /// date and quantity span lies inside the sentence on char boundaries.
    #[test]
    fn spans_stay_inside_on_char_boundaries(
        text in "[0-9 ,.:/%$£€\\-a-zA-Zéü’«»\u{a0}\u{202f}東🎉]{0,40}",
        lang in proptest::sample::select(Lang::ALL.to_vec()),
    ) {
        let sentence = Span::new(0, text.len());
        let spans = dates(&text, sentence, lang, DateValue::parse_iso("2024-02-29"))
            .into_iter()
            .map(|d| d.span)
            .chain(crate::mentions::quantities(&text, sentence, lang).into_iter().map(|q| q.span));
        for span in spans {
            proptest::prop_assert!(sentence.contains(span) && !span.is_empty());
            proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
}
