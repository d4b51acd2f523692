/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Groups linked candidates into entities: registry labels and codes where known, else the most used full name. */
final class EntityAssembler {
    private EntityAssembler() {}

    static List<Entity> assemble(AnnotatedText text, List<Candidate> cands, ActorRegistry registry) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : cands) {
            groups.computeIfAbsent(c.actorId(), k -> new ArrayList<>()).add(c);
        }
        List<Entity> out = new ArrayList<>();
        groups.forEach((id, list) -> {
            List<Mention> mentions = new ArrayList<>();
            for (Candidate c : list) {
                mentions.add(new Mention(c.sentence(), c.start(), c.end(), c.text(), c.method(), c.confidence()));
            }
            Actor actor = registry.get(id).orElse(null);
            if (actor != null) {
                out.add(new Entity(id, actor.type(), actor.label(text.language()), actor.codes(), mentions));
            } else {
                out.add(new Entity(id, majorityType(list), label(list), Map.of(), mentions));
            }
        });
        return out;
    }

    /** The most frequent name-like mention, preferring longer forms on ties. */
    private static String label(List<Candidate> list) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : list) {
            if (!c.method().startsWith("coref") && !c.method().startsWith("role")) {
                counts.merge(c.text(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return list.get(0).text();
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(a.getKey().length(), b.getKey().length())
                        : Integer.compare(a.getValue(), b.getValue()))
                .get().getKey();
    }

    private static EntityType majorityType(List<Candidate> list) {
        Map<EntityType, Integer> counts = new HashMap<>();
        list.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }
}
