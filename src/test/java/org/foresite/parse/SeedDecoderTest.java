package org.foresite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foresite.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class SeedDecoderTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private List<String> messages() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    @Test
    void skipsEmptyAndBinaryFiles() {
        assertTrue(SeedDecoder.decode(new byte[0], "a.md", diagnostics).isEmpty());
        assertTrue(SeedDecoder.decode(" \n\n".getBytes(StandardCharsets.UTF_8), "b.md", diagnostics).isEmpty());
        assertTrue(SeedDecoder.decode(new byte[] {'#', ' ', 0, 1, 2}, "c.md", diagnostics).isEmpty());
        assertEquals(List.of("a.md: warning: empty file, not an article; skipped",
                "b.md: warning: empty file, not an article; skipped",
                "c.md: warning: binary file (contains NUL bytes), not an article; skipped"), messages());
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'T'};
        assertEquals(Optional.of("# T"), SeedDecoder.decode(bytes, "d.md", diagnostics));
        assertEquals(List.of("d.md:1: note: byte-order mark ignored"), messages());
    }

    @Test
    void replacesInvalidUtf8AndNamesTheLine() {
        byte[] bytes = {'#', ' ', 'T', '\n', 'o', 'k', '\n', 'b', 'a', (byte) 0xC3, 'd', '\n'};
        assertEquals(Optional.of("# T\nok\nba\uFFFDd\n"), SeedDecoder.decode(bytes, "e.md", diagnostics));
        assertEquals(List.of("e.md:3: warning: invalid UTF-8; undecodable bytes are shown as \uFFFD"), messages());
    }
}
