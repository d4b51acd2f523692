/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Where the content of a cue lies in its sentence: a complement clause after the cue ("sagte, dass …", "said that
 * …"), the clause after the frame's comma ("sagte X, die Lage sei ernst"), the clause before a closing frame ("Die Lage
 * sei ernst, sagte X"), what follows a colon, or — for source prepositions — the sentence without the source phrase.
 * Content spans are token ranges [first, last] of one sentence.
 */
final class ContentFinder {
    private static final Set<String> ADVERBIAL = Set.of("wenn", "falls", "sobald", "nachdem", "obwohl", "obgleich",
            "da", "weil", "bevor", "ehe", "während", "womit", "wodurch", "sodass", "seit", "seitdem", "bis", "um",
            "when", "if", "because", "after", "before", "while", "although", "since", "unless", "until");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whereas", "wobei", "welche", "welcher",
            "was");
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wonach", "that", "whether");

    private ContentFinder() {}

    /** The content of a cue: parts and the kind of speech, or {@code null} when the cue frames no content. */
    record Content(List<int[]> parts, ClaimKind kind) {}

    /**
     * Content for a verb cue; {@code frame} is [first, last] of cue plus speaker (so that content never includes its
     * own frame).
     */
    static Content forVerb(Sentence s, CueOccurrence o, int[] frame, Language lang) {
        Content c = candidate(s, o, frame, lang);
        return c == null || onlyAdverbialClause(s, c.parts().get(0)) ? null : c;
    }

    /**
     * "…, sagte er, wenn das Urteil fällt" / "bemerkte der Pilot, nachdem …": a lone adverbial clause (of time,
     * condition, cause, purpose) is circumstance, not what was said; a fronted one followed by its main clause
     * ("wenn die Gespräche scheitern, werde …") is content and keeps its comma.
     */
    private static boolean onlyAdverbialClause(Sentence s, int[] part) {
        List<Token> toks = s.tokens();
        int a = part[0];
        while (a < part[1] && Tags.isPunct(toks.get(a))) {
            a++;
        }
        if (!ADVERBIAL.contains(toks.get(a).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = a + 1; k <= part[1]; k++) {
            if (",".equals(toks.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    private static Content candidate(Sentence s, CueOccurrence o, int[] frame, Language lang) {
        List<Token> toks = s.tokens();
        int last = lastContentToken(s);
        int v = o.head();
        int frameEnd = Math.max(frame[1], maxOf(o.tokens()));
        int frameStart = Math.min(frame[0], minOf(o.tokens()));
        // 1. a complementizer right after the frame: "sagte (der Sprecher) (am Montag), dass …"
        for (int k = v + 1; k <= Math.min(last, frameEnd + 15); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (COMPLEMENTIZERS.contains(w) || relativeSource(toks, k)) {
                return new Content(List.of(new int[] {k, last}), ClaimKind.INDIRECT);
            }
            if (w.equals(".") || w.equals(";") || (k > frameEnd && Tags.isVerb(toks.get(k).pos())
                    && !o.tokens().contains(k))) {
                break;
            }
        }
        // 2. a colon after the frame: "Der Minister sagte: …"
        int colon = indexOf(toks, ":", frameEnd, last);
        if (colon >= 0 && colon < last && colon <= frameEnd + 2) {
            return new Content(List.of(new int[] {colon + 1, last}), ClaimKind.INDIRECT);
        }
        // 3. the frame closes the sentence: "Die Lage sei ernst, sagte X." / "The situation is grave, he said.";
        // or the frame and its speaker's apposition or addressee end the clause: "Sie seien außer Gefahr, sagte X,
        // der Sprecher der Klinik." / "Nobody was conspiring, he told state television, adding that …"
        if (frameStart > 1 && ",".equals(toks.get(frameStart - 1).word())
                && (frameEnd >= last - 1 || closingFrame(s, frameStart, frameEnd, last, lang))) {
            return new Content(List.of(new int[] {0, frameStart - 2}), ClaimKind.INDIRECT);
        }
        // 4. a comma after the frame opens the content: "Kalinin sagte, die Lage sei ernst." (German)
        if (frameEnd + 1 < last && ",".equals(toks.get(frameEnd + 1).word())
                && hasFiniteVerb(s, frameEnd + 2, last, lang)) {
            return new Content(List.of(new int[] {frameEnd + 2, last}), ClaimKind.INDIRECT);
        }
        // 4b. a few words of place or time before that comma: "Amato sagte in Rom, es handele sich …"
        int comma = lang == Language.GERMAN ? indexOf(toks, ",", frameEnd + 1, Math.min(last, frameEnd + 7)) : -1;
        if (comma > frameEnd + 1 && comma < last && !hasFiniteVerb(s, frameEnd + 1, comma - 1, lang)
                && Konjunktiv.first(s) > comma) {
            return new Content(List.of(new int[] {comma + 1, last}), ClaimKind.INDIRECT);
        }
        // 5. English reported speech without "that": "He said the talks would resume."
        if (lang == Language.ENGLISH && frameEnd + 1 < last && frameEnd == maxOf(o.tokens())
                && clauseFollows(s, frameEnd + 1, last) && !isPrep(toks.get(frameEnd + 1))) {
            return new Content(List.of(new int[] {frameEnd + 1, last}), ClaimKind.INDIRECT);
        }
        // 6. a subjunctive clause beside the frame in a German sentence ("Wie X sagte, sei …")
        if (lang == Language.GERMAN && Konjunktiv.in(s)) {
            int[] rest = outside(s, frameStart, frameEnd, last);
            if (rest != null) {
                return new Content(List.of(rest), ClaimKind.INDIRECT);
            }
        }
        return null;
    }

    /** "…, nach denen Kim …" / "…, denen zufolge …": a relative clause that states what a source says. */
    private static boolean relativeSource(List<Token> toks, int k) {
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        if (k + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(k + 1).word().toLowerCase(Locale.ROOT);
        return (w.equals("nach") && (next.equals("denen") || next.equals("der") || next.equals("dem")))
                || (w.equals("denen") && next.equals("zufolge"));
    }

    /**
     * What a speech act without a content clause says: the first run of its clause after the cue outside the speaker
     * and the addressee, else the longest before it ("Sie nannte | den Plan einen Irrweg"), as [first, last], or
     * {@code null} when nothing but punctuation and connectives is left ("Er widersprach.").
     */
    static int[] speechAct(Sentence s, CueOccurrence o, int[] speaker, int[] addressee) {
        List<Token> toks = s.tokens();
        int last = lastContentToken(s);
        int[] best = null;
        int runStart = -1;
        int governed = -1;
        for (int k : o.shown()) {
            boolean preposition = k > o.head() && "ADP".equals(toks.get(k).pos());
            governed = preposition ? Math.max(governed, k) : governed;
        }
        for (int k = 0; k <= last + 1; k++) {
            // after the verb the object ends where a clause of its own begins ("criticised the contract, while the
            // port authority …", "claimed victory, which …")
            boolean clauseEnd = k > o.head() && k < last && (",".equals(toks.get(k).word())
                    || ";".equals(toks.get(k).word())) && opensClause(toks.get(k + 1));
            boolean out = k > last || clauseEnd || o.shown().contains(k) || within(speaker, k)
                    || within(addressee, k);
            if (!out && runStart < 0) {
                runStart = k;
            }
            if (out && runStart >= 0) {
                int[] run = Phrases.trim(s, new int[] {runStart, k - 1});
                while (run[0] < run[1] && Phrases.isCoordinator(toks.get(run[0]))) {
                    run[0]++;
                }
                boolean words = false;
                for (int j = run[0]; j <= run[1]; j++) {
                    words |= !Tags.isPunct(toks.get(j)) && !Phrases.isCoordinator(toks.get(j));
                }
                // the run after the verb holds its object ("called the decision historic"); in a verb-final clause
                // the run before it does
                // a governed preposition shown with the cue ("sprach am Montag von einem Erfolg") takes its object
                int after = Math.max(o.head(), governed);
                boolean afterCue = run[0] > after;
                boolean bestAfter = best != null && best[0] > after;
                if (words && (best == null || afterCue && !bestAfter
                        || !afterCue && !bestAfter && run[1] - run[0] > best[1] - best[0])) {
                    best = run; // the first run after the verb, else the longest before it
                }
                runStart = -1;
            }
        }
        return best;
    }

    /** An adverbial conjunction or a relative pronoun: a clause that is not the speech act's object. */
    private static boolean opensClause(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return ADVERBIAL.contains(w) || RELATIVES.contains(w);
    }

    private static boolean within(int[] span, int k) {
        return span != null && span[0] <= k && k <= span[1];
    }

    /** Content of a source preposition: the sentence without the source phrase (two parts when it sits inside). */
    static Content forSource(Sentence s, int[] sourcePhrase) {
        int last = lastContentToken(s);
        List<int[]> parts = new ArrayList<>();
        int a = sourcePhrase[0];
        int b = sourcePhrase[1];
        // a comma that only separated the source phrase goes with it
        if (b + 1 <= last && ",".equals(s.tokens().get(b + 1).word())) {
            b++;
        }
        if (a - 1 >= 0 && ",".equals(s.tokens().get(a - 1).word()) && a - 1 > 0) {
            a--;
        }
        if (a > 0) {
            parts.add(new int[] {0, a - 1});
        }
        if (b < last) {
            parts.add(new int[] {b + 1, last});
        }
        parts.removeIf(p -> p[1] < p[0] || onlyPunct(s, p));
        return parts.isEmpty() ? null : new Content(parts, ClaimKind.REPORTED);
    }

    /** The larger part of the sentence outside the frame, if it holds a finite verb. */
    private static int[] outside(Sentence s, int frameStart, int frameEnd, int last) {
        int[] before = frameStart > 1 ? new int[] {0, frameStart - 1} : null;
        int[] after = frameEnd < last ? new int[] {frameEnd + 1, last} : null;
        int[] pick = before == null ? after
                : after == null ? before : (before[1] - before[0] >= after[1] - after[0] ? before : after);
        if (pick == null) {
            return null;
        }
        int[] t = Phrases.trim(s, pick);
        if (",".equals(s.tokens().get(t[0]).word())) {
            t[0]++;
        }
        return t[1] - t[0] >= 2 && Konjunktiv.first(s) >= t[0] && Konjunktiv.first(s) <= t[1] ? t : null;
    }

    /** The last token of the sentence that belongs to its content (final punctuation excluded). */
    static int lastContentToken(Sentence s) {
        int last = s.tokens().size() - 1;
        while (last > 0 && Tags.isPunct(s.tokens().get(last)) && !Tags.isQuoteMark(s.tokens().get(last).word())
                && !Tags.isQuoteMark(s.tokens().get(last - 1).word())) {
            last--;
        }
        return last;
    }

    /** True when a quotation mark stands among the tokens [from, to). */
    static boolean hasQuoteMark(List<Token> toks, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (Tags.isQuoteMark(toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFiniteVerb(Sentence s, int from, int to, Language lang) {
        for (int k = from; k <= to && k < s.tokens().size(); k++) {
            String p = s.tokens().get(k).pos();
            if (lang == Language.GERMAN ? ("VERB".equals(p) || "AUX".equals(p))
                    : (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only the speaker's apposition or the addressee follows the frame (no finite verb; in English up to the
     * next comma, after which a participle clause may follow) and a clause stands before it.
     */
    private static boolean closingFrame(Sentence s, int frameStart, int frameEnd, int last, Language lang) {
        int nextComma = indexOf(s.tokens(), ",", frameEnd + 1, last);
        int end = nextComma < 0 || lang == Language.GERMAN ? last : nextComma - 1;
        return !hasFiniteVerb(s, frameEnd + 1, end, lang) && hasFiniteVerb(s, 0, frameStart - 2, lang);
    }

    /**
     * An English clause starts at {@code from}: its first finite verb comes before any comma and not right after "and"
     * or "or" (then it is the reporting verb's own second verb: "admits the Union and softens its language").
     */
    private static boolean clauseFollows(Sentence s, int from, int to) {
        List<Token> toks = s.tokens();
        for (int k = from; k <= to; k++) {
            String w = toks.get(k).word();
            if (",".equals(w) || ";".equals(w)) {
                return false; // "criticised the text, while Moscow called …": an object, then another clause
            }
            if (hasFiniteVerb(s, k, k, Language.ENGLISH)) {
                return k > from && !Phrases.isCoordinator(toks.get(k - 1));
            }
        }
        return false;
    }

    private static boolean isPrep(Token t) {
        return "IN".equals(t.pos()) || "TO".equals(t.pos()) || "ADP".equals(t.pos());
    }

    private static boolean onlyPunct(Sentence s, int[] p) {
        for (int k = p[0]; k <= p[1]; k++) {
            if (!Tags.isPunct(s.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Token> toks, String w, int from, int to) {
        for (int k = Math.max(0, from); k <= to; k++) {
            if (toks.get(k).word().equals(w)) {
                return k;
            }
        }
        return -1;
    }

    static int maxOf(List<Integer> l) {
        int m = Integer.MIN_VALUE;
        for (int x : l) {
            m = Math.max(m, x);
        }
        return m;
    }

    static int minOf(List<Integer> l) {
        int m = Integer.MAX_VALUE;
        for (int x : l) {
            m = Math.min(m, x);
        }
        return m;
    }
}
