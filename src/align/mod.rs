//! Stage 6, align: claims of all articles → facts; sentences of all articles → passages and copies.

pub(crate) mod facts;
pub(crate) mod passages;
