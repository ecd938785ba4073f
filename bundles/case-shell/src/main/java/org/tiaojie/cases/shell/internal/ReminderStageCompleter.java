package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.supervision.ReminderStage;

/** Completes a reminder's stages from the API's enumeration. */
@Service
public class ReminderStageCompleter extends EnumCompleter<ReminderStage> {
    public ReminderStageCompleter() {
        super(ReminderStage.class);
    }
}
