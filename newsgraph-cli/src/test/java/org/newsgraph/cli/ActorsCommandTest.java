/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsgraph actors show|search|import-phoenix} end to end through the command line. */
class ActorsCommandTest {
    private static final String FIXTURE = String.join("\n",
            "# two people in PETRARCH's format",
            "KOFI_ANNAN_",
            "\t[IGOUNO 970101-061231]",
            "",
            "JANE_EXAMPLE_DOE_  # a person the curated registry does not know",
            "+J._EXAMPLE_DOE_",
            "\t[GHAGOV 990101-030630]",
            "\t[GHAGOV 1999010-030630]",
            "");

    @TempDir
    Path dir;

    /** Output, error output and exit code of one command line. */
    record Run(String out, String err, int code) {}

    /**
     * Runs a command line as {@link Main#run} does, minus the library-logging set-up (CoreNLP's Redwood would keep
     * hold of the first test's standard output).
     */
    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new NewsgraphCommand());
            cl.setExecutionExceptionHandler(new ExitCodes.Handler());
            cl.setParameterExceptionHandler(new ExitCodes.UsageHandler());
            cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            int code = cl.execute(args);
            return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void showPrintsLabelsCodesRolesAndForms() {
        Run r = run("actors", "show", "person:dmitry-medvedev");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("person:dmitry-medvedev  PERSON  Dmitry Medvedev\n"), r.out());
        assertTrue(r.out().contains("  de: Dmitri Medwedew; Dmitrij Medwedew; Medwedew\n"), r.out());
        assertTrue(r.out().contains("  codes: iso3=RUS; cameo=RUSGOV\n"), r.out());
        assertTrue(r.out().contains("    head-of-state  RUS  2008-05-07 .. 2012-05-07\n"), r.out());
        assertTrue(r.out().contains("Medwedews (name, de)"), r.out());
    }

    @Test
    void showFindsAnInflectedNameAndShowsBothSeatAndPlace() {
        Run r = run("actors", "show", "Pjöngjang");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("country:PRK  COUNTRY  North Korea"), r.out());
        assertTrue(r.out().contains("location:pyongyang  LOCATION  Pyongyang"), r.out());
        assertTrue(run("actors", "show", "Russlands").out().startsWith("country:RUS  COUNTRY  Russia"));
    }

    @Test
    void showOfAnUnknownNameIsBadInput() {
        Run r = run("actors", "show", "Xyzzy Quux");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("newsgraph: Xyzzy Quux: no actor has this id or name (try 'newsgraph actors search')\n",
                r.err());
    }

    @Test
    void searchListsOneActorALine() {
        Run r = run("actors", "search", "kreml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("country:RUS\tCOUNTRY\tRussia\tRussland\n"), r.out());
        assertEquals("1 actor matches 'kreml'\n", r.err());
    }

    @Test
    void importWritesALayerThatShowReads() throws IOException {
        Path dict = dir.resolve("mini.txt");
        Files.writeString(dict, FIXTURE, StandardCharsets.UTF_8);
        Path layer = dir.resolve("phoenix.actors");
        Run r = run("actors", "import-phoenix", dict.toString(), dir.resolve("missing.txt").toString(), "--out",
                layer.toString());
        assertEquals(ExitCodes.IO, r.code(), "one file was missing");
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(r.err().contains("warning: mini.txt:8: date '1999010' has 7 digits"), r.err());
        assertTrue(r.err().contains("imported 2 people with 2 dated roles from 2 entries in 1 file(s) "
                + "(1 unreadable); 0 entries skipped (no dated code, or not a person); 1 malformed codes skipped; "
                + "1 people are curated too"), r.err());
        assertTrue(Files.readString(layer, StandardCharsets.UTF_8).contains("person:jane-example-doe | type=PERSON "
                + "| cameo=GHAGOV | country=GHA | en=Jane Example Doe; J. Example Doe "
                + "| role=government/GHA/1999-01-01/2003-06-30"));

        Run shown = run("actors", "show", "Jane Example Doe", "--layer", layer.toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("    government  GHA  1999-01-01 .. 2003-06-30\n"), shown.out());
        Run annan = run("actors", "show", "person:kofi-annan", "--layer", layer.toString());
        assertTrue(annan.out().contains("secretary-general  org:united-nations  1997-01-01 .. 2006-12-31"));
        assertTrue(!annan.out().contains("official"), "the curated role wins over the imported one");
    }
}
