package org.tiaojie.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureRow;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.cases.api.statistics.MeasureValue;

/**
 * A table of figures as the counties' ledgers lay it out in Excel or WPS: the title, the period and the generation
 * time in the heading; two header rows, the breakdown's columns merged down and each measure merged across its
 * three columns (本期, 去年同期, 同比); numbers as numbers and the change as a percentage; the total; how each figure
 * is counted under the table.
 */
final class FigureWorkbook {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private FigureWorkbook() {
    }

    static String dimensionLabel(Dimension d) {
        return switch (d) {
            case PETITION_FORM -> "信访形式";
            case SOURCE -> "来源";
            case CATEGORY -> "事项类别";
            case NATURE -> "信访性质";
            case TOWNSHIP -> "乡镇";
            case DEPARTMENT -> "责任部门";
        };
    }

    static String measureLabel(Measure m) {
        return switch (m) {
            case MATTERS -> "信访事项（件）";
            case BATCHES -> "批次（批）";
            case PERSON_VISITS -> "人次";
            case REPEATS -> "重复信访（件次）";
        };
    }

    static byte[] write(FigureTable t, Instant generatedAt) {
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        // POI's schema types are found through the context class loader: its own bundle's for the call.
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("信访统计表");
            List<Dimension> by = t.getBy().isEmpty() ? List.of() : t.getBy();
            int keyColumns = Math.max(1, by.size());
            int columns = keyColumns + 3 * Measure.values().length;
            Styles s = new Styles(book);

            cell(sheet, 0, 0, "信访统计表", s.title);
            merge(sheet, 0, 0, 0, columns - 1);
            cell(sheet, 1, 0, "统计期间：" + day(t.getFrom()) + "至" + day(t.getTo()) + "　同比期间：" + day(t.getPreviousFrom())
                    + "至" + day(t.getPreviousTo()) + "　生成时间：" + GENERATED.format(generatedAt.atZone(PlatformClock.ZONE)),
                    s.note);
            merge(sheet, 1, 1, 0, columns - 1);

            int h = 2;
            for (int i = 0; i < keyColumns; i++) {
                cell(sheet, h, i, by.isEmpty() ? "范围" : dimensionLabel(by.get(i)), s.header);
                cell(sheet, h + 1, i, "", s.header);
                merge(sheet, h, h + 1, i, i);
            }
            int c = keyColumns;
            for (Measure m : Measure.values()) {
                cell(sheet, h, c, measureLabel(m), s.header);
                cell(sheet, h, c + 1, "", s.header);
                cell(sheet, h, c + 2, "", s.header);
                merge(sheet, h, h, c, c + 2);
                cell(sheet, h + 1, c, "本期", s.header);
                cell(sheet, h + 1, c + 1, "去年同期", s.header);
                cell(sheet, h + 1, c + 2, "同比", s.header);
                c += 3;
            }
            int r = h + 2;
            for (FigureRow row : t.getRows()) {
                write(sheet, r++, keyColumns, row, s, false);
            }
            write(sheet, r++, keyColumns, t.getTotal(), s, true);
            if (keyColumns > 1) {
                merge(sheet, r - 1, r - 1, 0, keyColumns - 1);
            }
            r++;
            cell(sheet, r++, 0, "说明：", s.note);
            for (String d : t.getDefinitions()) {
                cell(sheet, r, 0, d, s.note);
                merge(sheet, r, r, 0, columns - 1);
                r++;
            }
            cell(sheet, r, 0, "同比＝（本期－去年同期）÷去年同期；去年同期为0时不计算。数据来源：" + String.join("、", t.getSources()), s.note);
            merge(sheet, r, r, 0, columns - 1);
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, i < keyColumns ? 18 * 256 : 11 * 256);
            }
            sheet.createFreezePane(keyColumns, h + 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    private static void write(Sheet sheet, int r, int keyColumns, FigureRow row, Styles s, boolean total) {
        for (int i = 0; i < keyColumns; i++) {
            String label = row.getLabels() == null || i >= row.getLabels().size() ? "" : row.getLabels().get(i);
            cell(sheet, r, i, total && i == 0 ? "合计" : label, total ? s.totalText : s.text);
        }
        int c = keyColumns;
        for (MeasureValue v : row.getValues()) {
            number(sheet, r, c, v.getValue(), total ? s.totalNumber : s.number);
            number(sheet, r, c + 1, v.getPreviousYear(), total ? s.totalNumber : s.number);
            Cell change = cellAt(sheet, r, c + 2);
            change.setCellStyle(total ? s.totalPercent : s.percent);
            if (v.getChangePercent() == null) {
                change.setCellValue("—");
            } else {
                change.setCellValue(v.getChangePercent() / 100.0);
            }
            c += 3;
        }
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static Cell cellAt(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void cell(Sheet sheet, int r, int c, String text, CellStyle style) {
        Cell cell = cellAt(sheet, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void number(Sheet sheet, int r, int c, long value, CellStyle style) {
        Cell cell = cellAt(sheet, r, c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** The workbook's styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle percent;
        final CellStyle totalText;
        final CellStyle totalNumber;
        final CellStyle totalPercent;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            note = book.createCellStyle();
            header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered(book);
            number = bordered(book);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            percent = bordered(book);
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            percent.setAlignment(HorizontalAlignment.RIGHT);
            totalText = bordered(book);
            totalText.setFont(bold);
            totalNumber = bordered(book);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(number.getDataFormat());
            totalPercent = bordered(book);
            totalPercent.setFont(bold);
            totalPercent.setDataFormat(percent.getDataFormat());
            totalPercent.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
