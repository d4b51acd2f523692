/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Links a speaker span to an entity of the article. Inside the span the strongest mention wins: a person's name over
 * an outlet, an outlet over an organisation, an organisation over a country; derived words ("russische") never speak.
 * So "ein Sprecher des Kreml" is the Kremlin's statement and "der chinesische Vizepremier Liu Guozhong" Liu's. A
 * personal pronoun takes the previous speaker.
 */
final class SpeakerLinker {
    /** Head nouns of a state's bodies, which speak for the state. */
    private static final Pattern STATE_BODY = Pattern.compile("(?iu)\\b(government|military|army|armed forces"
            + "|foreign ministry|defen[cs]e ministry|ministry of|regierung|armee|militär|streitkräfte"
            + "|\\p{L}*ministerium)\\b");
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "he", "she", "they", "ihm", "ihr");

    private SpeakerLinker() {}

    static Argument link(String doc, int start, int end, List<Entity> entities, Argument previous) {
        String text = doc.substring(start, end);
        if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            String person = nearestPerson(entities, start);
            return new Argument(person != null ? person : previous == null ? null : previous.entity(), text, start, end);
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end && !derived(m)) {
                    int r = rank(e.type());
                    if (r < bestRank) {
                        bestRank = r;
                        best = e.id();
                    }
                }
            }
        }
        if (best == null && STATE_BODY.matcher(text).find()) {
            best = derivedCountry(entities, start, end);
        }
        return new Argument(best, text, start, end);
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

    /** The person named last before {@code offset} (within 600 characters), for "er"/"sie"/"he"/"she". */
    private static String nearestPerson(List<Entity> entities, int offset) {
        String best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > bestStart && offset - m.start() < 600) {
                    bestStart = m.start();
                    best = e.id();
                }
            }
        }
        return best;
    }

    private static boolean derived(Mention m) {
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
