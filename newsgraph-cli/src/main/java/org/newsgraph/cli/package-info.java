/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The {@code newsgraph} command line: one picocli command class per command, errors mapped to exit codes in one place
 * ({@link org.newsgraph.cli.ExitCodes}).
 */
package org.newsgraph.cli;
