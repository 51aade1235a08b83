/// A number packed in 30 bits, as RK and MULRK records store most integers and short decimals.
enum RKNumber {
    /// The value of RK `raw`: bit 1 set means a signed 30-bit integer in the high bits, clear the
    /// high 30 bits of an IEEE double (the low 34 zero); bit 0 set divides the result by 100.
    static func value(_ raw: UInt32) -> Double {
        let v: Double
        if raw & 0x02 != 0 {
            v = Double(Int32(bitPattern: raw) >> 2)
        } else {
            v = Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        }
        return raw & 0x01 != 0 ? v / 100 : v
    }
}
