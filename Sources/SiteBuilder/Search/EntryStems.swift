import Foundation

/// The stems a title or sentence is indexed under, and its length in words, remembered for
/// the whole build: most sentences are the same in every region, so each is tokenized and
/// stemmed once, not 89 times. Safe to use from the parallel renderers.
final class EntryStems: @unchecked Sendable {
    static let shared = EntryStems()

    /// What the index needs of one title or sentence.
    struct Entry: Sendable {
        /// The distinct stems, stop words left out.
        var stems: [String]
        /// Every word (`Tokenizer.words`), stop words included: the length BM25 normalizes by.
        var wordCount: Int
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var words: [String: String] = [:]

    /// The distinct stems of `entry`, stop words left out.
    func stems(of entry: String) -> [String] { self.entry(entry).stems }

    func entry(_ text: String) -> Entry {
        if let known = lock.withLock({ entries[text] }) { return known }
        var stems = Set<String>()
        let all = Tokenizer.words(in: text)
        for word in all where !SearchQuery.stopWords.contains(word) {
            if let stem = lock.withLock({ words[word] }) {
                stems.insert(stem)
            } else {
                let stem = RussianStemmer.stem(word)
                lock.withLock { words[word] = stem }
                stems.insert(stem)
            }
        }
        let result = Entry(stems: Array(stems), wordCount: all.count)
        lock.withLock { entries[text] = result }
        return result
    }
}
