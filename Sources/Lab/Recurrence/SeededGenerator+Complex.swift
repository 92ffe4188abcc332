extension SeededGenerator {
    /// A draw from the standard circular complex normal distribution 𝒞𝒩(0, 1): real and
    /// imaginary parts independent 𝒩(0, ½), so that `E z = 0` and `E|z|² = 1`.
    public mutating func complexNormal() -> Complex {
        let scale = 0.5.squareRoot()
        let re = normal(standardDeviation: scale)
        return Complex(re, normal(standardDeviation: scale))
    }

    /// `count` independent 𝒞𝒩(0, 1) draws: white noise with unit second moment.
    public mutating func complexNormals(_ count: Int) -> [Complex] {
        (0..<max(0, count)).map { _ in complexNormal() }
    }
}
