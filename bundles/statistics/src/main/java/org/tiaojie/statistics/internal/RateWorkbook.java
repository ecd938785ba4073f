package org.tiaojie.statistics.internal;

import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RateRow;
import org.tiaojie.cases.api.statistics.RateTable;
import org.tiaojie.cases.api.statistics.RateValue;

/**
 * A table of rates in the ledgers' layout: each rate merged across its five columns (分子, 分母, 本期, 去年同期,
 * 增减), the rates as percentages and the change in percentage points; and a second sheet with each rate's
 * definition — what its numerator and denominator count — so that the printed table carries its own 口径.
 */
final class RateWorkbook {
    private static final int PER_RATE = 5;

    private RateWorkbook() {
    }

    static byte[] write(RateTable t, Instant generatedAt) {
        return LedgerBook.write(book -> {
            Sheet sheet = book.sheet("信访工作比率");
            List<Dimension> by = t.getBy();
            int keyColumns = Math.max(1, by.size());
            int columns = keyColumns + PER_RATE * t.getDefinitions().size();
            book.heading(sheet, "信访工作主要比率", "统计期间：" + LedgerBook.day(t.getFrom()) + "至" + LedgerBook.day(t.getTo())
                    + "（事件计至" + LedgerBook.day(t.getAsOf()) + "）　同比期间：" + LedgerBook.day(t.getPreviousFrom()) + "至"
                    + LedgerBook.day(t.getPreviousTo()) + "　" + LedgerBook.generated(generatedAt), columns);
            int h = 2;
            FigureWorkbook.keyHeaders(book, sheet, h, by);
            int c = keyColumns;
            for (RateDefinition d : t.getDefinitions()) {
                book.header(sheet, h, h, c, c + PER_RATE - 1, d.getName());
                String[] sub = {"分子", "分母", "本期", "去年同期", "增减（百分点）"};
                for (int i = 0; i < PER_RATE; i++) {
                    book.header(sheet, h + 1, h + 1, c + i, c + i, sub[i]);
                }
                c += PER_RATE;
            }
            int r = h + 2;
            for (RateRow row : t.getRows()) {
                write(book, sheet, r++, keyColumns, row, false);
            }
            write(book, sheet, r++, keyColumns, t.getTotal(), true);
            FigureWorkbook.totalLabel(sheet, r - 1, keyColumns);
            r++;
            book.note(sheet, r++, columns, "比率＝分子÷分母；分母为0时不计算。增减＝本期比率－去年同期比率（百分点）。各比率口径见“口径说明”。"
                    + "数据来源：" + String.join("、", t.getSources()));
            FigureWorkbook.widths(sheet, keyColumns, columns);
            sheet.createFreezePane(keyColumns, h + 2);

            Sheet defs = book.sheet("口径说明");
            String[] heads = {"比率", "分子", "分母", "口径", "来源"};
            for (int i = 0; i < heads.length; i++) {
                book.header(defs, 0, 0, i, i, heads[i]);
            }
            int d = 1;
            for (RateDefinition def : t.getDefinitions()) {
                String[] cells = {def.getName(), def.getNumerator(), def.getDenominator(), def.getDefinition(),
                        def.getSource()};
                for (int i = 0; i < cells.length; i++) {
                    LedgerBook.cell(defs, d, i, cells[i], book.text);
                }
                d++;
            }
            int[] widths = {16, 40, 40, 90, 14};
            for (int i = 0; i < widths.length; i++) {
                defs.setColumnWidth(i, widths[i] * 256);
            }
        });
    }

    private static void write(LedgerBook book, Sheet sheet, int r, int keyColumns, RateRow row, boolean total) {
        FigureWorkbook.keyCells(book, sheet, r, keyColumns, row.getLabels(), total);
        int c = keyColumns;
        for (RateValue v : row.getValues()) {
            LedgerBook.number(sheet, r, c, v.getNumerator(), total ? book.totalNumber : book.number);
            LedgerBook.number(sheet, r, c + 1, v.getDenominator(), total ? book.totalNumber : book.number);
            LedgerBook.percent(sheet, r, c + 2, v.getPercent(), total ? book.totalPercent : book.percent);
            LedgerBook.percent(sheet, r, c + 3, v.getPreviousPercent(), total ? book.totalPercent : book.percent);
            if (v.getChangePoints() == null) {
                LedgerBook.cell(sheet, r, c + 4, "—", total ? book.totalText : book.text);
            } else {
                LedgerBook.number(sheet, r, c + 4, v.getChangePoints(), total ? book.totalDecimal : book.decimal);
            }
            c += PER_RATE;
        }
    }
}
