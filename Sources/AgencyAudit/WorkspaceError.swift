import AuditContract
import AuditImport
import AuditRecords
import AuditReport

/// A reason the audit cannot run on a store folder, in words a merchant can act on.
public enum WorkspaceError: Error, Sendable, CustomStringConvertible {
    case storeNotFound(String)
    case contractMissing(String)
    case noExports(String)
    case monthNotFound(YearMonth, available: [YearMonth])
    case contract(ContractError)
    case input(ImportError)
    case cannotWrite(path: String, reason: String)
    case outputInsideExports(String)
    /// The report folder is the store folder itself, where contract.json and exports/ live.
    case outputIsStoreFolder(String)
    /// The report folder (or a month folder in it) is an existing file.
    case outputIsAFile(String)
    /// The store's traffic-sources.csv cannot be used: the line and what is wrong.
    case trafficSources(String)

    public var description: String {
        switch self {
        case .storeNotFound(let p): return "找不到店铺文件夹 \(p)"
        case .contractMissing(let p): return "\(p) 里没有 contract.json（合同文件，格式见 README）"
        case .noExports(let p): return "\(p) 下没有 exports/<YYYY-MM>/ 月份文件夹，无法审计"
        case .monthNotFound(let m, let available):
            return "exports/ 下没有 \(m) 的文件夹（现有：\(available.map(\.description).joined(separator: ", "))）"
        case .contract(let e): return ContractErrorWording.sentence(e)
        case .input(let e): return ImportErrorWording.sentence(e)
        case .cannotWrite(let path, let reason): return "无法写入报告 \(path)：\(reason)"
        case .trafficSources(let message): return message
        case .outputInsideExports(let p):
            return "报告目录 \(p) 位于 exports/ 里（或经链接指向那里）：报告不能写进导出文件夹，请换一个 --out；什么都没有写入"
        case .outputIsStoreFolder(let p):
            return "报告目录 \(p) 就是店铺文件夹本身（或经链接指向它）：请换一个 --out（默认是 Reports/<店铺文件夹名>）；什么都没有写入"
        case .outputIsAFile(let p): return "报告目录 \(p) 是一个已有的文件，不是文件夹：请换一个 --out，或移走这个文件；什么都没有写入"
        }
    }
}
