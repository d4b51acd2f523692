/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A spokesperson speaks for a government, so what "Kremlsprecher Peskow" or "Kremlin spokesman Dmitry Peskov" says
 * or denies is the state's act. A person is a spokesperson in an article when one of their mentions follows a word
 * for the office.
 */
final class Spokespeople {
    private static final Pattern OFFICE = Pattern.compile("(" + Words.of("spokesperson-nouns").stream()
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
}
