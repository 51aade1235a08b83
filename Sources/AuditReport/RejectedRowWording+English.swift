import AuditImport
import AuditRecords

extension RejectedRowWording {
    static func english(_ reason: RejectReason) -> String {
        switch reason {
        case .empty(let value):
            return "empty; it should hold " + (value.map(englishName) ?? "a value")
        case .invalidCell(.misplacedComma, let found):
            return "\(english(CellProblem.misplacedComma)); found “\(found)”"
        case .invalidCell(let problem, let found):
            return "\(english(problem)), found “\(found)”"
        case .implausibleQuantity(let quantity, let kind):
            return "\(kind == .lineItems ? "purchase quantity" : "item quantity") \(quantity) is implausible"
        case .negativeAmount(let amount):
            return "negative amount (\(amount))"
        case .absurdAmount(let amount):
            return "implausibly large amount (\(amount))"
        case .idInScientificNotation(let id):
            return "Excel turned the order number into scientific notation (\(id)) and it cannot be restored; use the "
                + "platform's original export file"
        case .tooLong(let limit):
            let shown = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes"
            return "the row is longer than \(shown) (a quote may not be closed): skipped"
        case .unterminatedQuote:
            return "a quote in the row is not closed before the end of the file (the file may be cut short)"
        case .fieldCount(let found, let header, let lines) where lines > 1:
            return
                "the row has \(English.count(found, "field", "fields")) and the header \(header); it spans \(lines) lines, so a quote may not "
                + "be closed"
        case .fieldCount(let found, let header, _):
            return
                "the row has \(English.count(found, "field", "fields")) and the header \(header) (a comma without quotes, or a row cut short)"
        }
    }

    static func english(_ problem: CellProblem) -> String {
        switch problem {
        case .notMoney: return "should be an amount (such as 1234.50 or ¥1,234.50)"
        case .moneyTooPrecise: return "should be an amount (too many decimals)"
        case .moneyTooLarge: return "should be an amount (implausibly large)"
        case .notInteger: return "should be a whole number"
        case .integerTooLarge: return "should be a whole number (implausibly large)"
        case .notNumber: return "should be a number"
        case .misplacedComma:
            return "misplaced comma: thousands separators go every three digits (such as 1,234 or 1,234.50) and the "
                + "decimal point is “.”"
        case .notDateTime: return "should be a date and time (such as 2025-08-01 10:00:00)"
        case .badSeconds: return "the time's seconds are wrong"
        case .notDate: return "should be a date (such as 2025-08-01)"
        case .notDuration: return "should be a length of time (such as 65 or 1:05)"
        }
    }

    static func englishName(_ value: RejectReason.RequiredValue) -> String {
        switch value {
        case .orderID: return "the order number"
        case .subOrderID: return "the sub-order number"
        case .parentOrderID: return "the parent order number"
        case .refundedOrderID: return "the refunded order's number"
        case .serviceID: return "the service order number"
        case .campaignName: return "the campaign name"
        case .trafficSource: return "the traffic source"
        }
    }
}
