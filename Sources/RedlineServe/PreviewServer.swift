import FlyingFox
import Foundation
import RedlineParse
import RedlinePublish

/// How `redline serve` runs.
public struct PreviewOptions: Sendable {
    public var siteDirectory: URL
    public var outputDirectory: URL?
    /// nil: today in UTC, read again at every rebuild.
    public var buildDate: PolicyDate?
    /// 0 picks a free port.
    public var port: UInt16
    /// How often content/ and templates/ are polled for changes.
    public var pollInterval: Duration

    public init(siteDirectory: URL, outputDirectory: URL? = nil, buildDate: PolicyDate? = nil, port: UInt16 = 4000,
                pollInterval: Duration = .milliseconds(300)) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory
        self.buildDate = buildDate
        self.port = port
        self.pollInterval = pollInterval
    }
}

/// What the preview reports to the terminal.
public enum PreviewEvent: Sendable {
    case rebuilding(changed: [String])
    case built(SiteBuild.Summary, milliseconds: Int)
    case failed([String])
}

/// `redline serve`: builds the site, serves the output folder on 127.0.0.1, rebuilds when a
/// file under content/ or templates/ changes, and tells open pages to reload. A failed build
/// keeps the last good site on disk and shows its errors over every page until the next build.
public actor PreviewServer {
    public let options: PreviewOptions
    let onEvent: @Sendable (PreviewEvent) -> Void
    /// Counts finished builds (good or bad); a page reloads when it changes.
    private(set) var generation = 0
    /// The last build's errors, nil when it succeeded.
    private(set) var errors: [String]?
    private var server: HTTPServer?
    private var tasks: [Task<Void, Never>] = []

    public init(options: PreviewOptions, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
    }

    var outputDirectory: URL { options.outputDirectory ?? options.siteDirectory.appendingPathComponent("public") }

    /// Starts listening, builds once, starts watching; returns the port.
    public func start() async throws -> UInt16 {
        let initial = SourceSnapshot.take(root: options.siteDirectory, folders: ["content", "templates"])
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: options.port), timeout: 30, logger: .disabled,
                                handler: PreviewHandler(preview: self, output: outputDirectory))
        self.server = server
        // run() throws at once when the port is taken; report that rather than wait for a timeout.
        let failure = RunFailure()
        tasks.append(Task {
            do { try await server.run() } catch { await failure.record(error) }
        })
        let deadline = ContinuousClock.now + .seconds(60)
        while await !server.isListening {
            if let error = await failure.error { throw error }
            guard ContinuousClock.now < deadline else { throw PreviewError.notListening }
            try await Task.sleep(for: .milliseconds(20))
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw PreviewError.notListening }
        // Listen first, so a taken port fails before a build; pages asked for meanwhile reload after it.
        await rebuild(changed: [])
        let interval = options.pollInterval
        let root = options.siteDirectory
        tasks.append(Task { [weak self] in
            var snapshot = initial
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = SourceSnapshot.take(root: root, folders: ["content", "templates"])
                let changed = now.changes(since: snapshot)
                guard !changed.isEmpty else { continue }
                // An editor may write a file in several steps: rebuild once two polls agree.
                var settled = now
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let again = SourceSnapshot.take(root: root, folders: ["content", "templates"])
                    if again == settled { break }
                    settled = again
                }
                snapshot = settled
                await self?.rebuild(changed: changed)
            }
        })
        return port
    }

    /// Stops watching and serving.
    public func stop() async {
        for task in tasks { task.cancel() }
        await server?.stop(timeout: 1)
        tasks = []
        server = nil
    }

    /// Runs one build off the cooperative thread pool (it is CPU-bound and synchronous).
    func rebuild(changed: [String]) async {
        if !changed.isEmpty { onEvent(.rebuilding(changed: changed)) }
        let (site, output, date) = (options.siteDirectory, options.outputDirectory, options.buildDate ?? PolicyDate.today())
        let started = ContinuousClock.now
        let result: Result<SiteBuild.Summary, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result {
                    var build = SiteBuild(siteDirectory: site, outputDirectory: output, buildDate: date)
                    build.recordsLock = false  // a preview (maybe of a future date) never writes content/redline.lock
                    return try build.run()
                })
            }
        }
        let elapsed = ContinuousClock.now - started
        generation += 1
        switch result {
        case .success(let summary):
            errors = nil
            onEvent(.built(summary, milliseconds: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)))
        case .failure(let error):
            let lines = Self.describe(error)
            errors = lines
            onEvent(.failed(lines))
        }
    }

    func state() -> (generation: Int, errors: [String]?) { (generation, errors) }

    static func describe(_ error: any Error) -> [String] {
        if let content = error as? ContentError { return content.diagnostics.filter { $0.severity == .error }.map(\.description) }
        if let write = error as? WriteError { return [write.description] }
        return [String(describing: error)]
    }
}

/// The server did not start listening within a minute.
public enum PreviewError: Error, Sendable {
    case notListening
}

/// The error that ended the HTTP server's run loop, if any.
actor RunFailure {
    private(set) var error: (any Error)?
    func record(_ error: any Error) { self.error = error }
}
