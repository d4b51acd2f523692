/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.RawDocument;

/** Reads a command-line input (a file or "-" for standard input) into a raw document, with a size limit. */
final class Inputs {
    /** Larger documents are refused: no news article comes close, and the parser's memory grows with them. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Inputs() {}

    static RawDocument read(String arg) throws InputIoException, BadInputException {
        if ("-".equals(arg)) {
            try {
                return RawDocument.ofFile("stdin", readLimited(System.in, "stdin"));
            } catch (IOException e) {
                throw new InputIoException("stdin", e);
            }
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            throw new BadInputException(arg, "is a directory; give one document (a .txt, .json or .html file)");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return RawDocument.ofFile(arg, readLimited(in, arg));
        } catch (NoSuchFileException e) {
            throw new InputIoException(arg, "no such file");
        } catch (IOException e) {
            throw new InputIoException(arg, e);
        }
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException, BadInputException {
        byte[] b = in.readNBytes((int) MAX_BYTES + 1);
        if (b.length > MAX_BYTES) {
            throw new BadInputException(name, "larger than " + (MAX_BYTES >> 20) + " MiB; not a news article");
        }
        return b;
    }
}
