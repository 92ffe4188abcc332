/// A `swift run` cell of an article.
public struct CellSource: Sendable, Hashable {
    /// The cell's number among the article's run cells (0-based, document order).
    public var index: Int
    /// The code, without the fence (lines separated by `\n`).
    public var code: String
    /// The 1-based Markdown line of the code's first line.
    public var line: Int
    /// The 1-based Markdown column where each line of `code` starts: the fence's indentation
    /// plus one (more than 1 for a cell inside a list item). Every line is padded to it so
    /// compiler columns are Markdown columns.
    public var column: Int
    public var options: CellOptions

    public init(index: Int, code: String, line: Int, column: Int = 1, options: CellOptions = CellOptions()) {
        self.index = index
        self.code = code
        self.line = line
        self.column = column
        self.options = options
    }
}

/// An inline value `` `{swift} expr` `` in prose.
public struct InlineSource: Sendable, Hashable {
    /// The value's number among the article's inline values (0-based, document order).
    public var index: Int
    /// The Swift expression (the code span's text after `{swift}`).
    public var expression: String
    /// 1-based Markdown line and column of the expression's first character.
    public var line: Int
    public var column: Int

    public init(index: Int, expression: String, line: Int, column: Int) {
        self.index = index
        self.expression = expression
        self.line = line
        self.column = column
    }
}

/// A piece of an article program, in document order.
public enum ProgramItem: Sendable, Hashable {
    case cell(CellSource)
    case inline(InlineSource)
}

/// Everything of one article that runs: its cells and inline values, in document order.
public struct ProgramSource: Sendable, Hashable {
    /// The article's path relative to the site root, e.g. `content/posts/x.md`; diagnostics use it.
    public var file: String
    public var items: [ProgramItem]
    /// The article's own time limit in seconds (front matter `timeout`), or `nil` for `examples.timeout`.
    public var timeout: Double?

    public init(file: String, items: [ProgramItem], timeout: Double? = nil) {
        self.file = file
        self.items = items
        self.timeout = timeout
    }
}

extension ProgramSource {
    /// Bytes of code in the program's cells and inline values: a rough guide to how long it
    /// takes to compile.
    var codeSize: Int {
        items.reduce(0) { total, item in
            switch item {
            case .cell(let cell): total + cell.code.utf8.count
            case .inline(let value): total + value.expression.utf8.count
            }
        }
    }
}
