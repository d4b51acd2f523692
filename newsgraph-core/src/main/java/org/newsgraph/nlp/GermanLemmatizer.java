/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * German lemmas from OpenNLP's lemmatizer model trained on UD German GSD (it expects universal POS tags, which the
 * CoreNLP German tagger emits). The model is shared; each thread gets its own {@link LemmatizerME}, which is not
 * thread-safe. Lemmas are lower case; where the model has no answer the lower-cased word is used.
 */
final class GermanLemmatizer {
    private static final String MODEL = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";
    private final ThreadLocal<LemmatizerME> lemmatizer;

    GermanLemmatizer() {
        LemmatizerModel model;
        try (InputStream in = GermanLemmatizer.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP German lemmatizer model " + MODEL + " is not on the classpath");
            }
            model = new LemmatizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
        lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(model));
    }

    String[] lemmatize(String[] words, String[] tags) {
        String[] lemmas = lemmatizer.get().lemmatize(words, tags);
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            if (l == null || l.isEmpty() || "O".equals(l) || "_".equals(l)) {
                lemmas[i] = words[i].toLowerCase(Locale.GERMAN);
            } else {
                lemmas[i] = l.toLowerCase(Locale.GERMAN);
            }
        }
        return lemmas;
    }
}
