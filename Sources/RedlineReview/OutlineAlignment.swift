import RedlineParse

/// Pairs the sections of an original with those of its translation without reading either language.
///
/// Headings are translated, so slugs cannot be compared. What survives translation is the outline
/// (heading levels, in order), the shape of each section (how many blocks) and its figures (digits:
/// "30 days" is "30 Tage"). A global alignment over the two outlines, which only pairs sections of
/// the same level, scores each pair by those, so that one missing section is reported where it is
/// missing rather than at the end.
struct OutlineAlignment {
    private(set) var unmatchedOriginal: [Section] = []
    private(set) var unmatchedTranslation: [Section] = []

    init(_ original: [Section], _ translation: [Section]) {
        let originalShapes = original.map(Shape.init)
        let translationShapes = translation.map(Shape.init)
        let rows = original.count, columns = translation.count
        // best[i][j]: best score aligning original[i...] with translation[j...].
        var best = Array(repeating: Array(repeating: 0.0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                var score = max(best[i + 1][j], best[i][j + 1])
                if let pair = originalShapes[i].affinity(to: translationShapes[j]) {
                    score = max(score, pair + best[i + 1][j + 1])
                }
                best[i][j] = score
            }
        }
        var i = 0, j = 0
        while i < rows && j < columns {
            if let pair = originalShapes[i].affinity(to: translationShapes[j]), best[i][j] == pair + best[i + 1][j + 1] {
                i += 1; j += 1
            } else if best[i][j] == best[i + 1][j] {
                unmatchedOriginal.append(original[i]); i += 1
            } else {
                unmatchedTranslation.append(translation[j]); j += 1
            }
        }
        unmatchedOriginal += original[i...]
        unmatchedTranslation += translation[j...]
    }

    /// What a section looks like in any language.
    private struct Shape {
        var level: Int
        var blocks: Int
        var figures: Set<String>

        init(_ section: Section) {
            level = section.level
            blocks = section.blocks.count
            figures = Set(section.text.split { !$0.isASCII || !$0.isNumber }.map(String.init))
        }

        /// How alike two sections are (1…3), nil when they cannot be the same section.
        func affinity(to other: Shape) -> Double? {
            guard level == other.level else { return nil }
            let union = figures.union(other.figures)
            let sharedFigures = union.isEmpty ? 1 : Double(figures.intersection(other.figures).count) / Double(union.count)
            return 1 + sharedFigures + (blocks == other.blocks ? 1 : 0)
        }
    }
}
