extension SiteLoader {
    /// `a.collapsingWhitespace == b.collapsingWhitespace` without building either string: a
    /// scalar-by-scalar walk that stops at the first difference (nearly every pair differs early).
    /// Stricter only for texts that differ in Unicode normalisation alone, which render alike.
    static func sameCollapsed(_ a: String, _ b: String) -> Bool {
        var left = CollapsedScalars(a.unicodeScalars.makeIterator())
        var right = CollapsedScalars(b.unicodeScalars.makeIterator())
        while true {
            let (x, y) = (left.next(), right.next())
            guard x == y else { return false }
            if x == nil { return true }
        }
    }

    /// The scalars of a text with leading and trailing whitespace dropped and each run of
    /// whitespace inside turned into one space, as `collapsingWhitespace` makes them.
    struct CollapsedScalars: IteratorProtocol {
        var base: String.UnicodeScalarView.Iterator
        var pending: Unicode.Scalar?
        var started = false

        init(_ base: String.UnicodeScalarView.Iterator) { self.base = base }

        static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }

        mutating func next() -> Unicode.Scalar? {
            if let pending {
                self.pending = nil
                return pending
            }
            var sawSpace = false
            while let scalar = base.next() {
                if Self.isWhitespace(scalar) {
                    sawSpace = true
                    continue
                }
                defer { started = true }
                if sawSpace, started {
                    pending = scalar
                    return " "
                }
                return scalar
            }
            return nil
        }
    }
}
