/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** The article's entity mentions by character position, for resolving event arguments to actors. */
final class ActorRefs {
    /** One mention: where it is, which entity, what type, whether it is a derived word ("russische"). */
    record Ref(int start, int end, String entity, EntityType type, boolean derived, String text) {
        /** Preference among mentions of one argument: names of people over outlets and organisations over places. */
        int rank() {
            int base = switch (type) {
                case PERSON -> 0;
                case MEDIA, ORGANIZATION, GROUP -> 1;
                case COUNTRY -> 2;
                case LOCATION -> 3;
                case OTHER -> 5;
            };
            return base + (derived ? 1 : 0);
        }
    }

    private final List<Ref> refs = new ArrayList<>();

    ActorRefs(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                boolean derived = m.method().equals("gazetteer:adjective") || m.method().equals("gazetteer:people")
                        || m.method().equals("gazetteer:compound") || m.method().startsWith("institution:")
                        || m.method().startsWith("name+institution:");
                refs.add(new Ref(m.start(), m.end(), e.id(), e.type(), derived, m.text()));
            }
        }
        refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** Every mention, in text order. */
    List<Ref> all() {
        return java.util.Collections.unmodifiableList(refs);
    }

    /** Mentions lying within [start, end). */
    List<Ref> within(int start, int end) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.start() >= start && r.end() <= end) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every mention of one entity, in text order. */
    List<Ref> mentionsOf(String entity) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.entity().equals(entity)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The event argument for a mention, or null. */
    static Argument argument(Ref r) {
        return r == null ? null : new Argument(r.entity(), r.text(), r.start(), r.end());
    }

    /** True when some mention lies in the sentence span. */
    boolean any(int start, int end) {
        return !within(start, end).isEmpty();
    }
}
