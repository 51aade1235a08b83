import AuditRecords

/// The unit costs of the store's items, read from `costs.csv` beside contract.json: columns
/// `item,unitCost` (a header line and `#` comments optional), the item a 商品ID (`商品ID 6001…`),
/// a 商家编码 or the title as the order export writes it. Read like the claims file (UTF-8, GBK,
/// UTF-16); the workspace finds it.
public struct ItemCosts: Sendable, Hashable {
    /// The name of the file beside contract.json.
    public static let fileName = "costs.csv"

    /// The file read, relative to the store folder; nil when there is none.
    public var file: String?
    public var costs: [ItemCost] = []
    public var problems: [CostProblem] = []

    public init() {}

    /// The costs of one file's bytes.
    public static func parse(_ bytes: [UInt8], file: String = fileName) -> ItemCosts {
        var costs = ItemCosts()
        costs.file = file
        let records: [(line: Int, cells: [String])]
        do {
            records = try AgencyClaims.records(bytes)
        } catch let error as ImportError {
            costs.problems.append(CostProblem(line: 0, reason: .unreadable(.inFile(file, error))))
            return costs
        } catch {
            costs.problems.append(CostProblem(line: 0, reason: .unreadable(.unreadable(file: file, cause: error))))
            return costs
        }
        var first = true
        for (line, cells) in records {
            let item = cells.first ?? ""
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) || item.hasPrefix("#") { continue }
            defer { first = false }
            if first, ["item", "商品", "商品ID", "商家编码", "商品标题"].contains(item) { continue }
            guard !item.isEmpty else {
                costs.problems.append(CostProblem(line: line, reason: .emptyItem))
                continue
            }
            let written = cells.count > 1 ? cells[1] : ""
            guard case .success(let yuan) = ClaimValue.parse(written, unit: .money), yuan > 0 else {
                costs.problems.append(CostProblem(line: line, reason: .badCost(found: ClaimText.shown(written))))
                continue
            }
            let id = Array(MerchantApprovals.itemID(in: item).utf8)
            var title = Array(item.utf8)
            costs.costs.append(
                ItemCost(
                    item: item, itemIDKey: id.withUnsafeBufferPointer { OrderKeys.itemIDKey($0) },
                    titleKey: title.withUnsafeMutableBufferPointer { StableHash.words(UnsafeBufferPointer($0)) },
                    unitCost: Money(roundingYuan: yuan), line: line))
        }
        costs.settleRepeats()
        return costs
    }

    /// An item written on two lines: at the same cost once is enough; at different costs neither
    /// line can be trusted over the other (the first line would otherwise decide silently), so the
    /// item keeps no cost — its orders are named among those without one — and each later line says why.
    mutating func settleRepeats() {
        var first: [UInt64: ItemCost] = [:]
        var conflicting: Set<UInt64> = []
        var kept: [ItemCost] = []
        for c in costs {
            let key = c.itemIDKey != 0 ? c.itemIDKey : c.titleKey
            guard let earlier = first[key] else {
                first[key] = c
                kept.append(c)
                continue
            }
            guard c.unitCost != earlier.unitCost else { continue }
            conflicting.insert(key)
            problems.append(
                CostProblem(
                    line: c.line,
                    reason: .conflictingCost(
                        item: ClaimText.shown(c.item), firstLine: earlier.line, first: earlier.unitCost,
                        found: c.unitCost)))
        }
        costs = kept.filter { !conflicting.contains($0.itemIDKey != 0 ? $0.itemIDKey : $0.titleKey) }
        problems.sort { $0.line < $1.line }
    }

    /// A costs file whose bytes could not be read.
    public static func unreadable(file: String = fileName, error: ImportError) -> ItemCosts {
        var costs = ItemCosts()
        costs.file = file
        costs.problems.append(CostProblem(line: 0, reason: .unreadable(error)))
        return costs
    }
}

/// A line of costs.csv the audit could not use, and why.
public struct CostProblem: Sendable, Hashable {
    /// The line (1-based); 0 when the whole file could not be read.
    public var line: Int
    public var reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public enum Reason: Sendable, Hashable {
        /// The item cell is empty.
        case emptyItem
        /// The cost is no amount above 0 (`found` as written, cut to 40 characters).
        case badCost(found: String)
        /// The item was given another cost on an earlier line: the item keeps neither.
        case conflictingCost(item: String, firstLine: Int, first: Money, found: Money)
        /// The file's bytes could not be read or decoded.
        case unreadable(ImportError)
    }
}
