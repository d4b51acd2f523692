/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Language;
import org.newsgraph.model.Timex;

/**
 * {@link TimexTagger} on HeidelTime in its no-POS mode (news document type when a reference date is known, narrative
 * otherwise), followed by Newsgraph's own {@link TimexRules} where HeidelTime is measurably wrong. HeidelTime
 * instances are not thread-safe: each call borrows one ({@link HeidelTimeRunner}, with its own reused UIMA document)
 * from a pool that grows to the number of concurrent callers. HeidelTime's rule patterns are anchored where it would
 * reject a match anyway ({@link HeidelTimeRules}).
 */
public final class HeidelTimeTagger implements TimexTagger {
    private final Map<String, ConcurrentLinkedQueue<HeidelTimeRunner>> pools = new ConcurrentHashMap<>();
    private final Map<Language, TemporalCues> cues = new ConcurrentHashMap<>();

    static {
        configure();
    }

    /** HeidelTime reads its settings from a static table; the jar ships no config file, so we provide the values. */
    private static synchronized void configure() {
        if (Config.isInitialized()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "true");
        p.setProperty("considerTime", "true");
        p.setProperty("considerTemponym", "false");
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        Config.setProps(p);
    }

    @Override
    public List<Timex> tag(AnnotatedText text, LocalDate reference) {
        return TimexRules.apply(text, heidelTime(text, reference), reference);
    }

    /**
     * HeidelTime's own timexes, before Newsgraph's {@link TimexRules}: what the timex regression test compares across
     * changes to how HeidelTime is called.
     */
    public List<Timex> heidelTime(AnnotatedText text, LocalDate reference) {
        DocumentType type = reference == null ? DocumentType.NARRATIVES : DocumentType.NEWS;
        String key = text.language() + "/" + type;
        ConcurrentLinkedQueue<HeidelTimeRunner> pool = pools.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>());
        HeidelTimeRunner ht = pool.poll();
        if (ht == null) {
            ht = create(text.language(), type);
        }
        try {
            HeidelTimeRunner tagger = ht;
            return LibraryOutput.divert(() -> run(tagger, text, reference));
        } finally {
            pool.offer(ht);
        }
    }

    private static HeidelTimeRunner create(Language language, DocumentType type) {
        var lang = language == Language.GERMAN
                ? de.unihd.dbs.uima.annotator.heideltime.resources.Language.GERMAN
                : de.unihd.dbs.uima.annotator.heideltime.resources.Language.ENGLISH;
        synchronized (HeidelTimeTagger.class) { // HeidelTime loads its rules into unsynchronized singletons
            HeidelTimeRunner runner = new HeidelTimeRunner(lang, type);
            HeidelTimeRules.anchor(lang);
            return runner;
        }
    }

    /**
     * Runs HeidelTime on the stretches of text that can hold a temporal expression only ({@link TemporalCues}: a cue
     * word or number with six tokens either side, joined by blank lines, offsets mapped back). HeidelTime's cost grows
     * with the text it reads; on news this reads about a fifth of it.
     */
    private List<Timex> run(HeidelTimeRunner ht, AnnotatedText text, LocalDate reference) {
        List<Timex> out = new ArrayList<>();
        String doc = text.text().text();
        TemporalCues tc = cues.computeIfAbsent(text.language(), TemporalCues::load);
        StringBuilder sub = new StringBuilder();
        List<int[]> map = new ArrayList<>(); // {subStart, docStart, length}
        for (var s : text.sentences()) {
            for (int[] w : tc.windows(s, doc, text.language().locale())) {
                int start = s.tokens().get(w[0]).start();
                int end = s.tokens().get(w[1]).end();
                if (sub.length() > 0) {
                    sub.append("\n\n");
                }
                map.add(new int[] {sub.length(), start, end - start});
                sub.append(doc, start, end);
            }
        }
        if (sub.length() == 0) {
            return out;
        }
        Date dct = reference == null ? null : Date.from(reference.atTime(12, 0).toInstant(ZoneOffset.UTC));
        ht.process(sub.toString(), dct, jcas -> {
            for (var a : jcas.getAnnotationIndex(Timex3.type)) {
                Timex3 t = (Timex3) a;
                int begin = toDoc(map, t.getBegin());
                int end = toDoc(map, t.getEnd() - 1) + 1;
                int sentence = begin < 0 || end <= 0 ? -1 : text.sentenceAt(begin);
                if (sentence < 0 || end <= begin) {
                    continue;
                }
                out.add(new Timex(sentence, begin, end, doc.substring(begin, end), t.getTimexType(),
                        emptyToNull(t.getTimexValue()), "heideltime:" + t.getFoundByRule()));
            }
        });
        out.sort(Comparator.comparingInt(Timex::start));
        return out;
    }

    /** The document offset of an offset into the joined sentences, or -1 inside a separator. */
    private static int toDoc(List<int[]> map, int subOffset) {
        for (int[] m : map) {
            if (subOffset >= m[0] && subOffset < m[0] + m[2]) {
                return m[1] + (subOffset - m[0]);
            }
        }
        return -1;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
