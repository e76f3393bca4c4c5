package org.foresite.site;

/** A file of the site: its path relative to the output folder, and its bytes. */
public record OutputFile(String path, byte[] bytes) {
}
