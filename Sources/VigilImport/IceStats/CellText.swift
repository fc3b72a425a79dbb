/// A cell's value as the text a person would see in it (numbers without a trailing `.0`).
enum CellText {
    static func display(_ value: XLSXCellValue) -> String {
        switch value {
        case .empty: return ""
        case .sharedString(let text), .inlineString(let text): return text
        case .number(let number): return display(number)
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        }
    }

    static func display(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
