package org.tiaojie.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Writes a {@link Layout} as .docx in the official layout (GB/T 9704-2012): A4 with margins of 37/35/28/26 mm, the
 * issuing body in red above a red rule, the number under it, a 2号 title, the body in 3号 仿宋 with a two-character
 * indent on a 28-point line, the signature and the date to the right with room above them for the seal.
 */
final class OfficialDocument {
    private static final String RED = "C00000";
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final int BODY_SIZE = 16;           // 3号
    private static final int LINE = 560;               // 28 pt, in twentieths of a point
    private static final int TWIPS_PER_MM = 57;

    private OfficialDocument() {
    }

    static byte[] write(Layout layout) {
        // POI's schema types are found through the context class loader: its own bundle's, not the caller's thread's.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            doc.getProperties().getCoreProperties().setTitle(layout.title);
            doc.getProperties().getCoreProperties().setCreator(layout.issuer);
            doc.getProperties().getCoreProperties().setIdentifier(layout.number);

            XWPFParagraph issuer = centred(doc);
            run(issuer, layout.issuer, TITLE_FONT, 26, true).setColor(RED);
            XWPFParagraph number = centred(doc);
            run(number, layout.number, BODY_FONT, BODY_SIZE, false);
            redRule(number);
            blank(doc);
            XWPFParagraph title = centred(doc);
            run(title, layout.title, TITLE_FONT, 22, true);
            blank(doc);
            if (layout.addressee != null) {
                run(body(doc, 0), layout.addressee + "：", BODY_FONT, BODY_SIZE, false);
            }
            for (Layout.Block block : layout.body) {
                write(doc, block);
            }
            blank(doc);
            blank(doc); // the seal goes over the signature and date
            XWPFParagraph signature = body(doc, 0);
            signature.setAlignment(ParagraphAlignment.RIGHT);
            signature.setIndentationRight(4 * BODY_SIZE * 20);
            run(signature, layout.signature + "（印章）", BODY_FONT, BODY_SIZE, false);
            XWPFParagraph date = body(doc, 0);
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.setIndentationRight(4 * BODY_SIZE * 20);
            run(date, Chinese.date(layout.date), BODY_FONT, BODY_SIZE, false);
            if (layout.note != null) {
                blank(doc);
                run(body(doc, 0), layout.note, BODY_FONT, 14, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written", e);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    private static void write(XWPFDocument doc, Layout.Block block) {
        if (block instanceof Layout.Text t) {
            run(body(doc, 2 * BODY_SIZE * 20), t.text(), BODY_FONT, BODY_SIZE, false);
        } else if (block instanceof Layout.Heading h) {
            run(body(doc, 2 * BODY_SIZE * 20), h.text(), HEADING_FONT, BODY_SIZE, false);
        } else if (block instanceof Layout.Field f) {
            XWPFParagraph p = body(doc, 2 * BODY_SIZE * 20);
            run(p, f.label() + "：", HEADING_FONT, BODY_SIZE, false);
            run(p, f.value(), BODY_FONT, BODY_SIZE, false);
        } else if (block instanceof Layout.Table t) {
            table(doc, t.header(), t.rows());
        }
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, HEADING_FONT);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), BODY_FONT);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, String font) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c), font, 14, false);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(LINE, org.apache.poi.xwpf.usermodel.LineSpacingRule.AT_LEAST);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc, int firstLineIndent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        if (firstLineIndent > 0) {
            p.setFirstLineIndent(firstLineIndent);
        }
        return p;
    }

    private static void blank(XWPFDocument doc) {
        body(doc, 0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    /** The red line under the issuing body and number (版头中的分隔线). */
    private static void redRule(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var borders = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(12));
        bottom.setSpace(BigInteger.valueOf(4));
        bottom.setColor(RED);
    }
}
