/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import org.newsgraph.claim.tagger.TaggedClaimExtractor;
import org.newsgraph.event.LexiconEventCoder;
import org.newsgraph.extract.DocumentReader;
import org.newsgraph.extract.HtmlArticleReader;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.DocumentLinker;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.NndepDependencyParser;
import org.newsgraph.nlp.HeidelTimeTagger;
import org.newsgraph.nlp.LinguaLanguageIdentifier;

/** The one place where the standard pipeline is assembled from its stages. */
public final class Pipelines {
    private Pipelines() {}

    /**
     * The standard pipeline with the built-in actor registry, one per process: its models load once, lazily, on first
     * use of a language, and every thread shares them.
     */
    public static Pipeline standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Pipeline STANDARD = build();
    }

    private static Pipeline build() {
        return new Pipeline(
                new DocumentReader(new HtmlArticleReader()),
                new LinguaLanguageIdentifier(),
                new CoreNlpAnnotator(),
                new NndepDependencyParser(),
                new HeidelTimeTagger(),
                new DocumentLinker(ActorRegistry.builtIn()),
                new TaggedClaimExtractor(),
                new LexiconEventCoder(ActorRegistry.builtIn()));
    }
}
