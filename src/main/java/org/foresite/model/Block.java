package org.foresite.model;

/** A piece of a section body: a table, or Markdown text. */
public sealed interface Block permits Block.TableBlock, Block.TextBlock {

    record TableBlock(Table table) implements Block {
    }

    /** Markdown source as written in the seed; rendering decides how much of it becomes HTML. */
    record TextBlock(String markdown) implements Block {
    }
}
