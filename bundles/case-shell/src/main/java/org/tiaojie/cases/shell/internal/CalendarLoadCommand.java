package org.tiaojie.cases.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.CalendarAdministration;
import org.tiaojie.cases.api.CalendarYear;

/** tiaojie:calendar-load — load a year's holidays when the State Council publishes them. */
@Command(scope = "tiaojie", name = "calendar-load",
        description = "Loads (or replaces) a year of the official calendar from the State Council's notice; in force at "
                + "once, kept in etc/org.tiaojie.calendar.year-<year>.cfg. Operators only")
@Service
public class CalendarLoadCommand implements Action {
    @Argument(index = 0, name = "year", description = "The year, e.g. 2027", required = true)
    private int year;

    @Option(name = "--holidays", description = "Days off: dates and ranges, comma-separated, e.g. "
            + "\"2027-01-01, 2027-02-06..2027-02-12\"", required = true)
    private String holidays;

    @Option(name = "--workdays", description = "Saturdays and Sundays worked (调休上班日), comma-separated")
    private String workdays;

    @Reference
    private CalendarAdministration administration;

    @Override
    public Object execute() {
        CalendarYear y = new CalendarYear();
        y.setYear(year);
        y.setHolidays(split(holidays));
        y.setWorkdays(split(workdays));
        CalendarYear loaded = Commands.call(() -> administration.load(ShellActor.current(), y));
        System.out.println("Loaded the official calendar of " + loaded.getYear() + " (etc/" + loaded.getSource() + "): "
                + loaded.getHolidays().size() + " holiday period(s), " + loaded.getWorkdays().size() + " swapped working day(s)");
        return null;
    }

    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }
}
