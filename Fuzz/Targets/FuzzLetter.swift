import Foundation

/// `letter`: a sign-on letter in its plain-text form (`vigil letter import`).
enum FuzzLetter {
    static func run(_ data: Data) {
        _ = try? LetterFileReader.read(data: data, fileName: "fuzz.txt")
    }
}
