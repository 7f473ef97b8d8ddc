package org.gloss.publish;

import java.nio.file.Path;
import java.util.List;
import org.gloss.Gloss;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom packet of every sample article, as {@code gloss packet} makes it, is pinned under
 * {@code golden/packet/}: {@code packet.html} byte for byte, and the PDF by name only (it carries
 * its creation time, and its layout is the PDF library's). Update: {@link GoldenFiles#UPDATE_COMMAND}.
 */
class PacketGoldenTest {

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> theSamplePacketIsBuiltAsPinned() throws Exception {
        Path out = tmp.resolve("packet");
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).packet(List.of(), out, PdfRenderer.Paper.A4);
        return new GoldenFiles("packet", "packet.html"::equals).check(out);
    }
}
