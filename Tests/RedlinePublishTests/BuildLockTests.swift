import Foundation
@testable import RedlinePublish
import Testing

@Suite("One build of a site at a time")
struct BuildLockTests {
    @Test func aSecondLockWaitsUntilTheFirstIsReleased() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = BuildLock(directory: folder)
        #expect(first != nil)
        // flock locks belong to the open file, so a second open in this process contends like another build.
        #expect(BuildLock(directory: folder, wait: false) == nil)
        first = nil
        #expect(BuildLock(directory: folder, wait: false) != nil)
    }
}
