package org.tiaojie.documents.internal;

import java.util.Dictionary;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;

/**
 * The documents' configuration, PID {@code org.tiaojie.documents} ({@code etc/org.tiaojie.documents.cfg}): the issuing
 * bodies and the slip's hint. A file with a blank name is refused whole and the names in force stay.
 */
public class DocumentSettings implements ManagedService {
    /** The names printed, read and checked together. */
    record Issuers(String township, String county, String supervision, String reReview, String progressHint) {
        static final Issuers DEFAULT = new Issuers("{township}人民政府信访办公室", "县人民政府信访局",
                "县信访工作联席会议办公室", "县人民政府", "凭本回执上的查询码，可查询办理进度，并在答复后对办理情况作出评价。");

        /** The petition office of a township, by its name. */
        String ofTownship(String townshipName) {
            return township.replace("{township}", townshipName);
        }
    }

    private volatile Issuers issuers = Issuers.DEFAULT;

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        if (properties == null) {
            issuers = Issuers.DEFAULT;
            return;
        }
        issuers = new Issuers(text(properties, "issuer.township", Issuers.DEFAULT.township()),
                text(properties, "issuer.county", Issuers.DEFAULT.county()),
                text(properties, "issuer.supervision", Issuers.DEFAULT.supervision()),
                text(properties, "issuer.reReview", Issuers.DEFAULT.reReview()),
                text(properties, "progress.hint", Issuers.DEFAULT.progressHint()));
    }

    Issuers issuers() {
        return issuers;
    }

    private static String text(Dictionary<String, ?> properties, String key, String fallback)
            throws ConfigurationException {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        String s = value.toString().trim();
        if (s.isEmpty()) {
            throw new ConfigurationException(key, key + " is blank: name the body, or remove the line for the default");
        }
        if (s.length() > 60 && !key.equals("progress.hint")) {
            throw new ConfigurationException(key, key + " is longer than 60 characters");
        }
        return s;
    }
}
