package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
    /** Characters of every UTF-8 width, surrogate pairs split across writes, and lone surrogates. */
    private static final String[] PIECES = {"a", "<p>", "é", "·", "◐", "“quoted”", "\uD83D\uDE00", "\uD83D", "\uDE00",
        "Łódź", "東京", "plain ASCII text of some length ", "\n"};

    @Test
    void writesWhatStringGetBytesWrites() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            // A small buffer, so that growing happens in the middle of wide characters too.
            Utf8Buffer buffer = new Utf8Buffer(1 + random.nextInt(8));
            int writes = random.nextInt(40);
            for (int w = 0; w < writes; w++) {
                String piece = PIECES[random.nextInt(PIECES.length)].repeat(1 + random.nextInt(3));
                text.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> buffer.write(piece, 0, piece.length());
                    case 1 -> buffer.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(buffer::write);
                }
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), text::toString);
        }
    }

    @Test
    void writesPartsOfStringsAndArrays() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        buffer.write("xx€yy", 1, 3);
        buffer.write("ab東京cd".toCharArray(), 2, 2);
        assertArrayEquals("x€y東京".getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }
}
