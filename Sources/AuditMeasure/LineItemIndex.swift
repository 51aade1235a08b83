import AuditImport
import AuditRecords

/// Every line item of a month, each once, found by its order in one probe of a hash table:
/// each order's items are chained from its first (in file order), so nothing is sorted and no
/// dictionary entry is made per order.
struct LineItemIndex {
    private var items: [LineItemRecord] = []
    /// The next item of the same order, -1 after the last.
    private var next: [Int32] = []
    /// Order id key → its first item.
    private var firstItem = HashIndex(expected: 0)
    private var titles: [String] = []
    /// Whether an order of the month took each item.
    private var matched: [Bool] = []

    var isEmpty: Bool { items.isEmpty }

    /// Gathers the line items of `files` (the others are passed over), counting a line that
    /// appears again (same 子订单编号) as a duplicate in its file's accounting.
    init(_ files: inout [ImportedExport]) {
        let total = files.reduce(0) { $0 + ($1.kind == .lineItems ? $1.lineItems.count : 0) }
        guard total > 0 else { return }
        items.reserveCapacity(total)
        next.reserveCapacity(total)
        firstItem = HashIndex(expected: total)
        var seen = HashIndex(expected: total)
        for i in files.indices where files[i].kind == .lineItems {
            let offset = Int32(titles.count)
            titles += files[i].lineItemTitles
            for var item in files[i].lineItems {
                let at = items.count
                if let earlier = seen.existingOrInsert(item.subOrderKey, at),
                    items[earlier].subOrderKey == item.subOrderKey, items[earlier].orderIDKey == item.orderIDKey
                {
                    files[i].counts.accepted -= 1
                    files[i].counts.skippedDuplicate += 1
                    continue
                }
                if item.titleIndex >= 0 { item.titleIndex += offset }
                items.append(item)
                next.append(-1)
                if let head = firstItem.existingOrInsert(item.orderIDKey, at) {
                    // Linked after the order's first item: the first stays first; sums need no order.
                    next[at] = next[head]
                    next[head] = Int32(at)
                }
            }
        }
        matched = [Bool](repeating: false, count: items.count)
    }

    /// The summary of order `key`'s items (marked as taken); nil when it has none.
    mutating func summary(of key: UInt64) -> LineItemSummary? {
        guard var k = firstItem.value(for: key) else { return nil }
        // A hash match is confirmed on the key itself.
        guard items[k].orderIDKey == key else { return nil }
        var summary = LineItemSummary()
        while k >= 0 {
            summary.add(items[k], titles: titles)
            matched[k] = true
            k = Int(next[k])
        }
        return summary
    }

    /// The lines of order `key`, in file order after its first; empty when it has none.
    func lines(of key: UInt64) -> [LineItemRecord] {
        guard var k = firstItem.value(for: key), items[k].orderIDKey == key else { return [] }
        var lines: [LineItemRecord] = []
        while k >= 0 {
            lines.append(items[k])
            k = Int(next[k])
        }
        return lines
    }

    /// A line's title; nil for none.
    func title(of line: LineItemRecord) -> String? {
        titles.indices.contains(Int(line.titleIndex)) ? titles[Int(line.titleIndex)] : nil
    }

    /// Items whose order is in none of the month's order exports.
    var unmatchedCount: Int { matched.reduce(0) { $0 + ($1 ? 0 : 1) } }
}
