package org.foresite.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Data streams over the build's own binary files (the build cache, the seed store), buffered without locks. They
 * are read and written an int or a byte at a time, millions of times per build, by one thread: the JDK's buffered
 * streams take a lock on every call, which made writing the cache of 3,000 articles take a quarter of a second.
 */
final class BinaryFile {
    private static final int BUFFER = 1 << 16;

    private BinaryFile() {
    }

    static DataOutputStream writer(Path file) throws IOException {
        return new DataOutputStream(new Out(Files.newOutputStream(file)));
    }

    static DataInputStream reader(Path file) throws IOException {
        return new DataInputStream(new In(Files.newInputStream(file)));
    }

    /**
     * Strings as UTF-8, with a table of those already written made as it goes: a string written with
     * {@code remember} costs four bytes from its second occurrence on. The table is never written on its own, so
     * nothing has to be sorted or counted first.
     */
    static final class StringsOut {
        private final DataOutputStream data;
        private final StringNumbers numbers = new StringNumbers();

        StringsOut(DataOutputStream data) {
            this.data = data;
        }

        /** Writes a string (or null); true when it was written whole, false when as the number of its first time. */
        boolean write(String s, boolean remember) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return true;
            }
            if (remember) {
                int known = numbers.numberOrAdd(s);
                if (known >= 0) {
                    data.writeInt(known);
                    return false;
                }
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(-2 - bytes.length);
            data.writeBoolean(remember);
            data.write(bytes);
            return true;
        }
    }

    /**
     * Strings numbered in the order they were first met. A hash map held a node and a boxed number per string and
     * made a boxed number per lookup: at 30,000 articles, with millions of strings, its lookups were the largest
     * part of writing the seed store and the cache, bound by memory latency. Open addressing over arrays, with the
     * hashes beside the keys, compares most slots without touching a string.
     */
    static final class StringNumbers {
        private String[] keys = new String[1024];
        private int[] hashes = new int[1024];
        private int[] numbers = new int[1024];
        private int size;

        /** The number of {@code s} when it was met before; otherwise -1, and {@code s} takes the next number. */
        int numberOrAdd(String s) {
            int hash = s.hashCode();
            int mask = keys.length - 1;
            int i = spread(hash) & mask;
            for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
                if (k == s || hashes[i] == hash && k.equals(s)) {
                    return numbers[i];
                }
            }
            keys[i] = s;
            hashes[i] = hash;
            numbers[i] = size++;
            if (size * 2 > keys.length) {
                grow();
            }
            return -1;
        }

        int size() {
            return size;
        }

        /** Mixes the hash so that the slot (its low bits) depends on all of its bits. */
        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldHashes = hashes;
            int[] oldNumbers = numbers;
            keys = new String[oldKeys.length * 2];
            hashes = new int[keys.length];
            numbers = new int[keys.length];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != null) {
                    int i = spread(oldHashes[j]) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    hashes[i] = oldHashes[j];
                    numbers[i] = oldNumbers[j];
                }
            }
        }
    }

    /** Reads what {@link StringsOut} wrote. */
    static final class StringsIn {
        private final DataInputStream data;
        private final List<String> known = new ArrayList<>();
        private boolean whole;

        StringsIn(DataInputStream data) {
            this.data = data;
        }

        String read() throws IOException {
            int n = data.readInt();
            whole = n < 0;
            if (n == -1) {
                return null;
            }
            if (n >= 0) {
                return known.get(n);
            }
            byte[] bytes = new byte[-2 - n];
            boolean remember = data.readBoolean();
            data.readFully(bytes);
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (remember) {
                known.add(s);
            }
            return s;
        }

        /** Whether the string last read was written whole (its first time), not as a number. */
        boolean wasWhole() {
            return whole;
        }
    }

    private static final class Out extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int count;

        Out(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length >= buffer.length) {
                drain();
                out.write(bytes, offset, length);
                return;
            }
            if (length > buffer.length - count) {
                drain();
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, count);
            count = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                drain();
            }
        }
    }

    private static final class In extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;

        In(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == limit) {
                if (length >= buffer.length) {
                    return in.read(bytes, offset, length);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, bytes, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
