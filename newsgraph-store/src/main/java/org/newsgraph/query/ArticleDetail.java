/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * One article with everything found in it. Offsets index {@code article.text}.
 *
 * @param article   the article's columns
 * @param sentences its sentences
 * @param mentions  its actor mentions, with each actor's name in the reader's language
 * @param timexes   its temporal expressions
 * @param events    its event reports
 * @param claims    its claims
 * @param copies    near-duplicates of its text in other articles
 */
public record ArticleDetail(Article article, List<Sentence> sentences, List<Mention> mentions,
        List<Timex> timexes, List<EventRow> events, List<ClaimRow> claims, List<Copy> copies) {

    /**
     * The article's columns (docs/store.md) and its syndication group.
     *
     * @param id               article id
     * @param url              where it was read from
     * @param canonicalUrl     the publisher's canonical URL
     * @param outlet           outlet
     * @param language         language analysed
     * @param published        publication day
     * @param dateMethod       how the day was found
     * @param modified         last modification day
     * @param kicker           the line above the headline
     * @param title            the headline
     * @param lead             the lead
     * @param authors          authors
     * @param paywalled        declared paywalled
     * @param extraction       the reader that produced it
     * @param text             the analysed text that offsets index
     * @param sentences        sentence count
     * @param tokens           token count
     * @param contentHash      hash of the normalised text
     * @param input            where the document came from
     * @param syndicationGroup its near-duplicate group
     * @param copies           the group's size
     */
    public record Article(String id, String url, String canonicalUrl, String outlet, String language,
            String published, String dateMethod, String modified, String kicker, String title, String lead,
            List<String> authors, Boolean paywalled, String extraction, String text, Integer sentences,
            Integer tokens, String contentHash, String input, String syndicationGroup, Integer copies) {}

    /** A sentence: index and character span; {@code parsed} when a dependency tree was built. */
    public record Sentence(int sentence, int charStart, int charEnd, Boolean parsed) {}

    /** A mention of an actor: the actor, its name and type, the span, how it was linked and how sure. */
    public record Mention(String entityId, String label, String type, int sentence, int charStart, int charEnd,
            String text, String method, Double confidence) {}

    /** A temporal expression: the span and words, its TIMEX3 type and value, and its date as a day, month or year. */
    public record Timex(int sentence, int charStart, int charEnd, String text, String type, String value, String date,
            String datePrecision, String method) {}

    /** A near-duplicate of the article's text. */
    public record Copy(String id, String outlet, String published, String title) {}
}
