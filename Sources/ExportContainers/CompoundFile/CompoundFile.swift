// Placeholder with the agreed interface; replaced by the real reader from the `biff` branch.
public struct CompoundFile: Sendable {
    public init(_ bytes: any RandomAccessBytes) throws { throw ContainerError.unsupported("OLE2") }
    public var streamNames: [String] { [] }
    public func stream(named: String) throws -> [UInt8]? { nil }
    public var isEncryptedPackage: Bool { false }
}
