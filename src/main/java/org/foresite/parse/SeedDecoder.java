package org.foresite.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.foresite.diag.Diagnostic;

/** Turns a seed's bytes into text, or says why the file is not an article at all. */
public final class SeedDecoder {
    private static final int BINARY_PROBE = 8192;

    private SeedDecoder() {
    }

    /** The text of the seed, or empty when the file is skipped (a warning says why). */
    public static Optional<String> decode(byte[] bytes, String file, List<Diagnostic> diagnostics) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
            diagnostics.add(Diagnostic.note(file, 1, "byte-order mark ignored"));
        }
        for (int i = start; i < Math.min(bytes.length, start + BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                diagnostics.add(Diagnostic.warning(file, 0, "binary file (contains NUL bytes), not an article; skipped"));
                return Optional.empty();
            }
        }
        String text = decodeUtf8(bytes, start, file, diagnostics);
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.warning(file, 0, "empty file, not an article; skipped"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String decodeUtf8(byte[] bytes, int start, String file, List<Diagnostic> diagnostics) {
        // The lenient decoder is several times faster than a strict one, and it marks every undecodable sequence
        // with U+FFFD: a text without one is valid, a text with one is decoded again strictly to tell.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strictDecoder().decode(input).toString();
        } catch (CharacterCodingException e) {
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            diagnostics.add(Diagnostic.warning(file, firstBadLine(bytes, start),
                    "invalid UTF-8; undecodable bytes are shown as \uFFFD"));
            return text;
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The line holding the first byte sequence that is not UTF-8. */
    private static int firstBadLine(byte[] bytes, int start) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = start; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
