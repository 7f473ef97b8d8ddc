package org.gloss.render;

/** One rendered output file: its path inside the site ({@code /}-separated) and its text. */
public record Page(String path, String content) {
}
