/// One locale's version of a policy as the generator writes it.
struct LocaleVersion {
    var title: String
    var summary: String
    var text: PolicyText
}

/// The texts of one policy in every locale, version after version.
protocol LocaleTexts {
    /// Applies `edits` (none for the first version) and returns every locale's version, in locale order.
    mutating func next(version: Int, edits: [Edit]) -> [LocaleVersion]
}

/// The honest site (the default): the policy's English, made distinct from the other policies' by
/// a `PolicyVariant` and its own section selection and order, is edited; every other locale is a
/// pseudo-translation of each English version, so every locale's text differs from every other's
/// and a translation changes where its original does.
struct TranslatedLocales: LocaleTexts {
    var english: PolicyText
    let pool: [String]
    let translators: [PseudoTranslator]
    let policy: String
    let number: Int

    /// `translators` are shared between policies (their memos of words); `rng` draws the sections.
    init(english base: PolicyText, variant: PolicyVariant, index: Int, policy: String, translators: [PseudoTranslator],
         using rng: inout SeededGenerator) {
        let text = variant.apply(to: base, index: index)
        pool = text.sections.flatMap(\.blocks).filter { !$0.hasPrefix("|") }
        let rest = Array(text.sections.dropFirst())
        let order = SiteGenerator.shuffledOrder(count: rest.count, using: &rng)
        // Each policy leaves out about one section in eight (at least four stay).
        let kept = order.filter { _ in rng.next() % 8 != 0 }
        english = PolicyText(sections: [text.sections[0]] + (kept.count >= 4 ? kept : order).map { rest[$0] })
        self.translators = translators
        self.policy = policy
        number = index + 1
    }

    mutating func next(version: Int, edits: [Edit]) -> [LocaleVersion] {
        let kit = LanguageKit.of("en")
        let before = english
        for edit in edits { edit.apply(to: &english, kit: kit, pool: pool) }
        if version > 0, english == before { english.sections[0].blocks.append(kit.retentionSentence(version)) }
        let title = "Policy \(number)", summary = "Revision \(version + 1) of \(policy)."
        var versions = [LocaleVersion(title: title, summary: summary, text: english)]
        for translator in translators.dropFirst() {
            // The policy's slug stays as it is in every language.
            let summary = translator.translate(block: "Revision \(version + 1):") + " \(policy)."
            versions.append(LocaleVersion(title: translator.translate(block: title), summary: summary,
                                          text: translator.translate(english)))
        }
        return versions
    }
}

/// The site of the earlier sessions (`--duplicated-locales`): the 40 locales are 10 copies of the
/// example content's 4 languages, and the policies one text in different section orders, each
/// locale applying the same edits to its own language's text. Kept to compare with old figures.
struct DuplicatedLocales: LocaleTexts {
    var texts: [PolicyText]
    let languages: [String]
    let pools: [String: [String]]
    let policy: String
    let number: Int

    init(sources: [String: PolicyText], locales: Int, index: Int, policy: String, using rng: inout SeededGenerator) {
        let order = SiteGenerator.shuffledOrder(count: sources["en"]!.sections.count - 1, using: &rng)
        languages = (0..<locales).map { SyntheticLocales.source(of: $0) }
        texts = languages.map { language in
            var text = sources[language]!
            let intro = text.sections[0]
            let rest = Array(text.sections.dropFirst())
            text.sections = [intro] + order.filter { $0 < rest.count }.map { rest[$0] }
            return text
        }
        pools = sources.mapValues { $0.sections.flatMap(\.blocks).filter { !$0.hasPrefix("|") } }
        self.policy = policy
        number = index + 1
    }

    mutating func next(version: Int, edits: [Edit]) -> [LocaleVersion] {
        let title = "Policy \(number)", summary = "Revision \(version + 1) of \(policy)."
        return texts.indices.map { index in
            let kit = LanguageKit.of(languages[index])
            let before = texts[index]
            for edit in edits { edit.apply(to: &texts[index], kit: kit, pool: pools[languages[index]]!) }
            if version > 0, texts[index] == before { texts[index].sections[0].blocks.append(kit.retentionSentence(version)) }
            return LocaleVersion(title: title, summary: summary, text: texts[index])
        }
    }
}
