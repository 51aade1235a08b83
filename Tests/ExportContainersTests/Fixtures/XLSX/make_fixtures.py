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

# 4. Exports as the back offices hand them out today, small.


def sheet(rows, styles=None):
    """A POI-style worksheet: inline strings, r everywhere; a (value, style) tuple is a number cell."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f'{chr(65 + c) if c < 26 else "A" + chr(39 + c)}{r}'
            if v is None or v == '':
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}" s="{v[1]}" t="n"><v>{v[0]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}" t="n"><v>{v}</v></c>')
            else:
                t = v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{t}</t></is></c>')
        out.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<dimension ref="A1"/><sheetData>' + ''.join(out) + '</sheetData></worksheet>')


def workbook_parts(rows, name='Sheet1'):
    return [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS), ('xl/workbook.xml', workbook([(name, False)])),
            ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet1.xml'), ('rId2', 'styles', 'styles.xml')])),
            ('xl/styles.xml', STYLES), ('xl/worksheets/sheet1.xml', sheet(rows))]


ORDERS = [['订单编号', '买家会员名', '买家实付金额', '订单状态', '收货人姓名', '收货地址', '联系手机', '订单创建时间', '订单付款时间',
           '商品标题', '物流单号', '物流公司', '宝贝总数量', '退款金额', '订单关闭原因'],
          ['3812004976329210623', 'tb_880001', '9.90', '卖家已发货,等待买家确认', '张三', '浙江省 杭州市 余杭区 文一西路998号3幢2单元301室(310012)',
           '13812345678', '2025-09-03 10:00:00', '2025-09-03 10:00:21', '夏季连衣裙', '', '', 1, '0.00', '订单未关闭'],
          ['3812004976329210624', 'tb_880002', '128.00', '交易成功', '李四', '上海 上海市 浦东新区 世纪大道100号', '139****5678',
           '2025-09-03 11:00:00', ('45903.4583449074', 1), '', 'SF1400012345678', '顺丰速运', 1, '无退款申请', '订单未关闭'],
          ['3812004976329210625', 'tb_880003', '59.00', '买家已付款，等待卖家发货', '王五', '北京 北京市 朝阳区 建国路1号', '13900000001',
           '2025-09-04 09:30:00', '2025-09-04 09:30:05', '半身裙', '', '', 2, '0.00', '订单未关闭'],
          ['3812004976329210626', 'tb_880004', '0.00', '交易关闭', '赵六', '广东省 深圳市 南山区 科技园', '13900000002',
           '2025-09-05 09:30:00', '', '半身裙', '', '', 1, '0.00', '买家未付款']]
write('qianniu-orders.xlsx', workbook_parts(ORDERS))

LINES = [['子订单编号', '主订单编号', '商品标题', '商品价格', '购买数量', '商品属性', '订单状态', '买家应付货款', '买家实付金额', '退款状态',
          '退款金额', '商品ID', '商家编码', '订单创建时间', '订单付款时间'],
         ['3812004976329210700', '3812004976329210623', '夏季连衣裙', '9.90', 1, '颜色分类:黑色', '卖家已发货,等待买家确认', '9.90', '9.90',
          '没有申请退款', '无退款申请', '612345678901', 'QZ-001', '2025-09-03 10:00:00', '2025-09-03 10:00:21'],
         ['3812004976329210701', '3812004976329210624', '真丝衬衫', '100.00', 1, '颜色分类:白色', '交易成功', '100.00', '100.00',
          '没有申请退款', '无退款申请', '612345678902', 'QZ-002', '2025-09-03 11:00:00', '2025-09-03 11:00:30'],
         ['3812004976329210702', '3812004976329210624', '丝巾', '28.00', 2, '颜色分类:红色', '交易成功', '28.00', '28.00',
          '没有申请退款', '无退款申请', '612345678903', 'QZ-003', '2025-09-03 11:00:00', '2025-09-03 11:00:30'],
         ['3812004976329210703', '3812004976329210625', '半身裙', '29.50', 2, '尺码:M', '买家已付款，等待卖家发货', '59.00', '59.00',
          '没有申请退款', '无退款申请', '612345678904', 'QZ-004', '2025-09-04 09:30:00', '2025-09-04 09:30:05'],
         ['3812004976329219999', '3812004976329219998', '别的店的商品', '1.00', 1, '', '交易成功', '1.00', '1.00',
          '没有申请退款', '无退款申请', '612345678905', 'QZ-005', '2025-09-04 09:30:00', '2025-09-04 09:30:05']]
write('qianniu-lineitems.xlsx', workbook_parts(LINES))

# 万相台无界: a zip holding one GBK csv, the 2024 column names, \N and NULL for empty.
PLAN = ('日期,场景ID,场景名字,原二级场景ID,原二级场景名字,计划ID,计划名字,主体ID,主体类型,主体名称,展现量,点击量,花费,点击率,平均点击花费,'
        '千次展现花费,总成交金额,总成交笔数,投入产出比\r\n'
        '2025-09-03,1001,关键词推广,\\N,NULL,3001,夏装-搜索,612345678901,商品,夏季连衣裙,"12,000",340,256.80,2.83%,0.76,21.40,"1,027.20",12,4.00\r\n'
        '2025-09-03,1002,精准人群推广,\\N,\\N,3002,老客召回,612345678902,商品,真丝衬衫,5000,80,100.00,1.60%,1.25,20.00,150.00,1,1.50\r\n')
write('wanxiangtai-plan.zip', [('计划报表_20250930_110330.csv', PLAN.encode('gb18030'))], method=zipfile.ZIP_DEFLATED)
inner = open(os.path.join(HERE, 'wanxiangtai-plan.zip'), 'rb').read()
write('nested-two.zip', [('万相台/计划报表.zip', inner)])

open(os.path.join(HERE, 'login-expired.xls'), 'wb').write('{"code":"401","msg":"登录已过期，请重新登录","data":null}'.encode('utf-8'))

# A Word document: a zip with [Content_Types].xml but no workbook.
write('word.docx', [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS.replace('xl/workbook.xml', 'word/document.xml')),
                    ('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')])
