/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Family names alone ("Bush", "Clinton", "Lee", "Kim") that the article never spells out: the registry person of
 * that name who held an office on the article's date, and if several did, the one whose country the article names.
 * "Bush" is George H. W. Bush in 1991 and George W. Bush in 2003; "Lee" of South Korea is Lee Myung-bak in 2011.
 */
final class DatedNames {
    private final Map<String, List<Actor>> byFamilyName = new HashMap<>();

    DatedNames(ActorRegistry registry) {
        for (Actor a : registry.actors()) {
            if (a.type() != EntityType.PERSON || a.roles().isEmpty()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            a.names().values().forEach(n -> n.labels().forEach(label -> {
                String[] words = label.split("\\s+");
                if (words.length >= 2) {
                    keys.addAll(Coreference.shortForms(words));
                }
            }));
            keys.forEach(k -> byFamilyName.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
        }
    }

    /** Re-links unknown one-word person ids ({@code other:person:…}) to dated registry people where one fits. */
    List<Candidate> resolve(List<Candidate> cands, LocalDate day, org.newsgraph.model.Language lang) {
        if (day == null) {
            return cands;
        }
        Set<String> countries = new HashSet<>();
        for (Candidate c : cands) {
            if (c.actorId() != null && c.actorId().startsWith("country:")) {
                countries.add(c.actorId().substring("country:".length()));
            }
        }
        Map<String, String> relinked = new HashMap<>();
        for (Candidate c : cands) {
            if (c.actorId() == null || !c.actorId().startsWith("other:person:") || c.text().contains(" ")) {
                continue;
            }
            String name = Coreference.stripGenitive(c.text(), lang);
            Actor a = pick(byFamilyName.getOrDefault(name, List.of()), day, countries);
            if (a != null) {
                relinked.put(c.actorId(), a.id());
            }
        }
        if (relinked.isEmpty()) {
            return cands;
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            String id = c.actorId() == null ? null : relinked.get(c.actorId());
            out.add(id == null ? c : c.link(id, EntityType.PERSON, "dated-name", 0.65));
        }
        return out;
    }

    private static Actor pick(List<Actor> people, LocalDate day, Set<String> countries) {
        List<Actor> inOffice = new ArrayList<>();
        for (Actor a : people) {
            if (a.roles().stream().anyMatch(r -> r.heldOn(day))) {
                inOffice.add(a);
            }
        }
        if (inOffice.size() > 1) {
            inOffice.removeIf(a -> a.roles().stream().noneMatch(r -> r.heldOn(day) && countries.contains(r.country())));
        }
        return inOffice.size() == 1 ? inOffice.get(0) : null;
    }
}
