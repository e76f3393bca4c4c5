package org.foresite.parse;

import java.nio.file.Path;

/**
 * A seed file found in the seeds folder.
 *
 * @param path the file
 * @param name its path relative to the seeds folder, with forward slashes, as messages show it
 * @param id   the article id: the file name without extension, made unique across the folder
 */
public record SeedFile(Path path, String name, String id) {
}
