/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Resolves a speaker that points back to someone named before, a pronoun ("er", "sie", "they"), a possessive before
 * a source noun ("its polling", "nach seinen Angaben") or a definite description ("der Minister", "the company"), to
 * the nearest fitting actor: of the right kind (a person for "er", an organisation for "it" and "the company"),
 * number (German "sie sagten" is plural) and gender where the text tells it ("Ministerin", "Frau", "Mr"), a
 * description's stem in the actor's words or the word before them ("minister" in "Verteidigungsminister Boris
 * Pistorius", "Defence Minister Boris Pistorius"); the speaker of the claim before comes first when it fits, then the
 * actors of the nearest sentence with a fitting one (its first for a personal pronoun, which usually takes up the
 * subject; its last for a demonstrative, "dieser"). One instance per article; not thread-safe.
 */
final class SpeakerResolver {
    /** How many sentences back the antecedent of a pronoun may stand; a description reaches twice as far. */
    private static final int REACH = 3;
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des", "the");
    private static final Set<String> DEMONSTRATIVES = Set.of("dieser", "diese");
    /** Marks and punctuation at the edges of a quotation. */
    private static final Pattern EDGES = Pattern.compile("^\\P{L}+|\\P{L}+$");
    private final AnnotatedText text;
    private final Language language;
    private final SpeakerWords words = SpeakerWords.get();
    private final List<Named> mentions = new ArrayList<>();
    private final Map<String, Character> gender = new HashMap<>();

    private record Named(Mention mention, Entity entity) {}

    /** A quotation's span and its words without the marks and punctuation at its edges. */
    private record Quoted(int start, int end, String words) {}

    SpeakerResolver(AnnotatedText text, List<Entity> entities) {
        this.text = text;
        this.language = text.language();
        String doc = text.text().text();
        List<Quoted> quoted = new ArrayList<>();
        for (org.newsgraph.claim.rules.QuoteMarks.Quoted q : org.newsgraph.claim.rules.QuoteMarks.find(doc)) {
            String inner = EDGES.matcher(doc.substring(q.start(), q.end())).replaceAll("");
            quoted.add(new Quoted(q.start(), q.end(), inner));
        }
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.OTHER) {
                continue;
            }
            for (Mention m : e.mentions()) {
                // a name inside a quotation is the quoted speaker's word, not someone the narrative points back to
                // (a quoted name, «New York Times», is a name all the same)
                boolean inQuote = quoted.stream().anyMatch(q -> q.start() < m.start() && m.end() < q.end()
                        && !q.words().equals(m.text()));
                if (!inQuote && !SpeakerLinker.derived(m) && !SpeakerLinker.possessive(doc, m)) {
                    mentions.add(new Named(m, e));
                    if (e.type() == EntityType.PERSON) {
                        noteGender(e.id(), m);
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt(n -> n.mention().start()));
    }

    /**
     * The actor a pronoun or definite description at [start, end) stands for, or {@code null} when the phrase is
     * neither or nothing fits; {@code cue} (may be null) tells a German "sie" singular from plural, and
     * {@code previous} is the actor of the claim before (may be null), made in sentence {@code previousSentence}.
     */
    String resolve(int start, int end, CueOccurrence cue, String previous, int previousSentence) {
        List<Token> toks = tokens(start, end);
        if (toks.isEmpty()) {
            return null;
        }
        if (toks.size() == 1) {
            SpeakerWords.Word p = words.find(language, toks.get(0).word(), SpeakerWords.Kind.PRONOUN);
            if (p != null) {
                boolean demonstrative = DEMONSTRATIVES.contains(p.word());
                return pick(start, previous, previousSentence, demonstrative, REACH, n -> fitsPronoun(n, p, cue));
            }
            return null;
        }
        SpeakerWords.Word owner = words.find(language, toks.get(0).word(), SpeakerWords.Kind.POSSESSIVE);
        if (owner != null && toks.size() == 2) {
            if (words.is(language, toks.get(1).word(), SpeakerWords.Kind.RELATIONAL)) {
                return null; // "his associates", "seine Familie": someone else than the possessor speaks
            }
            // "according to its polling", "nach seinen Angaben": the possessor speaks
            return pick(start, previous, previousSentence, false, REACH, n -> fitsPronoun(n, owner, cue));
        }
        Token head = toks.get(toks.size() - 1);
        if (!DEFINITE.contains(toks.get(0).word().toLowerCase(Locale.ROOT)) || toks.size() > 3) {
            return null;
        }
        SpeakerWords.Word d = description(head.word());
        if (d == null) {
            return null;
        }
        return pick(start, previous, previousSentence, false, 2 * REACH, n -> fitsDescription(n, d));
    }

    /** The description row of a head noun: the noun itself or, in German, the row its compound ends with. */
    private SpeakerWords.Word description(String noun) {
        SpeakerWords.Word d = words.find(language, noun, SpeakerWords.Kind.DESCRIPTION);
        if (d != null || language != Language.GERMAN) {
            return d;
        }
        String lower = noun.toLowerCase(Locale.GERMAN);
        for (int k = 1; k + 4 <= lower.length(); k++) {
            d = words.find(language, lower.substring(k), SpeakerWords.Kind.DESCRIPTION);
            if (d != null && "person".equals(d.first())) {
                return d; // "der Verteidigungsminister"
            }
        }
        return null;
    }

    private String pick(int start, String previous, int previousSentence, boolean last, int reach,
            Predicate<Named> fits) {
        int sentence = Math.max(0, text.sentenceAt(start));
        if (previous != null && previousSentence >= 0 && sentence - previousSentence <= reach) {
            // the speaker of the claim before, unless a fitting actor is named after that claim
            boolean namedSince = false;
            boolean fitting = false;
            for (Named n : mentions) {
                if (n.mention().end() <= start && fits.test(n)) {
                    fitting |= n.entity().id().equals(previous);
                    namedSince |= n.mention().sentence() > previousSentence && !n.entity().id().equals(previous);
                }
            }
            if (fitting && !namedSince) {
                return previous;
            }
        }
        // the nearest sentence with a fitting actor: the speaker's own (before it), then those before
        for (int s = sentence; s >= Math.max(0, sentence - reach); s--) {
            Named found = null;
            for (Named n : mentions) {
                if (n.mention().sentence() == s && n.mention().end() <= start && fits.test(n)) {
                    if (found == null || last) {
                        found = n;
                    }
                }
            }
            if (found != null) {
                return found.entity().id();
            }
        }
        return null;
    }

    private boolean fitsPronoun(Named n, SpeakerWords.Word p, CueOccurrence cue) {
        EntityType t = n.entity().type();
        boolean person = t == EntityType.PERSON;
        String number = p.first();
        if ("any".equals(number) && language == Language.GERMAN) {
            number = plural(cue) ? "pl" : "sg";
        }
        if ("pl".equals(number)) {
            return !person; // "they", "sie sagten": a body, a group, a state
        }
        return switch (p.second()) {
            case "m" -> person && gender.getOrDefault(n.entity().id(), '?') != 'f';
            case "f" -> person ? gender.getOrDefault(n.entity().id(), '?') != 'm' : feminineArticle(n.mention());
            case "n" -> !person;
            default -> true;
        };
    }

    private boolean fitsDescription(Named n, SpeakerWords.Word d) {
        EntityType t = n.entity().type();
        if ("person".equals(d.first())) {
            if (t != EntityType.PERSON) {
                return false;
            }
            String stem = d.second();
            return stem.isEmpty() || n.mention().text().toLowerCase(Locale.ROOT).contains(stem)
                    || n.entity().label().toLowerCase(Locale.ROOT).contains(stem)
                    || wordBefore(n.mention()).toLowerCase(Locale.ROOT).contains(stem);
        }
        return t == EntityType.ORGANIZATION || t == EntityType.GROUP || t == EntityType.MEDIA;
    }

    /** The cue's first word, its finite verb, ends in -en ("sagten", "hatten erklärt"): the speaker is plural. */
    private boolean plural(CueOccurrence cue) {
        if (cue == null || cue.tokens().isEmpty()) {
            return false;
        }
        int first = cue.tokens().stream().mapToInt(Integer::intValue).min().getAsInt();
        String w = text.sentences().get(cue.sentence()).tokens().get(first).word().toLowerCase(Locale.GERMAN);
        return w.endsWith("en");
    }

    /** The word right before a mention ("Minister" in "Defence Minister Boris Pistorius"), or "". */
    private String wordBefore(Mention m) {
        Token before = tokenBefore(m);
        return before == null ? "" : before.word();
    }

    /** "die Polizei", "die SPD": a feminine organisation a singular "sie" may take up. */
    private boolean feminineArticle(Mention m) {
        Token before = tokenBefore(m);
        return before != null && "die".equalsIgnoreCase(before.word());
    }

    /** Gender from the word before a person's name: "Frau", "Ministerin", "Mr"; German role nouns by their ending. */
    private void noteGender(String id, Mention m) {
        Token before = tokenBefore(m);
        String first = m.text().split("\\s+")[0];
        for (String w : before == null ? List.of(first) : List.of(before.word(), first)) {
            if (words.is(language, w, SpeakerWords.Kind.FEMALE)) {
                gender.put(id, 'f');
                return;
            }
            if (words.is(language, w, SpeakerWords.Kind.MALE)) {
                gender.put(id, 'm');
                return;
            }
        }
        if (language == Language.GERMAN && before != null && "NOUN".equals(before.pos())
                && Character.isUpperCase(before.word().charAt(0)) && before.word().length() > 4) {
            gender.putIfAbsent(id, before.word().endsWith("in") ? 'f' : 'm'); // "Außenministerin", "Kanzler"
        }
    }

    private Token tokenBefore(Mention m) {
        if (m.sentence() < 0 || m.sentence() >= text.sentences().size()) {
            return null;
        }
        Token before = null;
        for (Token t : text.sentences().get(m.sentence()).tokens()) {
            if (t.end() <= m.start()) {
                before = t;
            }
        }
        return before;
    }

    private List<Token> tokens(int start, int end) {
        List<Token> out = new ArrayList<>();
        int s = text.sentenceAt(start);
        if (s < 0) {
            return out;
        }
        Sentence sentence = text.sentences().get(s);
        for (Token t : sentence.tokens()) {
            if (t.start() >= start && t.end() <= end) {
                out.add(t);
            }
        }
        return out;
    }
}
