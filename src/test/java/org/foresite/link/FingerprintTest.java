package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void aStreamsFingerprintDependsOnItsBytesNotOnHowTheyWereWritten() throws IOException {
        Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[random.nextInt(100)];
            random.nextBytes(bytes);
            Fingerprint whole = streamed(bytes, bytes.length, random);
            assertEquals(whole, streamed(bytes, 1, random));
            assertEquals(whole, streamed(bytes, 1 + random.nextInt(12), random));
        }
    }

    @Test
    void streamsOfDifferentBytesOrLengthsDiffer() throws IOException {
        Set<Fingerprint> seen = new HashSet<>();
        Random random = new Random(5);
        for (int length = 0; length < 40; length++) {
            assertEquals(true, seen.add(streamed(new byte[length], Math.max(1, length), random)), "zeros of length " + length);
        }
        byte[] a = "abcdefgh-ijklmnop".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = a.clone();
        b[9] = 'J';
        assertNotEquals(streamed(a, a.length, random), streamed(b, b.length, random));
    }

    @Test
    void textsFingerprintDependsOnItsCharactersNotOnHowTheyWereWritten() {
        Random random = new Random(11);
        Set<Fingerprint> distinct = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(3) : random.nextInt(0x3000)));
            }
            String t = text.toString();
            Fingerprint.Chars whole = new Fingerprint.Chars();
            whole.write(t);
            Fingerprint.Chars pieces = new Fingerprint.Chars();
            for (int at = 0; at < t.length(); ) {
                int end = Math.min(t.length(), at + 1 + random.nextInt(6));
                switch (random.nextInt(3)) {
                    case 0 -> pieces.write(t, at, end - at);
                    case 1 -> pieces.write(t.substring(at, end).toCharArray(), 0, end - at);
                    default -> {
                        for (int i = at; i < end; i++) {
                            pieces.write(t.charAt(i));
                        }
                    }
                }
                at = end;
            }
            assertEquals(whole.fingerprint(), pieces.fingerprint(), t);
            if (texts.add(t)) {
                distinct.add(whole.fingerprint());
            }
        }
        assertEquals(texts.size(), distinct.size());
    }

    /** Streams {@code bytes} in chunks of at most {@code chunk}, some of them a byte at a time. */
    private static Fingerprint streamed(byte[] bytes, int chunk, Random random) throws IOException {
        Fingerprint.Stream stream = new Fingerprint.Stream(OutputStream.nullOutputStream());
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(Math.max(1, chunk)));
            if (n == 1 && random.nextBoolean()) {
                stream.write(bytes[at]);
            } else {
                stream.write(bytes, at, n);
            }
            at += n;
        }
        return stream.fingerprint();
    }
}
