import VigilCore

/// Finds the fiscal year a sheet name, title or file name names: `FY21`, `FY2021`,
/// `EOFY23`, `EOYFY20`.
enum FiscalYearText {
    static func find(in text: String) -> FiscalYear? {
        let characters = Array(text.uppercased())
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "F", characters[index + 1] == "Y" {
                var end = index + 2
                while end < characters.count, characters[end].isASCIIDigit { end += 1 }
                let digits = String(characters[(index + 2)..<end])
                if digits.count == 2, let year = Int(digits) { return FiscalYear(2000 + year) }
                if digits.count == 4, let year = Int(digits), (2000...2099).contains(year) { return FiscalYear(year) }
            }
            index += 1
        }
        return nil
    }
}
