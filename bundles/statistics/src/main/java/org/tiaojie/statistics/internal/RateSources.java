package org.tiaojie.statistics.internal;

import org.tiaojie.cases.api.statistics.RateSource;

/** The modules' rate sources. */
public class RateSources extends Sources<RateSource> {
}
