package cn.sifa.core.list;

/**
 * A list's opt-in to keyset (seek) paging: the {@code cursor} the client sent ({@code page.nextCursor} of the page
 * before, null for a first or numbered page) and the filter the cursor is bound to. The filter is any value whose
 * {@code toString()} states every filter parameter (a filter record), so that a cursor reused with another filter is
 * refused (400 on {@code cursor}) rather than answering rows of the other list. See docs/core-mechanisms.md, "Lists".
 */
public record Keyset(String cursor, String filter) {

    /** The query parameter of every list that offers keyset paging. */
    public static final String PARAMETER = "cursor";

    /** {@code cursor} as sent (blank counts as absent) for the list filtered by {@code filter}. */
    public static Keyset of(String cursor, Object filter) {
        return new Keyset(cursor == null || cursor.isBlank() ? null : cursor.trim(), String.valueOf(filter));
    }
}
