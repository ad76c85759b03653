import Foundation

/// The stems a title or sentence is indexed under, remembered for the whole build: most
/// sentences are the same in every region, so each is tokenized and stemmed once, not 89
/// times. Safe to use from the parallel renderers.
final class EntryStems: @unchecked Sendable {
    static let shared = EntryStems()

    private let lock = NSLock()
    private var entries: [String: [String]] = [:]
    private var words: [String: String] = [:]

    /// The distinct stems of `entry`, stop words left out.
    func stems(of entry: String) -> [String] {
        if let known = lock.withLock({ entries[entry] }) { return known }
        var stems = Set<String>()
        for word in Tokenizer.words(in: entry) where !SearchQuery.stopWords.contains(word) {
            if let stem = lock.withLock({ words[word] }) {
                stems.insert(stem)
            } else {
                let stem = RussianStemmer.stem(word)
                lock.withLock { words[word] = stem }
                stems.insert(stem)
            }
        }
        let result = Array(stems)
        lock.withLock { entries[entry] = result }
        return result
    }
}
