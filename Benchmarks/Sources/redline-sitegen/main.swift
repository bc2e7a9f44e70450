import Foundation

// redline-sitegen POLICIES LOCALES VERSIONS REPO OUT
//
// Writes a deterministic synthetic site built from the example content of REPO (content/,
// templates/, ../shared/seeds when present):
//   OUT/site/          content/ + templates/ for `redline build --site OUT/site`
//   OUT/hugo/          the same Markdown as a multilingual Hugo site with a minimal layout
//   OUT/files.txt      every Markdown file (for cmark and the C loop)
//   OUT/pairs/old|new  hard links: pair k is old/k.md → new/k.md (for one `git diff --no-index`)
// Same arguments, same bytes: a fixed-seed PRNG drives every choice.

let arguments = CommandLine.arguments
guard arguments.count == 6, let policyCount = Int(arguments[1]), let localeCount = Int(arguments[2]),
      let versionCount = Int(arguments[3]), (1...SyntheticLocales.all.count).contains(localeCount), policyCount > 0, versionCount > 0
else {
    FileHandle.standardError.write(Data("usage: redline-sitegen POLICIES LOCALES(1-\(SyntheticLocales.all.count)) VERSIONS REPO OUT\n".utf8))
    exit(64)
}
let repo = URL(fileURLWithPath: arguments[4])
let out = URL(fileURLWithPath: arguments[5])

do {
    try SiteGenerator(policies: policyCount, locales: localeCount, versions: versionCount, repo: repo, out: out).run()
} catch {
    FileHandle.standardError.write(Data("redline-sitegen: \(error)\n".utf8))
    exit(74)
}
