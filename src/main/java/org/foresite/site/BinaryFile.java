package org.foresite.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
