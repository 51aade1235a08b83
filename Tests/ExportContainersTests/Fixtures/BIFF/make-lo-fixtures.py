#!/usr/bin/env python3
"""Writes the flat-ODS sources of the LibreOffice fixtures and converts each to .xls.

Run from this folder: python3 make-lo-fixtures.py   (needs `libreoffice` on the PATH).
The .fods sources are written first (deterministically), then
    libreoffice --headless --convert-to xls:"MS Excel 97" NAME.fods
turns each into NAME.xls. See README.md for what each file covers.
"""
import subprocess
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <number:date-style style:name="N_DT"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
  <number:boolean-style style:name="N_BOOL"><number:boolean/></number:boolean-style>
  <style:style style:name="ce_date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_DATE"/>
  <style:style style:name="ce_dt" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_DT"/>
  <style:style style:name="ce_bool" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_BOOL"/>
  <style:style style:name="ce_fill" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
  <style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
"""
TAIL = " </office:spreadsheet></office:body></office:document>\n"


def s(text):
    return f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'


def f(value):
    return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def date(iso, style="ce_date"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'


def boolean(value):
    v = "true" if value else "false"
    return f'<table:table-cell table:style-name="ce_bool" office:value-type="boolean" office:boolean-value="{v}"><text:p>{v.upper()}</text:p></table:table-cell>'


def formula(expr, kind, cached):
    """A formula cell; `kind` is string, float, boolean or error, `cached` its result."""
    expr = escape(expr, {'"': "&quot;"})
    if kind == "string":
        return f'<table:table-cell table:formula="of:{expr}" office:value-type="string" office:string-value="{escape(cached)}"><text:p>{escape(cached)}</text:p></table:table-cell>'
    if kind == "float":
        return f'<table:table-cell table:formula="of:{expr}" office:value-type="float" office:value="{cached}"><text:p>{cached}</text:p></table:table-cell>'
    if kind == "boolean":
        return f'<table:table-cell table:formula="of:{expr}" table:style-name="ce_bool" office:value-type="boolean" office:boolean-value="{cached}"><text:p>{cached.upper()}</text:p></table:table-cell>'
    return f'<table:table-cell table:formula="of:{expr}"><text:p>{cached}</text:p></table:table-cell>'


def fill(n=1):
    """Styled cells without a value: LibreOffice writes them as BLANK / MULBLANK records."""
    return f'<table:table-cell table:style-name="ce_fill" table:number-columns-repeated="{n}"/>' if n > 1 else '<table:table-cell table:style-name="ce_fill"/>'


def empty(n=1):
    return f'<table:table-cell table:number-columns-repeated="{n}"/>' if n > 1 else "<table:table-cell/>"


def table(name, rows, hidden=False):
    style = ' table:style-name="ta_hidden"' if hidden else ""
    out = [f' <table:table table:name="{escape(name)}"{style}>']
    for cells in rows:
        out.append("  <table:table-row>" + "".join(cells) + "</table:table-row>" if cells else '  <table:table-row><table:table-cell/></table:table-row>')
    out.append(" </table:table>")
    return "\n".join(out) + "\n"


def write(name, tables):
    with open(f"{name}.fods", "w", encoding="utf-8") as out:
        out.write(HEAD + "".join(tables) + TAIL)


# 生意参谋 店铺来源, one day: title rows, header on row 6, numbers as text and as numbers, a footer note.
write("lo-sycm-small", [table("店铺来源", [
    [s("生意参谋 流量 店铺来源")],
    [s("统计时间：2025-09-03 ~ 2025-09-03")],
    [s("终端：无线")],
    [s("注：数据已去重")],
    [],
    [s(h) for h in ["一级来源", "二级来源", "三级来源", "访客数", "下单金额", "下单买家数", "下单转化率", "支付金额"]],
    [s("淘内免费"), s("手淘搜索"), s("-"), f(5652), s("5,652.00"), f(37), s("12.34%"), f(128.5)],
    [s("付费流量"), s("直通车"), s("关键词"), f(1200), s("1,024.50"), f(12), s("1.00%"), f(99.99)],
    [s("自主访问"), s("购物车"), s("-"), f(0), s("0.00"), f(0), s("0.00%"), f(0)],
    [s("说明：访客数为去重人数")],
])])

# Every cell kind LibreOffice writes: numbers (RK, MULRK, NUMBER), text numbers, dates, booleans,
# formulas (string, number, boolean, error and empty-string results), styled blanks, non-BMP and
# Latin-1 text; then a second sheet and a hidden third one.
write("lo-types", [
    table("类型", [
        [s(h) for h in ["文本", "数字", "文本数字", "百分比文本", "日期", "日期时间", "布尔", "公式文本", "公式数字", "公式布尔", "公式错误"]],
        [s("中文 text"), f(5652), s("5,652.00"), s("12.34%"), date("2025-07-03"), date("2025-07-03T10:12:45", "ce_dt"), boolean(True),
         formula('=[.A2]&"元"', "string", "中文 text元"), formula("=[.B2]*2", "float", "11304"), formula("=[.B2]>0", "boolean", "true"),
         formula("=1/0", "error", "#DIV/0!")],
        [f(1), f(2), f(3), f(-4), f(1000000), f(0.5), f(128.5), f(3.14159265358979), f(1.5e-07), f(123456789012)],
        [fill(4)],
        [s("左"), fill(2), s("右")],
        [s("前"), formula('=""', "string", ""), boolean(False)],
        [s("😀表情"), s("café"), s("Ωmega")],
    ]),
    table("第二页", [
        [s("店铺"), s("日期")],
        [s("旗舰店"), date("2024-02-29")],
    ]),
    table("隐藏", [[s("看不见")]], hidden=True),
])

# A shared string table of many long Chinese strings: it passes 8,224 bytes, so it goes on in
# CONTINUE records. LibreOffice moves a string that fits in a record to the next one whole, so
# three very long strings (one Latin, two Chinese, each longer than a record) make sure strings
# are cut at the boundaries too.
PHRASES = ["手淘搜索", "直通车关键词", "购物车", "我的淘宝", "万相台无界", "引力魔方", "猜你喜欢", "淘宝客", "品销宝", "超级推荐"]


def long_chinese(seed, length):
    text = f"长文本{seed}："
    k = seed
    while len(text) < length:
        text += PHRASES[k % len(PHRASES)] + "，"
        k += 1
    return text[:length - 1] + "。"


def long_latin(length):
    return "".join(chr(ord("A") + k % 26) for k in range(length))


rows = [[s("序号"), s("来源说明"), s("访客数")]]
for i in range(1, 151):
    text = f"第{i}行：" + "，".join(PHRASES[(i + k) % len(PHRASES)] for k in range(3 + i % 5)) + "。"
    rows.append([f(i), s(text), f(i * 7)])
rows.append([f(151), s(long_latin(9000)), f(0)])
rows.append([f(152), s(long_chinese(1, 5000)), f(0)])
rows.append([f(153), s(long_chinese(2, 5000)), f(0)])
write("lo-big-sst", [table("来源明细", rows)])

for name in ["lo-sycm-small", "lo-types", "lo-big-sst"]:
    subprocess.run(["libreoffice", "--headless", "--convert-to", 'xls:MS Excel 97', f"{name}.fods"], check=True)
