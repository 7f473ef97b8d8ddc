package org.gloss.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Checks {@code site.yml}'s {@code base_url}, which becomes every canonical link and the feed's and
 * sitemap's addresses: it must be an absolute {@code http(s)} address with a host and no query or
 * fragment (pages' paths are appended to it), so a {@code javascript:} or relative one never
 * reaches a page.
 */
final class BaseUrl {

    static final String KEY = "base_url";

    private BaseUrl() {
    }

    /**
     * {@code url} when it is fine (or empty: no base URL).
     *
     * @throws BuildException at the value's line and column in {@code yaml} otherwise
     */
    static String checked(String url, String yaml, String file) {
        if (url.isEmpty() || isHttpAddress(url)) {
            return url;
        }
        Optional<Mark> at = valueMark(yaml);
        throw new BuildException(Problem.error(file, at.map(m -> m.getLine() + 1).orElse(0),
                at.map(m -> m.getColumn() + 1).orElse(0), KEY + " must be an absolute http(s) address such as "
                        + "https://USER.github.io/REPO/, with no query or fragment"));
    }

    private static boolean isHttpAddress(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isEmpty()
                    && u.getRawQuery() == null && u.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Where the value of the top-level {@code base_url} starts; the file has parsed once already. */
    private static Optional<Mark> valueMark(String yaml) {
        Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
        if (root.isPresent() && root.get() instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(KEY)) {
                    return t.getValueNode().getStartMark();
                }
            }
        }
        return Optional.empty();
    }
}
