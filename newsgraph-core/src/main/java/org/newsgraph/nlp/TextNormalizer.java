/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.util.regex.Pattern;

/**
 * Length-preserving normalisation applied before tokenisation, so that every offset still indexes the original text.
 * Swiss thousands separators ("30’000") are replaced by a full stop, which the German tokenizer keeps inside a number.
 */
final class TextNormalizer {
    private static final Pattern SWISS_THOUSANDS = Pattern.compile("(?<=\\d)['’](?=\\d{3}(?!\\d))");

    private TextNormalizer() {}

    static String forTokenizer(String text) {
        return SWISS_THOUSANDS.matcher(text).replaceAll(".");
    }
}
