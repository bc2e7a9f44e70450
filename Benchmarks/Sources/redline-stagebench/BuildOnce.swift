import Foundation
import RedlineParse
import RedlinePublish

/// `redline-stagebench --build SITE DATE`: one `redline build --site SITE --date DATE --quiet`,
/// run synchronously in this process. The CLI's async entry point stops valgrind (it crashes in
/// libdispatch's signal thread); this one runs under callgrind, so the full build can be counted
/// in instructions, which other work on a shared machine does not change.
func buildOnce(site: String, date: String) -> Int32 {
    guard let buildDate = PolicyDate(date) else {
        FileHandle.standardError.write(Data("redline-stagebench: --build needs a date YYYY-MM-DD\n".utf8))
        return 64
    }
    let build = SiteBuild(siteDirectory: URL(fileURLWithPath: site, isDirectory: true), buildDate: buildDate)
    do {
        let summary = try build.run()
        print("files \(summary.files)")
        return 0
    } catch {
        FileHandle.standardError.write(Data("redline-stagebench: \(error)\n".utf8))
        return 1
    }
}
