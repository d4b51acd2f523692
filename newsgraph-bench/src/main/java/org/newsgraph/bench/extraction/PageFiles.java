/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Finds and reads the gzipped pages of a dataset folder. File names may hold non-ASCII letters; they are matched in
 * NFC form, and also with every non-ASCII byte read as {@code ?}, which is how the JVM lists them under a C locale.
 */
final class PageFiles {
    private final Map<String, Path> byName = new HashMap<>();

    /** Indexes the files directly inside the given folders (missing folders are skipped). */
    PageFiles(Path... folders) throws IOException {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                continue;
            }
            try (Stream<Path> s = Files.list(f)) {
                s.forEach(p -> {
                    String n = p.getFileName().toString();
                    byName.putIfAbsent(Normalizer.normalize(n, Normalizer.Form.NFC), p);
                    byName.putIfAbsent(degraded(n), p);
                });
            }
        }
    }

    /** The file of that name, or {@code null}. */
    Path find(String name) {
        Path p = byName.get(Normalizer.normalize(name, Normalizer.Form.NFC));
        return p != null ? p : byName.get(degraded(name));
    }

    private static String degraded(String name) {
        byte[] b = Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append(x < 0 ? '?' : (char) x);
        }
        return sb.toString();
    }

    static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
