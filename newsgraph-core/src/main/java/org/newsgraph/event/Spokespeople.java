/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.EntityType;

/**
 * A spokesperson speaks for a government, so what "Kremlsprecher Peskow" or "Kremlin spokesman Dmitry Peskov" says
 * or denies is the state's act. A person is a spokesperson in an article when one of their mentions follows a word
 * for the office.
 */
final class Spokespeople {
    private static final Set<String> NOUNS = Words.of("spokesperson-nouns");
    private static final Pattern OFFICE = Pattern.compile("(" + NOUNS.stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*,?\\s*$");

    private Spokespeople() {}

    static boolean is(EventContext cx, String entity) {
        String doc = cx.text().text().text();
        for (ActorRefs.Ref r : cx.refs().mentionsOf(entity)) {
            if (r.start() < 0) {
                continue;
            }
            String before = doc.substring(Math.max(0, r.start() - 30), r.start()).toLowerCase(Locale.ROOT);
            if (OFFICE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state a spokesperson the registry does not know speaks for: the country named in the office phrase before
     * one of their mentions ("Der Sprecher des chinesischen Außenministeriums, Wang Wenbin", "a United States
     * Department of State spokesperson, Morgan Ortagus"), as {@code country:ISO}; else null.
     */
    static String stateOf(org.newsgraph.model.AnnotatedText text, ActorRefs refs, String entity) {
        String doc = text.text().text();
        for (ActorRefs.Ref r : refs.mentionsOf(entity)) {
            if (r.start() < 0) {
                continue;
            }
            int from = Math.max(0, r.start() - 90);
            String before = doc.substring(from, r.start()).toLowerCase(Locale.ROOT);
            int noun = -1;
            for (String w : NOUNS) {
                noun = Math.max(noun, before.lastIndexOf(w));
            }
            if (noun < 0 || before.indexOf('.', noun) >= 0 || before.substring(noun).split("\\s+").length > 8) {
                continue;
            }
            String state = null;
            for (ActorRefs.Ref c : refs.within(from, r.start())) {
                int start = c.start() - from;
                int end = c.end() - from;
                // the country ends at most 60 characters before the noun ("United States … spokesperson") or stands
                // after it ("Sprecher des chinesischen Außenministeriums")
                boolean nearNoun = end <= noun + 1 && noun - end <= 60 || start >= noun;
                if (c.type() == EntityType.COUNTRY && c.entity().startsWith("country:") && nearNoun
                        && doc.substring(c.end(), r.start()).indexOf('.') < 0) {
                    state = c.entity();
                }
            }
            if (state != null) {
                return state;
            }
        }
        return null;
    }
}
