package org.gloss.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;

/**
 * A file shipped in a WebJar on the classpath (e.g. lunr.js from {@code org.webjars.npm:lunr}),
 * found through the WebJar's own Maven metadata so a version bump in the pom needs no code change.
 */
record WebJarAsset(String groupId, String artifactId, String file) {

    /** lunr.js, the search engine the site's search page runs. */
    static final WebJarAsset LUNR = new WebJarAsset("org.webjars.npm", "lunr", "lunr.min.js");

    /** The file's bytes; a missing WebJar is a build error (the jar was built wrongly). */
    byte[] bytes() {
        String resource = "META-INF/resources/webjars/" + artifactId + "/" + version() + "/" + file;
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String version() {
        Properties p = new Properties();
        try (InputStream in = open("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static InputStream open(String resource) {
        InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new BuildException(Problem.error("classpath", "missing " + resource + " (is the WebJar on the classpath?)"));
        }
        return in;
    }
}
