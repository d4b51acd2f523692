/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * The speaker of a cue as a token span: the verb's subject (from the parse, else the noun phrase beside the verb),
 * the object of a source preposition ("laut X", "X zufolge", "according to X"), or the source noun with its attachment
 * ("Angaben von Augenzeugen"). Also finds addressees and channels ("der Zeitung «Wedomosti»", "auf Telegram",
 * "told Reuters").
 */
final class SpeakerFinder {
    private static final Set<String> CHANNEL_NOUNS = Set.of("zeitung", "sender", "agentur", "nachrichtenagentur",
            "magazin", "nachrichtenmagazin", "fernsehsender", "rundfunk", "reportern", "journalisten", "portal",
            "newspaper", "broadcaster", "agency", "reporters", "journalists", "television", "radio");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "aus", "bei");
    private static final Set<String> PLATFORMS = Set.of("telegram", "x", "twitter", "facebook", "instagram",
            "youtube", "tiktok", "truth", "vk", "weibo");

    private SpeakerFinder() {}

    static int[] speaker(Sentence s, DependencyTree tree, CueOccurrence o, Language lang) {
        List<Token> toks = s.tokens();
        switch (o.cue().kind()) {
            case PREP -> {
                if ("zufolge".equals(o.cue().lemma())) {
                    int[] np = Phrases.before(s, o.head());
                    // "den Polizeibehörden in Mombasa zufolge": the place belongs to the source
                    int in = np == null ? -1 : np[0] - 1;
                    if (in > 0 && PLACE_PREPOSITIONS.contains(toks.get(in).word().toLowerCase(Locale.ROOT))) {
                        int[] head = Phrases.before(s, in);
                        return head == null ? np : new int[] {head[0], np[1]};
                    }
                    return np;
                }
                return Phrases.after(s, ContentFinder.maxOf(o.tokens()) + 1);
            }
            case ADVERB -> {
                return new int[] {o.head(), o.head()};
            }
            case NOUN -> {
                // "nach einem Bericht der Zeitung X": the source is everything after "nach"
                int[] np = Phrases.after(s, o.head() + 1);
                return np == null || np[1] < o.noun() ? new int[] {o.head() + 1, o.noun()} : np;
            }
            default -> {
                int[] wie = afterWie(s, o);
                if (wie != null) {
                    return wie;
                }
                int[] subj = Phrases.subject(tree, o.head());
                int first0 = ContentFinder.minOf(o.tokens());
                if (subj != null && subj[0] > o.head() && first0 > 0 && Phrases.isCoordinator(toks.get(first0 - 1))) {
                    // "verurteilte den Angriff und warnte Teheran vor …": the parser took the object for a subject;
                    // the verb after "und" speaks with the first conjunct's subject
                    int[] shared = firstConjunctSubject(s, tree, first0 - 1);
                    if (shared != null) {
                        return shared;
                    }
                }
                if (subj != null && !(subj[0] == subj[1] && "es".equalsIgnoreCase(toks.get(subj[0]).word()))
                        && !quoteBetween(toks, subj, o.head())) {
                    return subj;
                }
                if ("heißen".equals(o.cue().lemma())) {
                    return sourceOfHeissen(s);
                }
                int first = ContentFinder.minOf(o.tokens());
                if (first > 0 && Phrases.isCoordinator(toks.get(first - 1))) {
                    // "… verurteilte den Angriff und warnte Teheran": the subject is the first conjunct's, and the
                    // phrase after the verb is its object
                    return tree != null && tree.is(o.head(), "conj") ? Phrases.subject(tree, tree.head(o.head())) : null;
                }
                int[] before = Phrases.before(s, first);
                boolean inverted = first == 0 || isOpener(toks.get(first - 1))
                        || (before != null && before[0] > 0 && isPreposition(toks.get(before[0] - 1)));
                int next = o.head() + 1;
                while (o.tokens().contains(next)) {
                    next++;
                }
                // after the verb, not after its particle at the clause end: ", teilte der USGS mit."
                int[] after = Phrases.after(s, next);
                if (!inverted && before != null) {
                    return before;
                }
                return after != null ? after : before;
            }
        }
    }

    /**
     * "Wie die Polizei am Montag mitteilte": the phrase right after the clause's "wie" speaks (the parser tends to
     * read "wie" as a preposition of that phrase and to lose the subject).
     */
    private static int[] afterWie(Sentence s, CueOccurrence o) {
        for (int k : o.frame()) {
            if (k < o.head() && s.tokens().get(k).word().equalsIgnoreCase("wie")) {
                int[] np = Phrases.after(s, k + 1);
                return np != null && np[1] < o.head() ? np : null;
            }
        }
        return null;
    }

    /** The subject before the nearest verb before the coordinator at {@code and}, or null. */
    private static int[] firstConjunctSubject(Sentence s, DependencyTree tree, int and) {
        for (int v = and - 1; v >= 0; v--) {
            if (Tags.isVerb(s.tokens().get(v).pos())) {
                int[] subj = Phrases.subject(tree, v);
                return subj != null && subj[1] < v ? subj : null;
            }
        }
        return null;
    }

    /**
     * "In der Mitteilung heißt es": the document after "in" is the source; "Aus Regierungskreisen hieß es", "Vom
     * Ministerium hieß es": so are those the statement comes from.
     */
    private static int[] sourceOfHeissen(Sentence s) {
        List<Token> toks = s.tokens();
        for (int k = 0; k + 1 < toks.size(); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("in") || w.equals("im") || w.equals("aus") || w.equals("von") || w.equals("vom")) {
                int[] np = Phrases.after(s, k + 1);
                if (np != null) {
                    return w.equals("im") || w.equals("vom") ? new int[] {k, np[1]} : np;
                }
            }
        }
        return null;
    }

    /** An addressee or channel right after the frame, or null. */
    static int[] addressee(Sentence s, int from, Language lang) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(toks.size() - 1, from + 4); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            String next = toks.get(k + 1).word().toLowerCase(Locale.ROOT);
            boolean channel = (w.equals("der") || w.equals("dem") || w.equals("den") || w.equals("the"))
                    && CHANNEL_NOUNS.contains(next);
            boolean platform = (w.equals("auf") || w.equals("on") || w.equals("via")) && PLATFORMS.contains(next);
            boolean partner = (w.equals("gegenüber") || (lang == Language.ENGLISH && w.equals("to")))
                    && Tags.isNominal(toks.get(k + 1));
            if (channel || platform || partner) {
                int end = k + 1;
                // the name that follows, possibly in quotation marks: der Zeitung «Wedomosti»
                while (end + 1 < toks.size() && (Tags.isQuoteMark(toks.get(end + 1).word())
                        || "PROPN".equals(toks.get(end + 1).pos()) || "NNP".equals(toks.get(end + 1).pos()))) {
                    end++;
                }
                return new int[] {k, end};
            }
            if (",".equals(w) || ".".equals(w)) {
                break;
            }
        }
        return null;
    }

    /** A subject across a quotation mark from its verb is inside the quotation ("«Wir haben …», sagte er"). */
    private static boolean quoteBetween(List<Token> toks, int[] subj, int verb) {
        return ContentFinder.hasQuoteMark(toks, Math.min(subj[1], verb) + 1, Math.max(subj[0], verb));
    }

    private static boolean isOpener(Token t) {
        String w = t.word();
        return ",".equals(w) || ":".equals(w) || Tags.isQuoteMark(w) || "(".equals(w);
    }

    private static boolean isPreposition(Token t) {
        return "ADP".equals(t.pos()) || "IN".equals(t.pos());
    }
}
