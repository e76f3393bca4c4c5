package org.foresite.model;

/** Column alignment declared by a table's separator row. */
public enum Alignment {
    NONE, LEFT, CENTER, RIGHT
}
