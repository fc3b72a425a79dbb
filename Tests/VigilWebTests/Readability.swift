import Foundation

/// Readability scores for the help texts. Syllables are counted by vowel groups, the usual
/// approximation in both scores' own tools; it errs by a syllable now and then, not by grades.
enum Readability {
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }).map(String.init)
    }

    static func sentences(_ text: String) -> Int {
        max(1, text.split(whereSeparator: { ".!?:;".contains($0) }).filter { $0.contains(where: \.isLetter) }.count)
    }

    /// English: vowel groups, less a silent final "e" (but not "-le"), at least one.
    static func englishSyllables(_ word: String) -> Int {
        let letters = Array(word.lowercased())
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let vowel = "aeiouy".contains(letter)
            if vowel && !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        if letters.count > 2, letters.last == "e", !"aeiouy".contains(letters[letters.count - 2]),
           !(letters[letters.count - 2] == "l" && letters.count > 3 && !"aeiouy".contains(letters[letters.count - 3])) {
            count -= 1
        }
        return max(1, count)
    }

    /// Spanish: each vowel starts a syllable unless it joins the one before in a diphthong: an
    /// unstressed i or u (or ü) beside another vowel. Two strong vowels (a, e, o, or accented í, ú)
    /// are a hiatus and count twice.
    static func spanishSyllables(_ word: String) -> Int {
        let strong = Set("aeoáéóíú"), weak = Set("iuüy")
        var count = 0
        var previous: Character?
        for (index, letter) in word.lowercased().enumerated() {
            let isVowel = strong.contains(letter) || (weak.contains(letter) && !(letter == "y" && index == 0))
            guard isVowel else { previous = nil; continue }
            if let before = previous, weak.contains(before) || weak.contains(letter) {
                // a diphthong: no new syllable
            } else {
                count += 1
            }
            previous = letter
        }
        return max(1, count)
    }

    static func fleschKincaidGrade(_ text: String) -> Double {
        let words = words(text)
        guard !words.isEmpty else { return 0 }
        let syllables = words.map(englishSyllables).reduce(0, +)
        return 0.39 * Double(words.count) / Double(sentences(text)) + 11.8 * Double(syllables) / Double(words.count) - 15.59
    }

    /// 206.84 − 0.60 P − 1.02 F, with P syllables and F sentences per 100 words (Fernández Huerta, 1959).
    static func fernandezHuerta(_ text: String) -> Double {
        let words = words(text)
        guard !words.isEmpty else { return 0 }
        let syllables = words.map(spanishSyllables).reduce(0, +)
        let p = 100 * Double(syllables) / Double(words.count)
        let f = 100 * Double(sentences(text)) / Double(words.count)
        return 206.84 - 0.60 * p - 1.02 * f
    }
}
