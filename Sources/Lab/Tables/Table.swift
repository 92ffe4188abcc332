import Notebook

/// A table of strings and numbers, shown as an HTML `<table>` (every cell escaped).
///
/// ```swift
/// show(Table(headers: ["k", "NTK-aware base"],
///            rows: [2.0, 4, 8].map { [Int($0), NTKAware(dimension: 128, factor: $0).scaledBase] },
///            digits: 2))
/// ```
///
/// Numbers are formatted deterministically with `digits` decimals (scientific notation outside
/// `[1e-4, 1e6)`), independent of locale. Columns whose cells are all numbers are right-aligned
/// unless `alignments` says otherwise.
public struct Table: Displayable, Sendable, Hashable {
    /// Horizontal alignment of a column.
    public enum Alignment: String, Sendable, Hashable {
        /// Flush left.
        case left
        /// Centred.
        case center
        /// Flush right (the default for numeric columns).
        case right
    }

    /// The column headers.
    public var headers: [String]
    /// The formatted cells, row by row.
    public var rows: [[TableCell]]
    /// One alignment per column.
    public var alignments: [Alignment]
    /// An optional `<caption>`.
    public var caption: String?

    /// Creates a table; values may be `String`, `Int`, `Double`, `Float`, `Bool` or ``TableCell``.
    public init(headers: [String], rows: [[any TableValue]], digits: Int = 4, alignments: [Alignment]? = nil, caption: String? = nil) {
        self.headers = headers
        let cells = rows.map { $0.map { $0.tableCell(digits: digits) } }
        self.rows = cells
        let columns = max(headers.count, cells.map(\.count).max() ?? 0)
        self.alignments = alignments ?? (0..<columns).map { c in
            let column = cells.compactMap { c < $0.count ? $0[c] : nil }
            return !column.isEmpty && column.allSatisfy(\.isNumeric) ? .right : .left
        }
        self.caption = caption
    }

    /// The `<table>` element.
    public var html: String {
        var out = "<table class=\"lab-table\">\n"
        if let caption { out += "<caption>\(XMLText.escape(caption))</caption>\n" }
        out += "<thead>\n<tr>"
        for (c, header) in headers.enumerated() {
            out += "<th\(style(c))>\(XMLText.escape(header))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (c, cell) in row.enumerated() {
                out += "<td\(style(c))>\(XMLText.escape(cell.text))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }

    private func style(_ column: Int) -> String {
        let alignment = column < alignments.count ? alignments[column] : .left
        return alignment == .left ? "" : " style=\"text-align:\(alignment.rawValue)\""
    }

    /// The table as HTML.
    public var display: Display { .html(html) }
}

/// One formatted table cell.
public struct TableCell: Sendable, Hashable, TableValue {
    /// The text shown.
    public var text: String
    /// Whether the cell holds a number (used for default alignment).
    public var isNumeric: Bool

    /// A text cell.
    public static func text(_ text: String) -> TableCell {
        TableCell(text: text, isNumeric: false)
    }

    /// A number with exactly `digits` decimals (scientific outside `[1e-4, 1e6)`).
    public static func number(_ value: Double, digits: Int) -> TableCell {
        TableCell(text: NumberText.general(value, digits: digits), isNumeric: true)
    }

    /// Returns itself.
    public func tableCell(digits: Int) -> TableCell { self }
}

/// A value that can stand in a ``Table`` cell.
public protocol TableValue: Sendable {
    /// The cell for this value; `digits` is the table's default number of decimals.
    func tableCell(digits: Int) -> TableCell
}

extension String: TableValue {
    /// A text cell.
    public func tableCell(digits: Int) -> TableCell { .text(self) }
}

extension Int: TableValue {
    /// An integer cell, with no decimals.
    public func tableCell(digits: Int) -> TableCell { TableCell(text: String(self), isNumeric: true) }
}

extension Double: TableValue {
    /// A number cell with the table's decimals.
    public func tableCell(digits: Int) -> TableCell { .number(self, digits: digits) }
}

extension Float: TableValue {
    /// A number cell with the table's decimals.
    public func tableCell(digits: Int) -> TableCell { .number(Double(self), digits: digits) }
}

extension Bool: TableValue {
    /// "yes" or "no".
    public func tableCell(digits: Int) -> TableCell { .text(self ? "yes" : "no") }
}
