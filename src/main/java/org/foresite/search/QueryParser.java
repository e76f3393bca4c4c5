package org.foresite.search;

import java.util.ArrayList;
import java.util.List;

/** The query syntax of the search page (see search.js, which implements the same rules): words, +must, -not, "phrase". */
final class QueryParser {
    enum Op { SHOULD, MUST, NOT }

    record Clause(Op op, boolean phrase, String text) {
    }

    /** endsOpen: the last word may still be growing (no trailing space or quote), so it may match as a prefix. */
    record Query(List<Clause> clauses, boolean endsOpen) {
    }

    private QueryParser() {
    }

    static Query parse(String query) {
        String q = query == null ? "" : query;
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char ch = q.charAt(i);
            if (isSpace(ch)) {
                i++;
                continue;
            }
            Op op = Op.SHOULD;
            if ((ch == '+' || ch == '-') && i + 1 < q.length() && !isSpace(q.charAt(i + 1))) {
                op = ch == '+' ? Op.MUST : Op.NOT;
                i++;
                ch = q.charAt(i);
            }
            if (ch == '"') {
                int end = q.indexOf('"', i + 1);
                clauses.add(new Clause(op == Op.SHOULD ? Op.MUST : op, true, q.substring(i + 1, end < 0 ? q.length() : end)));
                i = end < 0 ? q.length() : end + 1;
            } else {
                int j = i;
                while (j < q.length() && !isSpace(q.charAt(j)) && q.charAt(j) != '"') {
                    j++;
                }
                clauses.add(new Clause(op, false, q.substring(i, j)));
                i = j;
            }
        }
        Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
        boolean endsOpen = last != null && !last.phrase() && last.op() != Op.NOT && !q.isEmpty()
                && !isSpace(q.charAt(q.length() - 1)) && q.charAt(q.length() - 1) != '"';
        return new Query(clauses, endsOpen);
    }

    /** JavaScript's \s, so both sides split queries alike. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
