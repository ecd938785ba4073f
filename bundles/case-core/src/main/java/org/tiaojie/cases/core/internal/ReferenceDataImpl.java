package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;
import org.tiaojie.records.internal.Settings;
import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.Township;
import org.tiaojie.cases.api.Village;

/**
 * Townships and the case taxonomy from Config Admin. Two PIDs, each a {@link ManagedService}:
 * {@value #JURISDICTION_PID} ({@code township.<code> = name}, {@code village.<township>.<code> = name}) and {@value #TAXONOMY_PID}
 * ({@code category.<nn>.<CODE> = label}, ordered by {@code nn}). An edit of the file applies at once.
 *
 * <p>Config Admin delivers the two configurations some time after the bundle starts. Until both have
 * arrived the {@link ReferenceData} service is not registered and intake is refused as retryable
 * ({@link #requireLoaded()}), so a valid category is never reported "unknown" just because it is early.
 */
public class ReferenceDataImpl implements ReferenceData {
    public static final String JURISDICTION_PID = "org.tiaojie.jurisdiction";
    public static final String TAXONOMY_PID = "org.tiaojie.taxonomy";

    private final BundleContext bundleContext;
    private volatile Map<String, Township> townships = Map.of();
    private volatile Map<String, Category> categories = Map.of();
    private volatile Map<String, List<Village>> villages = Map.of();
    private volatile boolean jurisdictionLoaded;
    private volatile boolean taxonomyLoaded;
    private ServiceRegistration<ReferenceData> registration;

    /** For unit tests: never registers a service. */
    ReferenceDataImpl() {
        this(null);
    }

    public ReferenceDataImpl(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    public ManagedService jurisdictionListener() {
        return properties -> {
            Map<String, String> values = Settings.of(properties).asMap();
            townships = parseTownships(values);
            villages = parseVillages(values);
            jurisdictionLoaded = properties != null;
            publishWhenLoaded();
        };
    }

    public ManagedService taxonomyListener() {
        return properties -> {
            categories = parseCategories(Settings.of(properties).asMap());
            taxonomyLoaded = properties != null;
            publishWhenLoaded();
        };
    }

    /** Both configurations have been delivered. */
    public boolean loaded() {
        return jurisdictionLoaded && taxonomyLoaded;
    }

    /** Refuses, as retryable, work that needs master data before it has arrived. */
    public void requireLoaded() {
        if (!loaded()) {
            List<String> missing = new ArrayList<>();
            if (!jurisdictionLoaded) {
                missing.add(JURISDICTION_PID);
            }
            if (!taxonomyLoaded) {
                missing.add(TAXONOMY_PID);
            }
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE,
                    "master data (" + String.join(", ", missing) + ") is not loaded yet; retry shortly");
        }
    }

    private synchronized void publishWhenLoaded() {
        if (bundleContext == null) {
            return;
        }
        if (loaded() && registration == null) {
            registration = bundleContext.registerService(ReferenceData.class, this, null);
        } else if (!loaded() && registration != null) {
            unregister();
        }
    }

    /** Blueprint destroy method. */
    public synchronized void unregister() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework has unregistered it already
            }
            registration = null;
        }
    }

    /** For unit tests: master data as if both configurations had arrived. */
    void load(Map<String, String> jurisdiction, Map<String, String> taxonomy) {
        townships = parseTownships(jurisdiction);
        villages = parseVillages(jurisdiction);
        categories = parseCategories(taxonomy);
        jurisdictionLoaded = true;
        taxonomyLoaded = true;
    }

    static Map<String, Township> parseTownships(Map<String, String> properties) {
        Map<String, Township> result = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("township.") && !value.isBlank()) {
                String code = key.substring("township.".length()).trim();
                result.put(code, new Township(code, value.trim()));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** {@code village.<township code>.<village code> = name}, each township's villages ordered by code. */
    static Map<String, List<Village>> parseVillages(Map<String, String> properties) {
        Map<String, TreeMap<String, Village>> byTownship = new TreeMap<>();
        properties.forEach((key, value) -> {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("village") && !value.isBlank()) {
                String township = parts[1].trim();
                String code = parts[2].trim();
                byTownship.computeIfAbsent(township, t -> new TreeMap<>()).put(code, new Village(code, value.trim(), township));
            }
        });
        Map<String, List<Village>> result = new LinkedHashMap<>();
        byTownship.forEach((township, list) -> result.put(township, List.copyOf(list.values())));
        return Collections.unmodifiableMap(result);
    }

    static Map<String, Category> parseCategories(Map<String, String> properties) {
        // category.<order>.<CODE> = label; TreeMap on the padded order keeps the configured sequence.
        TreeMap<String, Category> ordered = new TreeMap<>();
        properties.forEach((key, value) -> {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("category") && parts[1].trim().matches("\\d{1,8}")
                    && !value.isBlank()) {
                String order = String.format("%08d", Integer.parseInt(parts[1].trim()));
                ordered.put(order + parts[2], new Category(parts[2].trim(), value.trim()));
            }
        });
        Map<String, Category> result = new LinkedHashMap<>();
        ordered.values().forEach(c -> result.put(c.code(), c));
        return Collections.unmodifiableMap(result);
    }

    @Override
    public List<Township> townships() {
        return new ArrayList<>(townships.values());
    }

    @Override
    public Optional<Township> township(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(townships.get(code));
    }

    @Override
    public List<Village> villages(String township) {
        return township == null || !townships.containsKey(township) ? List.of() : villages.getOrDefault(township, List.of());
    }

    @Override
    public List<Category> categories() {
        return new ArrayList<>(categories.values());
    }

    @Override
    public Optional<Category> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(categories.get(code));
    }
}
