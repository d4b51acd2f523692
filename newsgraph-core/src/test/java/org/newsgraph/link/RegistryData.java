/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The registry's files one by one, for tests that report the file of a problem. */
final class RegistryData {
    private RegistryData() {}

    static List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : ActorRegistryLintTest.resource("actors/index.txt").split("\\R")) {
            String f = line.strip();
            if (!f.isEmpty() && !f.startsWith("#")) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Actor> read(String file) throws IOException {
        try (InputStream in = RegistryData.class.getClassLoader().getResourceAsStream("actors/" + file)) {
            if (in == null) {
                throw new IOException("index lists missing file " + file);
            }
            return RegistryFile.read(file, in);
        }
    }
}
