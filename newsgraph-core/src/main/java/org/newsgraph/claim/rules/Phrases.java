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
import org.newsgraph.claim.Tags;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Noun phrases around a cue, for speakers, addressees and sources: from the dependency tree where the sentence is
 * parsed (the subject's subtree), else by a chunker over part-of-speech tags (determiners, adjectives, numbers,
 * nouns and names, genitive attributes and "von"/"of" attachments).
 */
final class Phrases {
    private static final Set<String> MODIFIER = Set.of("DET", "ADJ", "NUM", "DT", "JJ", "JJR", "JJS", "CD", "PRP$",
            "POS");
    private static final Set<String> COORDINATORS = Set.of("und", "oder", "aber", "sowie", "and", "or", "but");
    private static final Set<String> CHANNEL_PREPS = Set.of("auf", "gegenüber", "on", "via");
    /** The auxiliaries of compound tenses, by lemma. */
    private static final Set<String> AUXILIARIES = Set.of("haben", "sein", "werden", "have", "be");
    private static final Set<String> ATTACH = Set.of("von", "des", "der", "of", "vom", "für", "from",
            "with", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses");

    private Phrases() {}

    /** The subject of a verb: its nsubj (or nsubj:pass / agent) subtree, as [first, last], or null. */
    static int[] subject(DependencyTree tree, int verb) {
        if (tree == null) {
            return null;
        }
        int v = verb;
        // the subject may hang on the auxiliary's head or on the main verb of a compound tense
        for (int hops = 0; hops < 2 && v >= 0; hops++) {
            for (int c : tree.children(v)) {
                if (tree.is(c, "nsubj")) {
                    int[] span = firstClause(tree.sentence(), trim(tree.sentence(), tree.span(c)), c);
                    return dropEdgeWords(tree.sentence(), span, c);
                }
            }
            if (tree.is(v, "aux") || tree.is(v, "cop")) {
                v = tree.head(v);
            } else {
                break;
            }
        }
        boolean participle = (tree.is(verb, "advcl") || tree.is(verb, "dep") || tree.is(verb, "xcomp"))
                && "VBG".equals(tree.sentence().tokens().get(verb).pos());
        // "Der Minister hat den Abzug angekündigt" parsed with "hat" as the root and the participle as its xcomp
        boolean underAuxiliary = tree.is(verb, "xcomp") && tree.head(verb) >= 0
                && auxiliary(tree.sentence().tokens().get(tree.head(verb)));
        if ((participle || underAuxiliary || tree.is(verb, "conj") && !tree.children(verb, "cc").isEmpty())
                && tree.head(verb) >= 0 && tree.head(verb) != verb) {
            // "Merz hosted a call … and said afterwards that …", "he told reporters, adding that …"
            return subject(tree, tree.head(verb));
        }
        return null;
    }

    /** An auxiliary of a compound tense, tagged as one or not ("hat" is sometimes tagged a full verb). */
    private static boolean auxiliary(Token t) {
        return "AUX".equals(t.pos()) || AUXILIARIES.contains(t.lemma());
    }

    /** A noun phrase starting at or after {@code from}, skipping nothing but adverbs; null when none starts there. */
    static int[] after(Sentence s, int from) {
        List<Token> toks = s.tokens();
        int i = from;
        while (i < toks.size() && isAdverb(toks.get(i))) {
            i++;
        }
        int quoted = quotedName(toks, i);
        if (quoted > 0) {
            return new int[] {i, quoted}; // laut „BBC News“
        }
        if (i >= toks.size() || !(Tags.isNominal(toks.get(i)) || isModifier(toks.get(i)))) {
            return null;
        }
        int end = extend(toks, i);
        if (!hasNoun(toks, i, end)) {
            return null;
        }
        return new int[] {i, apposition(toks, end)};
    }

    /** The closing mark of a short capitalised name in quotation marks opening at {@code i}, or -1. */
    private static int quotedName(List<Token> toks, int i) {
        if (i >= toks.size() || !Tags.isQuoteMark(toks.get(i).word())) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 6); k++) {
            if (Tags.isQuoteMark(toks.get(k).word())) {
                return k > i + 1 && Character.isUpperCase(toks.get(i + 1).word().charAt(0)) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * An apposition set off by commas extends the phrase ("Martin Behrsing, Sprecher des Forums, …"): a comma, a
     * verbless noun phrase of at most eight words, and a closing comma or bracket.
     */
    private static int apposition(List<Token> toks, int end) {
        if (end + 2 >= toks.size() || !",".equals(toks.get(end + 1).word())) {
            return end;
        }
        int i = end + 2;
        if (!(Tags.isNominal(toks.get(i)) || isModifier(toks.get(i))) || isPronoun(toks.get(i))) {
            return end;
        }
        int e = extend(toks, i);
        String closer = e + 1 < toks.size() ? toks.get(e + 1).word() : ".";
        boolean closed = closer.equals(",") || closer.equals(")") || closer.equals(".") || closer.equals(":");
        return closed && e - i < 8 && hasNoun(toks, i, e) ? e : end;
    }

    /** A noun phrase ending right before {@code to} (exclusive), or null. */
    static int[] before(Sentence s, int to) {
        List<Token> toks = s.tokens();
        int end = to - 1;
        if (end < 0 || !Tags.isNominal(toks.get(end))) {
            return null;
        }
        int start = end;
        while (start > 0) {
            Token p = toks.get(start - 1);
            if (isPronoun(p)) {
                break;
            }
            if (Tags.isNominal(p) || isModifier(p)) {
                start--;
            } else if (ATTACH.contains(p.word().toLowerCase(Locale.ROOT)) && start >= 2
                    && (Tags.isNominal(toks.get(start - 2)) || isModifier(toks.get(start - 2)))) {
                start -= 2;
            } else {
                break;
            }
        }
        return new int[] {start, end};
    }

    private static int extend(List<Token> toks, int i) {
        int end = i;
        while (end + 1 < toks.size()) {
            Token n = toks.get(end + 1);
            boolean newPhrase = Tags.isNominal(toks.get(end)) && ("DET".equals(n.pos()) || "DT".equals(n.pos()))
                    && !ATTACH.contains(n.word().toLowerCase(Locale.ROOT));
            if (newPhrase) {
                break; // "nach Ansicht von Beobachtern | die Frage": a new article after a noun starts a new phrase
            }
            if ("-".equals(n.word()) && end + 2 < toks.size() && toks.get(end).end() == n.start()
                    && n.end() == toks.get(end + 2).start()) {
                end += 2; // "Gaidar" "-" "Instituts": one word split by the tokenizer
                continue;
            }
            boolean afterNoun = Tags.isNominal(toks.get(end)) && !isPronoun(toks.get(end));
            if (afterNoun && isPronoun(n)) {
                break; // "the Ministry of Foreign Affairs | he died …": a pronoun opens the next clause
            }
            if (afterNoun && ("ADJ".equals(n.pos()) || "JJ".equals(n.pos())) && !genitiveAttribute(toks, end + 1)) {
                break; // "nach Angaben des Roten Kreuzes | obdachlos", "laut Suttner | wörtlich"
            }
            int bracket = bracketedName(toks, end + 1);
            if (afterNoun && bracket > 0) {
                end = bracket; // "des United States Geological Survey (USGS)", "Christian Wulff (CDU)"
                continue;
            }
            int quoted = quotedName(toks, end + 1);
            if (quoted > 0) {
                end = quoted; // "die Nachrichtenagentur „Xinhua“"; a noun after the name is another phrase
                break;
            }
            if (afterNoun && ("NUM".equals(n.pos()) || "CD".equals(n.pos())) && end + 2 < toks.size()
                    && (Tags.isNominal(toks.get(end + 2)) || isModifier(toks.get(end + 2)))) {
                break; // "nach Polizeiangaben | elf Menschen"
            }
            if ("NOUN".equals(toks.get(end).pos()) && "NOUN".equals(n.pos())) {
                break; // German: two common nouns side by side belong to two phrases ("nach Angaben | Hilfen")
            }
            if (isCoordination(toks, end)) {
                end += 2; // "der New York Times und der Los Angeles Times", "Kongress- und Verteidigungskreise"
            } else if (Tags.isNominal(n) || isModifier(n)) {
                end++;
            } else if (ATTACH.contains(n.word().toLowerCase(Locale.ROOT)) && end + 2 < toks.size()
                    && (Tags.isNominal(toks.get(end + 2)) || isModifier(toks.get(end + 2)))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * A German genitive attribute without an article starts at {@code i}: adjectives ending in "-er" before a noun
     * ("nach Angaben libanesischer Sicherheitskreise", "nach Einschätzung politischer Beobachter").
     */
    private static boolean genitiveAttribute(List<Token> toks, int i) {
        int k = i;
        while (k < toks.size() && "ADJ".equals(toks.get(k).pos()) && toks.get(k).word().endsWith("er")) {
            k++;
        }
        return k > i && k < toks.size() && "NOUN".equals(toks.get(k).pos());
    }

    /** The closing bracket of a short bracketed name or abbreviation opening at {@code i} ("(USGS)"), or -1. */
    private static int bracketedName(List<Token> toks, int i) {
        if (i >= toks.size() || !("(".equals(toks.get(i).word()) || "-LRB-".equals(toks.get(i).word()))) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 5); k++) {
            String w = toks.get(k).word();
            if (")".equals(w) || "-RRB-".equals(w)) {
                return k > i + 1 ? k : -1;
            }
            if (!"PROPN".equals(toks.get(k).pos()) && !"NNP".equals(toks.get(k).pos())
                    && !Character.isUpperCase(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** A coordinating conjunction: "und", "oder", "aber", "sowie", "and", "or", "but". */
    static boolean isCoordinator(Token t) {
        return COORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** "und"/"oder"/"and" after a noun (or a truncated compound "Kongress-") and before another noun phrase. */
    private static boolean isCoordination(List<Token> toks, int end) {
        if (end + 2 >= toks.size()) {
            return false;
        }
        String c = toks.get(end + 1).word().toLowerCase(Locale.ROOT);
        Token before = toks.get(end);
        Token after = toks.get(end + 2);
        boolean nounBefore = (Tags.isNominal(before) && !isPronoun(before)) || before.word().endsWith("-");
        return (c.equals("und") || c.equals("oder") || c.equals("sowie") || c.equals("and")) && nounBefore
                && (Tags.isNominal(after) || isModifier(after)) && !isPronoun(after);
    }

    private static boolean hasNoun(List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (Tags.isNominal(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(Token t) {
        return "PRON".equals(t.pos()) || "PRP".equals(t.pos());
    }

    private static boolean isModifier(Token t) {
        return MODIFIER.contains(t.pos());
    }

    private static boolean isAdverb(Token t) {
        return "ADV".equals(t.pos()) || "RB".equals(t.pos());
    }

    /**
     * A subject subtree can swallow material after a comma when the parser attaches content to it ("Rice, die USA
     * hielten sich …"); keep the part around the subject's head up to such a comma, unless it is an apposition
     * ("Alexander Kalinin, Chef eines Verbands, …" closes with a second comma).
     */
    private static int[] firstClause(Sentence s, int[] span, int head) {
        List<Token> toks = s.tokens();
        for (int k = head + 1; k <= span[1]; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals(".") || w.equals(";")) {
                return trim(s, new int[] {span[0], k - 1}); // a sentence the splitter missed: "so Merkel. Als …"
            }
            if (Tags.isQuoteMark(w) && !insideQuotedName(toks, k) || CHANNEL_PREPS.contains(w)) {
                return trim(s, new int[] {span[0], k - 1}); // «patriotische Menschen», "auf Telegram"
            }
            if (Tags.isQuoteMark(w) && k + 1 <= span[1] && Tags.isNominal(toks.get(k + 1)) && k > span[0]
                    && !Tags.isQuoteMark(toks.get(k - 1).word()) && closesName(toks, k)) {
                return new int[] {span[0], k}; // "die «New York Times» | Geheimdienstinformationen": the object
            }
            if (",".equals(toks.get(k).word())) {
                int close = -1;
                for (int j = k + 1; j <= span[1]; j++) {
                    if (",".equals(toks.get(j).word())) {
                        close = j;
                        break;
                    }
                }
                if (close < 0 && !appositionToEnd(toks, k, span[1])) {
                    return new int[] {span[0], k - 1};
                }
                if (close < 0) {
                    return span; // "Qatar's spokesman, Majed al-Ansari, said": the closing comma stands before the verb
                }
                k = close;
            }
        }
        return span;
    }

    /** True when tokens (comma, end] hold no verb and a comma follows the span: an apposition, not a clause. */
    private static boolean appositionToEnd(List<Token> toks, int comma, int end) {
        if (end + 1 >= toks.size() || !",".equals(toks.get(end + 1).word())) {
            return false;
        }
        for (int j = comma + 1; j <= end; j++) {
            String pos = toks.get(j).pos() == null ? "" : toks.get(j).pos();
            if (pos.startsWith("V") || pos.equals("AUX") || pos.startsWith("PREL") || pos.equals("WDT")
                    || pos.equals("WP")) {
                return false;
            }
        }
        return true;
    }

    /** True when the quotation mark at k closes a quoted name opened at most five tokens before. */
    private static boolean closesName(List<Token> toks, int k) {
        for (int b = k - 2; b >= Math.max(0, k - 6); b--) {
            if (Tags.isQuoteMark(toks.get(b).word())) {
                return true;
            }
        }
        return false;
    }

    /** True when the quotation mark at k opens or closes a short quoted name inside the phrase ("die «New York Times»"). */
    private static boolean insideQuotedName(List<Token> toks, int k) {
        int j = k + 1;
        while (j < toks.size() && j < k + 5 && !Tags.isQuoteMark(toks.get(j).word())
                && Character.isUpperCase(toks.get(j).word().charAt(0))) {
            j++;
        }
        if (j < toks.size() && Tags.isQuoteMark(toks.get(j).word()) && j > k + 1) {
            return true;
        }
        // k closes a name opened before it
        int b = k - 1;
        while (b >= 0 && b > k - 5 && !Tags.isQuoteMark(toks.get(b).word())) {
            b--;
        }
        return b >= 0 && b < k - 1 && Tags.isQuoteMark(toks.get(b).word());
    }

    /**
     * Drops adverbs at the edges of a subject ("Auch der Schiedsrichter", "Die Armeeleitung hingegen") and a leading
     * "wie" the parser took for a preposition ("Wie Norman Paech mitteilte"); never the head itself.
     */
    private static int[] dropEdgeWords(Sentence s, int[] span, int head) {
        List<Token> toks = s.tokens();
        int a = span[0];
        int b = span[1];
        while (a < head && (isAdverb(toks.get(a)) || toks.get(a).word().equalsIgnoreCase("wie"))) {
            a++;
        }
        while (b > head && isAdverb(toks.get(b))) {
            b--;
        }
        return new int[] {a, b};
    }

    /** Drops punctuation at the edges of a span. */
    static int[] trim(Sentence s, int[] span) {
        int a = span[0];
        int b = span[1];
        while (a < b && Tags.isPunct(s.tokens().get(a))) {
            a++;
        }
        while (b > a && Tags.isPunct(s.tokens().get(b)) && !closesInside(s.tokens(), a, b)) {
            b--;
        }
        return new int[] {a, b};
    }

    /** A closing bracket or quotation mark whose opener lies inside the span belongs to it: "Steinbrück (SPD)". */
    private static boolean closesInside(List<Token> toks, int a, int b) {
        String w = toks.get(b).word();
        boolean bracket = ")".equals(w) || "-RRB-".equals(w);
        if (!bracket && !Tags.isQuoteMark(w)) {
            return false;
        }
        for (int k = b - 1; k > a; k--) {
            String o = toks.get(k).word();
            if (bracket ? "(".equals(o) || "-LRB-".equals(o) : Tags.isQuoteMark(o)) {
                return true;
            }
        }
        return false;
    }
}
