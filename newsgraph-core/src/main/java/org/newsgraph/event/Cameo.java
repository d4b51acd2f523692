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
 * CAMEO codes of events. CAMEO codes what a source declares it will do as a verbal act of its own: "express intent
 * to …" (root 03) for cooperative acts, a threat (13) for force, a rejection (12) for a declared refusal. So a meeting
 * Kim says he wants is 036, aid a government promises 033, an attack a leader wants 138, support a president says he
 * will not give 121. Plans no one declares (a scheduled summit, "will supply" in the reporter's voice) keep the act's
 * code; their modality says that they are planned. The mapping is documented in docs/events.md.
 */
final class Cameo {
    private Cameo() {}

    static String code(String lexiconCode, PloverType type, Mood mood) {
        if (!mood.declared()) {
            return lexiconCode;
        }
        if (mood.modality() == Modality.PLANNED) {
            return switch (type) {
                case CONSULT -> "036";
                case COOPERATE -> "031";
                case SUPPORT -> "032";
                case AGREE -> "030";
                case AID -> "033";
                case CONCEDE, RETREAT -> "035";
                case ASSAULT -> "138";
                case SANCTION -> "1312";
                default -> lexiconCode;
            };
        }
        if (mood.modality() == Modality.NEGATED) {
            return switch (type) {
                case CONSULT -> "125";
                case COOPERATE, AID -> "121";
                case AGREE -> "127";
                case CONCEDE, RETREAT -> "124";
                case SUPPORT -> "120";
                default -> lexiconCode;
            };
        }
        return lexiconCode;
    }

    /** The two-digit root of a code ("0841" gives "08"). */
    static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    /**
     * Acts only a state's organs do (CAMEO 172 administrative sanctions such as curfews, 173 arrest, detention and
     * charges, 174 expulsion and deportation, 175 repression): whoever does them unnamed is the state.
     */
    static boolean stateAct(String code) {
        return code.startsWith("172") || code.startsWith("173") || code.startsWith("174") || code.startsWith("175");
    }
}
