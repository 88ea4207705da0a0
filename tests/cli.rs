//! The `parallax` binary as a user runs it: real files, real exit codes, real stdout and stderr.
//! Asserts structure, not fact counts (the engine's findings change; the contract does not).
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");
const DEMO_IDS: [&str; 5] = [
    "000_c0ddcebfb0d342a2",
    "001_1c8bcfeb080f928f",
    "002_4e2ff99566001c97",
    "003_0f41107755d267d7",
    "004_95e9c8df36c59bc8",
];

/// A directory of its own per test, removed when the test ends.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(test: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("parallax-cli-{}-{test}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch { dir }
    }

    /// Writes `bytes` to `name` (which may contain a sub-directory) and returns the path.
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create sub-directory");
        }
        std::fs::write(&path, bytes).expect("write scratch file");
        path.to_string_lossy().into_owned()
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn demo(id: &str) -> String {
    format!("{}/www/demo/{id}.txt", env!("CARGO_MANIFEST_DIR"))
}

fn demo_files() -> Vec<String> {
    DEMO_IDS.iter().map(|id| demo(id)).collect()
}

fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

fn run_with_stdin(args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start parallax");
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        stdin.write_all(text.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("run parallax")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn json(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Exit 2, nothing on stdout, exactly one line on stderr, prefixed, containing every `needle`.
fn assert_bad_input(out: &Output, needles: &[&str]) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(out));
    assert!(
        err.ends_with('\n') && err.lines().count() == 1,
        "one line: {err:?}"
    );
    assert!(err.starts_with("parallax: "), "{err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn two_articles(scratch: &Scratch) -> (String, String) {
    (
        scratch.file(
            "a.txt",
            "Jane Doe directs The Film. Acme Corp raised $2 billion in 2014.",
        ),
        scratch.file(
            "b.txt",
            "Le film est réalisé par Jane Doe. Acme Corp a levé 2 milliards de dollars en 2014.",
        ),
    )
}

#[test]
fn json_output_is_the_contract_with_ids_from_file_stems() {
    let files = demo_files();
    let mut args = vec!["compare", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert!(
        stdout(&out).ends_with("}\n"),
        "pretty JSON with a trailing newline"
    );
    let report = json(&out);
    assert_eq!(report["version"], 1);
    let articles = report["articles"].as_array().expect("articles");
    let ids: Vec<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(ids, DEMO_IDS);
    for a in articles {
        let lang = a["language"].as_str().expect("language is a string");
        assert!(
            ["en", "fr", "de", "es", "it", "und"].contains(&lang),
            "{lang}"
        );
        assert!(a["sentences"].is_array() && a["boilerplate"].is_array());
        assert!(a["published"].is_null());
    }
    for key in ["facts", "passages", "copies"] {
        assert!(report[key].is_array(), "{key}");
    }
}

#[test]
fn both_format_spellings_give_the_same_output() {
    let scratch = Scratch::new("format");
    let (a, b) = two_articles(&scratch);
    let spaced = run(&["compare", &a, &b, "--format", "json"]);
    let joined = run(&["compare", "--format=json", &a, &b]);
    json(&spaced);
    assert_eq!(spaced.stdout, joined.stdout);
}

/// `read` takes one article (a file or standard input) and prints its figures and dates.
#[test]
fn read_prints_what_one_article_states() {
    let scratch = Scratch::new("read");
    let (a, _) = two_articles(&scratch);
    let out = run(&["read", &a, "--format", "json"]);
    let reading = json(&out);
    assert_eq!(reading["version"], 1);
    let mentions = reading["articles"][0]["mentions"]
        .as_array()
        .expect("mentions");
    let kinds: Vec<(&str, &str)> = mentions
        .iter()
        .map(|m| (m["kind"].as_str().unwrap(), m["text"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("money", "$2 billion"), ("year", "2014")]);
    assert_eq!(mentions[0]["value"], 2e9);
    assert_eq!(mentions[0]["unit"], "USD");
    let text = run_with_stdin(
        &["read", "-", "--language", "fr"],
        Some("Le 3 juin 2015, 36 % de plus."),
    );
    let shown = stdout(&text);
    assert!(shown.starts_with("[stdin] fr · 2 mentions\n"), "{shown}");
    assert!(
        shown.contains("date    2015-06-03 — \"3 juin 2015\""),
        "{shown}"
    );
    assert_bad_input(&run(&["read"]), &["no article file given"]);
}

/// A file in a language Parallax does not read is refused by name; `--lang` compares it anyway.
#[test]
fn a_language_parallax_does_not_read_is_refused_unless_given() {
    let scratch = Scratch::new("unread");
    let (a, _) = two_articles(&scratch);
    let pt = scratch.file(
        "camara.txt",
        "A câmara municipal aprovou na terça-feira o novo orçamento, depois de um longo debate. \
         O presidente disse que as escolas vão receber a maior parte do dinheiro.",
    );
    assert_bad_input(
        &run(&["compare", &a, &pt]),
        &["\"camara\"", "Portuguese (pt)", "set its language"],
    );
    let out = run(&["compare", &a, &pt, "--format=json", "--lang", "camara=es"]);
    assert_eq!(json(&out)["articles"][1]["language"], "es");
}

#[test]
fn lang_and_published_reach_the_report_by_file_or_id() {
    let scratch = Scratch::new("meta");
    let (a, b) = two_articles(&scratch);
    let out = run(&[
        "compare",
        &a,
        &b,
        "--format=json",
        "--published",
        "a=2015-01-12",
        "--lang",
        &format!("{b}=fr"),
        "--lang=a=en",
    ]);
    let report = json(&out);
    assert_eq!(report["articles"][0]["published"], "2015-01-12");
    assert!(report["articles"][1]["published"].is_null());
    assert_eq!(report["articles"][0]["language"], "en");
    assert_eq!(report["articles"][1]["language"], "fr");
}

#[test]
fn text_output_has_a_line_per_article_and_every_section() {
    let files = demo_files();
    let mut args = vec!["compare"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for id in DEMO_IDS {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("[{id}] "))),
            "{id}\n{text}"
        );
    }
    let mut from = 0;
    for header in [
        "CONFLICTS (",
        "AGREEMENTS (",
        "SINGLE-SOURCE FACTS (",
        "MOVED PASSAGES (",
        "NEAR-COPIES (",
    ] {
        let at = text[from..].find(&format!("\n{header}"));
        assert!(at.is_some(), "{header} missing or out of order\n{text}");
        from += at.unwrap_or(0) + 1;
    }
    assert!(!text.contains('\u{1b}'), "no colour codes");
    assert!(stderr(&out).is_empty());
}

#[test]
fn stdin_is_an_article_with_id_stdin() {
    let scratch = Scratch::new("stdin");
    let (a, _) = two_articles(&scratch);
    let input = "Jane Doe produces The Film, a story told « autrement ».";
    for name in ["-", "stdin"] {
        let published = format!("{name}=2016-03-04");
        let args = [
            "compare",
            &a,
            "-",
            "--format",
            "json",
            "--published",
            &published,
        ];
        let report = json(&run_with_stdin(&args, Some(input)));
        assert_eq!(report["articles"][1]["id"], "stdin");
        assert_eq!(report["articles"][1]["published"], "2016-03-04");
    }
}

#[test]
fn an_invalid_date_names_the_article() {
    let scratch = Scratch::new("date");
    let (a, b) = two_articles(&scratch);
    let out = run(&["compare", &a, &b, "--published", "b=2015-13-40"]);
    assert_bad_input(&out, &["\"b\"", "2015-13-40"]);
}

#[test]
fn file_errors_name_the_file_and_the_problem() {
    let scratch = Scratch::new("files");
    let (a, b) = two_articles(&scratch);
    let missing = scratch.path("missing.txt");
    let latin1 = scratch.file("latin1.txt", b"Hello caf\xe9 world");
    let empty = scratch.file("empty.txt", "");
    let twin = scratch.file("sub/a.md", "Another article.");
    let dir = scratch.path("sub");
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (vec![&a, &missing], vec![&missing, "No such file"]),
        (vec![&latin1, &b], vec![&latin1, "UTF-8", "offset 9"]),
        (vec![&a, &dir], vec![&dir, "directory"]),
        (vec![&a, &b, &twin], vec![&a, &twin, "\"a\""]),
        (vec!["-", &a, "-"], vec!["standard input", "\"stdin\""]),
        (vec![&a, &empty], vec!["\"empty\"", "empty"]),
        (vec![&a], vec!["at least 2"]),
    ];
    for (files, needles) in cases {
        let mut args = vec!["compare"];
        args.extend(files);
        let err = assert_bad_input(&run(&args), &needles);
        assert!(
            !err.contains("--help"),
            "a bad file is not a usage error: {err}"
        );
    }
}

#[test]
fn limits_from_options_are_enforced() {
    let scratch = Scratch::new("limits");
    let (a, b) = two_articles(&scratch);
    let out = run(&["compare", &a, &b, "--max-bytes", "10"]);
    assert_bad_input(&out, &[&a, "10 bytes"]);
    let c = scratch.file("c.txt", "A third article.");
    let out = run(&["compare", &a, &b, &c, "--max-articles=2"]);
    assert_bad_input(&out, &["3 articles given: the limit is 2"]);
}

/// Options out of range are refused with the core's message (option, value, range) before any
/// file is read; they used to be taken as given (`--max-bytes 0` blamed the first file,
/// `--max-articles 1` refused every comparison, a limit over the maximum was accepted).
#[test]
fn options_out_of_range_are_refused_before_reading() {
    let scratch = Scratch::new("ranges");
    let (a, b) = two_articles(&scratch);
    let missing = scratch.path("missing.txt");
    let cases: [(&str, &str, &str); 5] = [
        (
            "--max-articles",
            "1",
            "option max_articles = 1: it must be a whole number from 2 to 100",
        ),
        ("--max-articles", "101", "option max_articles = 101"),
        ("--max-articles", "0", "option max_articles = 0"),
        (
            "--max-bytes",
            "0",
            "option max_article_bytes = 0: it must be a whole number from 1 to 2000000",
        ),
        (
            "--max-bytes",
            "2000001",
            "option max_article_bytes = 2000001",
        ),
    ];
    for (option, value, message) in cases {
        let out = run(&["compare", &a, &b, option, value]);
        let err = assert_bad_input(&out, &[message, "parallax --help"]);
        let out = run(&["compare", &a, &missing, option, value]);
        assert_eq!(
            assert_bad_input(&out, &[message]),
            err,
            "checked before reading"
        );
    }
    for (option, value) in [("--max-articles", "2"), ("--max-bytes", "2000000")] {
        json(&run(&["compare", &a, &b, "--format=json", option, value]));
    }
}

#[test]
fn usage_errors_exit_2_with_a_pointer_to_help() {
    let scratch = Scratch::new("usage");
    let (a, b) = two_articles(&scratch);
    let cases: [(&[&str], &str); 7] = [
        (&["compare", &a, &b, "--colour"], "--colour"),
        (&["compare", &a, &b, "--format"], "--format needs a value"),
        (&["compare", &a, &b, "--format", "xml"], "\"xml\""),
        (&["compare", &a, &b, "--published", "c=2015-01-01"], "\"c\""),
        (&["compare", &a, &b, "--lang", "nothing"], "FILE=CODE"),
        (&["compare"], "FILE"),
        (&["diff", &a, &b], "\"diff\""),
    ];
    for (args, needle) in cases {
        assert_bad_input(&run(args), &[needle, "parallax --help"]);
    }
}

#[test]
fn help_and_version_succeed() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.contains("Usage:") && text.contains("parallax compare FILE..."));
    }
    for flag in ["--version", "-V"] {
        let out = run(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains(env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn a_closed_stdout_pipe_is_not_a_panic() {
    let files = demo_files();
    let mut child = Command::new(BIN)
        .arg("compare")
        .args(&files)
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start parallax");
    drop(child.stdout.take()); // the reader goes away, like `| head -0`
    let out = child.wait_with_output().expect("run parallax");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
