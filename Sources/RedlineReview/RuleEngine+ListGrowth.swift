import RedlineParse

/// Round 10 (issue 4): an item added to an enumeration the old version already had — list growth
/// in an existing frame (labels-team7's misses). The aligned sentence keeps its frame (the same
/// actor, action and polarity: the company collects, a denial with its exceptions, a use for a
/// purpose, a sharing) and its list gains an item of that frame's ontology: collected data
/// (`collection.new-category`), a ground of an exception (the commitment's rule), a purpose
/// (`purpose.new-purpose`), a source (`collection.new-source`); a recipient added in a sentence
/// of its own that continues the list before it is `sharing.new-recipient`.
///
/// The traps (domain.md §B.6): a synonym or a narrower term of an item already listed (ontology
/// subsumption); a reordering or an item moved from elsewhere in the document (an old sentence
/// already holds its words); an example of a listed category ("device information, such as your
/// browser type and screen size", trap 6); the user's own consent or request; a legal duty (trap 7).
extension RuleEngine {
    /// A comma, kept as a token so that the items of a list can be told apart.
    static let listComma = "listcomma"
    /// An opening parenthesis, kept so that a parenthetical example can be told apart.
    static let listParen = "listparen"
    /// What joins an item to its list: a comma, or a conjunction of the lexicon's `listJoinWords`.
    var listJoins: Set<String> { Set(index.lexicon.cueLists?["listJoinWords"] ?? []).union([Self.listComma]) }
    /// Above this many content words an added run is a clause rewritten, not an item.
    static let itemReach = 16
    /// Words before the item that take it out of the frame's object ("when you use our apps,
    /// widgets and ads" lists where, not what): the lexicon's `listFrameBreaks`.
    var frameBreaks: Set<String> { Set(index.lexicon.cueLists?["listFrameBreaks"] ?? []) }

    /// `LexiconIndex.tokens` with commas and opening parentheses kept as tokens.
    func listTokens(_ text: String) -> (tokens: [String], surface: [String]) {
        let read = TextTokens(Self.listMarked(text), contractions: index.lexicon.contractions)
        return (read.tokens, read.surface)
    }

    /// `text` with its commas and opening parentheses marked as list tokens. ASCII text is marked
    /// byte by byte (there, Foundation's `replacingOccurrences` is the literal replacement, and
    /// it cost as much as the tokenising); other text through Foundation, as before.
    static func listMarked(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.replacingOccurrences(of: ",", with: " \(listComma) ").replacingOccurrences(of: "(", with: " ( \(listParen) ")
        }
        let comma = Array(" \(listComma) ".utf8), paren = Array(" ( \(listParen) ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x2C: bytes.append(contentsOf: comma)  // ","
            case 0x28: bytes.append(contentsOf: paren)  // "("
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The runs of the new sentence that the old one lacks (outside a longest common subsequence
    /// of their tokens), each trimmed of the commas and conjunctions that join it to its list, and
    /// kept only when such a join stands at its edge and no clause boundary inside it: an item
    /// coordinated into a list, not a clause rewritten.
    static func addedItems(old: [String], new: [String], joins listJoins: Set<String>) -> [Range<Int>] {
        let (n, m) = (old.count, new.count)
        guard n > 0, m > 0, n * m <= 160_000 else { return [] }
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var matched = Array(repeating: false, count: m)
        var (i, j) = (0, 0)
        while i < n, j < m {
            if old[i] == new[j] {
                matched[j] = true
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        var runs: [Range<Int>] = []
        var k = 0
        while k < m {
            guard !matched[k] else {
                k += 1
                continue
            }
            var end = k
            while end < m, !matched[end] { end += 1 }
            var (lo, hi) = (k, end)
            // Both edges at a list's joints: after a join (or the run opens with one), and before a
            // join, a clause boundary or the end ("your email address and [a hash of your] password"
            // rewrites an item, it adds none).
            let joinedBefore = (lo > 0 && listJoins.contains(new[lo - 1])) || listJoins.contains(new[lo])
            let joinedAfter = listJoins.contains(new[hi - 1]) || hi == m || listJoins.contains(new[hi]) || new[hi] == TextTokens.boundary
            while lo < hi, listJoins.contains(new[lo]) { lo += 1 }
            while hi > lo, listJoins.contains(new[hi - 1]) { hi -= 1 }
            if lo < hi, joinedBefore, joinedAfter, !new[lo..<hi].contains(TextTokens.boundary) { runs.append(lo..<hi) }
            k = end
        }
        return runs
    }

    func listGrowth(old: FactSet, new: FactSet, raised: [Candidate]) -> [Candidate] {
        let stop = Set(index.lexicon.cueLists?["groundStopWords"] ?? [])
        let joins = listJoins
        var oldWordSets: [Set<String>] = []
        var result: [Candidate] = []
        var seen: Set<String> = []
        for sentence in changed.new.sorted(by: { ($0.line, $0.text) < ($1.line, $1.text) }) {
            // Read whole: a PDF break may have put the frame's verb on an earlier line (round 11).
            guard let before = counterpartInOld(sentence) else { continue }
            let (oldText, newText) = (readingInOld(before), readingInNew(sentence))
            guard oldText != newText, Self.keepsWords(of: oldText, in: newText, index: index) else { continue }
            let oldTokens = listTokens(oldText).tokens
            let (tokens, surface) = listTokens(newText)
            for range in Self.addedItems(old: oldTokens, new: tokens, joins: joins) {
                let item = Array(tokens[range])
                let content = Set(item.filter { $0.count > 2 && $0 != Self.listComma && $0 != Self.listParen && !stop.contains($0) })
                guard !content.isEmpty, content.count <= Self.itemReach else { continue }
                // The user's own choice ("with your consent") and a legal duty are no new ground or use.
                if index.restrictors["consent"]?.contains(item) ?? false || index.restrictors["directed"]?.contains(item) ?? false
                    || index.legalHold.contains(item) { continue }
                guard !isExample(range, tokens) else { continue }
                // Reordered, or moved from elsewhere in the document: an old sentence holds the item's words.
                if oldWordSets.isEmpty { oldWordSets = oldDocument.map { Set(listTokens($0.text).tokens) } }
                guard !oldWordSets.contains(where: { Double(content.intersection($0).count) >= 0.8 * Double(content.count) }) else { continue }
                guard let rule = frameRule(range, tokens: tokens, oldTokens: oldTokens, sentence: sentence, old: old, new: new),
                      !raised.contains(where: { $0.rule == rule && $0.direction == .reduction && $0.severity == .material && $0.new?.sentence == sentence }),
                      seen.insert(rule + "|" + sentence.section).inserted else { continue }
                let severity = rule == "purpose.new-purpose" ? purposeSeverity(item, lead: Array(tokens[..<range.lowerBound]), oldTokens: oldTokens) : .material
                let term = surface[range].map { $0 == Self.listComma ? "," : $0 }.filter { $0 != Self.listParen }
                    .joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
                result.append(Candidate(rule: rule, severity: severity, direction: .reduction,
                                        old: Fact("list-item", "", before), new: Fact("list-item", term, sentence, term: term),
                                        term: "“\(term)” added to the list"))
            }
        }
        return result + listContinued(new: new, raised: raised + result)
    }

    /// A purpose added to a list gates as the catalogue says (high: advertising, AI training,
    /// profiling, sale; a basic purpose only informs), or when the use it widens is a carve-out
    /// from a denial in the same sentence ("while we do not generally search for content in your
    /// repositories, we may scan … to detect …"): the use the denial excluded grew.
    func purposeSeverity(_ item: [String], lead: [String], oldTokens: [String]) -> Finding.Severity {
        let before = index.purposes.matches(in: oldTokens).map(\.id)
        let added = index.purposes.matches(in: item).map(\.id).filter { id in !before.contains { index.covers($0, id) } }
        let high = added.contains { id in index.high.contains { index.covers($0, id) } }
        return high || index.negation.contains(lead) ? .material : .minor
    }

    /// "device information, such as your browser type and screen size": an item after an example
    /// cue (lexicon `cueLists.exampleCues`) that follows a listed category in the same clause, or
    /// opens a parenthesis, names a kind of what is listed (domain.md §B.6 trap 6), not a new one.
    /// A list that an example cue opens as a whole ("This data includes, for example: …") is none.
    func isExample(_ range: Range<Int>, _ tokens: [String]) -> Bool {
        // An item that opens with the cue (", including videos or recordings") exemplifies the one before it.
        if index.cue("exampleCues").matches(in: Array(tokens[range])).first?.start == 0 { return true }
        let clauseStart = tokens[..<range.lowerBound].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
        let clause = Array(tokens[clauseStart..<range.lowerBound])
        guard let cue = index.cue("exampleCues").matches(in: clause).last else { return false }
        if cue.start == 0 || clause[cue.start - 1] == Self.listParen { return true }
        let named = Array(clause[..<cue.start])
        // "personal information, including …" names every kind of data: no category to exemplify.
        let categories = index.data.matches(in: named).filter { $0.id != Self.unnamedData }
        return !categories.isEmpty || [index.recipients, index.purposes, index.trackers].contains { $0.contains(named) }
    }

    /// The frame the item joins, read before it in its sentence, and the rule of that frame;
    /// nil when the frame is none of the catalogue's lists or the item is no new member.
    func frameRule(_ range: Range<Int>, tokens: [String], oldTokens: [String], sentence: Sentence, old: FactSet, new: FactSet) -> String? {
        let lead = Array(tokens[..<range.lowerBound])
        let item = Array(tokens[range])
        // A ground added to the exceptions of a denial ("are not saved on our servers unless they
        // were marked as false positives or missed spam"): the commitment's own rule.
        if let cue = index.restrictors["exception"]?.matches(in: lead).last, index.negation.contains(Array(lead[..<cue.start])) {
            if let fact = new["commitment-exception"].first(where: { $0.sentence == sentence }) { return Self.commitmentRules[fact.value] }
            if new["share-exception"].contains(where: { $0.sentence == sentence }) { return "sharing.prohibition-lifted" }
            if new["collect-exception"].contains(where: { $0.sentence == sentence }) { return "collection.prohibition-lifted" }
            return nil
        }
        let collects = index.verbs["collect"]?.matches(in: lead) ?? []
        let uses = (index.verbs["use"]?.matches(in: lead) ?? []) + collects
        // A source: "from" opens the item, or stands before it in its clause with nothing but
        // other sources between, after a collection verb, and the item names a recipient class
        // the old version never named as a source ("… and from our partners and other third parties").
        let clauseStart = lead.lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
        let from = lead[clauseStart...].lastIndex(of: "from")
        if item.first == "from" || from.map({ at in
            range.lowerBound - at <= SentenceFacts.sourceReach && !lead[(at + 1)...].contains(where: frameBreaks.contains)
        }) == true {
            guard !collects.isEmpty else { return nil }
            // As the set rule: an old "from third parties" covers every source but a high one.
            let named = index.recipients.matches(in: item).map(\.id)
            let open = old["source"].contains { $0.value == "third-parties" }
            return named.contains { id in (index.high.contains(id) || !open) && !old["source"].contains { index.covers($0.value, id) } }
                ? "collection.new-source" : nil
        }
        let acting = StatementExtractor(index: index).statements(in: sentence, tokens: index.tokens(sentence.text), audience: "all")
            .contains { ["collect", "use"].contains($0.action) && $0.actor == .firstParty && !$0.negated }
        let leads = index.cue("dataListLeads")
        let dataLead = leads.matches(in: lead).last
        // A purpose: "to <verb>" or "for" between the company's verb and the item ("we may scan
        // our servers and content to detect … known active malware, or other content known to
        // violate our Terms"), and no data lead nearer the item ("This data includes: …").
        // A purpose the aligned old sentence already named (or a broader one) is none.
        // An item that carves out ("for all our apps except for HEY") is no member of the list.
        if index.restrictors["exception"]?.contains(item) ?? false { return nil }
        // The item must be a member of the frame's ontology (a purpose, a data category) that the
        // aligned old sentence's list does not cover: "Russia" added to a list of countries, or a
        // vendor's name, is none.
        if acting, let verb = uses.last, verb.start > (dataLead?.start ?? -1),
           lead[verb.end...].contains(where: { $0 == "to" || $0 == "for" }) {
            let purposes = index.purposes.matches(in: item).map(\.id)
            let before = index.purposes.matches(in: oldTokens).map(\.id)
            guard !purposes.isEmpty, !purposes.allSatisfy({ id in before.contains { index.covers($0, id) } }) else { return nil }
            return "purpose.new-purpose"
        }
        // Collected data: the company collects, or a lead names what the data includes ("This data
        // includes, for example: device hardware, …"), in both versions, and no word between the
        // frame and the item takes it out of the object ("when you use our apps, widgets …").
        guard let anchor = dataLead?.end ?? (acting ? collects.last?.end : nil),
              leads.contains(oldTokens) || (index.verbs["collect"]?.contains(oldTokens) ?? false) else { return nil }
        // A denial in the item's clause ("we do not collect your name, email or phone") lists nothing collected.
        guard !index.negation.contains(Array(lead[min(anchor, clauseStart)...])) else { return nil }
        var between = Array(lead[anchor...])
        for cue in index.cue("exampleCues").matches(in: between).reversed() { between.removeSubrange(cue.start..<cue.end) }
        guard !between.contains(where: frameBreaks.contains) else { return nil }
        // ("personal information" names no category of its own.)
        let data = index.data.matches(in: item).map(\.id).filter { $0 != Self.unnamedData }
        // ("your data" names every kind of data: no listed item.)
        let listed = index.data.matches(in: oldTokens).map(\.id).filter { $0 != Self.unnamedData }
        // A synonym or a narrower term of data the sentence already listed.
        guard !data.isEmpty, !data.allSatisfy({ id in listed.contains { index.covers($0, id) } }) else { return nil }
        return data.contains(where: index.sensitive.contains) ? "collection.sensitive-category" : "collection.new-category"
    }

    /// "This includes Adjust, which has its own privacy policy. It also includes Google.": a short
    /// sentence of its own that continues the list of a sharing sentence just before it (lexicon
    /// `cueLists.listContinuations`) and names a recipient by name that the old counterpart of
    /// that sentence never named: the recipients of that flow grew (WP260 "enlargement of
    /// recipients"). The same name in the old frame (a reordering) or the same continuation in
    /// the old section (a move) is none.
    func listContinued(new: FactSet, raised: [Candidate]) -> [Candidate] {
        let continuations = index.cue("listContinuations")
        let stopNames = Set((index.lexicon.cueLists?["vendorStopWords"] ?? []).map { $0.lowercased() })
        var result: [Candidate] = []
        for sentence in changed.new.sorted(by: { ($0.line, $0.text) < ($1.line, $1.text) }) {
            let tokens = index.tokens(sentence.text)
            guard tokens.count <= 12, let cue = continuations.matches(in: tokens).first, cue.start == 0 else { continue }
            let siblings = newSentences(sentence.section)
            guard let at = siblings.firstIndex(of: sentence), at > 0,
                  let frame = siblings[max(0, at - 2)..<at].last(where: isSharingFrame) else { continue }
            let words = SentenceFacts.words(sentence.text)
            let names = words.dropFirst(cue.end - cue.start).filter { word in
                word.first?.isUppercase == true && !stopNames.contains(word.lowercased())
            }
            let oldFrameWords = Set(counterpartInOld(frame).map { index.tokens($0.text) } ?? [])
            let oldSection = oldSentences(frame.section).map { index.tokens($0.text).joined(separator: " ") }
            guard let name = names.first(where: { name in
                !oldFrameWords.contains(TextTokens.stem(name.lowercased()))
                    && !oldSection.contains { $0.contains(tokens.joined(separator: " ")) }
            }) else { continue }
            guard !raised.contains(where: { $0.rule == "sharing.new-recipient" && $0.severity == .material && $0.new?.sentence == sentence }) else { continue }
            result.append(Candidate(rule: "sharing.new-recipient", severity: .material, direction: .reduction,
                                    old: counterpartInOld(frame).map { Fact("list-item", "", $0) },
                                    new: Fact("list-item", name, sentence, term: name), term: "\(name) added to the recipients"))
        }
        return result
    }

    /// A sentence that sends or shares data to someone: a sharing or transfer verb and a recipient.
    func isSharingFrame(_ sentence: Sentence) -> Bool {
        let tokens = index.tokens(sentence.text)
        let shares = (index.verbs["share"]?.contains(tokens) ?? false) || index.cue("transferVerbs").contains(tokens)
        return shares && index.recipients.contains(tokens)
    }
}
