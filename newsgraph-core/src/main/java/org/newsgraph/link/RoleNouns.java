/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Resolves role nouns ("Nordkoreas Machthaber", "der russische Präsident", "Kremlchef", "Russia's foreign minister")
 * to the person who held the office in that country on the article's date. The country comes from a country mention
 * directly before the noun (genitive, adjective, possessive) or after it ("von Russland", "of Russia"), or from the
 * noun itself ("Kremlchef"). The nouns are data: {@code actors/role-nouns.txt}.
 */
final class RoleNouns {
    /** One role noun: its written forms, the office it names, and a fixed country if the noun implies one. */
    record Entry(Language language, List<String> forms, String office, String country) {}

    private final ActorRegistry registry;
    private final Map<String, Entry> byForm = new HashMap<>();

    RoleNouns(ActorRegistry registry, List<Entry> entries) {
        this.registry = registry;
        for (Entry e : entries) {
            for (String f : e.forms()) {
                byForm.put(e.language().code() + "|" + f.toLowerCase(e.language().locale()), e);
            }
        }
    }

    static RoleNouns load(ActorRegistry registry) {
        List<Entry> entries = new ArrayList<>();
        InputStream in = RoleNouns.class.getClassLoader().getResourceAsStream("actors/role-nouns.txt");
        if (in == null) {
            return new RoleNouns(registry, entries);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] p = t.split("\\s*\\|\\s*", -1);
                if (p.length != 4) {
                    throw new IllegalStateException("actors/role-nouns.txt:" + n + ": expected lang | forms | office | country");
                }
                Language lang = Language.fromCode(p[0]).orElseThrow(
                        () -> new IllegalStateException("actors/role-nouns.txt: unknown language " + p[0]));
                entries.add(new Entry(lang, List.of(p[1].split("\\s*;\\s*")), p[2], p[3].isEmpty() ? null : p[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RoleNouns(registry, entries);
    }

    /** True when the token is a role noun of the text's language. */
    boolean isRoleNoun(Language language, String word) {
        return byForm.containsKey(language.code() + "|" + word.toLowerCase(language.locale()));
    }

    /**
     * Role-noun mentions resolved to people. {@code linked} are the candidates found so far (countries among them
     * give the country of a role); a compound part the gazetteer took ("UN" of "UN-Generalsekretär") yields to the
     * role noun and is returned in {@code superseded}.
     */
    List<Candidate> find(AnnotatedText text, List<Candidate> linked, LocalDate day, List<Candidate> superseded) {
        List<Candidate> out = new ArrayList<>();
        String doc = text.text().text();
        Language lang = text.language();
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                int[] match = longestForm(doc, s, i, lang);
                if (match == null) {
                    continue;
                }
                int last = match[0];
                Entry e = entryAt(doc, toks.get(i).start(), toks.get(last).end(), lang);
                Candidate compound = compoundInside(linked, s.index(), i, last);
                if (covered(linked, s.index(), i, last, compound)) {
                    continue;
                }
                String country = e.country() != null ? e.country() : countryAround(s, i, last, linked);
                if (country == null && "Bundeskanzler".equalsIgnoreCase(stem(doc, toks.get(i)))
                        && lang == Language.GERMAN) {
                    country = "DEU"; // the title names Germany's chancellor unless Austria is said
                }
                if (country == null) {
                    continue;
                }
                Actor person = holder(e.office(), country, day);
                if (person == null) {
                    continue;
                }
                if (compound != null) {
                    superseded.add(compound);
                }
                int start = toks.get(i).start();
                int end = toks.get(last).end();
                out.add(new Candidate(s.index(), i, last, start, end, doc.substring(start, end), EntityType.PERSON,
                        person.id(), "role", 0.7));
                i = last;
            }
        }
        return out;
    }

    private static String stem(String doc, Token t) {
        String w = doc.substring(t.start(), t.end());
        return w.replaceAll("(in|s)$", "");
    }

    /** The last token of the longest role-noun form starting at token i (forms may span tokens: "UN-Generalsekretär"). */
    private int[] longestForm(String doc, Sentence s, int i, Language lang) {
        List<Token> toks = s.tokens();
        int best = -1;
        for (int k = i; k < Math.min(toks.size(), i + 4); k++) {
            if (entryAt(doc, toks.get(i).start(), toks.get(k).end(), lang) != null) {
                best = k;
            }
        }
        return best < 0 ? null : new int[] {best};
    }

    private Entry entryAt(String doc, int start, int end, Language lang) {
        return byForm.get(lang.code() + "|" + doc.substring(start, end).toLowerCase(lang.locale()));
    }

    private static Candidate compoundInside(List<Candidate> linked, int sentence, int first, int last) {
        for (Candidate c : linked) {
            if (c.sentence() == sentence && c.first() >= first && c.last() <= last && c.method().equals("gazetteer:compound")) {
                return c;
            }
        }
        return null;
    }

    /** The office holder; "leader" falls back to the country's executive office. */
    private Actor holder(String office, String country, LocalDate day) {
        List<Actor> h = registry.holders(office, country, day);
        if (h.isEmpty() && "leader".equals(office)) {
            String exec = registry.get("country:" + country).map(Actor::executive).orElse(null);
            h = registry.holders(exec == null ? "head-of-state" : exec, country, day);
        }
        if (h.size() == 2) {
            // a handover day: the incoming holder (an inauguration-day article is about the new president)
            h = h.stream().filter(a -> a.roles().stream().anyMatch(r -> day != null && day.equals(r.from()))).toList();
        }
        return h.size() == 1 ? h.get(0) : null;
    }

    /** A country mention right before the noun (skipping one adjective or article) or right after "von"/"of". */
    private static String countryAround(Sentence s, int first, int last, List<Candidate> linked) {
        for (Candidate c : linked) {
            if (c.sentence() != s.index() || c.actorId() == null || c.type() != EntityType.COUNTRY) {
                continue;
            }
            boolean before = c.last() == first - 1 || (c.last() == first - 2 && isModifier(s.tokens().get(first - 1)));
            boolean after = c.first() == last + 2 && isOf(s.tokens().get(last + 1));
            if (before || after) {
                return c.actorId().substring(c.actorId().indexOf(':') + 1);
            }
        }
        return null;
    }

    private static boolean isModifier(Token t) {
        String p = t.pos();
        return "ADJ".equals(p) || "JJ".equals(p) || "DET".equals(p) || "DT".equals(p) || "POS".equals(p);
    }

    private static boolean isOf(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("von") || w.equals("of");
    }

    private static boolean covered(List<Candidate> linked, int sentence, int first, int last, Candidate except) {
        for (Candidate c : linked) {
            if (c != except && c.sentence() == sentence && c.first() <= last && first <= c.last()) {
                return true;
            }
        }
        return false;
    }
}
