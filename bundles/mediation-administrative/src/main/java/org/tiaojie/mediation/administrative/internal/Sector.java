package org.tiaojie.mediation.administrative.internal;

import java.util.Set;

import org.tiaojie.cases.api.DayCount;

/**
 * A sector of administrative mediation — 行政调解的领域 (land and forest rights, labour, traffic, medical,
 * environment, water): the categories it covers and the time limit its rules set.
 */
public record Sector(String code, String name, Set<String> categories, int days, DayCount count, String basis) {
}
