import Foundation

// redline-sitegen [--duplicated-locales] POLICIES LOCALES VERSIONS REPO OUT
//
// Writes a deterministic synthetic site built from the example content of REPO (content/,
// templates/, ../shared/seeds when present):
//   OUT/site/          content/ + templates/ for `redline build --site OUT/site`
//   OUT/hugo/          the same Markdown as a multilingual Hugo site with a minimal layout
//   OUT/files.txt      every Markdown file (for cmark and the C loop)
//   OUT/pairs/old|new  hard links: pair k is old/k.md → new/k.md (for one `git diff --no-index`)
// Same arguments, same bytes: a fixed-seed PRNG and a fixed hash drive every choice.
// Every locale's text is distinct (English, and a pseudo-translation of it per locale in the
// locale's script) and so is every policy's; --duplicated-locales writes the earlier sessions'
// site instead (40 locales = 10 copies of the 4 example languages, policies = one text reordered).

var arguments = CommandLine.arguments
let duplicatedLocales = arguments.contains("--duplicated-locales")
arguments.removeAll { $0 == "--duplicated-locales" }
guard arguments.count == 6, let policyCount = Int(arguments[1]), let localeCount = Int(arguments[2]),
      let versionCount = Int(arguments[3]), (1...SyntheticLocales.all.count).contains(localeCount), policyCount > 0, versionCount > 0
else {
    FileHandle.standardError.write(Data("usage: redline-sitegen [--duplicated-locales] POLICIES LOCALES(1-\(SyntheticLocales.all.count)) VERSIONS REPO OUT\n".utf8))
    exit(64)
}
let repo = URL(fileURLWithPath: arguments[4])
let out = URL(fileURLWithPath: arguments[5])

do {
    try SiteGenerator(policies: policyCount, locales: localeCount, versions: versionCount, duplicatedLocales: duplicatedLocales,
                      repo: repo, out: out).run()
} catch {
    FileHandle.standardError.write(Data("redline-sitegen: \(error)\n".utf8))
    exit(74)
}
