/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared benchmark data lives: the {@code newsgraph.data} system property, else {@code ../shared/data}
 * seen from the working directory or one of its parents (so that module tests find it too).
 */
public final class DataDir {
    private DataDir() {}

    public static Optional<Path> find() {
        String prop = System.getProperty("newsgraph.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop).normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A dataset folder below the data directory, if present. */
    public static Optional<Path> dataset(String relative) {
        return find().map(d -> d.resolve(relative)).filter(Files::exists);
    }
}
