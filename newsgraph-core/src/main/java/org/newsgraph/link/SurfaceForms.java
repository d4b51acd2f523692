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
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/**
 * Generates the written forms of an actor's names, so that the registry lists base forms only (rules in
 * {@code actors/README.md}). German: genitives ("Russlands", "Putins"); the six inflections of adjectives, lower and
 * capitalised ("russisch" gives russische, Russischen, ...); weak inflection of the leading adjectives of a
 * multi-word name ("Vereinigte Staaten" gives "Vereinigten Staaten"); the usual forms of words for the people
 * ("Amerikaner" gives Amerikanern, Amerikanerin, Amerikanerinnen; "Russe" gives Russen, Russin, Russinnen); and the
 * Swiss spelling of every form with ß ("Weißrussland" gives "Weissrussland"). Seats lose a leading article
 * ("der Kreml" gives "Kreml", "Kremls"). English forms are taken as written.
 */
final class SurfaceForms {
    private static final List<String> ADJ_ENDINGS = List.of("", "e", "en", "er", "es", "em");

    private SurfaceForms() {}

    static List<SurfaceForm> of(Actor a) {
        Set<SurfaceForm> out = new LinkedHashSet<>();
        boolean person = a.type() == EntityType.PERSON;
        a.names().forEach((lang, n) -> {
            for (String label : n.labels()) {
                add(out, a, lang, SurfaceForm.Kind.NAME, names(lang, label, !person));
            }
            for (String seat : n.seats()) {
                add(out, a, lang, SurfaceForm.Kind.SEAT, names(lang, stripArticle(seat), true));
            }
            for (String adj : n.adjectives()) {
                add(out, a, lang, SurfaceForm.Kind.ADJECTIVE, adjectives(lang, adj));
            }
            for (String p : n.people()) {
                add(out, a, lang, SurfaceForm.Kind.PEOPLE, people(lang, p));
            }
        });
        return new ArrayList<>(out);
    }

    private static void add(Set<SurfaceForm> out, Actor a, Language lang, SurfaceForm.Kind kind, Set<String> forms) {
        for (String f : forms) {
            out.add(new SurfaceForm(f, a.id(), kind, lang));
        }
    }

    /** A name and, in German, its genitive. */
    static Set<String> names(Language lang, String name) {
        return names(lang, name, false);
    }

    /**
     * A name and, in German, its genitive, the weak inflection of its leading adjectives when {@code inflect} is set
     * (names of things, never of people: "Wladimir" is no adjective) and the Swiss spelling.
     */
    static Set<String> names(Language lang, String name, boolean inflect) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        if (lang != Language.GERMAN) {
            return forms;
        }
        if (inflect) {
            String weak = weakAdjectives(name);
            if (weak != null) {
                forms.add(weak);
            }
        }
        for (String f : List.copyOf(forms)) {
            if (takesGenitiveS(f)) {
                forms.add(f + "s");
            }
        }
        return swiss(forms);
    }

    static boolean takesGenitiveS(String name) {
        char last = name.charAt(name.length() - 1);
        if (!Character.isLowerCase(last)) {
            return false; // acronyms ("USA", "UNO") take no genitive s
        }
        // feminine names in -ei ("der Türkei") take none either
        return !(name.endsWith("s") || name.endsWith("ß") || name.endsWith("x") || name.endsWith("z")
                || name.endsWith("ce") || name.endsWith("ei"));
    }

    /**
     * "Vereinigte Arabische Emirate" gives "Vereinigten Arabischen Emirate": the leading capitalised words ending in
     * -e, -es, -ischer or -aler take -en ("Internationaler Währungsfonds", not the invariable "Zürcher" of "Neue
     * Zürcher Zeitung"); {@code null} when the name starts with no such word or is a single word.
     */
    static String weakAdjectives(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return null;
        }
        int changed = 0;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            if (w.endsWith("e")) {
                words[i] = w + "n";
            } else if (w.endsWith("es") || w.endsWith("ischer") || w.endsWith("aler")) {
                words[i] = w.substring(0, w.length() - 2) + "en";
            } else {
                break;
            }
            changed++;
        }
        return changed == 0 ? null : String.join(" ", words);
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
        return swiss(forms);
    }

    /**
     * German words for the people: a noun in -er ("Amerikaner") adds -n, -s, -in, -innen; a noun in -e ("Russe")
     * adds -n and, for the stem, -in, -innen. Other forms (plurals such as "Israelis") are taken as written.
     */
    static Set<String> people(Language lang, String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (lang != Language.GERMAN || word.contains(" ")) {
            return forms;
        }
        if (word.endsWith("er")) {
            forms.add(word + "n");
            forms.add(word + "s");
            forms.add(word + "in");
            forms.add(word + "innen");
        } else if (word.endsWith("e") && word.length() > 3) {
            String stem = word.substring(0, word.length() - 1);
            forms.add(word + "n");
            forms.add(stem + "in");
            forms.add(stem + "innen");
        }
        return swiss(forms);
    }

    /** Adds the Swiss spelling (ss for ß) of every form that has an ß. */
    private static Set<String> swiss(Set<String> forms) {
        for (String f : List.copyOf(forms)) {
            if (f.indexOf('ß') >= 0) {
                forms.add(f.replace("ß", "ss"));
            }
        }
        return forms;
    }

    static String stripArticle(String s) {
        return s.replaceFirst("^(der|die|das|den|dem|des|the)\\s+", "");
    }
}
