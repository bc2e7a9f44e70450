import RedlineParse

/// Aligns two documents (issue 3 replaces this with the move-aware alignment).
public enum Differ {
    public static func diff(_ old: Document, _ new: Document) -> PolicyDiff {
        PolicyDiff(sections: [])
    }
}
