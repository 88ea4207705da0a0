//! Reading the article files (or standard input) into [`Article`]s, with their ids and the
//! metadata given on the command line. Refuses a file before loading it whole when it is over the
//! size limit.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use parallax::Article;

use crate::args::Cli;
use crate::failure::Failure;

/// The file name that means standard input.
pub const STDIN_FILE: &str = "-";
/// The article id of standard input (a `-` id would read as an option in `--published -=…`).
const STDIN_ID: &str = "stdin";

/// The article id of a file: its name without directory and extension.
pub fn article_id(file: &str) -> String {
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
pub fn check_unique_ids(files: &[String]) -> Result<(), Failure> {
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

pub fn read_articles(cli: &Cli) -> Result<Vec<Article>, Failure> {
    cli.files
        .iter()
        .map(|file| {
            let mut article = Article::new(article_id(file), read_text(file, cli.max_bytes())?);
            article.published = cli.value_for(&cli.published, file);
            article.language = cli.language_for(file);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
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
}
