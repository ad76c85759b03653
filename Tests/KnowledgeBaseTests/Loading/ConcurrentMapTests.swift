import Foundation
import XCTest
import KnowledgeBase

final class ConcurrentMapTests: XCTestCase {
    func testKeepsTheOrderOfTheInput() {
        let input = Array(0..<1000)
        XCTAssertEqual(input.concurrentMap { $0 * 3 }, input.map { $0 * 3 })
        XCTAssertEqual([7].concurrentMap { $0 + 1 }, [8])
        XCTAssertEqual([Int]().concurrentMap { $0 + 1 }, [])
    }

    func testOptionalResultsStayAsTheyAre() {
        let input = Array(0..<100)
        let halves: [Int?] = input.concurrentMap { $0 % 2 == 0 ? $0 / 2 : nil }
        XCTAssertEqual(halves, input.map { $0 % 2 == 0 ? $0 / 2 : nil })
    }

    /// Every result is released once the caller lets go of the array: the helper keeps no
    /// reference of its own (the leak `spravka serve` had, once per rebuild).
    func testReleasesEveryResult() {
        let live = LiveCount()
        do {
            let results = Array(0..<500).concurrentMap { Tracked(value: $0, live: live) }
            XCTAssertEqual(live.value, 500)
            XCTAssertEqual(results.map(\.value), Array(0..<500))
        }
        XCTAssertEqual(live.value, 0)
    }
}

/// How many `Tracked` values are alive.
private final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ delta: Int) { lock.withLock { count += delta } }
}

private final class Tracked: Sendable {
    let value: Int
    private let live: LiveCount

    init(value: Int, live: LiveCount) {
        self.value = value
        self.live = live
        live.add(1)
    }

    deinit { live.add(-1) }
}
