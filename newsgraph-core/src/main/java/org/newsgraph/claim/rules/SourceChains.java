/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.claim.Cue;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.ResourceLines;

/**
 * Source chains: a speaker that cites another source in turn ("The Daily Telegraph, citing local militia leaders,
 * reported …", "laut der Zeitung unter Berufung auf Regierungskreise", "zitierte einen Berater mit den Worten"). The
 * speaker stays the speaker and the cited source becomes the claim's inner source; the words of the chain belong to
 * neither the content nor the speaker. The chains are read from {@code claim/chains-de.tsv} and
 * {@code claim/chains-en.tsv}. Immutable and thread-safe.
 */
final class SourceChains {
    /** One row: a phrase before the cited source, or a verb whose object is the cited source. */
    record Chain(boolean phrase, List<String> words, String example) {}

    /** Words between a cited source and what it said: "as saying that", "mit den Worten,". */
    private static final java.util.Set<String> OBJECT_FRAME = java.util.Set.of("as", "saying", "that", ",", ":");
    private final Map<Language, List<Chain>> chains = new EnumMap<>(Language.class);

    SourceChains() {
        read(Language.GERMAN, "claim/chains-de.tsv");
        read(Language.ENGLISH, "claim/chains-en.tsv");
    }

    private void read(Language lang, String resource) {
        List<Chain> out = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String[] f = line.text().split("\t");
            if (f.length != 3 || !(f[0].equals("phrase") || f[0].equals("object"))) {
                throw new IllegalStateException(resource + ":" + line.number()
                        + ": expected class (phrase or object), words and an example, tab-separated");
            }
            out.add(new Chain(f[0].equals("phrase"), Arrays.asList(f[1].split(" ")), f[2]));
        }
        chains.put(lang, List.copyOf(out));
    }

    /** The rows of a language, for the test that codes their examples. */
    List<Chain> rows(Language lang) {
        return chains.get(lang);
    }

    /**
     * True when a cue is the first word of a chain phrase ("citing") in a sentence that has another verb cue: the
     * phrase names the source of that verb's speaker and is no claim of its own.
     */
    boolean isChainCue(Language lang, Sentence s, CueOccurrence o, List<CueOccurrence> all) {
        if (phraseAt(lang, s, o.head()) == null) {
            return false;
        }
        return all.stream().anyMatch(x -> x.head() != o.head() && (x.cue().kind() == Cue.Kind.SPEECH
                || x.cue().kind() == Cue.Kind.THOUGHT));
    }

    /** The drafts, each with the source it cites where its frame sentence names one. */
    List<Draft> apply(AnnotatedText text, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(d.cue() == null || d.inner() != null ? d : withChain(text, d));
        }
        return out;
    }

    private Draft withChain(AnnotatedText text, Draft d) {
        CueOccurrence o = d.cue();
        Sentence s = text.sentences().get(o.sentence());
        Language lang = text.language();
        if (isObjectVerb(lang, s.tokens().get(o.head()))) {
            // "zitierte einen Berater des Präsidenten mit den Worten": the verb's object is the cited source
            int[] object = Phrases.after(s, maxOf(o.tokens()) + 1);
            if (object != null && overlaps(d.speaker(), RuleClaimExtractor.chars(s, object))) {
                object = Phrases.after(s, object[1] + 1); // "zitierte die «New York Times» Geheimdienstinformationen"
            }
            if (object != null) {
                int[] chars = RuleClaimExtractor.chars(s, object);
                if (!overlaps(d.speaker(), chars) && !inside(d.content(), chars)) {
                    return d.withInner(chars);
                }
                if (!overlaps(d.speaker(), chars) && d.content().get(0)[0] == chars[0]) {
                    // "quoted a senior official as saying that …": what follows the object and its frame is said
                    int k = object[1] + 1;
                    while (k < s.tokens().size() && (o.shown().contains(k) || OBJECT_FRAME.contains(
                            s.tokens().get(k).word().toLowerCase(Locale.ROOT)))) {
                        k++;
                    }
                    if (k < s.tokens().size() && s.tokens().get(k).start() < d.content().get(0)[1]) {
                        List<int[]> parts = new ArrayList<>(d.content());
                        parts.set(0, new int[] {s.tokens().get(k).start(), parts.get(0)[1]});
                        return new Draft(d.sentence(), d.lastSentence(), o, d.speaker(), d.addressee(), parts,
                                d.kind(), d.method(), chars);
                    }
                }
            }
        }
        for (int k = 0; k < s.tokens().size(); k++) {
            Chain c = phraseAt(lang, s, k);
            int[] source = c == null ? null : Phrases.after(s, k + c.words().size());
            if (source == null || o.tokens().contains(source[0])) {
                continue;
            }
            int[] chars = RuleClaimExtractor.chars(s, source);
            int start = s.tokens().get(k).start();
            if (inside(d.content(), chars)) {
                return withoutChain(d, start, chars[1], s).withInner(chars);
            }
            int[] speaker = d.speaker();
            if (speaker != null && speaker[0] < start && speaker[1] > start) {
                speaker = trimmed(s, speaker[0], start); // "laut der Zeitung unter Berufung auf …"
            }
            return new Draft(d.sentence(), d.lastSentence(), o, speaker, d.addressee(), d.content(), d.kind(),
                    d.method(), chars);
        }
        return d;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a != null && a[0] < b[1] && b[0] < a[1];
    }

    /** The draft without the chain's words [start, end) in its content (and a comma right after them). */
    private static Draft withoutChain(Draft d, int start, int end, Sentence s) {
        int cut = end;
        for (Token t : s.tokens()) {
            if (t.start() >= end && t.start() <= end + 1 && ",".equals(t.word())) {
                cut = t.end();
            }
        }
        List<int[]> parts = new ArrayList<>();
        for (int[] p : d.content()) {
            if (p[1] <= start || p[0] >= cut) {
                parts.add(p);
                continue;
            }
            if (p[0] < start) {
                parts.add(trimmed(s, p[0], start));
            }
            if (cut < p[1]) {
                parts.add(new int[] {nextStart(s, cut), p[1]});
            }
        }
        parts.removeIf(p -> p == null || p[1] <= p[0]);
        if (parts.isEmpty()) {
            return d;
        }
        int[] speaker = d.speaker();
        return new Draft(d.sentence(), d.lastSentence(), d.cue(), speaker, d.addressee(), parts, d.kind(), d.method(),
                d.inner());
    }

    /** [from, to) without trailing punctuation and space. */
    private static int[] trimmed(Sentence s, int from, int to) {
        int end = from;
        for (Token t : s.tokens()) {
            if (t.start() >= from && t.end() <= to && !",".equals(t.word())) {
                end = Math.max(end, t.end());
            }
        }
        return end > from ? new int[] {from, end} : null;
    }

    private static int nextStart(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() >= offset) {
                return t.start();
            }
        }
        return offset;
    }

    private static boolean inside(List<int[]> content, int[] span) {
        for (int[] p : content) {
            if (p[0] <= span[0] && span[1] <= p[1]) {
                return true;
            }
        }
        return false;
    }

    /** The chain phrase starting at token {@code k}, or null. */
    private Chain phraseAt(Language lang, Sentence s, int k) {
        for (Chain c : chains.get(lang)) {
            if (!c.phrase() || k + c.words().size() > s.tokens().size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < c.words().size() && match; i++) {
                match = s.tokens().get(k + i).word().toLowerCase(Locale.ROOT).equals(c.words().get(i));
            }
            if (match) {
                return c;
            }
        }
        return null;
    }

    private boolean isObjectVerb(Language lang, Token t) {
        for (Chain c : chains.get(lang)) {
            if (!c.phrase() && c.words().get(0).equals(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    private static int maxOf(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }
}
