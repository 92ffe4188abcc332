/// The prefixes of a sequence under an associative operation, and what computing them cost.
public struct ScanResult<Element> {
    /// The inclusive prefixes `e₁, e₁∘e₂, …, e₁∘…∘e_T` (in the order of ``Scan``'s `combine`).
    public var values: [Element]
    /// Rounds of mutually independent combines: the running time on unboundedly many processors.
    public var depth: Int
    /// The total number of combines: the running time on one processor.
    public var work: Int
}

/// Inclusive scans (prefix "sums") under an associative, not necessarily commutative,
/// operation `combine(earlier, later)`.
///
/// A linear recurrence `x_t = a_t x_{t−1} + b_t` is a scan of affine maps (see
/// ``ComplexAffine``), so any scan algorithm evaluates it. The parallel algorithms are run
/// round by round on one core; every combine of a round reads only values that no other
/// combine of the same round writes, so a round is one step of a parallel machine, and
/// ``ScanResult/depth`` counts those steps.
///
/// Sources: G. E. Blelloch, "Prefix sums and their applications", CMU-CS-90-190 (1990);
/// J. Sklansky, "Conditional-sum addition logic" (1960) for the halving scheme, which is the
/// recursive split in halves of Su (kexue.fm/archives/9554).
public enum Scan {
    /// The scan algorithms.
    public enum Algorithm: String, Sendable, CaseIterable {
        /// One combine after another: depth `T − 1`, work `T − 1`.
        case sequential
        /// Divide and conquer: scan both halves, then combine the left half's total into every
        /// element of the right half. Depth `⌈log₂ T⌉`, work `(T/2)·log₂ T` for `T = 2^k`.
        case halving
        /// Blelloch's work-efficient scan: an up-sweep that builds a tree of partial totals, a
        /// down-sweep that hands every element its exclusive prefix, and a last round that
        /// includes the element itself. Depth `2⌈log₂ T⌉ + 1`, work below `3T`.
        case blelloch
    }

    /// The inclusive scan of `elements` by `algorithm`. `identity` must satisfy
    /// `combine(identity, e) = combine(e, identity) = e`; only Blelloch's scan uses it, to pad
    /// the input to a power of two.
    public static func inclusive<Element>(
        _ elements: [Element], algorithm: Algorithm, identity: Element,
        combine: (_ earlier: Element, _ later: Element) -> Element
    ) -> ScanResult<Element> {
        switch algorithm {
        case .sequential: return sequential(elements, combine: combine)
        case .halving: return halving(elements, combine: combine)
        case .blelloch: return blelloch(elements, identity: identity, combine: combine)
        }
    }

    /// The plain loop `pᵢ = combine(pᵢ₋₁, eᵢ)`.
    public static func sequential<Element>(
        _ elements: [Element], combine: (_ earlier: Element, _ later: Element) -> Element
    ) -> ScanResult<Element> {
        var values = elements
        for index in values.indices.dropFirst() {
            values[index] = combine(values[index - 1], values[index])
        }
        let steps = max(0, elements.count - 1)
        return ScanResult(values: values, depth: steps, work: steps)
    }

    /// The halving scan, bottom-up. In the round with block size `2s`, every block's right half
    /// `[b + s, b + 2s)` (already scanned within itself) is combined with the last prefix of its
    /// left half, `b + s − 1`, which this round does not change.
    public static func halving<Element>(
        _ elements: [Element], combine: (_ earlier: Element, _ later: Element) -> Element
    ) -> ScanResult<Element> {
        var values = elements
        var depth = 0, work = 0
        var half = 1
        while half < values.count {
            for blockStart in stride(from: 0, to: values.count, by: 2 * half) {
                let leftTotal = blockStart + half - 1
                guard leftTotal + 1 < values.count else { continue }
                let total = values[leftTotal]
                for index in (leftTotal + 1)..<min(blockStart + 2 * half, values.count) {
                    values[index] = combine(total, values[index])
                    work += 1
                }
            }
            depth += 1
            half *= 2
        }
        return ScanResult(values: values, depth: depth, work: work)
    }

    /// Blelloch's scan on the input padded with `identity` to the next power of two `m`:
    /// `m − 1` combines up, `m − 1` down, then `T` to turn exclusive prefixes into inclusive ones.
    public static func blelloch<Element>(
        _ elements: [Element], identity: Element,
        combine: (_ earlier: Element, _ later: Element) -> Element
    ) -> ScanResult<Element> {
        let count = elements.count
        guard count > 1 else { return ScanResult(values: elements, depth: 0, work: 0) }
        var size = 1
        while size < count { size *= 2 }
        var tree = elements + Array(repeating: identity, count: size - count)
        var depth = 0, work = 0
        // Up-sweep: tree[i + 2s − 1] becomes the total of its block of 2s elements.
        var half = 1
        while half < size {
            for start in stride(from: 0, to: size, by: 2 * half) {
                tree[start + 2 * half - 1] = combine(tree[start + half - 1], tree[start + 2 * half - 1])
                work += 1
            }
            depth += 1
            half *= 2
        }
        // Down-sweep: every node passes its exclusive prefix to its left child, and that prefix
        // followed by the left child's total to its right child.
        tree[size - 1] = identity
        half = size / 2
        while half >= 1 {
            for start in stride(from: 0, to: size, by: 2 * half) {
                let left = start + half - 1, right = start + 2 * half - 1
                let leftTotal = tree[left]
                tree[left] = tree[right]
                tree[right] = combine(tree[right], leftTotal)
                work += 1
            }
            depth += 1
            half /= 2
        }
        let values = (0..<count).map { combine(tree[$0], elements[$0]) }
        return ScanResult(values: values, depth: depth + 1, work: work + count)
    }
}
