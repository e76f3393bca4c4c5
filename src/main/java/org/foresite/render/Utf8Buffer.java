package org.foresite.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page as the template writes it, encoded to UTF-8 as it comes. A page used to go through a synchronised
 * {@link java.io.StringWriter}, which widens to two bytes a character at the first non-Latin-1 one (every page has
 * some), then a copy to a string and an encoding pass: three copies of every page where one does.
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate whose low half has not been written yet. */
    private char pendingHigh;
    /** Room to copy a string's characters into before encoding them. */
    private char[] copied = new char[256];

    Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end) {
            // Runs of ASCII, most of a page, are copied in a loop of their own; the rest a character at a time.
            if (pendingHigh == 0) {
                room(end - i);
                byte[] b = bytes;
                int s = size;
                for (char c; i < end && (c = chars[i]) < 0x80; i++) {
                    b[s++] = (byte) c;
                }
                size = s;
                if (i == end) {
                    return;
                }
            }
            put(chars[i++]);
        }
    }

    @Override
    public void write(String text, int offset, int count) {
        // Copied out first: a call to charAt per character costs more than the copy.
        if (copied.length < count) {
            copied = new char[Math.max(count, copied.length * 2)];
        }
        text.getChars(offset, offset + count, copied, 0);
        write(copied, 0, count);
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) {
        room(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[size++] = '?'; // a lone high surrogate, as String.getBytes(UTF_8) writes it
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Room for {@code chars} more bytes: one per character ahead; wider characters make more room as they come. */
    private void room(int chars) {
        if (size + chars > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + chars));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Empties the buffer for the next page, keeping its room. */
    void clear() {
        size = 0;
        pendingHigh = 0;
    }

    /** The bytes written so far; a high surrogate left without its low half ends them as {@code ?}. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }
}
