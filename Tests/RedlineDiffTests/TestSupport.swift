import Foundation
import RedlineParse
@testable import RedlineDiff

/// Parsing helpers and fixture access shared by the diff tests.
enum TestSupport {
    static func document(_ markdown: String) -> Document {
        let (_, body, line) = FrontMatter.split(markdown)
        return DocumentParser.parse(body, firstLine: line).document
    }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func diff(_ old: String, _ new: String) -> PolicyDiff {
        Differ.diff(document(old), document(new))
    }

    /// Every sentence change, across sections.
    static func sentences(_ diff: PolicyDiff) -> [SentenceChange] { diff.sections.flatMap(\.sentences) }

    /// The shared corpus beside the package (`../shared/corpus/real`), nil when absent.
    static var corpus: URL? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = package.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue ? url : nil
    }
}
