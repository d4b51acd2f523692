/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository's {@code samples/} folder, seen from the working directory or one of its parents. */
public final class SamplesDir {
    private SamplesDir() {}

    public static Optional<Path> find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("samples");
            if (Files.isRegularFile(s.resolve("README.md"))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
