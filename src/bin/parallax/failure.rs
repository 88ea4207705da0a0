//! Why the command stopped: one line on stderr (`parallax: …`) and an exit code: 2 for bad
//! input (usage mistakes also point to `--help`), 1 when the output cannot be written.

use std::fmt;

/// Why the command stopped: one line on stderr and an exit code.
#[derive(Debug, PartialEq)]
pub struct Failure {
    /// What went wrong, naming the file, option or article concerned.
    pub message: String,
    /// The exit code.
    pub code: u8,
    /// Usage mistakes point to `--help`; bad files do not (the help would not fix them).
    pub usage: bool,
}

impl Failure {
    /// A mistake in the command line (exit 2, with a pointer to `--help`).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
            usage: true,
        }
    }

    /// A file or article that cannot be compared (exit 2).
    pub fn input(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
            usage: false,
        }
    }

    /// Output that cannot be written (exit 1).
    pub fn output(message: impl Into<String>) -> Failure {
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
