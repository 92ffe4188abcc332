import Foundation

/// How values map to positions along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are left out.
    case log
}

/// A scale fitted to data: domain, ticks and the map to pixels.
struct FittedAxis: Sendable {
    let scale: AxisScale
    let lower: Double
    let upper: Double
    let ticks: [Double]
    let step: Double

    /// Fits an axis to `values` (non-finite, and for log non-positive, values ignored).
    init(values: [Double], scale: AxisScale, includeZero: Bool = false) {
        self.scale = scale
        var usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        if includeZero && scale == .linear { usable.append(0) }
        switch scale {
        case .linear:
            var low = usable.min() ?? 0, high = usable.max() ?? 1
            if low == high {
                let pad = low == 0 ? 1 : abs(low) * 0.5
                low -= pad
                high += pad
            }
            let (step, start, end) = Self.bestLinearGrid(low: low, high: high)
            var ticks: [Double] = []
            var k = 0
            while true {
                let t = start + Double(k) * step
                if t > end + step * 1e-6 { break }
                ticks.append(abs(t) < step * 1e-9 ? 0 : t)
                k += 1
            }
            self.lower = start
            self.upper = end
            self.ticks = ticks
            self.step = step
            self.scientific = Self.needsScientific(ticks)
        case .log:
            let low = usable.min() ?? 1, high = usable.max() ?? 10
            var lowExponent = floor(log10(low) + 1e-12)
            var highExponent = ceil(log10(high) - 1e-12)
            if lowExponent == highExponent {
                lowExponent -= 1
                highExponent += 1
            }
            let span = Int(highExponent - lowExponent)
            let stride = max(1, Int(ceil(Double(span) / 8)))
            var ticks: [Double] = []
            var e = Int(lowExponent)
            while e <= Int(highExponent) {
                ticks.append(pow(10, Double(e)))
                if span <= 2 && e < Int(highExponent) {
                    ticks.append(2 * pow(10, Double(e)))
                    ticks.append(5 * pow(10, Double(e)))
                }
                e += stride
            }
            self.lower = pow(10, lowExponent)
            self.upper = pow(10, highExponent)
            self.ticks = ticks
            self.step = 0
            self.scientific = Self.needsScientific(ticks)
        }
    }

    /// Whether the axis labels its ticks as `2e5` rather than `200000`: decided once per axis, so
    /// one axis never mixes the two forms.
    let scientific: Bool

    static func needsScientific(_ ticks: [Double]) -> Bool {
        let magnitudes = ticks.map(abs).filter { $0 > 0 }
        return (magnitudes.max() ?? 0) >= 1e5 || (magnitudes.min() ?? 1) < 1e-3
    }

    /// The grid of the two nice steps nearest `span/5` that wastes the least of the plot
    /// (ties go to the coarser step), with at most 11 ticks.
    static func bestLinearGrid(low: Double, high: Double) -> (step: Double, start: Double, end: Double) {
        let coarse = niceStep((high - low) / 5)
        let fine = finerNiceStep(coarse)
        var best: (step: Double, start: Double, end: Double)?
        for step in [coarse, fine] {
            let start = floor(low / step + 1e-9) * step
            let end = ceil(high / step - 1e-9) * step
            guard ((end - start) / step).rounded() <= 10 else { continue }
            if let current = best, (end - start) >= (current.end - current.start) - 1e-9 * step { continue }
            best = (step, start, end)
        }
        return best ?? (coarse, floor(low / coarse + 1e-9) * coarse, ceil(high / coarse - 1e-9) * coarse)
    }

    /// The next nice step below `step` (1 → 0.5, 2 → 1, 5 → 2, times a power of ten).
    static func finerNiceStep(_ step: Double) -> Double {
        let base = pow(10, floor(log10(step) + 1e-9))
        let leading = (step / base).rounded()
        switch leading {
        case 1: return base / 2
        case 2: return base
        default: return 2 * base
        }
    }

    /// Heckbert's "nice numbers": 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let exponent = floor(log10(raw))
        let base = pow(10, exponent)
        let fraction = raw / base
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * base
    }

    /// The fraction `[0, 1]` of the way from `lower` to `upper`, or nil for unplottable values.
    func fraction(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch scale {
        case .linear:
            return (value - lower) / (upper - lower)
        case .log:
            guard value > 0 else { return nil }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// The label of a tick.
    func label(_ tick: Double) -> String {
        if scientific && tick != 0 { return NumberText.scientific(tick) }
        switch scale {
        case .linear: return NumberText.tick(tick, step: step)
        case .log: return NumberText.tick(tick, step: tick)
        }
    }
}
