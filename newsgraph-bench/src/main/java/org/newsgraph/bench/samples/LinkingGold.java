/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.bench.Prf;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.Pipeline;

/**
 * Scores actor linking against {@code gold/linking.tsv}: sentences of the team's own with every registry-linkable
 * mention marked {@code [[surface|actor-id]]} and the date that resolves role nouns. A gold link is right when a
 * predicted mention covers exactly the marked words and links them to the same actor. Precision counts predicted
 * registry links (not {@code other:} ids) that are not gold links.
 */
public final class LinkingGold {
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)\\]\\]");

    private LinkingGold() {}

    public static Prf score(Pipeline pipeline, PrintStream misses) {
        Prf prf = new Prf();
        for (String[] f : GoldFile.rows("linking.tsv", 3)) {
            Language lang = Language.fromCode(f[0]).orElseThrow();
            StringBuilder plain = new StringBuilder();
            Map<String, String> gold = new HashMap<>();
            Matcher m = MARK.matcher(f[2]);
            int last = 0;
            while (m.find()) {
                plain.append(f[2], last, m.start());
                int start = plain.length();
                plain.append(m.group(1));
                gold.put(start + ":" + plain.length(), m.group(2));
                last = m.end();
            }
            plain.append(f[2].substring(last));
            Article a = Article.builder().body(List.of(Paragraph.of(plain.toString())))
                    .published(LocalDate.parse(f[1]), DateMethod.RECORD).language(lang.code()).extraction("gold").build();
            AnnotatedText t = pipeline.annotator().annotate(a, lang);
            Map<String, String> predicted = new HashMap<>();
            for (Entity e : pipeline.linker().link(t)) {
                for (Mention mention : e.mentions()) {
                    predicted.put(mention.start() + ":" + mention.end(), e.id());
                }
            }
            int right = 0;
            for (var g : gold.entrySet()) {
                if (g.getValue().equals(predicted.get(g.getKey()))) {
                    right++;
                } else if (misses != null) {
                    String[] se = g.getKey().split(":");
                    misses.printf("  %s %s: '%s' gold %s, got %s%n", f[0], f[1],
                            plain.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1])), g.getValue(),
                            predicted.get(g.getKey()));
                }
            }
            List<String> extra = new ArrayList<>();
            predicted.forEach((span, id) -> {
                if (!id.startsWith("other:") && !gold.containsKey(span)) {
                    extra.add(id);
                }
            });
            prf.add(right, right + extra.size(), gold.size());
        }
        return prf;
    }
}
