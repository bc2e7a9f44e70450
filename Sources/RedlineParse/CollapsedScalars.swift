extension SiteLoader {
    /// `a.collapsingWhitespace == b.collapsingWhitespace` without building either string: a
    /// scalar-by-scalar walk that stops at the first difference (nearly every pair differs early).
    /// Stricter only for texts that differ in Unicode normalisation alone, which render alike.
    static func sameCollapsed(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { left in b.withUTF8 { right in sameCollapsed(left, right) } }
    }

    /// The same comparison on UTF-8 bytes: equal scalars are equal byte sequences, so only
    /// whitespace needs decoding (a build compares every consecutive pair of the site).
    static func sameCollapsed(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = skipWhitespace(left, from: 0)
        var j = skipWhitespace(right, from: 0)
        while i < left.count, j < right.count {
            // Both at the start of a scalar that is not whitespace.
            let (x, lengthX) = UTF8Text.scalar(in: left, at: i)
            let (y, lengthY) = UTF8Text.scalar(in: right, at: j)
            guard x == y else { return false }
            let afterX = skipWhitespace(left, from: i + lengthX)
            let afterY = skipWhitespace(right, from: j + lengthY)
            let endX = afterX == left.count, endY = afterY == right.count
            // Trailing whitespace is dropped; inside, any run is one space.
            if endX || endY { return endX && endY }
            guard (afterX > i + lengthX) == (afterY > j + lengthY) else { return false }
            (i, j) = (afterX, afterY)
        }
        return i >= left.count && j >= right.count
    }

    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { return index }
                index += 1
            } else {
                let (value, length) = UTF8Text.scalar(in: bytes, at: index)
                guard UTF8Text.isWhitespace(value) else { return index }
                index += length
            }
        }
        return index
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
