/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one bracketed code of a PETRARCH actor dictionary ({@code [RUSGOV 000507-080507]}): a CAMEO actor code,
 * optionally with a period. Two-digit years are windowed: 00-30 are 2000-2030, 31-99 are 1931-1999 (the Phoenix
 * dictionaries end in 2015 and write earlier years with four digits).
 */
final class PhoenixCodes {
    /** The last two-digit year read as 20xx. */
    static final int PIVOT = 30;
    private static final Pattern CODE = Pattern.compile("([A-Z0-9]+|---)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)|(\\d+))?");
    private static final Map<String, String> AGENTS = Map.ofEntries(Map.entry("GOV", "government"),
            Map.entry("MIL", "military"), Map.entry("ELI", "elite"), Map.entry("OPP", "opposition"),
            Map.entry("REB", "rebel"), Map.entry("LEG", "legislature"), Map.entry("JUD", "judiciary"),
            Map.entry("BUS", "business"), Map.entry("MED", "media"), Map.entry("COP", "police"),
            Map.entry("SPY", "intelligence"), Map.entry("CVL", "civilian"), Map.entry("EDU", "education"),
            Map.entry("LAB", "labour"), Map.entry("REL", "religion"), Map.entry("PTY", "party"),
            Map.entry("INS", "insurgent"), Map.entry("SEP", "separatist"), Map.entry("UAF", "armed-forces"));
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "NGM");

    private PhoenixCodes() {}

    /** A code and its period; {@code from}/{@code to} are null when open or absent. */
    record Code(String code, LocalDate from, LocalDate to, boolean dated) {
        /** The office named by the code's first sector after the country ("RUSGOV": government). */
        String office() {
            if (international()) {
                return "official";
            }
            if (code.length() < 6) {
                return "member";
            }
            return AGENTS.getOrDefault(code.substring(3, 6), "member");
        }

        /** True for codes of international actors (IGO..., NGO..., IMG..., MNC...) rather than countries. */
        boolean international() {
            return code.length() >= 3 && INTERNATIONAL.contains(code.substring(0, 3));
        }
    }

    /** A malformed code or date; the message names it. */
    static final class BadCode extends Exception {
        private static final long serialVersionUID = 1L;

        BadCode(String message) {
            super(message);
        }
    }

    /** Parses the text between the brackets; {@code null} for the empty code {@code ---}. */
    static Code parse(String text) throws BadCode {
        String t = text.strip();
        Matcher m = CODE.matcher(t);
        if (!m.matches()) {
            throw new BadCode("unreadable code [" + t + "]");
        }
        if (m.group(1).equals("---")) {
            return null;
        }
        String code = m.group(1);
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3), t);
            return m.group(2).equals(">") ? new Code(code, d, null, true) : new Code(code, null, d, true);
        }
        if (m.group(4) != null) {
            LocalDate from = date(m.group(4), t);
            LocalDate to = date(m.group(5), t);
            if (from.isAfter(to)) {
                throw new BadCode("period ends before it starts in [" + t + "]");
            }
            return new Code(code, from, to, true);
        }
        if (m.group(6) != null) {
            return new Code(code, date(m.group(6), t), null, true); // a lone date starts the role
        }
        return new Code(code, null, null, false);
    }

    /** YYMMDD (windowed) or YYYYMMDD. */
    static LocalDate date(String digits, String context) throws BadCode {
        int year;
        String md;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
            md = digits.substring(2);
        } else if (digits.length() == 8) {
            year = Integer.parseInt(digits.substring(0, 4));
            md = digits.substring(4);
        } else {
            throw new BadCode("date '" + digits + "' has " + digits.length() + " digits (6 or 8 expected) in ["
                    + context + "]");
        }
        try {
            return LocalDate.of(year, Integer.parseInt(md.substring(0, 2)), Integer.parseInt(md.substring(2)));
        } catch (DateTimeException e) {
            throw new BadCode("no such day '" + digits + "' in [" + context + "]");
        }
    }

    /** "KI-MOON" gives "Ki-Moon", "W." stays, Roman numerals stay capitals. */
    static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String word : upper.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.matches("[IVX]+") ? word : capitalise(word.toLowerCase(Locale.ROOT)));
        }
        return b.toString();
    }

    private static String capitalise(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '.';
        }
        return b.toString();
    }
}
