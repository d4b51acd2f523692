/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;

/**
 * Language identification with Lingua, restricted to German, English and the four most frequent other languages of
 * European news (so that a French page is reported as French rather than forced into German or English). Only the
 * first {@value #SAMPLE_CHARS} characters are read. Thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
    static final int SAMPLE_CHARS = 1500;
    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                    Language.DUTCH)
            .build();

    @Override
    public Detection identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<Language, Double> conf = detector.computeLanguageConfidenceValues(sample);
        if (conf.isEmpty()) {
            return new Detection(null, 0);
        }
        var best = conf.entrySet().iterator().next();
        String code = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return new Detection(code, best.getValue());
    }
}
