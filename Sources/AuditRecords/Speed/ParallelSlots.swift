import Synchronization

/// Results written by index from `DispatchQueue.concurrentPerform`: each iteration owns its slot.
package final class ParallelSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value]>

    package init(repeating value: Value, count: Int) { slots = Mutex(Array(repeating: value, count: count)) }

    package func set(_ index: Int, _ value: Value) { slots.withLock { $0[index] = value } }

    package var values: [Value] { slots.withLock { $0 } }
}
