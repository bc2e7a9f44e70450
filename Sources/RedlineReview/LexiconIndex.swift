/// A lexicon compiled into phrase matchers, built once per locale.
/// A class: the rules' closures capture the index by the thousand per review, and copying a
/// struct of some hundred matchers retained every array and table in it (a tenth of the review).
final class LexiconIndex: Sendable {
    let lexicon: Lexicon
    let firstParty, user, thirdParty, negation, immediateNegation: PhraseMatcher
    let obligation, reasonable, effort, permission: PhraseMatcher
    /// Verb class ("share", "collect", …) → matcher.
    let verbs: [String: PhraseMatcher]
    let restrictors: [String: PhraseMatcher]
    let data, recipients, purposes, rights, choices, trackers, signals: PhraseMatcher
    let measures, transfers, localization, jurisdictions, audiences, noticeFeatures, redress: PhraseMatcher
    let rightGrants, conditionals: PhraseMatcher
    let identifiability, individual, optional, required, selfService, contact, consequences, breach: PhraseMatcher
    let definitionExclusions, scopeCombine, scopeAcross, retentionIndefinite, months, contrasts, linkOuts: PhraseMatcher
    let rightCues, disclaimers, anywhere, children, parentalConsent, childVerbs, changeContext: PhraseMatcher
    let impliedConsent, retroactive, nonRetroactive, businessTransfer: PhraseMatcher
    let retentionOpen, retentionCues, deletionCommitment, postErasure, fees, free: PhraseMatcher
    let serviceMessages, legalHold, ownUse: PhraseMatcher
    let saleCues, ageBars, requirements: PhraseMatcher
    let verification, exemptions, scopeExclusions, clockAnchors, clocks: PhraseMatcher
    let externalSites, responseTimes, featureHeadingExclusions: PhraseMatcher
    /// The lexicon's `cueLists` by name; a missing list matches nothing.
    let cues: [String: PhraseMatcher]
    /// Words no sentence ends on (`cueLists.sentenceOpenEnds`: "the", "of", "and"): a paragraph
    /// ending on one runs on into the next even when that opens with a capital (`PDFFragments`).
    let openEnds: Set<String>
    let dataSubjects: PhraseMatcher
    /// Ontology parents and flags by node id (ids are unique across ontologies by convention).
    let parents: [String: String]
    let sensitive: Set<String>
    let high: Set<String>
    /// Every word of the matchers' phrases (`phraseTokens`).
    let words: PhraseWords
    /// The one-word "collect" verbs (`SentenceFacts.readNamedSources`) and the stems of the
    /// one-word sharing, selling and transfer verbs (`readNamedRecipients`): made once per
    /// lexicon, not once per sentence read.
    let oneWordCollectVerbs: Set<String>
    let oneWordSharingStems: Set<String>

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let c = lexicon.contractions
        let words = PhraseWords()
        self.words = words
        func list(_ terms: [String]?, _ id: String = "x") -> PhraseMatcher { PhraseMatcher(terms: terms ?? [], id: id, contractions: c, words: words) }
        func entries(_ entries: [Lexicon.Entry]) -> PhraseMatcher { PhraseMatcher(entries.map { ($0.id, $0.terms) }, contractions: c, words: words) }
        firstParty = list(lexicon.subjects["firstParty"])
        user = list(lexicon.subjects["user"])
        thirdParty = list(lexicon.subjects["thirdParty"])
        negation = list(lexicon.negations)
        immediateNegation = list(lexicon.immediateNegations)
        obligation = list(lexicon.modals["obligation"])
        reasonable = list(lexicon.modals["reasonable"])
        effort = list(lexicon.modals["effort"])
        permission = list(lexicon.modals["permission"])
        verbs = lexicon.verbs.mapValues { list($0) }
        restrictors = lexicon.restrictors.mapValues { list($0) }
        data = entries(lexicon.data)
        recipients = entries(lexicon.recipients)
        purposes = entries(lexicon.purposes)
        rights = entries(lexicon.rights)
        choices = entries(lexicon.choices)
        trackers = entries(lexicon.trackers)
        signals = entries(lexicon.signals)
        measures = entries(lexicon.securityMeasures)
        transfers = entries(lexicon.transferSafeguards)
        localization = entries(lexicon.localization)
        jurisdictions = entries(lexicon.jurisdictions)
        audiences = entries(lexicon.audiences)
        noticeFeatures = entries(lexicon.noticeFeatures)
        redress = entries(lexicon.redress)
        rightCues = list(lexicon.rightCues)
        rightGrants = list(lexicon.rightGrants)
        conditionals = list(lexicon.conditionals)
        identifiability = list(lexicon.identifiabilityCues)
        individual = list(lexicon.individualCues)
        optional = list(lexicon.optionalCues)
        required = list(lexicon.requiredCues)
        selfService = list(lexicon.selfServiceChannels)
        contact = list(lexicon.contactChannels)
        consequences = list(lexicon.choiceConsequences)
        breach = list(lexicon.breachCues)
        definitionExclusions = list(lexicon.definitionExclusions)
        scopeCombine = list(lexicon.scopeCombine)
        scopeAcross = list(lexicon.scopeAcross)
        retentionIndefinite = list(lexicon.retentionIndefinite)
        months = list(lexicon.monthNames)
        contrasts = list(lexicon.contrastCues)
        linkOuts = list(lexicon.linkOuts)
        disclaimers = list(lexicon.securityDisclaimers)
        anywhere = list(lexicon.anywhere)
        children = list(lexicon.children)
        parentalConsent = list(lexicon.parentalConsent)
        childVerbs = list(lexicon.childProhibitionVerbs)
        changeContext = list(lexicon.changeContext)
        impliedConsent = list(lexicon.impliedConsent)
        retroactive = list(lexicon.retroactive)
        nonRetroactive = list(lexicon.nonRetroactive)
        businessTransfer = list(lexicon.businessTransfer)
        retentionOpen = list(lexicon.retentionOpen)
        retentionCues = list(lexicon.retentionCues)
        deletionCommitment = list(lexicon.deletionCommitment)
        postErasure = list(lexicon.postErasureRetention)
        fees = list(lexicon.fees)
        free = list(lexicon.freeOfCharge)
        serviceMessages = list(lexicon.serviceMessages)
        legalHold = list(lexicon.legalHold)
        ownUse = list(lexicon.ownUse)
        saleCues = list(lexicon.saleCues)
        ageBars = list(lexicon.ageBarCues)
        requirements = list(lexicon.requirementCues)
        verification = list(lexicon.verificationCues)
        exemptions = list(lexicon.exemptionCues)
        scopeExclusions = list(lexicon.scopeExclusions)
        clockAnchors = list(lexicon.clockAnchors)
        clocks = entries(lexicon.retentionClocks ?? [])
        externalSites = list(lexicon.externalSites)
        responseTimes = list(lexicon.responseTimeCues)
        featureHeadingExclusions = list(lexicon.featureHeadingExclusions)
        cues = (lexicon.cueLists ?? [:]).mapValues { list($0) }
        openEnds = Set(lexicon.cueLists?["sentenceOpenEnds"] ?? [])
        dataSubjects = entries(lexicon.dataSubjects ?? [])
        let all = lexicon.data + lexicon.recipients + lexicon.purposes
        parents = Dictionary(all.compactMap { entry in entry.parent.map { (entry.id, $0) } }, uniquingKeysWith: { first, _ in first })
        sensitive = Set(lexicon.data.filter { $0.sensitive == true }.map(\.id))
        high = Set((lexicon.recipients + lexicon.purposes).filter { $0.high == true }.map(\.id))
        oneWordCollectVerbs = Set((lexicon.verbs["collect"] ?? []).filter { !$0.contains(" ") })
        oneWordSharingStems = Set(((lexicon.verbs["share"] ?? []) + (lexicon.verbs["sell"] ?? [])
                + (lexicon.cueLists?["transferVerbs"] ?? [])).filter { !$0.contains(" ") }.map { TextTokens.stem($0) })
    }

    /// `tokens` with their ids among the phrase words, for matching them against many matchers.
    func phraseTokens(_ tokens: [String]) -> PhraseTokens { words.tokens(tokens) }

    /// The cue list `name`, or a matcher of nothing.
    func cue(_ name: String) -> PhraseMatcher { cues[name] ?? PhraseMatcher(terms: [], id: "x", contractions: [:]) }

    /// Whether `ancestor` is `node` or one of its broader nodes.
    func covers(_ ancestor: String, _ node: String) -> Bool {
        var current: String? = node
        var steps = 0
        while let value = current, steps < 16 {
            if value == ancestor { return true }
            current = parents[value]
            steps += 1
        }
        return false
    }

    static let compiled: [String: LexiconIndex] = Lexicon.bundled.mapValues(LexiconIndex.init)

    static func named(_ locale: String) -> LexiconIndex? {
        guard let lexicon = Lexicon.named(locale) else { return nil }
        return compiled[lexicon.locale.lowercased()]
    }
}
