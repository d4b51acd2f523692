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
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;

/**
 * "Die schwedische Regierung weist den Vorwurf zurück": a rejection that names no one rejects what was last said
 * against its source, so its target is the source of the nearest earlier accusation, threat or demand aimed at it.
 */
final class Rejections {
    private Rejections() {}

    static List<Event> complete(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type() == PloverType.REJECT && e.target() == null) {
                Argument accuser = accuser(events, i, e.source().entity());
                if (accuser != null) {
                    e = new Event(e.id(), e.type(), e.cameo(), e.label(), e.source(),
                            new Argument(accuser.entity(), accuser.text(), -1, -1), e.location(), e.time(),
                            e.modality(), e.certainty(), e.attribution(), e.evidence(), e.confidence(), e.method());
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
}
