package org.tiaojie.cases.core.internal.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ClockControl;
import org.tiaojie.cases.api.ClockState;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.core.internal.config.ConfigFiles;
import org.tiaojie.records.internal.Settings;

/**
 * The platform's one clock: the real time plus an offset that only a training installation may set
 * (configuration {@code org.tiaojie.clock}, key {@code offset}, an ISO-8601 duration such as {@code P60D}). The
 * offset is read from the configuration file alone, so the clock, the file and every node that shares the file
 * agree; setting the clock writes the file and waits until the configuration is back here.
 */
public class TrainingClock implements PlatformClock, ClockControl, ManagedService {
    public static final String PID = "org.tiaojie.clock";
    /** The system property that declares a training installation: {@code tiaojie.installation = training}. */
    public static final String INSTALLATION = "tiaojie.installation";
    static final String FILE = PID + ".cfg";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingClock.class);

    private final Clock real;
    private final boolean training;
    private final ConfigFiles files;
    private volatile Duration offset = Duration.ZERO;

    /** For Blueprint: the system clock; training mode from the framework property {@value #INSTALLATION}. */
    public TrainingClock(org.osgi.framework.BundleContext context) {
        this(Clock.systemUTC(), isTraining(context.getProperty(INSTALLATION)), ConfigFiles.karafEtc());
    }

    static boolean isTraining(String installation) {
        return installation != null && "training".equalsIgnoreCase(installation.trim());
    }

    public TrainingClock(Clock real, boolean training, ConfigFiles files) {
        this.real = real;
        this.training = training;
        this.files = files;
    }

    @Override
    public Instant now() {
        return real.instant().plus(offset);
    }

    @Override
    public Instant realNow() {
        return real.instant();
    }

    @Override
    public boolean isShifted() {
        return !offset.isZero();
    }

    public boolean isTrainingInstallation() {
        return training;
    }

    @Override
    public ClockState state() {
        Duration o = offset;
        Instant realNow = real.instant();
        ClockState s = new ClockState();
        s.setRealNow(realNow);
        s.setNow(realNow.plus(o));
        s.setToday(realNow.plus(o).atZone(ZONE).toLocalDate());
        s.setTrainingInstallation(training);
        s.setShifted(!o.isZero());
        s.setOffsetSeconds(o.getSeconds());
        return s;
    }

    @Override
    public ClockState set(Actor actor, Instant target) {
        requireTraining(actor);
        if (target == null) {
            throw ValidationException.of("now", FieldViolation.REQUIRED, "the time to set, e.g. 2027-01-04T09:00:00+08:00");
        }
        return apply(actor, Duration.between(real.instant(), target));
    }

    @Override
    public ClockState advance(Actor actor, Duration by) {
        requireTraining(actor);
        if (by == null || by.isNegative() || by.isZero()) {
            throw ValidationException.of("by", FieldViolation.OUT_OF_RANGE, "a positive duration, e.g. P60D or PT2H");
        }
        if (by.compareTo(Duration.ofDays(3660)) > 0) {
            throw ValidationException.of("by", FieldViolation.OUT_OF_RANGE, "at most ten years at a time");
        }
        return apply(actor, offset.plus(by));
    }

    @Override
    public synchronized ClockState reset(Actor actor) {
        requireTraining(actor);
        files.delete(FILE);
        await(Duration.ZERO);
        LOG.warn("{} reset the training clock to the real time", actor.userId());
        return state();
    }

    private synchronized ClockState apply(Actor actor, Duration newOffset) {
        Duration current = offset;
        // Never backwards: steps already recorded must not lie in the future of the clock.
        if (newOffset.compareTo(current) < 0) {
            throw ValidationException.of("now", FieldViolation.OUT_OF_RANGE, "the clock only moves forward; it says "
                    + real.instant().plus(current) + " now (reset it to the real time for a fresh training round)");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("offset", newOffset.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        files.write(FILE, "The training clock of this installation (tiaojie:clock-set, tiaojie:clock-advance).\n"
                + "The platform's time is the real time plus this offset; honoured only when the installation is a\n"
                + "training one (tiaojie.installation = training in etc/system.properties).", properties);
        await(newOffset.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        LOG.warn("{} set the training clock to {} (offset {})", actor.userId(), now(), offset);
        return state();
    }

    private void await(Duration expected) {
        if (!ConfigFiles.awaitApplied(() -> offset.equals(expected))) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the clock was written to etc/" + FILE
                    + " but Config Admin did not apply it within " + ConfigFiles.APPLY_TIMEOUT.toSeconds() + " s");
        }
    }

    private void requireTraining(Actor actor) {
        Roles.require(actor, Roles.OPERATOR);
        if (!training) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, "this is not a training installation: its clock is the "
                    + "real time and cannot be set (" + INSTALLATION + " = training in etc/system.properties declares one)");
        }
    }

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        String text = Settings.of(properties).asMap().getOrDefault("offset", "").trim();
        Duration parsed;
        try {
            parsed = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("offset", "not an ISO-8601 duration such as P60D: " + text);
        }
        if (!parsed.isZero() && !training) {
            offset = Duration.ZERO;
            LOG.error("{} sets an offset of {}, but this is not a training installation: the clock stays the real time",
                    PID, parsed);
            throw new ConfigurationException("offset", "refused: not a training installation");
        }
        if (!parsed.equals(offset)) {
            LOG.warn("The platform clock is now the real time {} {}", parsed.isNegative() ? "minus" : "plus", parsed.abs());
        }
        offset = parsed;
    }
}
