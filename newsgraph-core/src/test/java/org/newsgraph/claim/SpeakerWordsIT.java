/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;

/**
 * Every row of the speaker word lists ({@code claim/speakers-de.tsv}, {@code claim/speakers-en.tsv}) does on its own
 * example sentence what its class promises: a pronoun, possessive, description or gender word links its claim to the
 * first actor the example names; a spokesperson's claim is linked to an actor named in it; a relational noun's claim
 * to none of them; a state body's and a state tail's claim to a state.
 */
class SpeakerWordsIT {
    @Test
    void everyExampleDoesWhatItsClassSays() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Language language : List.of(Language.GERMAN, Language.ENGLISH)) {
            for (SpeakerWords.Word w : SpeakerWords.get().rows(language)) {
                String problem = check(language, w);
                checked++;
                if (problem != null) {
                    failures.add(language.code() + " " + w.kind() + " '" + w.word() + "': " + problem + " | "
                            + w.example());
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " rows read");
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " examples fail:\n"
                + String.join("\n", failures));
    }

    private static String check(Language language, SpeakerWords.Word w) throws Exception {
        if (w.kind() == SpeakerWords.Kind.STATETAIL && w.example().isBlank()) {
            return null;
        }
        Analysis a = analyse(w.example(), language);
        List<Claim> claims = a.claims();
        if (claims.isEmpty()) {
            return "no claim";
        }
        Claim c = claims.get(claims.size() - 1);
        String speaker = c.speaker() == null ? null : c.speaker().entity();
        return switch (w.kind()) {
            case PRONOUN, POSSESSIVE, DESCRIPTION, FEMALE, MALE -> {
                String first = firstActor(a.entities());
                yield Objects.equals(speaker, first) ? null : "linked to " + speaker + ", not to " + first;
            }
            case SPOKESPERSON -> speaker != null || c.speaksFor() != null ? null : "linked to no actor";
            case RELATIONAL -> speaker == null || a.entities().stream().noneMatch(e -> e.id().equals(speaker))
                    ? null : "linked to " + speaker + ", an actor named with the relation";
            case STATEBODY, STATETAIL -> speaker != null && speaker.startsWith("country:") ? null
                    : "linked to " + speaker + ", not to a state";
        };
    }

    /** The actor named first in the text: a name of a person, organisation, outlet, group or state. */
    private static String firstActor(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() != EntityType.LOCATION && e.type() != EntityType.OTHER)
                .flatMap(e -> e.mentions().stream().filter(m -> !SpeakerLinker.derived(m))
                        .map(m -> new Object[] {e.id(), m}))
                .min(Comparator.comparingInt(o -> ((Mention) o[1]).start())).map(o -> (String) o[0]).orElse(null);
    }

    private static Analysis analyse(String example, Language language) throws Exception {
        String text = "Notiz\n\n" + example;
        RawDocument doc = RawDocument.ofFile("example.txt", text.getBytes(StandardCharsets.UTF_8));
        return Pipelines.standard().analyze(doc, new InputHints(null, null, LocalDate.of(2026, 3, 2),
                language.code().toLowerCase(Locale.ROOT)));
    }
}
