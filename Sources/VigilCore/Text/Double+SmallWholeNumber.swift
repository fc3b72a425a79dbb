extension Double {
    /// This number as an `Int` when it is a whole number below 10^15 in magnitude, and not -0.
    ///
    /// Such a number's integer digits read back as the same double, and Swift's `description`
    /// writes it as those digits and `.0`: a writer can skip the shortest-digits formatter for
    /// it, which is most of what a sheet of populations holds. (-0 is left out because its sign
    /// would be lost; from 10^15 on, `description` switches to exponents.)
    public var smallWholeNumber: Int? {
        guard self == rounded(.towardZero), abs(self) < 1e15, !(self == 0 && sign == .minus) else { return nil }
        return Int(self)
    }
}
