/// How much each factor counts in the closure score, as a person set it on the ranking page.
///
/// Weights travel in the query string (`?deaths=3&inspections=2`) so a ranking can be shared
/// as a link; a factor left out keeps its default, and values are clamped to 0...10 so a typo
/// cannot swamp the others.
public struct ClosureWeights: Hashable, Sendable {
    public static let range: ClosedRange<Double> = 0...10
    /// The first year whose deaths count, by default: the last ten calendar years before the data's end.
    public static let defaultDeathsSince = 2016

    public private(set) var values: [ClosureFactor: Double]
    /// Deaths before this calendar year are left out of the deaths factor.
    public var deathsSince: Int

    public init(_ values: [ClosureFactor: Double] = [:], deathsSince: Int = ClosureWeights.defaultDeathsSince) {
        var all: [ClosureFactor: Double] = [:]
        for factor in ClosureFactor.allCases {
            all[factor] = Self.clamped(values[factor] ?? factor.defaultWeight)
        }
        self.values = all
        self.deathsSince = deathsSince
    }

    /// Reads weights from query parameters; unreadable values are reported, not silently used.
    public init(parameters: (String) -> String?) throws(ClosureWeightsError) {
        var values: [ClosureFactor: Double] = [:]
        for factor in ClosureFactor.allCases {
            guard let text = parameters(factor.parameterName), !text.isEmpty else { continue }
            guard let value = Double(text), value.isFinite else {
                throw ClosureWeightsError(parameter: factor.parameterName, value: text)
            }
            values[factor] = value
        }
        var since = Self.defaultDeathsSince
        if let text = parameters("deaths_since"), !text.isEmpty {
            guard let year = Int(text), (1900...2100).contains(year) else {
                throw ClosureWeightsError(parameter: "deaths_since", value: text)
            }
            since = year
        }
        self.init(values, deathsSince: since)
    }

    public subscript(factor: ClosureFactor) -> Double { values[factor] ?? 0 }

    public var total: Double { values.values.reduce(0, +) }

    public var isDefault: Bool { self == ClosureWeights() }

    /// The weights as query items, in factor order, for links and downloads.
    public var queryItems: [(name: String, value: String)] {
        ClosureFactor.allCases.map { ($0.parameterName, Self.format(self[$0])) } + [("deaths_since", String(deathsSince))]
    }

    static func clamped(_ value: Double) -> Double { min(max(value, range.lowerBound), range.upperBound) }

    /// "3" rather than "3.0"; fractions as written.
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A weight in the query string that is not a number.
public struct ClosureWeightsError: Error, Hashable, Sendable {
    public var parameter: String
    public var value: String

    public init(parameter: String, value: String) {
        self.parameter = parameter
        self.value = value
    }

    public var message: String {
        parameter == "deaths_since"
            ? "“deaths_since” must be a year from 1900 to 2100; “\(value)” is not. Nothing was ranked."
            : "The weight “\(parameter)” must be a number from 0 to 10; “\(value)” is not. Nothing was ranked."
    }
}
