//! The house layout, checked: no import cycle between the files of `src/`, and no hand-written
//! file of `src/` over 1,200 lines (a generated table says "generated" in its first line and is
//! exempt; tests may live in sibling `tests.rs` files, which are not read here).
//!
//! An import is a `crate::…`, `super::…` or child-module path in a file's code before its
//! `#[cfg(test)] mod tests`; it points at the file of the longest module prefix it names. A
//! module's `mod.rs` declaring its children is no import.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 1200;

/// Every `.rs` file under `dir`, as its module path ("mentions::date") and file.
fn modules(root: &Path, dir: &Path, out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            modules(root, &path, out);
            continue;
        }
        if path.extension().map_or(true, |e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(root).expect("under src");
        let mut segments: Vec<String> = relative
            .iter()
            .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        if matches!(segments.last().map(String::as_str), Some("mod" | "lib")) {
            segments.pop();
        }
        out.insert(segments, path);
    }
}

/// The code of a file before its test module, comments left out (a doc link is no import).
fn code(text: &str) -> String {
    let code = text
        .find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at]);
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module paths named in `code`, as written after `crate::`, `super::` or a child's name.
fn imports(module: &[String], code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = code
        .match_indices(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .scan(0, |start, (at, sep)| {
            let word = (*start, &code[*start..at]);
            *start = at + sep.len();
            Some(word)
        })
        .filter(|(_, w)| w.contains("::"))
        .collect();
    for (_, word) in words {
        let parts: Vec<&str> = word.split("::").filter(|p| !p.is_empty()).collect();
        let Some(first) = parts.first() else { continue };
        let mut path: Vec<String> = match *first {
            "crate" => Vec::new(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            child if children.contains(child) => {
                let mut p = module.to_vec();
                p.push(child.to_string());
                path_rest(&mut p, &parts[1..]);
                out.push(p);
                continue;
            }
            _ => continue,
        };
        path_rest(&mut path, &parts[1..]);
        out.push(path);
    }
    out
}

fn path_rest(path: &mut Vec<String>, rest: &[&str]) {
    for part in rest {
        if *part == "super" {
            path.pop();
        } else {
            path.push(part.to_string());
        }
    }
}

/// The file of the longest prefix of `path` that is a module.
fn resolve<'m>(
    path: &[String],
    files: &'m BTreeMap<Vec<String>, PathBuf>,
) -> Option<&'m Vec<String>> {
    (0..=path.len())
        .rev()
        .find_map(|n| files.get_key_value(&path[..n]).map(|(k, _)| k))
}

#[test]
fn no_import_cycle_between_src_files_and_none_too_long() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    modules(&root, &root, &mut files);
    files.retain(|m, _| {
        m.last().map_or(true, |l| l != "tests") && m.first().map_or(true, |f| f != "bin")
    });
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    let mut too_long = Vec::new();
    for (module, path) in &files {
        let text = std::fs::read_to_string(path).expect("source");
        let generated = text.lines().next().is_some_and(|l| l.contains("generated"));
        if !generated && text.lines().count() > MAX_LINES {
            too_long.push(path.display().to_string());
        }
        let children: BTreeSet<String> = files
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .filter_map(|m| m.last().cloned())
            .collect();
        let targets = edges.entry(module.clone()).or_default();
        for import in imports(module, &code(&text), &children) {
            if let Some(target) = resolve(&import, &files) {
                if target != module && !target.is_empty() {
                    targets.insert(target.clone());
                }
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "files over {MAX_LINES} lines: {too_long:?}"
    );
    // A cycle exists when some file reaches itself.
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Vec<String>> = edges[start].iter().collect();
        while let Some(m) = stack.pop() {
            if m == start {
                cycles.push(start.join("::"));
                break;
            }
            if seen.insert(m) {
                stack.extend(edges.get(m).into_iter().flatten());
            }
        }
    }
    assert!(cycles.is_empty(), "files in an import cycle: {cycles:?}");
    // The checker sees imports at all: the pipeline reaches every stage.
    let pipeline = &edges[&vec!["pipeline".to_string()]];
    for stage in [
        "clean", "language", "segment", "mentions", "claims", "facts", "passages",
    ] {
        assert!(
            pipeline.iter().any(|m| m[0] == stage),
            "pipeline imports no {stage}: {pipeline:?}"
        );
    }
}
