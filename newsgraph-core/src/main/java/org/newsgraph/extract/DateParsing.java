/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar days written in the ways German and English pages write them: ISO ({@code 2023-09-11},
 * {@code 20230911}), German ({@code 11.09.2023}, {@code 11. September 2023}, {@code 11. Sept. 2023}), English
 * ({@code September 11, 2023}, {@code 11 Sep 2023}, {@code 09/11/2023}, and {@code 17/02/2023} where the first number
 * cannot be a month), and French month names ({@code 27 juin 2019}), which pages beside the German and English ones
 * often carry. Days outside a plausible range (1995 until tomorrow) are refused.
 */
final class DateParsing {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_RE = "(jan(?:uar|uary)?|j[äa]n(?:ner)?|feb(?:ruar|ruary)?|m[äa]r(?:z|ch)?|mrz|"
            + "apr(?:il)?|mai|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|"
            + "nov(?:ember)?|de[cz](?:ember)?|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|"
            + "novembre|d[ée]cembre)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
    private static final Pattern DMY_NUM = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern DMY_NAME = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH_RE + "\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MDY_NAME = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_RE + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MDY_SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");
    /** Day, month and a two-digit year ({@code 28.01.22}): read only where a page shows its date, never in prose. */
    private static final Pattern DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d\\d)(?![\\d.])");
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** A written day's other parts lie this close to its year ("Mittwoch, 3. September 2023", "2023-09-03"). */
    private static final int WINDOW_BEFORE_YEAR = 30;
    private static final int WINDOW_AFTER_YEAR = 10;

    private DateParsing() {}

    /** A day read from a machine-readable value (meta content, JSON-LD, {@code datetime}), or {@code null}. */
    static LocalDate parseValue(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        Matcher m = ISO.matcher(t);
        if (m.find() && m.start() < 3) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find() && m.start() == 0) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        return parseText(t);
    }

    /**
     * The first plausible day in the short text of an element that shows a date (a byline, a time stamp), where a
     * two-digit year ({@code 28.01.22}) is a date too, or {@code null}.
     */
    static LocalDate parseShown(String s) {
        if (!hasDigits(s, 4)) {
            return null;
        }
        LocalDate d = parseText(s);
        if (d != null) {
            return d;
        }
        Matcher m = DMY_SHORT.matcher(s);
        while (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            int century = yy <= LocalDate.now().getYear() % 100 ? 2000 : 1900;
            d = day(Integer.toString(century + yy), m.group(2), m.group(1));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first plausible day written anywhere in a short human-readable text, or {@code null}. */
    static LocalDate parseText(String s) {
        List<LocalDate> all = findAll(s, 1);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * True when {@code day} is written in the text in any of the forms this class reads. Every form has the four-digit
     * year, so only the surroundings of the year's occurrences are read: long page texts cost one substring search.
     */
    static boolean writes(String text, LocalDate day) {
        String year = Integer.toString(day.getYear());
        for (int i = text.indexOf(year); i >= 0; i = text.indexOf(year, i + 4)) {
            int from = Math.max(0, i - WINDOW_BEFORE_YEAR);
            while (from > 0 && (Character.isDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
                from--;
            }
            if (findAll(text.substring(from, Math.min(text.length(), i + WINDOW_AFTER_YEAR)), 8).contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Up to {@code max} plausible days in a text, in the order the patterns find them (earliest position first). */
    static List<LocalDate> findAll(String text, int max) {
        if (!hasDigits(text, 4)) {
            return List.of();
        }
        // no-break and narrow spaces separate day, month and year as often as plain ones do
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
        List<int[]> hits = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        addAll(ISO.matcher(s), 1, 2, 3, hits, days);
        addAll(DMY_NUM.matcher(s), 3, 2, 1, hits, days);
        addAll(DMY_NAME.matcher(s), 3, 2, 1, hits, days);
        addAll(MDY_NAME.matcher(s), 3, 1, 2, hits, days);
        if (days.isEmpty()) {
            addAll(MDY_SLASH.matcher(s), 3, 1, 2, hits, days);
        }
        if (days.isEmpty()) {
            // a first number above 12 cannot be a month: the day comes first (17/02/2022)
            addAll(MDY_SLASH.matcher(s), 3, 2, 1, hits, days);
        }
        List<LocalDate> out = new ArrayList<>();
        while (!hits.isEmpty() && out.size() < max) {
            int best = 0;
            for (int i = 1; i < hits.size(); i++) {
                if (hits.get(i)[0] < hits.get(best)[0]) {
                    best = i;
                }
            }
            out.add(days.get(best));
            hits.remove(best);
            days.remove(best);
        }
        return out;
    }

    /** True when the text has at least {@code n} digits: every date form has four (a short year's too: 8.5.12). */
    private static boolean hasDigits(String s, int n) {
        int seen = 0;
        for (int i = 0; i < s.length() && seen < n; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                seen++;
            }
        }
        return seen >= n;
    }

    private static void addAll(Matcher m, int y, int mo, int d, List<int[]> hits, List<LocalDate> days) {
        while (m.find()) {
            LocalDate day = day(m.group(y), m.group(mo), m.group(d));
            if (day != null) {
                hits.add(new int[] {m.start()});
                days.add(day);
            }
        }
    }

    /** A plausible day from year, month (number or name) and day strings, or {@code null}. */
    static LocalDate day(String year, String month, String dayOfMonth) {
        try {
            int y = Integer.parseInt(year);
            Integer mo = Character.isDigit(month.charAt(0)) ? Integer.valueOf(Integer.parseInt(month))
                    : MONTHS.get(month.toLowerCase(Locale.ROOT));
            if (mo == null) {
                return null;
            }
            LocalDate d = LocalDate.of(y, mo, Integer.parseInt(dayOfMonth));
            return plausible(d) ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static boolean plausible(LocalDate d) {
        return d != null && !d.isBefore(EARLIEST) && !d.isAfter(LocalDate.now().plusDays(1));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"jan", "januar", "january", "jän", "jänner", "janner", "janvier"},
            {"feb", "februar", "february", "février", "fevrier"},
            {"mär", "mar", "märz", "marz", "march", "mrz", "mars"}, {"apr", "april", "avril"}, {"mai", "may"},
            {"jun", "juni", "june", "juin"}, {"jul", "juli", "july", "juillet"}, {"aug", "august", "août", "aout"},
            {"sep", "sept", "september", "septembre"}, {"okt", "oct", "oktober", "october", "octobre"},
            {"nov", "november", "novembre"}, {"dez", "dec", "dezember", "december", "décembre", "decembre"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
