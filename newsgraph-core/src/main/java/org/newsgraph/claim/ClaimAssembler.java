/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Turns drafts into claims: speaker and addressee linked to entities, certainty from the cue and from hedge words in
 * the claim's sentences, evidence, ids in text order.
 */
public final class ClaimAssembler {
    private ClaimAssembler() {}

    /** The claims of the drafts, in the drafts' order, with ids "c1", "c2", .... */
    public static List<Claim> assemble(AnnotatedText text, List<Draft> drafts, List<Entity> entities, Hedges hedges) {
        String doc = text.text().text();
        List<Claim> out = new ArrayList<>();
        SpeakerResolver resolver = new SpeakerResolver(text, entities);
        String home = homeState(entities);
        String previous = null;
        int previousSentence = -1;
        for (Draft d : drafts) {
            Argument speaker = null;
            Argument speaksFor = null;
            if (d.speaker() != null) {
                SpeakerLinker.Link link = SpeakerLinker.link(text.language(), doc, d.speaker()[0], d.speaker()[1],
                        entities, home);
                String id = link.entity() != null ? link.entity()
                        : resolver.resolve(d.speaker()[0], d.speaker()[1], d.cue(), previous, previousSentence);
                speaker = argument(doc, id, d.speaker());
                if (link.speaksForMention() != null) {
                    Mention m = link.speaksForMention();
                    speaksFor = new Argument(link.speaksFor(), m.text(), m.start(), m.end());
                }
                if (id != null) {
                    previous = id;
                    previousSentence = d.lastSentence();
                }
            }
            Argument addressee = d.addressee() == null ? null : linked(text, doc, d.addressee(), entities);
            List<Span> cueSpans = new ArrayList<>();
            String cueText = null;
            if (d.cue() != null) {
                Sentence s = text.sentences().get(d.cue().sentence());
                StringBuilder cue = new StringBuilder();
                for (int t : d.cue().shown()) {
                    Token k = s.tokens().get(t);
                    cueSpans.add(new Span(k.start(), k.end(), doc.substring(k.start(), k.end())));
                    cue.append(cue.length() == 0 ? "" : " ").append(doc, k.start(), k.end());
                }
                cueText = cue.toString();
            }
            List<Span> parts = new ArrayList<>();
            for (int[] p : d.content()) {
                parts.add(new Span(p[0], p[1], doc.substring(p[0], p[1])));
            }
            Span content = new Span(d.start(), d.end(), doc.substring(d.start(), d.end()));
            Sentence first = text.sentences().get(Math.min(d.sentence(), text.sentenceAt(d.start())));
            Sentence last = text.sentences().get(Math.max(d.lastSentence(), text.sentenceAt(d.end() - 1)));
            Evidence ev = new Evidence(first.index(), first.start(), last.end(), doc.substring(first.start(), last.end()));
            Certainty certainty = certainty(text, d, hedges);
            boolean confirms = d.cue() != null && d.cue().cue().confirms();
            Argument inner = d.inner() == null ? null : linked(text, doc, d.inner(), entities);
            out.add(new Claim("c" + (out.size() + 1), speaker, cueText, cueSpans, content, parts, d.kind(), certainty,
                    confirms, addressee, inner, speaksFor, ev, confidence(d, speaker), d.method()));
        }
        return Duplicates.remove(text, out);
    }

    /**
     * The state the article is about: the country named most often (by name, seat or adjective), when it is named at
     * least twice and more often than any other; else {@code null}.
     */
    static String homeState(List<Entity> entities) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Entity e : entities) {
            // countries by name, seat or adjective; a city where talks are held is not the speaker's state
            if (e.type() == EntityType.COUNTRY) {
                counts.merge(e.id(), e.mentions().size(), Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (java.util.Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > first) {
                second = first;
                first = c.getValue();
                best = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        return first >= 2 && first > second ? best : null;
    }

    private static Argument linked(AnnotatedText text, String doc, int[] span, List<Entity> entities) {
        return argument(doc, SpeakerLinker.link(text.language(), doc, span[0], span[1], entities).entity(), span);
    }

    private static Argument argument(String doc, String entity, int[] span) {
        return new Argument(entity, doc.substring(span[0], span[1]), span[0], span[1]);
    }

    /**
     * The cue decides when it denies, speculates or distances ("dementierte", "hält für möglich", "behauptete");
     * otherwise a hedge word in the claim's sentences makes it hedged or speculated; otherwise it is reported (a
     * statement of somebody), or hedged when nobody is named as its source.
     */
    static Certainty certainty(AnnotatedText text, Draft d, Hedges hedges) {
        if (d.cue() != null && d.cue().cue().certainty() != Certainty.REPORTED) {
            return d.cue().cue().certainty();
        }
        Language lang = text.language();
        Certainty hedge = null;
        for (int i = d.sentence(); i <= d.lastSentence(); i++) {
            for (Token t : text.sentences().get(i).tokens()) {
                if (t.start() < d.start() && i == d.sentence() && d.kind() == ClaimKind.DIRECT) {
                    continue;
                }
                Certainty c = hedges.of(lang, t.word());
                if (c != null && (hedge == null || c == Certainty.HEDGED)) {
                    hedge = c;
                }
            }
        }
        if (hedge != null && d.kind() != ClaimKind.DIRECT) {
            return hedge;
        }
        if (d.cue() != null && d.cue().cue().kind() == Cue.Kind.NOUN && !namesSource(text, d)) {
            return Certainty.HEDGED; // "nach Medienberichten": nobody stands behind it by name
        }
        return d.speaker() == null ? Certainty.HEDGED : Certainty.REPORTED;
    }

    /** True when the speaker span of a noun cue names somebody ("nach Angaben des Kreml") rather than only a noun. */
    private static boolean namesSource(AnnotatedText text, Draft d) {
        if (d.speaker() == null) {
            return false;
        }
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (t.start() >= d.speaker()[0] && t.end() <= d.speaker()[1] && ("PROPN".equals(t.pos())
                        || "NNP".equals(t.pos()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double confidence(Draft d, Argument speaker) {
        double c = switch (d.kind()) {
            case DIRECT -> 0.8;
            case INDIRECT -> 0.7;
            case REPORTED -> 0.7;
        };
        if (d.method().contains("continuation")) {
            c -= 0.2;
        }
        if (speaker == null || speaker.entity() == null) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }
}
