package org.foresite.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Alignment;
import org.foresite.model.Table;

/** Reads a run of pipe-table lines, tolerating ragged rows and a missing separator row. */
final class TableReader {
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");

    private TableReader() {
    }

    static boolean isTableLine(String line) {
        return line.stripLeading().startsWith("|");
    }

    static Table read(List<Line> lines, String file, List<Diagnostic> out) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Line line : lines) {
            rows.add(cells(line.text()));
            numbers.add(line.number());
        }
        List<String> headers;
        List<Alignment> alignments;
        int firstData;
        if (rows.size() >= 2 && isSeparator(rows.get(1))) {
            headers = rows.get(0);
            alignments = rows.get(1).stream().map(TableReader::alignment).toList();
            firstData = 2;
        } else if (isSeparator(rows.get(0))) {
            out.add(Diagnostic.warning(file, numbers.get(0), "table has no header row; its columns are left unnamed"));
            alignments = rows.get(0).stream().map(TableReader::alignment).toList();
            headers = Collections.nCopies(alignments.size(), "");
            firstData = 1;
        } else {
            out.add(Diagnostic.warning(file, numbers.get(0),
                    "table has no header separator row (|---|); its first row is read as the header"));
            headers = rows.get(0);
            alignments = List.of();
            firstData = 1;
        }
        List<List<String>> data = new ArrayList<>();
        for (int i = firstData; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int number = numbers.get(i);
            if (isSeparator(row)) {
                out.add(Diagnostic.note(file, number, "extra table separator row ignored"));
                continue;
            }
            if (row.size() < headers.size()) {
                out.add(Diagnostic.warning(file, number, "table row has " + row.size() + " cells, the header has "
                        + headers.size() + "; padded with empty cells"));
                List<String> padded = new ArrayList<>(row);
                while (padded.size() < headers.size()) {
                    padded.add("");
                }
                row = padded;
            } else if (row.size() > headers.size()) {
                out.add(Diagnostic.warning(file, number, "table row has " + row.size() + " cells, the header has "
                        + headers.size() + "; the extra cells are kept"));
            }
            data.add(row);
        }
        return new Table(headers, alignments, data);
    }

    /** Splits a row on unescaped pipes; {@code \|} stands for a literal pipe inside a cell. */
    static List<String> cells(String line) {
        String s = line.strip();
        List<String> cells = new ArrayList<>();
        // Cells are cut out of the line; only a cell with an escaped bar is put together piece by piece.
        StringBuilder escaped = null;
        int from = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                escaped = (escaped == null ? new StringBuilder() : escaped).append(s, from, i).append('|');
                i++;
                from = i + 1;
                leading = false;
            } else if (c == '|') {
                String cell = escaped == null ? s.substring(from, i) : escaped.append(s, from, i).toString();
                if (!(leading && cells.isEmpty() && cell.isBlank())) {
                    cells.add(cell.strip());
                }
                escaped = null;
                from = i + 1;
                leading = false;
            }
        }
        String last = escaped == null ? s.substring(from) : escaped.append(s, from, s.length()).toString();
        if (!last.isBlank()) {
            cells.add(last.strip());
        }
        return cells;
    }

    private static boolean isSeparator(List<String> row) {
        return !row.isEmpty() && row.stream().allMatch(c -> onlySeparatorMarks(c)
                && SEPARATOR_CELL.matcher(c.replace(" ", "")).matches());
    }

    /** Whether a cell holds only what a separator cell is made of: most cells are not, and are told at a glance. */
    private static boolean onlySeparatorMarks(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '-' && c != ':' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Alignment alignment(String cell) {
        String c = cell.replace(" ", "");
        boolean left = c.startsWith(":");
        boolean right = c.endsWith(":");
        if (left && right) {
            return Alignment.CENTER;
        }
        return left ? Alignment.LEFT : right ? Alignment.RIGHT : Alignment.NONE;
    }
}
