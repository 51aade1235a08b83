#!/usr/bin/env python3
"""Writes the hand-made xlsx and zip fixtures beside this script (run it from anywhere).

Each file is a small package written part by part with Python's zipfile, so every quirk the
readers must cope with is there on purpose. Fixed timestamps make the output reproducible.
"""
import os, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
WHEN = (2025, 8, 1, 0, 0, 0)

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'


def write(name, parts, method=zipfile.ZIP_STORED):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, 'w') as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=WHEN)
            info.compress_type = method
            z.writestr(info, text.encode('utf-8') if isinstance(text, str) else text)
    return path


def workbook(sheets, pr=''):
    hidden_state = ' state="hidden"'
    s = ''.join(f'<sheet name="{n}" sheetId="{i + 1}"{hidden_state if hidden else ""} r:id="rId{i + 1}"/>'
                for i, (n, hidden) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{pr}<sheets>{s}</sheets></workbook>')


def rels(targets):
    r = ''.join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"/>' for i, t, target in targets)
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{r}</Relationships>'


STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d h:mm"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>')

# 1. As Apache POI's streaming writer (千牛, EasyExcel) writes: stored entries, inline strings, a
#    lying <dimension>, r on every row and cell; plus the cell types and escapes of real files.
SHEET1 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>订单编号</t></is></c><c r="B1" t="inlineStr"><is><t>&#20080;&#23478;实付金额</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>订单付款时间</t></is></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>\n'
          '<row r="2"><c r="A2" t="n"><v>1.930679858170647E15</v></c><c r="B2" t="inlineStr"><is><t>128.00</t></is></c>'
          '<c r="C2" s="1"><v>45870.4255208333</v></c><c r="D2" t="inlineStr"><is><t xml:space="preserve"> A &amp; B &lt;1&gt; _x000D_x </t></is></c></row>\n'
          '<row r="3"><c r="A3" t="inlineStr"><is><t>3812004976329210623</t></is></c><c r="C3" t="d"><v>2025-08-02T09:05:00</v></c>'
          '<c r="D3" t="inlineStr"><is><r><rPr><b/></rPr><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></is></c></row>\n'
          '<row r="4" spans="1:4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>订单编号x</v></c><c><v>7</v></c></row>\n'
          '<row r="5"/><row><c r="B6"><v>5652</v></c></row>'
          '<row r="8"><c r="A8" s="3"/></row>'
          '</sheetData><mergeCells count="0"/></worksheet>')
SHEET2 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>')
write('inline-stored.xlsx', [
    ('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
    ('xl/workbook.xml', workbook([('订单数据', False), ('说明', True)])),
    ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet1.xml'), ('rId2', 'worksheet', '/xl/worksheets/sheet2.xml'),
                                         ('rId3', 'styles', 'styles.xml')])),
    ('xl/styles.xml', STYLES), ('xl/worksheets/sheet1.xml', SHEET1), ('xl/worksheets/sheet2.xml', SHEET2)])

# 2. As a file re-saved in Excel: deflated, shared strings with rich runs and phonetics, the 1904
#    date system, a custom date format, and an x: namespace prefix on every element.
SST = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="99" uniqueCount="4">'
       '<si><t>计划名字</t></si><si><t>花费</t></si><si><r><t>总成交</t></r><r><rPr><sz val="11"/></rPr><t>金额</t></r><rPh sb="0" eb="2"><t>ソウ</t></rPh></si>'
       '<si><t xml:space="preserve">Line1_x000D_\nLine2 &quot;q&quot;</t></si><si/></sst>')
SHEETX = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<x:dimension ref="A1:C3"/><x:sheetData>'
          '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>'
          '<x:row r="2"><x:c r="A2" t="s"><x:v>3</x:v></x:c><x:c r="B2" s="2"><x:v>44408.5</x:v></x:c><x:c r="C2" t="s"><x:v>99</x:v></x:c></x:row>'
          '<x:row r="3"><x:c r="A3" t="s"><x:v>4</x:v></x:c><x:c r="B3"><x:v>0.0325</x:v></x:c><x:c r="C3"><x:v>-12.5</x:v></x:c></x:row>'
          '</x:sheetData></x:worksheet>')
write('shared-deflated.xlsx', [
    ('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
    ('xl/workbook.xml', workbook([('Sheet1', False)], pr='<workbookPr date1904="1"/>')),
    ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/../worksheets/sheet1.xml'), ('rId2', 'sharedStrings', 'sharedStrings.xml'),
                                         ('rId3', 'styles', 'styles.xml')])),
    ('xl/styles.xml', STYLES), ('xl/sharedStrings.xml', SST), ('xl/worksheets/sheet1.xml', SHEETX)], method=zipfile.ZIP_DEFLATED)

# 3. Hostile packages.
DOCTYPE_WB = ('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + workbook([('S', False)]).split('?>', 1)[1])
write('doctype.xlsx', [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS), ('xl/workbook.xml', DOCTYPE_WB),
                       ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet1.xml')])), ('xl/worksheets/sheet1.xml', SHEET2)])
write('missing-sheet.xlsx', [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS), ('xl/workbook.xml', workbook([('S', False)])),
                             ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet9.xml')]))])


def set_encrypted_flag(path):
    """zipfile cannot encrypt: set flag bit 0 in the local header and the directory record."""
    data = bytearray(open(path, 'rb').read())
    data[6] |= 0x1
    data[data.index(b'PK\x01\x02') + 8] |= 0x1
    open(path, 'wb').write(bytes(data))


set_encrypted_flag(write('encrypted.zip', [('订单明细_20250801.xlsx', b'not really encrypted, only flagged')]))
# A bomb: 4 MiB of zeros deflate to about 4 KiB (ratio ~1000); tests read it with small caps.
write('bomb.zip', [('zeros.csv', b'\0' * (4 << 20))], method=zipfile.ZIP_DEFLATED)
# Archives nested five deep, the innermost holding a csv.
inner = b'a,b\n1,2\n'
name = 'inner.csv'
for depth in range(5):
    path = write('nested.zip', [(name, inner)])
    inner = open(path, 'rb').read()
    name = f'level{depth}.zip'
