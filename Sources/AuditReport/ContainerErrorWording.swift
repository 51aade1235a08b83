import ExportContainers

/// The wording of why a container (zip, xlsx, OLE2 compound file, BIFF8 workbook) cannot be read:
/// the kind of fault first, then what was wrong, with the entry, stream or size it names. Chinese
/// here, English in `ContainerErrorWording+English.swift`.
public enum ContainerErrorWording {
    /// `文件已损坏（「订单.csv」校验和不符）`; the importer's error puts the file's name before it.
    public static func sentence(_ e: ContainerError, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(e)
        case .english: return english(e)
        }
    }

    static func chinese(_ e: ContainerError) -> String {
        switch e {
        case .truncated(let what): return "文件不完整（\(truncation(what))），可能没有下载完"
        case .corrupt(let what): return "文件已损坏（\(corruption(what))）"
        case .encrypted: return "文件有密码保护"
        case .unsupported(let what): return "不支持的格式（\(unsupported(what))）"
        case .limitExceeded(let what): return "超出安全上限（\(limit(what))）"
        case .refused(let what): return "拒绝读取（\(refusal(what))）"
        }
    }

    /// What ends early, e.g. `「订单.csv」的数据超出文件末尾`.
    static func truncation(_ t: ContainerError.Truncation) -> String {
        switch t {
        case .spillFileRead: return "临时文件读取失败"
        case .zipTooShort: return "zip 文件太短"
        case .zipDirectoryNotFound: return "找不到 zip 目录（文件可能没有下载完）"
        case .zipDirectoryPastEnd: return "zip 目录超出文件末尾"
        case .zip64RecordPastEnd: return "ZIP64 目录记录"
        case .zipEntryHeader(let entry): return "「\(entry)」的文件头"
        case .zipEntryDataPastEnd(let entry): return "「\(entry)」的数据超出文件末尾"
        case .zipEntryDataCut(let entry): return "「\(entry)」的数据不完整"
        case .deflateEndsEarly: return "deflate 数据在结束块之前就断了"
        case .compoundFileHeaderShort: return "复合文件头不足 512 字节"
        case .fatSectorCountPastFile: return "FAT 扇区数超过文件扇区数"
        case .sectorPastEnd(let structure): return phrase(name(structure), "扇区超出文件末尾")
        case .streamLargerThanFile(let stream): return "数据流 \(stream) 大于文件"
        case .streamSectorPastEnd(let stream): return "数据流 \(stream) 的扇区超出文件末尾"
        case .xmlPartShort: return "XML 部件比目录所记的短"
        case .xmlEndsInElement: return "XML 在一项中间结束"
        case .xmlEndsInTag: return "XML 在标签中间结束"
        }
    }

    /// What contradicts itself, e.g. `FAT 链循环`.
    static func corruption(_ c: ContainerError.Corruption) -> String {
        switch c {
        case .zipDirectoryEntryInvalid(let index): return "zip 目录第 \(index + 1) 项无效"
        case .zipDirectoryEntryPastDirectory(let index): return "zip 目录第 \(index + 1) 项超出目录"
        case .zip64SizesMissing(let index): return "zip 目录第 \(index + 1) 项的 ZIP64 大小缺失"
        case .zipEntryOutsideFile(let entry): return "「\(entry)」的位置在文件之外"
        case .zipEntryHeaderMisplaced(let entry): return "「\(entry)」的文件头不在目录所说的位置"
        case .zipEntriesOverlap(let a, let b): return "「\(a)」与「\(b)」重叠"
        case .zipEntryLargerThanAnnounced(let entry, let announced):
            return "「\(entry)」解压后比目录所记的 \(announced) 字节更大"
        case .zipEntrySizeMismatch(let entry, let produced, let announced):
            return "「\(entry)」解压后 \(produced) 字节，目录记为 \(announced) 字节"
        case .zipEntryChecksumMismatch(let entry): return "「\(entry)」校验和不符"
        case .zipStoredSizesDiffer(let entry): return "「\(entry)」未压缩，但两个大小不同"
        case .zip64LocatorMissing: return "ZIP64 定位记录缺失"
        case .zip64RecordOutsideFile: return "ZIP64 目录记录在文件之外"
        case .zip64RecordInvalid: return "ZIP64 目录记录无效"
        case .zip64DirectoryPastFile: return "ZIP64 目录大小超出文件"
        case .zipDirectoryOutsideFile: return "zip 目录指向文件之外"
        case .deflate(let defect): return "deflate 数据无效：\(deflate(defect))"
        case .notCompoundFile: return "不是复合文件"
        case .byteOrderMark: return "复合文件字节序标记错误"
        case .sectorSize: return "扇区大小错误"
        case .miniSectorSize: return "迷你扇区大小错误"
        case .rootMissing: return "缺少根目录"
        case .difatChainShort: return "DIFAT 链过短"
        case .chainLoops(let structure): return phrase(name(structure), "链循环")
        case .chainBroken(let structure): return phrase(name(structure), "链中断")
        case .sectorNumberPastTable(let structure): return "扇区号超出 \(name(structure))"
        case .streamLargerThanChain(let stream): return "数据流 \(stream) 大于其扇区链"
        case .streamLargerThanMiniChain(let stream): return "数据流 \(stream) 大于其迷你扇区链"
        case .miniSectorOutsideMiniStream: return "迷你扇区超出迷你流"
        case .miniStreamLargerThanChain: return "迷你流大于其扇区链"
        case .xmlElementTooLarge(let limit): return "XML 中有一项超过 \(limit >> 20) MB，没有结束标签"
        case .workbookPartMissing(let path): return "xlsx 里没有工作簿部件 \(path)"
        case .sheetWithoutPart(let sheet, let relationship):
            return "工作表「\(sheet)」没有对应的部件（关系 \(relationship ?? "缺失")）"
        case .sheetPartMissing(let sheet, let part): return "工作表「\(sheet)」指向不存在的部件 \(part)"
        case .workbookStreamMissing: return "没有 Workbook 数据流"
        case .bofMissing: return "缺少 BOF 记录"
        case .sheetMissing(let index): return "没有第 \(index + 1) 个工作表"
        case .rowPositionOutsideStream: return "行位置超出数据流"
        case .sheetStartOutsideStream: return "工作表起点超出数据流"
        case .sheetStartNotBOF: return "工作表起点不是 BOF 记录"
        }
    }

    /// What is invalid in a deflate stream, e.g. `无效的距离码`.
    static func deflate(_ d: ContainerError.DeflateDefect) -> String {
        switch d {
        case .reservedBlockType: return "块类型 3"
        case .storedLengthMismatch: return "存储块的长度与其反码不符"
        case .tooManySymbols: return "长度或距离符号数超出上限"
        case .repeatWithoutPrevious: return "第一个码长就要求重复前一个"
        case .repeatPastSymbols: return "码长的重复超出了符号数"
        case .missingEndOfBlock: return "缺少块结束码"
        case .distanceTooFar: return "距离超出已解出的数据"
        case .invalidLiteralLength: return "无效的字面/长度码"
        case .invalidDistance: return "无效的距离码"
        case .emptyCode: return "霍夫曼码没有任何码字"
        case .oversubscribedCode: return "码长超额（码字过多）"
        case .incompleteCode: return "码长不完整"
        case .tableTooLarge: return "霍夫曼表过大"
        }
    }

    /// The format not handled, with what to do when there is something: `Excel 95 (BIFF5) 格式，请另存为 .xlsx`.
    static func unsupported(_ u: ContainerError.UnsupportedFormat) -> String {
        switch u {
        case .compressionMethod(let entry, let method): return "「\(entry)」的压缩方式 \(method)（只支持存储和 deflate）"
        case .multiVolumeZip: return "分卷压缩包"
        case .biff2to4: return "Excel 2–4 格式，请另存为 .xlsx"
        case .biff5: return "Excel 95 (BIFF5) 格式，请另存为 .xlsx"
        }
    }

    /// The bound passed, with its figure: `「zeros.csv」解压后超过压缩大小的 1000 倍（疑似压缩炸弹）`.
    static func limit(_ l: ContainerError.ExceededLimit) -> String {
        switch l {
        case .zipEntryCount(let count, let limit): return "压缩包列了 \(count) 个文件，超过 \(limit)"
        case .entryInMemory(let entry, let limit): return "「\(entry)」解压后超过 \(size(limit))"
        case .inflateRatio(let entry, let ratio): return "「\(entry)」解压后超过压缩大小的 \(ratio) 倍（疑似压缩炸弹）"
        case .partSize(let entry, let limit): return "「\(entry)」大于 \(size(limit))"
        case .archiveInflated(let limit): return "解压后超过 \(size(limit))"
        case .deflateOutput(let limit): return "deflate 解压后超过 \(limit) 字节"
        case .directoryEntries(let limit): return "目录条目超过 \(limit) 个"
        case .markupSize(let limit): return "网页表格大于 \(limit >> 20) MB"
        case .spillFileNotCreated(let directory, let reason):
            return "无法在 \(directory) 建临时文件：\(SystemFailureWording.reason(reason, in: .chinese))"
        case .spillFileWrite(let reason): return "临时文件写入失败：\(SystemFailureWording.reason(reason, in: .chinese))"
        }
    }

    /// What was refused: `XML 里有 DOCTYPE 声明`.
    static func refusal(_ r: ContainerError.Refusal) -> String {
        switch r {
        case .doctype: return "XML 里有 DOCTYPE 声明"
        }
    }

    /// A compound file's structure as the merchant's support reads it: `FAT`, `迷你 FAT`, `目录`.
    static func name(_ s: CompoundFileStructure) -> String {
        switch s {
        case .fat: return "FAT"
        case .miniFAT: return "迷你 FAT"
        case .difat: return "DIFAT"
        case .directory: return "目录"
        }
    }

    /// A size bound in the largest whole unit: `16 GiB`, `64 MiB`, else bytes.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) 字节"
    }

    /// A structure's name and what is wrong with it, spaced as Chinese is set: a space after a
    /// Latin name (`迷你 FAT 链循环`), none after a Chinese one (`目录扇区`).
    static func phrase(_ name: String, _ rest: String) -> String {
        name.last?.isASCII == true ? "\(name) \(rest)" : name + rest
    }
}
