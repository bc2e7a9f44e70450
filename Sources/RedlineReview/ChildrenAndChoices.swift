import RedlineParse

/// Sentence tests behind the rules' excuses (domain.md §B.4 traps of children and choice-opt-out):
/// what a sentence still says about an age bar, and whether a denied opt-out is about a sale.
enum ChildrenAndChoices {
    /// Whether `sentence` keeps users below an age out: it names an age bar ("the minimum age",
    /// "over the age required by the laws of your country") and a requirement ("must", "may not").
    /// Parental consent that was only a way around such a bar, once dropped, leaves the bar stricter.
    static func barsYoungerUsers(_ sentence: Sentence, _ index: LexiconIndex) -> Bool {
        let tokens = TextTokens(sentence.text, contractions: index.lexicon.contractions).tokens
        return index.ageBars.contains(tokens) && (index.requirements.contains(tokens) || index.negation.contains(tokens))
    }

    /// Whether `sentence` speaks of a sale ("we do not offer an opt-out to the sale of personal data").
    static func aboutSale(_ sentence: Sentence, _ index: LexiconIndex) -> Bool {
        index.saleCues.contains(TextTokens(sentence.text, contractions: index.lexicon.contractions).tokens)
    }

    /// The choices `sentence` names (ontology ids; negated ones included).
    static func choices(in sentence: Sentence, _ index: LexiconIndex) -> Set<String> {
        Set(index.choices.ids(in: TextTokens(sentence.text, contractions: index.lexicon.contractions).tokens))
    }

    /// The choice that a bare "opt out" names: it may be an opt-out of anything.
    static let genericChoice = "opt-out"
}
