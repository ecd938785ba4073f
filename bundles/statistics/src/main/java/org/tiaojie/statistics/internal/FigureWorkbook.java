package org.tiaojie.statistics.internal;

import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

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
        return LedgerBook.write(book -> {
            Sheet sheet = book.sheet("信访统计表");
            List<Dimension> by = t.getBy();
            int keyColumns = Math.max(1, by.size());
            int columns = keyColumns + 3 * Measure.values().length;
            book.heading(sheet, "信访统计表", "统计期间：" + LedgerBook.day(t.getFrom()) + "至" + LedgerBook.day(t.getTo())
                    + "　同比期间：" + LedgerBook.day(t.getPreviousFrom()) + "至" + LedgerBook.day(t.getPreviousTo()) + "　"
                    + LedgerBook.generated(generatedAt), columns);
            int h = 2;
            keyHeaders(book, sheet, h, by);
            int c = keyColumns;
            for (Measure m : Measure.values()) {
                book.header(sheet, h, h, c, c + 2, measureLabel(m));
                book.header(sheet, h + 1, h + 1, c, c, "本期");
                book.header(sheet, h + 1, h + 1, c + 1, c + 1, "去年同期");
                book.header(sheet, h + 1, h + 1, c + 2, c + 2, "同比");
                c += 3;
            }
            int r = h + 2;
            for (FigureRow row : t.getRows()) {
                write(book, sheet, r++, keyColumns, row, false);
            }
            write(book, sheet, r++, keyColumns, t.getTotal(), true);
            totalLabel(sheet, r - 1, keyColumns);
            r++;
            book.note(sheet, r++, columns, "说明：");
            for (String d : t.getDefinitions()) {
                book.note(sheet, r++, columns, d);
            }
            book.note(sheet, r, columns, "同比＝（本期－去年同期）÷去年同期；去年同期为0时不计算。数据来源："
                    + String.join("、", t.getSources()));
            widths(sheet, keyColumns, columns);
            sheet.createFreezePane(keyColumns, h + 2);
        });
    }

    /** The breakdown's columns, merged down the two header rows. */
    static void keyHeaders(LedgerBook book, Sheet sheet, int h, List<Dimension> by) {
        for (int i = 0; i < Math.max(1, by.size()); i++) {
            book.header(sheet, h, h + 1, i, i, by.isEmpty() ? "范围" : dimensionLabel(by.get(i)));
        }
    }

    /** The keys of a row; the total's first cell says 合计. */
    static void keyCells(LedgerBook book, Sheet sheet, int r, int keyColumns, List<String> labels, boolean total) {
        for (int i = 0; i < keyColumns; i++) {
            String label = labels == null || i >= labels.size() ? "" : labels.get(i);
            LedgerBook.cell(sheet, r, i, total && i == 0 ? "合计" : label, total ? book.totalText : book.text);
        }
    }

    static void totalLabel(Sheet sheet, int r, int keyColumns) {
        if (keyColumns > 1) {
            LedgerBook.merge(sheet, r, r, 0, keyColumns - 1);
        }
    }

    static void widths(Sheet sheet, int keyColumns, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, i < keyColumns ? 18 * 256 : 11 * 256);
        }
    }

    private static void write(LedgerBook book, Sheet sheet, int r, int keyColumns, FigureRow row, boolean total) {
        keyCells(book, sheet, r, keyColumns, row.getLabels(), total);
        int c = keyColumns;
        for (MeasureValue v : row.getValues()) {
            LedgerBook.number(sheet, r, c, v.getValue(), total ? book.totalNumber : book.number);
            LedgerBook.number(sheet, r, c + 1, v.getPreviousYear(), total ? book.totalNumber : book.number);
            LedgerBook.percent(sheet, r, c + 2, v.getChangePercent(), total ? book.totalPercent : book.percent);
            c += 3;
        }
    }
}
