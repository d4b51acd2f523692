/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;

/**
 * "Die schwedische Regierung weist den Vorwurf zurück": a rejection that names no one rejects what was last said
 * against its source, so its target is the source of the nearest earlier accusation, threat or demand aimed at it;
 * failing that, a rejected accusation ("rejected the accusation") is the latest statement of someone else, so its
 * target is the speaker of the nearest claim in the two sentences before.
 */
final class Rejections {
    private Rejections() {}

    static List<Event> complete(List<Event> events, List<Claim> claims, AnnotatedText text, ObjectClasses objects,
            Function<String, String> countryOf) {
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type() == PloverType.REJECT && e.target() == null) {
                Argument accuser = accuser(events, i, e.source().entity());
                if (accuser == null && rejectsAccusation(e, text, objects)) {
                    accuser = lastSpeaker(claims, e, countryOf);
                }
                if (accuser != null) {
                    e = e.withTarget(new Argument(accuser.entity(), accuser.text(), -1, -1));
                }
            }
            out.add(e);
        }
        return out;
    }

    private static Argument accuser(List<Event> events, int before, String target) {
        for (int k = before - 1; k >= 0; k--) {
            Event e = events.get(k);
            boolean hostile = e.type() == PloverType.ACCUSE || e.type() == PloverType.THREATEN
                    || e.type() == PloverType.REQUEST;
            if (hostile && e.target() != null && e.target().entity().equals(target)
                    && e.evidence().sentence() >= events.get(before).evidence().sentence() - 3) {
                return e.source();
            }
        }
        return null;
    }

    /** Whether the rejection's sentence names an accusation ("den Vorwurf", "the allegations"). */
    private static boolean rejectsAccusation(Event e, AnnotatedText text, ObjectClasses objects) {
        return text.sentences().get(e.evidence().sentence()).tokens().stream()
                .anyMatch(t -> objects.is("accusations", text.language(), t));
    }

    /**
     * The speaker of the nearest claim in the two sentences before the rejection who is an actor of another country
     * than its source ("… as you conspire against the United States," Trump wrote. Ushakov rejected the accusation).
     */
    private static Argument lastSpeaker(List<Claim> claims, Event e, Function<String, String> countryOf) {
        int here = e.evidence().sentence();
        String source = e.source().entity();
        Claim best = null;
        for (Claim c : claims) {
            int s = c.evidence().sentence();
            boolean other = c.speaker() != null && c.speaker().entity() != null && !c.speaker().entity().equals(source)
                    && !Objects.equals(country(c.speaker().entity(), countryOf), country(source, countryOf));
            if (other && s < here && s >= here - 2 && (best == null || c.content().start() > best.content().start())) {
                best = c;
            }
        }
        return best == null ? null : best.speaker();
    }

    private static String country(String entity, Function<String, String> countryOf) {
        String c = countryOf.apply(entity);
        return c == null ? entity : c;
    }
}
