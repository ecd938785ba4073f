package org.tiaojie.notifier.email.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.records.internal.Settings;

/**
 * The e-mail notifier's configuration, PID {@code org.tiaojie.notifier.email}: the SMTP server and the address book
 * (people by login, units by township and department, townships by code). Refused whole, with the key, when a value
 * cannot be read; the settings in force stay.
 */
public class EmailSettings implements ManagedService {
    /** One consistent reading of the file. */
    record Smtp(String host, int port, String security, String user, String password, int timeoutSeconds,
                InternetAddress from, Map<String, List<InternetAddress>> people,
                Map<String, List<InternetAddress>> units, Map<String, List<InternetAddress>> townships) {
        static final Smtp NONE = new Smtp(null, 25, "none", null, null, 20, null, Map.of(), Map.of(), Map.of());

        boolean configured() {
            return host != null;
        }

        /** javax.mail's session properties for this server. */
        Properties properties() {
            Properties p = new Properties();
            p.put("mail.transport.protocol", security.equals("ssl") ? "smtps" : "smtp");
            String prefix = security.equals("ssl") ? "mail.smtps." : "mail.smtp.";
            p.put(prefix + "host", host);
            p.put(prefix + "port", String.valueOf(port));
            p.put(prefix + "connectiontimeout", String.valueOf(timeoutSeconds * 1000));
            p.put(prefix + "timeout", String.valueOf(timeoutSeconds * 1000));
            p.put(prefix + "writetimeout", String.valueOf(timeoutSeconds * 1000));
            p.put(prefix + "auth", String.valueOf(user != null));
            if (security.equals("starttls")) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            return p;
        }

        static Smtp parse(Settings s) {
            String host = s.text("smtp.host", null);
            String security = s.text("smtp.security", "starttls");
            if (!List.of("none", "starttls", "ssl").contains(security)) {
                throw new IllegalArgumentException("smtp.security = " + security + ": none, starttls or ssl");
            }
            return new Smtp(host, s.number("smtp.port", security.equals("ssl") ? 465 : 25, 1, 65535), security,
                    s.text("smtp.user", null), s.text("smtp.password", null), s.number("smtp.timeoutSeconds", 20, 1, 300),
                    host == null ? null : addresses("from", s.text("from", "tiaojie@localhost")).get(0),
                    book(s, "person."), book(s, "unit."), book(s, "township."));
        }

        private static Map<String, List<InternetAddress>> book(Settings s, String prefix) {
            Map<String, List<InternetAddress>> book = new java.util.TreeMap<>();
            s.withPrefix(prefix).forEach((key, value) -> book.put(key, addresses(prefix + key, value)));
            return Map.copyOf(book);
        }

        private static List<InternetAddress> addresses(String key, String value) {
            List<InternetAddress> list = new ArrayList<>();
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    InternetAddress a = new InternetAddress(one.trim(), true);
                    list.add(a);
                } catch (AddressException e) {
                    throw new IllegalArgumentException(key + " = " + value + ": not an e-mail address (" + one.trim() + ")", e);
                }
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException(key + ": no address");
            }
            return List.copyOf(list);
        }
    }

    private volatile Smtp smtp = Smtp.NONE;

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            smtp = Smtp.parse(Settings.of(properties));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    Smtp smtp() {
        return smtp;
    }
}
