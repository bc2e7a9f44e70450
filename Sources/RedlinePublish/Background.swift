import Dispatch

/// A value computed on a background thread while the build goes on; reading it waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the background work before `leave`, read only after `wait`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            group.leave()
        }
    }

    /// The value; waits for the work to end.
    var value: Value {
        group.wait()
        return result!
    }
}
