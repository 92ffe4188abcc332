import Foundation

extension Array {
    /// `map` across all cores, results in input order.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let base = results.baseAddress!
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (base + index).pointee = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}
