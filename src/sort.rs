//! Stable sorting with one copy of the sorting code in the binary.
//!
//! `slice::sort_by` instantiates the standard library's whole sorting family (driftsort, small
//! sorts, merges) at every call site with a new closure: about 6 KB of wasm each, 80 KB for the
//! crate. Here a single non-generic merge sort orders indices through a `dyn` comparison, and each
//! call site only adds the small closure and a permutation.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        merge_sort(&mut idx, &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        });
    }
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(idx.iter().filter_map(|&i| old.get_mut(i).and_then(Option::take)));
}

/// Sorts `v` stably by the key `key` (compared with `Ord`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Bottom-up stable merge sort of indices.
fn merge_sort(idx: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    let n = idx.len();
    // Runs of 8 by insertion sort.
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(idx[j - 1], idx[j]) == Ordering::Greater {
                idx.swap(j - 1, j);
                j -= 1;
            }
        }
        start = end;
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi && cmp(idx[mid - 1], idx[mid]) == Ordering::Greater {
                let (mut a, mut b, mut k) = (lo, mid, lo);
                while a < mid && b < hi {
                    if cmp(idx[b], idx[a]) == Ordering::Less {
                        buf[k] = idx[b];
                        b += 1;
                    } else {
                        buf[k] = idx[a];
                        a += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - a)].copy_from_slice(&idx[a..mid]);
                k += mid - a;
                buf[k..k + (hi - b)].copy_from_slice(&idx[b..hi]);
                idx[lo..hi].copy_from_slice(&buf[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for n in [0usize, 1, 2, 3, 7, 8, 9, 16, 17, 100, 1000] {
            let mut v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            sort_by_key(&mut v, |x| x.0);
            assert_eq!(v, want, "n = {n}");
        }
    }
}
