/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.function.UnaryOperator;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;

/**
 * Where a visit takes place when its own sentence names no place: the place the sentence before names ("Zum
 * Nationalfeiertag gab es eine Parade auf dem Hauptplatz von Hanoi. Zu den Gästen gehörten …"), the last named
 * when several lie in one country. Places in different countries leave it open.
 */
final class Setting {
    private Setting() {}

    /** The single place with a country in the previous sentence, or null; {@code country} maps an id to its country. */
    static ActorRefs.Ref previous(EventContext cx, UnaryOperator<String> country) {
        int index = cx.tree().sentence().index();
        if (index == 0) {
            return null;
        }
        Sentence prev = cx.text().sentences().get(index - 1);
        ActorRefs.Ref found = null;
        for (ActorRefs.Ref r : cx.refs().within(prev.start(), prev.end())) {
            if (r.type() != EntityType.LOCATION || country.apply(r.entity()) == null) {
                continue;
            }
            if (found != null && !country.apply(found.entity()).equals(country.apply(r.entity()))) {
                return null;
            }
            found = r;
        }
        return found;
    }
}
