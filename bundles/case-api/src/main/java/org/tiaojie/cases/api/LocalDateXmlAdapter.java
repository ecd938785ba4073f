package org.tiaojie.cases.api;

import java.time.LocalDate;

import javax.xml.bind.annotation.adapters.XmlAdapter;

/** Writes {@link LocalDate} as ISO-8601 text (yyyy-MM-dd) in SOAP messages. */
public final class LocalDateXmlAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public LocalDate unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
