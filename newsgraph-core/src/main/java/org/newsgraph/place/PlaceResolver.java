/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.SurfaceForm;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/**
 * Resolves a place as the linker found it (an actor id and the words in the text) to a gazetteer entry, in this
 * order: the curated table {@code places/registry-places.tsv}; a country; a registry place by its English, then
 * German names in its country; a registry name in the text; a gazetteer name in the text (a country, or the one town
 * of that name; a name several towns share is not guessed). A registry place that the gazetteer does not hold
 * resolves to its country. A curated landmark goes by its own names (the cosmodrome) or by its town's (a square of
 * Pyongyang is Pyongyang). Thread-safe.
 */
public final class PlaceResolver {
    /**
     * A resolved place and how it was found.
     *
     * @param place  the gazetteer entry, named in both languages
     * @param method {@code curated}, {@code country}, {@code registry}, {@code registry-country}, {@code gazetteer}
     */
    public record Resolved(Place place, String method) {}

    private final ActorRegistry registry;
    private final Gazetteer gazetteer;
    /** Registry id to its curated gazetteer entry, and whether the place goes by the town's names. */
    private record Curated(String target, boolean townNames) {}

    private final Map<String, Curated> curated;
    /** Registry places by the gazetteer entry they resolve to, for the German names of towns found by text. */
    private final Map<String, Actor> registryByPlace = new HashMap<>();

    public PlaceResolver(ActorRegistry registry, Gazetteer gazetteer) {
        this.registry = registry;
        this.gazetteer = gazetteer;
        this.curated = readCurated();
        for (Actor a : registry.actors()) {
            if (a.type() == EntityType.LOCATION) {
                // a town's own registry entry, found by its name (not a landmark curated to it)
                byRegistry(a).filter(r -> r.method().equals("registry"))
                        .ifPresent(r -> registryByPlace.putIfAbsent(r.place().id(), a));
            }
        }
    }

    /** The shipped registry and gazetteer. */
    public static PlaceResolver builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final PlaceResolver BUILT_IN = new PlaceResolver(ActorRegistry.builtIn(), Gazetteer.builtIn());
    }

    /**
     * The place an actor id or a text names.
     *
     * @param entityId the linked actor ({@code location:vladivostok}, {@code country:RUS}, {@code other:…}) or null
     * @param text     the words in the article, or null
     */
    public Optional<Resolved> resolve(String entityId, String text) {
        if (entityId != null) {
            if (entityId.startsWith("country:")) {
                Optional<Resolved> c = gazetteer.country(entityId.substring("country:".length()))
                        .map(p -> new Resolved(named(p, registry.get(entityId).orElse(null)), "country"));
                if (c.isPresent()) {
                    return c;
                }
            }
            Optional<Actor> a = registry.get(entityId).filter(x -> x.type() == EntityType.LOCATION);
            if (a.isPresent()) {
                Optional<Resolved> r = byRegistry(a.get());
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // a place's own name first: "Moskau" names the city, and only as a seat the government
        for (EntityType type : List.of(EntityType.LOCATION, EntityType.COUNTRY)) {
            for (SurfaceForm f : registry.forms(text.strip())) {
                Optional<Actor> a = registry.get(f.actorId()).filter(x -> x.type() == type);
                if (a.isPresent() && f.kind() == SurfaceForm.Kind.NAME) {
                    Optional<Resolved> r = resolve(a.get().id(), null);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        }
        return gazetteer.findUnique(text).map(p -> new Resolved(named(p, registryByPlace.get(p.id())), "gazetteer"));
    }

    private Optional<Resolved> byRegistry(Actor a) {
        Curated c = curated.get(a.id());
        if (c != null) {
            return gazetteer.get(c.target()).map(p -> new Resolved(named(p, c.townNames()
                    ? registryByPlace.get(p.id()) : a), "curated"));
        }
        for (Language l : List.of(Language.ENGLISH, Language.GERMAN)) {
            Actor.Names n = a.names().get(l);
            for (String label : n == null ? List.<String>of() : n.labels()) {
                Optional<Place> p = gazetteer.find(label, a.country()).filter(x -> x.kind() == Place.Kind.CITY);
                if (p.isPresent()) {
                    return Optional.of(new Resolved(named(p.get(), a), "registry"));
                }
            }
        }
        return a.country() == null ? Optional.empty()
                : gazetteer.country(a.country()).map(p -> new Resolved(named(p, registry.get("country:"
                        + a.country()).orElse(null)), "registry-country"));
    }

    /** The entry under the registry actor's names, where there is one. */
    private static Place named(Place p, Actor a) {
        return a == null ? p : p.named(a.label(Language.ENGLISH), a.label(Language.GERMAN));
    }

    private static Map<String, Curated> readCurated() {
        Map<String, Curated> m = new HashMap<>();
        String resource = "places/registry-places.tsv";
        try (InputStream in = PlaceResolver.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length < 4 || !(f[2].equals("own") || f[2].equals("town"))) {
                        throw new IllegalStateException(resource + ": expected id, gazetteer id, own|town and why: "
                                + line);
                    }
                    m.put(f[0], new Curated(f[1], f[2].equals("town")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return m;
    }
}
