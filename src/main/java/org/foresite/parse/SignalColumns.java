package org.foresite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foresite.model.Signal;
import org.foresite.model.Table;

/** Which column of a Signals table plays which role, for either seed generation's headers. */
final class SignalColumns {
    private SignalColumns() {
    }

    static List<Signal> signals(Table table) {
        int name = column(table, "signal", "name");
        int description = column(table, "description");
        int change = column(table, "change");
        int horizon = column(table, "10y horizon", "10-year", "10 year", "horizon");
        int force = column(table, "driving force", "driving-force", "driving");
        int relevancy = column(table, "relevancy", "relevance");
        List<Signal> out = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            out.add(new Signal(cell(row, name), cell(row, description), cell(row, change), cell(row, horizon),
                    cell(row, force), cell(row, relevancy)));
        }
        return out;
    }

    /** The first header equal to one of the names (in their order of preference), else the first containing one. */
    private static int column(Table table, String... names) {
        for (String wanted : names) {
            for (int i = 0; i < table.headers().size(); i++) {
                if (table.headers().get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
        }
        for (String wanted : names) {
            for (int i = 0; i < table.headers().size(); i++) {
                if (table.headers().get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }
}
