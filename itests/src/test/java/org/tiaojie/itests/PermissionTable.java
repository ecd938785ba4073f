package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** docs/PERMISSIONS.md and the demo users of etc/users.properties, as the itests read them. */
final class PermissionTable {
    static final String HOME = "341122101";
    static final String OTHER = "341122102";

    private PermissionTable() {
    }

    /** A demo user: the one matrix column it is counted under, and its township (null: county scope). */
    record User(String name, String role, String township) {
        boolean county() {
            return township == null;
        }

        String home() {
            return township == null ? HOME : township;
        }

        @Override
        public String toString() {
            return name == null ? "anonymous" : name;
        }
    }

    /** A row of the matrix. */
    record Row(String operation, Map<String, String> variant, Map<String, String> cells) {
        String protocol() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String label() {
            return operation + (variant.isEmpty() ? "" : " " + variant);
        }

        String action() {
            return variant.getOrDefault("action", "").replace("*", "");
        }

        String channel() {
            return variant.getOrDefault("channel", "");
        }
    }

    static List<Row> rows() throws Exception {
        Path file = Path.of(System.getProperty(TiaojieTestSupport.DOCS_PROPERTY), "PERMISSIONS.md");
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(cell.trim());
            }
            if (cells.get(0).equals("Operation")) {
                columns = cells;
            } else if (columns != null && cells.get(0).startsWith("`")) {
                assertEquals("cells in: " + line, columns.size(), cells.size());
                Map<String, String> variant = new LinkedHashMap<>();
                for (String pair : cells.get(1).split("\\s+")) {
                    if (!pair.isEmpty()) {
                        variant.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
                Map<String, String> byRole = new LinkedHashMap<>();
                for (int i = 2; i < columns.size(); i++) {
                    assertTrue("unknown cell in " + line, Set.of("yes", "—", "county", "withheld", "training")
                            .contains(cells.get(i)));
                    byRole.put(columns.get(i), cells.get(i));
                }
                rows.add(new Row(cells.get(0).replace("`", ""), variant, byRole));
            }
        }
        assertTrue("the matrix has rows", rows.size() > 50);
        return rows;
    }

    /** The demo users of etc/users.properties (each password is the user name), and no one. */
    static List<User> demoUsers() throws Exception {
        Set<String> roleColumns = Set.of("operator", "clerk", "handler", "leader", "supervisor", "legal-aid", "mediator",
                "justice-bureau", "court", "discipline");
        List<User> users = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("_g_")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('=')).trim();
            String role = null;
            String township = null;
            String[] parts = line.substring(line.indexOf('=') + 1).split(",");
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (roleColumns.contains(p)) {
                    assertTrue(name + " has one role of the matrix", role == null);
                    role = p;
                } else if (p.startsWith("township:")) {
                    township = p.substring("township:".length());
                }
            }
            assertTrue(name + " has a role of the matrix", role != null);
            users.add(new User(name, role, township));
        }
        assertTrue("the demo users", users.size() >= 10);
        users.add(new User(null, "anonymous", null));
        return users;
    }


    /** The first user (in the given order of names) whom the row allows; null if none does. */
    static User allowedUser(Row row, List<User> users, List<String> preference) {
        for (String name : preference) {
            for (User u : users) {
                if (name.equals(u.name())) {
                    String cell = row.cells().get(u.role());
                    if ("yes".equals(cell) || "county".equals(cell) && u.county()) {
                        return u;
                    }
                }
            }
        }
        return null;
    }
}
