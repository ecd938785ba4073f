package org.tiaojie.cases.shell.internal;

import java.time.OffsetDateTime;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.ClockControl;
import org.tiaojie.cases.api.ClockState;
import org.tiaojie.cases.api.PlatformClock;

/**
 * tiaojie:clock — what the platform's clock says. {@code --banner} prints only while it is a training clock; the
 * console runs it at every login (etc/scripts/tiaojie.script), so no one mistakes training dates for real ones.
 */
@Command(scope = "tiaojie", name = "clock", description = "Shows the platform's clock and whether it is a training clock")
@Service
public class ClockCommand implements Action {
    @Option(name = "--banner", description = "Print only when the clock is not the real time (for the login script)")
    private boolean banner;

    @Reference
    private ClockControl clock;

    @Override
    public Object execute() {
        ClockState s = clock.state();
        String now = OffsetDateTime.ofInstant(s.getNow(), PlatformClock.ZONE).toString();
        String real = OffsetDateTime.ofInstant(s.getRealNow(), PlatformClock.ZONE).toString();
        if (s.isShifted()) {
            System.out.println("*** TRAINING CLOCK 培训时钟: the platform's time is " + now + " (real time " + real
                    + "). Dates here are not real. ***");
        } else if (!banner) {
            System.out.println("The platform's clock is the real time: " + now
                    + (s.isTrainingInstallation() ? " (a training installation: tiaojie:clock-set / clock-advance)" : ""));
        }
        return null;
    }
}
