/// The byte range of one field inside the tokenizer's buffer.
struct CSVField {
    /// Raw range, including the surrounding quotes of a quoted field.
    var start: Int
    var end: Int
    /// Started with a double quote.
    var quoted: Bool
    /// Needs the slow path to read: doubled quotes inside, or text after the closing quote.
    var irregular: Bool
}
