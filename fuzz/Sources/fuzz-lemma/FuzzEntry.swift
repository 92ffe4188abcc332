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

/// libFuzzer's driver (part of the `-sanitize=fuzzer` runtime).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// The executable's entry point: SwiftPM names an executable target's `main` this way, so the
/// program hands its arguments to libFuzzer's driver itself.
@_cdecl("fuzz_lemma_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in testOneInput(start, size) }
}
