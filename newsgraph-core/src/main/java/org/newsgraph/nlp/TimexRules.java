/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;

/**
 * Newsgraph's follow-up rules for HeidelTime's measured mistakes in news text:
 * <ul>
 *   <li>"vor einem Jahr" / "five years ago" come back as durations; they are dates relative to publication;</li>
 *   <li>a weekday after "bis", "kommenden", "until", "next" lies ahead (HeidelTime may resolve it to the past), one
 *       after "vergangenen", "letzten", "last" lies behind;</li>
 *   <li>a bare weekday in a sentence about the future ("will travel on Monday", "soll am Montag") lies ahead, one in a
 *       past-tense sentence behind (HeidelTime without tags cannot see the tense);</li>
 *   <li>"in den kommenden Tagen" / "in the coming days" are missed (a future reference);</li>
 *   <li>"am Wochenende" / "at the weekend" are missed; the tense of the sentence says which weekend;</li>
 *   <li>a day or month without a year ("November 27") takes the year of the reference day, also where the past
 *       tense of its clause puts it in the year before;</li>
 * </ul>
 * Without a reference date nothing relative is resolved, and a value HeidelTime anchored on a year found elsewhere in
 * the text is dropped.
 */
final class TimexRules {
    private static final Pattern DURATION = Pattern.compile("P(\\d+)([YMWD])");
    private static final Pattern VOR_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])vor\\s+$");
    private static final Pattern AGO_AFTER = Pattern.compile("(?i)^\\s+ago(?![\\p{L}])");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}])(bis|bis zum|ab|kommenden|kommender|nächsten|nächster|until|till|by|next|coming|this coming)"
                    + "\\s+(am\\s+|on\\s+)?$");
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}])(vergangenen|vergangener|letzten|letzter|vorigen|last|past|previous)\\s+(am\\s+|on\\s+)?$");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4}|'\\d{2})(?!\\d)");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)(?<![\\p{L}])(today|tonight|yesterday|tomorrow|heute|gestern|morgen|vorgestern|übermorgen)(?![\\p{L}])");
    private static final Pattern COMING_PERIOD = Pattern.compile(
            "(?i)(?<![\\p{L}])(in den (kommenden|nächsten) (Tagen|Wochen|Monaten|Jahren)"
                    + "|in the (coming|next|next few|following) (days|weeks|months|years)"
                    + "|in the (days|weeks|months) ahead)(?![\\p{L}])");
    private static final Pattern WEEKEND = Pattern.compile(
            "(?i)(?<![\\p{L}])((am|übers|über das|dieses|diesem|vergangenen|letzten|kommenden|nächsten) Wochenende"
                    + "|(at|over) the weekend|(this|last|next|past|coming) weekend)(?![\\p{L}])");

    private TimexRules() {}

    static List<Timex> apply(AnnotatedText text, List<Timex> timexes, LocalDate reference) {
        if (reference == null) {
            return timexes.stream().map(TimexRules::unanchored).toList();
        }
        String doc = text.text().text();
        List<Timex> out = new ArrayList<>();
        for (Timex t : timexes) {
            Timex fixed = agoToDate(doc, t, reference);
            fixed = weekdayDirection(doc, fixed, reference);
            fixed = weekdayTense(text, fixed, reference);
            fixed = yearOfMonthDay(text, fixed, reference);
            out.add(fixed);
        }
        addMatches(text, out, COMING_PERIOD, (m, s) -> new Timex(s, m.start(), m.end(), m.group(), "DATE",
                "FUTURE_REF", "rule:coming-period"));
        addMatches(text, out, WEEKEND, (m, s) -> new Timex(s, m.start(), m.end(), m.group(), "DATE",
                weekend(text, s, m.group(), reference), "rule:weekend"));
        out.sort(Comparator.comparingInt(Timex::start));
        return out;
    }

    /** "vor fünf Jahren" (P5Y after "vor") and "five years ago" become dates at the duration's granularity. */
    static Timex agoToDate(String doc, Timex t, LocalDate ref) {
        if (!"DURATION".equals(t.type()) || t.value() == null) {
            return t;
        }
        Matcher d = DURATION.matcher(t.value());
        if (!d.matches()) {
            return t;
        }
        int start = t.start();
        int end = t.end();
        Matcher before = VOR_BEFORE.matcher(doc.substring(Math.max(0, start - 8), start));
        Matcher after = AGO_AFTER.matcher(doc.substring(end, Math.min(doc.length(), end + 8)));
        if (before.find()) {
            start = start - (before.end() - before.start());
        } else if (after.find()) {
            end = end + after.end();
        } else {
            return t;
        }
        int n = Integer.parseInt(d.group(1));
        String value = switch (d.group(2)) {
            case "Y" -> String.valueOf(ref.minusYears(n).getYear());
            case "M" -> ref.minusMonths(n).toString().substring(0, 7);
            case "W" -> isoWeek(ref.minusWeeks(n));
            default -> ref.minusDays(n).toString();
        };
        return new Timex(t.sentence(), start, end, doc.substring(start, end), "DATE", value, "rule:ago");
    }

    /** A weekday after a future cue lies after the reference day, after a past cue before it. */
    static Timex weekdayDirection(String doc, Timex t, LocalDate ref) {
        DayOfWeek day = weekday(t);
        if (day == null || !"DATE".equals(t.type())) {
            return t;
        }
        String before = doc.substring(Math.max(0, t.start() - 20), t.start());
        LocalDate resolved;
        if (FUTURE_CUE.matcher(before).find()) {
            resolved = ref.with(TemporalAdjusters.nextOrSame(day));
            if (before.toLowerCase(Locale.ROOT).matches("(?s).*(next|nächsten|kommenden)\\s+(am\\s+|on\\s+)?$")
                    && resolved.equals(ref)) {
                resolved = resolved.plusWeeks(1);
            }
        } else if (PAST_CUE.matcher(before).find()) {
            resolved = ref.with(TemporalAdjusters.previous(day));
        } else {
            return t;
        }
        return new Timex(t.sentence(), t.start(), t.end(), t.text(), "DATE", resolved.toString(),
                "rule:weekday-direction");
    }

    /** A weekday no cue word placed lies on the side of the reference day that the sentence's tense says. */
    static Timex weekdayTense(AnnotatedText text, Timex t, LocalDate ref) {
        DayOfWeek day = weekday(t);
        if (day == null || !"DATE".equals(t.type()) || t.method().startsWith("rule:") || t.value() == null
                || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return t;
        }
        LocalDate value = LocalDate.parse(t.value());
        Sentence s = text.sentences().get(t.sentence());
        LocalDate resolved = value;
        boolean future = Tense.isFuture(s, text.language());
        if (value.isBefore(ref) && future) {
            resolved = ref.with(TemporalAdjusters.nextOrSame(day));
        } else if (value.isAfter(ref) && !future && Tense.isPast(s, text.language())) {
            resolved = ref.with(TemporalAdjusters.previous(day));
        }
        return resolved.equals(value) ? t : new Timex(t.sentence(), t.start(), t.end(), t.text(), "DATE",
                resolved.toString(), "rule:weekday-tense");
    }

    /**
     * Without a publication date nothing relative has an anchor: a date whose words name no year ("Monday", "am 3.
     * März", "last week") keeps its words and loses the value HeidelTime guessed from a year elsewhere in the text.
     */
    static Timex unanchored(Timex t) {
        if (t.value() == null || !"DATE".equals(t.type()) && !"TIME".equals(t.type()) || YEAR.matcher(t.text()).find()
                || !t.value().matches("\\d.*")) {
            return t;
        }
        return new Timex(t.sentence(), t.start(), t.end(), t.text(), t.type(), null, "rule:undated");
    }

    /**
     * A day or month named without a year ("on November 27", "im März") takes the year that puts it nearest the
     * reference day in the direction its clause's tense says: not after it for the past ("said on December 30" in a
     * January article: last year's), not before it for the future, nearest either way otherwise.
     */
    static Timex yearOfMonthDay(AnnotatedText text, Timex t, LocalDate ref) {
        if (!"DATE".equals(t.type()) || t.value() == null || YEAR.matcher(t.text()).find() || weekday(t) != null
                || t.method().startsWith("rule:")) {
            return t;
        }
        boolean day = t.value().matches("\\d{4}-\\d{2}-\\d{2}");
        boolean month = t.value().matches("\\d{4}-\\d{2}");
        if (!day && !month || !t.text().matches("(?s).*\\p{L}{3,}.*") && !t.text().matches("(?s).*\\d{1,2}\\.\\s*\\d{1,2}\\..*")) {
            return t;
        }
        LocalDate value = day ? LocalDate.parse(t.value()) : LocalDate.parse(t.value() + "-01");
        if (day && isRelativeWord(t.text())) {
            return t; // "today", "heute", "yesterday": HeidelTime counted from the reference day
        }
        Sentence s = text.sentences().get(t.sentence());
        List<Token> clause = Tense.clauseAround(s, t.start(), t.end());
        int direction = Tense.isFuture(clause, text.language()) ? 1 : Tense.isPast(clause, text.language()) ? -1 : 0;
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate c;
            try {
                c = value.withYear(y);
            } catch (java.time.DateTimeException e) {
                continue; // 29 February
            }
            LocalDate first = c;
            LocalDate last = day ? c : c.with(TemporalAdjusters.lastDayOfMonth());
            if (direction < 0 && first.isAfter(ref) || direction > 0 && last.isBefore(ref)) {
                continue;
            }
            if (best == null || distance(first, last, ref) < distance(best, day ? best
                    : best.with(TemporalAdjusters.lastDayOfMonth()), ref)) {
                best = c;
            }
        }
        if (best == null || best.getYear() == value.getYear()) {
            return t;
        }
        String v = day ? best.toString() : best.toString().substring(0, 7);
        return new Timex(t.sentence(), t.start(), t.end(), t.text(), t.type(), v, "rule:year-of-month-day");
    }

    private static long distance(LocalDate first, LocalDate last, LocalDate ref) {
        if (!ref.isBefore(first) && !ref.isAfter(last)) {
            return 0;
        }
        return Math.min(Math.abs(first.toEpochDay() - ref.toEpochDay()), Math.abs(last.toEpochDay() - ref.toEpochDay()));
    }

    private static boolean isRelativeWord(String text) {
        return RELATIVE_DAY.matcher(text).find();
    }

    /** The weekday a timex names ("Montag", "on Friday"), or {@code null}. */
    private static DayOfWeek weekday(Timex t) {
        return WEEKDAYS.get(t.text().toLowerCase(Locale.ROOT).replaceFirst("^(am|on)\\s+", ""));
    }

    /** The weekend meant: an explicit cue decides, else past tense in the sentence means the last one. */
    static String weekend(AnnotatedText text, int sentence, String phrase, LocalDate ref) {
        String p = phrase.toLowerCase(Locale.ROOT);
        boolean past;
        if (p.matches(".*(vergangenen|letzten|last|past).*")) {
            past = true;
        } else if (p.matches(".*(kommenden|nächsten|next|coming|this).*")) {
            past = false;
        } else {
            past = Tense.isPast(text.sentences().get(sentence), text.language());
        }
        LocalDate saturday = past
                ? ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return isoWeek(saturday) + "-WE";
    }

    static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private interface Maker {
        Timex make(Matcher m, int sentence);
    }

    private static void addMatches(AnnotatedText text, List<Timex> out, Pattern p, Maker maker) {
        Matcher m = p.matcher(text.text().text());
        while (m.find()) {
            int s = text.sentenceAt(m.start());
            if (s < 0 || overlaps(out, m.start(), m.end())) {
                continue;
            }
            out.add(maker.make(m, s));
        }
    }

    private static boolean overlaps(List<Timex> list, int start, int end) {
        return list.stream().anyMatch(t -> t.start() < end && start < t.end());
    }

    private static Map<String, DayOfWeek> weekdays() {
        return Map.ofEntries(
                Map.entry("montag", DayOfWeek.MONDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
                Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
                Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
                Map.entry("sonnabend", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
                Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
                Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
                Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
                Map.entry("sunday", DayOfWeek.SUNDAY));
    }
}
