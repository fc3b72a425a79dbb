/// What the screener found for one person on one day: every path it checked, in a fixed
/// order (by kind as `ScreeningPath.Kind` lists them; see `ReleaseScreener.screen`), and the notice that it is
/// a screening aid, not legal advice, which the criteria it applies require it to say.
public struct ScreeningResult: Sendable, Codable, Equatable {
    public static let notice = "A screening aid for a representative, built on public criteria with their sources; not legal advice. A lawyer decides every bar and every ground."

    public var asOf: CalendarDate
    public var paths: [ScreeningPath]

    public init(asOf: CalendarDate, paths: [ScreeningPath]) {
        self.asOf = asOf
        self.paths = paths
    }

    /// The paths of one kind, in order.
    public func paths(_ kind: ScreeningPath.Kind) -> [ScreeningPath] { paths.filter { $0.kind == kind } }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case paths, notice
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .asOf)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(forKey: .asOf, in: c, debugDescription: "“\(text)” is not a date as YYYY-MM-DD")
        }
        asOf = date
        paths = try c.decode([ScreeningPath].self, forKey: .paths)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf.iso, forKey: .asOf)
        try c.encode(paths, forKey: .paths)
        try c.encode(Self.notice, forKey: .notice)
    }
}
