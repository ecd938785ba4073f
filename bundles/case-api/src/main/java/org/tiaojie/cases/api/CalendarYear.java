package org.tiaojie.cases.api;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One year of the official calendar as the State Council publishes it — 节假日安排: the public holidays and
 * the weekend days worked instead (调休上班日). Days are given as {@code yyyy-MM-dd} or as ranges
 * {@code yyyy-MM-dd..yyyy-MM-dd}, all inside the year; no day may be both.
 */
@XmlType(name = "calendarYear")
@Schema(description = "One year of the official calendar as the State Council publishes it — 节假日安排: the public "
        + "holidays and the weekend days worked instead (调休上班日). Days are `yyyy-MM-dd` or ranges "
        + "`yyyy-MM-dd..yyyy-MM-dd`, all inside the year; no day may be both.")
public class CalendarYear {
    private int year;
    private List<String> holidays = new ArrayList<>();
    private List<String> workdays = new ArrayList<>();
    private String source;

    @Schema(description = "The year, e.g. 2027.")
    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    @ArraySchema(maxItems = 60, arraySchema = @Schema(description = "Public holidays (法定节假日及调休放假日), as dates or ranges, e.g. `2027-02-06..2027-02-12`."), schema = @Schema(maxLength = 22))
    public List<String> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<String> holidays) {
        this.holidays = holidays == null ? new ArrayList<>() : holidays;
    }

    @ArraySchema(maxItems = 30, arraySchema = @Schema(description = "Saturdays and Sundays that are worked (调休上班日), as dates."), schema = @Schema(maxLength = 22))
    public List<String> getWorkdays() {
        return workdays;
    }

    public void setWorkdays(List<String> workdays) {
        this.workdays = workdays == null ? new ArrayList<>() : workdays;
    }

    @Schema(maxLength = 200, description = "Where the year is kept (the configuration file under etc/); read only.")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
