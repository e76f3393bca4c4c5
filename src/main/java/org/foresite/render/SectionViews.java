package org.foresite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.foresite.model.Alignment;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.render.Views.BlockView;
import org.foresite.render.Views.CellView;
import org.foresite.render.Views.SectionView;
import org.foresite.render.Views.TableView;

/** Sections and tables as pages show them, articles and topic analyses alike. */
final class SectionViews {
    private SectionViews() {
    }

    static List<SectionView> of(List<Section> sections, MarkdownRenderer markdown) {
        List<SectionView> views = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Section s : sections) {
            String anchor = Text.anchor(s.name());
            for (int n = 2; !anchors.add(anchor); n++) {
                anchor = Text.anchor(s.name()) + "-" + n;
            }
            List<BlockView> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Block.TableBlock t) {
                    blocks.add(new BlockView(table(t.table()), null));
                } else if (b instanceof Block.TextBlock text) {
                    blocks.add(new BlockView(null, markdown.render(text.markdown())));
                }
            }
            views.add(new SectionView(s.name(), anchor, blocks));
        }
        return views;
    }

    static TableView table(Table table) {
        int columns = table.columnCount();
        List<CellView> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(new CellView(c < table.headers().size() ? Text.columnLabel(table.headers().get(c)) : "",
                    align(table.alignment(c))));
        }
        List<List<CellView>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new CellView(c < row.size() ? row.get(c) : "", align(table.alignment(c))));
            }
            rows.add(cells);
        }
        return new TableView(headers, rows);
    }

    private static String align(Alignment alignment) {
        return alignment == Alignment.RIGHT || alignment == Alignment.CENTER
                ? alignment.name().toLowerCase(Locale.ROOT) : "";
    }
}
