package org.gloss.publish;

import java.util.List;
import org.gloss.core.SiteLayout;

/** {@code data/annotations.json}: everything Gloss found, made again only when what it shows changed. */
final class AnnotationsData implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        var ann = site.annotations();
        sink.accept(site.cache().get(SiteLayout.ANNOTATIONS,
                () -> List.of(SitePublisher.cards(site.articles()), ann.quotes(), ann.passages(), ann.mentions(), ann.glossary()),
                () -> new OutputFile(SiteLayout.ANNOTATIONS, AnnotationsJson.write(site.articles(), ann, site.parts()))));
    }
}
