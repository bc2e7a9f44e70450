import Foundation
@testable import RedlinePublish
import Testing

@Suite("FileTree: the readdir walk and removal public/ relies on")
struct FileTreeTests {
    @Test func listsRegularFilesAndLinksToThemAndRemovesEverything() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filetree-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        for path in ["CNAME", "a/x.html", "a/b/c/index.html", "a/b/.hidden"] {
            try Data(path.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        try fileManager.createSymbolicLink(atPath: root + "/link.html", withDestinationPath: root + "/a/x.html")
        try fileManager.createSymbolicLink(atPath: root + "/dirlink", withDestinationPath: root + "/a")
        try fileManager.createSymbolicLink(atPath: root + "/dangling", withDestinationPath: root + "/nowhere")
        #expect(FileTree.regularFiles(under: root) == ["CNAME", "a/b/.hidden", "a/b/c/index.html", "a/x.html", "link.html"])
        #expect(FileTree.remove(root))
        #expect(!fileManager.fileExists(atPath: root))
        #expect(FileTree.remove(root + "/never-existed"))
    }
}
