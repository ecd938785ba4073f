package org.tiaojie.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonColumnTest {
    /** A document as a bundle keeps one: plain public fields. */
    public static final class Doc {
        public String description;
        public LocalDate agreedOn;
        public Instant sentAt;
        public List<String> parties = new ArrayList<>();
    }

    private static final JsonColumn<Doc> COLUMN = JsonColumn.of(Doc.class, Doc::new);

    @Test
    void aDocumentComesBackAsItWasWrittenWithDatesAsIsoText() {
        Doc d = new Doc();
        d.description = "宅基地边界纠纷";
        d.agreedOn = LocalDate.of(2026, 3, 1);
        d.sentAt = Instant.parse("2026-03-01T02:03:04Z");
        d.parties.add("张三");
        String json = COLUMN.write(d);
        assertTrue(json.contains("\"2026-03-01\"") && json.contains("\"2026-03-01T02:03:04Z\""), json);
        Doc back = COLUMN.read(json, "dispute DJ-2026-0001");
        assertEquals(d.description, back.description);
        assertEquals(d.agreedOn, back.agreedOn);
        assertEquals(d.sentAt, back.sentAt);
        assertEquals(d.parties, back.parties);
    }

    @Test
    void anEmptyColumnIsAnEmptyDocumentAndAPropertyALaterReleaseAddedIsIgnored() {
        assertTrue(COLUMN.read(null, "x").parties.isEmpty());
        assertEquals("a", COLUMN.read("{\"description\":\"a\",\"addedLater\":1}", "x").description);
    }

    @Test
    void anUnreadableColumnNamesTheRecord() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> COLUMN.read("{not json", "dispute DJ-2026-0007"));
        assertTrue(e.getMessage().contains("DJ-2026-0007"), e.getMessage());
    }
}
