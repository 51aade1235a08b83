/// Everything read from one export file: its typed records, its rejects and its row accounting.
public struct ImportedExport: Sendable {
    public var file: String
    public var kind: ExportKind
    public var platform: Platform
    public var encoding: TextEncoding
    public var headerLine: Int
    public var counts = RowCounts()
    /// The accepted order rows, compact (`OrderRecord`); `orders` gives them in full.
    public var orderChunks = OrderRecordChunks()
    public var orderRecords: [OrderRecord] {
        get { orderChunks.all }
        set { orderChunks = OrderRecordChunks(newValue) }
    }
    /// Where the full orders behind `orderRecords` are: the file itself, read again.
    public var orderDetails: (any OrderDetailSource)?
    public var traffic: [TrafficRecord] = []
    public var ads: [AdRecord] = []
    public var rejects: [RejectedRow] = []
    /// Summary rows' own totals (合计 of an ads report), kept to cross-check the detail rows.
    public var notes: [String] = []
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
