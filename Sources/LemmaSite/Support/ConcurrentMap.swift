import Foundation

extension Array where Element: Sendable {
    /// `map` across all cores, results in input order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        defer { slots.deallocate() }
        let elements = self
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots.set(index, transform(elements[index]))
            }
        }
        return slots.values
    }
}

/// Fixed slots that concurrent workers fill, each index written exactly once by one worker.
private final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: T) {
        buffer[index] = value
    }

    var values: [T] { buffer.map { $0! } }

    func deallocate() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
