package org.tiaojie.database.internal;

import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseGateTest {
    @Test
    void theDataSourceIsPublishedWithThePoolsPropertiesUnderThePlatformsName() {
        Hashtable<String, Object> p = DatabaseGate.published(new Ref(Map.of(
                Constants.OBJECTCLASS, new String[] {"javax.sql.DataSource"}, Constants.SERVICE_ID, 42L,
                "osgi.jndi.service.name", "tiaojie-pool", "url", "jdbc:postgresql://db/tiaojie", "pool", "dbcp2", "password", "secret")));
        assertEquals("tiaojie", p.get("osgi.jndi.service.name"));
        assertEquals("jdbc:postgresql://db/tiaojie", p.get("url"));
        assertEquals("42", p.get("tiaojie.gated.pool"));
        assertFalse(p.containsKey(Constants.OBJECTCLASS));
        assertFalse(p.containsKey(Constants.SERVICE_ID));
        assertFalse(p.containsKey("password"));
    }

    @Test
    void whyTheDatabaseDoesNotAnswerNeverQuotesAPassword() {
        String why = DatabaseGate.why(new SQLException("FATAL: connection to jdbc:x?user=a&password=secret failed", "08001"));
        assertTrue(why.startsWith("SQL state 08001"), why);
        assertFalse(why.contains("secret"), why);
    }

    /** A service reference with fixed properties. */
    private record Ref(Map<String, Object> properties) implements ServiceReference<Object> {
        @Override
        public Object getProperty(String key) {
            return properties.get(key);
        }

        @Override
        public String[] getPropertyKeys() {
            return properties.keySet().toArray(new String[0]);
        }

        @Override
        public Bundle getBundle() {
            return null;
        }

        @Override
        public Bundle[] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(Bundle bundle, String className) {
            return true;
        }

        @Override
        public int compareTo(Object reference) {
            return 0;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return new Hashtable<>(properties);
        }

        @Override
        public <A> A adapt(Class<A> type) {
            return null;
        }
    }
}
