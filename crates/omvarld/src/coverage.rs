//! [`Coverage`]: the focus area × contribution aim matrix of positions in force.
//!
//! A cell counts the `adopted` and `active` positions that name both its focus
//! area and its aim, so empty cells show where the programme has no voice.

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::model::{Id, Programme};

/// The focus area × contribution aim matrix (täckning) of a programme.
///
/// ```
/// let malmo = omvarld::malmo();
/// let coverage = malmo.coverage();
/// assert_eq!(coverage.focus_areas.len(), 6);
/// assert_eq!(coverage.contribution_aims.len(), 7);
/// assert_eq!(coverage.count(0, 0), Some(0));
/// assert_eq!(coverage.cells().count(), 42);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// Row labels: focus area ids, in programme order.
    pub focus_areas: Vec<Id>,
    /// Column labels: contribution aim ids, in programme order.
    pub contribution_aims: Vec<Id>,
    /// `counts[row][column]`: positions in force naming both.
    pub counts: Vec<Vec<usize>>,
    /// Positions in force naming each focus area, whatever their aims.
    pub area_totals: Vec<usize>,
    /// Positions in force naming each aim, whatever their focus areas.
    pub aim_totals: Vec<usize>,
}

/// One cell of the matrix, as a flat record.
///
/// ```
/// let coverage = omvarld::malmo().coverage();
/// let cell = coverage.cells().next().unwrap();
/// assert_eq!(cell.focus_area.as_str(), "arbetsmarknad");
/// assert_eq!(cell.positions, 0); // the built-in programme has no positions
/// assert_eq!(coverage.cells().count(), 6 * 7);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CoverageCell<'a> {
    /// Focus area id.
    pub focus_area: &'a Id,
    /// Contribution aim id.
    pub contribution_aim: &'a Id,
    /// Adopted or active positions naming both.
    pub positions: usize,
}

impl Coverage {
    /// The count at `row` (focus area index) and `column` (aim index).
    #[must_use]
    pub fn count(&self, row: usize, column: usize) -> Option<usize> {
        self.counts.get(row)?.get(column).copied()
    }

    /// The count for a focus area and a contribution aim, by id; `None` when
    /// either is not a row or column of the matrix.
    ///
    /// ```
    /// let malmo = omvarld::malmo();
    /// let coverage = malmo.coverage();
    /// let area = &malmo.focus_areas[0].id;
    /// let aim = &malmo.contribution_aims[0].id;
    /// assert_eq!(coverage.get(area, aim), Some(0));
    /// assert_eq!(coverage.get("bostader", "nope"), None);
    /// ```
    #[must_use]
    pub fn get(
        &self,
        focus_area: impl AsRef<str>,
        contribution_aim: impl AsRef<str>,
    ) -> Option<usize> {
        let (area, aim) = (focus_area.as_ref(), contribution_aim.as_ref());
        let row = self.focus_areas.iter().position(|f| *f == *area)?;
        let column = self.contribution_aims.iter().position(|a| *a == *aim)?;
        self.count(row, column)
    }

    /// Every cell, row by row.
    pub fn cells(&self) -> impl Iterator<Item = CoverageCell<'_>> + '_ {
        self.focus_areas
            .iter()
            .zip(&self.counts)
            .flat_map(move |(area, row)| {
                self.contribution_aims
                    .iter()
                    .zip(row)
                    .map(move |(aim, &positions)| CoverageCell {
                        focus_area: area,
                        contribution_aim: aim,
                        positions,
                    })
            })
    }

    /// The largest count (0 for an empty matrix), to scale a heat map.
    #[must_use]
    pub fn max(&self) -> usize {
        self.counts.iter().flatten().copied().max().unwrap_or(0)
    }
}

impl Programme {
    /// The focus area × contribution aim matrix of `adopted` and `active`
    /// positions. References to ids that do not exist are ignored; an id
    /// named twice in one position counts once.
    #[must_use]
    pub fn coverage(&self) -> Coverage {
        let rows: FxHashMap<&str, usize> = self
            .focus_areas
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), i))
            .collect();
        let columns: FxHashMap<&str, usize> = self
            .contribution_aims
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let mut counts = vec![vec![0usize; columns.len()]; rows.len()];
        let mut area_totals = vec![0usize; rows.len()];
        let mut aim_totals = vec![0usize; columns.len()];
        for position in self.positions.iter().filter(|p| p.is_in_force()) {
            let mut r: Vec<usize> = position
                .focus_areas
                .iter()
                .filter_map(|id| rows.get(id.as_str()).copied())
                .collect();
            let mut c: Vec<usize> = position
                .contribution_aims
                .iter()
                .filter_map(|id| columns.get(id.as_str()).copied())
                .collect();
            r.sort_unstable();
            r.dedup();
            c.sort_unstable();
            c.dedup();
            for &row in &r {
                if let Some(total) = area_totals.get_mut(row) {
                    *total += 1;
                }
                for &column in &c {
                    if let Some(cell) = counts.get_mut(row).and_then(|x| x.get_mut(column)) {
                        *cell += 1;
                    }
                }
            }
            for &column in &c {
                if let Some(total) = aim_totals.get_mut(column) {
                    *total += 1;
                }
            }
        }
        Coverage {
            focus_areas: self.focus_areas.iter().map(|f| f.id.clone()).collect(),
            contribution_aims: self
                .contribution_aims
                .iter()
                .map(|a| a.id.clone())
                .collect(),
            counts,
            area_totals,
            aim_totals,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{AdvocacyPosition, GovernanceLevel, NonEmpty, Status, Target, Text};

    fn position(id: &str, status: Status, areas: &[&str], aims: &[&str]) -> AdvocacyPosition {
        let areas: Vec<_> = areas.iter().map(|a| a.parse().unwrap()).collect();
        let target = Target::new(GovernanceLevel::National, Text::new("Regeringen").unwrap());
        let mut position = AdvocacyPosition::new(
            id.parse().unwrap(),
            Text::new("t").unwrap().convert().unwrap(),
            Text::new("s").unwrap(),
            areas.try_into().unwrap(),
            NonEmpty::new(target),
            status,
        );
        position.contribution_aims = aims.iter().map(|a| a.parse().unwrap()).collect();
        position
    }

    #[test]
    fn counts_positions_in_force_once_per_cell() {
        let mut p = crate::malmo();
        p.positions.push(position(
            "a",
            Status::Active,
            &["bostader", "bostader", "miljo-och-klimat"],
            &["profilering"],
        ));
        p.positions.push(position(
            "b",
            Status::Adopted,
            &["bostader"],
            &["profilering", "nope"],
        ));
        p.positions.push(position(
            "c",
            Status::Draft,
            &["bostader"],
            &["profilering"],
        ));
        let c = p.coverage();
        let bostader = c.focus_areas.iter().position(|f| f == "bostader").unwrap();
        let miljo = c
            .focus_areas
            .iter()
            .position(|f| f == "miljo-och-klimat")
            .unwrap();
        let profilering = c
            .contribution_aims
            .iter()
            .position(|a| a == "profilering")
            .unwrap();
        assert_eq!(c.count(bostader, profilering), Some(2));
        assert_eq!(c.count(miljo, profilering), Some(1));
        assert_eq!(c.get("bostader", "profilering"), Some(2));
        assert_eq!(c.get("miljo-och-klimat", "profilering"), Some(1));
        assert_eq!(c.get("nope", "profilering"), None);
        assert_eq!(c.area_totals[bostader], 2);
        assert_eq!(c.aim_totals[profilering], 2);
        assert_eq!(c.max(), 2);
        assert_eq!(c.cells().map(|x| x.positions).sum::<usize>(), 3);
    }
}
