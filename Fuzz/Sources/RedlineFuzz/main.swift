import Foundation
import CFuzzDriver

// SwiftPM links executables with `main` aliased to this module's entry point, so libFuzzer's
// own `main` never runs; hand the command line to its driver instead.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
})
