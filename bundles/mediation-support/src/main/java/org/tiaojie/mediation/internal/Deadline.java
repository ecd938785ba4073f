package org.tiaojie.mediation.internal;

import java.time.LocalDate;

/** A channel's current time limit on a file, with how it was computed in words. */
public record Deadline(LocalDate due, String rule) {
}
