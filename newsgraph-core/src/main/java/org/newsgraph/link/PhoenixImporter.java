/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/**
 * Turns PETRARCH's Phoenix actor dictionaries into a registry layer of people with dated roles (format and rules in
 * {@code actors/README.md}, "Phoenix layer"): entries with at least one dated code become people; undated entries
 * (countries, institutions, groups) are left to the curated registry. Malformed codes are reported and skipped, the
 * rest of the file is read. Not thread-safe; use one importer per import.
 */
public final class PhoenixImporter {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Set<String> TITLES = Set.of("PRESIDENT", "PRIME", "MINISTER", "SECRETARY-GENERAL",
            "SECRETARY", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "MULLAH", "AYATOLLAH", "DR.", "SIR",
            "CHANCELLOR", "FOREIGN", "DEFENSE", "DEFENCE", "SENATOR", "GOVERNOR", "COMMUNIST", "SOVIET", "LEADER",
            "RUSSIAN", "UN", "U.N.", "UNITED", "FORMER", "AMBASSADOR", "CHAIRMAN", "EMIR", "SULTAN", "THE");
    private static final Set<String> INSTITUTIONS = Set.of("ARMY", "FORCES", "COUNCIL", "MINISTRY", "PARTY",
            "COMMITTEE", "ASSEMBLY", "PARLIAMENT", "GOVERNMENT", "COURT", "BANK", "UNION", "REPUBLIC", "FRONT",
            "MOVEMENT", "ORGANIZATION", "ORGANISATION", "AGENCY", "POLICE", "CABINET", "CONGRESS", "SENATE", "DUMA",
            "MILITIA", "BRIGADE", "BRIGADES", "GUARD", "LEAGUE", "ALLIANCE", "COMMISSION", "OFFICE", "DEPARTMENT",
            "SERVICE", "INSTITUTE", "UNIVERSITY", "CORPORATION", "COMPANY", "FEDERATION", "KINGDOM", "STATE",
            "REGIME", "JUNTA", "SOVIET", "SFSR", "PRESIDIUM", "NATIONALITIES", "PEOPLE'S", "ADMINISTRATION");

    private final Map<String, String> countryByCameo = new HashMap<>();
    private final Map<String, String> orgByCameo = new HashMap<>();
    private final Map<String, Actor> people = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int entries;
    private int skipped;

    /** An importer that maps CAMEO codes to the countries and organisations of {@code curated}. */
    public PhoenixImporter(ActorRegistry curated) {
        for (Actor a : curated.actors()) {
            if (a.cameo() == null) {
                continue;
            }
            if (a.type() == EntityType.COUNTRY) {
                countryByCameo.putIfAbsent(a.cameo(), a.iso3());
            } else if (a.type() == EntityType.ORGANIZATION) {
                orgByCameo.putIfAbsent(a.cameo(), a.id());
            }
        }
    }

    /** The people read so far, sorted by id. */
    public List<Actor> people() {
        return people.values().stream().sorted(Comparator.comparing(Actor::id)).toList();
    }

    /** Malformed codes, as {@code file:line: message}. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Dictionary entries read. */
    public int entries() {
        return entries;
    }

    /** Entries that are not people with dated roles. */
    public int skipped() {
        return skipped;
    }

    /** Reads one dictionary file; {@code name} appears in warnings. */
    public void read(String name, BufferedReader in) throws IOException {
        Entry cur = new Entry();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (text.isBlank()) {
                if (line.isBlank()) {
                    cur = finish(cur);
                }
                continue;
            }
            char first = text.charAt(0);
            if (first != '+' && !Character.isWhitespace(first) && !cur.codes.isEmpty()) {
                cur = finish(cur);
            }
            if (!Character.isWhitespace(first)) {
                cur.names.add(text.substring(first == '+' ? 1 : 0).replaceAll("\\[.*", "").strip());
            }
            Matcher m = BRACKET.matcher(text);
            while (m.find()) {
                try {
                    PhoenixCodes.Code c = PhoenixCodes.parse(m.group(1));
                    cur.codes.add(c == null ? new PhoenixCodes.Code("---", null, null, false) : c);
                } catch (PhoenixCodes.BadCode e) {
                    warnings.add(name + ":" + n + ": " + e.getMessage());
                }
            }
        }
        finish(cur);
    }

    /** Names and codes of one dictionary entry. */
    private static final class Entry {
        final List<String> names = new ArrayList<>();
        final List<PhoenixCodes.Code> codes = new ArrayList<>();
    }

    private Entry finish(Entry e) {
        if (e.names.isEmpty() && e.codes.isEmpty()) {
            return e;
        }
        entries++;
        List<Role> roles = new ArrayList<>();
        PhoenixCodes.Code latest = null;
        for (PhoenixCodes.Code c : e.codes) {
            if (c.dated()) {
                roles.add(new Role(c.office(), place(c), c.from(), c.to()));
                if (latest == null || start(c).isAfter(start(latest))) {
                    latest = c;
                }
            }
        }
        List<String> labels = labels(e.names);
        if (roles.isEmpty() || labels.isEmpty() || institution(e.names.get(0))) {
            skipped++;
        } else {
            String country = latest.international() ? null : place(latest);
            add(new Actor("person:" + Slugs.of(labels.get(0)), EntityType.PERSON, null, latest.code(),
                    country != null && country.matches("[A-Z]{3}") ? country : null,
                    Map.of(Language.ENGLISH, new Actor.Names(labels, List.of(), List.of(), List.of())), roles, null,
                    "imported from the Phoenix dictionaries"));
        }
        return new Entry();
    }

    private static LocalDate start(PhoenixCodes.Code c) {
        return c.from() != null ? c.from() : c.to() != null ? c.to() : LocalDate.MIN;
    }

    /** The role's country: an ISO code, an organisation id, or the raw CAMEO prefix when neither is known. */
    private String place(PhoenixCodes.Code c) {
        if (c.international()) {
            return orgByCameo.getOrDefault(c.code(), c.code());
        }
        String prefix = c.code().substring(0, Math.min(3, c.code().length()));
        return countryByCameo.getOrDefault(prefix, prefix);
    }

    /** Same name, same country: one person; same name, another country: the id gets the country. */
    private void add(Actor a) {
        String id = a.id();
        Actor old = people.get(id);
        if (old != null && !Objects.equals(old.country(), a.country())) {
            id = id + "-" + (a.country() == null ? "intl" : a.country().toLowerCase(Locale.ROOT));
            old = people.get(id);
        }
        if (old == null) {
            people.put(id, new Actor(id, a.type(), null, a.cameo(), a.country(), a.names(), a.roles(), null, a.note()));
            return;
        }
        Set<String> labels = new LinkedHashSet<>(old.names().get(Language.ENGLISH).labels());
        labels.addAll(a.names().get(Language.ENGLISH).labels());
        List<Role> roles = new ArrayList<>(old.roles());
        a.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        people.put(id, new Actor(id, old.type(), null, old.cameo(), old.country(),
                Map.of(Language.ENGLISH, new Actor.Names(List.copyOf(labels), List.of(), List.of(), List.of())),
                roles, null, old.note()));
    }

    /** Display label first (a name without a leading title), then other names of two words or more. */
    static List<String> labels(List<String> raw) {
        List<String> clean = new ArrayList<>();
        for (String r : raw) {
            String c = r.replaceAll("\\(.*?\\)", " ").replace('_', ' ').replaceAll("[;|]", " ")
                    .replaceAll("\\s+", " ").strip();
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        clean.stream().filter(c -> !titled(c)).findFirst().ifPresent(c -> out.add(PhoenixCodes.titleCase(c)));
        for (String c : clean) {
            if (!titled(c) && c.contains(" ")) {
                out.add(PhoenixCodes.titleCase(c));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean titled(String name) {
        return TITLES.contains(name.split(" ")[0]);
    }

    private static boolean institution(String name) {
        for (String w : name.replace('_', ' ').split("[\\s-]+")) {
            if (INSTITUTIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The layer file: a header naming the sources and the year window, then one line per person. */
    public String layer(List<String> sources) {
        StringBuilder b = new StringBuilder();
        b.append("# Registry layer imported from PETRARCH's Phoenix actor dictionaries (MIT licence, Open Event Data\n")
                .append("# Alliance) by 'newsgraph actors import-phoenix'. Sources: ").append(String.join(", ", sources))
                .append('\n')
                .append("# Two-digit years were read as 00-").append(PhoenixCodes.PIVOT).append(" = 20xx and ")
                .append(PhoenixCodes.PIVOT + 1).append("-99 = 19xx. The curated registry wins where both speak.\n");
        for (Actor a : people()) {
            b.append(RegistryFile.format(a)).append('\n');
        }
        return b.toString();
    }
}
