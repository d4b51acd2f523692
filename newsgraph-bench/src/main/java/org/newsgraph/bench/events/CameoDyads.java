/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;

/**
 * Our events as CAMEO dyads, the unit PETRARCH-style gold codes: event code, source head, target head. CAMEO records
 * what happened, was announced or was refused, so hypothetical events and negated acts are left out (a stated refusal
 * carries a 12x code and stays). A joint act of parties named together as its subject ("Brazil and the United States
 * seek a partnership", "The US, Russia and Switzerland met": the coder marks these "+joint") is coded by CAMEO for each
 * of them, so such an event gives both dyads; "A met with B" keeps its direction.
 */
public final class CameoDyads {
    /** One coded dyad. */
    public record Dyad(String code, String source, String target) {
        /** The same dyad with the two-digit root code. */
        public Dyad root() {
            return new Dyad(code.length() >= 2 ? code.substring(0, 2) : code, source, target);
        }
    }

    private CameoDyads() {}

    public static Set<Dyad> of(List<Event> events, CameoActors actors) {
        Set<Dyad> out = new LinkedHashSet<>();
        for (Event e : events) {
            if (!counts(e)) {
                continue;
            }
            String src = actors.head(e.source() == null ? null : e.source().entity());
            String tgt = actors.head(e.target() == null ? null : e.target().entity());
            out.add(new Dyad(e.cameo(), src, tgt));
            if (e.method().endsWith("+joint") && e.target() != null) {
                out.add(new Dyad(e.cameo(), tgt, src));
            }
        }
        return out;
    }

    static boolean counts(Event e) {
        if (e.modality() == Modality.HYPOTHETICAL) {
            return false;
        }
        return e.modality() != Modality.NEGATED || e.cameo().startsWith("12");
    }
}
