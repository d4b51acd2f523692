/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;

/** Stable ids from names: "Alexander Kalinin" gives "alexander-kalinin", "Gaidar-Institut" "gaidar-institut". */
public final class Slugs {
    private Slugs() {}

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                // letters that Unicode decomposition does not reduce to ASCII
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("æ", "ae").replace("œ", "oe")
                .replace("þ", "th").replace("ı", "i");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
