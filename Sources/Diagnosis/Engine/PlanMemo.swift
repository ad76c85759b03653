import Foundation

/// The planners' memo of plans by state, shared between threads (the wizard's parity check
/// walks millions of states on every core). It is split into shards, each with its own lock,
/// chosen by a cheap mix of the key computed outside any lock, so that two threads rarely
/// wait for each other while a dictionary hashes a key.
final class PlanMemo<Value: Sendable>: @unchecked Sendable {
    struct Key: Hashable, Sendable {
        var state: PackedState
        var causes: UInt32
    }

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var values: [Key: Value] = [:]
    }

    private static var shardCount: Int { 32 }
    private let shards: [Shard] = (0..<PlanMemo.shardCount).map { _ in Shard() }

    private func shard(_ key: Key) -> Shard {
        var mixed = key.state.low &* 0x9E37_79B9_7F4A_7C15 ^ key.state.high ^ UInt64(key.causes) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 29
        return shards[Int(mixed % UInt64(Self.shardCount))]
    }

    subscript(key: Key) -> Value? {
        get {
            let shard = shard(key)
            return shard.lock.withLock { shard.values[key] }
        }
        set {
            let shard = shard(key)
            shard.lock.withLock { shard.values[key] = newValue }
        }
    }
}
