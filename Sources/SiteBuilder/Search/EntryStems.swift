import Foundation

/// The stems a title or sentence is indexed under, and its length in words, remembered for
/// the whole build: most sentences are the same in every region, so each is tokenized and
/// stemmed once, not 89 times. Each distinct stem gets a number, so that a region's index
/// gathers its postings by number and hashes each stem's text once, not once per sentence.
/// Safe to use from the parallel renderers.
final class EntryStems: @unchecked Sendable {
    static let shared = EntryStems()

    /// What the index needs of one title or sentence.
    struct Entry: Sendable {
        /// The numbers of the distinct stems (see ``stems(numbered:)``), stop words left out,
        /// and of the age groups the entry names (`AgeBand`).
        var stemNumbers: [Int]
        /// Every word (`Tokenizer.words`), stop words included: the length BM25 normalizes by.
        var wordCount: Int
    }

    private let lock = NSLock()
    // Keyed by bytes: `String` hashing normalizes Cyrillic text first, at a cost (UTF8Key).
    private var entries: [UTF8Key: Entry] = [:]
    private var words: [UTF8Key: Int] = [:]
    private var numbers: [UTF8Key: Int] = [:]
    private var stemTexts: [String] = []

    /// The distinct stems of `entry`, stop words left out.
    func stems(of entry: String) -> [String] { stems(numbered: self.entry(entry).stemNumbers) }

    /// The stems with these numbers.
    func stems(numbered stemNumbers: [Int]) -> [String] {
        lock.withLock { stemNumbers.map { stemTexts[$0] } }
    }

    /// The entries of `texts`, in order, looked up under one lock: a region's index asks for
    /// a few thousand at once, from both cores.
    func entries(_ texts: [String]) -> [Entry] {
        let keys = texts.map(UTF8Key.init)
        var found = lock.withLock { keys.map { entries[$0] } }
        for index in found.indices where found[index] == nil {
            found[index] = entry(texts[index])
        }
        return found.compactMap { $0 }
    }

    func entry(_ text: String) -> Entry {
        let key = UTF8Key(text)
        if let known = lock.withLock({ entries[key] }) { return known }
        var stems = Set<Int>()
        var order: [Int] = []
        let all = Tokenizer.words(in: text)
        for word in all where !SearchQuery.stopWords.contains(word) {
            let wordKey = UTF8Key(word)
            let number: Int
            if let known = lock.withLock({ words[wordKey] }) {
                number = known
            } else {
                let stem = UTF8Key(RussianStemmer.stem(word))
                number = lock.withLock {
                    let number = numbers[stem] ?? stemTexts.count
                    if number == stemTexts.count {
                        numbers[stem] = number
                        stemTexts.append(stem.string)
                    }
                    words[wordKey] = number
                    return number
                }
            }
            if stems.insert(number).inserted { order.append(number) }
        }
        // The age groups the entry names are stems of their own (see `AgeBand`).
        for band in AgeBand.stems(in: all) {
            let number = lock.withLock {
                let key = UTF8Key(band)
                let number = numbers[key] ?? stemTexts.count
                if number == stemTexts.count {
                    numbers[key] = number
                    stemTexts.append(band)
                }
                return number
            }
            if stems.insert(number).inserted { order.append(number) }
        }
        let result = Entry(stemNumbers: order, wordCount: all.count)
        lock.withLock { entries[key] = result }
        return result
    }
}
