import Foundation
import RedlineParse

/// `redline-stagebench --parse-dump OUT PATH…`: what `DocumentParser.parse` makes of every
/// Markdown file under the paths (whole file and body after the front matter, safe and unsafe
/// mode), as JSON lines in path order. Nothing is timed: a parse optimisation must leave this
/// file byte-identical.
func parseDump(output: String, paths: [String]) -> Int32 {
    var files: [String] = []
    for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if !isDirectory.boolValue {
            files.append(path)
            continue
        }
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".md") { files.append(path + "/" + name) }
        }
    }
    files.sort()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var lines = Data()
    for file in files {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        let split = FrontMatter.split(text)
        for unsafe in [false, true] {
            for (body, first) in [(text, 1), (split.body, split.bodyFirstLine)] {
                let result = DocumentParser.parse(body, path: file, firstLine: first, unsafeHTML: unsafe)
                lines.append(Data("\(file) unsafe=\(unsafe) line=\(first)\n".utf8))
                lines.append((try? encoder.encode(result.document)) ?? Data("encode failed".utf8))
                lines.append(Data("\n".utf8))
                lines.append((try? encoder.encode(result.warnings)) ?? Data("encode failed".utf8))
                lines.append(Data("\n".utf8))
            }
        }
    }
    FileManager.default.createFile(atPath: output, contents: lines)
    print("files \(files.count)")
    return 0
}
