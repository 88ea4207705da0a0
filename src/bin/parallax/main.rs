//! The `parallax` command line: reads article files, runs [`parallax::compare`] (or
//! [`parallax::read`]) and prints the report (or the reading) as contract JSON or as text for
//! people.
//!
//! Thin on purpose, one concern per file: `args` parses the command line, `read` turns files into
//! articles, `render` writes the report, `failure` is the one-line message and exit code. Every
//! judgement lives in the library, so the CLI, the wasm build and the tests all see the same
//! engine.

mod args;
mod failure;
mod read;
mod render;

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use parallax::REPORT_VERSION;

use args::{Cli, Command, Format};
use failure::Failure;

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
    let args = args::utf8_args(args)?;
    match args::parse(&args)? {
        Command::Help => print(&args::help()),
        Command::Version => print(&format!(
            "parallax {} (report contract v{REPORT_VERSION})\n",
            env!("CARGO_PKG_VERSION")
        )),
        Command::Compare(cli) => compare(&cli),
        Command::Read(cli) => read(&cli),
    }
}

fn read(cli: &Cli) -> Result<(), Failure> {
    let options = cli.options();
    options.check().map_err(|e| Failure::usage(e.to_string()))?;
    read::check_unique_ids(&cli.files)?;
    let articles = read::read_articles(cli)?;
    let reading = parallax::read(&articles, &options).map_err(|e| Failure::input(e.to_string()))?;
    let out = match cli.format {
        Format::Json => render::json(&reading)?,
        Format::Text => render::render_reading(&reading),
    };
    print(&out)
}

fn compare(cli: &Cli) -> Result<(), Failure> {
    let options = cli.options();
    // Before any file is read: --max-bytes bounds the reading. The core's message, as is.
    options.check().map_err(|e| Failure::usage(e.to_string()))?;
    read::check_unique_ids(&cli.files)?;
    let articles = read::read_articles(cli)?;
    let report =
        parallax::compare(&articles, &options).map_err(|e| Failure::input(e.to_string()))?;
    let out = match cli.format {
        Format::Json => render::json(&report)?,
        Format::Text => render::render_text(&report, &articles),
    };
    print(&out)
}

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
