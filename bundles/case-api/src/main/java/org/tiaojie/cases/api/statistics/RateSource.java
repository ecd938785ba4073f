package org.tiaojie.cases.api.statistics;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * Rates a module offers to the statistics — 比率数据源, registered with the service property {@link #SOURCE}. Each rate
 * is a numerator over a denominator, both counted in the database from the dates of the module's events. A record is
 * in a period's denominator by the date of one event, and in its numerator by what had happened up to the period's
 * last day: so a past period's rate stays what it was when later steps are recorded. A rate's name is the module's own: a
 * rate another live source already offers under the same name is left out.
 */
@ConsumerType
public interface RateSource {
    /** Service property: the source's stable name, e.g. {@code case}. */
    String SOURCE = "source";

    /** The rates it computes, in the order a table prints them. */
    List<RateDefinition> definitions();

    /**
     * Each rate's numerator and denominator of the period in the readers' townships, one per group of the query's
     * dimensions (a dimension the source does not know is one group, null); groups with nothing are left out.
     *
     * @param asOf the last day whose events count: the period's last day, or today while the period runs
     */
    List<RateCount> count(FigureQuery query, LocalDate asOf, FigureSource.Readers readers);

    /**
     * The records of one side of one rate for the query (its filters name the group drilled into), in the order of
     * the events that date them. Null when the source does not compute that rate.
     */
    Page<FigureSubject> subjects(String rate, RatePart part, FigureQuery query, LocalDate asOf,
                                 FigureSource.Readers readers, PageRequest page);
}
