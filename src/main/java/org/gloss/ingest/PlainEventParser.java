package org.gloss.ingest;

import java.util.Optional;
import java.util.Set;
import org.gloss.core.MessageText;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that lets through only what content files need: no alias (each one may stand for
 * a whole tree, so 48 of them make a billion nodes out of 25 lines) and no explicit type tag
 * ({@code !!binary} would turn a title into bytes); control characters written as escapes are
 * dropped from values ({@link PrintableText}). Refusing them at the event, before anything is
 * built, keeps memory bounded by the size of the text.
 */
final class PlainEventParser implements Parser {

    /** Tags that only say what the node already is. */
    private static final Set<String> PLAIN_TAGS = Set.of("!", "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map");

    private final Parser parser;
    private final int lineOffset;

    PlainEventParser(Parser parser, int lineOffset) {
        this.parser = parser;
        this.lineOffset = lineOffset;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        if (parser.hasNext()) {
            check(parser.peekEvent());
        }
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return check(parser.peekEvent());
    }

    @Override
    public Event next() {
        return check(parser.next());
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    private Event check(Event e) {
        if (e instanceof AliasEvent) {
            throw refuse(e, "aliases (*name) are not allowed in Gloss's files; write the value out");
        }
        Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent() && !PLAIN_TAGS.contains(tag.get())) {
            throw refuse(e, "type tag '" + MessageText.excerpt(tag.get())
                    + "' is not allowed; every value is read as text, so remove the tag");
        }
        if (e instanceof ScalarEvent s) {
            // A double-quoted "\0" or "\e" makes a control character the file itself did not hold.
            String printable = PrintableText.of(s.getValue());
            if (!printable.equals(s.getValue())) {
                return new ScalarEvent(s.getAnchor(), s.getTag(), s.getImplicit(), printable, s.getScalarStyle(),
                        s.getStartMark(), s.getEndMark());
            }
        }
        return e;
    }

    private Refused refuse(Event e, String message) {
        int line = e.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(lineOffset + 1);
        int column = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        return new Refused(new ArticleFormatException("malformed YAML: " + message, line, column));
    }

    /** Carries the refusal out through the composer, which declares no checked exceptions. */
    static final class Refused extends RuntimeException {
        private final ArticleFormatException problem;

        Refused(ArticleFormatException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        ArticleFormatException problem() {
            return problem;
        }
    }
}
