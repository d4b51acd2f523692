/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.Set;
import org.newsgraph.model.Token;

/**
 * Word classes the claim rules and taggers test, for both tag sets the pipeline produces (Universal tags for German,
 * Penn tags for English), and the quotation marks of both languages.
 */
public final class Tags {
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NN", "NNS", "NNP", "NNPS", "PRP");
    private static final String QUOTE_MARKS = "„“”\"«»‚‘’‹›";

    private Tags() {}

    /** A verb or auxiliary ("VERB", "AUX", "VB…"). */
    public static boolean isVerb(String pos) {
        return "VERB".equals(pos) || "AUX".equals(pos) || (pos != null && pos.startsWith("VB"));
    }

    /** A noun, name or pronoun. */
    public static boolean isNominal(Token t) {
        return NOMINAL.contains(t.pos());
    }

    /** A quotation mark of any style, also as the tokenizer's `` and ''. */
    public static boolean isQuoteMark(String w) {
        return w.length() == 1 && QUOTE_MARKS.indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''");
    }

    /** Punctuation, quotation marks included. */
    public static boolean isPunct(Token t) {
        if (isQuoteMark(t.word())) {
            return true;
        }
        String p = t.pos();
        return "PUNCT".equals(p) || ".".equals(p) || ",".equals(p) || ":".equals(p) || "``".equals(p)
                || "''".equals(p) || "-LRB-".equals(p) || "-RRB-".equals(p);
    }
}
