/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Checks the curated registry data: ids, dates, overlapping terms, references, ISO 3166 coverage and shared surface
 * forms. Each failure lists every offending line, so one run shows all that needs fixing.
 */
class ActorRegistryLintTest {
    /** Offices held by one person at a time in one country or organisation. */
    static final Set<String> SINGLE_HOLDER = Set.of("head-of-state", "head-of-government", "leader",
            "foreign-minister", "defence-minister", "crown-prince", "secretary-general", "president",
            "director-general", "managing-director", "high-representative", "chair", "prosecutor", "speaker");
    private static final Pattern SHARED = Pattern.compile("^- `([^`]+)`: ((?:[a-z]+:[A-Za-z0-9.\\-]+(?:, )?)+)");

    private final ActorRegistry registry = ActorRegistry.curated();

    @Test
    void idsAreUniqueAndWellFormed() throws IOException {
        List<String> bad = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String file : RegistryData.files()) {
            for (Actor a : RegistryData.read(file)) {
                if (!seen.add(a.id())) {
                    bad.add(file + ": duplicate id " + a.id());
                }
                String kind = a.id().substring(0, a.id().indexOf(':'));
                if (!Set.of("country", "region", "location", "person", "org", "group", "media").contains(kind)) {
                    bad.add(file + ": unknown id kind " + a.id());
                }
            }
        }
        assertEquals(List.of(), bad);
        assertEquals(seen.size(), registry.size());
    }

    @Test
    void rolesHaveKnownOfficesAndOrderedDates() {
        List<String> bad = new ArrayList<>();
        for (Actor a : registry.actors()) {
            for (Role r : a.roles()) {
                if (!SINGLE_HOLDER.contains(r.office())) {
                    bad.add(a.id() + ": unknown office " + r.office());
                }
                if (r.from() != null && r.to() != null && r.from().isAfter(r.to())) {
                    bad.add(a.id() + ": " + r + " ends before it starts");
                }
                if (!knownPlace(r.country())) {
                    bad.add(a.id() + ": role in unknown country or organisation " + r.country());
                }
                if (a.type() != EntityType.PERSON) {
                    bad.add(a.id() + ": only people hold roles");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noTwoPeopleHoldOneOfficeAtOnce() {
        Map<String, List<Object[]>> terms = new TreeMap<>();
        for (Actor a : registry.actors()) {
            for (Role r : a.roles()) {
                terms.computeIfAbsent(r.office() + "/" + r.country(), k -> new ArrayList<>())
                        .add(new Object[] {a.id(), r});
            }
        }
        List<String> bad = new ArrayList<>();
        terms.forEach((key, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Role a = (Role) list.get(i)[1];
                    Role b = (Role) list.get(j)[1];
                    if (!list.get(i)[0].equals(list.get(j)[0]) && RegistryLayers.overlapBeyondHandover(a, b)) {
                        bad.add(key + ": " + list.get(i)[0] + " " + a.from() + ".." + a.to() + " overlaps "
                                + list.get(j)[0] + " " + b.from() + ".." + b.to());
                    }
                }
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void referencesResolveAndEveryActorHasNames() {
        List<String> bad = new ArrayList<>();
        for (Actor a : registry.actors()) {
            if (a.names().values().stream().allMatch(n -> n.labels().isEmpty())) {
                bad.add(a.id() + ": no label");
            }
            if (a.country() != null && registry.get("country:" + a.country()).isEmpty()) {
                bad.add(a.id() + ": unknown country " + a.country());
            }
            if (a.type() == EntityType.PERSON && a.country() == null) {
                bad.add(a.id() + ": a person needs a country");
            }
            if (a.type() == EntityType.COUNTRY && (a.iso3() == null || !a.id().equals("country:" + a.iso3()))) {
                bad.add(a.id() + ": a country's id is country:ISO3");
            }
            if (a.executive() != null && !Set.of("head-of-state", "head-of-government").contains(a.executive())) {
                bad.add(a.id() + ": executive must be head-of-state or head-of-government");
            }
            if (SurfaceForms.of(a).isEmpty()) {
                bad.add(a.id() + ": generates no surface form");
            }
            a.names().values().forEach(n -> n.labels().forEach(l -> {
                if (!l.equals(l.strip()) || l.isEmpty() || l.contains("  ")) {
                    bad.add(a.id() + ": badly spaced name '" + l + "'");
                }
            }));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyIso3166CountryIsPresent() throws IOException {
        List<String> codes = iso3166();
        assertEquals(249, codes.size(), "the ISO list itself");
        List<String> missing = new ArrayList<>();
        for (String c : codes) {
            Actor a = registry.get("country:" + c).orElse(null);
            if (a == null || a.type() != EntityType.COUNTRY) {
                missing.add(c);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void surfaceFormsAreNotSharedUnlessIntendedOrDocumented() throws IOException {
        Map<String, Set<String>> documented = documentedSharedForms();
        List<String> bad = new ArrayList<>();
        Map<String, List<SurfaceForm>> all = new TreeMap<>(registry.allForms());
        all.forEach((form, list) -> {
            Set<String> ids = new TreeSet<>();
            list.forEach(f -> ids.add(f.actorId()));
            if (ids.size() > 1 && !seatAndPlace(list) && !ids.equals(documented.get(form))) {
                bad.add("'" + form + "' " + ids);
            }
        });
        assertEquals(List.of(), bad, "shared forms: give them to one actor or list them in README.md");
        for (Map.Entry<String, Set<String>> e : documented.entrySet()) {
            Set<String> ids = new TreeSet<>();
            registry.forms(e.getKey()).forEach(f -> ids.add(f.actorId()));
            assertEquals(e.getValue(), ids, "README lists a shared form that is not (or no longer) shared");
        }
    }

    /** One seat of a government and one place: "Moskau" the Kremlin's seat and the city. */
    private boolean seatAndPlace(List<SurfaceForm> list) {
        Set<String> seats = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (SurfaceForm f : list) {
            Actor a = registry.get(f.actorId()).orElseThrow();
            if (f.kind() == SurfaceForm.Kind.SEAT) {
                seats.add(a.id());
            } else if (f.kind() == SurfaceForm.Kind.NAME && a.type() == EntityType.LOCATION) {
                places.add(a.id());
            } else {
                return false;
            }
        }
        return seats.size() == 1 && places.size() == 1;
    }

    private boolean knownPlace(String country) {
        return country.contains(":") ? registry.get(country).isPresent() : registry.get("country:" + country).isPresent();
    }

    static List<String> iso3166() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : resource("actors/iso3166-alpha3.txt").split("\\R")) {
            if (!line.startsWith("#")) {
                for (String c : line.trim().split("\\s+")) {
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** The README's list of forms that several actors share on purpose: {@code - `Form`: id, id: why}. */
    static Map<String, Set<String>> documentedSharedForms() throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : resource("actors/README.md").split("\\R")) {
            Matcher m = SHARED.matcher(line);
            if (m.find()) {
                out.put(m.group(1), new TreeSet<>(List.of(m.group(2).trim().split(",\\s*"))));
            }
        }
        return out;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ActorRegistryLintTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
