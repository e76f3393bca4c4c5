package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "Templates" section names every template a user may copy and override, and no other. */
class TemplateListTest {
    @Test
    void theReadmeNamesEveryTemplateOfTheDefaultTheme() throws IOException {
        TreeSet<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".peb")).forEach(shipped::add);
        }
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Templates"), readme.indexOf("## Project layout"));
        TreeSet<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z0-9-]+\\.peb)`").matcher(section);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(List.copyOf(shipped), List.copyOf(named));
    }
}
