/// A publication date as written in front matter: `YYYY-MM-DD` or RFC 3339 (`2026-03-14T09:30:00+08:00`).
///
/// Parsed by hand so impossible dates are caught and no clock or locale is involved.
public struct ContentDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour = 0
    public var minute = 0
    public var second = 0
    /// Offset from UTC in minutes (`+08:00` → 480).
    public var offsetMinutes = 0

    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
    }

    /// `2026-03-14`.
    public var day8601: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// RFC 3339 in UTC (`2026-03-14T01:30:00Z`), for feeds and sitemaps.
    public var rfc3339: String {
        let utc = epochSeconds
        let days = utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400
        let (y, m, d) = Self.civilFromDays(days)
        let rest = utc - days * 86_400
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))Z"
    }

    /// `March 14, 2026` — a language-neutral long form for English pages.
    public var longEnglish: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        return "\(names[month - 1]) \(day), \(year)"
    }

    public static func < (a: ContentDate, b: ContentDate) -> Bool { a.epochSeconds < b.epochSeconds }

    /// Parses `text`; returns a message describing the problem when it is not a real date.
    public static func parse(_ text: String) -> Result<ContentDate, DateProblem> {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for i in range {
                guard bytes[i] >= 48, bytes[i] <= 57 else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
        func byte(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
        guard let year = number(0..<4), byte(4) == UInt8(ascii: "-"), let month = number(5..<7),
            byte(7) == UInt8(ascii: "-"), let day = number(8..<10)
        else { return .failure(.format) }
        var date = ContentDate(year: year, month: month, day: day)
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return .failure(.impossible)
        }
        if bytes.count == 10 { return .success(date) }
        guard let t = byte(10), t == UInt8(ascii: "T") || t == UInt8(ascii: " ") || t == UInt8(ascii: "t"),
            let hour = number(11..<13), byte(13) == UInt8(ascii: ":"), let minute = number(14..<16)
        else { return .failure(.format) }
        var index = 16
        var second = 0
        if byte(16) == UInt8(ascii: ":") {
            guard let s = number(17..<19) else { return .failure(.format) }
            second = s
            index = 19
            if byte(index) == UInt8(ascii: ".") {
                index += 1
                while let b = byte(index), b >= 48, b <= 57 { index += 1 }
            }
        }
        guard hour < 24, minute < 60, second < 61 else { return .failure(.impossible) }
        (date.hour, date.minute, date.second) = (hour, minute, min(second, 59))
        switch byte(index) {
        case nil:
            break
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return .failure(.format) }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let oh = number(index + 1..<index + 3), byte(index + 3) == UInt8(ascii: ":"),
                let om = number(index + 4..<index + 6), index + 6 == bytes.count, oh < 24, om < 60
            else { return .failure(.format) }
            date.offsetMinutes = (oh * 60 + om) * (byte(index) == UInt8(ascii: "-") ? -1 : 1)
        default:
            return .failure(.format)
        }
        return .success(date)
    }

    /// Why a date could not be read.
    public enum DateProblem: Error, Sendable {
        case format
        case impossible
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
