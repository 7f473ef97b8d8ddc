package org.gloss.publish;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gloss.core.BuildException;
import org.gloss.core.ProblemContract;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.TextDecoder;

/**
 * Fuzzes {@code packet.yml}: any bytes give settings, or a format error or build problems naming
 * the file, never another exception. Seeds:
 * {@code src/test/resources/org/gloss/publish/PacketSettingsFuzzTestInputs/parse/}.
 */
class PacketSettingsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        try {
            PacketSettings s = PacketSettings.fromYaml(TextDecoder.decode(input), "packet.yml");
            if (s.questions().stream().anyMatch(q -> q == null || q.isBlank())) {
                throw new AssertionError("a blank question: " + s);
            }
        } catch (ArticleFormatException expected) {
            if (expected.line() < 0 || expected.column() < 0 || expected.getMessage().isBlank()) {
                throw new AssertionError("format error without a usable message or position", expected);
            }
        } catch (BuildException expected) {
            ProblemContract.check(expected, "packet.yml");
        }
    }
}
