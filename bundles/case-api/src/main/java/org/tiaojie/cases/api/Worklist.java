package org.tiaojie.cases.api;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A worklist — 待办事项: the cases of a scope whose running time limit has passed or falls by the end of this week,
 * earliest due date first, with the count of each bucket. A case without a running office limit (closed, or waiting
 * only for the petitioner, e.g. a review window) is on no worklist.
 */
@XmlType(name = "worklist")
@Schema(description = "A worklist (待办事项): the cases of a scope whose running time limit has passed or falls by the "
        + "end of this week, earliest due date first, with the count of each bucket. A case without a running office "
        + "limit (closed, or waiting only for the petitioner) is on no worklist.")
public class Worklist {
    private WorkScope scope;
    private DueBucket bucket;
    private LocalDate today;
    private LocalDate weekEnds;
    private long overdue;
    private long dueToday;
    private long dueThisWeek;
    private List<CaseView> items = List.of();
    private int page;
    private int size;
    private long total;

    @Schema(description = "Whose work this is.")
    public WorkScope getScope() {
        return scope;
    }

    public void setScope(WorkScope scope) {
        this.scope = scope;
    }

    @Schema(description = "The bucket the items are from; absent: all three.")
    public DueBucket getBucket() {
        return bucket;
    }

    public void setBucket(DueBucket bucket) {
        this.bucket = bucket;
    }

    @Schema(description = "The county's date the buckets are counted from (the training clock's on a training installation).")
    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    @Schema(description = "The last day of this week (Sunday): THIS_WEEK ends with it.")
    public LocalDate getWeekEnds() {
        return weekEnds;
    }

    public void setWeekEnds(LocalDate weekEnds) {
        this.weekEnds = weekEnds;
    }

    @Schema(description = "How many cases of the scope are overdue (已超期).")
    public long getOverdue() {
        return overdue;
    }

    public void setOverdue(long overdue) {
        this.overdue = overdue;
    }

    @Schema(description = "How many are due today (今日到期).")
    public long getDueToday() {
        return dueToday;
    }

    public void setDueToday(long dueToday) {
        this.dueToday = dueToday;
    }

    @Schema(description = "How many are due later this week (本周到期).")
    public long getDueThisWeek() {
        return dueThisWeek;
    }

    public void setDueThisWeek(long dueThisWeek) {
        this.dueThisWeek = dueThisWeek;
    }

    @Schema(description = "This page of the cases, earliest due date first (then by case number); personal data masked.")
    public List<CaseView> getItems() {
        return items;
    }

    public void setItems(List<CaseView> items) {
        this.items = items == null ? List.of() : List.copyOf(items);
    }

    @Schema(description = "Zero-based number of this page.")
    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    @Schema(description = "Items per page asked for.")
    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    @Schema(description = "How many cases the bucket asked for holds (all three buckets when none was asked for).")
    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
