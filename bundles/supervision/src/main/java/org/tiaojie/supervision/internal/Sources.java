package org.tiaojie.supervision.internal;

import org.tiaojie.cases.api.spi.DeadlineSource;

/** The live deadline sources, keyed by their {@code source} property. */
public class Sources extends Whiteboard<DeadlineSource> {
    public Sources() {
        super(DeadlineSource.SOURCE);
    }
}
