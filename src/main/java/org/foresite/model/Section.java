package org.foresite.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code ## Name} section that is not one of the article's metadata sections
 * (Signals, Concerns, Behaviors, Technologies, Issues, and any unknown section), in document order.
 *
 * @param name   the heading as written
 * @param line   1-based line of the heading in the seed file
 * @param blocks the body, tables and text in order
 */
public record Section(String name, int line, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    /** The first table of the section, which is what table sections (Signals, Concerns…) hold. */
    public Optional<Table> table() {
        return blocks.stream()
                .filter(Block.TableBlock.class::isInstance)
                .map(b -> ((Block.TableBlock) b).table())
                .findFirst();
    }

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }
}
