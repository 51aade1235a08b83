import Testing

@testable import ExportContainers

@Suite struct MarkupWorkbookTests {
    @Test func anHTMLTableSavedAsXLSReadsItsCells() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>td { color: red }</style></head><body>
            <table border=1><TR><th>订单编号</th><th>买家实付金额</th><th colspan="2">备注</th></TR>
            <tr><td>3812004976329210623<td>&yen;1,234.50</td><td>A &amp; B&nbsp;C<br>第二行</td><td></td></tr>
            <tr><td></td></tr>
            <tr><td>2</td><td>5</td></tr></table>
            <table><tr><td>second</td></tr></table></body></html>
            """
        let book = try MarkupWorkbook(utf8: Array(html.utf8))
        #expect(book.sheets.map(\.name) == ["表格1", "表格2"])
        let rows = try allRows(book)
        #expect(rows.map(\.1) == [1, 2, 4, 1])
        #expect(rows[0].2 == ["订单编号", "买家实付金额", "备注"])
        // &yen; is not an entity XML knows: it stays as written.
        #expect(rows[1].2 == ["3812004976329210623", "&yen;1,234.50", "A & B C\n第二行", ""])
        #expect(rows[2].2 == ["2", "5"])
        #expect(rows[3].2 == ["second"])
    }

    @Test func spreadsheetML2003ReadsIndexedCellsAndDates() throws {
        let xml = """
            <?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Worksheet ss:Name="店铺来源"><Table>
            <Row><Cell><Data ss:Type="String">一级来源</Data></Cell><Cell><Data ss:Type="String">访客数</Data></Cell></Row>
            <Row ss:Index="3"><Cell ss:Index="2"><Data ss:Type="Number">5652</Data></Cell><Cell><Data ss:Type="DateTime">2025-08-01T10:12:45.000</Data></Cell></Row>
            </Table></Worksheet></Workbook>
            """
        let book = try MarkupWorkbook(utf8: Array(xml.utf8))
        #expect(book.sheets.map(\.name) == ["店铺来源"])
        let rows = try allRows(book)
        #expect(rows.map(\.1) == [1, 3])
        #expect(rows.map(\.2) == [["一级来源", "访客数"], ["", "5652", "2025-08-01 10:12:45"]])
        var again: [String] = []
        var positions: [Int] = []
        try book.forEachRow(inSheet: 0, from: nil) {
            positions.append($0.position)
            return true
        }
        try book.forEachRow(inSheet: 0, from: positions[1]) {
            again = $0.strings
            return false
        }
        #expect(again == ["", "5652", "2025-08-01 10:12:45"])
    }

    /// `<WorksheetOptions><Visible>` marks a hidden or very hidden sheet, with or without the `x:`
    /// prefix Excel writes; a sheet without it, or `SheetVisible`, is shown.
    @Test func spreadsheetMLHiddenSheetsAreMarked() throws {
        func sheet(_ name: String, _ options: String) -> String {
            "<Worksheet ss:Name=\"\(name)\"><Table><Row><Cell><Data ss:Type=\"String\">\(name)</Data></Cell></Row></Table>"
                + options + "</Worksheet>"
        }
        let xml =
            "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">"
            + sheet("一", "")
            + sheet(
                "二",
                "<WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\"><Visible>SheetHidden</Visible></WorksheetOptions>"
            )
            + sheet("三", "<x:WorksheetOptions><x:Visible> SheetVeryHidden </x:Visible></x:WorksheetOptions>")
            + sheet("四", "<x:WorksheetOptions><x:Visible>SheetVisible</x:Visible><x:Selected/></x:WorksheetOptions>")
            + "</Workbook>"
        let book = try MarkupWorkbook(utf8: Array(xml.utf8))
        #expect(book.sheets.map(\.name) == ["一", "二", "三", "四"])
        #expect(book.sheets.map(\.isHidden) == [false, true, true, false])
        #expect(try allRows(book).map(\.2) == [["一"], ["二"], ["三"], ["四"]])
    }

    @Test func spreadsheetMLWithADoctypeIsRefused() {
        let xml =
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"
        #expect(throws: ContainerError.refused(.doctype)) { try MarkupWorkbook(utf8: Array(xml.utf8)) }
    }
}
