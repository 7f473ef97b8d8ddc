package org.gloss.publish;

import java.util.ArrayList;
import java.util.List;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.core.SiteSink;

/**
 * {@code data/annotations.json}: everything Gloss found, made again only when what it shows
 * changed, and streamed: its parts go to the sink's file as they are made.
 */
final class AnnotationsData implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        sink.accept(site.cache().get(SiteLayout.ANNOTATIONS, () -> key(site),
                () -> OutputFile.streamed(SiteLayout.ANNOTATIONS,
                        out -> AnnotationsJson.write(site.articles(), site.sections(), site.parts(), out))));
    }

    /** The articles' cards and what each section shows. */
    private static List<Object> key(PublishedSite site) {
        List<Object> key = new ArrayList<>();
        key.add(SitePublisher.cards(site.articles()));
        site.sections().forEach(s -> key.add(s.key()));
        return key;
    }
}
