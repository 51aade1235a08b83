// Writes the jxl fixtures with the Java Excel API (jxl 2.6.12, Debian's libjexcelapi-java), the
// library 生意参谋 uses for its .xls exports. See README.md for the commands.
import java.io.File;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import jxl.Workbook;
import jxl.WorkbookSettings;
import jxl.write.DateFormat;
import jxl.write.DateTime;
import jxl.write.Label;
import jxl.write.Number;
import jxl.write.WritableCellFormat;
import jxl.write.WritableSheet;
import jxl.write.WritableWorkbook;

public class JxlFixtures {
    public static void main(String[] args) throws Exception {
        sycm();
        bigSST();
    }

    /** 生意参谋 店铺来源, one day: title rows, header on row 6, numbers as text and as numbers, a date. */
    static void sycm() throws Exception {
        WritableWorkbook book = Workbook.createWorkbook(new File("jxl-sycm.xls"), new WorkbookSettings());
        WritableSheet sheet = book.createSheet("店铺来源", 0);
        sheet.addCell(new Label(0, 0, "生意参谋 流量 店铺来源"));
        sheet.addCell(new Label(0, 1, "统计时间：2025-09-03 ~ 2025-09-03"));
        sheet.addCell(new Label(0, 2, "终端：无线"));
        sheet.addCell(new Label(0, 3, "注：数据已去重"));
        String[] header = {"统计日期", "一级来源", "二级来源", "三级来源", "访客数", "下单金额", "下单买家数", "下单转化率", "支付金额"};
        for (int c = 0; c < header.length; c++) sheet.addCell(new Label(c, 5, header[c]));
        Calendar day = new GregorianCalendar(TimeZone.getTimeZone("GMT"));
        day.clear();
        day.set(2025, Calendar.SEPTEMBER, 3);
        WritableCellFormat dateFormat = new WritableCellFormat(new DateFormat("yyyy-MM-dd"));
        Object[][] rows = {
            {"淘内免费", "手淘搜索", "-", 5652.0, "5,652.00", 37.0, "12.34%", 128.5},
            {"付费流量", "直通车", "关键词", 1200.0, "1,024.50", 12.0, "1.00%", 99.99},
            {"自主访问", "购物车", "-", 0.0, "0.00", 0.0, "0.00%", 0.0},
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.addCell(new DateTime(0, 6 + r, day.getTime(), dateFormat, DateTime.GMT));
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof String) sheet.addCell(new Label(c + 1, 6 + r, (String) v));
                else sheet.addCell(new Number(c + 1, 6 + r, (Double) v));
            }
        }
        sheet.addCell(new Label(0, 10, "说明：访客数为去重人数"));
        book.write();
        book.close();
    }

    /**
     * Many long Chinese strings: the SST passes 8,224 bytes and goes on in CONTINUE records; three
     * strings longer than a record (one Latin, two Chinese) are cut at the boundaries.
     */
    static void bigSST() throws Exception {
        WritableWorkbook book = Workbook.createWorkbook(new File("jxl-big-sst.xls"), new WorkbookSettings());
        WritableSheet sheet = book.createSheet("来源明细", 0);
        sheet.addCell(new Label(0, 0, "序号"));
        sheet.addCell(new Label(1, 0, "来源说明"));
        sheet.addCell(new Label(2, 0, "访客数"));
        for (int i = 1; i <= 150; i++) {
            StringBuilder text = new StringBuilder("第" + i + "行：");
            for (int k = 0; k < 3 + i % 5; k++) {
                if (k > 0) text.append("，");
                text.append(PHRASES[(i + k) % PHRASES.length]);
            }
            text.append("。");
            sheet.addCell(new Number(0, i, i));
            sheet.addCell(new Label(1, i, text.toString()));
            sheet.addCell(new Number(2, i, i * 7));
        }
        // jxl writes every string as UTF-16, so shorter than the LibreOffice ones to keep the file small.
        String[] longTexts = {longLatin(4500), longChinese(1, 4200), longChinese(2, 4200)};
        for (int k = 0; k < longTexts.length; k++) {
            sheet.addCell(new Number(0, 151 + k, 151 + k));
            sheet.addCell(new Label(1, 151 + k, longTexts[k]));
            sheet.addCell(new Number(2, 151 + k, 0));
        }
        book.write();
        book.close();
    }

    static final String[] PHRASES = {"手淘搜索", "直通车关键词", "购物车", "我的淘宝", "万相台无界", "引力魔方", "猜你喜欢", "淘宝客", "品销宝", "超级推荐"};

    /** The same text as make-lo-fixtures.py's long_chinese. */
    static String longChinese(int seed, int length) {
        StringBuilder text = new StringBuilder("长文本" + seed + "：");
        for (int k = seed; text.length() < length; k++) text.append(PHRASES[k % PHRASES.length]).append("，");
        return text.substring(0, length - 1) + "。";
    }

    static String longLatin(int length) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < length; k++) text.append((char) ('A' + k % 26));
        return text.toString();
    }
}
