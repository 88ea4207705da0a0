//! Amounts tied to what they measure and to their subject: "Acme raised $2bn in 2014".

use super::{Claim, Parsed};
use crate::report::FactKind;

impl Parsed<'_> {
    /// Only amounts with a measure cue become claims: a bare "153 billion" says nothing that can
    /// be compared.
    pub(super) fn amounts(&self) -> Vec<Claim> {
        let year = self.mentions.dates.first().map(|d| d.value.key());
        self.mentions
            .quantities
            .iter()
            .filter_map(|q| {
                let measure = q.measure?;
                let subject = self
                    .names
                    .iter()
                    .rev()
                    .find(|n| n.span.end <= q.span.start)
                    .or(self.names.first())?;
                if subject.span.overlaps(q.span) {
                    return None;
                }
                let object = year.clone().map(|y| (y.clone(), y));
                let mut claim = self.claim(
                    FactKind::Amount,
                    subject.span,
                    measure,
                    object,
                    q.key(),
                    q.span,
                );
                claim.amount = Some((q.value, q.unit));
                Some(claim)
            })
            .collect()
    }
}
