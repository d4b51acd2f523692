/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own word lists on the class path (cue, predicate and object-class lexicons): UTF-8 lines, blank lines
 * and lines starting with {@code #} left out, each kept with its line number for error messages.
 */
public final class ResourceLines {
    /** One content line and its 1-based number in the file. */
    public record Line(int number, String text) {}

    private ResourceLines() {}

    /**
     * The content lines of a class-path resource.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error, not bad input)
     */
    public static List<Line> read(String resource) {
        InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
