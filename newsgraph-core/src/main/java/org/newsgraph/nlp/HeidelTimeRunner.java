/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.alllanguagestokenizer.AllLanguagesTokenizer;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;

/**
 * One HeidelTime tagger as {@code HeidelTimeStandalone} runs it without a part-of-speech tagger (its all-languages
 * tokenizer, then HeidelTime's annotator, no interval tagging), but with one UIMA {@code JCas} for its lifetime,
 * reset between documents, where the standalone class builds a new one per document (each build fails to load some
 * twenty optional JCas classes, and the exceptions dominated the ingest's exception count). Not thread-safe: one
 * document at a time.
 */
final class HeidelTimeRunner {
    private static final Logger LOG = Logger.getLogger(HeidelTimeRunner.class.getName());
    private final HeidelTime heidelTime = new HeidelTime();
    private final AllLanguagesTokenizer tokenizer = new AllLanguagesTokenizer();
    private final JCas jcas;

    HeidelTimeRunner(Language language, DocumentType type) {
        try {
            heidelTime.initialize(new UimaContextImpl(language, type, false));
            var typeSystem = HeidelTimeRunner.class.getClassLoader().getResource(Config.get("typeSystemHome"));
            TypeSystemDescription[] types = {
                UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(typeSystem))};
            jcas = new JCasFactoryImpl(types).createJCas();
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime cannot be initialised for " + language, e);
        }
    }

    /**
     * Tags {@code text} (with {@code dct} as the document creation time, or none) and hands the annotated JCas to
     * {@code reader} before the next document. Like the standalone class, a failure inside HeidelTime leaves what was
     * annotated until then.
     */
    void process(String text, Date dct, Consumer<JCas> reader) {
        jcas.reset();
        jcas.setDocumentText(text);
        if (dct != null) {
            Dct d = new Dct(jcas);
            d.setValue(new SimpleDateFormat("yyyy.MM.dd'T'HH:mm").format(dct));
            d.addToIndexes();
        }
        try {
            tokenizer.process(jcas);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "HeidelTime's tokenizer failed on a text", e);
        }
        try {
            heidelTime.process(jcas);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "HeidelTime failed on a text, keeping what it annotated", e);
        }
        reader.accept(jcas);
    }
}
