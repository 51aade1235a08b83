import AuditRecords

/// Everything read from one export file: its typed records, its rejects and its row accounting.
public struct ImportedExport: Sendable {
    public var file: String
    public var kind: ExportKind
    public var platform: Platform
    public var encoding: TextEncoding
    public var headerLine: Int
    /// The header row's names, as read (sheets of one workbook with the same header form one export).
    public var headerNames: [String] = []
    /// The worksheets the export was read from (empty for a CSV file).
    public var sheets: [String] = []
    /// The container the rows came in when it is not text: `xlsx`, `xls`, `html`, `xml`.
    public var container: String?
    public var counts = RowCounts()
    /// The accepted order rows, compact (`OrderRecord`); `orders` gives them in full.
    public var orderChunks = OrderRecordChunks()
    public var orderRecords: [OrderRecord] {
        get { orderChunks.all }
        set { orderChunks = OrderRecordChunks(newValue) }
    }
    /// Where the full orders behind `orderRecords` are: the file itself, read again.
    public var orderDetails: (any OrderDetailSource)?
    /// The rows of a 子订单 export, and their titles (each once).
    public var lineItems: [LineItemRecord] = []
    public var lineItemTitles: [String] = []
    public var traffic: [TrafficRecord] = []
    public var ads: [AdRecord] = []
    public var refunds: [RefundRecord] = []
    /// The days of a store overview download (生意参谋 数据概览, 拼多多 概况).
    public var overview: [ShopOverviewRecord] = []
    /// The requests of a 千牛 退款管理 export.
    public var refundRequests: [RefundRequestRecord] = []
    /// The rows of a customer-service export (客服绩效, 飞鸽 客服表现, 拼多多 客服数据).
    public var customerService: [CustomerServiceRecord] = []
    /// The items of a 千牛 营销活动 export.
    public var activityItems: [ActivityItemRecord] = []
    /// The item-days of a 生意参谋 商品_全部 download.
    public var itemDays: [ItemDayRecord] = []
    /// The SKU rows of a product-list snapshot (千牛 商品批量导出, 拼多多 商品导出).
    public var productSnapshots: [ProductSnapshotRecord] = []
    /// When the export was taken, as far as the audit can tell (set by whoever reads the file from
    /// disk): the data of its last days may not have settled yet.
    public var taken: ExportTaken?
    public var rejects: [RejectedRow] = []
    /// Order statuses the status table does not know, with how many rows gave each (`""` for an empty one).
    public var unknownStatuses: [String: Int] = [:]
    /// Orders whose time of payment was blank and whose day came from the order number (拼多多).
    public var timeUnknownOrders = 0
    /// Rows whose 商品ID (or 商家编码) a spreadsheet turned into scientific notation: kept, but
    /// without an item key (the lost digits could make two items one).
    public var lostItemIDs = 0
    /// What is worth saying about how the file was read.
    public var notes: [ImportNote] = []
    /// Bytes that were no valid character and were replaced.
    public var replacedBytes = 0
    /// Size of the file, and the time its import took: reading and decoding, and in all.
    public var bytes = 0
    public var readAndDecodeTime: Duration = .zero
    public var importTime: Duration = .zero
    /// How many parts the file was read in at once (a large file is split across the cores).
    public var parts = 1

    public init(file: String, kind: ExportKind, platform: Platform, encoding: TextEncoding, headerLine: Int) {
        self.file = file
        self.kind = kind
        self.platform = platform
        self.encoding = encoding
        self.headerLine = headerLine
    }

    /// Takes in `other`, a later part of the same export — the next sheet with the same header, or
    /// the second half of a file read in halves: every kind of record after these, its accounting
    /// added. The one merge of parts, so no kind of record can be left out of one of them.
    ///
    /// - Parameters:
    ///   - lineShift: added to the line of every record of `other` (a half of a text file numbers
    ///     its lines from 1; a sheet's rows carry their own numbers: 0).
    ///   - positionShift: added to where `other`'s orders can be read again (a half's decoded text
    ///     starts where the first half's ends; sheet positions are absolute: 0).
    mutating func absorb(_ other: consuming ImportedExport, lineShift: Int = 0, positionShift: UInt64 = 0) {
        var other = other
        var orders = other.orderChunks
        other.orderChunks = OrderRecordChunks()
        if lineShift != 0 || positionShift != 0 {
            orders.updateAll { $0 = $0.shifted(lines: lineShift, position: positionShift) }
        }
        orderChunks.append(contentsOf: orders)
        let offset = Int32(lineItemTitles.count)
        lineItems += other.lineItems.map { item in
            var moved = item
            if moved.titleIndex >= 0 { moved.titleIndex += offset }
            return moved
        }
        lineItemTitles += other.lineItemTitles
        func shifted<R>(_ rows: [R], _ location: WritableKeyPath<R, RowLocation>) -> [R] {
            guard lineShift != 0 else { return rows }
            return rows.map { row in
                var moved = row
                moved[keyPath: location].line += lineShift
                return moved
            }
        }
        traffic += shifted(other.traffic, \.location)
        ads += shifted(other.ads, \.location)
        refunds += shifted(other.refunds, \.location)
        overview += shifted(other.overview, \.location)
        refundRequests += shifted(other.refundRequests, \.location)
        customerService += shifted(other.customerService, \.location)
        activityItems += shifted(other.activityItems, \.location)
        itemDays += shifted(other.itemDays, \.location)
        productSnapshots += shifted(other.productSnapshots, \.location)
        rejects += shifted(other.rejects, \.location)
        counts = counts + other.counts
        unknownStatuses.merge(other.unknownStatuses, uniquingKeysWith: +)
        timeUnknownOrders += other.timeUnknownOrders
        lostItemIDs += other.lostItemIDs
        notes += other.notes
        sheets += other.sheets
        bytes += other.bytes
        replacedBytes += other.replacedBytes
        readAndDecodeTime += other.readAndDecodeTime
        importTime += other.importTime
    }

    /// The latest export time the file's own rows or name give (a store overview download's); nil
    /// when it gives none.
    public var exportedAtInside: LocalTime? { overview.compactMap(\.exportedAt).max() }

    /// The accepted orders in full, read back from the file (names, phones and addresses are not
    /// kept in memory). Setting it keeps the given orders in memory instead: for orders built in code.
    public var orders: [Order] {
        get {
            guard let details = orderDetails else { return [] }
            let records = orderRecords
            return zip(records, details.orders(records)).map { $1 ?? Order(unreadable: $0) }
        }
        set {
            orderRecords = newValue.indices.map { OrderRecord(newValue[$0], position: UInt64($0)) }
            orderDetails = InMemoryOrders(list: newValue)
        }
    }
}
