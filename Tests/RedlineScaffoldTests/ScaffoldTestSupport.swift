import ArgumentParser
import Foundation
@testable import redline

/// A fresh, empty temporary folder for one test.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("redline-scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Every file under the folder with its text, to show that a refused command changed nothing.
    func tree() -> [String: Data] {
        var files: [String: Data] = [:]
        let base = url.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return files }
        for case let file as URL in enumerator where !file.hasDirectoryPath {
            files[String(file.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: file.path)
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The exit code a command ends with: 0 when `run` returns, else the `ExitCode` it throws
/// (or ArgumentParser's status for a parse or validation error, 64).
func exitCode(_ body: () throws -> Void) -> Int32 {
    do {
        try body()
        return 0
    } catch {
        // How the real `redline` maps an error to its exit status (validation errors: 64).
        return Redline.exitCode(for: error).rawValue
    }
}
