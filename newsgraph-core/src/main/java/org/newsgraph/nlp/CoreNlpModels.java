/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.model.Language;

/**
 * The CoreNLP pipelines, one per language, built on first use and shared by all threads (CoreNLP's annotators are
 * thread-safe once loaded). Dependency parsing is not part of these pipelines: it runs on demand per sentence.
 */
final class CoreNlpModels {
    private final Map<Language, StanfordCoreNLP> pipelines = new EnumMap<>(Language.class);

    synchronized StanfordCoreNLP pipeline(Language language) {
        return pipelines.computeIfAbsent(language, l -> new StanfordCoreNLP(properties(l)));
    }

    static Properties properties(Language language) {
        Properties p = new Properties();
        if (language == Language.GERMAN) {
            try (InputStream in = CoreNlpModels.class.getClassLoader()
                    .getResourceAsStream("StanfordCoreNLP-german.properties")) {
                if (in == null) {
                    throw new IllegalStateException("CoreNLP German models are not on the classpath");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        }
        // Blocks of the laid-out text are separated by blank lines; a headline never runs into the lead.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** The neural dependency parser model for a language. */
    static String parserModel(Language language) {
        return language == Language.GERMAN
                ? "edu/stanford/nlp/models/parser/nndep/UD_German.gz"
                : "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    }
}
