import Foundation

/// Markup's text as UTF-8, whatever it was saved in: a byte-order mark decides, then a charset in
/// the first bytes (`<meta charset="gbk">`, `encoding="GB2312"`), then whether it is valid UTF-8.
enum MarkupText {
    static func utf8(_ bytes: [UInt8]) throws -> [UInt8] {
        let (sniffed, bom) = bytes.withUnsafeBytes {
            TextEncoding.sniff(UnsafeRawBufferPointer(rebasing: $0.prefix(64 << 10)))
        }
        var encoding = sniffed
        if bom == 0 {
            let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
            if head.contains("charset=gb") || head.contains("charset=\"gb") || head.contains("encoding=\"gb")
                || head.contains("encoding='gb")
            {
                encoding = .gb18030
            }
        }
        let body = Array(bytes[bom...])
        return encoding.iconvName == nil ? body : try decode(body, from: encoding)
    }

    static func decode(_ bytes: [UInt8], from encoding: TextEncoding) throws -> [UInt8] {
        let transcoder = try Transcoder(from: encoding)
        var out = ByteBuffer(capacity: bytes.count * 2 + 16)
        _ = bytes.withUnsafeBytes { transcoder.convert($0, isFinal: true, into: &out) }
        return Array(out.storage[0..<out.count])
    }
}
