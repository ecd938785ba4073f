package org.tiaojie.cases.api;

/**
 * A page of a listing: zero-based page number (up to {@value #MAX_PAGE}) and page size (1–{@value #MAX_SIZE}); the
 * offset of any page always fits an int.
 */
public final class PageRequest {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_PAGE = 10_000_000;

    private final int page;
    private final int size;

    private PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /**
     * @throws ValidationException when page is outside 0–{@value #MAX_PAGE} or size is outside 1–{@value #MAX_SIZE}
     */
    public static PageRequest of(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ValidationException.of("page", FieldViolation.OUT_OF_RANGE, "page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ValidationException.of("size", FieldViolation.OUT_OF_RANGE, "size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(page, size);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }
}
