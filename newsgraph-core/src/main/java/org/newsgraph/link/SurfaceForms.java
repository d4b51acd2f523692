/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Language;

/**
 * Generates the written forms of an actor's names: German genitives ("Russlands", "Putins"), the inflections of
 * German adjectives ("russisch" gives russische, russischen, russischer, russisches, russischem, and capitalised
 * forms), and article-less seats ("der Kreml" gives "Kreml", "Kremls").
 */
final class SurfaceForms {
    private static final List<String> ADJ_ENDINGS = List.of("", "e", "en", "er", "es", "em");

    private SurfaceForms() {}

    static List<SurfaceForm> of(Actor a) {
        List<SurfaceForm> out = new ArrayList<>();
        a.names().forEach((lang, n) -> {
            for (String label : n.labels()) {
                names(lang, label).forEach(f -> out.add(new SurfaceForm(f, a.id(), SurfaceForm.Kind.NAME)));
            }
            for (String seat : n.seats()) {
                names(lang, stripArticle(seat)).forEach(f -> out.add(new SurfaceForm(f, a.id(), SurfaceForm.Kind.SEAT)));
            }
            for (String adj : n.adjectives()) {
                adjectives(lang, adj).forEach(f -> out.add(new SurfaceForm(f, a.id(), SurfaceForm.Kind.ADJECTIVE)));
            }
            for (String p : n.people()) {
                out.add(new SurfaceForm(p, a.id(), SurfaceForm.Kind.PEOPLE));
            }
        });
        return out;
    }

    /** A name and, in German, its genitive. */
    static Set<String> names(Language lang, String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        if (lang == Language.GERMAN && takesGenitiveS(name)) {
            forms.add(name + "s");
        }
        return forms;
    }

    static boolean takesGenitiveS(String name) {
        char last = name.charAt(name.length() - 1);
        if (!Character.isLowerCase(last)) {
            return false; // acronyms ("USA", "UNO") take no genitive s
        }
        return !(name.endsWith("s") || name.endsWith("ß") || name.endsWith("x") || name.endsWith("z")
                || name.endsWith("ce"));
    }

    static Set<String> adjectives(Language lang, String adj) {
        Set<String> forms = new LinkedHashSet<>();
        if (lang != Language.GERMAN) {
            forms.add(adj);
            return forms;
        }
        String stem = adj.endsWith("e") ? adj.substring(0, adj.length() - 1) : adj;
        for (String e : ADJ_ENDINGS) {
            String f = stem + e;
            forms.add(f);
            forms.add(f.substring(0, 1).toUpperCase(Locale.GERMAN) + f.substring(1));
        }
        return forms;
    }

    static String stripArticle(String s) {
        return s.replaceFirst("^(der|die|das|den|dem|des|the)\\s+", "");
    }
}
