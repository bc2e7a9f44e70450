/// The stages of a build, reported as they start, for the progress line on a terminal.
public enum BuildProgress: Sendable, Equatable {
    case loading
    /// Loaded and parsed; rendering (and diffing and reviewing) begins.
    case rendering(policies: Int, versions: Int, locales: Int)
    case writing(files: Int)
}
