import RedlineDiff
import RedlineParse
import RedlineReview

/// What one fuzz input runs through; also used by the regression tests in `make test`
/// (Tests/RedlinePublishTests/FuzzRegressionTests.swift mirrors it for each kept crash input).
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
        }
        let diff = Differ.diff(documents[0], documents[1])
        _ = Reviewer.review(old: documents[0], new: documents[1], diff: diff)
    }
}
