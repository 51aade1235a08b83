/// The text Excel shows for an error value held in a BOOLERR or FORMULA record.
enum BIFF8ErrorValue {
    static func text(_ code: UInt8) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2B: return "#GETTING_DATA"
        // 0x2A, and codes no Excel writes.
        default: return "#N/A"
        }
    }
}
