import RedlineDiff
import RedlineParse
import RedlineReview

/// What one fuzz input runs through. Tests/RedlinePublishTests/FuzzRegressionTests.swift repeats
/// these steps in `make test` for every kept crash input (this package is not part of that build).
/// The lock file parser gets the same bytes: it reads a file contributors can edit too.
enum FuzzPipeline {
    static func run(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let halves = [Array(bytes[..<split]), Array(bytes[min(split + 1, bytes.count)...])]
        var documents: [Document] = []
        for (index, half) in halves.enumerated() {
            var diagnostics: [Diagnostic] = []
            let path = "fuzz/\(index).md"
            guard let text = TextDecoding.decode(half, path: path, diagnostics: &diagnostics) else { return }
            if let version = PolicyVersion.parse(text, policy: "fuzz", locale: "en", path: path, folderDate: nil,
                                                 unsafeHTML: index == 1, diagnostics: &diagnostics) {
                documents.append(version.document)
            } else {
                documents.append(DocumentParser.parse(text, path: path).document)
            }
            _ = DocumentParser.html(text, unsafeHTML: false)
            _ = try? LockFile.parse(text)
        }
        let diff = Differ.diff(documents[0], documents[1])
        _ = Reviewer.review(old: documents[0], new: documents[1], diff: diff)
    }
}
