import RedlineParse

/// One projection of a statement that a rule compares across versions: a kind ("recipient",
/// "no-sell", "right", "retention-period", …), an ontology node or key, and where it was read.
struct Fact: Sendable, Equatable {
    var kind: String
    var value: String
    var sentence: Sentence
    /// Days, an age, or a modality rank, for the rules that compare magnitudes.
    var number: Double?
    /// The phrase that produced it, for the explanation.
    var term: String

    init(_ kind: String, _ value: String, _ sentence: Sentence, number: Double? = nil, term: String? = nil) {
        self.kind = kind
        self.value = value
        self.sentence = sentence
        self.number = number
        self.term = term ?? value
    }
}

/// All facts of one document, grouped by kind, in reading order.
struct FactSet: Sendable {
    var byKind: [String: [Fact]] = [:]

    init(_ facts: [Fact]) {
        for fact in facts { byKind[fact.kind, default: []].append(fact) }
    }

    subscript(kind: String) -> [Fact] { byKind[kind] ?? [] }

    /// The first fact of each distinct value, in reading order.
    func distinct(_ kind: String) -> [Fact] {
        var seen: Set<String> = []
        return self[kind].filter { seen.insert($0.value).inserted }
    }
}
