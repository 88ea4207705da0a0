//! The `parallax` command line: reads article files, runs [`parallax::compare`] and prints the
//! report as contract JSON or as text for people.
//!
//! Thin on purpose: argument parsing, file reading and printing. Every judgement lives in the
//! library, so the CLI, the wasm build and the tests all see the same engine.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use parallax::{
    Article, ClaimView, Fact, FactKind, Options, Report, Verdict, MAX_ARTICLES, MAX_ARTICLE_BYTES,
    REPORT_VERSION,
};

/// The file name that means standard input.
const STDIN_FILE: &str = "-";
/// The article id of standard input (a `-` id would read as an option in `--published -=…`).
const STDIN_ID: &str = "stdin";
/// Quotes are shortened to about this many characters in text output.
const QUOTE_CHARS: usize = 160;
/// Moved-passage members show this many characters.
const MEMBER_CHARS: usize = 80;
/// Titles in the article lines show this many characters.
const TITLE_CHARS: usize = 60;
/// Options that take a value, as the next argument or after `=`.
const VALUE_OPTIONS: [&str; 5] = [
    "--format",
    "--published",
    "--lang",
    "--max-articles",
    "--max-bytes",
];

/// mimalloc: the engine makes many small short-lived allocations (token lists, keys), which
/// glibc's allocator served at a quarter of the demo's instructions.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // Nothing better to do when stderr itself is gone.
            let _ = writeln!(io::stderr(), "{failure}");
            ExitCode::from(failure.code)
        }
    }
}

fn run(args: &[OsString]) -> Result<(), Failure> {
    let args = utf8_args(args)?;
    match parse(&args)? {
        Command::Help => print(&help()),
        Command::Version => print(&format!(
            "parallax {} (report contract v{REPORT_VERSION})\n",
            env!("CARGO_PKG_VERSION")
        )),
        Command::Compare(cli) => compare(&cli),
    }
}

fn compare(cli: &Cli) -> Result<(), Failure> {
    check_unique_ids(&cli.files)?;
    let articles = read_articles(cli)?;
    let report =
        parallax::compare(&articles, &cli.options()).map_err(|e| Failure::input(e.to_string()))?;
    let out = match cli.format {
        Format::Json => render_json(&report)?,
        Format::Text => render_text(&report, &articles),
    };
    print(&out)
}

// ---------------------------------------------------------------------------------------------
// Failures

/// Why the command stopped: one line on stderr and an exit code.
#[derive(Debug, PartialEq)]
struct Failure {
    message: String,
    code: u8,
    /// Usage mistakes point to `--help`; bad files do not (the help would not fix them).
    usage: bool,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
            usage: true,
        }
    }

    fn input(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
            usage: false,
        }
    }

    fn output(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 1,
            usage: false,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, always: a file name may contain a newline.
        let message = self.message.replace(['\n', '\r'], " ");
        write!(f, "parallax: {message}")?;
        if self.usage {
            write!(f, "; see `parallax --help`")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Compare(Cli),
}

/// `parallax compare` as the user spelled it.
#[derive(Debug, Default, PartialEq)]
struct Cli {
    /// Files in the order given; `-` is standard input.
    files: Vec<String>,
    format: Format,
    /// `(FILE or id, date)` in the order given; the last one for a file wins.
    published: Vec<(String, String)>,
    /// `(FILE or id, language code)`, as above.
    lang: Vec<(String, String)>,
    max_articles: Option<usize>,
    max_bytes: Option<usize>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Format {
    #[default]
    Text,
    Json,
}

impl Format {
    fn parse(value: &str) -> Result<Format, Failure> {
        match value {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            _ => Err(Failure::usage(format!(
                "--format: unknown format \"{value}\" (use text or json)"
            ))),
        }
    }
}

/// Arguments as strings; `std::env::args` would panic on one that is not UTF-8.
fn utf8_args(args: &[OsString]) -> Result<Vec<String>, Failure> {
    args.iter()
        .map(|arg| {
            arg.to_str().map(str::to_string).ok_or_else(|| {
                Failure::usage(format!(
                    "argument \"{}\" is not valid UTF-8",
                    arg.to_string_lossy()
                ))
            })
        })
        .collect()
}

fn parse(args: &[String]) -> Result<Command, Failure> {
    match args.first().map(String::as_str) {
        None => Err(Failure::usage("no command given")),
        Some("-h" | "--help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some("compare") => parse_compare(&args[1..]),
        Some(other) if other.starts_with('-') => {
            Err(Failure::usage(format!("unknown option \"{other}\"")))
        }
        Some(other) => Err(Failure::usage(format!(
            "unknown command \"{other}\" (the command is `compare`)"
        ))),
    }
}

fn parse_compare(args: &[String]) -> Result<Command, Failure> {
    let mut cli = Cli::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            // Everything after `--` is a file, even `-x.txt`.
            "--" => cli.files.extend(rest.by_ref().cloned()),
            STDIN_FILE => cli.files.push(arg.clone()),
            option if option.starts_with('-') => {
                let (name, inline) = match option.split_once('=') {
                    Some((name, value)) => (name, Some(value.to_string())),
                    None => (option, None),
                };
                if !VALUE_OPTIONS.contains(&name) {
                    return Err(Failure::usage(format!("unknown option \"{name}\"")));
                }
                let value = inline
                    .or_else(|| rest.next().cloned())
                    .ok_or_else(|| Failure::usage(format!("{name} needs a value")))?;
                cli.set(name, &value)?;
            }
            file => cli.files.push(file.to_string()),
        }
    }
    cli.check()?;
    Ok(Command::Compare(cli))
}

impl Cli {
    fn set(&mut self, option: &str, value: &str) -> Result<(), Failure> {
        match option {
            "--format" => self.format = Format::parse(value)?,
            "--published" => self.published.push(file_pair(option, value, "DATE")?),
            "--lang" => self.lang.push(file_pair(option, value, "CODE")?),
            "--max-articles" => self.max_articles = Some(whole_number(option, value)?),
            _ => self.max_bytes = Some(whole_number(option, value)?),
        }
        Ok(())
    }

    /// Catches what needs no file system: no files, and metadata for a file not given.
    fn check<'a>(&'a self) -> Result<(), Failure> {
        if self.files.is_empty() {
            return Err(Failure::usage(
                "compare needs two or more article files (FILE...)",
            ));
        }
        let tagged = |option, pairs: &'a [(String, String)]| pairs.iter().map(move |p| (option, p));
        let mut all = tagged("--published", &self.published).chain(tagged("--lang", &self.lang));
        match all.find(|(_, (name, _))| self.file_named(name).is_none()) {
            Some((option, (name, value))) => Err(Failure::usage(format!(
                "{option} {name}={value}: \"{name}\" is not one of the files given ({})",
                self.files.join(", ")
            ))),
            None => Ok(()),
        }
    }

    /// The file given as `name`, or whose id is `name`.
    fn file_named(&self, name: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| *f == name || article_id(f) == name)
            .map(String::as_str)
    }

    /// The value the user gave for `file` (by its name or its id); the last one wins.
    fn value_for(&self, pairs: &[(String, String)], file: &str) -> Option<String> {
        pairs
            .iter()
            .rev()
            .find(|(name, _)| self.file_named(name) == Some(file))
            .map(|(_, value)| value.clone())
    }

    fn options(&self) -> Options {
        let mut options = Options::default();
        if let Some(max) = self.max_articles {
            options.max_articles(max);
        }
        if let Some(max) = self.max_bytes {
            options.max_article_bytes(max);
        }
        options
    }

    fn max_bytes(&self) -> usize {
        self.max_bytes.unwrap_or(MAX_ARTICLE_BYTES)
    }
}

/// `FILE=VALUE`, split at the last `=` so that a file name may contain one.
fn file_pair(option: &str, value: &str, what: &str) -> Result<(String, String), Failure> {
    match value.rsplit_once('=') {
        Some((file, v)) if !file.is_empty() => Ok((file.to_string(), v.to_string())),
        _ => Err(Failure::usage(format!(
            "{option} \"{value}\": expected FILE={what}"
        ))),
    }
}

fn whole_number(option: &str, value: &str) -> Result<usize, Failure> {
    value
        .parse()
        .map_err(|_| Failure::usage(format!("{option}: \"{value}\" is not a whole number")))
}

fn help() -> String {
    format!(
        "\
parallax {version} — compare news articles about one story, across languages

Usage:
  parallax compare FILE... [OPTIONS]
  parallax --help | --version

Reads two or more UTF-8 text files, one article each (`-` reads standard
input, id \"stdin\"), and reports the facts they agree on, the facts they
contradict, what only one of them states, the passages that say the same
thing, and articles that are near-copies of each other. An article's id is
its file name without directory and extension.

Options:
  --format text|json     text for people (default), or the report contract
                         v{REPORT_VERSION} as JSON (offsets in UTF-8 bytes)
  --published FILE=DATE  publication date (YYYY-MM-DD) of FILE, used to resolve
                         \"yesterday\" or \"last year\"; repeatable
  --lang FILE=CODE       language of FILE (en, fr, de, es, it) instead of
                         detecting it; repeatable
  --max-articles N       refuse more than N articles (default {MAX_ARTICLES})
  --max-bytes N          refuse an article over N bytes (default {MAX_ARTICLE_BYTES})
  -h, --help             print this help
  -V, --version          print the version

FILE in --published and --lang is the file as given or its id. Options take
their value as the next argument or after `=` (--format=json). Put `--`
before files whose names start with `-`.

Exit status: 0 on success, 2 on bad input (one line on stderr), 1 when the
output cannot be written.

Example:
  parallax compare lemonde.txt spiegel.txt bbc.txt --published bbc=2015-01-12
",
        version = env!("CARGO_PKG_VERSION")
    )
}

// ---------------------------------------------------------------------------------------------
// Reading

/// The article id of a file: its name without directory and extension.
fn article_id(file: &str) -> String {
    if file == STDIN_FILE {
        return STDIN_ID.to_string();
    }
    let path = Path::new(file);
    path.file_stem()
        .or(path.file_name())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

/// How a file is named in messages.
fn display_name(file: &str) -> String {
    if file == STDIN_FILE {
        "standard input (-)".to_string()
    } else {
        file.to_string()
    }
}

/// Two files with the same stem would give two articles the same id.
fn check_unique_ids(files: &[String]) -> Result<(), Failure> {
    for (i, file) in files.iter().enumerate() {
        let id = article_id(file);
        if let Some(first) = files[..i].iter().find(|f| article_id(f) == id) {
            return Err(Failure::input(format!(
                "{} and {} have the same article id \"{id}\"; rename one",
                display_name(first),
                display_name(file)
            )));
        }
    }
    Ok(())
}

fn read_articles(cli: &Cli) -> Result<Vec<Article>, Failure> {
    cli.files
        .iter()
        .map(|file| {
            let mut article = Article::new(article_id(file), read_text(file, cli.max_bytes())?);
            article.published = cli.value_for(&cli.published, file);
            article.language = cli.value_for(&cli.lang, file);
            Ok(article)
        })
        .collect()
}

fn read_text(file: &str, max_bytes: usize) -> Result<String, Failure> {
    let bytes = if file == STDIN_FILE {
        read_limited(io::stdin().lock(), file, max_bytes)?
    } else {
        read_limited(open(file)?, file, max_bytes)?
    };
    String::from_utf8(bytes).map_err(|e| {
        Failure::input(format!(
            "{}: not valid UTF-8 (first invalid byte at offset {})",
            display_name(file),
            e.utf8_error().valid_up_to()
        ))
    })
}

fn open(file: &str) -> Result<File, Failure> {
    let cannot = |e: io::Error| Failure::input(format!("cannot read {file}: {e}"));
    if std::fs::metadata(file).map_err(cannot)?.is_dir() {
        return Err(Failure::input(format!(
            "{file} is a directory; give the article files in it"
        )));
    }
    File::open(file).map_err(cannot)
}

/// Reads at most one byte over the limit, so a huge file is refused without being loaded.
fn read_limited(source: impl Read, file: &str, max_bytes: usize) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    source
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::input(format!("cannot read {}: {e}", display_name(file))))?;
    if bytes.len() > max_bytes {
        return Err(Failure::input(format!(
            "{} is larger than the limit of {max_bytes} bytes (see --max-bytes)",
            display_name(file)
        )));
    }
    Ok(bytes)
}

// ---------------------------------------------------------------------------------------------
// Printing

/// Writes to stdout; a reader that went away (`parallax … | head -1`) is not an error.
fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match write!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Failure::output(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

fn render_json(report: &Report) -> Result<String, Failure> {
    serde_json::to_string_pretty(report)
        .map(|json| json + "\n")
        .map_err(|e| Failure::output(format!("cannot write the report as JSON: {e}")))
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
fn render_text(report: &Report, articles: &[Article]) -> String {
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
            kind_name(fact.kind),
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
fn single_kinds(report: &Report, article: &str) -> BTreeMap<String, usize> {
    let mut kinds = BTreeMap::new();
    let single = report.facts.iter().filter(|f| f.verdict == Verdict::Single);
    for fact in single.filter(|f| f.claims.iter().any(|c| c.article == article)) {
        *kinds.entry(kind_name(fact.kind)).or_insert(0) += 1;
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

/// The kind as the JSON contract spells it ("role", "amount", …).
fn kind_name(kind: FactKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{kind:?}").to_lowercase())
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
    use parallax::{ArticleView, CopyPair, Lang, Member, Passage, Span};

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    fn cli(line: &str) -> Cli {
        match parse(&args(line)) {
            Ok(Command::Compare(cli)) => cli,
            other => panic!("{line}: {other:?}"),
        }
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn parses_files_and_options_in_both_forms() {
        let c = cli(
            "compare a.txt --format=json dir/b.md --published a=2015-01-12 --lang dir/b.md=fr -",
        );
        assert_eq!(c.files, ["a.txt", "dir/b.md", "-"]);
        assert_eq!(c.format, Format::Json);
        assert_eq!(c.published, [pair("a", "2015-01-12")]);
        assert_eq!(c.lang, [pair("dir/b.md", "fr")]);
        let c = cli(
            "compare a b --format json --max-articles 3 --max-bytes=10 --published=a=2020-01-01",
        );
        assert_eq!(c.format, Format::Json);
        assert_eq!((c.max_articles, c.max_bytes), (Some(3), Some(10)));
        assert_eq!(c.published, [pair("a", "2020-01-01")]);
        assert_eq!(cli("compare a b").format, Format::Text);
        assert_eq!(cli("compare a -- --b.txt").files, ["a", "--b.txt"]);
    }

    #[test]
    fn help_and_version_anywhere() {
        for line in ["--help", "-h", "compare a --help", "compare -h"] {
            assert_eq!(parse(&args(line)), Ok(Command::Help), "{line}");
        }
        for line in ["--version", "-V", "compare a b -V"] {
            assert_eq!(parse(&args(line)), Ok(Command::Version), "{line}");
        }
    }

    #[test]
    fn usage_errors_name_the_problem() {
        let cases = [
            ("", "no command"),
            ("frobnicate a b", "unknown command \"frobnicate\""),
            ("--frob", "unknown option \"--frob\""),
            ("compare a b --frob", "unknown option \"--frob\""),
            ("compare a b -x", "unknown option \"-x\""),
            ("compare a b --format", "--format needs a value"),
            ("compare a b --format xml", "unknown format \"xml\""),
            ("compare a b --format=", "unknown format \"\""),
            ("compare a b --published", "--published needs a value"),
            ("compare a b --published a", "expected FILE=DATE"),
            ("compare a b --lang =fr", "expected FILE=CODE"),
            ("compare a b --lang -=fr", "\"-\" is not one of the files"),
            (
                "compare a b --published c=2015-01-01",
                "\"c\" is not one of the files",
            ),
            (
                "compare a.txt b --lang a.md=fr",
                "\"a.md\" is not one of the files",
            ),
            ("compare a b --max-bytes -1", "\"-1\" is not a whole number"),
            (
                "compare a b --max-articles many",
                "\"many\" is not a whole number",
            ),
            ("compare --format json", "two or more article files"),
        ];
        for (line, expected) in cases {
            let failure = parse(&args(line)).expect_err(line);
            assert!(failure.message.contains(expected), "{line}: {failure}");
            assert_eq!((failure.code, failure.usage), (2, true), "{line}");
            let shown = failure.to_string();
            assert!(shown.starts_with("parallax: ") && shown.ends_with("see `parallax --help`"));
        }
    }

    #[test]
    fn metadata_reaches_files_by_name_or_id_last_wins() {
        let c = cli("compare dir/a.txt - --published a=2015-01-01 --published dir/a.txt=2016-02-02 --lang stdin=de");
        assert_eq!(
            c.value_for(&c.published, "dir/a.txt").as_deref(),
            Some("2016-02-02")
        );
        assert_eq!(c.value_for(&c.lang, "-").as_deref(), Some("de"));
        assert_eq!(c.value_for(&c.lang, "dir/a.txt"), None);
        let c = cli("compare a.txt b.txt --lang b=fr --lang b.txt=de");
        assert_eq!(c.value_for(&c.lang, "b.txt").as_deref(), Some("de"));
    }

    #[test]
    fn article_ids_drop_directory_and_extension() {
        let cases = [
            ("a.txt", "a"),
            ("dir/sub/003_0f41.txt", "003_0f41"),
            ("noext", "noext"),
            ("archive.tar.gz", "archive.tar"),
            ("été/Économie.txt", "Économie"),
            ("-", "stdin"),
            (".hidden", ".hidden"),
        ];
        for (file, id) in cases {
            assert_eq!(article_id(file), id, "{file}");
        }
    }

    #[test]
    fn duplicate_stems_name_both_files() {
        let files = args("x/a.txt b.txt y/a.md");
        let failure = check_unique_ids(&files).unwrap_err();
        assert!(failure.message.contains("x/a.txt and y/a.md"), "{failure}");
        assert!(check_unique_ids(&args("a b c")).is_ok());
    }

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

    #[test]
    fn help_documents_every_option() {
        let text = help();
        for option in VALUE_OPTIONS
            .iter()
            .chain(&["--help", "--version", "compare FILE..."])
        {
            assert!(text.contains(option), "{option}");
        }
    }
}
