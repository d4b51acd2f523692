/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Third-party browser libraries from their WebJars on the class path (no CDN, works offline): the chart library
 * (ECharts) and the graph library (Cytoscape.js), served at version-free paths under {@code /vendor/}.
 *
 * @param path  where the page loads it, e.g. {@code /vendor/echarts.min.js}
 * @param bytes the file
 */
record Vendor(String path, byte[] bytes) {
    static Vendor load(String name, String file) {
        String version = version(name);
        String resource = "META-INF/resources/webjars/" + name + "/" + version + "/" + file;
        try (InputStream in = Vendor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + name + " WebJar has no " + resource);
            }
            return new Vendor("/vendor/" + file.substring(file.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The WebJar's version, from the Maven metadata inside it. */
    private static String version(String name) {
        String props = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = Vendor.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("the " + name + " WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + props, e);
        }
    }
}
