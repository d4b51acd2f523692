/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.newsgraph.error.BadInputException;

/** Strict decoding of text input: UTF-8 only, no binary data, not empty. */
public final class TextDecoding {
    private TextDecoding() {}

    /**
     * Decodes UTF-8 strictly (a leading byte-order mark is dropped) and rejects binary or empty content.
     *
     * @throws BadInputException naming the input and the byte offset of the first invalid sequence
     */
    public static String decodeUtf8(String name, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(name, "empty document");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(name, "binary content, not a text document");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(name, "not valid UTF-8 (invalid byte sequence at byte " + in.position()
                    + "); convert it to UTF-8 first");
        }
        dec.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new BadInputException(name, "empty document (only whitespace)");
        }
        return text;
    }

    /** True when the bytes decode as UTF-8 without error. */
    public static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (MalformedInputException e) {
            return false;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Binary when the first 8 KiB hold a NUL byte or more than 5 % control bytes other than tab, CR, LF and FF
     * (UTF-16 text also has NULs and is rejected here: it is not UTF-8).
     */
    public static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
