import Foundation

/// `|a − b| ≤ tolerance`.
func isClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance
}

/// `|a − b| ≤ tolerance · |b|`.
func isRelativelyClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * abs(b)
}
