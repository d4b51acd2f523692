/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.ResourceLines;

/**
 * Links common nouns for a state's organs and people ("the police", "das Gericht", "protesters") to that state, the
 * way a reader does (data and rules: {@code actors/institution-nouns.txt}): the state named with the noun ("British
 * police", "the court in Lahore"), else the state an earlier noun of the same kind was named with, else, for kinds a
 * setting may decide, the state the article is set in ({@link ArticleSetting}). A
 * name the registry does not know that ends in such a noun ("Thames Valley Police") is the state's organ too.
 * Immutable and thread-safe.
 */
final class InstitutionNouns {
    private static final String FILE = "actors/institution-nouns.txt";

    /** One line of the file: the forms (lower case, as token lists), the kind, and whether the setting may decide. */
    record Entry(Language language, List<List<String>> forms, String kind, boolean setting, String example) {}

    private final ActorRegistry registry;
    private final List<Entry> entries;

    InstitutionNouns(ActorRegistry registry, List<Entry> entries) {
        this.registry = registry;
        this.entries = List.copyOf(entries);
    }

    static InstitutionNouns load(ActorRegistry registry) {
        List<Entry> entries = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.read(FILE)) {
            String[] p = line.text().split("\\s*\\|\\s*", -1);
            if (p.length != 5 || !(p[3].equals("setting") || p[3].equals("named")) || p[4].isBlank()) {
                throw new IllegalStateException(FILE + ":" + line.number()
                        + ": expected lang | forms | kind | setting|named | example");
            }
            Language lang = Language.fromCode(p[0].strip())
                    .orElseThrow(() -> new IllegalStateException(FILE + ":" + line.number() + ": unknown language"));
            List<List<String>> forms = new ArrayList<>();
            for (String f : p[1].split("\\s*;\\s*")) {
                forms.add(List.of(f.strip().toLowerCase(lang.locale()).split("\\s+")));
            }
            entries.add(new Entry(lang, forms, p[2].strip(), p[3].equals("setting"), p[4].strip()));
        }
        return new InstitutionNouns(registry, entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The candidates with institution nouns linked: new candidates for free nouns, and unknown organisation names
     * that end in one relinked to their state. {@code linked} are the candidates found so far.
     */
    List<Candidate> resolve(AnnotatedText text, List<Candidate> linked) {
        Language lang = text.language();
        String setting = setting(text, linked);
        Map<String, String> byKind = new HashMap<>();
        List<Candidate> out = new ArrayList<>(linked);
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                int[] m = match(lang, toks, i);
                if (m == null) {
                    continue;
                }
                Entry e = entries.get(m[1]);
                int last = m[0];
                Candidate name = unknownName(out, s.index(), i, last);
                if (name == null && covered(out, s.index(), i, last)) {
                    continue;
                }
                if (name == null && !isNoun(toks.get(last))) {
                    continue; // "military operations": an adjective names no one
                }
                int first = name != null ? name.first() : i;
                String named = namedWith(lang, s, first, last, out);
                String how = "institution:named";
                String country = named;
                if (country == null) {
                    country = byKind.get(e.kind());
                    how = "institution:earlier";
                }
                if (country == null && e.setting()) {
                    country = setting;
                    how = "institution:setting";
                }
                if (named != null) {
                    byKind.put(e.kind(), named);
                }
                if (country != null) {
                    Candidate c = name != null ? name.link("country:" + country, EntityType.COUNTRY, how, 0.6)
                            : new Candidate(s.index(), i, last, toks.get(i).start(), toks.get(last).end(),
                                    text.cover(toks.get(i).start(), toks.get(last).end()), EntityType.COUNTRY,
                                    "country:" + country, how, 0.6);
                    if (name != null) {
                        out.remove(name);
                    }
                    out.add(c);
                }
                i = last;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The longest form starting at token i, as {last token, entry index}, or null. */
    private int[] match(Language lang, List<Token> toks, int i) {
        int[] best = null;
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            if (e.language() != lang) {
                continue;
            }
            for (List<String> form : e.forms()) {
                int last = i + form.size() - 1;
                if (last >= toks.size() || (best != null && last <= best[0])) {
                    continue;
                }
                boolean all = true;
                for (int j = 0; j < form.size() && all; j++) {
                    all = toks.get(i + j).word().toLowerCase(lang.locale()).equals(form.get(j));
                }
                if (all) {
                    best = new int[] {last, k};
                }
            }
        }
        return best;
    }

    /**
     * The state named with the noun: a country, a derived adjective or a place of a known country right before it
     * (over articles, adjectives and possessives: "the British police", "Iraq's parliament", "Londoner Polizei"), or
     * after "of", "in", "von", "aus" ("the court in Lahore", "die Polizei in Bayern"), or as a German genitive right
     * after it ("die Armee Taiwans").
     */
    private String namedWith(Language lang, Sentence s, int first, int last, List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.sentence() != s.index() || c.actorId() == null) {
                continue;
            }
            String country = countryOf(c);
            if (country == null) {
                continue;
            }
            if (c.first() >= first && c.last() <= last) {
                return country; // a place inside the name: "Thames Valley Police" has none, "Lahore High Court" has
            }
            boolean before = c.last() < first && c.last() >= first - 3 && modifiersBetween(s, c.last() + 1, first);
            // German puts a genitive name right after the noun: "die Armee Taiwans", "die Polizei Berlins".
            boolean genitive = c.first() == last + 1 && lang == Language.GERMAN;
            boolean after = genitive || c.first() == last + 2 && isPlacePreposition(s.tokens().get(last + 1))
                    || c.first() == last + 3 && isPlacePreposition(s.tokens().get(last + 1))
                    && isModifier(s.tokens().get(last + 2));
            if (before || after) {
                return country;
            }
        }
        return null;
    }

    private String countryOf(Candidate c) {
        return ArticleSetting.stateOf(c.actorId(), registry);
    }

    private static boolean modifiersBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isModifier(s.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isModifier(Token t) {
        String p = t.pos();
        return p != null && (p.equals("ADJ") || p.startsWith("JJ") || p.equals("DET") || p.equals("DT")
                || p.equals("POS") || p.equals("PDT") || p.equals("ART"));
    }

    private static boolean isPlacePreposition(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("in") || w.equals("von") || w.equals("aus") || w.equals("im");
    }

    private static boolean isNoun(Token t) {
        String p = t.pos();
        return p != null && (p.startsWith("NN") || p.equals("NOUN") || p.equals("PROPN") || p.equals("NE"));
    }

    private String setting(AnnotatedText text, List<Candidate> cands) {
        List<ArticleSetting.Mentioned> mentions = new ArrayList<>();
        for (Candidate c : cands) {
            mentions.add(new ArticleSetting.Mentioned(c.actorId(), c.type(),
                    text.text().roleAt(c.start()) == ArticleText.Role.TITLE));
        }
        return ArticleSetting.of(mentions, registry);
    }

    /** An organisation name the registry does not know that ends at the noun ("Thames Valley Police"), or null. */
    private static Candidate unknownName(List<Candidate> cands, int sentence, int first, int last) {
        for (Candidate c : cands) {
            boolean unknown = c.actorId() == null || c.actorId().startsWith("other:");
            boolean organisation = c.type() == EntityType.ORGANIZATION || c.type() == EntityType.OTHER;
            if (c.sentence() == sentence && unknown && organisation && c.last() == last && c.first() < first) {
                return c;
            }
        }
        return null;
    }

    private static boolean covered(List<Candidate> cands, int sentence, int first, int last) {
        for (Candidate c : cands) {
            if (c.sentence() == sentence && c.first() <= last && first <= c.last()) {
                return true;
            }
        }
        return false;
    }
}
