package org.tiaojie.cases.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a listing, with the number of matching items. The number is exact up to {@value #COUNTED_UP_TO} (and up
 * to the page asked for): beyond that a listing says "more than" ({@code totalExact} false) instead of counting a
 * million rows for every page.
 */
@Schema(description = "One page of a listing, with the number of matching items: exact up to 1,000 and to the page "
        + "asked for; beyond that totalExact is false and total says how many were counted.")
public class Page<T> {
    /** How far a listing counts its matches before it says "more than". */
    public static final int COUNTED_UP_TO = 1_000;

    private List<T> items;
    private int page;
    private int size;
    private long total;
    private boolean totalExact = true;

    public Page() {
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public Page(List<T> items, int page, int size, long total, boolean totalExact) {
        this.items = List.copyOf(items);
        this.page = page;
        this.size = size;
        this.total = total;
        this.totalExact = totalExact;
    }

    @Schema(description = "The items of this page.")
    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items;
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

    @Schema(description = "Items matching the filter across all pages; when totalExact is false, there are more than this.")
    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    @Schema(description = "Whether total is the exact number of matches (false: more than total match).")
    public boolean isTotalExact() {
        return totalExact;
    }

    public void setTotalExact(boolean totalExact) {
        this.totalExact = totalExact;
    }
}
