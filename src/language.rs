//! Stage 2, language: [`Cleaned`] → [`Lang`].
//!
//! Detection reads the article's content lines only (boilerplate such as an English "Share this
//! story" on a French page would mislead it) and answers one of en/fr/de/es/it, or
//! [`Lang::Und`] when the text is too short or the lines disagree.
//!
//! ## Why whichlang
//! Measured on ntrex128 (123 documents × en/de/fr/es/it, 9,985 lines; scratch crate, optimised
//! build, one core):
//!
//! | detector                      | documents       | lines          | lines < 40 chars | time (lines) |
//! |-------------------------------|-----------------|----------------|------------------|--------------|
//! | whichlang 0.1                 | 615/615 (100 %) | 99.49 %        | 94.5 %           | 32 ms        |
//! | whatlang 0.18, 5-lang allowlist | 615/615 (100 %) | 98.51 %      | 84.4 %           | 372 ms       |
//! | whatlang 0.18, all languages  | 615/615 (100 %) | 96.47 %        | 68.4 %           | 1,285 ms     |
//!
//! Per line, whichlang: en 99.4, de 99.7, fr 99.6, es 99.1, it 99.4 %; whatlang (allowlist): en
//! 96.6, de 99.1, fr 99.2, es 98.9, it 98.6 %. whichlang is more accurate on short text, an order
//! of magnitude faster, and has a fixed 16-language model (no confidence score), so "unsure"
//! is decided here: too few letters, or content lines that vote for different languages.
//! Its cost is a 256 KiB weight table (65,536 `f32`) in the binary.
//! With these guards [`detect`] still names all 615 ntrex documents right, none `Und`
//! (ignored test `ntrex_document_accuracy`).

use crate::chars::is_letter;
use crate::clean::Cleaned;
use crate::types::Lang;

/// Fewer letters than this in the whole content: too little text to tell.
const MIN_LETTERS: usize = 12;
/// A line votes only when it has at least this many letters (short lines are noisy).
const MIN_VOTING_LETTERS: usize = 30;
/// Voting lines are read until they hold this many letters: reading whole long articles was the
/// stage's main cost, and a sample of even 300 letters still names all 615 ntrex documents right.
const SAMPLE_LETTERS: usize = 1000;
/// The detected language must hold at least this share of the voting letters.
const MIN_AGREEMENT: f64 = 0.6;
/// Lines voting one way only, holding this many letters, decide early: identifying letters is
/// the stage's cost, and a dissenting line (a quote in another language) keeps the whole
/// sample in the vote.
const UNANIMOUS_LETTERS: usize = 300;

/// Detects the language of the article's content.
///
/// Content lines long enough to vote, up to about [`SAMPLE_LETTERS`] letters from the start, are
/// identified one by one, weighted by their letters, until one language holds [`MIN_AGREEMENT`]
/// of the sample's voting letters (or none can any more), or the lines so far all agree and
/// hold [`UNANIMOUS_LETTERS`]. Without a voting line the whole text
/// decides.
pub(crate) fn detect(text: &str, cleaned: &Cleaned) -> Lang {
    let lines: Vec<&str> = cleaned.content.iter().map(|s| s.of(text)).collect();
    let (mut letters, mut sampled) = (0, 0);
    let mut voters: Vec<(&str, usize)> = Vec::new();
    for line in &lines {
        if sampled >= SAMPLE_LETTERS {
            break;
        }
        let n = letter_count(line);
        letters += n;
        if n >= MIN_VOTING_LETTERS {
            voters.push((line, n));
            sampled += n;
        }
    }
    if letters < MIN_LETTERS {
        return Lang::Und;
    }
    if voters.is_empty() {
        return identify(&lines.join("\n"));
    }
    vote(&voters)
}

/// The language holding [`MIN_AGREEMENT`] of the voters' letters, or `Und` when none does.
fn vote(voters: &[(&str, usize)]) -> Lang {
    let total: usize = voters.iter().map(|&(_, n)| n).sum();
    let enough = |n: usize| n as f64 >= MIN_AGREEMENT * total as f64;
    let mut tally: Vec<(Lang, usize)> = Vec::new();
    let mut undecided = total;
    for &(line, n) in voters {
        let lang = identify(line);
        undecided -= n;
        let votes = match tally.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, votes)) => {
                *votes += n;
                *votes
            }
            None => {
                tally.push((lang, n));
                n
            }
        };
        if enough(votes) || (lang != Lang::Und && tally.len() == 1 && votes >= UNANIMOUS_LETTERS) {
            return lang;
        }
        let best = tally.iter().map(|&(_, v)| v).max().unwrap_or(0);
        if !enough(best + undecided) {
            return Lang::Und;
        }
    }
    Lang::Und
}

/// whichlang's answer, restricted to the languages the engine knows.
fn identify(text: &str) -> Lang {
    match whichlang::detect_language(text) {
        whichlang::Lang::Eng => Lang::En,
        whichlang::Lang::Fra => Lang::Fr,
        whichlang::Lang::Deu => Lang::De,
        whichlang::Lang::Spa => Lang::Es,
        whichlang::Lang::Ita => Lang::It,
        _ => Lang::Und,
    }
}

fn letter_count(text: &str) -> usize {
    text.chars().filter(|&c| is_letter(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;

    fn lang_of(text: &str) -> Lang {
        detect(text, &clean(text))
    }

    #[test]
    fn short_paragraphs_in_each_language() {
        let cases = [
            ("The city council approved the new budget on Tuesday after a long debate.", Lang::En),
            ("Le conseil municipal a adopté mardi le nouveau budget après un long débat.", Lang::Fr),
            ("Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.", Lang::De),
            ("El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.", Lang::Es),
            ("Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.", Lang::It),
            ("Stadtrat beschließt Haushalt\nDie Stadt investiert zwei Millionen Euro in Schulen.", Lang::De),
        ];
        for (text, expected) in cases {
            assert_eq!(lang_of(text), expected, "{text}");
        }
    }

    #[test]
    fn too_little_or_no_text_is_undetermined() {
        for text in [
            "",
            "   \n\t ",
            "🙂🎬🍿",
            "OK",
            "2014 – 4,8 %",
            "¡Hola!",
            "\u{a0}\u{200b}",
        ] {
            assert_eq!(lang_of(text), Lang::Und, "{text:?}");
        }
    }

    #[test]
    fn languages_without_tables_are_undetermined() {
        let cases = [
            "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd.",
            "Городской совет во вторник утвердил новый бюджет после долгих дебатов.",
            "市议会在经过长时间辩论后于周二批准了新的预算方案。",
        ];
        for text in cases {
            assert_eq!(lang_of(text), Lang::Und, "{text}");
        }
    }

    #[test]
    fn boilerplate_does_not_vote() {
        // English furniture around a short French article.
        let text = "Skip to main content\nShare this story\nLeave a comment\nLeave a Reply\n\
                    Le conseil municipal a adopté le budget.\n\
                    This site uses Akismet to reduce spam. Learn how your comment data is processed.";
        assert_eq!(lang_of(text), Lang::Fr);
    }

    #[test]
    fn lines_in_two_languages_half_and_half_are_undetermined() {
        let text = "The city council approved the new budget on Tuesday after a long debate.\n\
                    Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.\n\
                    The mayor said the schools would receive most of the money next year.\n\
                    Der Bürgermeister sagte, die Schulen bekämen den größten Teil des Geldes.";
        assert_eq!(lang_of(text), Lang::Und);
    }

    const EN_LINES: [&str; 4] = [
        "The city council approved the new budget on Tuesday after a long and heated debate.",
        "The mayor said the schools would receive most of the money over the next two years.",
        "Opposition members argued that the plan left too little for roads and public transport.",
        "A final vote on the spending details is expected at the next meeting of the council.",
    ];

    #[test]
    fn a_quote_in_another_language_first_does_not_decide() {
        let quote =
            "« Nous ne laisserons personne de côté, et chaque école recevra sa part du budget », \
                     a promis la maire devant le conseil municipal réuni en séance extraordinaire.";
        let text = format!("{quote}\n{}", EN_LINES.join("\n"));
        assert_eq!(lang_of(&text), Lang::En);
    }

    #[test]
    fn agreeing_opening_lines_decide_without_reading_on() {
        // Five English lines (340 letters), then more German than English: the opening lines,
        // all English, decide.
        let de = [
            "Der Stadtrat hat am Dienstag nach langer und hitziger Debatte den neuen Haushalt beschlossen.",
            "Die Schulen bekommen in den nächsten beiden Jahren den größten Teil des zusätzlichen Geldes.",
            "Die Opposition kritisierte, dass für Straßen und Busse viel zu wenig übrig bleibe.",
            "Über die Einzelheiten der Ausgaben soll in der nächsten Sitzung abgestimmt werden.",
            "Der Bürgermeister zeigte sich nach der Abstimmung zufrieden und dankte allen Fraktionen.",
            "Mehrere Elternverbände begrüßten die Entscheidung noch am selben Abend ausdrücklich.",
        ];
        let en = [
            &EN_LINES[..],
            &["Most residents who spoke at the meeting supported it."],
        ]
        .concat();
        let text = format!("{}\n{}", en.join("\n"), de.join("\n"));
        assert_eq!(lang_of(&text), Lang::En);
    }

    #[test]
    fn demo_articles() {
        let cases = [
            (
                include_str!("../www/demo/000_c0ddcebfb0d342a2.txt"),
                Lang::Fr,
            ),
            (
                include_str!("../www/demo/001_1c8bcfeb080f928f.txt"),
                Lang::Fr,
            ),
            (
                include_str!("../www/demo/002_4e2ff99566001c97.txt"),
                Lang::De,
            ),
            (
                include_str!("../www/demo/003_0f41107755d267d7.txt"),
                Lang::En,
            ),
            (
                include_str!("../www/demo/004_95e9c8df36c59bc8.txt"),
                Lang::En,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(lang_of(text), expected);
        }
    }

    /// Per-document accuracy of `detect` on ntrex128 (and how many documents come out `Und`).
    #[test]
    fn ntrex_document_accuracy() {
        if !ntrex::available() {
            return;
        }
        use crate::clean::ntrex;
        let (mut right, mut total) = (0, 0);
        for code in ntrex::LANGS {
            let docs = ntrex::documents(code);
            for doc in docs {
                let text = doc.join("\n");
                let got = lang_of(&text);
                total += 1;
                if got.code() == code {
                    right += 1;
                } else {
                    eprintln!("{code} → {got:?}: {}", doc[0]);
                }
            }
        }
        eprintln!("documents: {right}/{total}");
        assert_eq!(right, total);
    }
}
