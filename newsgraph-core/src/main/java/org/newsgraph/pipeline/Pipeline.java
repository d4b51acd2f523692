/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.error.BadInputException;
import org.newsgraph.event.EventCoder;
import org.newsgraph.extract.ArticleReader;
import org.newsgraph.link.Linker;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.DependencyParser;
import org.newsgraph.nlp.LanguageIdentifier;
import org.newsgraph.nlp.TimexTagger;

/**
 * The analysis pipeline: raw document, article, language, annotation, timexes, linked entities, and the analysis
 * record. Built by {@link Pipelines}; thread-safe (every stage is).
 */
public final class Pipeline {
    private final ArticleReader reader;
    private final LanguageIdentifier languages;
    private final Annotator annotator;
    private final DependencyParser parser;
    private final TimexTagger timexes;
    private final Linker linker;
    private final ClaimExtractor claims;
    private final EventCoder events;

    Pipeline(ArticleReader reader, LanguageIdentifier languages, Annotator annotator, DependencyParser parser,
            TimexTagger timexes, Linker linker, ClaimExtractor claims, EventCoder events) {
        this.reader = Objects.requireNonNull(reader);
        this.languages = Objects.requireNonNull(languages);
        this.annotator = Objects.requireNonNull(annotator);
        this.parser = Objects.requireNonNull(parser);
        this.timexes = Objects.requireNonNull(timexes);
        this.linker = Objects.requireNonNull(linker);
        this.claims = Objects.requireNonNull(claims);
        this.events = Objects.requireNonNull(events);
    }

    /** Reads a raw document into an article and applies the hints. */
    public Article read(RawDocument doc, InputHints hints) throws BadInputException {
        return hints.apply(reader.read(doc));
    }

    /**
     * The warning an article without a publication date carries: its relative dates ("Monday", "last week", "on 3
     * March") have no anchor and are left unresolved.
     */
    public static final String UNDATED = "no-publication-date";

    /** Reads and analyses one document. */
    public Analysis analyze(RawDocument doc, InputHints hints) throws BadInputException {
        return analyze(read(doc, hints), doc.name(), hints);
    }

    /**
     * Analyses one article; {@code name} names it in error messages.
     *
     * @throws BadInputException when the article has no text or is in an unsupported language
     */
    public Analysis analyze(Article article, String name, InputHints hints) throws BadInputException {
        return analyze(article, name, hints, StageClock.off());
    }

    /** As {@link #analyze(Article, String, InputHints)}, timing each stage on {@code clock}. */
    public Analysis analyze(Article article, String name, InputHints hints, StageClock clock)
            throws BadInputException {
        if (article.isEmpty()) {
            throw new BadInputException(name, "no article text found");
        }
        clock.start();
        Language language = language(article, name, hints);
        Article withLanguage = article.language() != null && article.language().equals(language.code())
                ? article : article.toBuilder().language(language.code()).build();
        if (withLanguage.published() == null && !withLanguage.warnings().contains(UNDATED)) {
            withLanguage = withLanguage.toBuilder().warning(UNDATED).build();
        }
        clock.lap("language");
        AnnotatedText text = annotator.annotate(withLanguage, language);
        clock.lap("annotate");
        List<Timex> tx = timexes.tag(text, withLanguage.published());
        clock.lap("timexes");
        List<Entity> entities = linker.link(text);
        clock.lap("link");
        // parse only the sentences that can carry a claim or an event: the parser is most of the pipeline's cost
        Set<Integer> toParse = new HashSet<>(claims.sentencesToParse(text));
        toParse.addAll(events.sentencesToParse(text, entities));
        clock.lap("select");
        AnnotatedText parsed = parser.parse(text, toParse);
        clock.lap("parse");
        List<Claim> cl = claims.extract(parsed, entities);
        clock.lap("claims");
        List<Event> ev = events.code(parsed, entities, tx, cl);
        clock.lap("events");
        return new Analysis(parsed, entities, tx, ev, cl);
    }

    /**
     * The language to analyse in: the hint when given, otherwise the one identified from the text. Cheap next to the
     * analysis, so a host may ask first and filter by language before any NLP runs.
     */
    public Language language(Article article, String name, InputHints hints) throws BadInputException {
        if (!hints.detectLanguage()) {
            return Language.fromCode(hints.language()).orElseThrow(() -> new BadInputException(name,
                    "unsupported language '" + hints.language() + "' (supported: de, en, auto)"));
        }
        LanguageIdentifier.Detection d = languages.identify(ArticleText.of(article).text());
        if (d.code() == null) {
            throw new BadInputException(name, "cannot tell the language of the text; give it with --lang de|en");
        }
        return Language.fromCode(d.code()).orElseThrow(() -> new BadInputException(name,
                "the text is in an unsupported language (" + d.code() + "); Newsgraph analyses de and en"));
    }

    public DependencyParser parser() {
        return parser;
    }

    public Linker linker() {
        return linker;
    }

    public Annotator annotator() {
        return annotator;
    }

    public ClaimExtractor claims() {
        return claims;
    }

    public EventCoder events() {
        return events;
    }
}
