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

    /** The lines of a text, numbered from 1, whatever its line ends. */
    static List<Line> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int n = 0; n < raw.length; n++) {
            lines.add(new Line(n + 1, raw[n]));
        }
        return lines;
    }
}
