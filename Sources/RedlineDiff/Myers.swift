/// Myers' shortest edit script (1986) on integer tokens, with common prefix and suffix trimmed
/// first. Gives up (nil) beyond `maxEdits`, which bounds the work at O((N+M)·maxEdits).
enum Myers {
    enum Step: Equatable {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    static func script(_ a: [Int], _ b: [Int], maxEdits: Int) -> [Step]? {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        guard let middle = core(x, y, maxEdits: maxEdits) else { return nil }
        var steps: [Step] = (0..<prefix).map { .equal($0, $0) }
        for step in middle {
            switch step {
            case let .equal(i, j): steps.append(.equal(i + prefix, j + prefix))
            case let .delete(i): steps.append(.delete(i + prefix))
            case let .insert(j): steps.append(.insert(j + prefix))
            }
        }
        for k in 0..<suffix { steps.append(.equal(a.count - suffix + k, b.count - suffix + k)) }
        return steps
    }

    /// The greedy forward algorithm, keeping each round's frontier for the backtrack.
    static func core(_ a: [Int], _ b: [Int], maxEdits: Int) -> [Step]? {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace: trace, finalV: v, offset: offset, d: d, n: n, m: m) }
            }
        }
        return nil
    }

    static func backtrack(trace: [[Int]], finalV: [Int], offset: Int, d: Int, n: Int, m: Int) -> [Step] {
        var steps: [Step] = []
        var x = n, y = m
        for depth in stride(from: d, through: 0, by: -1) {
            // trace[depth] holds v before round `depth`, for k in -depth-1...depth+1.
            let saved = trace[depth]
            func value(_ k: Int) -> Int { saved[k + depth + 1] }
            let k = x - y
            let previousK: Int
            if depth == 0 {
                previousK = 0
            } else if k == -depth || (k != depth && value(k - 1) < value(k + 1)) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = depth == 0 ? 0 : value(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(.equal(x - 1, y - 1))
                x -= 1; y -= 1
            }
            if depth > 0 {
                if x == previousX { steps.append(.insert(y - 1)) } else { steps.append(.delete(x - 1)) }
                x = previousX; y = previousY
            }
        }
        return steps.reversed()
    }
}
