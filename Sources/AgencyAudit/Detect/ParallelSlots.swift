import Dispatch
import Foundation

/// Results written by index from `DispatchQueue.concurrentPerform`: each iteration owns its slot.
final class ParallelSlots<Value>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    init(repeating value: Value, count: Int) { slots = Array(repeating: value, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }

    /// Maps `items` with `transform` on all cores, in order. For pure, costly transforms only.
    static func map<T: Sendable>(_ items: [T], chunks: Int = 8, _ transform: @Sendable (T) -> Value) -> [Value] where Value: Sendable {
        guard items.count >= 10_000 else { return items.map(transform) }
        let parts = ParallelSlots<[Value]>(repeating: [], count: chunks)
        let size = (items.count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * size)..<min(items.count, (c + 1) * size)
            parts.set(c, range.isEmpty ? [] : items[range].map(transform))
        }
        return parts.values.flatMap { $0 }
    }
}
