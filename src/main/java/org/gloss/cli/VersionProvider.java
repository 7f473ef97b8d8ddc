package org.gloss.cli;

import picocli.CommandLine;

/** Reports the version Maven wrote into the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gloss " + (v == null ? "development build" : v)};
    }
}
