package org.tiaojie.cases.api;

import java.util.List;

/** One page of a listing, with the total number of matching items. */
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

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
