/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.claim.Cue;
import org.newsgraph.claim.Draft;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * A source adverb ("demnach": according to it) speaks with the source named before it, never as itself: the speaker
 * of the claim before within two sentences, else a source noun phrase there ("Die Berichte des Staatsfernsehens
 * waren ausführlich. Zum Feiertag gab es demnach …"), else an outlet or organisation named in the sentence before; with
 * none of these the claim has no speaker.
 */
final class AnaphoricSources {
    private static final int REACH = 2;
    private final CueLexicon lexicon;

    AnaphoricSources(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Draft> apply(AnnotatedText text, List<Draft> drafts, List<Entity> entities) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.cue() == null || d.cue().cue().kind() != Cue.Kind.ADVERB) {
                out.add(d);
                continue;
            }
            int[] speaker = antecedent(text, d, drafts, entities);
            out.add(new Draft(d.sentence(), d.lastSentence(), d.cue(), speaker, d.addressee(), d.content(), d.kind(),
                    d.method(), d.inner()));
        }
        return out;
    }

    private int[] antecedent(AnnotatedText text, Draft d, List<Draft> drafts, List<Entity> entities) {
        int s = d.cue().sentence();
        int adverb = text.sentences().get(s).tokens().get(d.cue().head()).start();
        Draft before = null;
        for (Draft x : drafts) {
            if (x != d && x.speaker() != null && x.cue() != null && x.cue().cue().kind() != Cue.Kind.ADVERB
                    && x.lastSentence() >= s - REACH && x.speaker()[1] <= adverb) {
                before = x;
            }
        }
        if (before != null) {
            return before.speaker();
        }
        for (int k = s - 1; k >= Math.max(0, s - REACH); k--) {
            int[] source = sourcePhrase(text, text.sentences().get(k));
            if (source != null) {
                return source;
            }
        }
        if (s > 0) {
            for (Entity e : entities) {
                boolean speaks = e.type() == EntityType.MEDIA || e.type() == EntityType.ORGANIZATION;
                for (Mention m : speaks ? e.mentions() : List.<Mention>of()) {
                    if (m.sentence() == s - 1) {
                        return new int[] {m.start(), m.end()};
                    }
                }
            }
        }
        return null;
    }

    /** The first noun phrase of a sentence headed by a source noun ("Die Berichte des Staatsfernsehens"). */
    private int[] sourcePhrase(AnnotatedText text, Sentence s) {
        List<Token> toks = s.tokens();
        for (Token t : toks) {
            if (!"NOUN".equals(t.pos())) {
                continue;
            }
            String lower = t.word().toLowerCase(text.language().locale());
            boolean source = lexicon.cues(text.language(), t.lemma()).stream().anyMatch(c -> c.kind() == Cue.Kind.NOUN)
                    || lexicon.cues(text.language(), lower).stream().anyMatch(c -> c.kind() == Cue.Kind.NOUN)
                    || !lexicon.compoundNounCues(text.language(), lower).isEmpty();
            if (!source) {
                continue;
            }
            int from = t.index();
            while (from > 0 && ("DET".equals(toks.get(from - 1).pos()) || "ADJ".equals(toks.get(from - 1).pos()))) {
                from--;
            }
            int[] np = Phrases.after(s, from);
            return np == null ? null : RuleClaimExtractor.chars(s, np);
        }
        return null;
    }
}
