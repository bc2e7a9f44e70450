import Foundation

/// Remembered answers of a pure function (a slug, a formatted date), shared by the threads of a
/// build. A memo cannot change output; it is emptied past `limit` entries so a preview server
/// that runs for days does not grow without end.
public final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    public init(limit: Int = 100_000) { self.limit = limit }

    /// The answer for `key`, made by `make` the first time (outside the lock).
    public func value(for key: Key, orMake make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if values.count >= limit { values.removeAll() }
        values[key] = made
        lock.unlock()
        return made
    }
}

/// The memo of a `String → String` function.
public typealias StringMemo = Memo<String, String>
