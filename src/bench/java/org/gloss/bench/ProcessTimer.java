package org.gloss.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a command to completion and times it from outside, as a user at a shell would. */
final class ProcessTimer {

    /** A finished run: its wall time and the output line that began with the marker asked for, if any. */
    record Timed(long wallNanos, String marker) {
    }

    private final PrintWriter log;

    ProcessTimer(PrintWriter log) {
        this.log = log;
    }

    Timed time(List<String> command, String markerPrefix) {
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String marker = null;
            StringBuilder output = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (markerPrefix != null && line.startsWith(markerPrefix)) {
                        marker = line;
                    } else {
                        output.append(line).append('\n');
                    }
                }
            }
            int exit = p.waitFor();
            long wall = System.nanoTime() - start;
            if (exit != 0 || (markerPrefix != null && marker == null)) {
                log.print(output);
                throw new IllegalStateException("command failed (exit " + exit + "): " + String.join(" ", command));
            }
            return new Timed(wall, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first line {@code command} prints, or null if it cannot be run. */
    String version(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            return p.waitFor() == 0 ? first.strip() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
