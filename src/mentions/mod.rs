//! Stage 4, mentions: a [`Sentence`](crate::segment::Sentence) → the names, quantities and dates in it.

pub(crate) mod anchors;
pub(crate) mod date;
pub(crate) mod name;
pub(crate) mod quantity;
