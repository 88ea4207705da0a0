//! The report as text: contract JSON, or the summary for people (conflicts with both quotes
//! first, then agreements, counts of single-source facts, moved passages and near-copies).

use std::collections::BTreeMap;

use parallax::{Article, ClaimView, Fact, MentionValue, Reading, Report, Verdict};

use crate::failure::Failure;

/// Quotes are shortened to about this many characters in text output.
const QUOTE_CHARS: usize = 160;
/// Moved-passage members show this many characters.
const MEMBER_CHARS: usize = 80;
/// Titles in the article lines show this many characters.
const TITLE_CHARS: usize = 60;

/// A report or a reading as pretty JSON, ending in a newline.
pub fn json(value: &impl serde::Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(|e| Failure::output(format!("cannot write the output as JSON: {e}")))
}

/// A reading for people: a line per article, then a line per mention.
pub fn render_reading(reading: &Reading) -> String {
    let mut out = Lines::default();
    for (i, article) in reading.articles.iter().enumerate() {
        if i > 0 {
            out.line("");
        }
        out.line(format!(
            "[{}] {} · {}",
            article.id,
            article.language.code(),
            plural(article.mentions.len(), "mention")
        ));
        for m in &article.mentions {
            let value = match &m.value {
                Some(MentionValue::Number(n)) => n.to_string(),
                Some(MentionValue::Text(t)) => t.clone(),
                None => "unresolved".to_string(),
            };
            let unit = m
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let context = m
                .context
                .as_deref()
                .map(|c| format!(" · {c}"))
                .unwrap_or_default();
            let kind = m.kind.as_str();
            out.line(format!(
                "  {kind:<7} {value}{unit} — \"{}\"{context}",
                m.text
            ));
        }
    }
    out.0
}

/// Lines of text output (writing to a `String` cannot fail, so no `fmt::Result` to carry).
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, line: impl AsRef<str>) {
        self.0.push_str(line.as_ref());
        self.0.push('\n');
    }
}

/// The report for people: articles, conflicts, agreements, single-source counts, moved
/// passages and near-copies. `articles` supply the text of passage members.
pub fn render_text(report: &Report, articles: &[Article]) -> String {
    let mut out = Lines::default();
    write_summary(&mut out, report);
    write_articles(&mut out, report);
    write_facts(&mut out, "CONFLICTS", Verdict::Conflict, report);
    write_facts(&mut out, "AGREEMENTS", Verdict::Agree, report);
    write_single(&mut out, report);
    write_moved(&mut out, report, articles);
    write_copies(&mut out, report);
    out.0
}

fn count(report: &Report, verdict: Verdict) -> usize {
    report.facts.iter().filter(|f| f.verdict == verdict).count()
}

fn write_summary(out: &mut Lines, report: &Report) {
    let moved = report.passages.iter().filter(|p| p.moved).count();
    out.line(format!(
        "parallax report v{}: {}, {} ({}, {}, {} single-source), {} ({moved} moved), {}",
        report.version,
        plural(report.articles.len(), "article"),
        plural(report.facts.len(), "fact"),
        plural(count(report, Verdict::Conflict), "conflict"),
        plural(count(report, Verdict::Agree), "agreement"),
        count(report, Verdict::Single),
        plural(report.passages.len(), "aligned passage"),
        plural(report.copies.len(), "near-copy pair"),
    ));
}

/// "1 fact", "2 facts".
fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

fn write_articles(out: &mut Lines, report: &Report) {
    out.line("");
    for a in &report.articles {
        let published = a
            .published
            .as_deref()
            .map(|d| format!(" · published {d}"))
            .unwrap_or_default();
        out.line(format!(
            "[{}] {} · {} · {} boilerplate{published} — {}",
            a.id,
            a.language.code(),
            plural(a.sentences.len(), "sentence"),
            a.boilerplate.len(),
            excerpt(&a.title, 0, TITLE_CHARS)
        ));
    }
}

fn write_facts(out: &mut Lines, title: &str, verdict: Verdict, report: &Report) {
    let facts: Vec<&Fact> = report
        .facts
        .iter()
        .filter(|f| f.verdict == verdict)
        .collect();
    section(out, title, facts.len());
    for fact in facts {
        let object = fact
            .object
            .as_deref()
            .map(|o| format!(" · {o}"))
            .unwrap_or_default();
        out.line(format!(
            "{} · {}{object}  ({}, {})",
            fact.subject,
            fact.attribute,
            fact.kind.as_str(),
            fact.id
        ));
        out.line(format!("  {}", fact.reason));
        for claim in &fact.claims {
            out.line(format!(
                "  [{}] {} — “{}”",
                claim.article,
                claim.value,
                quote_excerpt(claim)
            ));
        }
        out.line("");
    }
}

fn write_single(out: &mut Lines, report: &Report) {
    section(out, "SINGLE-SOURCE FACTS", count(report, Verdict::Single));
    for view in &report.articles {
        let kinds = single_kinds(report, &view.id);
        let total: usize = kinds.values().sum();
        if total > 0 {
            let per_kind: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
            out.line(format!("  [{}] {total}: {}", view.id, per_kind.join(", ")));
        }
    }
}

/// Single-source facts that `article` states, counted by kind. A fact stated only by copies of
/// one article counts for each copy.
fn single_kinds(report: &Report, article: &str) -> BTreeMap<&'static str, usize> {
    let mut kinds = BTreeMap::new();
    let single = report.facts.iter().filter(|f| f.verdict == Verdict::Single);
    for fact in single.filter(|f| f.claims.iter().any(|c| c.article == article)) {
        *kinds.entry(fact.kind.as_str()).or_insert(0) += 1;
    }
    kinds
}

fn write_moved(out: &mut Lines, report: &Report, articles: &[Article]) {
    let moved: Vec<_> = report.passages.iter().filter(|p| p.moved).collect();
    out.line("");
    section(out, "MOVED PASSAGES", moved.len());
    for (n, passage) in moved.iter().enumerate() {
        for (i, m) in passage.members.iter().enumerate() {
            let number = if i == 0 {
                format!("{:>3}.", n + 1)
            } else {
                "    ".to_string()
            };
            let text = articles
                .iter()
                .find(|a| a.id == m.article)
                .and_then(|a| a.text.get(m.start..m.end))
                .unwrap_or("");
            out.line(format!(
                "{number} {}:{}-{} “{}”",
                m.article,
                m.start,
                m.end,
                excerpt(text, 0, MEMBER_CHARS)
            ));
        }
    }
}

fn write_copies(out: &mut Lines, report: &Report) {
    out.line("");
    section(out, "NEAR-COPIES", report.copies.len());
    for pair in &report.copies {
        out.line(format!(
            "  {} ≈ {}  similarity {:.2}",
            pair.articles[0], pair.articles[1], pair.similarity
        ));
    }
}

/// A section header; an empty section says so rather than leaving a bare header.
fn section(out: &mut Lines, title: &str, count: usize) {
    if !out.0.ends_with("\n\n") {
        out.line("");
    }
    out.line(format!("{title} ({count})"));
    if count == 0 {
        out.line("  none");
    }
}

/// The quote, shortened around the words that carry the value.
fn quote_excerpt(claim: &ClaimView) -> String {
    let focus = claim
        .evidence
        .start
        .checked_sub(claim.start)
        .filter(|&at| at <= claim.quote.len())
        .unwrap_or(0);
    excerpt(&claim.quote, focus, QUOTE_CHARS)
}

/// At most about `max` characters of `text` on one line, starting a little before byte `focus`,
/// with `…` where it was cut.
fn excerpt(text: &str, focus: usize, max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = if chars.len() <= max {
        (0, chars.len())
    } else {
        let at = text.char_indices().take_while(|&(i, _)| i < focus).count();
        let start = at.saturating_sub(max / 4).min(chars.len() - max);
        (start, start + max)
    };
    let body: String = chars[start..end].iter().collect();
    let mut shown = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if start > 0 {
        shown.insert(0, '…');
    }
    if end < chars.len() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax::{ArticleView, CopyPair, FactKind, Lang, Member, Passage, Span, REPORT_VERSION};

    #[test]
    fn excerpts_cut_on_char_boundaries_and_mark_cuts() {
        let cases = [
            ("short « citation »", 0, 40, "short « citation »"),
            ("line\n  break\ttab", 0, 40, "line break tab"),
            ("😀😀😀😀😀😀", 0, 4, "😀😀😀😀…"),
            ("中文中文中文中文", 12, 4, "…文中文中…"),
            ("„Zitat“ über Straße", 0, 7, "„Zitat“…"),
            ("aaaa bbbb cccc dddd", 15, 8, "…ccc dddd"),
        ];
        for (text, focus, max, expected) in cases {
            assert_eq!(excerpt(text, focus, max), expected, "{text}");
        }
    }

    fn claim(article: &str, value: &str, quote: &str) -> ClaimView {
        ClaimView {
            article: article.to_string(),
            value: value.to_string(),
            quote: quote.to_string(),
            start: 0,
            end: quote.len(),
            evidence: Span::new(0, quote.len()),
            context: None,
        }
    }

    fn fact(id: &str, verdict: Verdict, kind: FactKind, claims: Vec<ClaimView>) -> Fact {
        Fact {
            id: id.to_string(),
            kind,
            subject: "Jane Doe".to_string(),
            attribute: "role".to_string(),
            object: Some("The Film".to_string()),
            verdict,
            reason: "the articles name different roles: director, producer".to_string(),
            claims,
        }
    }

    fn view(id: &str, text: &str, lang: Lang) -> ArticleView {
        ArticleView {
            id: id.to_string(),
            title: text.lines().next().unwrap_or("").to_string(),
            language: lang,
            published: None,
            boilerplate: vec![Span::new(0, 1)],
            sentences: vec![Span::new(0, text.len())],
        }
    }

    fn sample() -> (Report, Vec<Article>) {
        let a = "Jane Doe réalise « The Film ». Acme lève 2 milliards.";
        let b = "Jane Doe produces The Film. Acme raised $2 billion.";
        let long = format!(
            "{} Jane Doe directs The Film.",
            "Filler words here. ".repeat(20)
        );
        let facts = vec![
            fact(
                "f1",
                Verdict::Conflict,
                FactKind::Role,
                vec![claim("a", "director", a), claim("b", "producer", b)],
            ),
            fact(
                "f2",
                Verdict::Agree,
                FactKind::Amount,
                vec![
                    claim("a", "2000000000 USD", a),
                    claim("b", "2000000000 USD", &long),
                ],
            ),
            fact(
                "f3",
                Verdict::Single,
                FactKind::Date,
                vec![claim("b", "2014", b)],
            ),
            fact(
                "f4",
                Verdict::Single,
                FactKind::Role,
                vec![claim("b", "actor", b)],
            ),
        ];
        let passage = Passage {
            members: vec![
                Member {
                    article: "a".into(),
                    start: 0,
                    end: a.find('.').map_or(0, |i| i + 1),
                },
                Member {
                    article: "b".into(),
                    start: 0,
                    end: 27,
                },
            ],
            moved: true,
            anchors: vec![],
            diffs: vec![],
        };
        let report = Report {
            version: REPORT_VERSION,
            articles: vec![view("a", a, Lang::Fr), view("b", b, Lang::En)],
            facts,
            passages: vec![passage],
            copies: vec![CopyPair {
                articles: ["a".into(), "b".into()],
                similarity: 0.875,
            }],
        };
        (report, vec![Article::new("a", a), Article::new("b", b)])
    }

    #[test]
    fn text_output_has_every_section_in_order() {
        let (report, articles) = sample();
        let text = render_text(&report, &articles);
        let headers = [
            "parallax report v1: 2 articles, 4 facts (1 conflict, 1 agreement, 2 single-source), 1 aligned passage (1 moved), 1 near-copy pair",
            "[a] fr · 1 sentence · 1 boilerplate — Jane Doe réalise « The Film ». Acme lève 2 milliards.",
            "CONFLICTS (1)\nJane Doe · role · The Film  (role, f1)\n  the articles name different roles",
            "  [a] director — “Jane Doe réalise « The Film ». Acme lève 2 milliards.”",
            "AGREEMENTS (1)",
            "SINGLE-SOURCE FACTS (2)\n  [b] 2: 1 date, 1 role\n",
            "MOVED PASSAGES (1)\n  1. a:0-33 “Jane Doe réalise « The Film ».”\n     b:0-27 “Jane Doe produces The Film.”",
            "NEAR-COPIES (1)\n  a ≈ b  similarity 0.88\n",
        ];
        let mut from = 0;
        for header in headers {
            let at = text[from..].find(header).map(|i| i + from);
            assert!(
                at.is_some(),
                "missing or out of order: {header}\n---\n{text}"
            );
            from = at.unwrap_or(from);
        }
        assert!(
            text.contains("[b] 2000000000 USD — “Filler words"),
            "{text}"
        );
        assert!(text.contains("…”"), "long quote is shortened:\n{text}");
        assert!(!text.contains('\u{1b}'), "no colour codes");
    }

    #[test]
    fn empty_sections_say_none() {
        let (mut report, articles) = sample();
        report.facts.clear();
        report.passages.clear();
        report.copies.clear();
        let text = render_text(&report, &articles);
        for header in [
            "CONFLICTS (0)\n  none",
            "AGREEMENTS (0)\n  none",
            "SINGLE-SOURCE FACTS (0)\n  none",
            "MOVED PASSAGES (0)\n  none",
            "NEAR-COPIES (0)\n  none",
        ] {
            assert!(text.contains(header), "{header}\n---\n{text}");
        }
    }

    #[test]
    fn long_quotes_are_shortened_around_the_evidence() {
        let quote = format!("{}Jane Doe directs The Film.", "x ".repeat(200));
        let at = quote.find("Jane").unwrap_or(0);
        let mut c = claim("a", "director", &quote);
        c.start = 1000;
        c.evidence = Span::new(1000 + at, 1000 + at + 8);
        let shown = quote_excerpt(&c);
        assert!(shown.contains("Jane Doe directs"), "{shown}");
        assert!(shown.starts_with('…') && shown.chars().count() <= QUOTE_CHARS + 2);
    }
}
