import Foundation
import RedlineParse
@testable import RedlinePublish
import Testing

/// The output's files are taken from the record the last writing build left (`OutputListing`)
/// instead of walking `public/`, while every folder the record names is as it was; a hand edit,
/// an added or a deleted file in `public/` is still repaired or carried over.
@Suite("OutputListing: the output's files without a walk")
struct OutputListingTests {
    let date = PolicyDate("2022-01-01")!

    func build(_ site: TemporarySite) throws {
        var build = SiteBuild(siteDirectory: site.root, buildDate: date)
        build.recordsLock = false
        build.settledAge = .zero
        _ = try build.run()
    }

    func cache(_ site: TemporarySite) -> URL { site.root.appendingPathComponent(".redline-cache") }
    func output(_ site: TemporarySite) -> String { site.publicURL.standardizedFileURL.path }
    func recorded(_ site: TemporarySite) -> [(path: String, inode: UInt64)]? { OutputListing.load(cacheDirectory: cache(site), output: output(site)) }

    /// The record, compared with what walking the output finds (paths and inodes).
    func expectRecordMatchesAWalk(_ site: TemporarySite, _ comment: Comment) throws {
        let listing = try #require(recorded(site), comment).sorted { $0.path < $1.path }  // a listing is a set
        let walked = FileTree.regularFilesWithInodes(under: output(site))
        #expect(listing.map(\.path) == walked.map(\.path), comment)
        #expect(listing.map(\.inode) == walked.map(\.inode), comment)
    }

    /// Edits the German translation (a different text each time) and builds.
    func editAndBuild(_ site: TemporarySite, _ words: String) throws {
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: words), to: "content/privacy/2021-03-01/de.md")
        try build(site)
    }

    @Test func theRecordIsWhatAWalkOfTheOutputFindsAfterEveryKindOfBuild() throws {
        let site = try TemporarySite.withGerman()
        defer { site.remove() }
        try build(site)
        try expectRecordMatchesAWalk(site, "first build")
        try editAndBuild(site, "Wir verkaufen nie")
        try expectRecordMatchesAWalk(site, "one unit written, the rest linked into the reused previous site")
        #expect(site.publicTree() == (try site.cleanBuild(on: date)))
        try site.write("example.com\n", to: "public/CNAME")
        try site.write("kept\n", to: "public/extra/deep/note.txt")
        #expect(recorded(site) == nil, "a folder gained an entry")
        try editAndBuild(site, "Wir verkaufen niemals")
        try expectRecordMatchesAWalk(site, "foreign files carried over")
        try editAndBuild(site, "Wir verkaufen gar nie")
        try expectRecordMatchesAWalk(site, "foreign files carried over from the record")
        var expected = try site.cleanBuild(on: date)
        expected["CNAME"] = Data("example.com\n".utf8)
        expected["extra/deep/note.txt"] = Data("kept\n".utf8)
        #expect(site.publicTree() == expected)
    }

    /// A file added, deleted or replaced by hand in `public/` changes its folder: the record no
    /// longer holds and the next build walks, carrying over or repairing as before.
    @Test(arguments: ["add", "delete", "replace", "folder"])
    func aHandChangeInTheOutputIsSeen(_ change: String) throws {
        let site = try TemporarySite.withGerman()
        defer { site.remove() }
        try build(site)
        try editAndBuild(site, "Wir verkaufen nie")
        #expect(recorded(site) != nil)
        let page = output(site) + "/en/privacy/index.html"
        switch change {
        case "add": try site.write("stray\n", to: "public/en/privacy/stray.txt")
        case "delete": #expect(unlink(page) == 0)
        case "replace":
            #expect(unlink(page) == 0)
            try site.write("hand-made\n", to: "public/en/privacy/index.html")
        default: #expect(mkdir(output(site) + "/en/privacy/empty", 0o755) == 0)
        }
        #expect(recorded(site) == nil, "the folder changed")
        try editAndBuild(site, "Wir verkaufen niemals")
        var expected = try site.cleanBuild(on: date)
        if change == "add" { expected["en/privacy/stray.txt"] = Data("stray\n".utf8) }
        #expect(site.publicTree() == expected)
        try expectRecordMatchesAWalk(site, "recorded again")
    }

    /// A folder with no file in it is not in the record: its parent's link count keeps the record
    /// from being made, as a file put in it later would not change any folder the record names.
    @Test func anEmptyFolderInTheOutputKeepsTheRecordFromBeingMade() throws {
        let site = try TemporarySite.withGerman()
        defer { site.remove() }
        try build(site)
        let folder = OpenFolder(output(site))
        let files = FileTree.regularFilesWithInodes(under: output(site))
        #expect(OutputListing.recorded(output: output(site), files: files) != nil)
        #expect(mkdir(output(site) + "/en/empty", 0o755) == 0)
        #expect(OutputListing.recorded(output: output(site), files: files) == nil)
        #expect(OutputListing.folderStamp(folder, "en/empty") != nil)
        #expect(OutputListing.folderStamp(folder, "en/index.html") == nil, "a file is not a folder")
    }

    @Test(arguments: ["", "redline-output-listing\t1\t/nowhere\nend\n", "garbage\n", "redline-output-listing\t1\t"])
    func aRecordThatIsCutShortCorruptOrOfAnotherFolderIsIgnored(_ text: String) throws {
        let site = try TemporarySite.withGerman()
        defer { site.remove() }
        try build(site)
        try site.write(text, to: ".redline-cache/" + OutputListing.fileName)
        #expect(recorded(site) == nil)
        try editAndBuild(site, "Wir verkaufen nie")
        #expect(site.publicTree() == (try site.cleanBuild(on: date)))
        try expectRecordMatchesAWalk(site, "recorded again")
    }
}
