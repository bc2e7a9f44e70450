import RedlineDiff
import RedlineParse
import RedlineRender

extension IncrementalBuild {
    /// One piece of an incremental build's writing, independent of the others.
    enum Job: Sendable {
        /// Render and write one policy × locale whose key changed.
        case unit(policy: String, locale: String)
        /// Render and write a group of shared files whose inputs changed.
        case part(SharedPart)
        /// Hard-link unchanged files from the output (a run of neighbouring paths).
        case link([String])
    }

    /// Does `job`; returns the paths written (sorted), none for links.
    ///
    /// `pagesConcurrently` renders a unit's pages on every core (when fewer units than cores are dirty).
    func perform(_ job: Job, renderer: SiteRenderer, groups: [String: [String: [PolicyVersion]]], pagesConcurrently: Bool,
                 staging: SiteWriter.Staging, outputStamps: [String: FileStamp]) -> Swift.Result<[String], WriteError> {
        Swift.Result { () throws(WriteError) in
            switch job {
            case let .unit(policy, locale):
                let files = renderUnit(policy: policy, locale: locale, versions: groups[policy]?[locale] ?? [], renderer: renderer,
                                       concurrently: pagesConcurrently)
                try staging.write(files)
                return files.map(\.path).sorted()
            case let .part(part):
                let files = renderer.renderSharedFiles([part]).joined()
                try staging.write(Array(files))
                return files.map(\.path).sorted()
            case let .link(paths):
                try staging.linkSerially(paths, outputStamps: outputStamps)
                return []
            }
        }
    }

    /// A unit's pages: its documents parsed (and read, if the load left them out) and its pairs
    /// diffed here, so that memory holds one unit's documents at a time.
    func renderUnit(policy: String, locale: String, versions: [PolicyVersion], renderer: SiteRenderer, concurrently: Bool = false) -> [OutputFile] {
        var documents: [String: Document] = [:]
        for version in versions { documents[version.path] = document(of: version) }
        var diffs: [String: PolicyDiff] = [:]
        var previous: DiffInput?  // each version prepared once, from the one before (DiffInput)
        for (old, new) in zip(versions, versions.dropFirst()) {
            let oldInput = previous ?? DiffInput(documents[old.path] ?? old.document)
            let newInput = DiffInput(documents[new.path] ?? new.document, reusing: oldInput)
            diffs[new.path] = Differ.diff(oldInput, newInput)
            previous = newInput
        }
        return renderer.renderTimeline(policy: policy, locale: locale, documents: documents, diffs: diffs, concurrently: concurrently)
    }
}
