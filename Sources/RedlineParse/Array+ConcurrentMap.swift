import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core (`DispatchQueue.concurrentPerform`), results in the input's
    /// order — so callers stay deterministic however the work was scheduled. `transform` must be
    /// pure: it runs on several threads at once.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written exactly once, by one iteration; no two iterations share a slot.
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(transform) { transform in
                self.withUnsafeBufferPointer { input in
                    nonisolated(unsafe) let input = input
                    DispatchQueue.concurrentPerform(iterations: input.count) { index in
                        (slots.baseAddress! + index).initialize(to: transform(input[index]))
                    }
                }
            }
            initialized = count
        }
    }
}
