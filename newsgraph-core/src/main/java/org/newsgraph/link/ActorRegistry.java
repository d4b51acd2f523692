/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.error.NewsgraphException;

/**
 * The curated actor registry: countries, people with dated roles, organisations, armed groups and media, read from
 * the {@code actors/*.actors} files on the classpath (listed in {@code actors/index.txt}), optionally with extra
 * layers under it (see {@link #withLayers}). Immutable and thread-safe once built.
 */
public final class ActorRegistry {
    private final Map<String, Actor> byId;
    private final Map<String, List<SurfaceForm>> byForm;

    ActorRegistry(Collection<Actor> actors) {
        Map<String, Actor> ids = new LinkedHashMap<>();
        for (Actor a : actors) {
            Actor previous = ids.put(a.id(), a);
            if (previous != null) {
                throw new IllegalStateException("duplicate actor id " + a.id());
            }
        }
        byId = Collections.unmodifiableMap(ids);
        Map<String, List<SurfaceForm>> forms = new HashMap<>();
        for (Actor a : actors) {
            for (SurfaceForm f : SurfaceForms.of(a)) {
                forms.computeIfAbsent(f.form(), k -> new ArrayList<>()).add(f);
            }
        }
        byForm = Collections.unmodifiableMap(forms);
    }

    /**
     * The registry shipped with Newsgraph, with the layers named by the system property {@code
     * newsgraph.actors.layers} or the environment variable {@code NEWSGRAPH_ACTOR_LAYERS} (files or folders of
     * {@code .actors} files, separated by the path separator) merged under it.
     *
     * @throws IllegalStateException when a configured layer cannot be read
     */
    public static ActorRegistry builtIn() {
        return Holder.BUILT_IN;
    }

    /** The curated registry alone, without configured layers. */
    public static ActorRegistry curated() {
        return Curated.CURATED;
    }

    /**
     * This registry with layer files merged under it: the curated actors win where both speak (rules in {@code
     * actors/README.md}).
     *
     * @param layers files, or folders of {@code .actors} files, in the registry's line format
     * @throws NewsgraphException when a layer is missing, unreadable or malformed (naming the file and line)
     */
    public ActorRegistry withLayers(List<Path> layers) throws NewsgraphException {
        if (layers.isEmpty()) {
            return this;
        }
        return new ActorRegistry(RegistryLayers.merge(byId.values(), RegistryLayers.read(layers)));
    }

    /** A registry of the given actors (tests, imports). */
    public static ActorRegistry of(Collection<Actor> actors) {
        return new ActorRegistry(actors);
    }

    private static final class Curated {
        static final ActorRegistry CURATED = load();
    }

    private static final class Holder {
        static final ActorRegistry BUILT_IN = configured();

        private static ActorRegistry configured() {
            try {
                return curated().withLayers(RegistryLayers.configured());
            } catch (NewsgraphException e) {
                throw new IllegalStateException("cannot load the actor layers: " + e.getMessage(), e);
            }
        }
    }

    static ActorRegistry load() {
        ClassLoader cl = ActorRegistry.class.getClassLoader();
        List<Actor> actors = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream("actors/index.txt")) {
            if (index == null) {
                return new ActorRegistry(List.of());
            }
            for (String file : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String f = file.strip();
                if (f.isEmpty() || f.startsWith("#")) {
                    continue;
                }
                try (InputStream in = cl.getResourceAsStream("actors/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("actors/index.txt lists missing file " + f);
                    }
                    actors.addAll(RegistryFile.read("actors/" + f, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor registry", e);
        }
        return new ActorRegistry(actors);
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Registry forms written exactly like {@code form}. */
    public List<SurfaceForm> forms(String form) {
        return byForm.getOrDefault(form, List.of());
    }

    /** All surface forms, for matchers. */
    public Map<String, List<SurfaceForm>> allForms() {
        return byForm;
    }

    /** People who held {@code office} in {@code country} on {@code day}. */
    public List<Actor> holders(String office, String country, LocalDate day) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : byId.values()) {
            for (Role r : a.roles()) {
                if (r.office().equals(office) && r.country().equals(country) && r.heldOn(day)) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Actors whose id or names (labels, adjectives, words for the people, seats) contain the text
     * (case-insensitive), for people maintaining the registry.
     */
    public List<Actor> search(String text) {
        String q = text.toLowerCase(Locale.ROOT);
        List<Actor> out = new ArrayList<>();
        for (Actor a : byId.values()) {
            boolean hit = a.id().toLowerCase(Locale.ROOT).contains(q) || a.names().values().stream()
                    .flatMap(n -> Stream.of(n.labels(), n.adjectives(), n.people(), n.seats()).flatMap(List::stream))
                    .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(q));
            if (hit) {
                out.add(a);
            }
        }
        return out;
    }
}
