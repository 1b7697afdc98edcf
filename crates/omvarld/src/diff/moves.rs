//! Which matched elements of a reordered list moved: all but a longest
//! run of elements that kept their relative order, so inserting one element
//! at the top moves nothing and swapping two moves one.

/// For `targets` (the new indices of the matched elements, in old order),
/// `true` for each element that is not in a longest increasing subsequence:
/// the fewest elements whose moving explains the new order. O(n log n).
/// `[1, 2, 0]` moves only the last element.
pub(crate) fn moved(targets: &[usize]) -> Vec<bool> {
    // tails[k]: index (into targets) of the smallest tail of an increasing
    // run of length k + 1; before[i]: the element before i in its run.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; targets.len()];
    for (i, &target) in targets.iter().enumerate() {
        let at = tails.partition_point(|&t| targets.get(t).is_some_and(|&v| v < target));
        if let Some(slot) = before.get_mut(i) {
            *slot = at.checked_sub(1).and_then(|k| tails.get(k).copied());
        }
        match tails.get_mut(at) {
            Some(slot) => *slot = i,
            None => tails.push(i),
        }
    }
    let mut moved = vec![true; targets.len()];
    let mut next = tails.last().copied();
    while let Some(i) = next {
        if let Some(slot) = moved.get_mut(i) {
            *slot = false;
        }
        next = before.get(i).copied().flatten();
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::moved;

    #[test]
    fn keeps_a_longest_run_in_order() {
        assert_eq!(moved(&[]), Vec::<bool>::new());
        assert_eq!(moved(&[0, 1, 2]), [false, false, false]);
        assert_eq!(moved(&[1, 2, 0]), [false, false, true]);
        assert_eq!(moved(&[2, 0, 1]), [true, false, false]);
        assert_eq!(moved(&[1, 0]).iter().filter(|m| **m).count(), 1);
        assert_eq!(moved(&[3, 2, 1, 0]).iter().filter(|m| **m).count(), 3);
        // An insertion leaves gaps but no move.
        assert_eq!(moved(&[1, 2, 3]), [false, false, false]);
    }
}
