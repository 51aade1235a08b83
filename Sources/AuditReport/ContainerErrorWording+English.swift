import ExportContainers

extension ContainerErrorWording {
    /// `the file is damaged (“orders.csv” fails its checksum)`.
    static func english(_ e: ContainerError) -> String {
        switch e {
        case .truncated(let what):
            return "the file is incomplete (\(englishTruncation(what))): it may not have finished downloading"
        case .corrupt(let what): return "the file is damaged (\(englishCorruption(what)))"
        case .encrypted: return "the file is password-protected"
        case .unsupported(let what): return "unsupported format (\(englishUnsupported(what)))"
        case .limitExceeded(let what): return "over a safety limit (\(englishLimit(what)))"
        case .refused(let what): return "refused (\(englishRefusal(what)))"
        }
    }

    static func englishTruncation(_ t: ContainerError.Truncation) -> String {
        switch t {
        case .spillFileRead: return "the temporary file could not be read"
        case .zipTooShort: return "the zip file is too short"
        case .zipDirectoryNotFound: return "the zip directory is not found (the file may not have finished downloading)"
        case .zipDirectoryPastEnd: return "the zip directory runs past the end of the file"
        case .zip64RecordPastEnd: return "the ZIP64 directory record"
        case .zipEntryHeader(let entry): return "the header of “\(entry)”"
        case .zipEntryDataPastEnd(let entry): return "the data of “\(entry)” runs past the end of the file"
        case .zipEntryDataCut(let entry): return "the data of “\(entry)” is incomplete"
        case .deflateEndsEarly: return "the deflate data stops before its last block"
        case .compoundFileHeaderShort: return "the compound file header is shorter than 512 bytes"
        case .fatSectorCountPastFile: return "the FAT sector count exceeds the file's sectors"
        case .sectorPastEnd(let structure): return "a \(englishName(structure)) sector runs past the end of the file"
        case .streamLargerThanFile(let stream): return "stream \(stream) is larger than the file"
        case .streamSectorPastEnd(let stream): return "a sector of stream \(stream) runs past the end of the file"
        case .xmlPartShort: return "an XML part is shorter than the directory says"
        case .xmlEndsInElement: return "the XML ends inside an element"
        case .xmlEndsInTag: return "the XML ends inside a tag"
        }
    }

    static func englishCorruption(_ c: ContainerError.Corruption) -> String {
        switch c {
        case .zipDirectoryEntryInvalid(let index): return "zip directory entry \(index + 1) is invalid"
        case .zipDirectoryEntryPastDirectory(let index):
            return "zip directory entry \(index + 1) runs past the directory"
        case .zip64SizesMissing(let index): return "zip directory entry \(index + 1) lacks its ZIP64 sizes"
        case .zipEntryOutsideFile(let entry): return "“\(entry)” lies outside the file"
        case .zipEntryHeaderMisplaced(let entry): return "the header of “\(entry)” is not where the directory says"
        case .zipEntriesOverlap(let a, let b): return "“\(a)” and “\(b)” overlap"
        case .zipEntryLargerThanAnnounced(let entry, let announced):
            return "“\(entry)” unpacks to more than the \(announced) bytes the directory records"
        case .zipEntrySizeMismatch(let entry, let produced, let announced):
            return "“\(entry)” unpacks to \(produced) bytes, the directory records \(announced) bytes"
        case .zipEntryChecksumMismatch(let entry): return "“\(entry)” fails its checksum"
        case .zipStoredSizesDiffer(let entry): return "“\(entry)” is not compressed, yet its two sizes differ"
        case .zip64LocatorMissing: return "the ZIP64 locator is missing"
        case .zip64RecordOutsideFile: return "the ZIP64 directory record lies outside the file"
        case .zip64RecordInvalid: return "the ZIP64 directory record is invalid"
        case .zip64DirectoryPastFile: return "the ZIP64 directory is larger than the file"
        case .zipDirectoryOutsideFile: return "the zip directory points outside the file"
        case .deflate(let defect): return "invalid deflate data: \(englishDeflate(defect))"
        case .notCompoundFile: return "not a compound file"
        case .byteOrderMark: return "wrong compound file byte order mark"
        case .sectorSize: return "wrong sector size"
        case .miniSectorSize: return "wrong mini sector size"
        case .rootMissing: return "the root directory is missing"
        case .difatChainShort: return "the DIFAT chain is too short"
        case .chainLoops(let structure): return "the \(englishName(structure)) chain loops"
        case .chainBroken(let structure): return "the \(englishName(structure)) chain is broken"
        case .sectorNumberPastTable(let structure): return "a sector number past the \(englishName(structure))"
        case .streamLargerThanChain(let stream): return "stream \(stream) is larger than its sector chain"
        case .streamLargerThanMiniChain(let stream): return "stream \(stream) is larger than its mini sector chain"
        case .miniSectorOutsideMiniStream: return "a mini sector lies outside the mini stream"
        case .miniStreamLargerThanChain: return "the mini stream is larger than its sector chain"
        case .xmlElementTooLarge(let limit):
            return "an XML element is larger than \(limit >> 20) MB and has no end tag"
        case .workbookPartMissing(let path): return "the xlsx has no workbook part \(path)"
        case .sheetWithoutPart(let sheet, let relationship):
            return "sheet “\(sheet)” has no part (relationship \(relationship ?? "missing"))"
        case .sheetPartMissing(let sheet, let part): return "sheet “\(sheet)” points to a missing part \(part)"
        case .workbookStreamMissing: return "there is no Workbook stream"
        case .bofMissing: return "the BOF record is missing"
        case .sheetMissing(let index): return "there is no sheet \(index + 1)"
        case .rowPositionOutsideStream: return "a row position lies outside the stream"
        case .sheetStartOutsideStream: return "a sheet starts outside the stream"
        case .sheetStartNotBOF: return "a sheet does not start with a BOF record"
        }
    }

    static func englishDeflate(_ d: ContainerError.DeflateDefect) -> String {
        switch d {
        case .reservedBlockType: return "block type 3"
        case .storedLengthMismatch: return "a stored block's length does not match its complement"
        case .tooManySymbols: return "more length or distance symbols than allowed"
        case .repeatWithoutPrevious: return "the first code length asks to repeat a previous one"
        case .repeatPastSymbols: return "a repeated code length runs past the symbols"
        case .missingEndOfBlock: return "the end-of-block code is missing"
        case .distanceTooFar: return "a distance reaches before the data unpacked so far"
        case .invalidLiteralLength: return "an invalid literal/length code"
        case .invalidDistance: return "an invalid distance code"
        case .emptyCode: return "a Huffman code without any code word"
        case .oversubscribedCode: return "oversubscribed code lengths (too many code words)"
        case .incompleteCode: return "incomplete code lengths"
        case .tableTooLarge: return "the Huffman table is too large"
        }
    }

    static func englishUnsupported(_ u: ContainerError.UnsupportedFormat) -> String {
        switch u {
        case .compressionMethod(let entry, let method):
            return "compression method \(method) of “\(entry)” (only stored and deflate are read)"
        case .multiVolumeZip: return "a multi-volume zip"
        case .biff2to4: return "Excel 2–4 format: save it as .xlsx"
        case .biff5: return "Excel 95 (BIFF5) format: save it as .xlsx"
        }
    }

    static func englishLimit(_ l: ContainerError.ExceededLimit) -> String {
        switch l {
        case .zipEntryCount(let count, let limit): return "the archive lists \(count) files, more than \(limit)"
        case .entryInMemory(let entry, let limit): return "“\(entry)” unpacks to more than \(englishSize(limit))"
        case .inflateRatio(let entry, let ratio):
            return "“\(entry)” unpacks to more than \(ratio) times its packed size (a suspected zip bomb)"
        case .partSize(let entry, let limit): return "“\(entry)” is larger than \(englishSize(limit))"
        case .archiveInflated(let limit): return "the archive unpacks to more than \(englishSize(limit))"
        case .deflateOutput(let limit): return "deflate data unpacks to more than \(limit) bytes"
        case .directoryEntries(let limit): return "more than \(limit) directory entries"
        case .markupSize(let limit): return "the web page table is larger than \(limit >> 20) MB"
        case .spillFileNotCreated(let directory, let reason):
            return
                "cannot create a temporary file in \(directory): \(SystemFailureWording.reason(reason, in: .english))"
        case .spillFileWrite(let reason):
            return "writing the temporary file failed: \(SystemFailureWording.reason(reason, in: .english))"
        }
    }

    static func englishRefusal(_ r: ContainerError.Refusal) -> String {
        switch r {
        case .doctype: return "the XML has a DOCTYPE declaration"
        }
    }

    static func englishName(_ s: CompoundFileStructure) -> String {
        switch s {
        case .fat: return "FAT"
        case .miniFAT: return "mini FAT"
        case .difat: return "DIFAT"
        case .directory: return "directory"
        }
    }

    static func englishSize(_ bytes: Int) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
