import RedlineParse
import Testing

/// `LockFile` as a pure value: its text format, its errors, and `verify`.
@Suite("Lock file: format and verification")
struct LockFileTests {
    let a = ContentHash(of: "a"), b = ContentHash(of: "b"), c = ContentHash(of: "c")
    let day = PolicyDate("2022-01-01")!

    func version(_ path: String, _ hash: ContentHash, _ date: String) -> LockFile.Version {
        LockFile.Version(path: path, hash: hash, effective: PolicyDate(date)!)
    }

    @Test func textRoundTripsInPathOrder() throws {
        let lock = LockFile(entries: [
            .init(path: "privacy/2021-03-01/en.md", hash: b, amendments: [.init(date: day, old: a, new: b, reason: "Fixed the address: see #12.")]),
            .init(path: "cookies/2021-03-01/en.md", hash: c),
            .init(path: "privacy/2020-01-01/de.md", hash: nil, amendments: [.init(date: day, old: c, new: nil, reason: "Published by mistake.")]),
        ])
        let text = lock.text
        #expect(try LockFile.parse(text) == lock)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == ["redline-lock 1", "cookies/2021-03-01/en.md \(c)", "privacy/2020-01-01/de.md removed",
                          "  amended 2022-01-01 \(c) removed Published by mistake.",
                          "privacy/2021-03-01/en.md \(b)", "  amended 2022-01-01 \(a) \(b) Fixed the address: see #12."])
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
    }

    @Test(arguments: [
        ("", "content/redline.lock:1:1: error: expected `redline-lock 1`"),
        ("redline-lock 2\n", "content/redline.lock:1:1: error: expected `redline-lock 1`"),
        ("redline-lock 1\nprivacy/2021-03-01/en.md sha256:xyz\n", "content/redline.lock:2:26: error: `sha256:xyz` is not a content hash"),
        ("redline-lock 1\n../etc/2021-03-01/en.md removed\n", "content/redline.lock:2:1: error: `../etc/2021-03-01/en.md` is not a version path"),
        ("redline-lock 1\nprivacy/2021-02-30/en.md removed\n", "content/redline.lock:2:1: error: `privacy/2021-02-30/en.md` is not a version path"),
        ("redline-lock 1\n  amended 2022-01-01 a b c\n", "content/redline.lock:2:1: error: an amendment before any version"),
        ("redline-lock 1\np/2021-03-01/en.md removed\n  amended 2022-13-01 x y z\n", "content/redline.lock:3:11: error: `2022-13-01` is not a date"),
        ("redline-lock 1\np/2021-03-01/en.md removed\np/2021-03-01/en.md removed\n", "content/redline.lock:3:1: error: `p/2021-03-01/en.md` is listed twice"),
    ])
    func badLockFilesAreLocated(_ text: String, _ expected: String) {
        #expect { _ = try LockFile.parse(text) } throws: { error in
            let description = (error as? ContentError)?.description ?? ""
            return description.hasPrefix(expected) && description.contains("hint:")
        }
    }

    @Test func newVersionsInEffectAreAddedAndUpcomingOnesAreNot() {
        let result = LockFile().verify([version("p/2021-03-01/en.md", a, "2021-03-01"), version("p/2023-01-01/en.md", b, "2023-01-01")], buildDate: day)
        #expect(result.problems.isEmpty)
        #expect(result.lock.entries.map(\.path) == ["p/2021-03-01/en.md"])
    }

    @Test func changedAndDisappearedVersionsAreProblems() {
        let lock = LockFile(entries: [.init(path: "p/2020-01-01/en.md", hash: a), .init(path: "p/2021-03-01/en.md", hash: b)])
        let result = lock.verify([version("p/2020-01-01/en.md", c, "2020-01-01")], buildDate: day)
        #expect(result.problems == [.changed(path: "p/2020-01-01/en.md", locked: a, now: c), .disappeared(path: "p/2021-03-01/en.md", locked: b)])
    }

    @Test func aPastBuildDateNeitherAddsNorLosesVersions() {
        let lock = LockFile(entries: [.init(path: "p/2021-03-01/en.md", hash: b)])
        let result = lock.verify([version("p/2021-03-01/en.md", b, "2021-03-01"), version("p/2020-01-01/en.md", a, "2020-01-01")],
                                 buildDate: PolicyDate("2020-06-01")!)
        #expect(result.problems.isEmpty)
        #expect(result.lock.entries.map(\.path) == ["p/2020-01-01/en.md", "p/2021-03-01/en.md"])
    }

    @Test func amendRecordsTheChangeAndTheRemoval() throws {
        let lock = LockFile(entries: [.init(path: "p/2020-01-01/de.md", hash: a), .init(path: "p/2020-01-01/en.md", hash: b),
                                      .init(path: "q/2020-01-01/en.md", hash: c)])
        let selectors = [try #require(LockSelector("p/2020-01-01")), try #require(LockSelector("x/2020-01-01/en"))]
        let result = lock.verify([version("p/2020-01-01/en.md", c, "2020-01-01"), version("q/2020-01-01/en.md", c, "2020-01-01")],
                                 buildDate: day, amend: selectors, reason: "Typo.")
        #expect(result.problems.isEmpty)
        #expect(result.lock.entry("p/2020-01-01/en.md") == .init(path: "p/2020-01-01/en.md", hash: c, amendments: [.init(date: day, old: b, new: c, reason: "Typo.")]))
        #expect(result.lock.entry("p/2020-01-01/de.md") == .init(path: "p/2020-01-01/de.md", hash: nil, amendments: [.init(date: day, old: a, new: nil, reason: "Typo.")]))
        #expect(result.unusedAmendments == [selectors[1]])
        // Without a reason nothing is amended.
        #expect(lock.verify([version("p/2020-01-01/en.md", c, "2020-01-01")], buildDate: day, amend: selectors, reason: nil).problems.count == 3)
    }

    @Test func selectors() {
        #expect(LockSelector("privacy/2021-03-01")?.matches("privacy/2021-03-01/de.md") == true)
        #expect(LockSelector("privacy/2021-03-01/de")?.matches("privacy/2021-03-01/en.md") == false)
        #expect(LockSelector("privacy/2021-03-01/de")?.matches("privacy/2021-03-01/de.md") == true)
        for bad in ["privacy", "privacy/2021-02-30", "privacy/2021-03-01/de.md", "/2021-03-01", "privacy/2021-03-01/de/x"] {
            #expect(LockSelector(bad) == nil, "\(bad)")
        }
    }
}
