package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import org.foresite.link.Input;
import org.foresite.render.Views.BarView;
import org.foresite.render.Views.ChartView;

/** Bar charts of articles per quarter, as numbers a template draws as inline SVG: no script, no chart library. */
final class Charts {
    static final int BAR = 16;
    static final int GAP = 4;
    static final int HEIGHT = 40;

    private Charts() {
    }

    /** The chart of a theme's quarters; {@code id} must be unique on the page. */
    static ChartView of(String id, String theme, Input.ThemeQuarters quarters) {
        int max = Math.max(1, quarters.counts().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<BarView> bars = new ArrayList<>();
        for (int i = 0; i < quarters.counts().size(); i++) {
            int count = quarters.counts().get(i);
            // A quarter with articles shows at least a sliver; an empty one a baseline only.
            int h = count == 0 ? 0 : Math.max(2, Math.round((float) count * (HEIGHT - 2) / max));
            String quarter = quarters.quarters().get(i);
            bars.add(new BarView(i * (BAR + GAP), HEIGHT - h, BAR, h,
                    quarter + ": " + count + (count == 1 ? " article" : " articles"), quarter, count));
        }
        int width = quarters.counts().size() * (BAR + GAP) - GAP;
        List<String> labels = quarters.quarters();
        return new ChartView(id, "Articles on " + theme + " per quarter, " + labels.get(0) + " to "
                + labels.get(labels.size() - 1), width, HEIGHT, bars, labels.get(0), labels.get(labels.size() - 1));
    }
}
