package org.foresite.parse;

import java.util.ArrayList;
import java.util.List;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Block;

/** The body of a section as tables and Markdown text, in order: how articles and topics read their sections. */
final class Blocks {
    private Blocks() {
    }

    static List<Block> of(List<Line> body, String file, List<Diagnostic> diagnostics) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            int end = i;
            boolean table = TableReader.isTableLine(body.get(i).text());
            while (end < body.size() && TableReader.isTableLine(body.get(end).text()) == table) {
                end++;
            }
            List<Line> run = body.subList(i, end);
            if (table) {
                blocks.add(new Block.TableBlock(TableReader.read(run, file, diagnostics)));
            } else {
                List<String> text = trimBlank(run.stream().map(Line::text).toList());
                if (!text.isEmpty()) {
                    blocks.add(new Block.TextBlock(String.join("\n", text)));
                }
            }
            i = end;
        }
        return blocks;
    }

    /** The lines without the blank ones at either end, each without trailing white space. */
    static List<String> trimBlank(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to).stream().map(String::stripTrailing).toList();
    }

    /**
     * The lines of a text, numbered from 1, ended by {@code \r\n}, {@code \r} or {@code \n}; a text ending with a
     * line break has an empty last line. Scanned by hand: a regular expression split was a tenth of a cold build's
     * parsing. Most seeds end lines with {@code \n} alone, and {@code indexOf} finds those in a loop of its own
     * where a call to {@code charAt} per character costs several times more.
     */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        if (text.indexOf('\r') < 0) {
            int start = 0;
            for (int end; (end = text.indexOf('\n', start)) >= 0; start = end + 1) {
                lines.add(new Line(lines.size() + 1, text.substring(start, end)));
            }
            lines.add(new Line(lines.size() + 1, text.substring(start)));
            return lines;
        }
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(lines.size() + 1, text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Line(lines.size() + 1, text.substring(start)));
        return lines;
    }
}
