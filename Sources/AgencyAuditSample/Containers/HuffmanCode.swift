/// A length-limited canonical Huffman code for one DEFLATE alphabet: each symbol's codeword
/// length and codeword, built from the symbols' counts in a block.
///
/// Lengths come from an optimal (Huffman) tree, then, when a length passes the limit (15 bits,
/// 7 for the code-length code), from the adjustment miniz uses: the long codewords are cut to the
/// limit and shorter ones lengthened one by one until the code is complete again. Not always
/// optimal, always valid and complete, and cheap.
struct HuffmanCode {
    /// Codeword length of each symbol; 0 for a symbol the block does not use.
    private(set) var lengths: [UInt8]
    /// Each symbol's codeword with its bits reversed, so it can be written least significant bit first.
    private(set) var codes: [UInt16]

    /// The code for `counts` (one per symbol), no codeword longer than `maxLength`.
    ///
    /// Like zlib, at least two symbols get a codeword (symbols 0 and 1 stand in when fewer are used):
    /// some decoders reject a code of a single codeword.
    init(counts: UnsafeBufferPointer<UInt32>, maxLength: Int) {
        let n = counts.count
        lengths = [UInt8](repeating: 0, count: n)
        codes = [UInt16](repeating: 0, count: n)
        // Used symbols sorted by (count, symbol): ties broken by symbol, so the code is deterministic.
        var symbols = (0..<n).filter { counts[$0] > 0 }
        for filler in 0..<2 where symbols.count < 2 && !symbols.contains(filler) { symbols.append(filler) }
        let weight = { (s: Int) -> UInt64 in max(1, UInt64(counts[s])) }
        symbols.sort { (weight($0), $0) < (weight($1), $1) }

        let depths = Self.treeDepths(symbols.map(weight))
        // Codewords per length, the overlong ones first cut to the limit.
        var perLength = [Int](repeating: 0, count: maxLength + 1)
        for d in depths { perLength[min(d, maxLength)] += 1 }
        var kraft = 0
        for length in 1...maxLength { kraft += perLength[length] << (maxLength - length) }
        while kraft > 1 << maxLength {
            // One codeword of the longest length goes; a shorter leaf splits into two one bit longer.
            perLength[maxLength] -= 1
            for length in stride(from: maxLength - 1, through: 1, by: -1) where perLength[length] > 0 {
                perLength[length] -= 1
                perLength[length + 1] += 2
                break
            }
            kraft -= 1
        }
        // The rarest symbols get the longest codewords.
        var next = 0
        for length in stride(from: maxLength, through: 1, by: -1) {
            for _ in 0..<perLength[length] {
                lengths[symbols[next]] = UInt8(length)
                next += 1
            }
        }
        assignCodes()
    }

    /// The code with the given lengths (the fixed code of RFC 1951 §3.2.6).
    init(lengths: [UInt8]) {
        self.lengths = lengths
        codes = [UInt16](repeating: 0, count: lengths.count)
        assignCodes()
    }

    /// Canonical codewords (RFC 1951 §3.2.2): by length, then by symbol.
    private mutating func assignCodes() {
        var perLength = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { perLength[Int(l)] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + perLength[length - 1]) << 1
            next[length] = code
        }
        for s in lengths.indices where lengths[s] > 0 {
            let length = Int(lengths[s])
            var reversed = 0
            var c = next[length]
            for _ in 0..<length {
                reversed = reversed << 1 | c & 1
                c >>= 1
            }
            codes[s] = UInt16(reversed)
            next[length] += 1
        }
    }

    /// Leaf depths of a Huffman tree over `weights` (sorted ascending, at least two), in the same order.
    ///
    /// The two-queue construction: leaves are taken in order, merged nodes are made in
    /// non-decreasing weight, so the two lightest are always at the front of one queue or the other.
    private static func treeDepths(_ weights: [UInt64]) -> [Int] {
        let n = weights.count
        var nodeWeight = [UInt64](repeating: 0, count: n - 1)
        var nodeParent = [Int](repeating: 0, count: n - 1)
        var leafParent = [Int](repeating: 0, count: n)
        var leaf = 0
        var node = 0
        for made in 0..<(n - 1) {
            var sum: UInt64 = 0
            for _ in 0..<2 {
                // A leaf wins ties, keeping the tree shallow.
                if leaf < n, node >= made || weights[leaf] <= nodeWeight[node] {
                    sum += weights[leaf]
                    leafParent[leaf] = made
                    leaf += 1
                } else {
                    sum += nodeWeight[node]
                    nodeParent[node] = made
                    node += 1
                }
            }
            nodeWeight[made] = sum
        }
        var nodeDepth = [Int](repeating: 0, count: n - 1)
        for k in stride(from: n - 3, through: 0, by: -1) { nodeDepth[k] = nodeDepth[nodeParent[k]] + 1 }
        return leafParent.map { nodeDepth[$0] + 1 }
    }
}
