package org.tiaojie.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.tiaojie.cases.api.PlatformClock;

/**
 * An .xlsx workbook in the counties' ledger style, shared by every table the statistics print: a title merged across
 * the table, a heading line, bordered header cells, numbers as numbers ({@code #,##0}), rates as percentages
 * ({@code 0.0%}), bold totals. Written with POI's own class loader as the context loader, which its schema types need.
 */
final class LedgerBook {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final XSSFWorkbook book;
    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle totalText;
    final CellStyle totalNumber;
    final CellStyle totalPercent;
    final CellStyle totalDecimal;

    private LedgerBook(XSSFWorkbook book) {
        this.book = book;
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = book.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        note = book.createCellStyle();
        note.setWrapText(false);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered();
        number = formatted(false, bold, "#,##0");
        percent = formatted(false, bold, "0.0%");
        decimal = formatted(false, bold, "0.0");
        totalText = bordered();
        totalText.setFont(bold);
        totalNumber = formatted(true, bold, "#,##0");
        totalPercent = formatted(true, bold, "0.0%");
        totalDecimal = formatted(true, bold, "0.0");
    }

    /** The workbook {@code content} writes, as bytes. */
    static byte[] write(Consumer<LedgerBook> content) {
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(new LedgerBook(book));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    Sheet sheet(String name) {
        return book.createSheet(name);
    }

    /** The title (row 0) and the heading line (row 1), each merged across the table's columns. */
    void heading(Sheet sheet, String titleText, String line, int columns) {
        cell(sheet, 0, 0, titleText, title);
        merge(sheet, 0, 0, 0, columns - 1);
        cell(sheet, 1, 0, line, note);
        merge(sheet, 1, 1, 0, columns - 1);
    }

    /** A header cell merged over several rows or columns, its covered cells bordered too. */
    void header(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol, String label) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                cell(sheet, r, c, r == firstRow && c == firstCol ? label : "", header);
            }
        }
        merge(sheet, firstRow, lastRow, firstCol, lastCol);
    }

    /** A line of explanation under a table, merged across it. */
    void note(Sheet sheet, int r, int columns, String line) {
        cell(sheet, r, 0, line, note);
        merge(sheet, r, r, 0, columns - 1);
    }

    static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String generated(Instant at) {
        return "生成时间：" + GENERATED.format(at.atZone(PlatformClock.ZONE));
    }

    static Cell cellAt(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    static void cell(Sheet sheet, int r, int c, String text, CellStyle style) {
        Cell cell = cellAt(sheet, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = cellAt(sheet, r, c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A share in per cent as a percentage cell (12.5 → 12.5%), or "—" when there is none. */
    static void percent(Sheet sheet, int r, int c, Double percent, CellStyle style) {
        Cell cell = cellAt(sheet, r, c);
        cell.setCellStyle(style);
        if (percent == null) {
            cell.setCellValue("—");
        } else {
            cell.setCellValue(percent / 100.0);
        }
    }

    static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    private CellStyle formatted(boolean total, Font bold, String format) {
        CellStyle s = bordered();
        if (total) {
            s.setFont(bold);
        }
        s.setDataFormat(book.createDataFormat().getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    private CellStyle bordered() {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
