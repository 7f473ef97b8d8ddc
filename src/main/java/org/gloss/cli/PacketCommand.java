package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.publish.PacketBuilder;
import org.gloss.publish.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss packet}: a printable classroom packet, as HTML and PDF. */
@Command(name = "packet", mixinStandardHelpOptions = true,
        description = "Write a classroom reading packet (packet.html and packet.pdf) into the output folder.")
public final class PacketCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--articles", paramLabel = "ID", split = ",",
            description = "Article ids to include, in this order (default: the articles listed in packet.yml, else every article, oldest first).")
    List<String> articles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "packet")
    Path out;

    @Option(names = "--paper", paramLabel = "SIZE", description = "PDF paper: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "A4", converter = PaperConverter.class)
    PdfRenderer.Paper paper;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            site.outputGuard().check(out);
            PacketBuilder.Result r = new Gloss(site.content, site.templates()).packet(articles, out, paper);
            r.problems().forEach(err::println);
            spec.commandLine().getOut().printf("Wrote a packet of %d articles: %s and %s%n", r.articles(),
                    out.resolve("packet.html"), out.resolve("packet.pdf"));
            return r.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Packet failed; " + out + " was left as it was.");
            return 1;
        }
    }

    /** Accepts a4 / letter in any case. */
    static final class PaperConverter implements picocli.CommandLine.ITypeConverter<PdfRenderer.Paper> {
        @Override
        public PdfRenderer.Paper convert(String value) {
            for (PdfRenderer.Paper p : PdfRenderer.Paper.values()) {
                if (p.name().equalsIgnoreCase(value.strip())) {
                    return p;
                }
            }
            // picocli prints this after "Invalid value for option '--paper': ".
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a paper size; choose one of "
                    + java.util.Arrays.stream(PdfRenderer.Paper.values()).map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).toList()
                    .toString().replaceAll("[\\[\\]]", ""));
        }
    }
}
