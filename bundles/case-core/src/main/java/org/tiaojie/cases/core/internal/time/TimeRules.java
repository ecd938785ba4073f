package org.tiaojie.cases.core.internal.time;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.cm.ManagedServiceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CalendarAdministration;
import org.tiaojie.cases.api.CalendarStatus;
import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.WorkingDays;
import org.tiaojie.cases.core.internal.config.ConfigFiles;
import org.tiaojie.records.internal.Settings;

/**
 * The working calendar (one factory configuration {@code org.tiaojie.calendar.year} per year) and the time limits
 * ({@code org.tiaojie.timelimits}) from Config Admin. A configuration that cannot be read is refused (Config Admin
 * logs the key) and what was in force stays; until any arrives, weekends and the statutory limits apply.
 */
public class TimeRules implements WorkingCalendar, CalendarAdministration {
    public static final String YEAR_FACTORY_PID = "org.tiaojie.calendar.year";
    public static final String LIMITS_PID = "org.tiaojie.timelimits";
    private static final Logger LOG = LoggerFactory.getLogger(TimeRules.class);

    /** A configured year and the file it came from (null when it was not read from a file). */
    private record Configured(WorkCalendar.Year year, String file) {
    }

    private final Map<String, Configured> yearsByPid = new ConcurrentHashMap<>();
    /** One load at a time; not the monitor the configuration callbacks take, which a load waits for. */
    private final Object loading = new Object();
    private final PlatformClock clock;
    private final ConfigFiles files;
    private volatile DeadlineCalculator calculator = new DeadlineCalculator(WorkCalendar.weekendsOnly());
    private volatile TimeLimits limits = TimeLimits.STATUTORY;

    /** For Blueprint: files under {@code ${karaf.etc}}. */
    public TimeRules(PlatformClock clock) {
        this(clock, ConfigFiles.karafEtc());
    }

    public TimeRules(PlatformClock clock, ConfigFiles files) {
        this.clock = clock;
        this.files = files;
    }

    /** For tests: a fixed calendar and limits. */
    public TimeRules(WorkCalendar calendar, TimeLimits limits) {
        this.clock = PlatformClock.of(java.time.Clock.systemUTC());
        this.files = null;
        this.calculator = new DeadlineCalculator(calendar);
        this.limits = limits;
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }

    public TimeLimits limits() {
        return limits;
    }

    @Override
    public Deadline period(LocalDate start, DayCount count, int days) {
        return calculator.compute(null, start, count, days);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return !calculator.calendar().isRestDay(date);
    }

    @Override
    public WorkingDays workingDaysBetween(LocalDate from, LocalDate to) {
        return calculator.between(from, to);
    }

    @Override
    public List<Integer> years() {
        return calculator.calendar().years();
    }

    @Override
    public Optional<CalendarYear> year(int year) {
        return calculator.calendar().year(year).map(y -> y.toDto(sourceOf(year)));
    }

    @Override
    public String calendarWarning(LocalDate from, LocalDate to) {
        return calculator.warning(from, to);
    }

    @Override
    public CalendarStatus status() {
        LocalDate today = clock.today();
        CalendarStatus s = new CalendarStatus();
        s.setToday(today);
        s.setYears(years());
        s.setWarning(statusWarning(calculator.calendar(), today));
        return s;
    }

    /** This year missing, or from 1 November next year missing: limits counted then know only weekends. */
    static String statusWarning(WorkCalendar calendar, LocalDate today) {
        int year = today.getYear();
        if (!calendar.covers(year)) {
            return "本年度（" + year + "年）法定节假日安排未载入：期限仅按周末计算。请载入国务院办公厅公布的节假日安排"
                    + "（tiaojie:calendar-load 或 PUT /cxf/api/v1/calendar/years/" + year + "）。";
        }
        if (today.getMonthValue() >= 11 && !calendar.covers(year + 1)) {
            return (year + 1) + "年法定节假日安排尚未载入：跨年的期限（复查、复核申请期限等）仅按周末计算。国务院办公厅通知公布后"
                    + "请及时载入（tiaojie:calendar-load 或 PUT /cxf/api/v1/calendar/years/" + (year + 1) + "）。";
        }
        return null;
    }

    @Override
    public CalendarYear load(Actor actor, CalendarYear requested) {
        Roles.require(actor, Roles.OPERATOR);
        if (requested == null) {
            throw ValidationException.of("year", FieldViolation.REQUIRED, "the year's holidays and working days");
        }
        List<FieldViolation> v = new ArrayList<>();
        WorkCalendar.Year year = WorkCalendar.Year.of(requested.getYear(), requested.getHolidays(),
                requested.getWorkdays(), v);
        if (year == null) {
            throw new ValidationException(v);
        }
        if (files == null) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "no configuration directory to keep the calendar in");
        }
        synchronized (loading) {
            String existing = sourceOf(year.year());
            String file = existing == null ? YEAR_FACTORY_PID + "-" + year.year() + ".cfg" : existing;
            files.write(file, "The official calendar of " + year.year() + " (国务院办公厅节假日安排), loaded by "
                    + actor.userId() + ".\nholidays: days off; workdays: Saturdays and Sundays that are worked (调休上班日).",
                    year.toProperties());
            if (!ConfigFiles.awaitApplied(() -> calculator.calendar().year(year.year()).filter(year::equals).isPresent())) {
                throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the calendar of " + year.year()
                        + " was written to etc/" + file + " but not applied within " + ConfigFiles.APPLY_TIMEOUT.toSeconds()
                        + " s; see the log");
            }
            LOG.info("{} loaded the official calendar of {} ({})", actor.userId(), year.year(), file);
            return year.toDto(file);
        }
    }

    /** The file name (under etc/) a loaded year came from, or null. */
    private String sourceOf(int year) {
        return yearsByPid.values().stream().filter(c -> c.year().year() == year).map(Configured::file)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** One configuration per year, files {@code etc/org.tiaojie.calendar.year-<year>.cfg}. */
    public ManagedServiceFactory yearsListener() {
        return new ManagedServiceFactory() {
            @Override
            public String getName() {
                return "Tiaojie official calendar years";
            }

            @Override
            public void updated(String pid, Dictionary<String, ?> properties) throws ConfigurationException {
                Map<String, String> p = Settings.of(properties).asMap();
                WorkCalendar.Year year;
                try {
                    year = WorkCalendar.Year.parse(p);
                } catch (IllegalArgumentException e) {
                    LOG.error("{} ({}) refused, the calendar in force stays: {}", pid, fileName(p), e.getMessage());
                    throw new ConfigurationException(null, e.getMessage(), e);
                }
                synchronized (TimeRules.this) {
                    for (Map.Entry<String, Configured> other : yearsByPid.entrySet()) {
                        if (!other.getKey().equals(pid) && other.getValue().year().year() == year.year()) {
                            String message = "the calendar of " + year.year() + " is already configured in "
                                    + other.getValue().file() + "; " + fileName(p) + " is ignored";
                            LOG.error(message);
                            throw new ConfigurationException("year", message);
                        }
                    }
                    yearsByPid.put(pid, new Configured(year, fileName(p)));
                    rebuild();
                }
            }

            @Override
            public void deleted(String pid) {
                synchronized (TimeRules.this) {
                    if (yearsByPid.remove(pid) != null) {
                        rebuild();
                    }
                }
            }
        };
    }

    private void rebuild() {
        calculator = new DeadlineCalculator(new WorkCalendar(yearsByPid.values().stream().map(Configured::year).toList()));
        LOG.info("Official calendar years in force: {}", calculator.calendar().years());
    }

    private static String fileName(Map<String, String> p) {
        String url = p.get("felix.fileinstall.filename");
        if (url == null) {
            return null;
        }
        try {
            return Path.of(URI.create(url)).getFileName().toString();
        } catch (RuntimeException e) {
            return url;
        }
    }

    public ManagedService limitsListener() {
        return properties -> {
            try {
                limits = properties == null ? TimeLimits.STATUTORY : TimeLimits.parse(Settings.of(properties).asMap());
            } catch (IllegalArgumentException e) {
                LOG.error("{} refused, the previous limits stay in force: {}", LIMITS_PID, e.getMessage());
                throw new ConfigurationException(null, e.getMessage(), e);
            }
        };
    }
}
