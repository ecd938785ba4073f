package org.tiaojie.cases.api.statistics;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * Figures a module offers to the statistics — 统计数据源, registered with the service property {@link #SOURCE}. Counted
 * in the database by the dates of the module's own events (a registration, a repeat petition), never by loading the
 * records, and never by their status today: a past period's figure stays what it was.
 */
@ConsumerType
public interface FigureSource {
    /** Service property: the source's stable name, e.g. {@code case}. */
    String SOURCE = "source";

    /**
     * The counts of the period in the readers' townships, one per group of the query's dimensions (a dimension the
     * source does not know is one group, null); groups with nothing are left out.
     */
    List<Count> count(FigureQuery query, Readers readers);

    /**
     * The records one measure counts for the query (its filters name the group drilled into), oldest first: what
     * makes a figure auditable. A complaint about an official carries its number but no case id for a reader who
     * may not open it.
     *
     * @param readers which cases the reader may open: decides whether each subject carries its case id
     */
    Page<FigureSubject> subjects(Measure measure, FigureQuery query, Readers readers, PageRequest page);

    /** Who reads: the townships (null: all) and whether complaints about officials are theirs to open. */
    record Readers(List<String> townships, boolean complaints) {
    }
}
