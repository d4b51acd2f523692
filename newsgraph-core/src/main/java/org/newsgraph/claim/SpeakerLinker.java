/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;

/**
 * Links a speaker phrase to an entity of the article by what the phrase names. A spokesperson speaks for the one named
 * with the noun and is linked to a person's name in the phrase if it has one ("Merkel's spokesperson, Steffen
 * Seibert" is Seibert, speaking for Merkel; "ein Sprecher des Kreml" speaks as the Kremlin); a relative or counsel is
 * not the one named with them ("Dunn's mother" is not Harry Dunn). Otherwise the strongest mention wins: a person's
 * name over an outlet, an outlet over an organisation, an organisation over a country; derived words ("russische")
 * never speak, except that a state's government, ministry or armed forces speak for the state.
 */
final class SpeakerLinker {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

    /**
     * The actor a phrase names ({@code null}: none known) and, for a spokesperson, the mention of the one spoken for
     * ({@code null}: none, or the same actor).
     */
    record Link(String entity, String speaksFor, Mention speaksForMention) {}

    private record Named(Mention mention, Entity entity) {}

    private SpeakerLinker() {}

    static Link link(Language language, String doc, int start, int end, List<Entity> entities) {
        return link(language, doc, start, end, entities, null);
    }

    /**
     * The link of a phrase; {@code home} (may be null) is the state the article is about, which an unnamed state body
     * stands for when its phrase names no state ("die Polizei", "the Ministry of Foreign Affairs").
     */
    static Link link(Language language, String doc, int start, int end, List<Entity> entities, String home) {
        String text = doc.substring(start, end);
        List<Named> named = mentions(entities, start, end);
        SpeakerWords words = SpeakerWords.get();
        Matcher m = WORD.matcher(text);
        boolean stateBody = false;
        while (m.find()) {
            String w = m.group();
            int at = start + m.start();
            if (words.findWithSuffix(language, w, SpeakerWords.Kind.STATEBODY) != null) {
                stateBody = true;
                String state = countryBefore(doc, entities, at);
                // "the head of the UK's counter terror police, Neil Basu": a person in apposition speaks, not the state
                if (state != null && apposedPerson(doc, named, at) == null) {
                    // "die iranische Vertretung bei den Vereinten Nationen": the state speaks, not the UN
                    return new Link(state, null, null);
                }
            }
            if (words.is(language, w, SpeakerWords.Kind.RELATIONAL)) {
                // "die Mutter von Harry Dunn": the speaker is not Dunn; only a name in apposition is the speaker's own
                Named own = apposedPerson(doc, named, at);
                return new Link(own == null ? null : own.entity().id(), null, null);
            }
            if (isSpokesperson(language, w)) {
                Named person = null;
                Named principal = null;
                for (Named n : named) {
                    boolean possessor = possessor(doc, n.mention(), at, at + w.length(), language);
                    if (n.entity().type() == EntityType.PERSON && !possessor && person == null) {
                        person = n;
                    } else if (principal == null || rank(n.entity().type()) < rank(principal.entity().type())) {
                        principal = n;
                    }
                }
                String forWhom = principal == null ? null : principal.entity().id();
                if (forWhom == null && stateBody(language, doc.substring(at, end))) {
                    forWhom = stateOf(doc, start, end, entities, home); // "ein Sprecher der Polizei"
                }
                return person == null ? new Link(forWhom, null, null)
                        : new Link(person.entity().id(), forWhom, principal == null ? null : principal.mention());
            }
        }
        String best = null;
        Named bestNamed = null;
        int bestRank = Integer.MAX_VALUE;
        for (Named n : named) {
            // "Putin's aide Yuri Ushakov", "Putins Berater": the one named in the genitive is not the speaker
            int r = rank(n.entity().type()) + (possessive(doc, n.mention()) ? 10 : 0);
            if (r < bestRank) {
                bestRank = r;
                best = n.entity().id();
                bestNamed = n;
            }
        }
        if (bestNamed != null && namedStateBody(language, bestNamed)) {
            // "the Ministry of Home Affairs said": a ministry the registry does not know speaks for its state
            String state = stateOf(doc, start, end, entities, home);
            best = state != null ? state : best;
        }
        if (best == null && stateBody) {
            best = stateOf(doc, start, end, entities, home);
        }
        return new Link(best, null, null);
    }

    /**
     * An organisation the registry does not know whose name opens with a state body's word ("Ministry of Home
     * Affairs", "Bundesministerium für Verkehr"): a body of the state, unlike "the International Criminal Court".
     */
    private static boolean namedStateBody(Language language, Named n) {
        if (n.entity().type() != EntityType.ORGANIZATION || !n.entity().id().startsWith("other:")) {
            return false;
        }
        Matcher w = WORD.matcher(n.mention().text());
        return w.find()
                && SpeakerWords.get().findWithSuffix(language, w.group(), SpeakerWords.Kind.STATEBODY) != null;
    }

    /** "Sprecher", "spokesman", and compounds ending in one ("Kremlsprecher", "Regierungssprecherin"). */
    private static boolean isSpokesperson(Language language, String w) {
        SpeakerWords words = SpeakerWords.get();
        if (words.is(language, w, SpeakerWords.Kind.SPOKESPERSON)) {
            return true;
        }
        String lower = w.toLowerCase(language.locale());
        return language == Language.GERMAN && (lower.endsWith("sprecher") || lower.endsWith("sprecherin"));
    }

    /**
     * A mention that names the one a noun belongs to: before it with a genitive ("Merkel's spokesperson", "Merkels
     * Sprecher") or after it with a genitive article or preposition ("Sprecher des Kreml", "spokesman for the
     * Kremlin").
     */
    private static boolean possessor(String doc, Mention m, int nounStart, int nounEnd, Language language) {
        if (m.end() <= nounStart) {
            String between = doc.substring(m.end(), nounStart).strip();
            return between.equals("'s") || between.equals("’s") || between.equals("'") || between.isEmpty()
                    && m.text().endsWith("s");
        }
        if (m.start() >= nounEnd) {
            String between = doc.substring(nounEnd, m.start()).strip().toLowerCase(Locale.ROOT);
            return !between.contains(",") && !between.isEmpty();
        }
        return false;
    }

    /** A name in the genitive before a noun: "Putin's aide", "Putins Berater". */
    static boolean possessive(String doc, Mention m) {
        String after = doc.substring(m.end(), Math.min(doc.length(), m.end() + 3));
        if (after.startsWith("'s") || after.startsWith("’s") || after.startsWith("' ")) {
            return true;
        }
        return m.text().endsWith("s") && m.text().length() > 3 && after.length() > 1 && after.charAt(0) == ' '
                && Character.isUpperCase(after.charAt(1)) && !m.text().contains(" ");
    }

    /** A person's name set off by a comma after the noun at {@code nounStart} ("die Anwältin des Opfers, Eva Ritter"). */
    private static Named apposedPerson(String doc, List<Named> named, int nounStart) {
        for (Named n : named) {
            if (n.entity().type() == EntityType.PERSON && n.mention().start() > nounStart
                    && doc.substring(nounStart, n.mention().start()).contains(",")) {
                return n;
            }
        }
        return null;
    }

    private static List<Named> mentions(List<Entity> entities, int start, int end) {
        List<Named> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.OTHER) {
                continue; // a place never speaks ("the foreign ministry in Tehran" is not the city)
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end && !derived(m)) {
                    out.add(new Named(m, e));
                }
            }
        }
        out.sort(Comparator.comparingInt(n -> n.mention().start()));
        return out;
    }

    private static boolean stateBody(Language language, String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (SpeakerWords.get().findWithSuffix(language, m.group(), SpeakerWords.Kind.STATEBODY) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state an unnamed state body in [start, end) belongs to: a derived word in the phrase ("israelischen
     * Militärangaben"), a place of that state in it ("den Polizeibehörden in Mombasa"), else the article's state.
     */
    private static String stateOf(String doc, int start, int end, List<Entity> entities, String home) {
        String derived = derivedCountry(entities, start, end);
        if (derived != null) {
            return derived;
        }
        for (Entity e : entities) {
            String iso3 = e.codes().get("iso3");
            if (e.type() == EntityType.LOCATION && iso3 != null && e.mentions().stream()
                    .anyMatch(m -> m.start() >= start && m.end() <= end)) {
                return "country:" + iso3;
            }
        }
        return home;
    }

    /**
     * The country whose derived word ends right before {@code at} ("die russische | Regierung"), or whose name in the
     * genitive stands within three words before it ("China's commerce | ministry", "Kenias | Regierung"), or null.
     */
    private static String countryBefore(String doc, List<Entity> entities, int at) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (e.type() != EntityType.COUNTRY || m.end() > at) {
                    continue;
                }
                String between = doc.substring(m.end(), at);
                boolean adjective = derived(m) && between.isBlank();
                boolean genitive = possessive(doc, m) && between.strip().split("\\s+").length <= 3
                        && !between.contains(",");
                if (adjective || genitive) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /**
     * The country a derived word inside the span names ("the Israeli government", "das russische
     * Außenministerium"): a state's government, ministry or armed forces speak for the state.
     */
    private static String derivedCountry(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (e.type() == EntityType.COUNTRY && m.start() >= start && m.end() <= end && derived(m)) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** A mention by a derived word ("russische", "Russen"), which never speaks itself. */
    static boolean derived(Mention m) {
        return m.method().equals("gazetteer:adjective") || m.method().equals("gazetteer:people");
    }

    private static int rank(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case MEDIA -> 1;
            case ORGANIZATION, GROUP -> 2;
            case COUNTRY -> 3;
            default -> 4;
        };
    }
}
