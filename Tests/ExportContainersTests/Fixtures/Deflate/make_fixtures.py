# Makes the DEFLATE fixtures of InflateTests: the originals, then each one compressed by zlib
# as a raw stream (wbits=-15) at a level and strategy. Run from this folder: python3 make_fixtures.py
import random, zlib

def originals():
    rng = random.Random(20250901)
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"]
    items = ["加厚保温杯 500ml", "纯棉四件套（1.8m 床）", "儿童防晒衣 UPF50+", "无线蓝牙耳机 & 充电仓", "手冲咖啡壶 <限量>"]
    cities = ["浙江省杭州市余杭区", "广东省深圳市南山区", "江苏省苏州市工业园区", "四川省成都市武侯区"]
    def sheet(rows):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>']
        for r in range(1, rows + 1):
            cells = [str(3812004976329210000 + rng.randrange(10**6)), rng.choice(names), rng.choice(items),
                     "%d.%02d" % (rng.randrange(20, 900), rng.randrange(100)), rng.choice(cities) + "%d号" % rng.randrange(1, 300)]
            out.append('<row r="%d">' % r)
            for i, v in enumerate(cells):
                v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                out.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % ("ABCDE"[i], r, v))
            out.append('</row>')
        out.append('</sheetData></worksheet>\n')
        return "".join(out).encode("utf-8")
    yield "chinese.xml", sheet(24)
    yield "random.bin", bytes(rng.randrange(256) for _ in range(2048))
    yield "empty.txt", b""
    yield "runs.txt", b"a" * 3000 + b"0" * 5000 + b"<c/>" * 500 + b" " * 1000 + b"\xe5\x93\x88" * 700
    # 70 KB: repeats from more than 32 KiB back must not be used; from within the window they are.
    yield "window.xml", sheet(300)[:70_000]

# (original, level, strategy name)
PLAN = [
    ("chinese.xml", 0, "Z_DEFAULT_STRATEGY"), ("chinese.xml", 1, "Z_DEFAULT_STRATEGY"),
    ("chinese.xml", 6, "Z_DEFAULT_STRATEGY"), ("chinese.xml", 9, "Z_DEFAULT_STRATEGY"),
    ("chinese.xml", 6, "Z_FIXED"), ("chinese.xml", 6, "Z_HUFFMAN_ONLY"),
    ("random.bin", 0, "Z_DEFAULT_STRATEGY"), ("random.bin", 6, "Z_DEFAULT_STRATEGY"), ("random.bin", 9, "Z_FIXED"),
    ("empty.txt", 0, "Z_DEFAULT_STRATEGY"), ("empty.txt", 6, "Z_DEFAULT_STRATEGY"), ("empty.txt", 6, "Z_FIXED"),
    ("runs.txt", 1, "Z_DEFAULT_STRATEGY"), ("runs.txt", 9, "Z_DEFAULT_STRATEGY"), ("runs.txt", 6, "Z_RLE"), ("runs.txt", 6, "Z_FIXED"),
    ("window.xml", 6, "Z_DEFAULT_STRATEGY"), ("window.xml", 9, "Z_DEFAULT_STRATEGY"),
    ("runs40.txt", 6, "Z_DEFAULT_STRATEGY"),
]

def compress(data, level, strategy):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, getattr(zlib, strategy))
    return c.compress(data) + c.flush()

if __name__ == "__main__":
    data = dict(originals())
    for name, d in data.items():
        open(name, "wb").write(d)
    # 524 KB of output (more than the decoder's 96 KiB buffer, many times over): not committed, the test repeats runs.txt.
    data["runs40.txt"] = data["runs.txt"] * 40
    for name, level, strategy in PLAN:
        suffix = "" if strategy == "Z_DEFAULT_STRATEGY" else "." + strategy[2:].lower()
        open("%s.%d%s.deflate" % (name, level, suffix), "wb").write(compress(data[name], level, strategy))
