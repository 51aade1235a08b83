import ExportContainers
import Testing

@testable import AuditReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every container error's sentence, as the merchant reads it after the file's name.
@Suite struct ContainerErrorWordingTests {
    static let truncations: [(ContainerError.Truncation, String)] = [
        (.spillFileRead, "临时文件读取失败"),
        (.zipTooShort, "zip 文件太短"),
        (.zipDirectoryNotFound, "找不到 zip 目录（文件可能没有下载完）"),
        (.zipDirectoryPastEnd, "zip 目录超出文件末尾"),
        (.zip64RecordPastEnd, "ZIP64 目录记录"),
        (.zipEntryHeader(entry: "订单.csv"), "「订单.csv」的文件头"),
        (.zipEntryDataPastEnd(entry: "订单.csv"), "「订单.csv」的数据超出文件末尾"),
        (.zipEntryDataCut(entry: "订单.csv"), "「订单.csv」的数据不完整"),
        (.deflateEndsEarly, "deflate 数据在结束块之前就断了"),
        (.compoundFileHeaderShort, "复合文件头不足 512 字节"),
        (.fatSectorCountPastFile, "FAT 扇区数超过文件扇区数"),
        (.sectorPastEnd(.fat), "FAT 扇区超出文件末尾"),
        (.sectorPastEnd(.miniFAT), "迷你 FAT 扇区超出文件末尾"),
        (.sectorPastEnd(.difat), "DIFAT 扇区超出文件末尾"),
        (.sectorPastEnd(.directory), "目录扇区超出文件末尾"),
        (.streamLargerThanFile(stream: "Workbook"), "数据流 Workbook 大于文件"),
        (.streamSectorPastEnd(stream: "Workbook"), "数据流 Workbook 的扇区超出文件末尾"),
        (.xmlPartShort, "XML 部件比目录所记的短"),
        (.xmlEndsInElement, "XML 在一项中间结束"),
        (.xmlEndsInTag, "XML 在标签中间结束"),
    ]

    @Test(arguments: truncations)
    func truncated(_ what: ContainerError.Truncation, _ words: String) {
        #expect(ContainerErrorWording.sentence(.truncated(what), in: .chinese) == "文件不完整（\(words)），可能没有下载完")
    }

    static let corruptions: [(ContainerError.Corruption, String)] = [
        (.zipDirectoryEntryInvalid(index: 2), "zip 目录第 3 项无效"),
        (.zipDirectoryEntryPastDirectory(index: 0), "zip 目录第 1 项超出目录"),
        (.zip64SizesMissing(index: 4), "zip 目录第 5 项的 ZIP64 大小缺失"),
        (.zipEntryOutsideFile(entry: "订单.csv"), "「订单.csv」的位置在文件之外"),
        (.zipEntryHeaderMisplaced(entry: "订单.csv"), "「订单.csv」的文件头不在目录所说的位置"),
        (.zipEntriesOverlap("a.csv", "b.csv"), "「a.csv」与「b.csv」重叠"),
        (.zipEntryLargerThanAnnounced(entry: "订单.csv", announced: 1024), "「订单.csv」解压后比目录所记的 1024 字节更大"),
        (.zipEntrySizeMismatch(entry: "订单.csv", produced: 1000, announced: 1024), "「订单.csv」解压后 1000 字节，目录记为 1024 字节"),
        (.zipEntryChecksumMismatch(entry: "订单.csv"), "「订单.csv」校验和不符"),
        (.zipStoredSizesDiffer(entry: "订单.csv"), "「订单.csv」未压缩，但两个大小不同"),
        (.zip64LocatorMissing, "ZIP64 定位记录缺失"),
        (.zip64RecordOutsideFile, "ZIP64 目录记录在文件之外"),
        (.zip64RecordInvalid, "ZIP64 目录记录无效"),
        (.zip64DirectoryPastFile, "ZIP64 目录大小超出文件"),
        (.zipDirectoryOutsideFile, "zip 目录指向文件之外"),
        (.deflate(.reservedBlockType), "deflate 数据无效：块类型 3"),
        (.deflate(.storedLengthMismatch), "deflate 数据无效：存储块的长度与其反码不符"),
        (.deflate(.tooManySymbols), "deflate 数据无效：长度或距离符号数超出上限"),
        (.deflate(.repeatWithoutPrevious), "deflate 数据无效：第一个码长就要求重复前一个"),
        (.deflate(.repeatPastSymbols), "deflate 数据无效：码长的重复超出了符号数"),
        (.deflate(.missingEndOfBlock), "deflate 数据无效：缺少块结束码"),
        (.deflate(.distanceTooFar), "deflate 数据无效：距离超出已解出的数据"),
        (.deflate(.invalidLiteralLength), "deflate 数据无效：无效的字面/长度码"),
        (.deflate(.invalidDistance), "deflate 数据无效：无效的距离码"),
        (.deflate(.emptyCode), "deflate 数据无效：霍夫曼码没有任何码字"),
        (.deflate(.oversubscribedCode), "deflate 数据无效：码长超额（码字过多）"),
        (.deflate(.incompleteCode), "deflate 数据无效：码长不完整"),
        (.deflate(.tableTooLarge), "deflate 数据无效：霍夫曼表过大"),
        (.notCompoundFile, "不是复合文件"),
        (.byteOrderMark, "复合文件字节序标记错误"),
        (.sectorSize, "扇区大小错误"),
        (.miniSectorSize, "迷你扇区大小错误"),
        (.rootMissing, "缺少根目录"),
        (.difatChainShort, "DIFAT 链过短"),
        (.chainLoops(.fat), "FAT 链循环"),
        (.chainLoops(.miniFAT), "迷你 FAT 链循环"),
        (.chainLoops(.difat), "DIFAT 链循环"),
        (.chainLoops(.directory), "目录链循环"),
        (.chainBroken(.fat), "FAT 链中断"),
        (.chainBroken(.miniFAT), "迷你 FAT 链中断"),
        (.sectorNumberPastTable(.fat), "扇区号超出 FAT"),
        (.sectorNumberPastTable(.miniFAT), "扇区号超出 迷你 FAT"),
        (.streamLargerThanChain(stream: "Workbook"), "数据流 Workbook 大于其扇区链"),
        (.streamLargerThanMiniChain(stream: "Small"), "数据流 Small 大于其迷你扇区链"),
        (.miniSectorOutsideMiniStream, "迷你扇区超出迷你流"),
        (.miniStreamLargerThanChain, "迷你流大于其扇区链"),
        (.xmlElementTooLarge(limitBytes: 64 << 20), "XML 中有一项超过 64 MB，没有结束标签"),
        (.workbookPartMissing(path: "xl/workbook.xml"), "xlsx 里没有工作簿部件 xl/workbook.xml"),
        (.sheetWithoutPart(sheet: "订单", relationship: "rId9"), "工作表「订单」没有对应的部件（关系 rId9）"),
        (.sheetWithoutPart(sheet: "订单", relationship: nil), "工作表「订单」没有对应的部件（关系 缺失）"),
        (.sheetPartMissing(sheet: "S", part: "xl/worksheets/sheet9.xml"), "工作表「S」指向不存在的部件 xl/worksheets/sheet9.xml"),
        (.workbookStreamMissing, "没有 Workbook 数据流"),
        (.bofMissing, "缺少 BOF 记录"),
        (.sheetMissing(index: 1), "没有第 2 个工作表"),
        (.rowPositionOutsideStream, "行位置超出数据流"),
        (.sheetStartOutsideStream, "工作表起点超出数据流"),
        (.sheetStartNotBOF, "工作表起点不是 BOF 记录"),
    ]

    @Test(arguments: corruptions)
    func corrupt(_ what: ContainerError.Corruption, _ words: String) {
        #expect(ContainerErrorWording.sentence(.corrupt(what), in: .chinese) == "文件已损坏（\(words)）")
    }

    static let formats: [(ContainerError.UnsupportedFormat, String)] = [
        (.compressionMethod(entry: "订单.csv", method: 14), "「订单.csv」的压缩方式 14（只支持存储和 deflate）"),
        (.multiVolumeZip, "分卷压缩包"),
        (.biff2to4, "Excel 2–4 格式，请另存为 .xlsx"),
        (.biff5, "Excel 95 (BIFF5) 格式，请另存为 .xlsx"),
    ]

    @Test(arguments: formats)
    func unsupported(_ what: ContainerError.UnsupportedFormat, _ words: String) {
        #expect(ContainerErrorWording.sentence(.unsupported(what), in: .chinese) == "不支持的格式（\(words)）")
    }

    static let exceededLimits: [(ContainerError.ExceededLimit, String)] = [
        (.zipEntryCount(count: 70_000, limit: 65_536), "压缩包列了 70000 个文件，超过 65536"),
        (.entryInMemory(entry: "订单.csv", limit: 64 << 20), "「订单.csv」解压后超过 64 MiB"),
        (.inflateRatio(entry: "zeros.csv", ratio: 1000), "「zeros.csv」解压后超过压缩大小的 1000 倍（疑似压缩炸弹）"),
        (.partSize(entry: "xl/styles.xml", limit: 64 << 20), "「xl/styles.xml」大于 64 MiB"),
        (.archiveInflated(limit: 16 << 30), "解压后超过 16 GiB"),
        (.archiveInflated(limit: 1 << 20), "解压后超过 1 MiB"),
        (.archiveInflated(limit: 1000), "解压后超过 1000 字节"),
        (.deflateOutput(limit: 99), "deflate 解压后超过 99 字节"),
        (.directoryEntries(limit: 65_536), "目录条目超过 65536 个"),
        (.markupSize(limit: 256 << 20), "网页表格大于 256 MB"),
        (.spillFileNotCreated(directory: "/tmp", .errno(ENOSPC)), "无法在 /tmp 建临时文件：磁盘空间不足"),
        (.spillFileWrite(.errno(EIO)), "临时文件写入失败：读写出错（磁盘或网络盘可能有问题）"),
    ]

    @Test(arguments: exceededLimits)
    func limitExceeded(_ what: ContainerError.ExceededLimit, _ words: String) {
        #expect(ContainerErrorWording.sentence(.limitExceeded(what), in: .chinese) == "超出安全上限（\(words)）")
    }

    @Test func encryptedAndRefused() {
        #expect(ContainerErrorWording.sentence(.encrypted, in: .chinese) == "文件有密码保护")
        #expect(ContainerErrorWording.sentence(.refused(.doctype), in: .chinese) == "拒绝读取（XML 里有 DOCTYPE 声明）")
    }
}
