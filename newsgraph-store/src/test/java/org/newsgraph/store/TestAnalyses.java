/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.ArticleRecordReader;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Builds analyses by hand for store tests, without the NLP models: sentences split at sentence-final punctuation and
 * blank lines, whitespace tokens, entities found by their surface forms, events and claims as the test says.
 */
public final class TestAnalyses {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+[.!?]?");
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    /** An entity and the words that mention it. */
    public record EntitySpec(String id, EntityType type, String label, Map<String, String> codes, String... surfaces) {}

    public static final EntitySpec KIM = new EntitySpec("person:kim-jong-un", EntityType.PERSON, "Kim Jong-un",
            Map.of("iso3", "PRK", "cameo", "PRKGOV"), "Kim Jong-un", "Kim");
    public static final EntitySpec PUTIN = new EntitySpec("person:vladimir-putin", EntityType.PERSON,
            "Wladimir Putin", Map.of("iso3", "RUS", "cameo", "RUSGOV"), "Wladimir Putin", "Vladimir Putin", "Putin");
    public static final EntitySpec RUSSIA = new EntitySpec("country:RUS", EntityType.COUNTRY, "Russland",
            Map.of("iso3", "RUS", "cameo", "RUS"), "Russlands", "Russland", "Russia", "Russian");

    private TestAnalyses() {}

    /** Reads an article record from the test resources. */
    public static Article article(String resource) {
        try (InputStream in = TestAnalyses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new ArticleRecordReader().read(RawDocument.ofFile(resource, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The analysis of an article with the given entities; events and claims are added with {@link #with}. */
    public static Analysis analyse(Article a, EntitySpec... entities) {
        ArticleText text = ArticleText.of(a);
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text.text());
        while (m.find()) {
            if (m.group().isBlank()) {
                continue;
            }
            int start = m.start() + (m.group().length() - m.group().stripLeading().length());
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text.text()).region(start, m.end());
            while (t.find()) {
                tokens.add(new Token(tokens.size(), t.group(), t.start(), t.end(), "X", t.group(), "O"));
            }
            sentences.add(new Sentence(sentences.size(), start, m.end(), tokens, null));
        }
        AnnotatedText at = new AnnotatedText(a, text, Language.fromCode(a.language()).orElseThrow(), sentences);
        List<Entity> out = new ArrayList<>();
        for (EntitySpec e : entities) {
            List<Mention> mentions = mentions(at, e);
            if (!mentions.isEmpty()) {
                out.add(new Entity(e.id(), e.type(), e.label(), e.codes(), mentions));
            }
        }
        return new Analysis(at, out, List.of(), List.of(), List.of());
    }

    private static List<Mention> mentions(AnnotatedText at, EntitySpec e) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[at.text().text().length()];
        for (String surface : e.surfaces()) {
            int from = 0;
            int i;
            while ((i = at.text().text().indexOf(surface, from)) >= 0) {
                from = i + surface.length();
                if (!taken[i]) {
                    for (int k = i; k < from; k++) {
                        taken[k] = true;
                    }
                    out.add(new Mention(at.sentenceAt(i), i, from, surface, "test", 1.0));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A copy of the analysis with events and claims. */
    public static Analysis with(Analysis a, List<Event> events, List<Claim> claims) {
        return new Analysis(a.annotated(), a.entities(), a.timexes(), events, claims);
    }

    /** An event report whose evidence is the first sentence containing {@code cue}. */
    public static Event event(Analysis a, String id, PloverType type, String cameo, EntitySpec source,
            EntitySpec target, String time, String cue) {
        Evidence ev = evidence(a, cue);
        return new Event(id, type, cameo, cue, argument(a, source), argument(a, target), null,
                new EventTime(time, time == null ? null : cue, time == null ? EventTime.Method.NONE
                        : EventTime.Method.TIMEX), Modality.OCCURRED, Certainty.ASSERTED, null, ev, 0.8, "test");
    }

    /** A direct claim of the speaker whose content is the evidence sentence of {@code cue}. */
    public static Claim claim(Analysis a, String id, EntitySpec speaker, String cue) {
        Evidence ev = evidence(a, cue);
        Span content = new Span(ev.start(), ev.end(), ev.text());
        return new Claim(id, argument(a, speaker), cue, List.of(), content, List.of(content), ClaimKind.INDIRECT,
                Certainty.REPORTED, false, null, null, ev, 0.7, "test");
    }

    private static Argument argument(Analysis a, EntitySpec e) {
        if (e == null) {
            return null;
        }
        for (Entity x : a.entities()) {
            if (x.id().equals(e.id())) {
                Mention m = x.mentions().get(0);
                return new Argument(e.id(), m.text(), m.start(), m.end());
            }
        }
        return new Argument(e.id(), e.label(), -1, -1);
    }

    private static Evidence evidence(Analysis a, String cue) {
        String text = a.annotated().text().text();
        int i = text.indexOf(cue);
        if (i < 0) {
            throw new IllegalArgumentException("cue not in text: " + cue);
        }
        Sentence s = a.annotated().sentences().get(a.annotated().sentenceAt(i));
        return new Evidence(s.index(), s.start(), s.end(), text.substring(s.start(), s.end()));
    }
}
