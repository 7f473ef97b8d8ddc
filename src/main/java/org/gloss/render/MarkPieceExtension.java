package org.gloss.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mark_piece(template, vars)}: what another template makes of {@code vars} (and {@code site})
 * alone, leading and trailing whitespace dropped, as markup. In a mark template it is rendered
 * once per equal {@code vars} in a render ({@link MarkTemplates#piece}): a quotation's popover lists
 * its other printings, and each printing is listed by every other printing's popover of its
 * cluster. Anywhere else (a page, a macro) it is rendered each time, the same way (in a macro, which
 * sees only its arguments, {@code site} is empty).
 */
final class MarkPieceExtension extends AbstractExtension {

    /** Renders a piece without a render's memo: the theme's. */
    @FunctionalInterface
    interface Plain {
        String render(String template, Map<String, Object> vars, Object site);
    }

    private final Plain plain;

    MarkPieceExtension(Plain plain) {
        this.plain = plain;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("mark_piece", new Piece());
    }

    private final class Piece implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("template", "vars");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            String template = String.valueOf(args.get("template"));
            if (!(args.get("vars") instanceof Map<?, ?> given)) {
                throw new PebbleException(null, "mark_piece(template, vars) takes a map of variables",
                        lineNumber, self.getName());
            }
            Map<String, Object> vars = new HashMap<>();
            given.forEach((k, v) -> vars.put(String.valueOf(k), v));
            Object marks = context.getVariable(MarkTemplates.SELF);
            return new SafeString(marks instanceof MarkTemplates m ? m.piece(template, vars)
                    // In a macro, which sees only its arguments, there is no site: an empty one.
                    : plain.render(template, vars, context.getVariable("site") instanceof Map<?, ?> site ? site : Map.of()));
        }
    }
}
