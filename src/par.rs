//! Order-preserving maps over independent items, on all cores natively (feature `parallel`) when
//! there is enough text to pay for waking the threads, else in turn. wasm32 has no threads. The
//! result is the same either way: each item is mapped on its own and the outputs keep the input
//! order.

/// Below this much article text, one thread is faster: on the demo (15 kB) waking the pool cost
/// more than it saved (2.3 ms on one thread, 2.3–3.1 ms on two); from 25 NTREX articles
/// (212 kB) two threads win (35–42 ms against 45 ms).
const PARALLEL_MIN_BYTES: usize = 100_000;

/// Whether this build can use several threads.
pub(crate) const AVAILABLE: bool = cfg!(all(feature = "parallel", not(target_arch = "wasm32")));

/// Whether a call's maps may use several threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Threads {
    /// The calling thread only.
    One,
    /// Rayon's pool (the calling thread only where the build has no threads).
    All,
}

impl Threads {
    /// All threads for at least [`PARALLEL_MIN_BYTES`] of text when the build has them.
    pub(crate) fn for_text(bytes: usize) -> Threads {
        if AVAILABLE && bytes >= PARALLEL_MIN_BYTES {
            Threads::All
        } else {
            Threads::One
        }
    }
}

/// `items.iter().map(f).collect()`, on several threads when `threads` allows.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    threads: Threads,
    f: impl Fn(&T) -> R + Sync + Send,
) -> Vec<R> {
    #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
    if threads == Threads::All {
        use rayon::prelude::*;
        return items.par_iter().map(f).collect();
    }
    let _ = threads;
    items.iter().map(f).collect()
}
