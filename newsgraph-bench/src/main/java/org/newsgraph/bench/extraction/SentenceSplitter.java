/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An approximation of the English Punkt sentence splitter that the fundus evaluation runs before ROUGE-LSum: a
 * sentence ends at {@code ?} or {@code !}, or at a full stop after a word that is not a known abbreviation or an
 * initial, when closing quotes or brackets and then whitespace follow. Like Punkt it ignores line breaks, so a
 * heading without a full stop joins the next sentence. Stateless.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt",
            "ft", "gen", "gov", "sen", "rep", "rev", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "pres", "hon",
            "messrs", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "v", "no", "nos", "inc", "corp", "co", "ltd", "bros",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
            "approx", "dept", "est", "fig", "al", "ave", "blvd", "rd", "calif", "conn", "fla", "ill", "mass",
            "mich", "minn", "pa", "va", "wash", "wis", "ariz", "colo", "ga", "ky", "la", "md", "mo", "nev", "n.j",
            "n.y", "okla", "ore", "tenn", "tex", "d.c", "sec", "op", "cf", "ed", "vol", "pp");
    private static final String CLOSERS = "\"'”’)]}»";

    private SentenceSplitter() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '?' || text.charAt(j) == '!')) {
                j++;
            }
            while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int next = j;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            if (c == '.' && !endsSentence(text, start, i, j - i, text.charAt(next))) {
                continue;
            }
            out.add(text.substring(start, j).strip());
            start = next;
            i = next - 1;
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** A full stop ends a sentence unless it closes an abbreviation or initial; an ellipsis needs a capital next. */
    private static boolean endsSentence(String text, int start, int dot, int punctLength, char nextChar) {
        if (punctLength > 1 && text.charAt(dot + 1) == '.') {
            return Character.isUpperCase(nextChar);
        }
        int w = dot;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        while (!word.isEmpty() && "(\"'“‘[".indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word);
    }
}
