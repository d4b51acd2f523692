/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes the bytes of a web page. The charset comes from, in order: a byte-order mark, the HTTP
 * {@code Content-Type} header, a {@code <meta>} declaration in the first 4 KiB, and a detector (valid UTF-8, else
 * windows-1252). A declared Latin-1 family charset on bytes that are valid, non-ASCII UTF-8 is a mislabel and read as
 * UTF-8; ISO-8859-1 is read as windows-1252, as browsers do. Invalid bytes become U+FFFD and are reported.
 */
public final class HtmlDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_SCAN_BYTES = 4096;

    /**
     * The decoded text and how its charset was chosen.
     *
     * @param source       {@code bom}, {@code http-header}, {@code meta}, {@code detected} or {@code mislabelled}
     * @param invalidBytes how many malformed byte sequences were replaced
     */
    public record Decoded(String text, Charset charset, String source, int invalidBytes) {}

    private HtmlDecoder() {}

    /**
     * True when the page's markup can be scanned as bytes before decoding, as tags are ASCII in the charset: no UTF-16
     * byte-order mark and no declared charset whose multi-byte characters may contain ASCII bytes (ISO-2022, UTF-16
     * and UTF-32 without a byte-order mark). Every other charset a web page uses keeps bytes below 0x80 for ASCII.
     */
    public static boolean asciiCompatible(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return bom == StandardCharsets.UTF_8;
        }
        Charset declared = charsetOf(contentType);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        if (declared == null) {
            return true;
        }
        String name = declared.name().toUpperCase(Locale.ROOT);
        return !name.startsWith("ISO-2022") && !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
    }

    /** Decodes {@code bytes}; {@code contentType} is the HTTP header value or {@code null}. */
    public static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return decodeWith(bytes, skip, bom, "bom");
        }
        Charset declared = charsetOf(contentType);
        String source = "http-header";
        if (declared == null) {
            declared = metaCharset(bytes);
            source = "meta";
        }
        if (declared != null && declared != StandardCharsets.UTF_8 && !isLatin(declared)) {
            return decodeWith(bytes, 0, declared, source);
        }
        String utf8 = strictUtf8(bytes);
        if (declared == null) {
            return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8, "detected", 0)
                    : decodeWith(bytes, 0, WINDOWS_1252, "detected");
        }
        if (utf8 != null) {
            boolean nonAscii = utf8.length() < bytes.length;
            return declared == StandardCharsets.UTF_8 || !nonAscii
                    ? new Decoded(utf8, declared, source, 0)
                    : new Decoded(utf8, StandardCharsets.UTF_8, "mislabelled", 0);
        }
        if (declared == StandardCharsets.UTF_8) {
            Utf8Check check = Utf8Check.of(bytes);
            if (check.invalid() * 4 > check.nonAscii()) {
                // mostly stray single bytes: a Latin page declared as UTF-8
                return decodeWith(bytes, 0, WINDOWS_1252, "mislabelled");
            }
        }
        return decodeWith(bytes, 0, declared, source);
    }

    /**
     * The bytes as UTF-8, or {@code null} when they are not valid UTF-8. The String constructor is the fast path; only
     * when it had to put in replacement characters (or the text has real ones) is validity checked byte by byte.
     */
    private static String strictUtf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        return Utf8Check.of(bytes).valid() ? s : null;
    }

    private static boolean isLatin(Charset c) {
        return c == WINDOWS_1252 || c.name().startsWith("ISO-8859") || c == StandardCharsets.US_ASCII;
    }

    private static Decoded decodeWith(byte[] bytes, int offset, Charset charset, String source) {
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length - offset) * (long) Math.ceil(dec.maxCharsPerByte()) + 16));
        int invalid = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                invalid++;
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                break;
            }
        }
        dec.flush(out);
        return new Decoded(out.flip().toString(), charset, source, invalid);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named by a {@code charset=} parameter, or {@code null} when absent or unknown. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int i = lower.indexOf("charset");
        if (i < 0) {
            return null;
        }
        int j = i + 7;
        while (j < lower.length() && (lower.charAt(j) == ' ' || lower.charAt(j) == '=')) {
            j++;
        }
        if (j < lower.length() && (lower.charAt(j) == '"' || lower.charAt(j) == '\'')) {
            j++;
        }
        int k = j;
        while (k < lower.length() && (Character.isLetterOrDigit(lower.charAt(k)) || "-_.:".indexOf(lower.charAt(k)) >= 0)) {
            k++;
        }
        return forName(lower.substring(j, k));
    }

    /** A charset by name with the browser aliases: Latin-1 and ASCII mean windows-1252. */
    static Charset forName(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        switch (name) {
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "cp1252":
                return WINDOWS_1252;
            case "utf8":
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            Charset c = Charset.forName(name);
            // a page that declares UTF-16 in its markup is readable as ASCII, so it cannot be UTF-16
            return c == StandardCharsets.UTF_16 || c == StandardCharsets.UTF_16LE || c == StandardCharsets.UTF_16BE
                    ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The charset of a {@code <meta charset>} or {@code http-equiv} declaration (or XML declaration) near the top. */
    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int m = head.indexOf("<meta", from);
            if (m < 0) {
                break;
            }
            int end = head.indexOf('>', m);
            if (end < 0) {
                break;
            }
            Charset c = charsetOf(head.substring(m, end));
            if (c != null) {
                return c;
            }
            from = end;
        }
        if (head.startsWith("<?xml")) {
            int e = head.indexOf("encoding=");
            int close = head.indexOf("?>");
            if (e > 0 && close > e) {
                return forName(head.substring(e + 9, close).replaceAll("[\"'\\s]", ""));
            }
        }
        return null;
    }

    /** One pass over the bytes: is it valid UTF-8, how many non-ASCII sequences and invalid bytes does it hold. */
    record Utf8Check(boolean valid, int nonAscii, int invalid) {
        static Utf8Check of(byte[] b) {
            int nonAscii = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
                boolean ok = n > 0 && continuation(b, i + 1, n);
                if (ok) {
                    nonAscii++;
                    i += n + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Check(invalid == 0, nonAscii, invalid);
        }

        private static boolean continuation(byte[] b, int from, int n) {
            if (from + n > b.length) {
                return false;
            }
            for (int k = from; k < from + n; k++) {
                if ((b[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
