/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GermEval 2014 TSV files ({@code index TAB token TAB outer TAB nested}; a {@code #} header line with source URL
 * and date before each sentence). The pre-2022 files hold a few C1 control characters left from cp1252; they are
 * mapped to the characters they stood for.
 */
public final class GermEvalReader {
    private static final Pattern DATE = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2})\\]");

    private GermEvalReader() {}

    public static List<GermEvalSentence> read(Path file) throws IOException {
        List<GermEvalSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        LocalDate date = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#\t")) {
                date = date(line);
                continue;
            }
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    out.add(new GermEvalSentence(List.copyOf(toks), List.copyOf(tags), date));
                    toks.clear();
                    tags.clear();
                }
                continue;
            }
            String[] f = line.split("\t");
            toks.add(fixControls(f[1]));
            tags.add(f[2]);
        }
        if (!toks.isEmpty()) {
            out.add(new GermEvalSentence(List.copyOf(toks), List.copyOf(tags), date));
        }
        return out;
    }

    private static LocalDate date(String header) {
        Matcher m = DATE.matcher(header);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String fixControls(String s) {
        return s.replace('\u0094', '\u201d').replace('\u0096', '\u2013').replace('\u0093', '\u201c')
                .replace('\u0084', '\u201e');
    }
}
