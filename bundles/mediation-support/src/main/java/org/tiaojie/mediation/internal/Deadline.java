package org.tiaojie.mediation.internal;

import java.time.LocalDate;

/**
 * A channel's current time limit on a file, computed by the core's calendar.
 *
 * @param due     the last day
 * @param rule    how it was computed, in words
 * @param warning set when the period reaches into a year whose official calendar is not loaded
 */
public record Deadline(LocalDate due, String rule, String warning) {
}
