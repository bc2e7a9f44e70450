import Foundation
import RedlineDiff
import RedlineParse
import RedlineReview
import Testing

/// Every input the fuzzer (Fuzz/, `make fuzz`) ever crashed on, plus its hand-written seeds, run
/// through the same parse → diff → review steps in `make test`. Crash inputs are kept in
/// Fuzz/regressions/ (one file each, named after what they broke).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folders = ["Fuzz/regressions", "Fuzz/seeds"]

    static func inputs() -> [String] {
        folders.flatMap { folder in
            let url = TemporarySite.repository.appendingPathComponent(folder)
            return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    /// Fuzz/Sources/RedlineFuzz/FuzzPipeline.swift, step for step (the fuzz package is not part of
    /// this build). Returns the number of documents parsed, for the assertions.
    static func run(_ bytes: [UInt8]) -> Int {
        let split = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let halves = [Array(bytes[..<split]), Array(bytes[min(split + 1, bytes.count)...])]
        var documents: [Document] = []
        for (index, half) in halves.enumerated() {
            var diagnostics: [Diagnostic] = []
            let path = "fuzz/\(index).md"
            guard let text = TextDecoding.decode(half, path: path, diagnostics: &diagnostics) else { return documents.count }
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
        let review = Reviewer.review(old: documents[0], new: documents[1], diff: diff)
        // The review only quotes sentences that exist in one of the two versions.
        let sentences = Set((documents[0].sections + documents[1].sections).flatMap { $0.blocks.flatMap(\.sentences).map(\.text) })
        for finding in review.findings + review.expansions {
            for quote in [finding.old, finding.new].compactMap({ $0 }) { #expect(sentences.contains(quote.text), "\(finding.id): \(quote.text)") }
        }
        return documents.count
    }

    @Test func theInputsAreThere() {
        // Without ../shared or Fuzz/ this still runs: the seeds are committed with the tests.
        #expect(Self.inputs().count >= 3, "\(Self.inputs())")
    }

    @Test(arguments: inputs())
    func replays(_ path: String) throws {
        let data = try Data(contentsOf: TemporarySite.repository.appendingPathComponent(path))
        #expect(Self.run(Array(data)) == 2, "both halves of \(path) parse")
    }
}
