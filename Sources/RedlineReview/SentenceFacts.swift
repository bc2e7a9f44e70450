import RedlineParse

/// The facts of one sentence; each method reads one topic of the catalogue.
struct SentenceFacts {
    let index: LexiconIndex
    let sentence: Sentence
    let tokens: [String]
    /// `tokens` with their ids among the lexicon's phrase words: the matchers read these (an
    /// array read per token, where looking each token up in each matcher was a tenth of the review).
    let phraseTokens: PhraseTokens
    /// `tokens` before plural folding.
    let surface: [String]
    let text: String
    let statements: [Statement]
    let quantities: QuantityExtractor
    let childrenSection: Bool
    let audience: String
    var facts: [Fact] = []

    /// The words of the sentence that named each ontology node, for the explanation ("data brokers").
    var phraseByID: [String: String] = [:]

    mutating func add(_ kind: String, _ values: [String], number: Double? = nil) {
        for value in values { facts.append(Fact(kind, value, sentence, number: number, term: phraseByID[value] ?? "")) }
    }

    func has(_ matcher: PhraseMatcher) -> Bool { matcher.contains(phraseTokens) }

    /// Whether a negation cue stands within `distance` tokens before `position`.
    /// `prefixed` also reads an "un-" word ("unencrypted") as the negated measure.
    func negatedBefore(_ position: Int, distance: Int = 4, prefixed: Bool = false) -> Bool {
        let start = max(0, position - distance)
        let window = Array(tokens[start..<position])
        return index.negation.contains(window) || (prefixed && tokens[position].hasPrefix("un"))
    }

    mutating func read() {
        let ontologies = [index.data, index.recipients, index.purposes, index.rights, index.choices, index.trackers, index.signals,
                          index.measures, index.transfers, index.localization, index.redress, index.noticeFeatures]
        for matcher in ontologies {
            for match in matcher.matches(in: phraseTokens) where phraseByID[match.id] == nil {
                phraseByID[match.id] = surface[match.start..<match.end].joined(separator: " ")
            }
        }
        readPractices()
        readRights()
        readChoicesAndTracking()
        readSecurityAndTransfers()
        readChildren()
        readChanges()
        readRetention()
        readCatalogueExtras()
        readBurdensAndScope()
        readDefaultsAndPromises()
        readSubjectsAndEnrichment()
        readTrackerVendors()
        readNamedRecipients()
        readProductTransfers()
        readCommitments()
        readSourcesAndMatching()
        readAggregationAndOutsideServices()
        readGates()
        readResponseDeadline()
        readMinimisation()
    }

    /// Data named right after a negation ("(but not your password)", "without sharing login
    /// credentials"): mentioned, not collected.
    var locallyNegatedData: Set<String> {
        Set(index.data.matches(in: phraseTokens).filter { match in
            negatedBefore(match.start, distance: 3) || index.immediateNegation.contains(Array(tokens[max(0, match.start - 2)..<match.start]))
        }.map(\.id))
    }

    /// The data a denial denies: what its own sentence names. A list item is read as one sentence
    /// however many periods it has ("… on your interaction with Firefox. Mozilla does not receive
    /// your browser history."), and a negation governs only the predicate of its clause (domain.md
    /// §B.2), so a denial in one of the item's sentences does not deny the data its other sentences
    /// name — as it would not if the item were a paragraph.
    func deniedData(_ statement: Statement) -> [String] {
        let pieces = SentenceFacts.sentencePieces(text)
        guard pieces.count > 1, let verbs = index.verbs[statement.action] else { return statement.data }
        var denied: [String] = []
        var found = false
        for piece in pieces {
            let words = TextTokens(piece, contractions: index.lexicon.contractions).tokens
            let negatedVerb = verbs.matches(in: words).contains { verb in
                let start = max(0, verb.start - StatementExtractor.window)
                let window = Array(words[start..<verb.start])
                return index.negation.contains(window) || index.immediateNegation.contains(Array(window.suffix(1)))
            }
            guard negatedVerb else { continue }
            found = true
            for id in index.data.ids(in: words) where !denied.contains(id) { denied.append(id) }
        }
        // A denial read some other way ("unshared") keeps the sentence's data.
        return found ? denied : statement.data
    }

    /// `text` cut after each ".", "!" or "?" that a capital letter (or the emphasis or link
    /// markup before one) follows: the sentences of a list item, which the parser keeps whole.
    static func sentencePieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var ended = false
        var sawSpace = false
        for character in text {
            if ended, character == " " { sawSpace = true; current.append(character); continue }
            if ended, sawSpace, character.isUppercase || "_*[“\"".contains(character) {
                pieces.append(current)
                current = ""
            }
            if ended, !sawSpace, "\"”’)_*".contains(character) { current.append(character); continue }
            ended = ".!?".contains(character)
            sawSpace = false
            current.append(character)
        }
        if current.contains(where: { !$0.isWhitespace }) { pieces.append(current) }
        return pieces
    }

    /// "We share aggregated data with our ad platform", "shared with partners on a de-identified
    /// basis": a cue of identifiability in the sharing verb's clause qualifies what is shared ("(by
    /// disclosing … a hashed version of your email)" in another clause does not).
    var sharesDeidentifiedData: Bool {
        let cues = index.identifiability.matches(in: phraseTokens)
        // The statement's verb is the first one (`StatementExtractor`).
        guard let verb = index.verbs["share"]?.matches(in: phraseTokens).first else { return false }
        let end = tokens[verb.end...].firstIndex(of: TextTokens.boundary) ?? tokens.count
        return cues.contains { $0.start >= verb.end && $0.start < end }
    }

    mutating func readPractices() {
        // Disclosure to authorities when the law compels it is a legally mandated disclosure
        // (domain.md B.6 trap 7), not a recipient the company chose.
        let compelled = has(index.legalHold)
        let index = self.index
        let chosen = { (ids: [String]) in ids.filter { !(compelled && index.covers("government", $0)) } }
        for statement in statements where statement.actor != .user {
            switch statement.action {
            case "share", "sell":
                if statement.negated {
                    if statement.actor == .firstParty {
                        let denied = narrowedToIdentifying(deniedData(statement))
                        add("no-\(statement.action)", denied.isEmpty ? ["personal"] : denied)
                    }
                    add("recipient", chosen(statement.exceptedRecipients))
                } else if !statement.restrictors.contains("directed"), !sharesDeidentifiedData {
                    // Sharing the user starts ("at your direction", "if you choose Gravatar") or of
                    // aggregated, de-identified data names no recipient the company chose for a person's data.
                    let structural = leadInOnlyRecipients
                    add("recipient", chosen(statement.recipients.filter { !structural.contains($0) }))
                }
            case "collect", "use":
                if statement.negated {
                    if statement.actor == .firstParty { add("no-collect", deniedData(statement)) }
                } else {
                    add("collect", statement.data.filter { !locallyNegatedData.contains($0) })
                    if statement.restrictors.contains("only") { add("purpose-closed", ["use"]) }
                }
            default: break
            }
            if !statement.negated, ["collect", "use", "share", "sell", "retain"].contains(statement.action) {
                // "You may opt out of the sale of personal information", "Although we do not sell
                // personal data": sale named in a right or a denial is no purpose of ours.
                let saleDenied = statements.contains { $0.action == "sell" && $0.negated }
                    || index.choices.contains(phraseTokens) || index.rights.contains(phraseTokens)
                add("purpose", statement.purposes.filter { !($0 == "sale" && saleDenied) })
                // Consent may gate the flow in a collection or a sharing sentence; either keeps the gate.
                if statement.actor == .firstParty, statement.restrictors.contains("consent") { add("share-consent", ["any"]) }
            }
        }
        if has(index.businessTransfer) { add("business-transfer", ["business-transfer"]) }
        if let optOut = index.restrictors["optOut"], optOut.contains(phraseTokens) { add("opt-out-default", ["any"]) }
    }

    mutating func readRights() {
        // A fee or "free of charge" is about exercising a right when the sentence speaks of a
        // right or a request ("We may charge a reasonable fee for each copy").
        if index.rights.contains(phraseTokens) || has(index.rightCues) || tokens.contains("request") || tokens.contains("copy") {
            if has(index.fees) { add("fee", ["fee"]) }
            if has(index.free) { add("free", ["free"]) }
        }
        let all = index.rights.matches(in: phraseTokens)
        let matches = all.filter(granted)
        var rights: [String] = []
        for match in matches where !rights.contains(match.id) { rights.append(match.id) }
        // A right named but not granted ("you may inquire about … deleting"), for comparing aligned
        // sentences (`RuleEngine.rightsWithdrawn`).
        add("right-mentioned", Array(Set(all.map(\.id)).subtracting(rights)).sorted())
        guard !rights.isEmpty else { return }
        add("right", rights)
        let general = audience == "all"
        if general { add("right-all", rights) }
        // Conditions in a jurisdiction's own section do not condition the general grant (a new
        // "California residents" section is a clarification); losing the general grant is scope-narrowed.
        let conditions = general ? index.restrictors["condition"]?.matches(in: phraseTokens) ?? [] : []
        for condition in conditions {
            let phrase = tokens[condition.start..<condition.end].joined(separator: " ")
            add("right-condition", rights.map { "\($0)/\(phrase)" })
        }
    }

    /// Whether a rights phrase is granted to the user: the nearest subject before it is the user
    /// with a grant word right after ("you *can* ask us to delete", "users *have* the right"), or a
    /// right is named first ("the right to erasure"). "Apps may access your data" grants nothing.
    func granted(_ match: PhraseMatcher.Match) -> Bool {
        if index.rightCues.contains(Array(tokens[match.start..<match.end])) { return true }
        var position = match.start - 1
        let stop = max(0, match.start - Self.grantReach)
        while position >= stop {
            let word = [tokens[position]]
            if index.rightCues.contains(word) { return true }
            if index.user.contains(word) {
                // "You cannot delete …", "users do not have the right to …" deny the right.
                // The grant word follows the subject ("you can", "you also have"); in "apps you
                // connect may access" the user is only the object of a relative clause.
                let between = Array(tokens[(position + 1)..<match.start])
                let adverbs: Set<String> = ["also", "will", "would", "should", "then", "always", "still"]
                let head = between.first.map { adverbs.contains($0) ? Array(between.prefix(2)) : [$0] } ?? []
                // "You may inquire about updating or deleting information" grants a question, not the right.
                return index.rightGrants.contains(head) && !index.negation.contains(between) && !index.cue("inquiryCues").contains(between)
            }
            // "ask us to delete", "request that we correct": the company acts on the user's request.
            let requested = tokens[max(0, position - 3)..<position].contains { ["that", "request", "ask", "us", "require"].contains($0) }
            if index.firstParty.contains(word), !requested { return false }
            if index.thirdParty.contains(word) { return false }
            position -= 1
        }
        return grantedAfter(match)
    }

    /// "To opt out of the sharing of your information, you can click…": a purpose clause with
    /// no subject of its own takes the grant that follows it.
    func grantedAfter(_ match: PhraseMatcher.Match) -> Bool {
        guard match.start > 0, tokens[match.start - 1] == "to" else { return false }
        let end = min(tokens.count - 1, match.end + Self.grantReach / 2)
        guard end > match.end else { return false }
        return (match.end..<end).contains { index.user.contains([tokens[$0]]) && index.rightGrants.contains([tokens[$0 + 1]]) }
    }

    /// How far before a rights phrase its grant may stand (a lead-in and a list item together).
    static let grantReach = 30

    mutating func readChoicesAndTracking() {
        // "You may not opt out of service-related emails" denies no choice the user had.
        let serviceMessage = has(index.serviceMessages)
        for match in index.choices.matches(in: phraseTokens) {
            if !negatedBefore(match.start) { add("choice", [match.id]) } else if !serviceMessage { add("no-choice", [match.id]) }
        }
        if statements.contains(where: { !$0.negated }) { add("tracker", index.trackers.ids(in: phraseTokens)) }
        readSignals()
        add("redress", index.redress.ids(in: phraseTokens))
    }

    /// Do Not Track and Global Privacy Control (OPP-115 "Do Not Track policy": honored > not honored).
    /// A negated honour verb ("do not respond to") ignores the signal; an honour verb ("we treat it
    /// as a refusal") or a condition on the signal that switches a practice off ("if your browser
    /// sends a DNT signal, we do not set them") honours it.
    mutating func readSignals() {
        let names = index.signals.matches(in: phraseTokens)
        let signals = index.signals.ids(in: phraseTokens)
        guard !signals.isEmpty else { return }
        add("signal-mentioned", signals)
        // "Do Not Track" itself contains a negation; only a negation outside the name counts.
        let inName = { (i: Int) in names.contains { $0.start <= i && i < $0.end } }
        func negated(before position: Int) -> Bool {
            let window = (max(0, position - StatementExtractor.window)..<position).filter { !inName($0) }.map { tokens[$0] }
            return index.negation.contains(window)
        }
        let verbs = index.verbs["honor"]?.matches(in: phraseTokens) ?? []
        let conditionals = index.conditionals.matches(in: phraseTokens)
        let contrasts = index.contrasts.matches(in: phraseTokens)
        // Each signal goes with the honour verb nearest to it: "we do not respond to DNT, but we
        // honor GPC" ignores one signal and honours the other.
        for name in names {
            // "We respond to these settings rather than the Do Not Track option."
            if contrasts.contains(where: { $0.end <= name.start && name.start - $0.end <= 3 }) {
                add("signal-ignored", [name.id])
                continue
            }
            // "If your browser sends a DNT signal, we do not set analytics cookies": the signal
            // is the condition and a practice after it is switched off.
            let isCondition = conditionals.contains { $0.start < name.start && name.start - $0.start <= 8 }
            let switchedOff = (name.end..<tokens.count).filter { !inName($0) }.contains { index.negation.contains([tokens[$0]]) }
            if isCondition && switchedOff {
                add("signal-honored", [name.id])
            } else if let verb = verbs.min(by: { abs($0.start - name.start) < abs($1.start - name.start) }) {
                add(negated(before: verb.start) ? "signal-ignored" : "signal-honored", [name.id])
            }
        }
    }

    mutating func readSecurityAndTransfers() {
        for match in index.measures.matches(in: phraseTokens) {
            add(negatedBefore(match.start, prefixed: true) ? "no-measure" : "measure", [match.id])
        }
        if has(index.disclaimers) { add("disclaimer", ["disclaimer"]) }
        for statement in statements where statement.action == "secure" && statement.actor == .firstParty && !statement.negated {
            add("security-ladder", ["security"], number: Double(statement.modality.rawValue))
        }
        add("transfer-safeguard", index.transfers.ids(in: phraseTokens))
        if !index.negation.contains(phraseTokens) { add("localization", index.localization.ids(in: phraseTokens)) }
        if has(index.anywhere) { add("anywhere", ["anywhere"]) }
    }

    mutating func readChildren() {
        // Parental consent is about children wherever it is named (PDF extractions split sentences).
        // "If your child has provided us with information without your consent" speaks of the
        // parent's consent in other words.
        let consent = index.restrictors["consent"]?.contains(phraseTokens) ?? false
        if has(index.parentalConsent) || (consent && has(index.children)) { add("child-consent", ["parental-consent"]) }
        guard childrenSection || has(index.children) else { return }
        for age in quantities.ages(in: text) { add("age", age.jurisdictions, number: age.value) }
        if index.negation.contains(phraseTokens), has(index.childVerbs) { add("child-prohibition", ["children"]) }
    }

    mutating func readChanges() {
        guard has(index.changeContext) else { return }
        // "Please take a look before the changes take effect on December 15, 2022": a banner
        // announcing one dated change, not the policy's promise about changes (domain.md B.3: dates are noise).
        if isDatedAnnouncement { return }
        for feature in index.noticeFeatures.matches(in: phraseTokens) where !negatedBefore(feature.start) { add("notice-feature", [feature.id]) }
        for statement in statements where statement.action == "notify" && statement.actor == .firstParty && !statement.negated {
            add("notice-promise", ["notify"], number: Double(statement.modality.rawValue))
        }
        for period in quantities.periods(in: text) { add("notice-period", ["changes"], number: period.value) }
        // "…give you the opportunity to review the revised policy before continuing to use our
        // Services" is notice ahead of use, not acceptance by use.
        let impliedConsent = index.impliedConsent.matches(in: phraseTokens).filter { $0.start == 0 || tokens[$0.start - 1] != "before" }
        if !impliedConsent.isEmpty { add("implied-consent", ["implied-consent"]) }
        if has(index.retroactive) { add("retroactive", ["retroactive"]) }
        if has(index.nonRetroactive) { add("non-retroactive", ["non-retroactive"]) }
    }

    /// The sentence names a calendar date: a month next to a day number ("December 15", "15 May"),
    /// and a year. ("We may" is no month: no day number stands beside it.)
    var isDatedAnnouncement: Bool {
        let isNumber = { (i: Int) in tokens.indices.contains(i) && tokens[i].allSatisfy(\.isNumber) }
        let dated = index.months.matches(in: phraseTokens).contains { isNumber($0.end) || isNumber($0.start - 1) }
        return dated && tokens.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
    }

    mutating func readRetention() {
        guard has(index.retentionCues) else { return }
        let data = index.data.ids(in: phraseTokens)
        let subjects = data.isEmpty ? ["personal"] : data
        // "Request to delete | received | complied | 4 days", "we respond to requests within 45
        // days": the time to answer a request is no retention period.
        let responseTime = tokens.contains("request") && has(index.responseTimes)
        let periods = has(index.changeContext) || responseTime ? [] : quantities.periods(in: text)
        if let longest = periods.map(\.value).max() { add("retention-period", subjects, number: longest) }
        if has(index.retentionOpen) { add("retention-open", subjects) }
        // OPP-115 Retention Period "Indefinitely": kept without any limit, whatever was said before.
        // "Permanently delete your account" is a deletion, not a retention without limit.
        let deletion: Set<String> = ["delete", "deleted", "erase", "erased", "remove", "removed", "destroy", "destroyed"]
        // Cookies kept on the user's device and de-identified data are not the company's records of a person.
        // Data held for a legal request or obligation is kept because the law says so (domain.md: low).
        let legalHold = has(index.legalHold)
        let indefinite = has(index.trackers) || has(index.identifiability) || surface.contains(where: { $0.hasPrefix("cookie") }) || legalHold ? [] :
            index.retentionIndefinite.matches(in: phraseTokens).filter { match in
                !negatedBefore(match.start) && !(match.end < tokens.count && deletion.contains(tokens[match.end]))
            }
        if !indefinite.isEmpty {
            add("retention-indefinite", ["indefinite"])
            // Per data category too (round 7): "we keep IP addresses forever" does not announce
            // keeping messages forever. Unnamed data ("this record") is all personal data.
            let named = Set(data).subtracting(locallyNegatedData)
            add("retention-indefinite-data", named.isEmpty ? [RuleEngine.unnamedData] : data.filter { named.contains($0) })
        }
        // "are immediately deleted", "will be promptly erased": an adverb between the auxiliary and
        // the verb leaves the commitment standing (round 9: a firmer deletion read as a lost one).
        let plain = tokens.filter { !($0.count > 4 && $0.hasSuffix("ly")) }
        if has(index.deletionCommitment) || index.deletionCommitment.contains(plain) { add("deletion-commitment", ["deletion"]) }
        // "We only delete this information after you delete your account" promises deletion.
        let keptAfterErasure = index.postErasure.matches(in: phraseTokens).contains { match in
            !tokens[max(0, match.start - 4)..<match.start].contains { deletion.contains($0) }
        }
        if keptAfterErasure, !legalHold, index.rights.ids(in: phraseTokens).contains("erasure") { add("post-erasure", ["post-erasure"]) }
    }
}
