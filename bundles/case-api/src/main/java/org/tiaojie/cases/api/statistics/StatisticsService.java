package org.tiaojie.cases.api.statistics;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;

/**
 * The figures the counties publish (统计): counts in matters, batches and person-visits by any combination of
 * dimensions for any period, with the same period a year before, each drilling through to its records. Clerks,
 * leaders and supervisors, for their townships (county staff: the county). Published by the statistics plug-in.
 */
@ProviderType
public interface StatisticsService {

    /**
     * @throws ValidationException a period missing, reversed or longer than 5 years, an unknown township
     * @throws TiaojieException    {@link ErrorCode#ACCESS_DENIED} for another role, or a township outside the
     *                             caller's
     */
    FigureTable figures(Actor actor, FigureQuery query);

    /**
     * The records one measure of a group counts, oldest first: the query's filters name the group, {@code source} the
     * module that counted them (null: {@code case}).
     *
     * @throws TiaojieException as {@link #figures}; {@link ErrorCode#SERVICE_UNAVAILABLE} when that source is not
     *                          installed now
     */
    Page<FigureSubject> subjects(Actor actor, String source, Measure measure, FigureQuery query, PageRequest page);

    /** The media type of an .xlsx workbook. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The table of {@link #figures} as an .xlsx workbook in the layout of the counties' ledgers: the period and the
     * generation time in the heading, header rows merged, numbers as numbers, the change as a percentage.
     *
     * @throws TiaojieException as {@link #figures}
     */
    byte[] workbook(Actor actor, FigureQuery query);

    /**
     * The rates of every live source for the period and the same period a year before, each with its numerator,
     * denominator and definition; events count up to the period's last day, or today while it runs.
     *
     * @throws ValidationException as {@link #figures}
     * @throws TiaojieException    as {@link #figures}
     */
    RateTable rates(Actor actor, FigureQuery query);

    /**
     * The records one side of one rate of a group counts, in the order of the events that date them: the query's
     * filters name the group.
     *
     * @throws ValidationException the rate or the part missing, or a rate no live source computes
     * @throws TiaojieException    as {@link #figures}; {@link ErrorCode#SERVICE_UNAVAILABLE} when the source that
     *                             computes it left in the meantime
     */
    Page<FigureSubject> rateSubjects(Actor actor, String rate, RatePart part, FigureQuery query, PageRequest page);

    /**
     * The table of {@link #rates} as an .xlsx workbook: a sheet of rates (numerator, denominator and per cent for the
     * period and the year before, the change in points) and a sheet of their definitions.
     *
     * @throws TiaojieException as {@link #figures}
     */
    byte[] ratesWorkbook(Actor actor, FigureQuery query);
}
