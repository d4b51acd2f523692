/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;

/**
 * Reads a PETRARCH validation file leniently: the UniversalPetrarch file is not well-formed XML (self-closed
 * {@code <Sentence .../>} tags followed by their children, a bare banner), so records are cut at each line that
 * opens with a {@code <Sentence} tag and their parts found by pattern. A record with an empty {@code <Text>} takes its text from
 * the words of its CoNLL-U parse; a malformed date leaves the record undated.
 */
public final class PetrReader {
    private static final Pattern SENTENCE = Pattern.compile("^\\s*<Sentence\\b([^>]*)>", Pattern.MULTILINE);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrReader() {}

    public static List<PetrRecord> read(Path file) throws InputIoException, BadInputException {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputIoException(file.toString(), e);
        }
        List<PetrRecord> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : xml.length();
            String attrs = xml.substring(starts.get(i)[0], starts.get(i)[1]);
            out.add(record(attrs, xml.substring(starts.get(i)[1], end)));
        }
        if (out.isEmpty()) {
            throw new BadInputException(file.toString(), "no <Sentence> records found");
        }
        return out;
    }

    static PetrRecord record(String tag, String body) {
        String id = attribute(tag, "id");
        String rawDate = attribute(tag, "date");
        List<PetrRecord.Coding> codings = new ArrayList<>();
        Matcher c = CODING.matcher(body);
        while (c.find()) {
            String event = attribute(c.group(1), "eventcode");
            if (event != null) {
                codings.add(new PetrRecord.Coding(event, orNone(attribute(c.group(1), "sourcecode")),
                        orNone(attribute(c.group(1), "targetcode"))));
            }
        }
        Matcher t = TEXT.matcher(body);
        String text = t.find() ? t.group(1).replaceAll("\\s+", " ").strip() : "";
        if (text.isEmpty()) {
            Matcher p = PARSE.matcher(body);
            text = p.find() ? wordsOf(p.group(1)) : "";
        }
        return new PetrRecord(id, rawDate, date(rawDate), text, codings);
    }

    /** The sentence a CoNLL-U parse spells: its words, separated by spaces unless marked SpaceAfter=No. */
    static String wordsOf(String conll) {
        StringBuilder sb = new StringBuilder();
        for (String line : conll.split("\n")) {
            String[] f = line.strip().split("\t");
            if (f.length < 10 || !f[0].matches("\\d+")) {
                continue;
            }
            sb.append(f[1]);
            if (!f[9].contains("SpaceAfter=No")) {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }

    static LocalDate date(String raw) {
        if (raw == null || !raw.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.parse(raw, YMD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orNone(String code) {
        return code == null || code.isBlank() ? "---" : code.strip();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }
}
