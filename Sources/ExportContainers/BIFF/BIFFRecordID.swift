/// The BIFF8 record ids this reader acts on; every other record is skipped by its length.
enum BIFFRecordID {
    static let bof: UInt16 = 0x0809
    static let eof: UInt16 = 0x000A
    static let `continue`: UInt16 = 0x003C
    static let filePass: UInt16 = 0x002F
    static let boundSheet: UInt16 = 0x0085
    static let dateMode: UInt16 = 0x0022
    static let sst: UInt16 = 0x00FC
    static let format: UInt16 = 0x041E
    static let xf: UInt16 = 0x00E0

    static let labelSST: UInt16 = 0x00FD
    static let label: UInt16 = 0x0204
    static let richString: UInt16 = 0x00D6
    static let number: UInt16 = 0x0203
    static let rk: UInt16 = 0x027E
    static let mulRK: UInt16 = 0x00BD
    static let formula: UInt16 = 0x0006
    static let string: UInt16 = 0x0207
    static let blank: UInt16 = 0x0201
    static let mulBlank: UInt16 = 0x00BE
    static let boolErr: UInt16 = 0x0205

    /// BOF ids of the BIFF versions before 5 (Excel 2, 3, 4).
    static let oldBOFs: Set<UInt16> = [0x0009, 0x0209, 0x0409]
}
