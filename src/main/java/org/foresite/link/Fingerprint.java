package org.foresite.link;

/**
 * A 128-bit content hash: two independent 64-bit multiply-xorshift lanes over the input. Fast enough to hash
 * every page's inputs on every build (a cryptographic digest costs several times more) and wide enough that two
 * different inputs never share a fingerprint in practice. Not meant to resist a deliberate collision: a collision
 * could only make a page keep its previous content, never inject anything.
 */
public record Fingerprint(long high, long low) {
    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xC2B2AE3D27D4EB4FL;

    public static Fingerprint of(CharSequence text) {
        long a = 0x243F6A8885A308D3L ^ text.length();
        long b = 0x13198A2E03707344L ^ ((long) text.length() << 32);
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            a = (a ^ c) * M1;
            b = Long.rotateLeft(b ^ c, 23) * M2;
        }
        return new Fingerprint(finish(a), finish(b ^ a));
    }

    public static Fingerprint of(byte[] bytes) {
        long a = 0xA4093822299F31D0L ^ bytes.length;
        long b = 0x082EFA98EC4E6C89L ^ ((long) bytes.length << 32);
        int i = 0;
        // Eight bytes per step: page bytes are hashed on every build, so this loop matters.
        for (; i + 8 <= bytes.length; i += 8) {
            long w = (long) LONGS.get(bytes, i);
            a = (a ^ w) * M1;
            b = Long.rotateLeft(b ^ w, 23) * M2;
        }
        for (; i < bytes.length; i++) {
            a = (a ^ (bytes[i] & 0xFF)) * M1;
            b = Long.rotateLeft(b ^ (bytes[i] & 0xFF), 23) * M2;
        }
        return new Fingerprint(finish(a), finish(b ^ a));
    }

    /**
     * The fingerprint of bytes written as a stream, of unknown length until the end: the same lanes as {@link
     * #of(byte[])}, eight bytes a step, with the length mixed in last. Streamed files (the downloads, tens of megabytes
     * per build) are only ever compared with streamed files.
     */
    public static final class Stream extends java.io.OutputStream {
        private final java.io.OutputStream out;
        private long a = 0x452821E638D01377L;
        private long b = 0xBE5466CF34E90C6CL;
        private long length;
        /** The bytes of an unfinished step, little-endian, and how many there are. */
        private long word;
        private int wordBytes;

        /** Fingerprints what is written to {@code out}, passing it on. */
        public Stream(java.io.OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int value) throws java.io.IOException {
            out.write(value);
            add(value & 0xFF);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws java.io.IOException {
            out.write(bytes, offset, count);
            int i = offset;
            int end = offset + count;
            while (i < end && wordBytes != 0) {
                add(bytes[i++] & 0xFF);
            }
            for (; i + 8 <= end; i += 8) {
                mix((long) LONGS.get(bytes, i));
            }
            while (i < end) {
                add(bytes[i++] & 0xFF);
            }
        }

        private void add(int value) {
            word |= (long) value << (8 * wordBytes);
            if (++wordBytes == 8) {
                mix(word);
                word = 0;
                wordBytes = 0;
            }
        }

        private void mix(long w) {
            a = (a ^ w) * M1;
            b = Long.rotateLeft(b ^ w, 23) * M2;
            length += 8;
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            out.close();
        }

        /** The fingerprint of everything written so far. */
        public Fingerprint fingerprint() {
            long n = length + wordBytes;
            long x = (a ^ word) * M1;
            long y = Long.rotateLeft(b ^ word, 23) * M2;
            return new Fingerprint(finish(x ^ n), finish(y ^ x ^ (n << 32)));
        }
    }

    /**
     * The fingerprint of text written as characters, of unknown length until the end: no encoding to bytes and no
     * buffer, since values are fingerprinted by the hundred thousand in each build, most of them a few words long.
     */
    public static final class Chars extends java.io.Writer {
        private long a = 0x3F84D5B5B5470917L;
        private long b = 0x9216D5D98979FB1BL;
        private long length;

        @Override
        public void write(int c) {
            mix((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                mix(chars[i]);
            }
        }

        @Override
        public void write(String text) {
            write(text, 0, text.length());
        }

        @Override
        public void write(String text, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                mix(text.charAt(i));
            }
        }

        private void mix(char c) {
            a = (a ^ c) * M1;
            b = Long.rotateLeft(b ^ c, 23) * M2;
            length++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** The fingerprint of everything written so far. */
        public Fingerprint fingerprint() {
            return new Fingerprint(finish(a ^ length), finish(b ^ a ^ (length << 32)));
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    public String hex() {
        return hex16(high) + hex16(low);
    }

    private static String hex16(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
