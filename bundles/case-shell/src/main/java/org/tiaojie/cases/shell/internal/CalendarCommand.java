package org.tiaojie.cases.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tiaojie.cases.api.CalendarAdministration;
import org.tiaojie.cases.api.CalendarStatus;
import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.WorkingCalendar;

/** tiaojie:calendar — which years of the official calendar are loaded, or one year's holidays. */
@Command(scope = "tiaojie", name = "calendar",
        description = "Lists the loaded years of the official calendar (法定节假日安排) and warns about a missing one; "
                + "with a year, shows its holidays and swapped working days")
@Service
public class CalendarCommand implements Action {
    @Argument(index = 0, name = "year", description = "A year to show, e.g. 2026")
    private Integer year;

    @Reference
    private CalendarAdministration administration;

    @Reference
    private WorkingCalendar calendar;

    @Override
    public Object execute() {
        if (year != null) {
            CalendarYear y = calendar.year(year).orElse(null);
            if (y == null) {
                System.out.println("The official calendar of " + year + " is not loaded (tiaojie:calendar-load " + year + ").");
                return null;
            }
            System.out.println(y.getYear() + " (" + y.getSource() + ")");
            System.out.println("  holidays: " + String.join(", ", y.getHolidays()));
            System.out.println("  workdays: " + String.join(", ", y.getWorkdays()));
            return null;
        }
        CalendarStatus s = administration.status();
        System.out.println("Today: " + s.getToday() + "; loaded years: " + s.getYears());
        if (s.getWarning() != null) {
            System.out.println("WARNING: " + s.getWarning());
        }
        return null;
    }
}
