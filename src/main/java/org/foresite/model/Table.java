package org.foresite.model;

import java.util.List;

/**
 * A pipe table keyed by its own header names, whatever the column count.
 * Rows may be longer than the header (extra cells are kept); short rows are padded by the parser.
 */
public record Table(List<String> headers, List<Alignment> alignments, List<List<String>> rows) {
    public Table {
        headers = List.copyOf(headers);
        alignments = List.copyOf(alignments);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The widest row, header included: the number of columns a renderer must lay out. */
    public int columnCount() {
        int n = headers.size();
        for (List<String> row : rows) {
            n = Math.max(n, row.size());
        }
        return n;
    }

    public Alignment alignment(int column) {
        return column < alignments.size() ? alignments.get(column) : Alignment.NONE;
    }
}
