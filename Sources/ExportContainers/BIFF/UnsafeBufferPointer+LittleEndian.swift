extension UnsafeBufferPointer<UInt8> {
    /// The little-endian 16-bit value at `offset` (the caller has checked the bounds).
    @inline(__always)
    func u16(_ offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }

    /// The little-endian 32-bit value at `offset` (the caller has checked the bounds).
    @inline(__always)
    func u32(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3])
            << 24
    }

    /// The little-endian IEEE double at `offset` (the caller has checked the bounds).
    @inline(__always)
    func f64(_ offset: Int) -> Double {
        Double(bitPattern: UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32)
    }
}
