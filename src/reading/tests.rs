//! Tests of `reading` (a sibling file, so the reader stays short).
use crate::{read, Article, Options};

/// `kind value "words"` of every mention of one article in `lang`.
fn read_as(lang: &str, text: &str) -> Vec<String> {
    let mut article = Article::new("a", text);
    article.language = Some(lang.into());
    let reading = read(&[article], &Options::default()).expect("reads");
    reading.articles[0]
        .mentions
        .iter()
        .map(|m| format!("{} {:?} {:?}", m.kind.as_str(), m.value, m.text))
        .collect()
}

/// Weekdays are the last such day up to the publication date (Wednesday 10 June 2015 here).
#[test]
fn weekdays_are_the_last_such_day_up_to_publication() {
    let on = |lang: &str, text: &str| {
        let mut article = Article::new("a", text);
        article.language = Some(lang.into());
        article.published = Some("2015-06-10".into());
        let reading = read(&[article], &Options::default()).expect("reads");
        let m = &reading.articles[0].mentions;
        m.iter()
            .map(|m| format!("{} {:?}", m.text, m.value))
            .collect::<Vec<_>>()
    };
    let tuesday = "Some(Text(\"2015-06-09\"))";
    assert_eq!(
        on("en", "It happened on Tuesday."),
        [format!("Tuesday {tuesday}")]
    );
    assert_eq!(
        on("fr", "Cela s'est passé mardi."),
        [format!("mardi {tuesday}")]
    );
    assert_eq!(
        on("de", "Es geschah am Dienstagabend."),
        [format!("Dienstagabend {tuesday}")]
    );
    assert_eq!(
        on("es", "Ocurrió el martes."),
        [format!("martes {tuesday}")]
    );
    assert_eq!(
        on("it", "È successo mercoledì."),
        ["mercoledì Some(Text(\"2015-06-10\"))"]
    );
    // Words that only begin like a weekday are none.
    assert!(on("de", "Die Montage dauerte lange.").is_empty());
    // With "next" or "last": the next or last such day, the publication day excluded.
    assert_eq!(
        on("en", "See you next Wednesday."),
        ["next Wednesday Some(Text(\"2015-06-17\"))"]
    );
    assert_eq!(
        on("fr", "Depuis mercredi dernier."),
        ["mercredi dernier Some(Text(\"2015-06-03\"))"]
    );
    assert_eq!(
        on("de", "Am nächsten Freitag."),
        ["nächsten Freitag Some(Text(\"2015-06-12\"))"]
    );
    assert_eq!(
        on("it", "Lunedì scorso."),
        ["Lunedì scorso Some(Text(\"2015-06-08\"))"]
    );
}

/// Relative dates are resolved against the publication date; without one they are listed
/// with no value (the contract's null), so what was left unresolved shows.
#[test]
fn relative_dates_without_a_publication_date_have_no_value() {
    assert_eq!(
        read_as(
            "fr",
            "Hier, l'entreprise a doublé son chiffre de l'année dernière."
        ),
        ["date None \"Hier\"", "year None \"l'année dernière\""]
    );
    let mut dated = Article::new("a", "Hier, l'entreprise a doublé son chiffre.");
    dated.language = Some("fr".into());
    dated.published = Some("2015-06-10".into());
    let reading = read(&[dated], &Options::default()).expect("reads");
    assert_eq!(
        reading.articles[0].mentions[0].value,
        Some(super::MentionValue::Text("2015-06-09".into()))
    );
}

#[test]
fn ages_and_ordinals_take_the_place_of_their_number() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "en",
            "The 27-year-old, who was 29 years old, came 21st.",
            &[
                "age Some(Number(27.0)) \"27-year-old\"",
                "age Some(Number(29.0)) \"29 years old\"",
                "ordinal Some(Number(21.0)) \"21st\"",
            ],
        ),
        (
            "de",
            "Der 27-Jährige wurde im 19. Jahrhundert 30 Jahre alt.",
            &[
                "age Some(Number(27.0)) \"27-Jährige\"",
                "ordinal Some(Number(19.0)) \"19.\"",
                "age Some(Number(30.0)) \"30 Jahre alt\"",
            ],
        ),
        (
            "fr",
            "Le 1er prix, la 3ème place ; âgé de 45 ans.",
            &[
                "ordinal Some(Number(1.0)) \"1er\"",
                "ordinal Some(Number(3.0)) \"3ème\"",
                "age Some(Number(45.0)) \"45 ans\"",
            ],
        ),
        // A count stays a count, and a day of a date is no ordinal.
        (
            "de",
            "Am 3. Juni 2015 kamen 15 Menschen.",
            &[
                "date Some(Text(\"2015-06-03\")) \"3. Juni 2015\"",
                "number Some(Number(15.0)) \"15\"",
            ],
        ),
    ];
    for (lang, text, want) in cases {
        assert_eq!(read_as(lang, text), *want, "{text}");
    }
}

/// `kind value value_to unit qualifier "words"` of every mention of one article in `lang`.
fn read_full(lang: &str, text: &str) -> Vec<String> {
    let mut article = Article::new("a", text);
    article.language = Some(lang.into());
    let reading = read(&[article], &Options::default()).expect("reads");
    let number = |v: &Option<super::MentionValue>| match v {
        Some(super::MentionValue::Number(n)) => n.to_string(),
        Some(super::MentionValue::Text(t)) => t.clone(),
        None => "-".into(),
    };
    reading.articles[0]
        .mentions
        .iter()
        .map(|m| {
            let unit = m.unit.as_deref().unwrap_or("-");
            let q = m.qualifier.as_deref().unwrap_or("-");
            let (from, to) = (number(&m.value), number(&m.value_to));
            format!("{} {from} {to} {unit} {q} {:?}", m.kind.as_str(), m.text)
        })
        .collect()
}

/// Measures take the place of their number; durations are no ages nor dates, and ages,
/// dates and money keep their words.
#[test]
fn measures_qualifiers_and_ranges_in_each_language() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "en",
            "About 40 miles north, up to 3 tons fell over 2 hours; the 29 years old runner ran for 3 years.",
            &[
                "measure 40 - mi approx \"40 miles\"",
                "measure 3 - t at_most \"3 tons\"",
                "measure 2 - h more_than \"2 hours\"",
                "age 29 - - - \"29 years old\"",
                "measure 3 - yr - \"3 years\"",
            ],
        ),
        (
            "en",
            "Between 35 and 70 people came, from $5 million to $7 million; it won 11-6 on a 35-70 km course.",
            &[
                "number 35 70 - - \"35 and 70\"",
                "money 5000000 7000000 USD - \"$5 million to $7 million\"",
                "measure 35 70 km - \"35-70 km\"",
            ],
        ),
        (
            "fr",
            "Près de 12 kilomètres, plus de 25 °C ; le prix passera de 1225 à 1260 euros, entre 3 et 5 millions de dollars.",
            &[
                "measure 12 - km approx \"12 kilomètres\"",
                "measure 25 - °C more_than \"25 °C\"",
                "money 1225 1260 EUR - \"1225 à 1260 euros\"",
                "money 3000000 5000000 USD - \"3 et 5 millions de dollars\"",
            ],
        ),
        (
            "de",
            "Rund zwölf Kilometer, bis zu 8 Grad Celsius; die Quote stieg von 2,1 auf 2,9 Prozent, zwischen 35 und 70 Hektar.",
            &[
                "measure 12 - km approx \"zwölf Kilometer\"",
                "measure 8 - °C at_most \"8 Grad Celsius\"",
                "percent 2.1 2.9 - - \"2,1 auf 2,9 Prozent\"",
                "measure 35 70 ha - \"35 und 70 Hektar\"",
            ],
        ),
        (
            "es",
            "Más de 120 km/h, al menos 20 minutos, entre 35 y 70 litros, de 1225 a 1260 personas.",
            &[
                "measure 120 - km/h more_than \"120 km/h\"",
                "measure 20 - min at_least \"20 minutos\"",
                "measure 35 70 l - \"35 y 70 litros\"",
                "number 1225 1260 - - \"1225 a 1260\"",
            ],
        ),
        (
            "it",
            "Oltre 5 tonnellate, meno di 3 litri, tra 35 e 70 chilometri, da 1225 a 1260 abitanti.",
            &[
                "measure 5 - t more_than \"5 tonnellate\"",
                "measure 3 - l less_than \"3 litri\"",
                "measure 35 70 km - \"35 e 70 chilometri\"",
                "number 1225 1260 - - \"1225 a 1260\"",
            ],
        ),
        // A span of years stays two years; a score is no range (nor, with a hyphen, read at all).
        (
            "en",
            "From 2010 to 2014 the team won 11 – 6.",
            &[
                "year 2010 - - - \"2010\"",
                "year 2014 - - - \"2014\"",
                "number 11 - - - \"11\"",
                "number 6 - - - \"6\"",
            ],
        ),
    ];
    for (lang, text, want) in cases {
        assert_eq!(read_full(lang, text), *want, "{text}");
    }
}
