package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.adapters.XmlAdapter;

/** Writes {@link Instant} as ISO-8601 text (xs:string) in SOAP messages. */
public final class InstantXmlAdapter extends XmlAdapter<String, Instant> {
    @Override
    public Instant unmarshal(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text.trim());
    }

    @Override
    public String marshal(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
