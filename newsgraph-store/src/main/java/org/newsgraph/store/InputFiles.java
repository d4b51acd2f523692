/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.RawDocument;

/**
 * Expands ingest arguments into raw documents, lazily: a file is one document, a {@code .jsonl} file one document per
 * non-blank line (named {@code file.jsonl:LINE}), a folder every {@code .txt}, {@code .html}, {@code .json} and
 * {@code .jsonl} file below it in name order. Reading failures of single documents go to the failure callback; the
 * walk goes on.
 */
public final class InputFiles {
    /** The extensions taken from folders. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "json", "jsonl");
    /** Larger documents are refused: no news article comes close. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** Receives documents and per-document failures. */
    public interface Visitor {
        void document(RawDocument doc);

        void failure(String input, String reason);
    }

    private InputFiles() {}

    /** Fails with a one-line message naming the first argument that does not exist. */
    public static void check(List<Path> paths) throws InputIoException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputIoException(p.toString(), "no such file or folder");
            }
        }
    }

    /** Counts the documents the arguments hold (for progress), without reading them as articles. */
    public static long count(List<Path> paths) throws IOException {
        long n = 0;
        for (Path f : files(paths)) {
            n += isJsonl(f) ? countLines(f) : 1;
        }
        return n;
    }

    /** Reads every document in order and hands it to the visitor. */
    public static void read(List<Path> paths, Visitor v) throws IOException {
        for (Path f : files(paths)) {
            if (isJsonl(f)) {
                try (InputStream in = Files.newInputStream(f)) {
                    readLines(f.toString(), in, v);
                } catch (IOException e) {
                    // a file that vanishes or breaks while read: its lines so far stay, the batch goes on
                    v.failure(f.toString(), "cannot read: " + e.getMessage());
                }
            } else {
                readFile(f, v);
            }
        }
    }

    /** The files the arguments stand for, folders expanded in name order. */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::taken).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean taken(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isJsonl(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static void readFile(Path f, Visitor v) {
        try {
            if (Files.size(f) > MAX_BYTES) {
                v.failure(f.toString(), "larger than " + (MAX_BYTES >> 20) + " MiB; not a news article");
                return;
            }
            v.document(RawDocument.ofFile(f.toString(), Files.readAllBytes(f)));
        } catch (IOException e) {
            v.failure(f.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Hands every non-blank line of JSONL data to the visitor as a document named {@code name:LINE}; a line longer
     * than the document limit is reported as a failure instead. Does not close {@code stream}.
     */
    public static void readLines(String name, InputStream stream, Visitor v) throws IOException {
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int lineNo = 1;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                emit(name, lineNo++, line, v);
            } else if (line.size() <= MAX_BYTES) {
                line.write(b);
            }
        }
        emit(name, lineNo, line, v);
    }

    private static void emit(String file, int lineNo, ByteArrayOutputStream line, Visitor v) {
        byte[] bytes = line.toByteArray();
        line.reset();
        String name = file + ":" + lineNo;
        if (bytes.length > MAX_BYTES) {
            v.failure(name, "line longer than " + (MAX_BYTES >> 20) + " MiB");
        } else if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            v.document(new RawDocument(name, bytes, null, "application/json", null, Map.of(), "file"));
        }
    }

    private static long countLines(Path f) throws IOException {
        long n = 0;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    n += content ? 1 : 0;
                    content = false;
                } else if (b > ' ') {
                    content = true;
                }
            }
        }
        return n + (content ? 1 : 0);
    }
}
