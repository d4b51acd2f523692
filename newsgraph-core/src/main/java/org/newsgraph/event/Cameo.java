/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;

/**
 * CAMEO codes of events. CAMEO codes a stated intention as "express intent to …" (root 03) rather than as the act, so
 * a planned meeting is 036 and a planned aid delivery 033; other planned acts keep their code, and their modality
 * says that they are planned. The mapping is documented in docs/events.md.
 */
final class Cameo {
    private Cameo() {}

    static String code(String lexiconCode, PloverType type, Modality modality) {
        if (modality != Modality.PLANNED) {
            return lexiconCode;
        }
        return switch (type) {
            case CONSULT -> "036";
            case COOPERATE -> "031";
            case SUPPORT -> "032";
            case AID -> "033";
            case CONCEDE, RETREAT -> "035";
            case AGREE -> "037";
            default -> lexiconCode;
        };
    }

    /** The two-digit root of a code ("0841" gives "08"). */
    static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }
}
