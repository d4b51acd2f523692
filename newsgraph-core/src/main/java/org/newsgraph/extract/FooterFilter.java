/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises short site-chrome lines that plain-text extraction leaves at the end of an article ("report an error",
 * "share", newsletter and copyright lines). A line counts as chrome only when it is short and either glues two
 * interface strings together ("...?Jetzt ...") or uses the vocabulary of site furniture; a short genuine closing
 * sentence is kept.
 */
public final class FooterFilter {
    private static final int MAX_WORDS = 10;
    private static final int MAX_CHARS = 90;
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}[?!.…:]\\p{Lu}\\p{Ll}");
    private static final List<String> CHROME = List.of(
            "fehler gefunden", "fehler melden", "jetzt melden", "newsletter", "abonnieren", "abonnement",
            "artikel teilen", "jetzt teilen", "kommentare", "kommentieren", "copyright", "©",
            "alle rechte vorbehalten", "mehr zum thema", "weiterlesen", "zur startseite", "feedback", "impressum",
            "datenschutz", "report an error", "report a correction", "share this", "share on", "subscribe",
            "all rights reserved", "sign up", "read more", "related articles", "follow us", "cookie");

    private FooterFilter() {}

    /** True when the line looks like site chrome rather than article text. */
    public static boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (KickerSplitter.words(t) > MAX_WORDS || t.length() > MAX_CHARS) {
            return false;
        }
        if (GLUED.matcher(t).find()) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return CHROME.stream().anyMatch(lower::contains);
    }
}
