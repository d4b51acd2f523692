/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/**
 * Reads the registry's line format (documented in {@code actors/README.md}): one actor per line,
 * {@code id | key=value | key=value ...}; lists inside a value are separated by {@code ;}; {@code #} starts a comment
 * line. Unknown keys are rejected so that a typo never silently drops data.
 */
final class RegistryFile {
    private static final List<String> KEYS = List.of("type", "iso3", "cameo", "country", "executive", "role", "note",
            "en", "de", "en.adj", "de.adj", "en.people", "de.people", "en.seat", "de.seat");

    private RegistryFile() {}

    /** A malformed registry line; names the file and line. */
    static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatException(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    static List<Actor> read(String name, InputStream in) {
        List<Actor> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(parse(name, n, t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry file " + name, e);
        }
        return out;
    }

    static Actor parse(String file, int line, String text) {
        String[] fields = text.split("\\s*\\|\\s*");
        String id = fields[0].strip();
        if (!id.matches("[a-z]+:[A-Za-z0-9.\\-]+")) {
            throw new FormatException(file, line, "bad actor id '" + id + "' (expected kind:name)");
        }
        EntityType type = null;
        String iso3 = null;
        String cameo = null;
        String country = null;
        String executive = null;
        String note = null;
        List<Role> roles = new ArrayList<>();
        Map<Language, List<List<String>>> names = new EnumMap<>(Language.class);
        for (int i = 1; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq <= 0) {
                throw new FormatException(file, line, "expected key=value, got '" + fields[i] + "'");
            }
            String key = fields[i].substring(0, eq).strip();
            String value = fields[i].substring(eq + 1).strip();
            if (!KEYS.contains(key)) {
                throw new FormatException(file, line, "unknown key '" + key + "' (known: " + KEYS + ")");
            }
            switch (key) {
                case "type" -> type = entityType(file, line, value);
                case "iso3" -> iso3 = value;
                case "cameo" -> cameo = value;
                case "country" -> country = value;
                case "executive" -> executive = value;
                case "role" -> roles.add(role(file, line, value));
                case "note" -> note = note == null ? value : note + "; " + value;
                default -> addNames(names, key, list(value));
            }
        }
        if (type == null) {
            throw new FormatException(file, line, "actor " + id + " has no type");
        }
        Map<Language, Actor.Names> byLang = new EnumMap<>(Language.class);
        names.forEach((l, v) -> byLang.put(l, new Actor.Names(v.get(0), v.get(1), v.get(2), v.get(3))));
        return new Actor(id, type, iso3, cameo, country, byLang, roles, executive, note);
    }

    private static void addNames(Map<Language, List<List<String>>> names, String key, List<String> values) {
        String[] parts = key.split("\\.");
        Language lang = Language.fromCode(parts[0]).orElseThrow();
        List<List<String>> slots = names.computeIfAbsent(lang,
                l -> new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        int slot = parts.length == 1 ? 0 : switch (parts[1]) {
            case "adj" -> 1;
            case "people" -> 2;
            default -> 3;
        };
        slots.get(slot).addAll(values);
    }

    private static EntityType entityType(String file, int line, String v) {
        try {
            return EntityType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, line, "unknown type '" + v + "' (known: " + Arrays.toString(EntityType.values()) + ")");
        }
    }

    /** {@code office/COUNTRY/from/to}; dates are ISO days, a bare year or empty. */
    private static Role role(String file, int line, String v) {
        String[] p = v.split("/", -1);
        if (p.length != 4) {
            throw new FormatException(file, line, "role must be office/COUNTRY/from/to, got '" + v + "'");
        }
        return new Role(p[0].strip(), p[1].strip(), date(file, line, p[2], true), date(file, line, p[3], false));
    }

    private static LocalDate date(String file, int line, String s, boolean start) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t + "-01");
                return start ? d : d.withDayOfMonth(d.lengthOfMonth());
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new FormatException(file, line, "bad date '" + t + "'");
        }
    }

    /**
     * One actor as a registry line, the inverse of {@link #parse}. Values must not contain the separators
     * {@code |} and {@code ;} (writers such as the Phoenix importer clean names first).
     */
    static String format(Actor a) {
        StringBuilder b = new StringBuilder(a.id()).append(" | type=").append(a.type().name());
        field(b, "iso3", a.iso3());
        field(b, "cameo", a.cameo());
        field(b, "country", a.country());
        field(b, "executive", a.executive());
        for (Language lang : List.of(Language.GERMAN, Language.ENGLISH)) {
            Actor.Names n = a.names().get(lang);
            if (n != null) {
                field(b, lang.code(), String.join("; ", n.labels()));
                field(b, lang.code() + ".adj", String.join("; ", n.adjectives()));
                field(b, lang.code() + ".people", String.join("; ", n.people()));
                field(b, lang.code() + ".seat", String.join("; ", n.seats()));
            }
        }
        for (Role r : a.roles()) {
            b.append(" | role=").append(r.office()).append('/').append(r.country()).append('/')
                    .append(r.from() == null ? "" : r.from()).append('/').append(r.to() == null ? "" : r.to());
        }
        field(b, "note", a.note());
        return b.toString();
    }

    private static void field(StringBuilder b, String key, String value) {
        if (value != null && !value.isEmpty()) {
            b.append(" | ").append(key).append('=').append(value);
        }
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
