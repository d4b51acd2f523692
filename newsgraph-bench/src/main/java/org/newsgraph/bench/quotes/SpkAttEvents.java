/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsgraph.claim.QuoteForm;

/**
 * Turns a SpkAtt speech event (cue, source, message, addressee as token ids) into quotations as the German Wikinews
 * dataset marks them, so that a model learns one convention. SpkAtt has no quotation forms; they are read off the
 * event:
 * <ol>
 * <li>no message: the cue and the speaker alone (a quotation without tokens; it teaches the cue and speaker labels);
 * <li>a message with a quotation mark in it or right around it: one direct quotation, marks included;
 * <li>otherwise the message is cut at sentence ends. Its part in a sentence of the cue (else its first part) is the
 * framed one: indirect speech when it is a clause (it opens with a clause word such as "dass", or a comma or colon
 * sets it off on the cue's side), else a reported speech act, which the news data marks as the whole sentence and
 * without a cue ("Sie kritisierte den Plan."). Parts in other sentences continue indirect speech: same speaker, no
 * cue.
 * </ol>
 * The addressee goes with the framed part. Immutable.
 */
final class SpkAttEvents {
    private final SpkAttWords words;
    private final List<String> tokens;
    private final List<Integer> sentenceOf;

    SpkAttEvents(SpkAttWords words, List<String> tokens, List<Integer> sentenceOf) {
        this.words = words;
        this.tokens = tokens;
        this.sentenceOf = sentenceOf;
    }

    /** The quotations of one event; each role's ids sorted and distinct. */
    List<QuoteDoc.Quotation> quotations(List<Integer> message, List<Integer> speaker, List<Integer> cue,
            List<Integer> addressee) {
        if (message.isEmpty()) {
            return List.of(quotation(QuoteForm.REPORTED, List.of(), speaker, cue, addressee));
        }
        if (quoted(message)) {
            return List.of(quotation(QuoteForm.DIRECT, withMarks(message), speaker, cue, addressee));
        }
        TreeMap<Integer, List<Integer>> parts = new TreeMap<>();
        for (int m : message) {
            parts.computeIfAbsent(sentenceOf.get(m), s -> new ArrayList<>()).add(m);
        }
        Set<Integer> cueSentences = new TreeSet<>(cue.stream().map(sentenceOf::get).toList());
        int framed = parts.keySet().stream().filter(cueSentences::contains).findFirst().orElse(parts.firstKey());
        List<QuoteDoc.Quotation> out = new ArrayList<>();
        for (var p : parts.entrySet()) {
            List<Integer> part = p.getValue();
            if (p.getKey() != framed) {
                out.add(quotation(QuoteForm.CONTINUATION, part, speaker, List.of(), List.of()));
            } else if (clause(part, cue)) {
                out.add(quotation(QuoteForm.INDIRECT, part, speaker, cue, addressee));
            } else {
                out.add(quotation(QuoteForm.REPORTED, sentence(p.getKey()), speaker, List.of(), addressee));
            }
        }
        return out;
    }

    private static QuoteDoc.Quotation quotation(QuoteForm form, List<Integer> quote, List<Integer> speaker,
            List<Integer> cue, List<Integer> addressee) {
        return new QuoteDoc.Quotation(form.datasetName(), null, quote, speaker, cue, addressee, List.of());
    }

    private boolean quoted(List<Integer> message) {
        return message.stream().anyMatch(this::mark)
                || mark(message.get(0) - 1) && mark(message.get(message.size() - 1) + 1);
    }

    /** The message with the quotation marks right before and after it, as the news data spans direct quotations. */
    private List<Integer> withMarks(List<Integer> message) {
        TreeSet<Integer> out = new TreeSet<>(message);
        if (mark(out.first() - 1)) {
            out.add(out.first() - 1);
        }
        if (mark(out.last() + 1)) {
            out.add(out.last() + 1);
        }
        return List.copyOf(out);
    }

    /** A clause: it opens with a clause word, or a comma or colon sets it off on the side its cue stands. */
    private boolean clause(List<Integer> part, List<Integer> cue) {
        int first = part.get(0);
        int last = part.get(part.size() - 1);
        if (words.opensClause(tokens.get(first))) {
            return true;
        }
        boolean cueAfter = !cue.isEmpty() && cue.get(0) > last;
        return cueAfter ? border(last + 1) : border(first - 1);
    }

    private List<Integer> sentence(int s) {
        return IntStream.range(0, tokens.size()).filter(t -> sentenceOf.get(t) == s).boxed().toList();
    }

    private boolean mark(int t) {
        return t >= 0 && t < tokens.size() && words.quoteMarks().contains(tokens.get(t));
    }

    private boolean border(int t) {
        return t >= 0 && t < tokens.size() && words.clauseBorders().contains(tokens.get(t));
    }
}
