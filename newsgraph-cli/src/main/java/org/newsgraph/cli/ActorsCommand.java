/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.NewsgraphException;
import org.newsgraph.link.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph actors}: inspect the actor registry and import extra layers, for people who maintain it. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Inspect the actor registry (countries, leaders with dated roles, organisations, groups, "
                + "media) and import the PETRARCH Phoenix dictionaries as an extra layer.",
        subcommands = {ActorsShowCommand.class, ActorsSearchCommand.class, ActorsImportPhoenixCommand.class})
public final class ActorsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Standard output as UTF-8 text (names carry umlauts and accents whatever the platform's charset). */
    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    /** Standard error as UTF-8 text. */
    static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** The {@code --layer} option of the read-only subcommands. */
    static final class Layers {
        @Option(names = "--layer", paramLabel = "PATH",
                description = "A registry layer (file or folder of .actors files) to merge under the curated "
                        + "registry; repeatable. Without it, the layers named by NEWSGRAPH_ACTOR_LAYERS are used.")
        List<Path> paths = new ArrayList<>();

        ActorRegistry registry() throws NewsgraphException {
            return paths.isEmpty() ? ActorRegistry.builtIn() : ActorRegistry.curated().withLayers(paths);
        }
    }
}
