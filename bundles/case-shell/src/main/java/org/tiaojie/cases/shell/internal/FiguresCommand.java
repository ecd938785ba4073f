package org.tiaojie.cases.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureRow;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.MeasureValue;
import org.tiaojie.cases.api.statistics.StatisticsService;

/** tiaojie:figures — a summary of the published figures (统计) for a period; there while the statistics plug-in is. */
@Command(scope = "tiaojie", name = "figures", description = "Matters, batches and person-visits of a period, year on year")
@Service
public class FiguresCommand implements Action {
    @Option(name = "--from", description = "First day (yyyy-MM-dd)", required = true)
    private String from;

    @Option(name = "--to", description = "Last day, included (yyyy-MM-dd)", required = true)
    private String to;

    @Option(name = "--by", description = "Dimensions, comma-separated: TOWNSHIP, CATEGORY, PETITION_FORM, SOURCE, NATURE, DEPARTMENT")
    private String by;

    @Option(name = "--township", description = "Only this township (code)")
    @Completion(TownshipCompleter.class)
    private String township;

    @Reference(optional = true)
    private StatisticsService statistics;

    @Override
    public Object execute() {
        FigureQuery q = new FigureQuery();
        q.setFrom(day("--from", from));
        q.setTo(day("--to", to));
        List<Dimension> dimensions = new ArrayList<>();
        if (by != null) {
            for (String d : by.split(",")) {
                dimensions.add(Commands.enumValue("--by", d, Dimension.class));
            }
        }
        q.setBy(dimensions);
        q.setTownship(township);
        FigureTable t = Commands.call(() -> Commands.plugin(statistics, "statistics").figures(ShellActor.current(), q));
        ShellTable table = new ShellTable();
        table.column("Group");
        for (MeasureValue v : t.getTotal().getValues()) {
            table.column(v.getMeasure().name()).alignRight();
            table.column("year before").alignRight();
            table.column("change").alignRight();
        }
        for (FigureRow row : t.getRows()) {
            add(table, String.join(" / ", row.getLabels()), row);
        }
        add(table, "合计", t.getTotal());
        table.print(System.out);
        System.out.println(t.getFrom() + " – " + t.getTo() + " (year before: " + t.getPreviousFrom() + " – "
                + t.getPreviousTo() + "); sources: " + String.join(", ", t.getSources()));
        return null;
    }

    private static void add(ShellTable table, String group, FigureRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(group);
        for (MeasureValue v : row.getValues()) {
            cells.add(v.getValue());
            cells.add(v.getPreviousYear());
            cells.add(v.getChangePercent() == null ? "—" : v.getChangePercent() + "%");
        }
        table.addRow().addContent(cells);
    }

    private static LocalDate day(String option, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a date such as 2026-01-31", e);
        }
    }
}
