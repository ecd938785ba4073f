package org.tiaojie.cases.core.internal.time;


import java.time.LocalDate;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.core.internal.ConfigProperties;

/**
 * The working calendar ({@code org.tiaojie.calendar}) and the time limits ({@code org.tiaojie.timelimits})
 * from Config Admin. A configuration that cannot be read is refused as a whole (Config Admin logs the
 * key) and the previous one stays in force; until any arrives, weekends and the statutory limits apply.
 */
public class TimeRules implements WorkingCalendar {
    public static final String CALENDAR_PID = "org.tiaojie.calendar";
    public static final String LIMITS_PID = "org.tiaojie.timelimits";
    private static final Logger LOG = LoggerFactory.getLogger(TimeRules.class);

    private volatile DeadlineCalculator calculator = new DeadlineCalculator(WorkCalendar.weekendsOnly());
    private volatile TimeLimits limits = TimeLimits.STATUTORY;

    public TimeRules() {
    }

    /** For tests. */
    public TimeRules(WorkCalendar calendar, TimeLimits limits) {
        this.calculator = new DeadlineCalculator(calendar);
        this.limits = limits;
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }

    @Override
    public Deadline period(LocalDate start, DayCount count, int days) {
        return calculator.compute(null, start, count, days);
    }

    public TimeLimits limits() {
        return limits;
    }

    public ManagedService calendarListener() {
        return properties -> {
            try {
                calculator = new DeadlineCalculator(properties == null ? WorkCalendar.weekendsOnly()
                        : WorkCalendar.parse(ConfigProperties.asMap(properties)));
            } catch (IllegalArgumentException e) {
                LOG.error("{} refused, the previous calendar stays in force: {}", CALENDAR_PID, e.getMessage());
                throw new ConfigurationException(null, e.getMessage(), e);
            }
        };
    }

    public ManagedService limitsListener() {
        return properties -> {
            try {
                limits = properties == null ? TimeLimits.STATUTORY : TimeLimits.parse(ConfigProperties.asMap(properties));
            } catch (IllegalArgumentException e) {
                LOG.error("{} refused, the previous limits stay in force: {}", LIMITS_PID, e.getMessage());
                throw new ConfigurationException(null, e.getMessage(), e);
            }
        };
    }
}
