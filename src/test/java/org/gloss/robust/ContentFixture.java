package org.gloss.robust;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gloss.cli.Main;
import picocli.CommandLine;

/** A content folder made on the fly in a test's temp dir, and a way to build it with the CLI. */
final class ContentFixture {

    final Path root;
    final Path content;
    final Path articles;
    final Path out;

    ContentFixture(Path tmp) throws IOException {
        this.root = tmp;
        this.content = tmp.resolve("content");
        this.articles = content.resolve("articles");
        this.out = tmp.resolve("site");
        Files.createDirectories(articles);
        Files.writeString(content.resolve("site.yml"), "title: Test reader\nlanguage: en\n");
    }

    /** A plain-text article with a headline and {@code paragraphs} paragraphs of ordinary prose. */
    static String article(String headline, int paragraphs) {
        StringBuilder b = new StringBuilder(headline).append("\n\n");
        for (int i = 1; i <= paragraphs; i++) {
            b.append("Paragraph ").append(i).append(" of the story tells what happened in the town on that day, ")
                    .append("and who was there when the council met.\n\n");
        }
        return b.toString();
    }

    Path write(String relToArticles, String text) throws IOException {
        return write(relToArticles, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relToArticles, byte[] bytes) throws IOException {
        Path p = articles.resolve(relToArticles);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    /** The outcome of one CLI run. */
    record Run(int exit, String out, String err) {
    }

    Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(),
                "--templates", root.resolve("no-templates").toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    String page(String relToSite) throws IOException {
        return Files.readString(out.resolve(relToSite));
    }

    /** Every file under {@code dir} by relative path, with a SHA-256 of its bytes. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
