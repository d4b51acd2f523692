/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.error.BadInputException;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.Role;
import org.newsgraph.link.SurfaceForm;
import org.newsgraph.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph actors show ID|NAME}: one actor with its names, codes, roles and generated forms. A name is looked
 * up as an exact surface form ("Kremlchef" is not a name; "Moskau" gives the seat and the city), then as a search.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an actor: labels, adjectives, people, seats, codes, roles and the forms the linker "
                + "matches. ID is an actor id (person:vladimir-putin); a NAME is matched exactly (Russlands), "
                + "else searched.")
public final class ActorsShowCommand implements Callable<Integer> {
    private static final int MAX_SHOWN = 10;

    @Parameters(paramLabel = "ID|NAME", description = "An actor id or a name.")
    String query;

    @Mixin
    ActorsCommand.Layers layers = new ActorsCommand.Layers();

    @Override
    public Integer call() throws Exception {
        ActorRegistry registry = layers.registry();
        List<Actor> found = find(registry, query.strip());
        if (found.isEmpty()) {
            throw new BadInputException(query, "no actor has this id or name (try 'newsgraph actors search')");
        }
        if (found.size() > MAX_SHOWN) {
            throw new BadInputException(query, found.size() + " actors match; give an id or use 'newsgraph actors "
                    + "search'");
        }
        PrintWriter out = ActorsCommand.stdout();
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(out, found.get(i), registry);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static List<Actor> find(ActorRegistry registry, String q) {
        if (q.contains(":")) {
            return registry.get(q).map(List::of).orElse(List.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        registry.forms(q).forEach(f -> ids.add(f.actorId()));
        if (!ids.isEmpty()) {
            return ids.stream().map(id -> registry.get(id).orElseThrow()).toList();
        }
        return registry.search(q);
    }

    static void print(PrintWriter out, Actor a, ActorRegistry registry) {
        out.println(a.id() + "  " + a.type() + "  " + a.label(Language.ENGLISH));
        for (Language lang : List.of(Language.GERMAN, Language.ENGLISH)) {
            Actor.Names n = a.names().get(lang);
            if (n != null) {
                line(out, lang.code(), n.labels());
                line(out, lang.code() + ".adj", n.adjectives());
                line(out, lang.code() + ".people", n.people());
                line(out, lang.code() + ".seat", n.seats());
            }
        }
        List<String> codes = new ArrayList<>();
        a.codes().forEach((k, v) -> codes.add(k + "=" + v));
        line(out, "codes", codes);
        if (a.country() != null) {
            out.println("  country: " + a.country() + registry.get("country:" + a.country())
                    .map(c -> " (" + c.label(Language.ENGLISH) + ")").orElse(""));
        }
        if (a.executive() != null) {
            out.println("  executive: " + a.executive());
        }
        if (!a.roles().isEmpty()) {
            out.println("  roles:");
            a.roles().stream().sorted(Comparator.comparing((Role r) -> r.from() == null ? "" : r.from().toString()))
                    .forEach(r -> out.println("    " + r.office() + "  " + r.country() + "  "
                            + (r.from() == null ? "?" : r.from()) + " .. " + (r.to() == null ? "" : r.to())));
        }
        if (a.note() != null) {
            out.println("  note: " + a.note());
        }
        List<String> forms = new ArrayList<>();
        for (Map.Entry<String, List<SurfaceForm>> e : registry.allForms().entrySet()) {
            for (SurfaceForm f : e.getValue()) {
                if (f.actorId().equals(a.id())) {
                    forms.add(f.form() + " (" + f.kind().name().toLowerCase(Locale.ROOT)
                            + (f.language() == null ? "" : ", " + f.language().code()) + ")");
                }
            }
        }
        forms.sort(String::compareTo);
        out.println("  forms (" + forms.size() + "): " + String.join("; ", forms));
    }

    private static void line(PrintWriter out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.println("  " + key + ": " + String.join("; ", values));
        }
    }
}
