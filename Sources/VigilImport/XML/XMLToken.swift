/// What `XMLScanner` hands out: byte ranges into the document, decoded only on demand.
enum XMLToken {
    case start(XMLTag)
    case end(XMLName)
    /// Character data between tags, entities still encoded.
    case text(Range<Int>)
    /// The inside of a `<![CDATA[...]]>` section, taken literally.
    case cdata(Range<Int>)
}

/// A start tag (or a self-closing one, `<c r="A1"/>`).
struct XMLTag {
    let name: XMLName
    /// The bytes between the name and the closing `>` (or `/>`).
    let attributes: Range<Int>
    let isSelfClosing: Bool
}

/// A tag or attribute name. OOXML producers disagree on prefixes (`<c>` and `<x:c>` are the
/// same element), so readers compare local names.
struct XMLName {
    let qualified: Range<Int>
    /// The part after the last `:`.
    let local: Range<Int>
    /// True when the name had a prefix (`r:id`, `x:c`).
    var hasPrefix: Bool { local.lowerBound != qualified.lowerBound }

    init(qualified: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        self.qualified = qualified
        var localStart = qualified.lowerBound
        for index in qualified where bytes[index] == ASCII.colon { localStart = index + 1 }
        local = localStart..<qualified.upperBound
    }
}

/// The document is not well-formed enough to read; `offset` is where the trouble starts.
struct XMLMalformed: Error, CustomStringConvertible {
    let problem: String
    let offset: Int

    init(_ problem: String, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    var description: String { "\(problem) (at byte \(offset))" }
}
