/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names in plain ASCII, as GDELT writes actor and place names ("Recep Tayyip Erdoğan" is "Recep Tayyip Erdogan",
 * "Zürich" "Zurich"), and as keys for looking names up whatever their accents and case.
 */
public final class Ascii {
    private Ascii() {}

    /** The name with its accents dropped and the letters Unicode does not decompose spelled in ASCII. */
    public static String fold(String name) {
        String s = name.replace("ß", "ss").replace("ẞ", "SS").replace("ł", "l").replace("Ł", "L")
                .replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
                .replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE").replace("þ", "th").replace("Þ", "TH")
                .replace("ı", "i").replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("[^\\x20-\\x7E]", "");
    }

    /** A lookup key: folded, lower case, every run of other characters one space ("Komsomolsk-on-Amur"). */
    public static String key(String name) {
        return fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
