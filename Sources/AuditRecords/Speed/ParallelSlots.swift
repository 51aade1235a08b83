import Dispatch
import Foundation

/// Results written by index from `DispatchQueue.concurrentPerform`: each iteration owns its slot.
package final class ParallelSlots<Value>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    package init(repeating value: Value, count: Int) { slots = Array(repeating: value, count: count) }

    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    package var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
