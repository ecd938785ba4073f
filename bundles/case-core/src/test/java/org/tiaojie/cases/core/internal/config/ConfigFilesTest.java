package org.tiaojie.cases.core.internal.config;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFilesTest {
    @TempDir
    Path etc;

    @Test
    void aFileIsReplacedWholeAndReadsBackAsWritten() throws Exception {
        ConfigFiles files = new ConfigFiles(etc);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("township", "341122101");
        p.put("holidays", "2027-01-01, 2027-02-05..2027-02-12");
        p.put("note", "国土所 = land: #1 \\ done\nsecond line");
        p.put("with space", " leading");
        files.write("org.tiaojie.test-1.cfg", "first line\nsecond line", p);
        files.write("org.tiaojie.test-1.cfg", "again", p);

        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(etc.resolve("org.tiaojie.test-1.cfg"), StandardCharsets.UTF_8)) {
            read.load(in);
        }
        p.forEach((k, v) -> assertEquals(v, read.getProperty(k), k));
        assertTrue(Files.readString(etc.resolve("org.tiaojie.test-1.cfg")).startsWith("# again\n"));
        try (var listing = Files.list(etc)) {
            assertEquals(1, listing.count(), "no temporary file left beside it");
        }
    }

    @Test
    void deletingAFileThatIsNotThereIsNothing() {
        ConfigFiles files = new ConfigFiles(etc);
        files.delete("org.tiaojie.absent.cfg");
        files.write("org.tiaojie.present.cfg", "x", Map.of("a", "b"));
        files.delete("org.tiaojie.present.cfg");
        assertFalse(Files.exists(etc.resolve("org.tiaojie.present.cfg")));
    }
}
