package org.tiaojie.cases.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a listing, with the total number of matching items. */
@Schema(description = "One page of a listing, with the total number of matching items.")
public class Page<T> {
    private List<T> items;
    private int page;
    private int size;
    private long total;

    public Page() {
    }

    public Page(List<T> items, int page, int size, long total) {
        this.items = List.copyOf(items);
        this.page = page;
        this.size = size;
        this.total = total;
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

    @Schema(description = "Items matching the filter across all pages.")
    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
