/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.link.Actor;
import org.newsgraph.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph actors search TEXT}: one line per actor whose id or names contain the text. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "List actors whose id, names, adjectives, words for the people or seats contain TEXT "
                + "(case-insensitive): id, type, English and German label, one actor a line.")
public final class ActorsSearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", description = "The text to look for.")
    String text;

    @Mixin
    ActorsCommand.Layers layers = new ActorsCommand.Layers();

    @Override
    public Integer call() throws Exception {
        if (text.isBlank()) {
            throw new ExitCodes.UsageException("search needs a non-empty TEXT");
        }
        List<Actor> hits = layers.registry().search(text.strip());
        PrintWriter out = ActorsCommand.stdout();
        for (Actor a : hits) {
            out.println(a.id() + "\t" + a.type() + "\t" + a.label(Language.ENGLISH) + "\t" + a.label(Language.GERMAN));
        }
        out.flush();
        ActorsCommand.stderr().println(hits.size() + (hits.size() == 1 ? " actor matches '" : " actors match '")
                + text.strip() + "'");
        return ExitCodes.OK;
    }
}
