package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.DueBucket;

/** Completes a worklist's buckets from the API's enumeration. */
@Service
public class DueBucketCompleter extends EnumCompleter<DueBucket> {
    public DueBucketCompleter() {
        super(DueBucket.class);
    }
}
