#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only, allocation-free tokenizer over the bytes of one XML document.
///
/// Spreadsheet parts are large, flat and machine-written, so a reader that hands out byte
/// ranges instead of strings and never builds a tree is several times faster than
/// Foundation's `XMLParser`. It understands what OOXML producers write — start, end and
/// self-closing tags with or without namespace prefixes, attributes in either quote,
/// text, CDATA, comments and processing instructions — and nothing more: it does not check
/// that tags balance. A DOCTYPE (where entities are declared: the billion-laughs bomb, or an
/// external entity that reads another file) is refused outright, as no workbook part has
/// one, and so is nesting deeper than `ReadLimits.maximumXMLDepth`. It never recurses and
/// always moves forward, so odd or hostile input ends in a token stream or a
/// `XMLMalformed` error, never a crash or a hang.
///
/// The buffer must outlive the scanner: use it inside `withUnsafeBytes`.
struct XMLScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset: Int = 0
    /// Elements open at this point, against `maximumDepth`.
    private(set) var depth = 0
    let maximumDepth: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = ReadLimits.current.maximumXMLDepth) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }  // UTF-8 BOM
    }

    /// The next token, or nil at the end of the document.
    ///
    /// Comments, processing instructions and declarations are skipped in a loop, not by
    /// recursion, so a document of a million comments cannot exhaust the stack.
    mutating func next() throws(XMLMalformed) -> XMLToken? {
        while offset < bytes.count {
            if bytes[offset] != ASCII.lessThan {
                let start = offset
                offset = firstIndex(of: ASCII.lessThan, from: offset) ?? bytes.count
                return .text(start..<offset)
            }
            let markupStart = offset
            guard offset + 1 < bytes.count else { throw XMLMalformed("a '<' at the very end", at: markupStart) }
            switch bytes[offset + 1] {
            case ASCII.questionMark:
                offset = try index(after: Self.processingInstructionClosing, from: offset + 2, openedAt: markupStart)
            case ASCII.exclamation:
                if let token = try declarationOrCommentOrCData(openedAt: markupStart) { return token }
            case ASCII.slash:
                let nameStart = offset + 2
                let nameEnd = endOfName(from: nameStart)
                guard nameEnd > nameStart else { throw XMLMalformed("an end tag without a name", at: markupStart) }
                guard let close = firstIndex(of: ASCII.greaterThan, from: nameEnd) else {
                    throw XMLMalformed("an end tag that never closes", at: markupStart)
                }
                offset = close + 1
                depth = max(0, depth - 1)
                return .end(XMLName(qualified: nameStart..<nameEnd, in: bytes))
            default:
                return try startTag(openedAt: markupStart)
            }
        }
        return nil
    }

    /// Steps over the rest of the element just opened, or just passed into, when nothing left
    /// in it has an end tag of its own, that is, when the next end tag is its own and is named
    /// `localName`: only self-closing elements, text and comments lie between. Returns whether
    /// it did; when not, nothing moved.
    ///
    /// A formatted sheet is mostly style-only cells (`<c r="B9" s="4"/>`): whole rows of them,
    /// and rows whose values end at column F followed by thousands more, out to column XFC.
    /// Looking ahead for the next `</` and stepping over the rest of the row costs a byte search
    /// instead of a token for each of its cells. What lies between is not read, so it is not
    /// checked either.
    ///
    /// Asked again before reaching the end tag the last look found (the next style-only cell of
    /// a row that has a value further on), it looks there rather than searching again: each byte
    /// is searched at most once, so a row of a million empty cells before one value, or before
    /// the end of a truncated sheet, stays linear.
    mutating func skipElementWithNoEndTagsInside(named localName: [UInt8]) -> Bool {
        let candidate: Int
        if let known = nextEndTag, known >= offset {
            candidate = known
        } else {
            candidate = firstEndTag(from: offset) ?? bytes.count
        }
        nextEndTag = candidate
        guard candidate < bytes.count else { return false }
        let nameStart = candidate + 2
        let nameEnd = endOfName(from: nameStart)
        guard nameEnd > nameStart, bytes.equals(XMLName(qualified: nameStart..<nameEnd, in: bytes).local, localName),
              let close = firstIndex(of: ASCII.greaterThan, from: nameEnd) else { return false }
        offset = close + 1
        depth = max(0, depth - 1)
        return true
    }

    /// Where `skipElementWithNoEndTagsInside` last found the next end tag (the end of the bytes
    /// when there was none): while `offset` has not passed it, it is still the next one. Not
    /// found is remembered too, or a truncated sheet of empty cells would be searched to its end
    /// once for each of them.
    private var nextEndTag: Int?

    /// The index of the next `</` at or after `start`.
    ///
    /// Looked for 32 bytes at a time: in a row's tail of style-only cells every cell has a `<`
    /// (`<c r="XFC80" s="3"/>`, some 20 bytes), and looking for each `<` with `memchr` and then
    /// at the byte after it cost a call per cell, half a million of them in the FY2025 workbook's
    /// 11.5 MB segregation sheet, which ICE's folder has the import read last but two.
    func firstEndTag(from start: Int) -> Int? {
        guard start >= 0, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let opening = SIMD32<UInt8>(repeating: ASCII.lessThan), slash = SIMD32<UInt8>(repeating: ASCII.slash)
        var index = start
        // Each step reads bytes index ..< index + 33: a `<` at index + 31 is seen with the byte after it.
        while index + 33 <= bytes.count {
            let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD32<UInt8>.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD32<UInt8>.self)
            let found = (here .== opening) .& (next .== slash)
            if any(found) {
                for lane in 0..<32 where found[lane] { return index + lane }
            }
            index += 32
        }
        while index + 1 < bytes.count {
            if bytes[index] == ASCII.lessThan, bytes[index + 1] == ASCII.slash { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Markup

    private mutating func startTag(openedAt markupStart: Int) throws(XMLMalformed) -> XMLToken {
        let nameStart = offset + 1
        let nameEnd = endOfName(from: nameStart)
        guard nameEnd > nameStart else { throw XMLMalformed("a '<' that starts no tag", at: markupStart) }
        // Attribute values may hold '>' and '/', so the end of the tag is found outside quotes.
        var index = nameEnd
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
                quote = byte
            } else if byte == ASCII.greaterThan {
                let selfClosing = index > nameEnd && bytes[index - 1] == ASCII.slash
                offset = index + 1
                if !selfClosing {
                    depth += 1
                    guard depth <= maximumDepth else {
                        throw XMLMalformed("elements nested more than \(maximumDepth) deep (the limit for XML depth)", at: markupStart)
                    }
                }
                let attributesEnd = selfClosing ? index - 1 : index
                return .start(XMLTag(name: XMLName(qualified: nameStart..<nameEnd, in: bytes),
                                     attributes: nameEnd..<attributesEnd, isSelfClosing: selfClosing))
            }
            index += 1
        }
        throw XMLMalformed("a start tag that never closes", at: markupStart)
    }

    /// A CDATA section as a token; nil after skipping a comment. Any other `<!` is refused.
    private mutating func declarationOrCommentOrCData(openedAt markupStart: Int) throws(XMLMalformed) -> XMLToken? {
        if hasPrefix(Self.commentOpening, at: offset) {
            offset = try index(after: Self.commentClosing, from: offset + 4, openedAt: markupStart)
            return nil
        }
        if hasPrefix(Self.cdataOpening, at: offset) {
            let start = offset + Self.cdataOpening.count
            let end = try index(after: Self.cdataClosing, from: start, openedAt: markupStart)
            offset = end
            return .cdata(start..<(end - Self.cdataClosing.count))
        }
        // <!DOCTYPE ...>, or a stray <!ENTITY ...>: no OOXML part declares anything, and a
        // declaration is how an entity bomb or an external entity gets in.
        throw XMLMalformed("""
            a DOCTYPE or entity declaration, which no workbook part has; refused, as declared \
            entities can expand to gigabytes (billion laughs) or point at other files
            """, at: markupStart)
    }

    // MARK: - Byte search

    private func endOfName(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, ASCII.slash, ASCII.greaterThan:
                return index
            default:
                index += 1
            }
        }
        return index
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func hasPrefix(_ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for (i, byte) in prefix.enumerated() where bytes[start + i] != byte { return false }
        return true
    }

    /// The index just past the first occurrence of `terminator` at or after `start`.
    private func index(after terminator: [UInt8], from start: Int, openedAt markupStart: Int) throws(XMLMalformed) -> Int {
        var index = start
        while let candidate = firstIndex(of: terminator[0], from: index) {
            if hasPrefix(terminator, at: candidate) { return candidate + terminator.count }
            index = candidate + 1
        }
        throw XMLMalformed("markup that never closes", at: markupStart)
    }

    private static let processingInstructionClosing: [UInt8] = Array("?>".utf8)
    private static let commentOpening: [UInt8] = Array("<!--".utf8)
    private static let commentClosing: [UInt8] = Array("-->".utf8)
    private static let cdataOpening: [UInt8] = Array("<![CDATA[".utf8)
    private static let cdataClosing: [UInt8] = Array("]]>".utf8)
}
