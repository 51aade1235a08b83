// Placeholder with the agreed interface; replaced by the real decoder from the `deflate` branch.
public struct Inflater {
    public init() {}
    public private(set) var isFinished = false
    public private(set) var totalOut = 0
    public mutating func inflate(_ input: UnsafeRawBufferPointer, isFinal: Bool, into sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        throw ContainerError.unsupported("deflate")
    }
    public static func inflate(_ data: [UInt8], limit: Int) throws -> [UInt8] { throw ContainerError.unsupported("deflate") }
}
