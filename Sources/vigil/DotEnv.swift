import Foundation

/// Reads `KEY=value` lines from `.env` in the working directory, the last source of
/// configuration before the defaults.
enum DotEnv {
    static func value(for key: String, in folder: String = FileManager.default.currentDirectoryPath) -> String? {
        guard let text = try? String(contentsOfFile: folder + "/.env", encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            guard name == key else { continue }
            var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
