/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.error.NewsgraphException;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/**
 * Extra registry layers (such as the Phoenix import) read from files in the registry's line format and merged under
 * the curated registry: the curated actors win where both speak. A layer actor that is a curated actor (same id, or a
 * person whose full name is a curated person's label) only adds roles in periods the curated actor has no role for
 * that country; any other layer actor is added without the names the curated registry already uses.
 */
final class RegistryLayers {
    /** System property naming layer files or folders, separated by the platform's path separator. */
    static final String PROPERTY = "newsgraph.actors.layers";
    /** Environment variable read when the property is not set. */
    static final String ENV = "NEWSGRAPH_ACTOR_LAYERS";

    private RegistryLayers() {}

    /** The layer paths configured for this process (property first, then environment); empty when none. */
    static List<Path> configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            v = System.getenv(ENV);
        }
        List<Path> out = new ArrayList<>();
        if (v != null) {
            for (String p : v.split(File.pathSeparator)) {
                if (!p.isBlank()) {
                    out.add(Path.of(p.strip()));
                }
            }
        }
        return out;
    }

    /** Reads layer files; a folder contributes its {@code *.actors} files in name order. */
    static List<Actor> read(List<Path> paths) throws NewsgraphException {
        List<Actor> out = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : files(p)) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.addAll(RegistryFile.read(f.toString(), in));
                } catch (RegistryFile.FormatException e) {
                    throw new BadInputException(f.toString(), e.getMessage(), e);
                } catch (IOException e) {
                    throw new InputIoException(f.toString(), e);
                }
            }
        }
        return out;
    }

    private static List<Path> files(Path p) throws InputIoException {
        if (!Files.exists(p)) {
            throw new InputIoException(p.toString(), "actor layer does not exist");
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".actors")).sorted().toList();
        } catch (IOException e) {
            throw new InputIoException(p.toString(), e);
        }
    }

    /** The curated actors with the layers' actors merged under them (see the class comment). */
    static List<Actor> merge(Collection<Actor> curated, Collection<Actor> layer) {
        Map<String, Actor> out = new LinkedHashMap<>();
        curated.forEach(a -> out.put(a.id(), a));
        Map<String, String> personByName = new HashMap<>();
        Set<String> curatedForms = new HashSet<>();
        for (Actor a : curated) {
            if (a.type() == EntityType.PERSON) {
                a.names().values().forEach(n -> n.labels().stream().filter(l -> l.contains(" "))
                        .forEach(l -> personByName.putIfAbsent(Slugs.of(l), a.id())));
            }
            SurfaceForms.of(a).forEach(f -> curatedForms.add(f.form()));
        }
        Set<String> curatedIds = new HashSet<>(out.keySet());
        for (Actor a : layer) {
            String target = curatedIds.contains(a.id()) ? a.id() : null;
            if (target == null && a.type() == EntityType.PERSON) {
                target = personByName.get(Slugs.of(a.label(Language.ENGLISH)));
            }
            if (target != null) {
                out.put(target, withRoles(out.get(target), extraRoles(out.get(target).roles(), a.roles())));
            } else if (out.containsKey(a.id())) {
                Actor first = out.get(a.id());
                out.put(a.id(), withRoles(first, extraRoles(first.roles(), a.roles())));
            } else {
                out.put(a.id(), withoutForms(a, curatedForms));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Roles of {@code extra} in periods where {@code base} has no role for the same country; a role that only
     * touches a base role on the handover day ("elite" until the day the presidency begins) is kept.
     */
    static List<Role> extraRoles(List<Role> base, List<Role> extra) {
        List<Role> out = new ArrayList<>();
        for (Role r : extra) {
            boolean spoken = base.stream().anyMatch(b -> b.country().equals(r.country()) && overlapBeyondHandover(b, r));
            if (!spoken && !out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean overlap(Role a, Role b) {
        LocalDate aFrom = a.from() == null ? LocalDate.MIN : a.from();
        LocalDate aTo = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bFrom = b.from() == null ? LocalDate.MIN : b.from();
        LocalDate bTo = b.to() == null ? LocalDate.MAX : b.to();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /** Periods that share more than the handover day (the last day of one may be the first of the other). */
    static boolean overlapBeyondHandover(Role a, Role b) {
        if (!overlap(a, b)) {
            return false;
        }
        return !((a.to() != null && a.to().equals(b.from())) || (b.to() != null && b.to().equals(a.from())));
    }

    private static Actor withRoles(Actor a, List<Role> extra) {
        if (extra.isEmpty()) {
            return a;
        }
        List<Role> roles = new ArrayList<>(a.roles());
        roles.addAll(extra);
        return new Actor(a.id(), a.type(), a.iso3(), a.cameo(), a.country(), a.names(), roles, a.executive(),
                a.note());
    }

    private static Actor withoutForms(Actor a, Set<String> taken) {
        Map<Language, Actor.Names> names = new LinkedHashMap<>();
        a.names().forEach((lang, n) -> names.put(lang, new Actor.Names(
                n.labels().stream().filter(l -> !taken.contains(l)).toList(),
                n.adjectives(), n.people(), n.seats().stream().filter(l -> !taken.contains(l)).toList())));
        return new Actor(a.id(), a.type(), a.iso3(), a.cameo(), a.country(), names, a.roles(), a.executive(),
                a.note());
    }
}
