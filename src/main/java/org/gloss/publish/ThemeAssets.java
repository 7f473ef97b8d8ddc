package org.gloss.publish;

import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.core.SiteSink;

/** The theme's stylesheets and scripts, lunr for search (unless the theme brings its own), and {@code .nojekyll}. */
final class ThemeAssets implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        site.assets().forEach((name, bytes) -> sink.accept(new OutputFile(SiteLayout.asset(name), bytes)));
        if (!site.assets().containsKey("lunr.js")) {
            sink.accept(new OutputFile(SiteLayout.asset("lunr.js"), WebJarAsset.LUNR.bytes()));
        }
        sink.accept(new OutputFile(".nojekyll", new byte[0]));
    }
}
