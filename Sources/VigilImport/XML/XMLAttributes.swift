/// The attributes of one start tag, read on demand from the tag's bytes.
///
/// Malformed attribute text is not an error here: reading stops at the first thing that is
/// not `name="value"`, and a missing attribute is the caller's to report.
struct XMLAttributes {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>

    init(of tag: XMLTag, in bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.range = tag.attributes
    }

    /// The raw (still entity-encoded) value of the first attribute with this local name.
    /// `prefixed` narrows the match: `true` finds `r:id` but not `Id`, `false` the reverse.
    func value(localName: [UInt8], prefixed: Bool? = nil) -> Range<Int>? {
        var found: Range<Int>?
        forEach { name, value in
            guard found == nil, bytes.equals(name.local, localName) else { return }
            if let prefixed, prefixed != name.hasPrefix { return }
            found = value
        }
        return found
    }

    /// Calls `body` with each attribute's name and raw value range, in order.
    func forEach(_ body: (XMLName, Range<Int>) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        while true {
            while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, bytes[index] != ASCII.equals, !ASCII.isWhitespace(bytes[index]) { index += 1 }
            let nameEnd = index
            guard nameEnd > nameStart else { return }
            while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == ASCII.equals else { return }
            index += 1
            while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == ASCII.doubleQuote || bytes[index] == ASCII.singleQuote else { return }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < end, bytes[index] != quote { index += 1 }
            guard index < end else { return }
            body(XMLName(qualified: nameStart..<nameEnd, in: bytes), valueStart..<index)
            index += 1
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the bytes in `range` are exactly `literal`.
    func equals(_ range: Range<Int>, _ literal: [UInt8]) -> Bool {
        guard range.count == literal.count else { return false }
        var index = range.lowerBound
        for byte in literal {
            if self[index] != byte { return false }
            index += 1
        }
        return true
    }
}
