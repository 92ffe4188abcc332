import Foundation
import LemmaSite

/// The target this process fuzzes, named by `LEMMA_FUZZ_TARGET` (`tex`, `config`,
/// `cell-options`, `render`).
nonisolated(unsafe) private var target: FuzzTarget = .render

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let name = ProcessInfo.processInfo.environment["LEMMA_FUZZ_TARGET"] ?? "render"
    guard let chosen = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("unknown LEMMA_FUZZ_TARGET \(name)\n".utf8))
        exit(2)
    }
    target = chosen
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    target.run(data)
    return 0
}
