import Testing
@testable import Notebook

@Suite struct FormatTests {
    @Test func fixedDigits() {
        #expect(format(3.14159, digits: 2) == "3.14")
        #expect(format(2.5, digits: 0) == "2")
        #expect(format(1234567.891, digits: 1) == "1234567.9")
        #expect(format(1, digits: 3) == "1.000")
    }

    @Test func sequencesInBrackets() {
        #expect(format([0.5, -1, -0.3999999999999999], digits: 2) == "[0.50, -1.00, -0.40]")
        #expect(format([Double](), digits: 1) == "[]")
    }

    @Test func noNegativeZero() {
        #expect(format(-0.0001, digits: 3) == "0.000")
        #expect(format(-0.0, digits: 1) == "0.0")
        #expect(format(-0.5, digits: 1) == "-0.5")
        #expect(scientific(-0.0, digits: 2) == "0.00e+00")
    }

    @Test func nonFiniteValues() {
        #expect(format(.nan, digits: 2) == "nan")
        #expect(format(.infinity, digits: 2) == "inf")
        #expect(percent(-.infinity, digits: 2) == "-inf")
    }

    @Test func percentAndScientific() {
        #expect(percent(0.1234, digits: 1) == "12.3%")
        #expect(percent(1, digits: 0) == "100%")
        #expect(scientific(0.000123, digits: 2) == "1.23e-04")
        #expect(scientific(6.02214076e23, digits: 3) == "6.022e+23")
    }

    @Test func groupedIntegers() {
        #expect(grouped(1234567) == "1,234,567")
        #expect(grouped(-1000) == "-1,000")
        #expect(grouped(999) == "999")
        #expect(grouped(1_000_000, separator: "\u{202F}") == "1\u{202F}000\u{202F}000")
    }
}
