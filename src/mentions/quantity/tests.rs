//! Tests of `mentions::quantity` (a sibling file, so the reader stays under 1,200 lines).
use super::*;
use crate::mentions::quantities;
use crate::mentions::scan::same_char;

#[test]
fn second_byte_filter_only_rules_out_cues_that_cannot_match() {
    let cases = [
        ("revenue", "Revenue", true),
        ("revenue", "rEVENUE", true),
        ("revenue", "raised", false),
        ("invest*", "investors", true),
        ("invest*", "ironie", false),
        ("é", "été", true),
        ("box office", "bo", true),
        ("valeur", "v’", true),
        ("umsatz", "über", true),
        ("r", "rx", true),
    ];
    for (cue, word, may) in cases {
        let second = word.as_bytes().get(1).copied();
        assert_eq!(second_may_match(cue, second), may, "{cue} / {word}");
        // Never rules out a real match.
        if match_cue(word, 0, cue).is_some() {
            assert!(second_may_match(cue, second), "{cue} / {word}");
        }
    }
}

#[test]
fn measure_candidates_are_the_cues_may_match_at_keeps() {
    for lang in Lang::ALL {
        let measures = tables(lang).numbers.measures;
        let candidates = MeasureCandidates::of_tables(&tables(lang).numbers);
        for first in 0..=255u8 {
            let kept: Vec<&str> = measures
                .iter()
                .filter(|(cue, _)| may_match_at(cue, first))
                .map(|c| c.0)
                .collect();
            let listed: Vec<&str> = candidates.at(first, measures).map(|c| c.0).collect();
            assert_eq!(listed, kept, "{lang:?} {first}");
        }
    }
}

#[test]
fn whole_numbers_are_written_as_float_formatting_writes_them() {
    let values = [
        0.0,
        -0.0,
        1.0,
        -7.0,
        2014.0,
        4.8e9,
        1.53e11,
        999_999_999_999_999.0,
    ];
    for v in values {
        assert_eq!(format_number(v), two_decimals(v), "{v}");
    }
    assert_eq!(format_number(36.5), "36.5");
    assert_eq!(format_number(4_800_000_000.000_001), "4800000000");
    assert_eq!(format_number(1e20), two_decimals(1e20));
}

#[test]
fn same_char_answers_as_lowercasing_does_for_ascii_against_latin() {
    let lowered = |p: char, c: char| p.to_lowercase().eq(c.to_lowercase());
    for a in '\0'..='\u{7F}' {
        for l in '\u{80}'..='\u{24F}' {
            assert_eq!(same_char(a, l), lowered(a, l), "{a:?} {l:?}");
            assert_eq!(same_char(l, a), lowered(l, a), "{l:?} {a:?}");
        }
    }
    assert!(same_char('é', 'É') && same_char('K', '\u{212A}') && same_char('’', '\''));
}

#[test]
fn may_match_at_rules_out_only_failing_matches() {
    // (pattern, text): the prefilter must say true whenever match_ci matches.
    let cases = [
        ("invest", "Investitionen"),
        ("Mio.", "mio. Euro"),
        ("'s", "’s"),
        ("-", "‐"),
        (" de", "  de"),
        ("été", "Été"),
        ("über", "Über"),
        ("€", "€"),
        ("invest", "Okafor"),
        ("mio", "€ 3"),
        ("été", "ete"),
    ];
    for (pattern, text) in cases {
        let first = text.as_bytes()[0];
        if match_ci(text, 0, pattern).is_some() {
            assert!(may_match_at(pattern, first), "{pattern:?} at {text:?}");
        }
    }
    assert!(!may_match_at("invest", b'Z'));
    assert!(!may_match_at("Mio.", b'3'));
    // Non-ASCII on either side, or a leading space, is left to match_ci.
    assert!(may_match_at("été", b'e'));
    assert!(may_match_at("mio", "€".as_bytes()[0]));
    assert!(may_match_at(" de", b'x'));
}

/// (slice, key, measure) of every quantity in `text` read as one sentence.
fn found(lang: Lang, text: &str) -> Vec<(String, String, Option<&'static str>)> {
    let q = quantities(text, Span::new(0, text.len()), lang);
    for x in &q {
        assert!(
            text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end),
            "{x:?} in {text}"
        );
    }
    q.iter()
        .map(|x| (x.span.of(text).to_string(), x.key(), x.measure))
        .collect()
}

/// Each case: language, sentence, then every quantity as (slice, key, measure or "-").
type Case = (
    Lang,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const MONEY: &[Case] = &[
    (
        Lang::En,
        "Acme raised $1.6 billion last year.",
        &[("$1.6 billion", "1600000000 USD", "raised")],
    ),
    (
        Lang::En,
        "The deal was worth $375 million US.",
        &[("$375 million US", "375000000 USD", "worth")],
    ),
    (
        Lang::En,
        "It is valued at US$2bn.",
        &[("US$2bn", "2000000000 USD", "worth")],
    ),
    (
        Lang::En,
        "Revenue reached HK$443.54 million.",
        &[("HK$443.54 million", "443540000 HKD", "revenue")],
    ),
    (
        Lang::En,
        "Revenue reached $443.54 million HK.",
        &[("$443.54 million HK", "443540000 HKD", "revenue")],
    ),
    (
        Lang::En,
        "They invested 3 billion RMB.",
        &[("3 billion RMB", "3000000000 CNY", "investment")],
    ),
    (
        Lang::En,
        "They invested 3 billion yuan.",
        &[("3 billion yuan", "3000000000 CNY", "investment")],
    ),
    (
        Lang::En,
        "They invested 3 billion renminbi.",
        &[("3 billion renminbi", "3000000000 CNY", "investment")],
    ),
    (
        Lang::En,
        "The fund lost €3m.",
        &[("€3m", "3000000 EUR", "loss")],
    ),
    (
        Lang::En,
        "She earned a salary of £40,000.",
        &[("£40,000", "40000 GBP", "salary")],
    ),
    (
        Lang::En,
        "It sold for £125m, three years ago.",
        &[("£125m", "125000000 GBP", "-"), ("three", "3", "-")],
    ),
    (
        Lang::En,
        "He pulled out of a £11million deal.",
        &[("£11million", "11000000 GBP", "-")],
    ),
    (
        Lang::En,
        "Bond was set at $350,000.",
        &[("$350,000", "350000 USD", "-")],
    ),
    (
        Lang::En,
        "The UK's £2.8bn beauty market.",
        &[("£2.8bn", "2800000000 GBP", "-")],
    ),
    (
        Lang::En,
        "A fine of USD 5 million was imposed.",
        &[("USD 5 million", "5000000 USD", "fine")],
    ),
    (
        Lang::En,
        "The market value hit 1.2 trillion dollars.",
        &[("1.2 trillion dollars", "1200000000000 USD", "worth")],
    ),
    (
        Lang::Fr,
        "La start-up a levé 25 milliards de dollars.",
        &[("25 milliards de dollars", "25000000000 USD", "raised")],
    ),
    (
        Lang::Fr,
        "Elle pèse 4,8 milliards de dollars.",
        &[("4,8 milliards de dollars", "4800000000 USD", "worth")],
    ),
    (
        Lang::Fr,
        "Sa valorisation atteint 153 milliards de dollars.",
        &[("153 milliards de dollars", "153000000000 USD", "worth")],
    ),
    (
        Lang::Fr,
        "Le chiffre d’affaires est de 1 000 000 €.",
        &[("1 000 000 €", "1000000 EUR", "revenue")],
    ),
    (
        Lang::Fr,
        "Un budget de 1\u{a0}000\u{a0}000 €.",
        &[("1\u{a0}000\u{a0}000 €", "1000000 EUR", "budget")],
    ),
    (
        Lang::Fr,
        "Un coût de 1\u{202f}000\u{202f}000 €.",
        &[("1\u{202f}000\u{202f}000 €", "1000000 EUR", "cost")],
    ),
    (
        Lang::Fr,
        "Un accord de 11 millions £.",
        &[("11 millions £", "11000000 GBP", "-")],
    ),
    (
        Lang::Fr,
        "Une dette d’un billion d’euros, soit 2 billions d’euros.",
        &[("2 billions d’euros", "2000000000000 EUR", "-")],
    ),
    (
        Lang::Fr,
        "Le marché pèse 2,8 milliards de livres sterling.",
        &[(
            "2,8 milliards de livres sterling",
            "2800000000 GBP",
            "worth",
        )],
    ),
    (
        Lang::Fr,
        "Une perte de 500 M€ au box-office.",
        &[("500 M€", "500000000 EUR", "loss")],
    ),
    (
        Lang::Fr,
        "Sa caution a été fixée à 350 000 dollars.",
        &[("350 000 dollars", "350000 USD", "-")],
    ),
    (
        Lang::De,
        "Das Unternehmen hat 2,5 Mrd. Euro eingesammelt.",
        &[("2,5 Mrd. Euro", "2500000000 EUR", "raised")],
    ),
    (
        Lang::De,
        "Der Börsenwert liegt bei 1,2 Milliarden Dollar.",
        &[("1,2 Milliarden Dollar", "1200000000 USD", "worth")],
    ),
    (
        Lang::De,
        "Ein Verlust von 500 Mio. €.",
        &[("500 Mio. €", "500000000 EUR", "loss")],
    ),
    (
        Lang::De,
        "Er zahlte 10.000 Euro Strafe.",
        &[("10.000 Euro", "10000 EUR", "fine")],
    ),
    (
        Lang::De,
        "Die Kaution beträgt 350.000 US-Dollar.",
        &[("350.000 US-Dollar", "350000 USD", "-")],
    ),
    (
        Lang::De,
        "Ein Markt von 2,8 Milliarden britischen Pfund.",
        &[("2,8 Milliarden britischen Pfund", "2800000000 GBP", "-")],
    ),
    (
        Lang::De,
        "Die Staatsschuld: 2 Billionen Euro.",
        &[("2 Billionen Euro", "2000000000000 EUR", "-")],
    ),
    (
        Lang::De,
        "Der Umsatz betrug 1,5 Millionen Euro.",
        &[("1,5 Millionen Euro", "1500000 EUR", "revenue")],
    ),
    (
        Lang::Es,
        "Recaudó 2,5 millones de euros.",
        &[("2,5 millones de euros", "2500000 EUR", "raised")],
    ),
    (
        Lang::Es,
        "Vale 3 mil millones de dólares.",
        &[("3 mil millones de dólares", "3000000000 USD", "worth")],
    ),
    (
        Lang::It,
        "Ha raccolto 4,8 miliardi di dollari.",
        &[("4,8 miliardi di dollari", "4800000000 USD", "raised")],
    ),
];

const PERCENT_AND_COUNTS: &[Case] = &[
    // A growth verb before "to" + amount: the amount is the level the noun cue names.
    (
        Lang::En,
        "Revenue rose to $3bn.",
        &[("$3bn", "3000000000 USD", "revenue")],
    ),
    (
        Lang::En,
        "Losses widened to $3m.",
        &[("$3m", "3000000 USD", "loss")],
    ),
    (
        Lang::De,
        "Der Umsatz stieg auf 3 Mrd. Euro.",
        &[("3 Mrd. Euro", "3000000000 EUR", "revenue")],
    ),
    (
        Lang::Es,
        "Los ingresos aumentaron hasta 3.000 millones de euros, un alza del 12 %.",
        &[
            ("3.000 millones de euros", "3000000000 EUR", "revenue"),
            ("12 %", "12%", "growth"),
        ],
    ),
    (
        Lang::It,
        "Il fatturato è salito a 3 miliardi di euro.",
        &[("3 miliardi di euro", "3000000000 EUR", "revenue")],
    ),
    (
        Lang::En,
        "Acme grew to 5,000 staff.",
        &[("5,000", "5000", "-")],
    ),
    (
        Lang::En,
        "Box office grew 30% to 4.8 billion yuan.",
        &[
            ("30%", "30%", "growth"),
            ("4.8 billion yuan", "4800000000 CNY", "box office"),
        ],
    ),
    (
        Lang::Fr,
        "Le chiffre d'affaires a progressé de 12 % à 3 milliards d'euros.",
        &[
            ("12 %", "12%", "growth"),
            ("3 milliards d'euros", "3000000000 EUR", "revenue"),
        ],
    ),
    (
        Lang::En,
        "Sales of 2 million units and 40% more, or $3 million.",
        &[
            ("2 million", "2000000", "revenue"),
            ("40%", "40%", "-"),
            ("$3 million", "3000000 USD", "-"),
        ],
    ),
    (
        Lang::En,
        "Sales grew 36% in a year.",
        &[("36%", "36%", "growth")],
    ),
    (
        Lang::En,
        "Sales grew 50 per cent and 12.5 percent.",
        &[
            ("50 per cent", "50%", "growth"),
            ("12.5 percent", "12.5%", "-"),
        ],
    ),
    (
        Lang::Fr,
        "Une hausse de 36 % des ventes.",
        &[("36 %", "36%", "growth")],
    ),
    (
        Lang::Fr,
        "Une participation de 36 pour cent.",
        &[("36 pour cent", "36%", "stake")],
    ),
    (
        Lang::De,
        "Der Anteil liegt bei 60 Prozent.",
        &[("60 Prozent", "60%", "stake")],
    ),
    (
        Lang::De,
        "Die Kosten stiegen um 4,5 %.",
        &[("4,5 %", "4.5%", "growth")],
    ),
    (Lang::En, "She directed 18 films.", &[("18", "18", "-")]),
    (
        Lang::Fr,
        "Il a tourné 15 films et emploie 3 000 employés.",
        &[("15", "15", "-"), ("3 000", "3000", "-")],
    ),
    (
        Lang::En,
        "More than 20 million people watched; 1,000 wrote in.",
        &[("20 million", "20000000", "-"), ("1,000", "1000", "-")],
    ),
    (
        Lang::Fr,
        "Plus de 20,4 millions de personnes.",
        &[("20,4 millions", "20400000", "-")],
    ),
    (
        Lang::De,
        "Über 20 Millionen Zuschauer und 1,5 Tassen.",
        &[("20 Millionen", "20000000", "-"), ("1,5", "1.5", "-")],
    ),
    (
        Lang::De,
        "Er kaufte zwei Häuser und drei Autos.",
        &[("zwei", "2", "acquisition"), ("drei", "3", "-")],
    ),
    (
        Lang::Fr,
        "Trois ans, trois films.",
        &[("Trois", "3", "-"), ("trois", "3", "-")],
    ),
    (Lang::En, "A 550 pound hog.", &[("550", "550", "-")]),
    (
        Lang::En,
        "The café’s 7 chefs cooked for 🎉 12 guests «vraiment».",
        &[("7", "7", "-"), ("12", "12", "-")],
    ),
    (
        Lang::En,
        "東京 has 14 million residents.",
        &[("14 million", "14000000", "-")],
    ),
];

const NOTHING: &[(Lang, &str)] = &[
    (Lang::En, "Mission: Impossible is a film."),
    (Lang::En, "COVID-19 hit the G7 and the A380 fleet."),
    (Lang::En, "He was born in 2014 and moved in 1999."),
    (
        Lang::En,
        "It opened on 3 June 2014 and closed on June 3, 2014.",
    ),
    (Lang::Fr, "Le 18/01/2025 et le 1er juin 2014, en 2014."),
    (Lang::De, "Am 18.01.2025 und am 3. Juni 2014, seit 2014."),
    (Lang::En, "The 2014-2015 season; call 555-1234."),
    (Lang::En, "Millions of customers and billions of dollars."),
    (Lang::Fr, "Des millions de clients."),
    (Lang::En, "An 18-year-old with a 3D printer on a 5G phone."),
    (Lang::En, "It starts at 5 p.m. or 10:30."),
    (Lang::De, "Er wurde 3. Sieger um 18 Uhr."),
    (Lang::En, "The ISO date 2014-06-03 and version 2.1.3."),
    (Lang::En, "Grown 3m tall."),
    (Lang::En, "Dial 0800 or watch 007."),
];

fn check(cases: &[Case]) {
    for (lang, text, expected) in cases {
        let got = found(*lang, text);
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(t, k, m)| (t.as_str(), k.as_str(), m.unwrap_or("-")))
            .collect();
        assert_eq!(&got, expected, "{lang:?}: {text}");
    }
}

#[test]
fn money_in_each_notation() {
    check(MONEY);
}

#[test]
fn percentages_and_counts() {
    check(PERCENT_AND_COUNTS);
}

#[test]
fn no_quantity_in_names_dates_times_and_vague_words() {
    for (lang, text) in NOTHING {
        assert_eq!(found(*lang, text), vec![], "{lang:?}: {text}");
    }
}

#[test]
fn separators_follow_the_language() {
    for (lang, text, key) in [
        (Lang::En, "1,000", "1000"),
        (Lang::En, "1,000,000.5", "1000000.5"),
        (Lang::Fr, "4,8", "4.8"),
        (Lang::De, "1,5", "1.5"),
        (Lang::De, "10.000", "10000"),
        (Lang::De, "1.000,25", "1000.25"),
        (Lang::Fr, "1\u{202f}000\u{202f}000", "1000000"),
        (Lang::En, "1\u{a0}000", "1000"),
        (Lang::De, "3.5", "3.5"),
        (Lang::Fr, "3 000", "3000"),
        (Lang::De, "1\u{a0}000", "1000"),
    ] {
        assert_eq!(
            found(lang, text)
                .iter()
                .map(|q| q.1.as_str())
                .collect::<Vec<_>>(),
            [key],
            "{lang:?} {text}"
        );
    }
}

#[test]
fn keys_are_rounded() {
    let q = |value, unit| Quantity {
        span: Span::default(),
        value,
        unit,
        measure: None,
        cue: None,
    };
    assert_eq!(q(4.8 * 1e9, Unit::Money("USD")).key(), "4800000000 USD");
    assert_eq!(q(36.0, Unit::Percent).key(), "36%");
    assert_eq!(q(18.0, Unit::Count).key(), "18");
    assert_eq!(q(0.1 + 0.2, Unit::Count).key(), "0.3");
}

#[test]
fn spans_point_into_the_whole_text() {
    let text = "Intro sentence. Acme a levé 3 millions d’euros.";
    let sentence = Span::new(16, text.len());
    let q = quantities(text, sentence, Lang::Fr);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].span.of(text), "3 millions d’euros");
}

#[test]
fn every_measure_in_the_tables_is_canonical() {
    for lang in Lang::ALL {
        for (cue, measure) in tables(lang).numbers.measures {
            assert!(MEASURES.contains(measure), "{lang:?}: {cue} → {measure}");
        }
    }
}

/// The money keys of a line read as one sentence.
fn money_keys(lang: Lang, line: &str) -> Vec<String> {
    let q = quantities(line, Span::new(0, line.len()), lang);
    q.iter()
        .filter(|q| matches!(q.unit, Unit::Money(_)))
        .map(Quantity::key)
        .collect()
}

/// Of the money amounts in the English lines, how many the aligned translation states with the
/// same key; prints the misses.
fn money_agreement(english: &str, other: &str, lang: Lang, show: bool) -> (usize, usize) {
    let (mut same, mut total) = (0, 0);
    for (en, tr) in english.lines().zip(other.lines()) {
        let theirs = money_keys(lang, tr);
        for key in money_keys(Lang::En, en) {
            total += 1;
            if theirs.contains(&key) {
                same += 1;
            } else if show {
                println!("{lang:?} miss {key}: {en}\n    {tr}\n    {theirs:?}");
            }
        }
    }
    (same, total)
}

/// NTREX-128 sample (CC BY-SA 4.0, see testdata/README.md): the French and German translation
/// of a line with a money amount state the same amount.
#[test]
fn translations_state_the_same_money() {
    let eng = include_str!("../testdata/ntrex_sample.eng.txt");
    for (other, lang) in [
        (include_str!("../testdata/ntrex_sample.fra.txt"), Lang::Fr),
        (include_str!("../testdata/ntrex_sample.deu.txt"), Lang::De),
    ] {
        let (same, total) = money_agreement(eng, other, lang, true);
        println!("{lang:?}: {same}/{total}");
        assert!(total >= 5, "the sample has money amounts");
        assert!(
            same * 10 >= total * 9,
            "{lang:?}: only {same} of {total} amounts agree"
        );
    }
}

/// The same over the whole corpus when it is there (it is beside the repository here and in
/// CI; without it the test says so and passes). Measured: 34 of 36 amounts agree in French and
/// in German.
#[test]
fn translations_state_the_same_money_full_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = ["../shared/corpus/ntrex128", "../../shared/corpus/ntrex128"].map(|d| root.join(d));
    let read = |name: &str| {
        dirs.iter()
            .find_map(|d| std::fs::read_to_string(d.join(name)).ok())
    };
    let Some(eng) = read("newstest2019-src.eng.txt") else {
        eprintln!("NTREX corpus not found beside the repository: skipped");
        return;
    };
    for (name, lang) in [
        ("newstest2019-ref.fra.txt", Lang::Fr),
        ("newstest2019-ref.deu.txt", Lang::De),
    ] {
        let Some(other) = read(name) else { return };
        let (same, total) = money_agreement(&eng, &other, lang, true);
        println!("{lang:?}: {same}/{total}");
        assert!(
            total >= 36 && same >= 34,
            "{lang:?}: {same} of {total} amounts agree"
        );
    }
}
