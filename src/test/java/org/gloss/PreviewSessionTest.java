package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.BuildProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewSessionTest {

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void warmingUpPublishesNothingAndStopsWhenAChangeIsWaiting() throws Exception {
        Path content = new CorpusGenerator(3, 8).write(tmp.resolve("corpus"), 8);
        try (PreviewSession session = PreviewSession.start(content, null, tmp.resolve("site"), 0, BuildProgress.SILENT)) {
            String version = get(session, "/__gloss/changes");
            String article = "/articles/" + session.first().ingested().articles().get(0).id() + ".html";
            String page = get(session, article);

            AtomicInteger asked = new AtomicInteger();
            session.warmUp(Duration.ofSeconds(60), () -> asked.incrementAndGet() > 2);
            assertEquals(3, asked.get(), "two rehearsals, then a change was waiting");
            assertEquals(version, get(session, "/__gloss/changes"), "nothing was published");
            assertEquals(page, get(session, article));

            Path source = content.resolve(session.first().ingested().articles().get(0).source());
            Files.writeString(source, Files.readString(source) + "\nA sentence saved after the warm-up.\n");
            session.rebuild(Set.of(source));
            assertTrue(get(session, article).contains("A sentence saved after the warm-up."));
        }
    }

    private String get(PreviewSession session, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
