/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Sentence;

/**
 * The quotation-marked spans of one article that can be quotations (not names or titles in quotation marks:
 * "die «New York Times»", "der Zeitung «Wedomosti»", scare quotes of one word), and their attachment to frames. One
 * instance per article; not thread-safe.
 */
final class Quotations {
    /** Words after which a quoted span is a name or a title, not a quotation. */
    private static final Set<String> TITLE_NOUNS = Set.of("zeitung", "zeitschrift", "sender", "magazin", "blatt",
            "buch", "film", "titel", "agentur", "portal", "operation", "programm", "sendung", "newspaper", "magazine",
            "book", "programme", "program", "daily", "paper", "show");
    private static final int UNFRAMED_MIN_WORDS = 4;
    private final AnnotatedText text;
    private final String doc;
    private final List<QuoteMarks.Quoted> spans = new ArrayList<>();
    private final Set<QuoteMarks.Quoted> used = new HashSet<>();

    Quotations(AnnotatedText text) {
        this.text = text;
        this.doc = text.text().text();
        for (QuoteMarks.Quoted q : QuoteMarks.find(doc)) {
            if (isQuotation(q)) {
                spans.add(q);
            }
        }
    }

    /** True when a quoted span reads as a quotation rather than a name, a title or a scare quote. */
    boolean isQuotation(QuoteMarks.Quoted q) {
        String inner = doc.substring(q.innerStart(), q.innerEnd()).strip();
        int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
        if (words < 2) {
            return false;
        }
        String before = doc.substring(Math.max(0, q.start() - 25), q.start()).strip();
        String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (TITLE_NOUNS.contains(last) || last.equals("die") || last.equals("der") || last.equals("the")) {
            return !allCapitalised(inner) && words > 3;
        }
        return !(allCapitalised(inner) && words <= 4);
    }

    private static boolean allCapitalised(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quotations this frame introduces: unused ones in the frame's sentence outside the frame, one that ends just
     * before the sentence (", sagte er" after a quotation the splitter cut off), one that starts right after a frame
     * ending in a colon. Marks them used; returns their inner spans (quotation marks included, as the benchmark does).
     */
    List<int[]> forFrame(Sentence s, int[] frame) {
        List<int[]> out = new ArrayList<>();
        boolean inSentenceFound = spans.stream().anyMatch(q -> !used.contains(q) && q.start() < s.end()
                && s.start() < q.end() && !(q.start() < frame[1] && frame[0] < q.end()));
        for (QuoteMarks.Quoted q : spans) {
            if (used.contains(q) || (q.start() < frame[1] && frame[0] < q.end())) {
                continue;
            }
            boolean inSentence = q.start() < s.end() && s.start() < q.end();
            String gapBefore = q.end() <= s.start() ? doc.substring(q.end(), s.start()) : null;
            String gapAfter = q.start() >= s.end() ? doc.substring(s.end(), q.start()) : null;
            boolean endsBefore = !inSentenceFound && gapBefore != null && gapBefore.strip().matches("[,.]?")
                    && frame[0] - s.start() < 3;
            boolean startsAfter = gapAfter != null && gapAfter.isBlank() && doc.charAt(s.end() - 1) == ':';
            if (inSentence || endsBefore || startsAfter) {
                out.add(new int[] {q.start(), q.end()});
                used.add(q);
            }
        }
        return out;
    }

    /** True when the offset lies inside a quotation (between its marks). */
    boolean inside(int offset) {
        for (QuoteMarks.Quoted q : spans) {
            if (q.start() < offset && offset < q.end() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Quotations no frame claimed: they go to the nearest preceding speaker within three sentences, else nobody. */
    List<Draft> unframed(List<Draft> framed) {
        List<Draft> out = new ArrayList<>();
        for (QuoteMarks.Quoted q : spans) {
            if (used.contains(q) || inside(framed, q)) {
                continue;
            }
            String inner = doc.substring(q.innerStart(), q.innerEnd()).strip();
            if (inner.split("\\s+").length < UNFRAMED_MIN_WORDS || !hasVerb(q)) {
                continue; // a short quoted phrase without a verb is a title, a name or a slogan, not a statement
            }
            int sentence = Math.max(0, text.sentenceAt(q.start()));
            int lastSentence = Math.max(sentence, text.sentenceAt(q.end() - 1));
            Draft previous = null;
            for (Draft d : framed) {
                if (d.speaker() != null && d.end() <= q.start() && sentence - d.lastSentence() <= 3) {
                    previous = d;
                }
            }
            int[] speaker = previous == null ? null : previous.speaker();
            out.add(new Draft(sentence, lastSentence, null, speaker, null, List.of(new int[] {q.start(), q.end()}),
                    ClaimKind.DIRECT, previous == null ? "rule:direct-unattributed" : "rule:direct-continuation"));
            used.add(q);
        }
        return out;
    }

    /** True when a token inside the quotation is a verb. */
    private boolean hasVerb(QuoteMarks.Quoted q) {
        // only the sentences the quotation touches; an offset between sentences widens the search, never narrows it
        int first = Math.max(0, text.sentenceAt(q.innerStart()));
        int last = text.sentenceAt(q.innerEnd() - 1);
        if (last < first) {
            last = text.sentences().size() - 1;
        }
        for (Sentence s : text.sentences().subList(first, last + 1)) {
            for (var t : s.tokens()) {
                if (t.start() >= q.innerStart() && t.end() <= q.innerEnd() && Tags.isVerb(t.pos())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(List<Draft> drafts, QuoteMarks.Quoted q) {
        for (Draft d : drafts) {
            for (int[] c : d.content()) {
                if (c[0] <= q.start() && q.end() <= c[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
