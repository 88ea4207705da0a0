//! Order-preserving maps over independent items: on all cores natively (feature `parallel`), in
//! turn on wasm32, which has no threads. The result is the same either way: each item is mapped
//! on its own and the outputs keep the input order.

/// `items.iter().map(f).collect()`, the items possibly mapped on several threads.
#[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

/// `items.iter().map(f).collect()`, the items possibly mapped on several threads.
#[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    items.iter().map(f).collect()
}
