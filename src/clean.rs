//! Stage 1, clean: `&str` → [`Cleaned`]. Marks site boilerplate so it yields no facts.
//!
//! Offsets stay those of the original text: boilerplate is a list of spans, never a rewrite.
//!
//! Every rule looks at one trimmed line, because page furniture (menus, share prompts, bylines,
//! credits, related links, file names) comes as whole lines when a page is copied as text.
//! The language is not known yet at this stage, so the phrase lexicons of all languages apply.
//! Headlines (short lines without final punctuation) are content: no rule keys on shortness alone.
//!
//! Measured on the ntrex128 corpus (123 professional news documents × en/de/fr/es/it, 9,985
//! lines, each document's lines joined with "\n"): 1 content line wrongly marked (a Spanish
//! line holding only ","), a false-positive rate of 0.01 %. The test `ntrex_false_positive_rate`
//! (run when the corpus is in `../shared` or `$PARALLAX_NTREX`) asserts it.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::chars::is_letter_or_digit;
use crate::lang::{tables, SegmentTables};
use crate::types::{Lang, Span};

/// An article's text split into content and boilerplate, both as spans of the original.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Cleaned {
    /// Site furniture: navigation, share prompts, author blurbs, link lists, credits, file names.
    pub boilerplate: Vec<Span>,
    /// The remaining content, as line spans (trimmed, non-empty), in order.
    pub content: Vec<Span>,
}

/// Phrase rules look no further than this many words: furniture lines are short.
const MAX_FURNITURE_WORDS: usize = 40;
/// A line with an e-mail address anywhere is a contact line when it is this short.
const MAX_CONTACT_WORDS: usize = 12;
/// A line with a copyright sign is a credit only when it is this short.
const MAX_CREDIT_WORDS: usize = 15;
/// A repeated sentence at least this long is a pasted copy.
const MIN_WORDS_OF_PASTED_SENTENCE: usize = 8;
/// Names after a byline word ("By Jane Q. Doe").
const MAX_NAME_WORDS: usize = 4;
/// Extensions that make a space-less line a file name.
const FILE_EXTENSIONS: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".mp4", ".mov", ".pdf", ".html",
    ".htm", ".php",
];
/// Bullets that open an item of a related-links list.
const BULLETS: &[&str] = &["- ", "• ", "– ", "— ", "* ", "· ", "» ", "> "];
/// Separators between a link title and its date ("Title - 17/01/2025").
const DATE_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " · ", " • "];
/// Words that join two names in a byline.
const NAME_JOINERS: &[&str] = &["and", "und", "et", "y", "e", "&"];

/// Splits `text` into content lines and boilerplate spans.
pub(crate) fn clean(text: &str) -> Cleaned {
    let lexicons: Vec<&SegmentTables> = Lang::ALL.iter().map(|&l| &tables(l).segment).collect();
    let mut seen = FxHashSet::default();
    let mut cleaned = Cleaned::default();
    for span in line_spans(text) {
        let line = span.of(text);
        let repeated = !seen.insert(line) && is_copy_worth_dropping(line);
        if repeated || is_boilerplate(line, &lexicons) {
            cleaned.boilerplate.push(span);
        } else {
            cleaned.content.push(span);
        }
    }
    cleaned
}

/// A later copy of a line is furniture when it is a heading-like line (a repeated title, "Menu")
/// or a long sentence (a pasted paragraph); a short sentence said twice ("It is a tragedy.") may
/// be the writer's own repetition.
fn is_copy_worth_dropping(line: &str) -> bool {
    !ends_with_sentence_mark(line)
        || words_up_to(line, MIN_WORDS_OF_PASTED_SENTENCE) >= MIN_WORDS_OF_PASTED_SENTENCE
}

fn ends_with_sentence_mark(line: &str) -> bool {
    line.trim_end_matches(|c: char| "\"'”’»“)]".contains(c) || c.is_whitespace())
        .ends_with(['.', '!', '?', '…'])
}

/// The trimmed, non-empty lines of `text`, as spans.
fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    text.split_inclusive('\n')
        .scan(0, |start, line| {
            let line_start = *start;
            *start += line.len();
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            let begin = line_start + lead;
            Some(Span::new(begin, begin + trimmed.len()))
        })
        .filter(|span| !span.is_empty())
}

/// True when the trimmed `line` is page furniture rather than article text.
fn is_boilerplate(line: &str, lexicons: &[&SegmentTables]) -> bool {
    !line.chars().any(is_letter_or_digit)
        || is_furniture_phrase(line, lexicons)
        || is_byline(line, lexicons)
        || has_email(line)
        || is_dated_link(line)
        || is_file_name_or_url(line)
        || is_credit(line)
        || is_menu_bar(line)
}

/// The number of words of `line`, counted up to `cap` only: every test compares it with a small
/// limit, and counting all the words of every paragraph was 3 % of the 50-article run.
fn words_up_to(line: &str, cap: usize) -> usize {
    line.split_whitespace().take(cap).count()
}

/// "Share this story", "Menu:", "Image Credit: …", "Letzte Artikel von …".
fn is_furniture_phrase(line: &str, lexicons: &[&SegmentTables]) -> bool {
    // The opening test reads two chars, the word count up to 41 words: cheaper first.
    let stripped = strip_bullet(line);
    if !may_open_furniture(stripped)
        || words_up_to(line, MAX_FURNITURE_WORDS + 1) > MAX_FURNITURE_WORDS
    {
        return false;
    }
    let lower = stripped.to_lowercase();
    let key = lower.trim_end_matches(|c: char| c.is_whitespace() || ":…»>›|".contains(c));
    lexicons.iter().any(|lex| {
        lex.boilerplate_lines.contains(&key)
            || lex
                .boilerplate_prefixes
                .iter()
                .any(|p| lower.starts_with(p))
    })
}

/// The first char of an entry and its second, if any.
type Opening = (char, Option<char>);

/// The first two chars (lowercase) of the furniture lines and prefixes of all languages; `None`
/// as the second for an entry of one char. A line opening otherwise matches none of them, and is
/// not lowercased whole to find that out.
static FURNITURE_OPENINGS: LazyLock<Option<FxHashSet<Opening>>> = LazyLock::new(|| {
    let entries = Lang::ALL.iter().flat_map(|&l| {
        let t = &tables(l).segment;
        t.boilerplate_lines.iter().chain(t.boilerplate_prefixes)
    });
    // An empty entry would match any line: no filter then.
    entries
        .map(|e| {
            let mut chars = e.chars();
            Some((chars.next()?, chars.next()))
        })
        .collect()
});

/// False only when the lowercased `line` can neither be nor start with a furniture entry.
fn may_open_furniture(line: &str) -> bool {
    let Some(openings) = FURNITURE_OPENINGS.as_ref() else {
        return true;
    };
    // Lowercasing char by char matches str::to_lowercase except for the final-sigma rule.
    let mut lower = line.chars().take(2).flat_map(char::to_lowercase);
    let (Some(first), second) = (lower.next(), lower.next()) else {
        return true;
    };
    line.chars().take(2).any(|c| c == 'Σ')
        || openings.contains(&(first, None))
        || openings.contains(&(first, second))
}

fn strip_bullet(line: &str) -> &str {
    BULLETS
        .iter()
        .find_map(|b| line.strip_prefix(b))
        .unwrap_or(line)
        .trim_start()
}

/// "By Jane Doe", "Par Jean Dupont, publié le 3 mars 2015 à 10h", "Von Anna Muster".
fn is_byline(line: &str, lexicons: &[&SegmentTables]) -> bool {
    // Most lines open with no byline word: test it before splitting the whole line.
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    if !lexicons.iter().any(|lex| lex.bylines.contains(&first)) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let rest = &words[1..];
    let names = count_name_words(rest);
    if names == 0 {
        return false;
    }
    let tail = &rest[names..];
    let comma_after_name = rest[names - 1].ends_with(',');
    let (separated, tail) = match tail.first() {
        Some(w) if is_separator(w) => (true, &tail[1..]),
        _ => (comma_after_name, tail),
    };
    // "Von Corona zur Krise" is a headline: what follows a name must be set off from it.
    let ends_sentence = ends_with_sentence_mark(line);
    let dated = tail.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    tail.is_empty()
        || (separated && !ends_sentence && (tail.len() <= 3 || (dated && tail.len() <= 12)))
}

/// How many capitalised name words (and joiners between them) open `words`; a name word with a
/// trailing comma closes the name.
fn count_name_words(words: &[&str]) -> usize {
    let mut count = 0;
    let mut names = 0;
    for (i, w) in words.iter().enumerate() {
        let is_name = w.chars().next().is_some_and(char::is_uppercase);
        let is_joiner = NAME_JOINERS.contains(w) && i > 0 && i + 1 < words.len();
        if !(is_name || is_joiner) || names == MAX_NAME_WORDS {
            break;
        }
        count += 1;
        names += usize::from(is_name);
        if w.ends_with(',') {
            break;
        }
    }
    // A trailing joiner belongs to no name.
    while count > 0 && NAME_JOINERS.contains(&words[count - 1]) {
        count -= 1;
    }
    count
}

fn is_separator(word: &str) -> bool {
    ["-", "–", "—", "|", "/", "·", "•"].contains(&word)
}

/// An e-mail address that closes a line ("… Reach her at a@b.com"), or on a very short line: an
/// author blurb or a contact line. An address inside a sentence ("write to a@b.org or call …")
/// is content.
fn has_email(line: &str) -> bool {
    // An address holds an '@': lines without one are not split into words at all.
    if !line.contains('@') {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.last().is_some_and(|w| is_email(w))
        || (words.len() <= MAX_CONTACT_WORDS && words.iter().any(|w| is_email(w)))
}

fn is_email(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !is_letter_or_digit(c));
    let Some((user, domain)) = token.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && user
            .chars()
            .all(|c| is_letter_or_digit(c) || "._%+-".contains(c))
        && domain
            .chars()
            .all(|c| is_letter_or_digit(c) || ".-".contains(c))
}

/// An item of a related-links list: "- Some title - 17/01/2025", "• Title (2025-01-17)".
fn is_dated_link(line: &str) -> bool {
    let body = line.trim_end_matches([')', ']', ' ']);
    let Some(date_start) = body.rfind(|c: char| c.is_whitespace() || c == '(' || c == '[') else {
        return false;
    };
    let date_start = date_start + body[date_start..].chars().next().map_or(1, char::len_utf8);
    if !is_numeric_date(&body[date_start..]) {
        return false;
    }
    let bulleted = BULLETS.iter().any(|b| line.starts_with(b));
    let separated = DATE_SEPARATORS
        .iter()
        .any(|s| body[..date_start].ends_with(s.trim_end()) || body[..date_start].ends_with(s));
    bulleted || separated
}

/// "17/01/2025", "17.01.25", "2025-01-17".
fn is_numeric_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['/', '.', '-']).collect();
    let [a, b, c] = parts[..] else { return false };
    let digits =
        |p: &str, lens: &[usize]| lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    (digits(a, &[1, 2]) && digits(b, &[1, 2]) && digits(c, &[2, 4]))
        || (digits(a, &[4]) && digits(b, &[1, 2]) && digits(c, &[1, 2]))
}

/// "hero_image-1280x800", "photo.jpg", "my-article-slug", "https://example.com/a".
fn is_file_name_or_url(line: &str) -> bool {
    if line.contains(char::is_whitespace) {
        return false;
    }
    let lower = line.to_lowercase();
    if ["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if !line
        .chars()
        .all(|c| is_letter_or_digit(c) || "_-./".contains(c))
    {
        return false;
    }
    let slug = line.matches('-').count() >= 2 && !line.chars().any(char::is_uppercase);
    line.contains('_')
        || has_dimensions(line)
        || FILE_EXTENSIONS.iter().any(|e| lower.ends_with(e))
        || slug
}

/// "1280x800": two numbers of two or more digits joined by an `x`.
fn has_dimensions(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        (b[i] == b'x' || b[i] == b'X')
            && b[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count()
                >= 2
            && b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count() >= 2
    })
}

/// "© 2025 Some Site", "(c) Agency": short lines with a copyright sign.
fn is_credit(line: &str) -> bool {
    // Only a line starting with '(' lowercases to one starting with "(c) ": test that first.
    // The marks are tested before the words are counted: most lines have neither.
    (line.contains('©') || (line.starts_with('(') && line.to_lowercase().starts_with("(c) ")))
        && words_up_to(line, MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS
}

/// "Home | World | Business | Tech": three or more short items between bars or bullets.
fn is_menu_bar(line: &str) -> bool {
    // Three items need two separators: most lines have none and are not split.
    if line.matches(['|', '•', '·']).nth(1).is_none() {
        return false;
    }
    let items: Vec<&str> = line.split(['|', '•', '·']).collect();
    items.len() >= 3 && items.iter().all(|item| words_up_to(item, 4) <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cleans `text` and returns (boilerplate lines, content lines) as strings.
    fn split(text: &str) -> (Vec<&str>, Vec<&str>) {
        let c = clean(text);
        for s in c.boilerplate.iter().chain(&c.content) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let of = |v: &Vec<Span>| v.iter().map(|s| s.of(text)).collect::<Vec<_>>();
        (of(&c.boilerplate), of(&c.content))
    }

    fn is_bp(line: &str) -> bool {
        split(line).0 == [line.trim()]
    }

    #[test]
    fn the_opening_filter_lets_every_furniture_entry_through() {
        for lang in Lang::ALL {
            let t = &tables(lang).segment;
            for entry in t.boilerplate_lines.iter().chain(t.boilerplate_prefixes) {
                for line in [
                    entry.to_string(),
                    entry.to_uppercase(),
                    format!("{entry} x"),
                ] {
                    assert!(may_open_furniture(&line), "{line}");
                }
            }
        }
        assert!(!may_open_furniture("Zhe city council met on Tuesday."));
        assert!(may_open_furniture("ΣΑ") && may_open_furniture(""));
    }

    #[test]
    fn furniture_lines_are_boilerplate() {
        let cases = [
            "Skip to main content",
            "Skip to content",
            "Menu",
            "MENU:",
            "Share this story",
            "Share this article",
            "Leave a comment",
            "Leave a Reply",
            "Partager",
            "Partager cet article",
            "Kommentieren",
            "Diesen Artikel teilen",
            "This site uses Akismet to reduce spam. Learn more.",
            "Ce site utilise Akismet pour réduire les indésirables.",
            "Ana Ruiz is a Lisbon-based reporter. Reach her at ana.ruiz@example.org",
            "Contact: redaktion@beispiel.de",
            "Write to the desk: tips@example.com.",
            "Letzte Artikel von Karla (Redakteurin) (Alle anzeigen)",
            "Par Jean Martin, publié le 12/03/2021 à 10h05",
            "Par Claire Dubois",
            "Von Max Mustermann",
            "By Jane Roe and John Poe",
            "By Jane Roe | 3 May 2021",
            "By Jane Roe, Reuters",
            "Von Anna Muster, dpa",
            "- Un salon sur les startups ouvre à Lyon - 02/02/2024",
            "• Markets rally after rate cut - 2024-02-02",
            "– Neue Brücke eröffnet (03.02.2024)",
            "A new bridge opens | 03.02.24",
            "Image Credit: Some Photo Agency",
            "Image: Wikimedia Commons",
            "Photo : AFP",
            "Crédit photo : Studio X",
            "Bild: Pixabay",
            "Foto: dpa",
            "© 2024 Example Media",
            "Copyright 2024 Example Media. All rights reserved.",
            "harbour_bridge_sunset-1920x1080",
            "IMG_2044.JPG",
            "cover-photo.webp",
            "city-council-votes-new-budget",
            "https://example.com/news/item?id=3",
            "Home | World | Business | Tech",
            "* * *",
            "🙂🙂",
        ];
        for line in cases {
            assert!(is_bp(line), "should be boilerplate: {line:?}");
        }
    }

    #[test]
    fn article_lines_are_content() {
        let cases = [
            // Headlines: short, no final punctuation.
            "City council approves new budget",
            "Le conseil municipal adopte le budget",
            "Stadtrat beschließt neuen Haushalt",
            "Menu prices rise again",
            "Share prices fall in Tokyo",
            "Photos show flooding in the old town",
            // Sentences that start like furniture.
            "By Monday, five people had been rescued from the river.",
            "By the end of 2023, exports had doubled.",
            "Par ailleurs, la ville a annoncé 3 nouvelles lignes de bus.",
            "Von Berlin aus fuhr der Zug weiter nach Prag.",
            "Von dem neuen Projekt sprach er in den höchsten Tönen.",
            "Von Corona zur Krise",
            "By Design and by Accident",
            "Bild und Ton fielen während der Übertragung aus.",
            "The mayor said: \"We will share the costs with the region.\"",
            "- the first item of a plain list",
            "Prices rose 4.8% in 2014 - the highest rate since 1990.",
            "Die Preise stiegen um 4,8 Prozent.",
            "e-commerce",
            "You can email help@example.org, or call 116 000 free from any phone in the country.",
            "Le film « Les Passeurs » sortira le 3 mars.",
            "東京で新しい橋が開通した。",
        ];
        for line in cases {
            assert_eq!(split(line).1, [line], "should be content: {line:?}");
        }
    }

    #[test]
    fn repeated_line_keeps_first_copy() {
        let text = "Big news today\n\nBig news today\nA sentence.\n  Big news today  \n";
        let c = clean(text);
        assert_eq!(c.content, [Span::new(0, 14), Span::new(31, 42)]);
        assert_eq!(c.boilerplate, [Span::new(16, 30), Span::new(45, 59)]);
        // A short sentence said twice stays; a long pasted one goes.
        let short = "C’est une tragédie.\nC’est une tragédie.";
        assert_eq!(split(short).1.len(), 2);
        let long = "The bridge will open to traffic on Monday morning.\nThe bridge will open to traffic on Monday morning.";
        assert_eq!(split(long), (vec![&long[51..]], vec![&long[..50]]));
    }

    #[test]
    fn spans_are_trimmed_lines_of_the_original() {
        let text = "  Titre é  \r\n\n\tPhrase un.\nPartager\n";
        let c = clean(text);
        assert_eq!(
            c.content.iter().map(|s| s.of(text)).collect::<Vec<_>>(),
            ["Titre é", "Phrase un."]
        );
        assert_eq!(
            c.boilerplate.iter().map(|s| s.of(text)).collect::<Vec<_>>(),
            ["Partager"]
        );
        assert_eq!(clean(""), Cleaned::default());
        assert_eq!(clean(" \n\n \t"), Cleaned::default());
    }

    /// False positives on professional news (ntrex128, en/de/fr/es/it): content lines marked as
    /// boilerplate. Needs the corpus beside the repository: `cargo test -- --ignored`.
    #[test]
    fn ntrex_false_positive_rate() {
        if !ntrex::available() {
            return;
        }
        let (mut wrong, mut total) = (0, 0);
        for lang in ntrex::LANGS {
            let docs = ntrex::documents(lang);
            for doc in &docs {
                let text = doc.join("\n");
                let c = clean(&text);
                total += doc.len();
                for s in &c.boilerplate {
                    wrong += 1;
                    eprintln!("{lang}: {}", s.of(&text));
                }
            }
        }
        let rate = wrong as f64 / total as f64;
        eprintln!("false positives: {wrong}/{total} = {:.3}%", 100.0 * rate);
        assert!(rate < 0.005);
    }
}

/// The ntrex128 corpus (line-aligned news translations) for measurements in ignored tests of this
/// and the next stages. Found in `$PARALLAX_NTREX` or `../shared/corpus/ntrex128`.
#[cfg(test)]
pub(crate) mod ntrex {
    use std::path::PathBuf;

    /// The corpus languages, as file-name codes.
    pub(crate) const LANGS: [&str; 5] = ["en", "de", "fr", "es", "it"];

    fn dir() -> PathBuf {
        std::env::var_os("PARALLAX_NTREX")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ntrex128")
            })
    }

    fn file_name(lang: &str) -> String {
        match lang {
            "en" => "newstest2019-src.eng.txt".into(),
            "de" => "newstest2019-ref.deu.txt".into(),
            "fr" => "newstest2019-ref.fra.txt".into(),
            "es" => "newstest2019-ref.spa.txt".into(),
            _ => "newstest2019-ref.ita.txt".into(),
        }
    }

    /// Whether the corpus is there (beside the repository here and in CI). Tests that read it
    /// say when it is not and pass: a clone elsewhere has no corpus to measure on.
    pub(crate) fn available() -> bool {
        let there = dir().join("DOCUMENT_IDS.tsv").exists();
        if !there {
            eprintln!("ntrex128 not found beside the repository: test skipped");
        }
        there
    }

    /// The documents of one language, each a list of lines. Panics when the corpus is not
    /// there (ask [`available`] first).
    pub(crate) fn documents(lang: &str) -> Vec<Vec<String>> {
        let read = |name: &str| {
            let path = dir().join(name);
            std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; set PARALLAX_NTREX to the ntrex128 folder",
                    path.display()
                )
            })
        };
        let (ids, text) = (read("DOCUMENT_IDS.tsv"), read(&file_name(lang)));
        let mut docs: Vec<Vec<String>> = Vec::new();
        let mut last_id = "";
        for (id, line) in ids.lines().zip(text.lines()) {
            let id = id.split('\t').next().unwrap_or("");
            if id != last_id || docs.is_empty() {
                docs.push(Vec::new());
                last_id = id;
            }
            docs.last_mut().expect("pushed").push(line.to_string());
        }
        docs
    }
}
