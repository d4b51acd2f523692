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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Which stretches of text can hold a temporal expression, so that HeidelTime (whose cost grows with the text it reads,
 * about 0.07 ms per character) only reads those. The vocabulary is HeidelTime's own, read at start-up from the word lists in its jar that every TIMEX
 * needs one of (units, months, weekdays, seasons, date words, holidays, parts of days and years, decades, set words);
 * any token with a digit counts too. Modifier lists ("letzte", "Anfang") are left out: they never form a TIMEX alone.
 * Immutable and thread-safe.
 */
final class TemporalCues {
    private static final List<String> CORE_LISTS = List.of("reUnit", "reUnitPlural", "reMonthLong", "reMonthShort",
            "reWeekday", "reSeason", "reDateWord", "reHolidayFix", "reHolidayVar", "rePartOfDay", "rePartOfYear",
            "reDecadeWord", "reSetWords", "reTimeMinute", "reTimeHourWord", "reTimeHourWordAll");
    private static final int MIN_STEM = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "und", "wie",
            "ein", "eine", "the", "and", "for", "all");
    /** Tokens kept on either side of a cue. */
    static final int CONTEXT = 6;
    private static final int MAX_STEM = 16;
    private final Set<String> stems;

    private TemporalCues(Set<String> stems) {
        this.stems = stems;
    }

    static TemporalCues load(Language language) {
        String folder = language == Language.GERMAN ? "german" : "english";
        Set<String> stems = new HashSet<>();
        ClassLoader cl = TemporalCues.class.getClassLoader();
        for (String list : CORE_LISTS) {
            String resource = folder + "/repattern/resources_repattern_" + list + ".txt";
            InputStream in = cl.getResourceAsStream(resource);
            if (in == null) {
                continue; // not every language has every list
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.startsWith("//") && !line.isBlank()) {
                        addStems(line.strip(), stems, language.locale());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read HeidelTime's " + resource, e);
            }
        }
        // units of time that HeidelTime's rule files spell out literally rather than in a word list
        stems.addAll(language == Language.GERMAN
                ? List.of("sekunde", "minute", "stunde", "uhr", "mittag", "abend", "nacht")
                : List.of("second", "minute", "hour", "o'clock", "noon", "midnight", "tonight", "ago"));
        return new TemporalCues(Set.copyOf(stems));
    }

    /**
     * The head word of one pattern line: "[Ww]ochenende" gives "wochenende", "[Yy]ears?" gives "year" (an optional
     * letter is dropped, so the stem is a prefix of every form the pattern matches), "Tag der Arbeit" gives "tag".
     * Only the first word counts: the rest of a multi-word holiday name is ordinary words ("der", "Arbeit").
     */
    static void addStems(String pattern, Set<String> out, Locale locale) {
        String p = pattern.replaceAll("\\[(\\p{Lu})(\\p{Ll})\\]", "$2").replaceAll("\\p{L}\\?", "");
        for (String run : p.split("[^\\p{L}]+")) {
            if (run.isEmpty()) {
                continue;
            }
            if (run.length() >= MIN_STEM && !FUNCTION_WORDS.contains(run.toLowerCase(locale))) {
                out.add(run.toLowerCase(locale));
            }
            return;
        }
    }

    /**
     * The stretches of a sentence that can hold a temporal expression, as token ranges [first, last]: every cue
     * token with {@value #CONTEXT} tokens on either side (temporal expressions are short; HeidelTime's modifiers and
     * "vor"/"ago" sit next to their cue), overlapping stretches merged.
     */
    List<int[]> windows(Sentence s, String text, Locale locale) {
        List<int[]> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!isCue(text.substring(toks.get(i).start(), toks.get(i).end()).toLowerCase(locale))) {
                continue;
            }
            int a = Math.max(0, i - CONTEXT);
            int b = Math.min(toks.size() - 1, i + CONTEXT);
            // HeidelTime's tokenizer fails on a text that starts with punctuation (and then tags nothing at all)
            while (a < i && !Character.isLetterOrDigit(text.charAt(toks.get(a).start()))) {
                a++;
            }
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= a - 1) {
                out.get(out.size() - 1)[1] = b;
            } else {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    private boolean isCue(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        for (int n = MIN_STEM; n <= Math.min(w.length(), MAX_STEM); n++) {
            if (stems.contains(w.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return stems.size();
    }
}
