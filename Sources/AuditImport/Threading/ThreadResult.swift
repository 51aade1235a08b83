import Synchronization

/// A value one thread leaves for another: set before the setter signals, taken after the wait.
final class ThreadResult<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    func set(_ value: Value) { slot.withLock { $0 = value } }

    /// The value, moved out (so the arrays inside stay uniquely owned); nil if none was set.
    func take() -> Value? { slot.withLock { $0.take() } }
}
