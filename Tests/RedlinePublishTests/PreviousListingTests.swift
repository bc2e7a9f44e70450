import Foundation
import RedlineParse
@testable import RedlinePublish
import Testing

/// The previous-site folder's files are taken from the record the last build left
/// (`PreviousListing`) instead of walking the folder, while the record names the folder as it is.
@Suite("PreviousListing: the previous site's files without a walk")
struct PreviousListingTests {
    let date = PolicyDate("2022-01-01")!

    func makeSite() throws -> TemporarySite { try TemporarySite.withGerman() }

    func build(_ site: TemporarySite) throws {
        var build = SiteBuild(siteDirectory: site.root, buildDate: date)
        build.recordsLock = false
        build.settledAge = .zero
        _ = try build.run()
    }

    func cleanBuild(_ site: TemporarySite) throws -> [String: Data] { try site.cleanBuild(on: date) }

    func cache(_ site: TemporarySite) -> URL { site.root.appendingPathComponent(".redline-cache") }
    func previous(_ site: TemporarySite) -> String { site.root.appendingPathComponent(".public.redline-previous").path }

    /// The record, compared with what walking the folder finds (paths and inodes).
    func expectRecordMatchesAWalk(_ site: TemporarySite, _ comment: Comment) throws {
        // A listing is a set: a record keeps the order the build listed its files in.
        let recorded = try #require(PreviousListing.load(cacheDirectory: cache(site), folder: previous(site)), comment).files.sorted { $0.path < $1.path }
        let walked = FileTree.regularFilesWithInodes(under: previous(site))
        #expect(recorded.map(\.path) == walked.map(\.path), comment)
        #expect(recorded.map(\.inode) == walked.map(\.inode), comment)
    }

    /// Edits the German translation and builds: the output is a clean build's, and the record is
    /// written anew (and matches a walk) whatever the previous one was.
    func expectAnEditBuildsAsFromScratchAndRecordsAgain(_ site: TemporarySite) throws {
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen nie"),
                       to: "content/privacy/2021-03-01/de.md")
        try build(site)
        #expect(site.publicTree() == (try cleanBuild(site)))
        try expectRecordMatchesAWalk(site, "recorded again")
    }

    @Test func theRecordIsWhatAWalkOfThePreviousSiteFindsAfterEveryKindOfBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        try expectRecordMatchesAWalk(site, "seeded by a build that reused nothing")
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen nie"),
                       to: "content/privacy/2021-03-01/de.md")
        try build(site)
        try expectRecordMatchesAWalk(site, "the old output, exchanged")
        #expect(site.publicTree() == (try cleanBuild(site)))
        try site.write("example.com\n", to: "public/CNAME")
        try build(site)  // nothing changed but a foreign file: carried over, the folders exchanged again
        try expectRecordMatchesAWalk(site, "a foreign file in the old output")
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen niemals"),
                       to: "content/privacy/2021-03-01/de.md")
        try build(site)
        try expectRecordMatchesAWalk(site, "after a second reuse")
        var expected = try cleanBuild(site)
        expected["CNAME"] = Data("example.com\n".utf8)
        #expect(site.publicTree() == expected)
    }

    /// A folder moved away and back (or replaced) is not the folder the record names: it is
    /// walked, and a file that appeared in it does not reach the output.
    @Test func aPreviousSiteMovedAwayAndBackIsWalkedAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let aside = site.root.appendingPathComponent("aside").path
        #expect(rename(previous(site), aside) == 0)
        try Data("stray".utf8).write(to: URL(fileURLWithPath: aside + "/en/stray.html"))
        #expect(rename(aside, previous(site)) == 0)
        #expect(PreviousListing.load(cacheDirectory: cache(site), folder: previous(site)) == nil)
        try expectAnEditBuildsAsFromScratchAndRecordsAgain(site)
    }

    @Test(arguments: ["", "redline-previous-listing\t1\t0:0:0:0\nend\n", "garbage\n", "redline-previous-listing\t1\t"])
    func aRecordThatIsCutShortCorruptOrOfAnotherFolderIsIgnored(_ text: String) throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        try site.write(text, to: ".redline-cache/" + PreviousListing.fileName)
        #expect(PreviousListing.load(cacheDirectory: cache(site), folder: previous(site)) == nil)
        try expectAnEditBuildsAsFromScratchAndRecordsAgain(site)
    }

    /// A build that fails after it took the previous site into staging leaves no record behind.
    @Test func theRecordIsRemovedBeforeTheFolderIsTakenIntoStaging() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let recordPath = cache(site).appendingPathComponent(PreviousListing.fileName).path
        #expect(FileManager.default.fileExists(atPath: recordPath))
        // A template that cannot render fails the build after the load, once there is work.
        let layout = site.root.appendingPathComponent("templates/layout.mustache")
        try "{{#unclosed}}".write(to: layout, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try build(site) }
        if FileManager.default.fileExists(atPath: recordPath) {
            // The build failed before it touched the folder: the record must still name it.
            try expectRecordMatchesAWalk(site, "untouched folder")
        }
    }

    @Test func aStampByRelativePathIsTheStampByAbsolutePath() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let folder = OpenFolder(site.publicURL.path)
        for path in FileTree.regularFiles(under: site.publicURL.path) {
            #expect(folder.stamp(path) == FileStamp(path: site.publicURL.path + "/" + path))
            #expect(folder.stamp(path) != nil)
        }
        #expect(folder.stamp("missing.html") == nil)
        let absolute = site.root.appendingPathComponent("content/redline.yml").path
        // A path that starts with a slash is still under the folder, as the concatenated path was.
        #expect(folder.stamp(absolute) == FileStamp(path: site.publicURL.path + "/" + absolute))
        #expect(folder.stamp(absolute) == nil)
        #expect(OpenFolder(site.root.appendingPathComponent("nowhere").path).stamp("en/index.html") == nil)
    }
}
