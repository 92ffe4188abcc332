/// Linux signal numbers the runner tells apart.
enum SignalNumber {
    static let illegalInstruction: Int32 = 4
    static let trap: Int32 = 5
    static let abort: Int32 = 6
    static let bus: Int32 = 7
    static let floatingPoint: Int32 = 8
    static let kill: Int32 = 9
    static let segmentation: Int32 = 11
    static let alarm: Int32 = 14
    static let cpuTimeExceeded: Int32 = 24

    static func describe(_ signal: Int32) -> String {
        switch signal {
        case illegalInstruction, trap: return "the program trapped"
        case abort: return "the program aborted"
        case bus: return "bus error"
        case floatingPoint: return "arithmetic error"
        case segmentation: return "segmentation fault"
        default: return "the program was ended by signal \(signal)"
        }
    }
}
