/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.error.InputIoException;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.PhoenixImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph actors import-phoenix FILE... [--out FILE]}: PETRARCH's Phoenix dictionaries as a registry layer.
 * A file that cannot be read is reported and the others are imported; the exit code is then 4.
 */
@Command(name = "import-phoenix", mixinStandardHelpOptions = true,
        description = "Read PETRARCH Phoenix actor dictionaries (e.g. ../shared/data/petrarch2/Phoenix.Countries."
                + "actors.txt) and write the people with dated roles as a registry layer. Two-digit years: 00-30 are "
                + "2000-2030, 31-99 are 1931-1999. Use the layer with --layer or NEWSGRAPH_ACTOR_LAYERS; the curated "
                + "registry wins where both speak.")
public final class ActorsImportPhoenixCommand implements Callable<Integer> {
    private static final int WARNINGS_SHOWN = 20;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Phoenix dictionary files.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the layer here (default: standard output).")
    Path out;

    @Option(names = "--all-warnings", description = "Print every malformed code, not only the first "
            + WARNINGS_SHOWN + ".")
    boolean allWarnings;

    @Override
    public Integer call() throws Exception {
        ActorRegistry curated = ActorRegistry.curated();
        PhoenixImporter importer = new PhoenixImporter(curated);
        PrintWriter err = ActorsCommand.stderr();
        List<String> read = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                Status.say("Reading " + f + " ...");
                importer.read(f.getFileName().toString(), r);
                read.add(f.getFileName().toString());
            } catch (NoSuchFileException e) {
                failed++;
                err.println("newsgraph: " + f + ": no such file");
            } catch (IOException e) {
                failed++;
                err.println("newsgraph: " + new InputIoException(f.toString(), e).getMessage());
            }
        }
        Status.clear();
        String layer = importer.layer(read);
        write(layer);
        List<String> warnings = importer.warnings();
        int shown = allWarnings ? warnings.size() : Math.min(WARNINGS_SHOWN, warnings.size());
        warnings.subList(0, shown).forEach(w -> err.println("warning: " + w));
        if (shown < warnings.size()) {
            err.println("warning: ... " + (warnings.size() - shown) + " more (--all-warnings shows them)");
        }
        err.println(summary(importer, curated, read.size(), failed));
        err.flush();
        return failed > 0 ? ExitCodes.IO : ExitCodes.OK;
    }

    private void write(String layer) throws InputIoException {
        if (out == null) {
            PrintWriter w = ActorsCommand.stdout();
            w.print(layer);
            w.flush();
            return;
        }
        try {
            Files.writeString(out, layer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputIoException(out.toString(), e);
        }
    }

    private static String summary(PhoenixImporter importer, ActorRegistry curated, int files, int failed) {
        List<Actor> people = importer.people();
        long known = people.stream().filter(a -> curated.get(a.id()).isPresent()).count();
        long roles = people.stream().mapToLong(a -> a.roles().size()).sum();
        return "imported " + people.size() + " people with " + roles + " dated roles from " + importer.entries()
                + " entries in " + files + " file(s)" + (failed > 0 ? " (" + failed + " unreadable)" : "") + "; "
                + importer.skipped() + " entries skipped (no dated code, or not a person); "
                + importer.warnings().size() + " malformed codes skipped; " + known
                + " people are curated too (the curated roles win)";
    }
}
