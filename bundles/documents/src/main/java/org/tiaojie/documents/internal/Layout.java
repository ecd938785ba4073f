package org.tiaojie.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an official document says, in the order of 党政机关公文格式 (GB/T 9704): the issuing body (红头), the number,
 * the title, the addressee, the body, the signature and date above the space for the seal. Built by the text of each
 * kind, written out by {@link OfficialDocument}; nothing here knows POI.
 */
final class Layout {
    /** A block of the body: a paragraph, a labelled line, a heading, or a table. */
    sealed interface Block permits Text, Field, Heading, Table {
    }

    record Text(String text) implements Block {
    }

    /** 标签：值, for the facts of a slip. */
    record Field(String label, String value) implements Block {
    }

    /** 一、信访请求 — a numbered part of an opinion. */
    record Heading(String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    final String issuer;
    final String number;
    final String title;
    final LocalDate date;
    String addressee;
    final List<Block> body = new ArrayList<>();
    String signature;
    String note;

    Layout(String issuer, String number, String title, LocalDate date) {
        this.issuer = issuer;
        this.number = number;
        this.title = title;
        this.date = date;
        this.signature = issuer;
    }

    Layout to(String addressee) {
        this.addressee = addressee;
        return this;
    }

    Layout text(String text) {
        body.add(new Text(text));
        return this;
    }

    Layout field(String label, String value) {
        body.add(new Field(label, value == null || value.isBlank() ? "—" : value));
        return this;
    }

    Layout heading(String text) {
        body.add(new Heading(text));
        return this;
    }

    Layout table(List<String> header, List<List<String>> rows) {
        body.add(new Table(header, rows));
        return this;
    }

    Layout note(String note) {
        this.note = note;
        return this;
    }

    /** Every word a reader sees, in order: what the tests look into, and the search text of the document. */
    String plainText() {
        StringBuilder s = new StringBuilder();
        s.append(issuer).append('\n').append(number).append('\n').append(title).append('\n');
        if (addressee != null) {
            s.append(addressee).append('\n');
        }
        for (Block b : body) {
            if (b instanceof Text t) {
                s.append(t.text());
            } else if (b instanceof Field f) {
                s.append(f.label()).append('：').append(f.value());
            } else if (b instanceof Heading h) {
                s.append(h.text());
            } else if (b instanceof Table t) {
                s.append(String.join(" ", t.header()));
                t.rows().forEach(r -> s.append('\n').append(String.join(" ", r)));
            }
            s.append('\n');
        }
        s.append(signature).append('\n').append(Chinese.date(date)).append('\n');
        if (note != null) {
            s.append(note).append('\n');
        }
        return s.toString();
    }
}
