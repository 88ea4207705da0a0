//! The command line as the user spelled it: `parallax compare FILE... [OPTIONS]`,
//! `parallax read FILE... [OPTIONS]`, `--help`, `--version`. Parsing only: nothing here touches the file system.

use std::ffi::OsString;

use parallax::{Options, MAX_ARTICLES, MAX_ARTICLE_BYTES, READING_VERSION, REPORT_VERSION};

use crate::failure::Failure;
use crate::read::{article_id, STDIN_FILE};

/// Options that take a value, as the next argument or after `=`.
const VALUE_OPTIONS: [&str; 6] = [
    "--format",
    "--published",
    "--lang",
    "--language",
    "--max-articles",
    "--max-bytes",
];

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Version,
    Compare(Cli),
    /// `parallax read`: what the engine reads in each article, without comparing.
    Read(Cli),
}

/// `parallax compare` as the user spelled it.
#[derive(Debug, Default, PartialEq)]
pub struct Cli {
    /// Files in the order given; `-` is standard input.
    pub files: Vec<String>,
    pub format: Format,
    /// `(FILE or id, date)` in the order given; the last one for a file wins.
    pub published: Vec<(String, String)>,
    /// `(FILE or id, language code)`, as above.
    pub lang: Vec<(String, String)>,
    /// `--language L`: the language of every file without a `--lang` of its own.
    pub language: Option<String>,
    max_articles: Option<usize>,
    max_bytes: Option<usize>,
}

/// How the report is printed: text for people, or the contract JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Format {
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
pub fn utf8_args(args: &[OsString]) -> Result<Vec<String>, Failure> {
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

pub fn parse(args: &[String]) -> Result<Command, Failure> {
    match args.first().map(String::as_str) {
        None => Err(Failure::usage("no command given")),
        Some("-h" | "--help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some("compare") => parse_files(&args[1..], Command::Compare),
        Some("read") => parse_files(&args[1..], Command::Read),
        Some(other) if other.starts_with('-') => {
            Err(Failure::usage(format!("unknown option \"{other}\"")))
        }
        Some(other) => Err(Failure::usage(format!(
            "unknown command \"{other}\" (the commands are `compare` and `read`)"
        ))),
    }
}

/// The files and options of `compare` and `read` (the same for both), as `command`.
fn parse_files(args: &[String], command: fn(Cli) -> Command) -> Result<Command, Failure> {
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
    Ok(command(cli))
}

impl Cli {
    fn set(&mut self, option: &str, value: &str) -> Result<(), Failure> {
        match option {
            "--format" => self.format = Format::parse(value)?,
            "--published" => self.published.push(file_pair(option, value, "DATE")?),
            "--lang" => self.lang.push(file_pair(option, value, "CODE")?),
            "--language" => self.language = Some(value.to_string()),
            "--max-articles" => self.max_articles = Some(whole_number(option, value)?),
            _ => self.max_bytes = Some(whole_number(option, value)?),
        }
        Ok(())
    }

    /// Catches what needs no file system: no files, and metadata for a file not given.
    fn check<'a>(&'a self) -> Result<(), Failure> {
        if self.files.is_empty() {
            return Err(Failure::usage("no article file given (FILE...)"));
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

    /// The language of `file`: its `--lang`, else `--language`.
    pub fn language_for(&self, file: &str) -> Option<String> {
        self.value_for(&self.lang, file)
            .or_else(|| self.language.clone())
    }

    /// The value the user gave for `file` (by its name or its id); the last one wins.
    pub fn value_for(&self, pairs: &[(String, String)], file: &str) -> Option<String> {
        pairs
            .iter()
            .rev()
            .find(|(name, _)| self.file_named(name) == Some(file))
            .map(|(_, value)| value.clone())
    }

    pub fn options(&self) -> Options {
        let mut options = Options::default();
        if let Some(max) = self.max_articles {
            options.max_articles(max);
        }
        if let Some(max) = self.max_bytes {
            options.max_article_bytes(max);
        }
        options
    }

    pub fn max_bytes(&self) -> usize {
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

pub fn help() -> String {
    format!(
        "\
parallax {version} — compare news articles about one story, across languages

Usage:
  parallax compare FILE... [OPTIONS]
  parallax read FILE... [OPTIONS]
  parallax --help | --version

Reads two or more UTF-8 text files, one article each (`-` reads standard
input, id \"stdin\"), and reports the facts they agree on, the facts they
contradict, what only one of them states, the passages that say the same
thing, and articles that are near-copies of each other. An article's id is
its file name without directory and extension.

`read` compares nothing: it prints what the engine reads in each article (one
is enough) — every figure and date with its kind, value, unit and words — as
text, or as the reading contract v{READING_VERSION} in JSON.

Options:
  --format text|json     text for people (default), or the report contract
                         v{REPORT_VERSION} as JSON (offsets in UTF-8 bytes)
  --published FILE=DATE  publication date (YYYY-MM-DD) of FILE, used to resolve
                         \"yesterday\" or \"last year\"; repeatable
  --lang FILE=CODE       language of FILE (en, fr, de, es, it) instead of
                         detecting it; repeatable
  --language CODE        language of every file without a --lang
  --max-articles N       refuse more than N articles: 2 to {MAX_ARTICLES} (default)
  --max-bytes N          refuse an article over N bytes: 1 to {MAX_ARTICLE_BYTES} (default)
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

#[cfg(test)]
mod tests {
    use super::*;

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
            ("compare --format json", "no article file given"),
            ("read --format json", "no article file given"),
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
